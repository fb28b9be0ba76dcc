"""What every use case shares: a unit of work, the acting user, and change notification."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Container, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from uuid import UUID

from cross_desk.domain import records as r
from cross_desk.domain.access import Action, OfInterestElsewhere, check
from cross_desk.domain.actor import Actor
from cross_desk.domain.changes import Changes
from cross_desk.domain.errors import NotFound
from cross_desk.domain.grading import GradingScheme
from cross_desk.domain.security import AuditAction, AuditEntry, SignInPolicy
from cross_desk.store.unit_of_work import UnitOfWork

ChangeListener = Callable[[Changes], None]


@dataclass
class Context:
    """Shared by the use-case groups of one ``Services``."""

    new_uow: Callable[[], UnitOfWork]
    actor: Actor
    scheme: GradingScheme
    policy: SignInPolicy = field(default_factory=SignInPolicy)
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

    def audit(self, uow: UnitOfWork, action: str, ids: Iterable[UUID] = (), **details: Any) -> None:
        """Add an audit row to this unit of work: it commits with the change, or not at all."""
        audit_entry(uow, self.ctx.actor, action, ids, details)

    def open_case(self, uow: UnitOfWork, case: r.Case) -> r.Case:
        """Let a restricted case's lead and team through; tell anyone else whom to contact
        ("of interest to another case"), and audit that. Call it before any write of the unit
        of work: the audit row is committed before the refusal is raised."""
        if case.is_insider(self.who):
            return case
        if case.id not in uow.repo.deconflicted_by_server:  # the server audited it already
            self.audit(uow, AuditAction.DECONFLICTION, [case.id], lead=case.lead)
        uow.commit()
        raise OfInterestElsewhere(f"Of interest to another case — contact {case.lead or 'the case lead'}.")

    def hidden(self, uow: UnitOfWork) -> dict[UUID, Any]:
        """Records of restricted cases the acting user is outside of (ids and kinds): left out
        of every list, count, search and graph."""
        return uow.repo.restricted_for(self.who)

    @staticmethod
    def visible_links(links: Iterable[r.Link], hidden: Container[UUID]) -> list[r.Link]:
        """The links whose ends the user may see. One evidenced by a hidden record shows no
        evidence: the id alone would say that something the user cannot open stands behind it."""
        out = []
        for link in links:
            if link.source_id in hidden or link.target_id in hidden:
                continue
            if link.evidence_id is not None and link.evidence_id in hidden:
                link = dataclasses.replace(link, evidence_id=None)
            out.append(link)
        return out

    def refuse_hidden(self, uow: UnitOfWork, entity_ids: Iterable[UUID], message: str) -> dict[UUID, Any]:
        """Raise ``NotFound(message)`` if any of ``entity_ids`` is hidden from the acting user.

        ``message`` must be the store's own words for a missing record in that use case, so a
        hidden id and an id that never existed get the same answer. Call it before any write:
        nothing is then written, and no audit row records the attempt. Returns ``hidden``.
        """
        hidden = self.hidden(uow)
        if any(i in hidden for i in entity_ids):
            raise NotFound(message)
        return hidden

    @contextmanager
    def uow(self) -> Iterator[UnitOfWork]:
        with self.ctx.new_uow() as uow:
            yield uow


def audit_entry(uow: UnitOfWork, actor: Actor, action: str, ids: Iterable[UUID] = (), details: Any = None) -> None:
    safe = json.loads(json.dumps(details or {}, default=str))  # ids, dates, enums as text
    entry = AuditEntry(
        seq=0,
        at=datetime.now(UTC),
        username=actor.username,
        workstation=actor.workstation,
        action=action,
        entity_ids=tuple(str(i) for i in ids),
        details=safe,
    )
    uow.security.append([entry])
