"""French and English: every label translated, the catalogues complete, switching at once."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from enum import Enum
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from cross_desk.domain import kinds as k
from cross_desk.domain.grading import SCHEMES
from cross_desk.domain.kinds import EntityKind, Substance
from cross_desk.domain.records import Confidence
from cross_desk.domain.schema import SCHEMA
from cross_desk.gui import i18n, labels, messages
from cross_desk.gui.forms import EntityForm
from cross_desk.gui.labels import _LABELS, _PLURAL_SOURCES, GRADING_WORDS

TRANSLATIONS = i18n.TRANSLATIONS
ENUMS: list[type[Enum]] = [
    k.EntityKind,
    k.Agency,
    k.PersonCategory,
    k.Sex,
    k.LineType,
    k.LocationKind,
    k.DealPointStatus,
    k.OrganisationKind,
    k.SourceStatus,
    k.TipChannel,
    k.Substance,
    k.QuantityUnit,
    k.EventKind,
    k.CaseStatus,
    k.LinkKind,
    k.NetworkRole,
    Confidence,
]


def test_every_stored_code_has_a_label() -> None:
    for enum in ENUMS:
        assert set(_LABELS[enum]) == set(enum), enum.__name__


def test_every_grading_word_is_in_the_catalogue() -> None:
    words = {a.name for s in SCHEMES.values() for a in s.axes} | {
        meaning for s in SCHEMES.values() for a in s.axes for _code, meaning in a.choices
    }
    assert words <= set(GRADING_WORDS)


def _messages(ts: Path) -> list[ET.Element]:
    return [m for m in ET.parse(ts).getroot().iter("message")]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_catalogues_are_complete(lang: str) -> None:
    unfinished = [
        m.findtext("source")
        for m in _messages(TRANSLATIONS / f"cross_desk_{lang}.ts")
        if m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
    ]
    assert unfinished == []


def test_compiled_catalogues_match_the_sources(qapp: Any) -> None:
    """Every finished French entry is in the .qm the app loads (run update.py after editing a .ts)."""
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / "cross_desk_fr.qm"))
    root = ET.parse(TRANSLATIONS / "cross_desk_fr.ts").getroot()
    stale = []
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for m in ctx.iter("message"):
            if m.get("numerus") == "yes":
                continue
            want = m.findtext("translation") or ""
            if translator.translate(name, m.findtext("source") or "") != want:
                stale.append((name, m.findtext("source")))
    assert stale == []


def test_catalogue_holds_every_string_of_the_sources(tmp_path: Path) -> None:
    """pyside6-lupdate finds no string the French catalogue lacks (run update.py after adding one)."""
    lupdate = shutil.which("pyside6-lupdate") or str(Path(sys.executable).parent / "pyside6-lupdate")
    if not Path(lupdate).exists():
        pytest.skip("pyside6-lupdate is not installed")
    root = TRANSLATIONS.parents[1]
    files = sorted(str(p) for p in (root / "cross_desk" / "gui").rglob("*.py"))
    fresh = tmp_path / "fresh.ts"
    subprocess.run([lupdate, *files, "-ts", str(fresh)], check=True, capture_output=True)

    def keys(ts: Path) -> set[tuple[str, str]]:
        return {
            (ctx.findtext("name") or "", m.findtext("source") or "")
            for ctx in ET.parse(ts).getroot().iter("context")
            for m in ctx.iter("message")
        }

    assert keys(fresh) - keys(TRANSLATIONS / "cross_desk_fr.ts") == set()


def test_french_labels_and_locale_formats(qapp: Any, english: None) -> None:
    i18n.apply_language("fr")
    try:
        assert labels.label(Substance.CANNABIS_RESIN) == "Résine de cannabis"
        assert labels.plural(EntityKind.PERSON) == "Personnes"
        assert labels.grading("usually reliable") == "habituellement fiable"
        assert QLocale().toString(1234.5, "f", 1) == "1\u202f234,5"
        assert messages.translate("A person needs a surname, a given name or an alias.") == (
            "Une personne doit avoir un nom, un prénom ou un surnom."
        )
        assert messages.translate("'ab' is not a phone number.") == "« ab » n'est pas un numéro de téléphone."
        assert messages.translate("Plate AB-123-CD is already recorded: open it?") == (
            "La plaque AB-123-CD est déjà enregistrée : l'ouvrir ?"
        )
        assert messages.translate("IMEI 490154203237518 is already recorded: open it?") == (
            "L'IMEI 490154203237518 est déjà enregistré : l'ouvrir ?"
        )
        assert QCoreApplication.translate("MainWindow", "&File") == "&Fichier"
    finally:
        i18n.apply_language("en")
    assert labels.label(Substance.CANNABIS_RESIN) == "Cannabis resin"


def test_switching_language_changes_the_visible_strings(qtbot: Any, desk: Any) -> None:
    form = desk.new_record(EntityKind.PERSON)
    assert isinstance(form, EntityForm)
    people = desk.navigator.item(2)
    assert desk.file_menu.title() == "&File"
    assert people.text().startswith("People")
    assert form.captions["surname"].text() == "Surname"
    desk.lang_actions["fr"].trigger()
    qtbot.waitUntil(lambda: desk.file_menu.title() == "&Fichier", timeout=3000)  # LanguageChange is an event
    assert people.text().startswith("Personnes")
    assert form.captions["surname"].text() == "Nom"
    assert form.save_button.text() == "Enregistrer"
    assert desk.tabs.tabText(desk.tabs.indexOf(form)) == "Nouvelle personne"
    assert form.editors["sex"].combo.itemText(0) == "Femme"
    assert i18n.chosen_language() == "fr"  # remembered
    desk.lang_actions["en"].trigger()
    qtbot.waitUntil(lambda: desk.file_menu.title() == "&File", timeout=3000)
    assert form.captions["surname"].text() == "Surname"
    assert form.editors["sex"].combo.itemText(0) == "Female"


def test_every_string_is_filed_under_its_widget_class() -> None:
    """``tr = self.tr; tr("…")`` files a string under no class, where Qt never finds it at run
    time: the window stays in English though the catalogue is complete. Call ``self.tr`` directly."""
    for lang in ("fr", "en"):
        root = ET.parse(TRANSLATIONS / f"cross_desk_{lang}.ts").getroot()
        nameless = [
            m.findtext("source")
            for c in root.iter("context")
            if not (c.findtext("name") or "")
            for m in c.iter("message")
        ]
        assert nameless == [], f"strings with no context in cross_desk_{lang}.ts: {nameless[:5]}"


def test_chart_and_analysis_panel_speak_french(qapp: Any, english: None) -> None:
    i18n.apply_language("fr")
    try:
        assert QCoreApplication.translate("ChartWidget", "Fit") == "Ajuster"
        assert QCoreApplication.translate("AnalysisPanel", "Who is central") == "Qui est central"
    finally:
        i18n.apply_language("en")


def test_the_catalogue_markers_are_the_schemas_plurals() -> None:
    """labels.plural() translates the schema's plural; lupdate only sees the markers, so they must agree."""
    assert sorted(_PLURAL_SOURCES) == sorted(spec.plural for spec in SCHEMA.values())
