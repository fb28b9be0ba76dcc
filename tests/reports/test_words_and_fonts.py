"""Numbers, dates and words as printed; fonts and the order of right-to-left names; sections and totals."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from cross_desk.domain import records as r
from cross_desk.domain.errors import ValidationError
from cross_desk.domain.kinds import QuantityUnit, Substance
from cross_desk.reports import fonts
from cross_desk.reports.i18n import NBSP, Words
from cross_desk.reports.model import ALL_SECTIONS, PrintOptions, Section, TipEntry, parse_sections, seizure_totals


def test_french_and_english_numbers() -> None:
    fr, en = Words("fr"), Words("en")
    assert fr.number(1234567) == f"1{NBSP}234{NBSP}567"
    assert fr.money(Decimal("150000")) == f"150{NBSP}000{NBSP}€"
    assert fr.money(Decimal("12.5")) == f"12,50{NBSP}€"
    assert en.money(Decimal("150000")) == "€150,000"
    assert fr.quantity(Decimal("12.300"), QuantityUnit.KILOGRAM) == f"12,3{NBSP}kg"
    assert fr.quantity(Decimal("350"), QuantityUnit.GRAM) == f"350{NBSP}g"
    assert en.quantity(Decimal("1500.25"), QuantityUnit.KILOGRAM) == f"1,500.25{NBSP}kg"
    assert fr.date(date(2026, 3, 1)) == "01/03/2026" and en.date(date(2026, 3, 1)) == "2026-03-01"


def test_change_against_the_previous_period() -> None:
    fr = Words("fr")
    assert fr.change(12, 10) == f"+20{NBSP}%"
    assert fr.change(5, 10) == f"−50{NBSP}%"
    assert fr.change(3, 0) == "nouveau"
    assert fr.change(0, 0) == "—"
    assert Words("en").change(10, 10) == "0%"


def test_words_translate_codes_and_refuse_unknown_languages() -> None:
    fr = Words("fr")
    assert fr("People") == "Personnes"
    assert fr.enum(Substance.CANNABIS_RESIN) == "résine de cannabis"
    assert Words("en").enum(Substance.CANNABIS_RESIN) == "cannabis resin"
    assert fr("This document contains no source's identity: sources appear by codename only.").startswith(
        "Ce document ne contient l’identité"  # French apostrophe, not the typewriter one
    )
    with pytest.raises(ValidationError):
        Words("de")


def test_fonts_cover_the_names_a_unit_meets() -> None:
    fonts.register()
    fonts.register()  # once per process, however often asked
    from reportlab.pdfbase import pdfmetrics

    face = pdfmetrics.getFont(fonts.SANS).face
    for name in ("Łukasz Żółć", "Ștefan Ionescu", "Nguyễn Thị", "Сергей Иванов", "محمد بن علي", "« Le Chat »"):
        missing = [c for c in name if c != " " and ord(c) not in face.charToGlyph]
        assert not missing, (name, missing)
    assert (fonts.font_dir() / "DejaVuSans.ttf").is_file()


def test_right_to_left_names_read_in_order() -> None:
    assert not fonts.needs_shaping("Jean Dupont")
    assert fonts.needs_shaping("محمد")
    # words of an Arabic run are laid right to left; Latin words around it keep their place
    assert fonts.visual_order("محمد بن علي") == "علي بن محمد"
    assert fonts.visual_order("BENALI محمد بن علي « Momo »") == "BENALI علي بن محمد « Momo »"
    assert fonts.visual_order("Jean Dupont") == "Jean Dupont"


def test_sections_parse_in_document_order() -> None:
    assert parse_sections("tips, People,CHART") == (Section.PEOPLE, Section.CHART, Section.TIPS)
    assert parse_sections("key-players") == (Section.KEY_PLAYERS,)
    assert len(ALL_SECTIONS) == 11
    with pytest.raises(ValidationError, match="bogus"):
        parse_sections("people,bogus")
    with pytest.raises(ValidationError):
        parse_sections(" , ")


def test_marking_is_required() -> None:
    assert PrintOptions(marking="  Diffusion   restreinte ").validated().marking == "Diffusion restreinte"
    with pytest.raises(ValidationError):
        PrintOptions(marking="  ").validated()


def test_totals_convert_weights_to_the_usual_unit() -> None:
    seizures = [
        r.Seizure(
            substances=[
                r.SubstanceLine(Substance.COCAINE, Decimal("500"), QuantityUnit.GRAM),
                r.SubstanceLine(Substance.CRACK, Decimal("0.2"), QuantityUnit.KILOGRAM),
            ],
            cash_eur=Decimal("1000.50"),
            weapons=1,
        ),
        r.Seizure(
            substances=[
                r.SubstanceLine(Substance.COCAINE, Decimal("1.25"), QuantityUnit.KILOGRAM),
                r.SubstanceLine(Substance.MDMA, Decimal("300"), QuantityUnit.UNITS),
            ],
            vehicles=2,
        ),
    ]
    totals = seizure_totals(seizures)
    assert totals.substances == {
        (Substance.COCAINE, QuantityUnit.KILOGRAM): Decimal("1.75"),
        (Substance.CRACK, QuantityUnit.GRAM): Decimal("200"),
        (Substance.MDMA, QuantityUnit.UNITS): Decimal("300"),
    }
    assert totals.weight_kg() == Decimal("1.95")
    assert (totals.count, totals.cash_eur, totals.weapons, totals.vehicles) == (2, Decimal("1000.50"), 1, 2)


def test_a_printed_tip_carries_only_the_sanitised_wording() -> None:
    tip = r.Tip(
        original_text="La source, cousine du gérant, rapporte…",
        sanitised_text="Une source indique…",
        grade="B2",
        summary="Point de deal",
    )
    entry = TipEntry.of(tip, "MERLE")
    assert entry.text == "Une source indique…" and entry.source_codename == "MERLE"
    assert "cousine" not in repr(entry)


def test_printable_shows_bidi_controls_and_marks_what_no_font_draws() -> None:
    from cross_desk.reports.fonts import MISSING_GLYPH, printable

    assert printable("Müller محمد Иванов Nguyễn") == "Müller محمد Иванов Nguyễn"
    assert printable("a\u202eb") == "a\\u202eb"
    assert printable("x 🙂 y") == f"x {MISSING_GLYPH} y"
    assert printable("line\r\nnext\tcol") == "line\nnext col"
    assert printable(printable("a\u202eb 🙂")) == printable("a\u202eb 🙂")
