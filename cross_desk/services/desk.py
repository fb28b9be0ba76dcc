"""Use cases behind the investigator's desk: the tips inbox, a case at a glance, the bin.

Each returns plain results built for a screen, without the restricted parts of records: a tip's
original wording never leaves through here (lists and case views show the sanitised text), and
restricted cases the user is not part of leave no trace: their own tips are neither listed nor
counted, they are never named in a tip's cases, and their summaries and totals answer only with
the deconfliction notice.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from uuid import UUID

from cross_desk.domain import records as r
from cross_desk.domain.access import Action
from cross_desk.domain.dates import aware
from cross_desk.domain.kinds import USUAL_UNIT, EntityKind, LinkKind, QuantityUnit, Substance, TipChannel
from cross_desk.services.base import UseCases
from cross_desk.store import desk_queries as q
from cross_desk.store import restriction


@dataclass(frozen=True)
class InboxFilter:
    """What an investigator narrows the inbox by; empty means "any"."""

    #: allowed codes for each axis of the grading scheme in force, by position (e.g. ({"A","B"}, set()))
    grade_codes: tuple[frozenset[str], ...] = ()
    channels: frozenset[TipChannel] = frozenset()
    received_from: date | None = None
    received_until: date | None = None  # inclusive
    case_id: UUID | None = None
    unassigned: bool = False
    limit: int = 5000


@dataclass(frozen=True)
class InboxTip:
    id: UUID
    received_at: datetime
    channel: TipChannel
    source: str  # codename, never a true identity
    grade: str
    handling_code: str
    summary: str  # the summary, or the first line of the sanitised wording
    preview: str
    cases: tuple[tuple[UUID, str], ...]
    mentions: int


@dataclass
class Inbox:
    tips: list[InboxTip]
    #: how many tips match in all (more than ``len(tips)`` when the list was cut at the limit)
    total: int

    @property
    def truncated(self) -> bool:
        return self.total > len(self.tips)


@dataclass(frozen=True)
class SubstanceTotal:
    substance: Substance
    quantity: Decimal
    unit: QuantityUnit
    seizures: int


@dataclass
class CaseSummary:
    """A case at a glance: its header, members by kind, tips, seizures with totals, events, links."""

    case: r.Case
    members: dict[EntityKind, list[r.EntityRef]]
    tips: list[r.Tip]  # newest first, original wording removed
    seizures: list[r.Seizure]  # oldest first
    totals: list[SubstanceTotal]
    cash_eur: Decimal
    weapons: int
    vehicles: int
    events: list[r.Event]  # chronological
    links: list[r.Link]  # among members, excluding "mentioned in" (the tips list shows those)
    refs: dict[UUID, r.EntityRef] = field(default_factory=dict)

    @property
    def member_count(self) -> int:
        return sum(len(v) for v in self.members.values())


@dataclass(frozen=True)
class DeletedRecord:
    ref: r.EntityRef
    deleted_at: datetime
    deleted_by: str


def _in_usual_unit(substance: Substance, unit: QuantityUnit, quantity: Decimal) -> tuple[Decimal, QuantityUnit]:
    """Grams and kilograms are added in the substance's usual mass unit; counts and litres stay."""
    usual = USUAL_UNIT[substance]
    if unit == QuantityUnit.GRAM and usual == QuantityUnit.KILOGRAM:
        return quantity / 1000, usual
    if unit == QuantityUnit.KILOGRAM and usual == QuantityUnit.GRAM:
        return quantity * 1000, usual
    return quantity, unit


def _day_start(day: date) -> datetime:
    return aware(datetime.combine(day, time.min))


