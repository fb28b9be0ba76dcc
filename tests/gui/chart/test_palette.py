"""Screen and paper draw each kind and each link in one colour: the schema's (a vehicle is not
orange on screen and green in the dossier, nor a call teal on screen and orange on paper)."""

from __future__ import annotations

import pytest

from cross_desk.domain.kinds import EntityKind, LinkKind
from cross_desk.domain.schema import LINK_FAMILIES, SCHEMA, link_family
from cross_desk.gui.chart import style
from cross_desk.reports import chart as paper


@pytest.mark.parametrize("kind", list(EntityKind), ids=lambda k: k.value)
def test_screen_and_pdf_chart_draw_a_kind_in_the_same_colour(kind: EntityKind) -> None:
    screen = style.kind_colour(kind)
    printed = paper.kind_colour(kind)
    assert screen.name() == printed.hexval().replace("0x", "#") == SCHEMA[kind].colour


@pytest.mark.parametrize("kind", list(LinkKind), ids=lambda k: k.value)
def test_screen_and_pdf_chart_draw_a_link_in_the_same_colour(kind: LinkKind) -> None:
    screen = style.link_colour(kind)
    printed = paper.link_colour(kind)
    assert screen.name() == printed.hexval().replace("0x", "#") == link_family(kind).colour


def test_every_link_kind_has_one_family() -> None:
    placed = [k for f in LINK_FAMILIES for k in f.kinds]
    assert len(placed) == len(set(placed))
    assert set(LinkKind) - set(placed) <= {LinkKind.OTHER}
