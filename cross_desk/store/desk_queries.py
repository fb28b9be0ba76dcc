"""Reads for the investigator's desk: the tips inbox, case totals, deleted records.

Kept apart from ``repository.py`` (the store's general reads and writes): these are shaped for
particular screens, return plain tuples and values, and never load whole records when a list
only needs a few columns.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from uuid import UUID

from sqlalchemy import and_, exists, func, select

from cross_desk.domain import records as r
from cross_desk.domain.kinds import EntityKind, LinkKind
from cross_desk.store.repository import CASE, DETAIL, ENTITY, LINK, MEMBER, SUBSTANCE, Repository
from cross_desk.store.restriction import visible

TIP = DETAIL[EntityKind.TIP]
SOURCE = DETAIL[EntityKind.SOURCE]
SEIZURE = DETAIL[EntityKind.SEIZURE]

#: characters of a tip's sanitised wording a list shows (the rest is one click away)
PREVIEW = 200


@dataclass(frozen=True)
class TipQuery:
    """What the inbox asks for; empty collections mean "any"."""

    grade_codes: Sequence[frozenset[str]] = ()  # allowed codes per grade axis, by position
    channels: frozenset[str] = frozenset()
    received_from: datetime | None = None
    received_before: datetime | None = None
    case_id: UUID | None = None
    unassigned: bool = False
    limit: int = 5000
    #: restricted cases the reader is outside of: the tips only they hold are neither listed nor counted
    outside: tuple[UUID, ...] = ()


@dataclass(frozen=True)
class TipListRow:
    id: UUID
    received_at: datetime
    channel: str
    grade: str
    handling_code: str
    summary: str
    preview: str
    source_codename: str


def _tip_conditions(q: TipQuery) -> list[Any]:
    conds: list[Any] = [ENTITY.c.deleted.is_(False), visible(TIP.c.id, q.outside)]
    for position, codes in enumerate(q.grade_codes):
        if codes:
            conds.append(func.substr(TIP.c.grade, position + 1, 1).in_(sorted(codes)))
    if q.channels:
        conds.append(TIP.c.channel.in_(sorted(q.channels)))
    if q.received_from is not None:
        conds.append(TIP.c.received_at >= q.received_from)
    if q.received_before is not None:
        conds.append(TIP.c.received_at < q.received_before)
    in_a_case = (
        select(MEMBER.c.entity_id)
        .join(CASE, CASE.c.id == MEMBER.c.case_id)
        .where(MEMBER.c.entity_id == TIP.c.id, CASE.c.deleted.is_(False))
    )
    if q.case_id is not None:
        conds.append(exists(in_a_case.where(MEMBER.c.case_id == q.case_id)))
    if q.unassigned:
        conds.append(~exists(in_a_case))
    return conds


def tips(repo: Repository, q: TipQuery) -> tuple[list[TipListRow], int]:
    """Tips matching ``q``, newest first, at most ``q.limit``; and how many match in all."""
    conds = _tip_conditions(q)
    base = TIP.join(ENTITY, ENTITY.c.id == TIP.c.id)
    total = int(repo.session.execute(select(func.count()).select_from(base).where(*conds)).scalar_one())
    stmt = (
        select(
            TIP.c.id,
            TIP.c.received_at,
            TIP.c.channel,
            TIP.c.grade,
            TIP.c.handling_code,
            TIP.c.summary,
            func.substr(TIP.c.sanitised_text, 1, PREVIEW).label("preview"),
            SOURCE.c.codename,
        )
        .select_from(base.outerjoin(SOURCE, SOURCE.c.id == TIP.c.source_id))
        .where(*conds)
        .order_by(TIP.c.received_at.desc(), TIP.c.id)
        .limit(q.limit)
    )
    rows = [
        TipListRow(
            row.id,
            row.received_at,
            row.channel,
            row.grade,
            row.handling_code,
            row.summary,
            row.preview or "",
            row.codename or "",
        )
        for row in repo.session.execute(stmt)
    ]
    return rows, total


def case_refs_of_tips(repo: Repository, outside: Sequence[UUID] = ()) -> dict[UUID, list[tuple[UUID, str]]]:
    """For every tip in a live case: (case id, reference) pairs, by tip id; cases in ``outside``
    (restricted, the reader not on them) are not named."""
    stmt = (
        select(MEMBER.c.entity_id, CASE.c.id, CASE.c.reference)
        .join(CASE, CASE.c.id == MEMBER.c.case_id)
        .join(ENTITY, ENTITY.c.id == MEMBER.c.entity_id)
        .where(ENTITY.c.kind == EntityKind.TIP.value, CASE.c.deleted.is_(False))
        .order_by(CASE.c.reference)
    )
    if outside:
        stmt = stmt.where(CASE.c.id.not_in(outside))
    out: dict[UUID, list[tuple[UUID, str]]] = {}
    for entity_id, case_id, reference in repo.session.execute(stmt):
        out.setdefault(entity_id, []).append((case_id, reference))
    return out


def mention_counts(repo: Repository, tip_ids: Sequence[UUID]) -> dict[UUID, int]:
    """How many live records each tip mentions."""
    other = ENTITY.alias("other")
    stmt = (
        select(LINK.c.target_id, func.count())
        .join(other, other.c.id == LINK.c.source_id)
        .where(
            LINK.c.kind == LinkKind.MENTIONED_IN.value,
            LINK.c.deleted.is_(False),
            other.c.deleted.is_(False),
        )
        .group_by(LINK.c.target_id)
    )
    wanted = set(tip_ids)
    return {target: int(n) for target, n in repo.session.execute(stmt) if target in wanted}


def substance_totals(repo: Repository, case_id: UUID) -> list[tuple[str, str, int, int]]:
    """(substance, unit, sum of thousandths, number of seizures) over a case's live seizures.

    Summed as integers in the database (quantities are stored in thousandths) so the total is
    exact on SQLite as on PostgreSQL.
    """
    stmt = (
        select(
            SUBSTANCE.c.substance,
            SUBSTANCE.c.unit,
            func.sum(SUBSTANCE.c.quantity_milli),
            func.count(func.distinct(SUBSTANCE.c.seizure_id)),
        )
        .join(MEMBER, and_(MEMBER.c.entity_id == SUBSTANCE.c.seizure_id, MEMBER.c.case_id == case_id))
        .join(ENTITY, ENTITY.c.id == SUBSTANCE.c.seizure_id)
        .where(ENTITY.c.deleted.is_(False))
        .group_by(SUBSTANCE.c.substance, SUBSTANCE.c.unit)
    )
    return [(s, u, int(total), int(n)) for s, u, total, n in repo.session.execute(stmt)]


def seizure_sums(repo: Repository, case_id: UUID) -> tuple[int, int, int]:
    """(cash in cents, weapons, vehicles) seized over a case's live seizures."""
    stmt = (
        select(
            func.coalesce(func.sum(SEIZURE.c.cash_cents), 0),
            func.coalesce(func.sum(SEIZURE.c.weapons), 0),
            func.coalesce(func.sum(SEIZURE.c.vehicles), 0),
        )
        .join(MEMBER, and_(MEMBER.c.entity_id == SEIZURE.c.id, MEMBER.c.case_id == case_id))
        .join(ENTITY, ENTITY.c.id == SEIZURE.c.id)
        .where(ENTITY.c.deleted.is_(False))
    )
    cash, weapons, vehicles = repo.session.execute(stmt).one()
    return int(cash), int(weapons), int(vehicles)


def deleted_refs(
    repo: Repository, kind: EntityKind | None = None, limit: int = 2000
) -> list[tuple[r.EntityRef, datetime, str]]:
    """Soft-deleted records, most recently deleted first, with when and by whom."""
    stmt = select(ENTITY.c.id, ENTITY.c.kind, ENTITY.c.label, ENTITY.c.updated_at, ENTITY.c.updated_by).where(
        ENTITY.c.deleted.is_(True)
    )
    if kind is not None:
        stmt = stmt.where(ENTITY.c.kind == kind.value)
    stmt = stmt.order_by(ENTITY.c.updated_at.desc(), ENTITY.c.id).limit(limit)
    return [
        (r.EntityRef(row.id, EntityKind(row.kind), row.label), row.updated_at, row.updated_by)
        for row in repo.session.execute(stmt)
    ]
