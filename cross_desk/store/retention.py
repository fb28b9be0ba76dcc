"""Records due for review, and erasure: the one place rows are really deleted."""

from __future__ import annotations

from datetime import date
from typing import Any
from uuid import UUID

from sqlalchemy import Table, delete, func, or_, select, text, update
from sqlalchemy.orm import Session

from cross_desk.domain.errors import NotFound
from cross_desk.domain.kinds import EntityKind
from cross_desk.domain.records import EntityRef
from cross_desk.store.repository import DETAIL, ENTITY, IDENTITY, LINK, MEMBER, ORIGINAL, SEARCH, SUBSTANCE

TIP = DETAIL[EntityKind.TIP]


class RetentionStore:
    """Review dates and erasure, on the unit of work's session."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def due(self, on: date, limit: int = 1000) -> list[tuple[EntityRef, date]]:
        q = (
            select(ENTITY.c.id, ENTITY.c.kind, ENTITY.c.label, ENTITY.c.review_on)
            .where(ENTITY.c.review_on.is_not(None), ENTITY.c.review_on <= on)
            .order_by(ENTITY.c.review_on, ENTITY.c.label)
            .limit(limit)
        )
        return [(EntityRef(row.id, EntityKind(row.kind), row.label), row.review_on) for row in self._session.execute(q)]

    def set_review(self, entity_id: UUID, until: date) -> None:
        result = self._session.execute(update(ENTITY).where(ENTITY.c.id == entity_id).values(review_on=until))
        if result.rowcount != 1:
            raise NotFound("No such record.")

    def erase(self, entity_id: UUID) -> EntityKind:
        return _erase(self._session, entity_id)


def _name_erased(session: Session, setting: str, entity_id: UUID | None) -> None:
    """Name (or, with None, stop naming) the record this transaction erases, for the server's policies."""
    session.execute(select(func.set_config(setting, str(entity_id) if entity_id else "", True)))


def _delete_unread(session: Session, table: Table, where: Any) -> None:
    """Delete the rows ``where`` picks from a table the server may hide from this login.

    Under row-level security (migrations 0006, 0007) a DELETE with a WHERE clause must also pass
    the reading policy, so a supervisor's would remove nothing: their erase policy lets them
    remove, unread, the rows this transaction names (``_name_erased``), by a DELETE with no WHERE.
    A role the policies do not apply to (a superuser, BYPASSRLS) would remove every row that way:
    it reads them anyway, and gets the WHERE clause.
    """
    if (
        session.get_bind().dialect.name == "postgresql"
        and session.execute(text("SELECT row_security_active(CAST(:t AS regclass))").bindparams(t=table.name)).scalar()
    ):
        session.execute(delete(table))
    else:
        session.execute(delete(table).where(where))


def _erase(session: Session, entity_id: UUID) -> EntityKind:
    """Delete a record and everything that only exists for it (links, memberships, index terms)."""
    kind_value = session.execute(select(ENTITY.c.kind).where(ENTITY.c.id == entity_id)).scalar()
    if kind_value is None:
        raise NotFound("No such record.")
    kind = EntityKind(kind_value)
    postgres = session.get_bind().dialect.name == "postgresql"
    # Other records keep their own facts; they only lose the reference to this one.
    session.execute(update(LINK).where(LINK.c.evidence_id == entity_id).values(evidence_id=None))
    if kind == EntityKind.SOURCE:
        if postgres:  # also what lets a supervisor detach its tips (trigger of migration 0007)
            _name_erased(session, "cross_desk.erase_source", entity_id)
        # The original wordings of its tips may identify it and go with it: detached from their
        # source they would be open to everyone. The tips keep their sanitised wording.
        _delete_unread(session, ORIGINAL, ORIGINAL.c.tip_id.in_(select(TIP.c.id).where(TIP.c.source_id == entity_id)))
        session.execute(update(TIP).where(TIP.c.source_id == entity_id).values(source_id=None))
        _delete_unread(session, IDENTITY, IDENTITY.c.source_id == entity_id)
        if postgres:
            _name_erased(session, "cross_desk.erase_source", None)
    if kind == EntityKind.TIP:
        if postgres:
            _name_erased(session, "cross_desk.erase_tip", entity_id)
        _delete_unread(session, ORIGINAL, ORIGINAL.c.tip_id == entity_id)
        if postgres:
            _name_erased(session, "cross_desk.erase_tip", None)
    session.execute(delete(LINK).where(or_(LINK.c.source_id == entity_id, LINK.c.target_id == entity_id)))
    session.execute(delete(MEMBER).where(MEMBER.c.entity_id == entity_id))
    session.execute(delete(SEARCH).where(SEARCH.c.entity_id == entity_id))
    if kind == EntityKind.SEIZURE:
        session.execute(delete(SUBSTANCE).where(SUBSTANCE.c.seizure_id == entity_id))
    session.execute(delete(DETAIL[kind]).where(DETAIL[kind].c.id == entity_id))
    session.execute(delete(ENTITY).where(ENTITY.c.id == entity_id))
    return kind
