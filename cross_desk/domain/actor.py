"""Who is acting: every use case is called on behalf of someone, from somewhere."""

from __future__ import annotations

import socket
from dataclasses import dataclass, field

from cross_desk.domain.access import Role


@dataclass(frozen=True)
class Actor:
    username: str
    role: Role = Role.INVESTIGATOR
    workstation: str = field(default_factory=socket.gethostname)

    def __post_init__(self) -> None:
        if not self.username.strip():
            raise ValueError("an actor needs a user name")


SYSTEM = Actor("system", Role.ADMINISTRATOR)