class Desk(UseCases):
    def inbox(self, filters: InboxFilter | None = None) -> Inbox:
        """Tips newest first, narrowed by grade, channel, dates, case or "in no case yet"."""
        self.require(Action.READ_RECORDS)
        f = filters or InboxFilter()
        with self.uow() as uow:
            if f.case_id is not None:  # narrowing to a restricted case one is not on: deconfliction
                self.open_case(uow, uow.repo.get_case(f.case_id))
            # Filtered in the query, not afterwards, so that the total and the limit are right too.
            outside = restriction.outside_cases(uow.repo, self.who)
            query = q.TipQuery(
                grade_codes=f.grade_codes,
                channels=frozenset(c.value for c in f.channels),
                received_from=_day_start(f.received_from) if f.received_from else None,
                received_before=_day_start(f.received_until + timedelta(days=1)) if f.received_until else None,
                case_id=f.case_id,
                unassigned=f.unassigned,
                limit=f.limit,
                outside=outside,
            )
            rows, total = q.tips(uow.repo, query)
            cases = q.case_refs_of_tips(uow.repo, outside)
            mentions = q.mention_counts(uow.repo, [row.id for row in rows])
        tips = [
            InboxTip(
                id=row.id,
                received_at=aware(row.received_at),
                channel=TipChannel(row.channel),
                source=row.source_codename,
                grade=row.grade,
                handling_code=row.handling_code,
                summary=row.summary or row.preview.split("\n", 1)[0],
                preview=row.preview,
                cases=tuple(cases.get(row.id, ())),
                mentions=mentions.get(row.id, 0),
            )
            for row in rows
        ]
        return Inbox(tips, total)

    def substance_totals(self, case_id: UUID) -> list[SubstanceTotal]:
        """Quantities seized in a case, by substance, in each substance's usual unit."""
        self.require(Action.READ_RECORDS)
        with self.uow() as uow:
            self.open_case(uow, uow.repo.get_case(case_id))
            rows = q.substance_totals(uow.repo, case_id)
        sums: dict[tuple[Substance, QuantityUnit], Decimal] = {}
        counts: dict[tuple[Substance, QuantityUnit], int] = {}
        for substance, unit, milli, seizures in rows:
            quantity, shown = _in_usual_unit(Substance(substance), QuantityUnit(unit), Decimal(milli) / 1000)
            key = (Substance(substance), shown)
            sums[key] = sums.get(key, Decimal(0)) + quantity
            # A seizure with grams and kilograms of one substance counts once per row here: rare.
            counts[key] = counts.get(key, 0) + seizures
        order = list(Substance)
        return [
            SubstanceTotal(s, sums[(s, u)].normalize(), u, counts[(s, u)])
            for s, u in sorted(sums, key=lambda k: (order.index(k[0]), k[1].value))
        ]

    def case_summary(self, case_id: UUID) -> CaseSummary:
        self.require(Action.READ_RECORDS)
        with self.uow() as uow:
            case = self.open_case(uow, uow.repo.get_case(case_id))
            member_ids = uow.repo.member_ids(case_id)
            refs = uow.repo.refs(member_ids)
            dated = [
                ref.id for ref in refs.values() if ref.kind in (EntityKind.TIP, EntityKind.SEIZURE, EntityKind.EVENT)
            ]
            records = uow.repo.get_entities(dated)
            links = uow.repo.links_touching(member_ids)
            cash, weapons, vehicles = q.seizure_sums(uow.repo, case_id)
        members: dict[EntityKind, list[r.EntityRef]] = {}
        for ref in sorted(refs.values(), key=lambda x: x.label.casefold()):
            members.setdefault(ref.kind, []).append(ref)
        tips = sorted(
            (dataclasses.replace(e, original_text="") for e in records if isinstance(e, r.Tip)),
            key=lambda t: t.received_at,
            reverse=True,
        )
        seizures = sorted((e for e in records if isinstance(e, r.Seizure)), key=lambda s: s.seized_on)
        events = sorted((e for e in records if isinstance(e, r.Event)), key=lambda e: e.occurred_at)
        among = [
            link
            for link in links
            if link.source_id in refs and link.target_id in refs and link.kind != LinkKind.MENTIONED_IN
        ]
        return CaseSummary(
            case=case,
            members=members,
            tips=tips,
            seizures=seizures,
            totals=self.substance_totals(case_id),
            cash_eur=Decimal(cash) / 100,
            weapons=weapons,
            vehicles=vehicles,
            events=events,
            links=among,
            refs=refs,
        )

    def deleted(self, kind: EntityKind | None = None, limit: int = 2000) -> list[DeletedRecord]:
        """Soft-deleted records, most recently deleted first (the "deleted records" view)."""
        self.require(Action.READ_RECORDS)
        with self.uow() as uow:
            hidden = self.hidden(uow)  # deleted or not, a restricted case's own records stay unseen
            # Asking for as many more as could be dropped keeps the list full up to ``limit``.
            rows = q.deleted_refs(uow.repo, kind, limit + len(hidden))
        kept = [row for row in rows if row[0].id not in hidden][:limit]
        return [DeletedRecord(ref, aware(when), who) for ref, when, who in kept]
