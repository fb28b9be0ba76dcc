"""The per-kind declaration is complete: a kind missing anything fails here, not on a screen."""

from __future__ import annotations

import re
from datetime import date

import pytest

from cross_desk.domain.kinds import EntityKind
from cross_desk.domain.records import ENTITY_TYPES
from cross_desk.domain.retention import review_date
from cross_desk.domain.schema import CHART_ORDER, MENTIONABLE, SCHEMA, KindSpec
from cross_desk.shipped import RESOURCES

BADGE = re.compile(r'<circle id="badge"[^>]*fill="(#[0-9a-fA-F]{6})"')


def test_every_kind_is_declared_once() -> None:
    assert set(SCHEMA) == set(EntityKind)
    assert all(spec.kind == kind for kind, spec in SCHEMA.items())
    assert sorted(CHART_ORDER) == sorted(EntityKind)
    assert len({spec.chart_rank for spec in SCHEMA.values()}) == len(SCHEMA)


@pytest.mark.parametrize("spec", SCHEMA.values(), ids=lambda s: s.kind.value)
def test_a_kind_has_everything_the_layers_read(spec: KindSpec) -> None:
    assert spec.record is ENTITY_TYPES[spec.kind]
    assert spec.record.KIND is spec.kind
    assert spec.plural.strip()
    assert re.fullmatch(r"#[0-9a-f]{6}", spec.colour)
    assert spec.review_years > 0
    icon = RESOURCES / "icons" / f"{spec.icon}.svg"
    assert icon.is_file()
    # the icon's badge is drawn in the kind's colour, so a list's icon and a chart node agree
    badge = BADGE.search(icon.read_text(encoding="utf-8"))
    assert badge is not None and badge.group(1).lower() == spec.colour


def test_no_two_kinds_share_a_colour() -> None:
    assert len({spec.colour for spec in SCHEMA.values()}) == len(SCHEMA)


def test_unique_keys_are_the_record_classes() -> None:
    assert SCHEMA[EntityKind.VEHICLE].unique_keys == ("plate", "vin")
    assert SCHEMA[EntityKind.PHONE].unique_keys == ("number", "imei")
    assert SCHEMA[EntityKind.SOURCE].unique_keys == ("codename",)
    assert SCHEMA[EntityKind.PERSON].unique_keys == ()


def test_tips_mention_people_and_what_they_use_not_other_intelligence() -> None:
    assert MENTIONABLE == (
        EntityKind.PERSON,
        EntityKind.VEHICLE,
        EntityKind.PHONE,
        EntityKind.LOCATION,
        EntityKind.ORGANISATION,
    )


@pytest.mark.parametrize(
    ("kind", "years"),
    [
        (EntityKind.TIP, 3),
        (EntityKind.PHONE, 3),
        (EntityKind.VEHICLE, 3),
        (EntityKind.PERSON, 5),
        (EntityKind.SOURCE, 5),
        (EntityKind.LOCATION, 5),
        (EntityKind.EVENT, 5),
    ],
)
def test_review_date_reads_the_schema(kind: EntityKind, years: int) -> None:
    assert review_date(kind, date(2024, 2, 29)) == date(2024 + years, 2, 28)
