"""Text at the domain's edge: composed alike (NFC), and case references folded alike."""

from __future__ import annotations

import unicodedata

from cross_desk.domain import records as r
from cross_desk.domain.text import escaped, reference_key

COMPOSED = "Müller"
DECOMPOSED = unicodedata.normalize("NFD", COMPOSED)


def test_validated_records_hold_composed_text() -> None:
    assert COMPOSED != DECOMPOSED
    place = r.Location(name=DECOMPOSED, city="Valmorin", district=DECOMPOSED)
    place.validate()
    assert place.district == COMPOSED and place.name == COMPOSED
    person = r.Person(surname=DECOMPOSED, aliases=[DECOMPOSED, "Le Grand"])
    person.validate()
    assert person.surname == COMPOSED and person.aliases == [COMPOSED, "Le Grand"]
    case = r.Case(reference="ÉTÉ-1", title=DECOMPOSED, team=[DECOMPOSED])
    case.validate()
    assert case.title == COMPOSED and case.team == [COMPOSED]


def test_reference_key_folds_case_composition_and_compatibility_forms() -> None:
    key = reference_key("ÉTÉ-NORD")
    assert key == reference_key(" été-nord ") == reference_key(unicodedata.normalize("NFD", "ÉTÉ-NORD"))
    assert reference_key("ДЕЛО-1") == reference_key("дело-1") == "дело-1"
    assert reference_key("STRASSE") == reference_key("straße")
    assert reference_key("ＣＲＯＳＳ-１") == reference_key("cross-1")  # full-width forms
    assert reference_key("ÉTÉ-NORD") != reference_key("ETE-NORD")  # accents still matter


def test_escaped_writes_invisible_characters_as_code_points() -> None:
    assert escaped("a\r\nb\u202ec") == "a\\u000d\\u000ab\\u202ec"
    assert escaped("Müller محمد 🙂") == "Müller محمد 🙂"
