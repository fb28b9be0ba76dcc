"""Review dates: the records due for review, kept longer with a reason, or erased (audited).

Supervisors are not insiders of every restricted case: the tips, seizures and events that only
restricted cases a supervisor is not on hold are not listed for them, and extending or erasing
one answers as for a record that does not exist. Their team's supervisor reviews them.
"""

from __future__ import annotations

from datetime import date
from uuid import UUID

from cross_desk.domain.access import Action
from cross_desk.domain.changes import Changes
from cross_desk.domain.errors import NotFound, ValidationError
from cross_desk.domain.records import EntityRef
from cross_desk.domain.security import AuditAction
from cross_desk.services.base import UseCases
from cross_desk.store.unit_of_work import UnitOfWork


def _reason(reason: str) -> str:
    text = (reason or "").strip()
    if len(text) < 5:
        raise ValidationError("reason", "Give the reason (it is logged).")
    return text


class Retention(UseCases):
    def due(self, on: date | None = None, limit: int = 1000) -> list[tuple[EntityRef, date]]:
        """Records whose review date has come (by ``on``, today by default), oldest first."""
        self.require(Action.REVIEW_RETENTION)
        with self.uow() as uow:
            hidden = self.hidden(uow)
            # As many more as could be dropped, so that the list stays full up to ``limit``.
            rows = uow.retention.due(on or date.today(), limit + len(hidden))
        return [(ref, when) for ref, when in rows if ref.id not in hidden][:limit]

    def _reachable(self, uow: UnitOfWork, entity_id: UUID) -> None:
        if entity_id in self.hidden(uow):
            raise NotFound("No such record.")  # the store's own words for a missing record

    def extend(self, entity_id: UUID, until: date, reason: str) -> None:
        self.require(Action.REVIEW_RETENTION)
        why = _reason(reason)
        if until <= date.today():
            raise ValidationError("until", "The new review date must be in the future.")
        with self.uow() as uow:
            self._reachable(uow, entity_id)
            uow.retention.set_review(entity_id, until)
            self.audit(uow, AuditAction.REVIEW_EXTENDED, [entity_id], until=until, reason=why)
            uow.commit()

    def erase(self, entity_id: UUID, reason: str) -> None:
        """Delete for good, with its links and memberships; the audit keeps only that it happened."""
        self.require(Action.REVIEW_RETENTION)
        why = _reason(reason)
        with self.uow() as uow:
            self._reachable(uow, entity_id)
            kind = uow.retention.erase(entity_id)
            self.audit(uow, AuditAction.ERASE, [entity_id], kind=kind.value, reason=why)
            uow.commit()
        self.ctx.notify(Changes(frozenset({kind.value, "link", "case"}), frozenset({entity_id})))
