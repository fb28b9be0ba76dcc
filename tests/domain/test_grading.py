from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cross_desk.domain.errors import ValidationError
from cross_desk.domain.grading import ADMIRALTY, SCHEMES, UK_3X5X2, UK_5X5X5, scheme


@given(st.sampled_from("ABCDEF"), st.sampled_from("123456"))
def test_every_admiralty_grade_is_accepted(reliability: str, credibility: str) -> None:
    assert ADMIRALTY.normalise(f"{reliability.lower()} {credibility}") == reliability + credibility


@given(st.text(max_size=4))
def test_anything_else_is_refused_or_a_real_grade(text: str) -> None:
    try:
        grade = ADMIRALTY.normalise(text)
    except ValidationError as err:
        assert err.field == "grade" and err.message
    else:
        assert grade[0] in "ABCDEF" and grade[1] in "123456" and len(grade) == 2


@pytest.mark.parametrize("bad", ["", "G1", "A7", "A", "1A", "A12"])
def test_admiralty_refuses(bad: str) -> None:
    with pytest.raises(ValidationError):
        ADMIRALTY.normalise(bad)


def test_meanings_and_defaults() -> None:
    assert ADMIRALTY.meanings("F6") == ("reliability cannot be judged", "truth cannot be judged")
    assert ADMIRALTY.unknown_source_default == "F6"
    assert UK_5X5X5.normalise("b35") == "B35"
    assert UK_3X5X2.normalise("2 b p") == "2BP"
    with pytest.raises(ValidationError):
        UK_3X5X2.normalise("4BP")


def test_scheme_lookup() -> None:
    assert set(SCHEMES) == {"admiralty", "uk_5x5x5", "uk_3x5x2"}
    with pytest.raises(ValidationError, match="Unknown grading scheme"):
        scheme("nato-9")
