from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cross_desk.domain import identifiers as ids
from cross_desk.domain.errors import ValidationError


@pytest.mark.parametrize(
    "typed",
    ["06 39 98 00 01", "0639980001", "+33639980001", "+33 6 39 98 00 01", "0033639980001", "06.39.98.00.01"],
)
def test_french_numbers_in_any_format_store_as_e164(typed: str) -> None:
    assert ids.normalise_phone(typed) == "+33639980001"


def test_phone_shown_in_french_national_format() -> None:
    assert ids.format_phone("+33639980001") == "06 39 98 00 01"
    assert ids.format_phone("+34612345678").startswith("+34")


@pytest.mark.parametrize("bad", ["", "abc", "06 39 98", "06 39 98 00 01 99 99"])
def test_bad_numbers_are_refused_with_a_message(bad: str) -> None:
    with pytest.raises(ValidationError) as err:
        ids.normalise_phone(bad)
    assert err.value.field == "number" and err.value.message


@given(st.integers(min_value=0, max_value=9999))
def test_fiction_numbers_round_trip(n: int) -> None:
    e164 = f"+3363998{n:04d}"
    assert ids.normalise_phone(ids.format_phone(e164)) == e164


def _luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


@given(st.text(alphabet="0123456789", min_size=14, max_size=14))
def test_any_imei_with_right_check_digit_is_accepted(body: str) -> None:
    imei = body + _luhn_digit(body)
    assert ids.normalise_imei(imei) == imei
    wrong = body + str((int(_luhn_digit(body)) + 1) % 10)
    with pytest.raises(ValidationError, match="check digit"):
        ids.normalise_imei(wrong)


def test_imei_with_separators_and_wrong_length() -> None:
    with pytest.raises(ValidationError, match="15 digits"):
        ids.normalise_imei("1234")


@pytest.mark.parametrize("typed", ["xa-123-bc", "XA 123 BC", "xa123bc", " XA-123-BC "])
def test_siv_plates_typed_any_way(typed: str) -> None:
    stored = ids.normalise_plate(typed)
    assert stored == "XA123BC"
    assert ids.format_plate(stored) == "XA-123-BC"


def test_fni_plate_and_foreign_plate() -> None:
    assert ids.format_plate(ids.normalise_plate("1234 ab 75")) == "1234 AB 75"
    assert ids.normalise_plate("  m-ab 1234 ", "de") == "M-AB 1234"


@pytest.mark.parametrize("bad", ["AI-123-BC", "AB-000-CD", "hello", ""])
def test_bad_french_plates_are_refused(bad: str) -> None:
    with pytest.raises(ValidationError):
        ids.normalise_plate(bad)


@given(
    st.sampled_from("ABCDEFGHJKLMNPQRSTVWXYZ"),
    st.sampled_from("ABCDEFGHJKLMNPQRSTVWXYZ"),
    st.integers(1, 999),
    st.sampled_from("ABCDEFGHJKLMNPQRSTVWXYZ"),
    st.sampled_from("ABCDEFGHJKLMNPQRSTVWXYZ"),
)
def test_siv_round_trip(a: str, b: str, n: int, c: str, d: str) -> None:
    shown = f"{a}{b}-{n:03d}-{c}{d}"
    assert ids.format_plate(ids.normalise_plate(shown.lower().replace("-", " "))) == shown


def test_fold_tolerates_accents_case_spaces() -> None:
    assert ids.fold("Ben Ali") == ids.fold("BENALI")
    assert ids.fold("Müller") == ids.fold("muller")
    assert ids.fold("Œuvre d'Éloïse") == "oeuvredeloise"
    assert ids.fold("Иванов") == "иванов"


@given(st.text())
def test_fold_is_idempotent(text: str) -> None:
    assert ids.fold(ids.fold(text)) == ids.fold(text)


def test_vin() -> None:
    assert ids.normalise_vin("vf1 ab000 123456789") == "VF1AB000123456789"
    with pytest.raises(ValidationError):
        ids.normalise_vin("VF1AB00012345678O")
