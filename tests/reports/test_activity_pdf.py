"""The activity report from figures given by hand: every figure beside the previous one."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from pypdf import PdfReader

from cross_desk.domain import records as r
from cross_desk.domain.kinds import QuantityUnit, Substance, TipChannel
from cross_desk.reports.activity import build_activity_report
from cross_desk.reports.i18n import Words
from cross_desk.reports.model import ActivityData, CaseActivity, PeriodFigures, PrintOptions
from tests.reports.pdftools import contains, fonts, outline_titles, page_texts
from tests.reports.test_dossier_pdf import _assert_nothing_outside_the_margins


def _figures() -> ActivityData:
    march = PeriodFigures(date(2026, 3, 1), date(2026, 3, 31))
    tilleuls = march.district("Les Tilleuls")
    tilleuls.seizures.count = 2
    tilleuls.seizures.add_line(Substance.CANNABIS_RESIN, Decimal("12.5"), QuantityUnit.KILOGRAM)
    tilleuls.seizures.add_line(Substance.CRACK, Decimal("35"), QuantityUnit.GRAM)
    tilleuls.seizures.cash_eur = Decimal("18250")
    tilleuls.seizures.weapons = 2
    tilleuls.arrests = 5
    tilleuls.fixed_fines = 7
    tilleuls.dismantled = 1
    tilleuls.tips = 4
    march.district(None).tips = 2  # no known district
    march.tips_by_channel = {TipChannel.INFORMANT: 3, TipChannel.PUBLIC_PLATFORM: 3}
    march.tips_by_grade = {"B2": 3, "F6": 3}
    february = PeriodFigures(date(2026, 2, 1), date(2026, 2, 28))
    gare = february.district("Centre-Gare")
    gare.seizures.count = 1
    gare.seizures.add_line(Substance.CANNABIS_RESIN, Decimal("2.5"), QuantityUnit.KILOGRAM)
    gare.arrests = 2
    february.tips_by_channel = {TipChannel.INFORMANT: 1}
    february.tips_by_grade = {"C3": 1}
    gare.tips = 1
    case = r.Case(reference="CROSS-2026-0042", title="Trafic — Réseau des Tilleuls", opened_on=date(2026, 3, 4))
    return ActivityData(
        march,
        february,
        [CaseActivity(case, seizures=2, weight_kg=Decimal("12.535"), cash_eur=Decimal("18250"), arrests=1)],
    )


def test_activity_report_prints_each_figure_beside_the_previous(tmp_path: Path) -> None:
    path = tmp_path / "activity.pdf"
    options = PrintOptions(author="analyste.test", unit="CROSS Valmorin")
    pages = build_activity_report(_figures(), path, options)
    texts = page_texts(path)
    text = "\n".join(texts)
    w = Words("fr")
    assert pages == len(PdfReader(str(path)).pages) == len(texts)
    assert contains(texts[0], "du 01/03/2026 au 31/03/2026") and contains(texts[0], "CROSS Valmorin")
    assert outline_titles(path) == [
        "Chiffres de la période",
        "Saisies par produit",
        "Saisies, interpellations et AFD par quartier",
        "Renseignements reçus",
        "Affaires marquantes",
    ]
    # the headline figures: this period, the previous one, the change
    assert contains(text, f"Nombre de saisies 2 1 {w.change(2, 1)}")
    assert contains(text, f"Poids saisi (kg) {w.number(Decimal('12.535'), 3)} {w.number(Decimal('2.5'), 3)}")
    assert contains(text, f"Personnes interpellées 5 2 {w.change(5, 2)}")
    assert contains(text, "Amendes forfaitaires délictuelles (AFD) 7 0 nouveau")
    assert contains(text, f"résine de cannabis {w.quantity(Decimal('12.5'), 'kg')} {w.quantity(Decimal('2.5'), 'kg')}")
    assert contains(text, f"crack {w.quantity(Decimal('35'), 'g')}")
    assert contains(text, "quartier non renseigné") and contains(text, "Centre-Gare")
    assert contains(text, "CROSS-2026-0042") and contains(text, "ouverte 04/03/2026")
    for number, page in enumerate(texts, 1):
        assert contains(page, f"Page {number} sur {pages}") and page.count("DIFFUSION RESTREINTE") >= 2
    assert all(fonts(path).values())
    _assert_nothing_outside_the_margins(path, tmp_path)


def test_activity_report_in_english(tmp_path: Path) -> None:
    path = tmp_path / "activity-en.pdf"
    build_activity_report(_figures(), path, PrintOptions(language="en", marking="Restricted"))
    text = "\n".join(page_texts(path))
    assert contains(text, "Seizures by substance") and contains(text, "from 2026-03-01 to 2026-03-31")
    assert contains(text, "Fixed fines (AFD) 7 0 new")


def test_a_bidi_override_is_shown_and_an_emoji_marked_as_in_the_dossier(tmp_path: Path) -> None:
    data = _figures()
    data.current.district("Nord\u202eduS").arrests = 3  # would print "Nord Sud" reversed: "Norddus"
    data.cases[0].case.title = "Opération 🙂 Tilleuls"
    path = tmp_path / "activity.pdf"
    build_activity_report(data, path, PrintOptions(author="analyste.test", marking="Diffusion restreinte 🙂"))
    text = "\n".join(page_texts(path))
    assert "\u202e" not in text and contains(text, "Nord\\u202eduS")
    assert "🙂" not in text and contains(text, "Opération \ufffd Tilleuls")
    assert contains(text, "DIFFUSION RESTREINTE \ufffd")
