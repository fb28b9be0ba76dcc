"""What every use case shares: a unit of work, the acting user, and change notification."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from cross_desk.domain.access import Action, check
from cross_desk.domain.actor import Actor
from cross_desk.domain.changes import Changes
from cross_desk.domain.grading import GradingScheme
from cross_desk.store.unit_of_work import UnitOfWork

ChangeListener = Callable[[Changes], None]


@dataclass
class Context:
    """Shared by the use-case groups of one ``Services``."""

    new_uow: Callable[[], UnitOfWork]
    actor: Actor
    scheme: GradingScheme
    listeners: list[ChangeListener] = field(default_factory=list)

    def notify(self, changes: Changes) -> None:
        for listener in list(self.listeners):
            listener(changes)


class UseCases:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    @property
    def who(self) -> str:
        return self.ctx.actor.username

    def require(self, action: Action) -> None:
        """Refuse (``Forbidden``) unless the acting user's role allows ``action``."""
        check(self.ctx.actor.role, action)

    @contextmanager
    def uow(self) -> Iterator[UnitOfWork]:
        with self.ctx.new_uow() as uow:
            yield uow
