"""Screen and paper draw each kind in one colour: the schema's (a vehicle is not orange on
screen and green in the dossier)."""

from __future__ import annotations

import pytest

from cross_desk.domain.kinds import EntityKind
from cross_desk.domain.schema import SCHEMA
from cross_desk.gui.chart import style
from cross_desk.reports import chart as paper


@pytest.mark.parametrize("kind", list(EntityKind), ids=lambda k: k.value)
def test_screen_and_pdf_chart_draw_a_kind_in_the_same_colour(kind: EntityKind) -> None:
    screen = style.kind_colour(kind)
    printed = paper.kind_colour(kind)
    assert screen.name() == printed.hexval().replace("0x", "#") == SCHEMA[kind].colour
