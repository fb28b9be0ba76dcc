"""The case dossier as a reader gets it: text, pages, fonts, marking, sections, safe writing."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from cross_desk.domain import records as r
from cross_desk.domain.kinds import EntityKind
from cross_desk.reports import document
from cross_desk.reports.document import ReportError
from cross_desk.reports.dossier import build_case_dossier
from cross_desk.reports.i18n import Words
from cross_desk.reports.model import DossierData, KeyPlayer, PrintOptions, Section, seizure_totals
from tests.reports.pdftools import contains, demo_dossier, fonts, outline_titles, page_texts, render_pages, squash

OPTIONS = PrintOptions(marking="Diffusion restreinte", author="analyste.test", unit="CROSS Valmorin")


@pytest.fixture(scope="module")
def demo() -> DossierData:
    data, _ = demo_dossier()
    return data


@pytest.fixture(scope="module")
def printed(demo: DossierData, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    path = tmp_path_factory.mktemp("dossier") / "dossier.pdf"
    pages = build_case_dossier(demo, path, options=OPTIONS)
    return path, pages


def test_reference_and_every_member_appear(demo: DossierData, printed: tuple[Path, int]) -> None:
    path, _ = printed
    text = "\n".join(page_texts(path))
    assert contains(text, demo.case.reference) and contains(text, demo.case.title)
    for entity in [*demo.people, *demo.vehicles, *demo.phones, *demo.locations, *demo.organisations]:
        assert contains(text, entity.label()), entity.label()
    for tip in demo.tips:
        assert contains(text, tip.summary or tip.text.split("\n")[0])
    words = Words("fr")
    for seizure in demo.seizures:
        assert contains(text, words.date(seizure.seized_on))
    for event in demo.events:
        assert contains(text, event.description)


def test_pages_are_numbered_and_marked(printed: tuple[Path, int]) -> None:
    path, pages = printed
    texts = page_texts(path)
    assert len(texts) == pages == len(PdfReader(str(path)).pages)
    assert pages >= 6  # cover, contents, and the sections of a demo case
    for number, text in enumerate(texts, 1):
        assert contains(text, f"Page {number} sur {pages}")
        assert squash(text).count("DIFFUSIONRESTREINTE") >= 2  # header and footer


def test_contents_outline_and_cover(demo: DossierData, printed: tuple[Path, int]) -> None:
    path, _ = printed
    texts = page_texts(path)
    cover, contents = texts[0], texts[1]
    for expected in (demo.case.reference, "CROSS Valmorin", "analyste.test", "Diffusion restreinte"):
        assert contains(cover, expected)
    assert contains(contents, "Sommaire")
    reader = PdfReader(str(path))
    outline = list(reader.outline)
    titles = [item.title for item in outline]
    assert titles == [
        "Synthèse",
        "Personnes",
        "Véhicules",
        "Téléphones",
        "Lieux",
        "Organisations",
        "Schéma relationnel",
        "Acteurs clés",
        "Chronologie",
        "Renseignements",
        "Saisies",
    ]
    starts = [reader.get_destination_page_number(item) + 1 for item in outline]
    # The contents page numbers (written once the layout is done) are the pages sections start on.
    assert contents.strip().split("\n")[-len(titles) :] == [str(n) for n in starts]
    for title, page in zip(titles, starts, strict=True):
        assert title in texts[page - 1]


def test_fonts_are_embedded(printed: tuple[Path, int]) -> None:
    path, _ = printed
    found = fonts(path)
    assert found and all(found.values()), found
    assert any("DejaVuSans" in name for name in found)


def test_seizure_totals_are_the_sums(demo: DossierData, printed: tuple[Path, int]) -> None:
    path, _ = printed
    text = "\n".join(page_texts(path))
    words = Words("fr")
    cash = sum((s.cash_eur for s in demo.seizures), Decimal(0))
    totals = seizure_totals(demo.seizures)
    assert totals.cash_eur == cash
    assert contains(text, f"Numéraire {words.money(cash)}")
    for substance, unit, quantity in totals.sorted_substances():
        assert contains(text, f"{words.enum(substance)} {words.quantity(quantity, unit)}")


def test_sections_are_chosen_at_print_time(demo: DossierData, tmp_path: Path) -> None:
    path = tmp_path / "people.pdf"
    pages = build_case_dossier(demo, path, [Section.TIPS, Section.PEOPLE], options=OPTIONS)
    texts = page_texts(path)
    assert outline_titles(path) == ["Personnes", "Renseignements"]  # document order, not the order asked
    assert not contains("\n".join(texts), "Schéma relationnel")
    assert pages == len(texts) < 6


def test_english_dossier(demo: DossierData, tmp_path: Path) -> None:
    path = tmp_path / "en.pdf"
    options = PrintOptions(marking="Restricted", language="en", author="analyst")
    pages = build_case_dossier(demo, path, [Section.SUMMARY, Section.PEOPLE], options=options)
    text = "\n".join(page_texts(path))
    assert contains(text, f"Page 1 of {pages}") and contains(text, "People") and contains(text, "RESTRICTED")


def test_names_in_every_script_print_and_long_names_wrap(tmp_path: Path) -> None:
    case = r.Case(reference="TEST-0001", title="Écritures", unit="CROSS")
    long_surname = "Vanderbeken-Ouldabdallahi-Rodríguez-Kowalczyk-Nguyễn-Ionescu-Łukaszewicz " * 3
    people = [
        r.Person(surname="Łukaszewicz", given_names="Żaneta Ștefania"),
        r.Person(surname="Иванов", given_names="Сергей"),
        r.Person(surname="Nguyễn", given_names="Thị Ánh"),
        r.Person(surname="بن علي", given_names="محمد"),
        r.Person(surname=long_surname.strip(), given_names="Jean-Édouard"),
    ]
    nodes = {p.id: p.ref() for p in people}
    data = DossierData(case=case, people=people, graph=r.GraphData(nodes=nodes))
    path = tmp_path / "names.pdf"
    build_case_dossier(data, path, [Section.PEOPLE, Section.CHART], options=OPTIONS)
    text = "\n".join(page_texts(path))
    for person in people[:3] + people[4:]:
        assert contains(text, person.label()), person.label()
    assert any("\u0600" <= c <= "\u06ff" or "\ufb50" <= c <= "\ufeff" for c in text)  # Arabic glyphs drawn
    assert all(fonts(path).values())
    _assert_nothing_outside_the_margins(path, tmp_path)


def test_long_tables_repeat_their_header(tmp_path: Path) -> None:
    case = r.Case(reference="TEST-0002", title="Beaucoup de monde")
    people = [r.Person(surname=f"Nom{i:03d}", given_names="Prénom") for i in range(160)]
    data = DossierData(case=case, people=people, graph=r.GraphData(nodes={p.id: p.ref() for p in people}))
    path = tmp_path / "long.pdf"
    pages = build_case_dossier(data, path, [Section.PEOPLE], options=OPTIONS)
    texts = page_texts(path)[2:]  # after the cover and the contents
    assert pages >= 5 and len(texts) >= 3
    for text in texts:
        assert "Lieu de" in text and "Nationalité" in text  # the header row, on every page of the table
    everything = "\n".join(texts)
    assert all(f"NOM{i:03d}" in everything for i in range(160))


def test_key_players_from_the_analysis_are_printed(demo: DossierData, tmp_path: Path) -> None:
    person = demo.people[0]
    demo_with = DossierData(
        **{**demo.__dict__, "key_players": [KeyPlayer(person.id, person.label(), EntityKind.PERSON, 7, 0.25)]}
    )
    path = tmp_path / "kp.pdf"
    build_case_dossier(demo_with, path, [Section.KEY_PLAYERS], options=OPTIONS)
    assert contains("\n".join(page_texts(path)), f"1 {person.label()}")


def test_a_failed_build_leaves_no_file(demo: DossierData, tmp_path: Path) -> None:
    path = tmp_path / "dossier.pdf"
    path.write_bytes(b"the previous version")

    def cancel(fraction: float, _what: str) -> None:
        if fraction > 0.3:
            raise KeyboardInterrupt  # what a cancel from the GUI looks like to the builder

    with pytest.raises(KeyboardInterrupt):
        build_case_dossier(demo, path, options=OPTIONS, progress=cancel)
    assert path.read_bytes() == b"the previous version"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dossier.pdf"]


def test_unwritable_targets_are_refused_in_one_line(demo: DossierData, tmp_path: Path) -> None:
    with pytest.raises(ReportError, match="does not exist"):
        build_case_dossier(demo, tmp_path / "missing" / "x.pdf", options=OPTIONS)
    with pytest.raises(ReportError, match="folder"):
        build_case_dossier(demo, tmp_path, options=OPTIONS)
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        if not document.os.access(locked, document.os.W_OK):  # root may write anyway
            with pytest.raises(ReportError, match="not writable"):
                build_case_dossier(demo, locked / "x.pdf", options=OPTIONS)
    finally:
        locked.chmod(0o700)


def test_pages_render_without_overflowing_the_margins(printed: tuple[Path, int], tmp_path: Path) -> None:
    path, pages = printed
    assert len(_assert_nothing_outside_the_margins(path, tmp_path)) == pages


def _assert_nothing_outside_the_margins(path: Path, folder: Path) -> list[Path]:
    """Every page renders, has content, and nothing spills into the side margins (clipping or
    overflowing tables would)."""
    images = render_pages(path, folder)
    for png in images:
        with Image.open(png) as page:
            grey = page.convert("L")
            width, height = grey.size
            margin = int(width * (document.MARGIN_X - 2 * document.mm) / document.PAGE_W)
            for box in ((0, 0, margin, height), (width - margin, 0, width, height)):
                assert grey.crop(box).getextrema()[0] > 245, f"{png.name}: ink in the margin {box}"
            assert grey.getextrema()[0] < 100, f"{png.name} is blank"
    return images


def test_a_character_no_font_draws_prints_as_a_visible_mark(tmp_path: Path) -> None:
    case = r.Case(reference="TEST-0002", title="Smiley 🙂 et ❤", unit="CROSS")
    people = [r.Person(surname="Dupont", given_names="Léa 🙂", birthplace="Lille\u202eX")]
    data = DossierData(case=case, people=people, graph=r.GraphData(nodes={p.id: p.ref() for p in people}))
    path = tmp_path / "emoji.pdf"
    build_case_dossier(data, path, [Section.PEOPLE, Section.CHART], options=OPTIONS)
    text = "\n".join(page_texts(path))
    assert "🙂" not in text and contains(text, "Smiley \ufffd et ❤") and contains(text, "Léa \ufffd")
    assert "\u202e" not in text and contains(text, "Lille\\u202eX")


def test_arabic_copies_out_of_the_pdf_as_the_letters_typed(tmp_path: Path) -> None:
    """Shaped Arabic is drawn with contextual glyphs; what a search or a copy gets back from the
    PDF is the letters typed (U+0600 block), in reading order, in the body and the page header."""
    case = r.Case(reference="TEST-0003", title="قضية السلام", unit="CROSS")
    people = [r.Person(surname="بن علي", given_names="محمد"), r.Person(surname="عبد الله", given_names="سلامة")]
    data = DossierData(case=case, people=people, graph=r.GraphData(nodes={p.id: p.ref() for p in people}))
    path = tmp_path / "arabic.pdf"
    build_case_dossier(data, path, [Section.PEOPLE], options=PrintOptions(marking="سري", author="x"))
    texts = page_texts(path)
    text = "\n".join(texts)
    assert not any("\ufb50" <= c <= "\ufeff" or "\ue000" <= c <= "\uf8ff" for c in text)  # no glyph forms
    for words in ("بن علي محمد", "عبد الله سلامة", "قضية السلام"):
        assert words in text, words
    assert "قضية السلام" in texts[-1] and texts[-1].count("سري") >= 2  # header and marking
