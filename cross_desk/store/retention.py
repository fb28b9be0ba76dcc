"""Records due for review, and erasure: the one place rows are really deleted."""

from __future__ import annotations

from datetime import date
from uuid import UUID

from sqlalchemy import delete, func, or_, select, update
from sqlalchemy.orm import Session

from cross_desk.domain.errors import NotFound
from cross_desk.domain.kinds import EntityKind
from cross_desk.domain.records import EntityRef
from cross_desk.store.repository import DETAIL, ENTITY, IDENTITY, LINK, MEMBER, SEARCH, SUBSTANCE

TIP = DETAIL[EntityKind.TIP]


def due(session: Session, on: date, limit: int = 1000) -> list[tuple[EntityRef, date]]:
    q = (
        select(ENTITY.c.id, ENTITY.c.kind, ENTITY.c.label, ENTITY.c.review_on)
        .where(ENTITY.c.review_on.is_not(None), ENTITY.c.review_on <= on)
        .order_by(ENTITY.c.review_on, ENTITY.c.label)
        .limit(limit)
    )
    return [(EntityRef(row.id, EntityKind(row.kind), row.label), row.review_on) for row in session.execute(q)]


def set_review(session: Session, entity_id: UUID, until: date) -> None:
    result = session.execute(update(ENTITY).where(ENTITY.c.id == entity_id).values(review_on=until))
    if result.rowcount != 1:
        raise NotFound("No such record.")


def erase(session: Session, entity_id: UUID) -> EntityKind:
    """Delete a record and everything that only exists for it (links, memberships, index terms)."""
    kind_value = session.execute(select(ENTITY.c.kind).where(ENTITY.c.id == entity_id)).scalar()
    if kind_value is None:
        raise NotFound("No such record.")
    kind = EntityKind(kind_value)
    # Other records keep their own facts; they only lose the reference to this one.
    session.execute(update(LINK).where(LINK.c.evidence_id == entity_id).values(evidence_id=None))
    if kind == EntityKind.SOURCE:
        session.execute(update(TIP).where(TIP.c.source_id == entity_id).values(source_id=None))
        if session.get_bind().dialect.name == "postgresql":
            # Row-level security: the erase policy (migration 0006) lets a supervisor remove the
            # one identity this transaction names, unread; a WHERE clause would need reading it.
            session.execute(select(func.set_config("cross_desk.erase_source", str(entity_id), True)))
            session.execute(delete(IDENTITY))
        else:
            session.execute(delete(IDENTITY).where(IDENTITY.c.source_id == entity_id))
    session.execute(delete(LINK).where(or_(LINK.c.source_id == entity_id, LINK.c.target_id == entity_id)))
    session.execute(delete(MEMBER).where(MEMBER.c.entity_id == entity_id))
    session.execute(delete(SEARCH).where(SEARCH.c.entity_id == entity_id))
    if kind == EntityKind.SEIZURE:
        session.execute(delete(SUBSTANCE).where(SUBSTANCE.c.seizure_id == entity_id))
    session.execute(delete(DETAIL[kind]).where(DETAIL[kind].c.id == entity_id))
    session.execute(delete(ENTITY).where(ENTITY.c.id == entity_id))
    return kind
