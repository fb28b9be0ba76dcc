"""Review dates: the records due for review, kept longer with a reason, or erased (audited)."""

from __future__ import annotations

from datetime import date
from uuid import UUID

from cross_desk.domain.access import Action
from cross_desk.domain.changes import Changes
from cross_desk.domain.errors import ValidationError
from cross_desk.domain.records import EntityRef
from cross_desk.domain.security import AuditAction
from cross_desk.services.base import UseCases
from cross_desk.store import retention as store


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
            return store.due(uow.session, on or date.today(), limit)

    def extend(self, entity_id: UUID, until: date, reason: str) -> None:
        self.require(Action.REVIEW_RETENTION)
        why = _reason(reason)
        if until <= date.today():
            raise ValidationError("until", "The new review date must be in the future.")
        with self.uow() as uow:
            store.set_review(uow.session, entity_id, until)
            self.audit(uow, AuditAction.REVIEW_EXTENDED, [entity_id], until=until, reason=why)
            uow.commit()

    def erase(self, entity_id: UUID, reason: str) -> None:
        """Delete for good, with its links and memberships; the audit keeps only that it happened."""
        self.require(Action.REVIEW_RETENTION)
        why = _reason(reason)
        with self.uow() as uow:
            kind = store.erase(uow.session, entity_id)
            self.audit(uow, AuditAction.ERASE, [entity_id], kind=kind.value, reason=why)
            uow.commit()
        self.ctx.notify(Changes(frozenset({kind.value, "link", "case"}), frozenset({entity_id})))
