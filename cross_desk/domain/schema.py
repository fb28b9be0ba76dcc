"""One declaration per kind of record: what every layer needs to know about a person, a vehicle…

Charts (screen and paper), icons, retention and layouts read a kind's facts here instead of
keeping their own table, so that a vehicle cannot be orange on screen and green on paper.
Translations are not here: ``plural`` is the English source text, translated by the GUI's
catalogue (gui/labels.py) and by the reports' table (reports/i18n.py).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType

from cross_desk.domain import records as r
from cross_desk.domain.kinds import EntityKind, LinkKind


class Shape(StrEnum):
    """A marker's outline on the printed chart, so that a black-and-white copy tells kinds apart."""

    CIRCLE = "circle"
    SQUARE = "square"
    TRIANGLE = "triangle"
    DIAMOND = "diamond"
    HEXAGON = "hexagon"


@dataclass(frozen=True, slots=True)
class KindSpec:
    kind: EntityKind
    record: type[r.Entity]
    #: English plural, the source text the catalogues translate ("People", "Vehicles"…)
    plural: str
    #: resources/icons/<icon>.svg; its badge is filled with ``colour``
    icon: str
    #: "#rrggbb": the node on the screen chart, the marker on the printed chart, the icon's badge
    colour: str
    shape: Shape
    #: years from creation to the first review (Directive 2016/680 art. 5: no longer than needed)
    review_years: int
    #: place in grid and grouped chart layouts (lower first)
    chart_rank: int
    #: whether a tip's "mentioned records" may name it
    mentionable: bool

    @property
    def unique_keys(self) -> tuple[str, ...]:
        """Fields no two live records of this kind may share; the record class declares them
        (and normalises them in ``validate``), so they are read from it, not repeated here."""
        return self.record.UNIQUE_KEYS


def _specs(*specs: KindSpec) -> Mapping[EntityKind, KindSpec]:
    return MappingProxyType({s.kind: s for s in specs})


# Colours are the badges of resources/icons/*.svg (the screen chart's since the start); the
# printed chart used another palette until both read this one. Tips, phones and vehicles age
# fastest: unconfirmed intelligence and short-lived identifiers must not linger.
SCHEMA: Mapping[EntityKind, KindSpec] = _specs(
    KindSpec(
        kind=EntityKind.PERSON,
        record=r.Person,
        plural="People",
        icon="person",
        colour="#3b6fb6",
        shape=Shape.CIRCLE,
        review_years=5,
        chart_rank=1,
        mentionable=True,
    ),
    KindSpec(
        kind=EntityKind.VEHICLE,
        record=r.Vehicle,
        plural="Vehicles",
        icon="vehicle",
        colour="#d35400",
        shape=Shape.SQUARE,
        review_years=3,
        chart_rank=3,
        mentionable=True,
    ),
    KindSpec(
        kind=EntityKind.PHONE,
        record=r.Phone,
        plural="Phones",
        icon="phone",
        colour="#16a085",
        shape=Shape.TRIANGLE,
        review_years=3,
        chart_rank=2,
        mentionable=True,
    ),
    KindSpec(
        kind=EntityKind.LOCATION,
        record=r.Location,
        plural="Locations",
        icon="location",
        colour="#27ae60",
        shape=Shape.DIAMOND,
        review_years=5,
        chart_rank=4,
        mentionable=True,
    ),
    KindSpec(
        kind=EntityKind.ORGANISATION,
        record=r.Organisation,
        plural="Organisations",
        icon="organisation",
        colour="#8e44ad",
        shape=Shape.HEXAGON,
        review_years=5,
        chart_rank=0,
        mentionable=True,
    ),
    KindSpec(
        kind=EntityKind.SOURCE,
        record=r.Source,
        plural="Sources",
        icon="source",
        colour="#2c3e50",
        shape=Shape.CIRCLE,
        review_years=5,
        chart_rank=5,
        mentionable=False,
    ),
    KindSpec(
        kind=EntityKind.TIP,
        record=r.Tip,
        plural="Tips",
        icon="tip",
        colour="#c0392b",
        shape=Shape.SQUARE,
        review_years=3,
        chart_rank=6,
        mentionable=False,
    ),
    KindSpec(
        kind=EntityKind.SEIZURE,
        record=r.Seizure,
        plural="Seizures",
        icon="seizure",
        colour="#795548",
        shape=Shape.DIAMOND,
        review_years=5,
        chart_rank=7,
        mentionable=False,
    ),
    KindSpec(
        kind=EntityKind.EVENT,
        record=r.Event,
        plural="Events",
        icon="event",
        colour="#b9770e",
        shape=Shape.TRIANGLE,
        review_years=5,
        chart_rank=8,
        mentionable=False,
    ),
)

#: Kinds in chart layout order: organisations, then people, then what they use and where.
CHART_ORDER: tuple[EntityKind, ...] = tuple(sorted(SCHEMA, key=lambda k: SCHEMA[k].chart_rank))

#: What a tip's "mentioned records" may name (not sources, tips, seizures or events).
MENTIONABLE: tuple[EntityKind, ...] = tuple(k for k in SCHEMA if SCHEMA[k].mentionable)


@dataclass(frozen=True, slots=True)
class LinkFamily:
    """Link kinds drawn alike: one colour (and dash) on the screen chart and on paper."""

    key: str
    kinds: frozenset[LinkKind]
    colour: str
    #: drawn dashed on paper: evidence, not a tie between people
    dashed: bool = False


LINK_FAMILIES: tuple[LinkFamily, ...] = (
    LinkFamily("organisation", frozenset({LinkKind.MEMBER_OF, LinkKind.MANAGES, LinkKind.SUPPLIES}), "#7d3c98"),
    LinkFamily("personal", frozenset({LinkKind.ASSOCIATE, LinkKind.FAMILY, LinkKind.SEEN_WITH}), "#5d6d7e"),
    LinkFamily("calls", frozenset({LinkKind.CALLED}), "#e08e0b"),
    LinkFamily("assets", frozenset({LinkKind.OWNS, LinkKind.USES}), "#7b5e3b"),
    LinkFamily(
        "places",
        frozenset(
            {LinkKind.LIVES_AT, LinkKind.FREQUENTS, LinkKind.OPERATES_AT, LinkKind.SEIZED_AT, LinkKind.OCCURRED_AT}
        ),
        "#229954",
    ),
    LinkFamily(
        "evidence",
        frozenset({LinkKind.MENTIONED_IN, LinkKind.SEIZED_FROM, LinkKind.INVOLVED_IN, LinkKind.HANDLES}),
        "#b03a2e",
        dashed=True,
    ),
)
OTHER_LINKS = LinkFamily("other", frozenset({LinkKind.OTHER}), "#808b96")
_FAMILY_OF: Mapping[LinkKind, LinkFamily] = MappingProxyType({k: f for f in LINK_FAMILIES for k in f.kinds})


def link_family(kind: LinkKind) -> LinkFamily:
    return _FAMILY_OF.get(kind, OTHER_LINKS)
