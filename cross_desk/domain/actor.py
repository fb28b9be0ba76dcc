"""Who is acting: every use case is called on behalf of someone, from somewhere."""

from __future__ import annotations

import socket
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Actor:
    username: str
    workstation: str = field(default_factory=socket.gethostname)

    def __post_init__(self) -> None:
        if not self.username.strip():
            raise ValueError("an actor needs a user name")


SYSTEM = Actor("system")
