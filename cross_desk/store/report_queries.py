"""Reads for the activity report: the unit's figures for one period, by district.

Sums are done by the database (GROUP BY) so a month of a large unit costs a handful of
queries, not one row per seizure. Quantities come back as stored integers (thousandths,
cents) for exact sums; services turn them into the report's figures.

Districts: a seizure's district is that of the place it is linked to by ``seized_at``, an
event's by ``occurred_at``, a tip's that of a place it mentions (``mentioned_in``). When a
record is linked to places in several districts the first in alphabetical order counts, so
that nothing is counted twice. ``None`` means no district is known.

``outside``: restricted cases the reader is not part of (``restriction.outside_cases``); the
tips, seizures and events that only those cases hold are left out of every figure.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from uuid import UUID

from sqlalchemy import Select, and_, case, func, literal, or_, select, union_all

from cross_desk.domain.kinds import DealPointStatus, EntityKind, EventKind, LinkKind, QuantityUnit
from cross_desk.store.repository import CASE, DETAIL, ENTITY, LINK, MEMBER, SUBSTANCE, Repository
from cross_desk.store.restriction import visible

SEIZURE = DETAIL[EntityKind.SEIZURE]
EVENT = DETAIL[EntityKind.EVENT]
TIP = DETAIL[EntityKind.TIP]
LOCATION = DETAIL[EntityKind.LOCATION]


@dataclass(frozen=True)
class Period:
    """Dates ``start``..``end`` inclusive; ``since``/``until`` are the same bounds as moments
    (local midnight to the midnight after ``end``) for the timestamp columns."""

    start: date
    end: date
    since: datetime
    until: datetime


@dataclass(frozen=True)
class SeizureRow:
    district: str | None
    seizures: int
    cash_cents: int
    weapons: int
    vehicles: int


@dataclass(frozen=True)
class SubstanceRow:
    district: str | None
    substance: str
    unit: str
    quantity_milli: int


@dataclass(frozen=True)
class EventRow:
    district: str | None
    event_kind: str
    events: int
    people: int  # people linked by involved_in, counting one for an event with nobody linked


@dataclass(frozen=True)
class TipRow:
    district: str | None
    channel: str
    grade: str
    tips: int


@dataclass(frozen=True)
class CaseActivityRow:
    case_id: UUID
    seizures: int
    weight_micro_kg: int  # millionths of a kilogram (exact), over lines weighed in g or kg
    cash_cents: int
    arrests: int


def _live(table: Any) -> Any:
    return select(ENTITY.c.id).where(ENTITY.c.id == table.c.id, ENTITY.c.deleted.is_(False)).exists()


def _place_district(link_kind: LinkKind) -> Any:
    """(item_id, district): the district of the places linked to an item by ``link_kind``.

    Links are read both ways (place → item or item → place) since either may have been drawn.
    """
    place = ENTITY.alias("place_entity")
    ends = union_all(
        select(LINK.c.source_id.label("item_id"), LINK.c.target_id.label("place_id")).where(
            LINK.c.kind == link_kind.value, LINK.c.deleted.is_(False)
        ),
        select(LINK.c.target_id.label("item_id"), LINK.c.source_id.label("place_id")).where(
            LINK.c.kind == link_kind.value, LINK.c.deleted.is_(False)
        ),
    ).subquery()
    return (
        select(ends.c.item_id, func.min(func.nullif(LOCATION.c.district, "")).label("district"))
        .join(LOCATION, LOCATION.c.id == ends.c.place_id)
        .join(place, and_(place.c.id == LOCATION.c.id, place.c.deleted.is_(False)))
        .group_by(ends.c.item_id)
        .subquery()
    )


def _rows(repo: Repository, statement: Select[Any]) -> list[Any]:
    return list(repo.session.execute(statement))


def seizures(repo: Repository, period: Period, outside: Sequence[UUID] = ()) -> list[SeizureRow]:
    where = _place_district(LinkKind.SEIZED_AT)
    q = (
        select(
            where.c.district,
            func.count(),
            func.coalesce(func.sum(SEIZURE.c.cash_cents), 0),
            func.coalesce(func.sum(SEIZURE.c.weapons), 0),
            func.coalesce(func.sum(SEIZURE.c.vehicles), 0),
        )
        .select_from(SEIZURE)
        .outerjoin(where, where.c.item_id == SEIZURE.c.id)
        .where(SEIZURE.c.seized_on.between(period.start, period.end), _live(SEIZURE), visible(SEIZURE.c.id, outside))
        .group_by(where.c.district)
    )
    return [SeizureRow(d, int(n), int(c), int(w), int(v)) for d, n, c, w, v in _rows(repo, q)]


def substances(repo: Repository, period: Period, outside: Sequence[UUID] = ()) -> list[SubstanceRow]:
    where = _place_district(LinkKind.SEIZED_AT)
    q = (
        select(where.c.district, SUBSTANCE.c.substance, SUBSTANCE.c.unit, func.sum(SUBSTANCE.c.quantity_milli))
        .select_from(SUBSTANCE)
        .join(SEIZURE, SEIZURE.c.id == SUBSTANCE.c.seizure_id)
        .outerjoin(where, where.c.item_id == SEIZURE.c.id)
        .where(SEIZURE.c.seized_on.between(period.start, period.end), _live(SEIZURE), visible(SEIZURE.c.id, outside))
        .group_by(where.c.district, SUBSTANCE.c.substance, SUBSTANCE.c.unit)
    )
    return [SubstanceRow(d, s, u, int(q)) for d, s, u, q in _rows(repo, q)]


def events(
    repo: Repository, period: Period, kinds: tuple[EventKind, ...], outside: Sequence[UUID] = ()
) -> list[EventRow]:
    where = _place_district(LinkKind.OCCURRED_AT)
    person = ENTITY.alias("person_entity")
    # People linked to the event by involved_in, either way round.
    involved = (
        select(func.count())
        .select_from(LINK)
        .join(
            person,
            or_(
                and_(LINK.c.target_id == EVENT.c.id, person.c.id == LINK.c.source_id),
                and_(LINK.c.source_id == EVENT.c.id, person.c.id == LINK.c.target_id),
            ),
        )
        .where(
            LINK.c.kind == LinkKind.INVOLVED_IN.value,
            LINK.c.deleted.is_(False),
            person.c.kind == EntityKind.PERSON.value,
            person.c.deleted.is_(False),
        )
        .scalar_subquery()
    )
    people = case((involved > 0, involved), else_=literal(1))
    q = (
        select(where.c.district, EVENT.c.event_kind, func.count(), func.sum(people))
        .select_from(EVENT)
        .outerjoin(where, where.c.item_id == EVENT.c.id)
        .where(
            EVENT.c.occurred_at >= period.since,
            EVENT.c.occurred_at < period.until,
            EVENT.c.event_kind.in_([k.value for k in kinds]),
            _live(EVENT),
            visible(EVENT.c.id, outside),
        )
        .group_by(where.c.district, EVENT.c.event_kind)
    )
    return [EventRow(d, k, int(n), int(p or 0)) for d, k, n, p in _rows(repo, q)]


def dismantled_deal_points(repo: Repository, period: Period) -> dict[str | None, int]:
    """Deal points whose status became "dismantled" within the period, by district."""
    district = func.nullif(LOCATION.c.district, "")
    q = (
        select(district, func.count())
        .select_from(LOCATION)
        .where(
            LOCATION.c.deal_status == DealPointStatus.DISMANTLED.value,
            LOCATION.c.deal_status_since.between(period.start, period.end),
            _live(LOCATION),
        )
        .group_by(district)
    )
    return {d: int(n) for d, n in _rows(repo, q)}


def tips(repo: Repository, period: Period, outside: Sequence[UUID] = ()) -> list[TipRow]:
    where = _place_district(LinkKind.MENTIONED_IN)
    q = (
        select(where.c.district, TIP.c.channel, TIP.c.grade, func.count())
        .select_from(TIP)
        .outerjoin(where, where.c.item_id == TIP.c.id)
        .where(
            TIP.c.received_at >= period.since,
            TIP.c.received_at < period.until,
            _live(TIP),
            visible(TIP.c.id, outside),
        )
        .group_by(where.c.district, TIP.c.channel, TIP.c.grade)
    )
    return [TipRow(d, c, g, int(n)) for d, c, g, n in _rows(repo, q)]


def case_activity(repo: Repository, period: Period) -> list[CaseActivityRow]:
    """Per case, what its member seizures and arrests amount to within the period."""
    member_entity = ENTITY.alias("member_entity")
    live_member = and_(member_entity.c.id == MEMBER.c.entity_id, member_entity.c.deleted.is_(False))
    seizure_q = (
        select(
            MEMBER.c.case_id,
            func.count(func.distinct(SEIZURE.c.id)),
            func.coalesce(func.sum(SEIZURE.c.cash_cents), 0),
        )
        .select_from(MEMBER)
        .join(member_entity, live_member)
        .join(SEIZURE, SEIZURE.c.id == MEMBER.c.entity_id)
        .where(SEIZURE.c.seized_on.between(period.start, period.end))
        .group_by(MEMBER.c.case_id)
    )
    kilos = case(
        # thousandths of a kg are 1 000 µkg; thousandths of a gram are 1 µkg: integers stay exact.
        (SUBSTANCE.c.unit == QuantityUnit.KILOGRAM.value, SUBSTANCE.c.quantity_milli * 1000),
        (SUBSTANCE.c.unit == QuantityUnit.GRAM.value, SUBSTANCE.c.quantity_milli),
        else_=0,
    )
    weight_q = (
        select(MEMBER.c.case_id, func.coalesce(func.sum(kilos), 0))
        .select_from(MEMBER)
        .join(member_entity, live_member)
        .join(SEIZURE, SEIZURE.c.id == MEMBER.c.entity_id)
        .join(SUBSTANCE, SUBSTANCE.c.seizure_id == SEIZURE.c.id)
        .where(SEIZURE.c.seized_on.between(period.start, period.end))
        .group_by(MEMBER.c.case_id)
    )
    arrest_q = (
        select(MEMBER.c.case_id, func.count())
        .select_from(MEMBER)
        .join(member_entity, live_member)
        .join(EVENT, EVENT.c.id == MEMBER.c.entity_id)
        .where(
            EVENT.c.event_kind == EventKind.ARREST.value,
            EVENT.c.occurred_at >= period.since,
            EVENT.c.occurred_at < period.until,
        )
        .group_by(MEMBER.c.case_id)
    )
    counts: dict[UUID, int] = {}
    cash: dict[UUID, int] = {}
    weight: dict[UUID, int] = {}
    arrests: dict[UUID, int] = {}
    for case_id, n, cents in _rows(repo, seizure_q):
        counts[case_id], cash[case_id] = int(n), int(cents)
    for case_id, micro in _rows(repo, weight_q):
        weight[case_id] = int(micro)
    for case_id, n in _rows(repo, arrest_q):
        arrests[case_id] = int(n)
    return [
        CaseActivityRow(
            case_id, counts.get(case_id, 0), weight.get(case_id, 0), cash.get(case_id, 0), arrests.get(case_id, 0)
        )
        for case_id in {*counts, *arrests}
    ]


def cases_opened_or_closed(repo: Repository, period: Period) -> list[UUID]:
    q = select(CASE.c.id).where(
        CASE.c.deleted.is_(False),
        or_(
            CASE.c.opened_on.between(period.start, period.end),
            CASE.c.closed_on.between(period.start, period.end),
        ),
    )
    return [row[0] for row in _rows(repo, q)]
