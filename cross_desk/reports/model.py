"""What a report is built from: plain data that services gather, and print options.

The builders never see a session, a source's true identity or a tip's original wording: tips
reach them as ``TipEntry`` (codename and sanitised text only), so nothing a builder does can
leak what it was never given.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from uuid import UUID

from cross_desk.domain import records as r
from cross_desk.domain.dates import now
from cross_desk.domain.errors import ValidationError
from cross_desk.domain.kinds import USUAL_UNIT, EntityKind, NetworkRole, QuantityUnit, Substance, TipChannel

#: Protective markings offered at print time; any other wording may be typed.
MARKINGS = ("Diffusion restreinte", "Non protégé")
DEFAULT_MARKING = MARKINGS[0]

#: ``progress(fraction 0..1, what is being done)``; raising from it abandons the report.
Progress = Callable[[float, str], None]


def no_progress(_fraction: float, _what: str) -> None:
    return None


class Section(StrEnum):
    """Parts of a case dossier a user may choose at print time (cover and contents always print)."""

    SUMMARY = "summary"
    PEOPLE = "people"
    VEHICLES = "vehicles"
    PHONES = "phones"
    LOCATIONS = "locations"
    ORGANISATIONS = "organisations"
    CHART = "chart"
    KEY_PLAYERS = "key_players"
    CHRONOLOGY = "chronology"
    TIPS = "tips"
    SEIZURES = "seizures"


ALL_SECTIONS: tuple[Section, ...] = tuple(Section)


def parse_sections(text: str) -> tuple[Section, ...]:
    """Read ``"summary,people,chart"`` (any order, any case) into sections in document order."""
    names = [part.strip().lower().replace("-", "_") for part in text.split(",") if part.strip()]
    unknown = [n for n in names if n not in Section._value2member_map_]
    if unknown:
        raise ValidationError(
            "sections", f"Unknown section(s): {', '.join(unknown)}; choose among {', '.join(s.value for s in Section)}."
        )
    if not names:
        raise ValidationError("sections", "Choose at least one section.")
    return tuple(s for s in ALL_SECTIONS if s.value in names)


@dataclass(frozen=True)
class PrintOptions:
    marking: str = DEFAULT_MARKING
    language: str = "fr"
    author: str = ""
    unit: str = ""
    printed_at: datetime = field(default_factory=now)

    def validated(self) -> PrintOptions:
        marking = " ".join(self.marking.split())
        if not marking:
            raise ValidationError("marking", "A protective marking is required (e.g. « Diffusion restreinte »).")
        if len(marking) > 80:
            raise ValidationError("marking", "A protective marking fits in 80 characters.")
        return PrintOptions(marking, self.language, self.author, self.unit, self.printed_at)


@dataclass(frozen=True)
class TipEntry:
    """A tip as it may be printed: who gave it only by codename, its sanitised wording only."""

    id: UUID
    received_at: datetime
    channel: TipChannel
    source_codename: str
    grade: str
    handling_code: str
    summary: str
    text: str

    @classmethod
    def of(cls, tip: r.Tip, codename: str) -> TipEntry:
        # Only the sanitised wording: the original may identify the source (DOMAIN.md).
        return cls(
            tip.id,
            tip.received_at,
            tip.channel,
            codename,
            tip.grade,
            tip.handling_code,
            tip.summary,
            tip.sanitised_text,
        )


@dataclass(frozen=True)
class KeyPlayer:
    """One row of the key players table (from the analysis, or computed by the service)."""

    id: UUID
    label: str
    kind: EntityKind
    degree: int
    betweenness: float


@dataclass
class DossierData:
    case: r.Case
    people: list[r.Person] = field(default_factory=list)
    vehicles: list[r.Vehicle] = field(default_factory=list)
    phones: list[r.Phone] = field(default_factory=list)
    locations: list[r.Location] = field(default_factory=list)
    organisations: list[r.Organisation] = field(default_factory=list)
    tips: list[TipEntry] = field(default_factory=list)
    seizures: list[r.Seizure] = field(default_factory=list)
    events: list[r.Event] = field(default_factory=list)
    #: the case graph (members and the links among them) for the chart and the relations shown
    graph: r.GraphData = field(default_factory=r.GraphData)
    #: node positions for the chart, in any units (the chart scales them to the page)
    positions: Mapping[UUID, tuple[float, float]] = field(default_factory=dict)
    key_players: Sequence[KeyPlayer] = ()
    #: how many sources betweenness was estimated from (0: computed exactly)
    betweenness_sample: int = 0
    #: a person's roles in networks (from "member of"/"manages" links), for the tables
    roles: Mapping[UUID, Sequence[NetworkRole]] = field(default_factory=dict)

    def member_count(self) -> int:
        return len(self.graph.nodes)


# --- seizure totals ---------------------------------------------------------------------

_WEIGHTS = (QuantityUnit.GRAM, QuantityUnit.KILOGRAM)


def total_unit(substance: Substance, unit: QuantityUnit) -> QuantityUnit:
    """The unit a total of ``substance`` is given in: weights in the substance's usual weight
    unit (crack in g, cocaine in kg), counted units and litres as they are."""
    if unit in _WEIGHTS:
        usual = USUAL_UNIT[substance]
        return usual if usual in _WEIGHTS else QuantityUnit.KILOGRAM
    return unit


def convert(quantity: Decimal, unit: QuantityUnit, to: QuantityUnit) -> Decimal:
    if unit == to:
        return quantity
    if unit == QuantityUnit.GRAM and to == QuantityUnit.KILOGRAM:
        return quantity / 1000
    if unit == QuantityUnit.KILOGRAM and to == QuantityUnit.GRAM:
        return quantity * 1000
    raise ValueError(f"cannot convert {unit} to {to}")


@dataclass
class SeizureTotals:
    count: int = 0
    substances: dict[tuple[Substance, QuantityUnit], Decimal] = field(default_factory=dict)
    cash_eur: Decimal = Decimal(0)
    weapons: int = 0
    vehicles: int = 0

    def add_line(self, substance: Substance, quantity: Decimal, unit: QuantityUnit) -> None:
        to = total_unit(substance, unit)
        key = (substance, to)
        self.substances[key] = self.substances.get(key, Decimal(0)) + convert(quantity, unit, to)

    def weight_kg(self) -> Decimal:
        return sum(
            (convert(q, u, QuantityUnit.KILOGRAM) for (_, u), q in self.substances.items() if u in _WEIGHTS),
            Decimal(0),
        )

    def __iadd__(self, other: SeizureTotals) -> SeizureTotals:
        self.count += other.count
        for (substance, unit), quantity in other.substances.items():
            self.add_line(substance, quantity, unit)
        self.cash_eur += other.cash_eur
        self.weapons += other.weapons
        self.vehicles += other.vehicles
        return self

    def sorted_substances(self) -> list[tuple[Substance, QuantityUnit, Decimal]]:
        order = {s: i for i, s in enumerate(Substance)}
        return [(s, u, q) for (s, u), q in sorted(self.substances.items(), key=lambda kv: (order[kv[0][0]], kv[0][1]))]


def seizure_totals(seizures: Iterable[r.Seizure]) -> SeizureTotals:
    totals = SeizureTotals()
    for seizure in seizures:
        totals.count += 1
        for line in seizure.substances:
            totals.add_line(line.substance, line.quantity, line.unit)
        totals.cash_eur += seizure.cash_eur
        totals.weapons += seizure.weapons
        totals.vehicles += seizure.vehicles
    return totals


# --- activity report ---------------------------------------------------------------------


@dataclass
class DistrictFigures:
    seizures: SeizureTotals = field(default_factory=SeizureTotals)
    arrests: int = 0  # people arrested
    fixed_fines: int = 0
    dismantled: int = 0
    tips: int = 0


@dataclass
class PeriodFigures:
    start: date
    end: date
    #: by district name; ``""`` holds what has no known district
    districts: dict[str, DistrictFigures] = field(default_factory=dict)
    tips_by_channel: dict[TipChannel, int] = field(default_factory=dict)
    tips_by_grade: dict[str, int] = field(default_factory=dict)

    def district(self, name: str | None) -> DistrictFigures:
        return self.districts.setdefault(name or "", DistrictFigures())

    def total(self) -> DistrictFigures:
        out = DistrictFigures()
        for fig in self.districts.values():
            out.seizures += fig.seizures
            out.arrests += fig.arrests
            out.fixed_fines += fig.fixed_fines
            out.dismantled += fig.dismantled
            out.tips += fig.tips
        return out

    def is_empty(self) -> bool:
        total = self.total()
        return not (total.seizures.count or total.arrests or total.fixed_fines or total.dismantled or total.tips)


@dataclass(frozen=True)
class CaseActivity:
    case: r.Case
    seizures: int = 0
    weight_kg: Decimal = Decimal(0)
    cash_eur: Decimal = Decimal(0)
    arrests: int = 0

    def opened_in(self, start: date, end: date) -> bool:
        return start <= self.case.opened_on <= end

    def closed_in(self, start: date, end: date) -> bool:
        return self.case.closed_on is not None and start <= self.case.closed_on <= end


@dataclass
class ActivityData:
    current: PeriodFigures
    previous: PeriodFigures
    cases: list[CaseActivity] = field(default_factory=list)
