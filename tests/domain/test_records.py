from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from uuid import uuid4

import pytest

from cross_desk.domain import records as r
from cross_desk.domain.dates import PartialDate, years_later
from cross_desk.domain.errors import ValidationError
from cross_desk.domain.kinds import DealPointStatus, LinkKind, LocationKind, NetworkRole, TipChannel


def test_partial_birth_dates() -> None:
    assert PartialDate.parse("1994").display() == "1994"
    assert PartialDate.parse("03/1994").iso() == "1994-03"
    assert PartialDate.parse("12/03/1994") == PartialDate(1994, 3, 12)
    assert PartialDate.parse("1994-03-12").display() == "12/03/1994"
    for bad in ("31/02/1994", "13/1994", "soon", "1700"):
        with pytest.raises(ValidationError):
            PartialDate.parse(bad)


def test_person_needs_a_name_and_labels_with_alias() -> None:
    with pytest.raises(ValidationError, match="surname, a given name or an alias"):
        r.Person().validate()
    p = r.Person(surname="Ben Ali", given_names="Karim", aliases=["  Le Grand ", ""])
    p.validate()
    assert p.aliases == ["Le Grand"]
    assert p.label() == "BEN ALI Karim « Le Grand »"


def test_vehicle_and_phone_normalise_on_validate() -> None:
    v = r.Vehicle(plate="xa 123 bc")
    v.validate()
    assert v.plate == "XA123BC" and v.label().startswith("XA-123-BC")
    ph = r.Phone(number="06 39 98 00 01")
    ph.validate()
    assert ph.number == "+33639980001" and ph.label() == "06 39 98 00 01"
    with pytest.raises(ValidationError, match="number or an IMEI"):
        r.Phone().validate()


def test_tip_rules() -> None:
    with pytest.raises(ValidationError, match="needs its source"):
        r.Tip(channel=TipChannel.INFORMANT, original_text="x", sanitised_text="y", grade="B2").validate()
    with pytest.raises(ValidationError, match="sanitised"):
        r.Tip(channel=TipChannel.INFORMANT, source_id=uuid4(), original_text="x", grade="B2").validate()
    public = r.Tip(channel=TipChannel.PUBLIC_PLATFORM, original_text="deal en bas de la tour")
    public.validate()
    assert public.grade == "F6" and public.sanitised_text == public.original_text
    with pytest.raises(ValidationError, match="grade"):
        r.Tip(channel=TipChannel.SURVEILLANCE, original_text="x", grade="").validate()
    naive = r.Tip(channel=TipChannel.SURVEILLANCE, original_text="x", grade="a1", received_at=datetime(2026, 3, 1, 10))
    naive.validate()
    assert naive.received_at.tzinfo is not None and naive.grade == "A1"


def test_seizure_rules() -> None:
    with pytest.raises(ValidationError, match="at least one thing"):
        r.Seizure().validate()
    with pytest.raises(ValidationError, match="more than zero"):
        r.Seizure(substances=[r.usual_line(r.Substance.COCAINE, 0)]).validate()
    with pytest.raises(ValidationError, match="negative"):
        r.Seizure(cash_eur=Decimal(-1)).validate()
    s = r.Seizure(
        seized_on=date(2026, 5, 2),
        substances=[r.usual_line(r.Substance.CRACK, "12.5")],
        cash_eur=Decimal(1500),
    )
    s.validate()
    assert s.substances[0].in_kg() == Decimal("0.0125")


def test_dates_in_order() -> None:
    with pytest.raises(ValidationError, match="before the start"):
        r.Link(source_id=uuid4(), target_id=uuid4(), first_seen=date(2026, 5, 2), last_seen=date(2026, 5, 1)).validate()
    with pytest.raises(ValidationError, match="closing"):
        r.Case(reference="X", title="Y", opened_on=date(2026, 5, 2), closed_on=date(2026, 1, 1)).validate()


def test_link_rules() -> None:
    a = uuid4()
    with pytest.raises(ValidationError, match="itself"):
        r.Link(source_id=a, target_id=a).validate()
    with pytest.raises(ValidationError, match="role"):
        r.Link(source_id=a, target_id=uuid4(), kind=LinkKind.CALLED, role=NetworkRole.SELLER).validate()
    undirected = r.Link(source_id=a, target_id=uuid4(), kind=LinkKind.ASSOCIATE)
    undirected.validate()
    assert undirected.directed is False


def test_location_rules() -> None:
    with pytest.raises(ValidationError):
        r.Location().validate()
    with pytest.raises(ValidationError, match="both latitude"):
        r.Location(city="Valmorin", latitude=1.0).validate()
    with pytest.raises(ValidationError, match="Latitude"):
        r.Location(city="Valmorin", latitude=91.0, longitude=0.0).validate()
    dp = r.Location(city="Valmorin", location_kind=LocationKind.DEAL_POINT)
    dp.validate()
    assert dp.deal_status == DealPointStatus.ACTIVE
    with pytest.raises(ValidationError, match="Only a deal point"):
        r.Location(city="V", deal_status=DealPointStatus.ACTIVE).validate()


def test_ten_thousand_character_field_is_refused_only_past_the_limit() -> None:
    r.Person(surname="x", notes="n" * 10_000).validate()
    with pytest.raises(ValidationError, match="limit"):
        r.Person(surname="x" * 501).validate()


def test_labels_show_bidi_controls_instead_of_obeying_them() -> None:
    """A right-to-left override would make "‮enoN‬ BenAli" read "None BenAli" in a list."""
    person = r.Person(surname="BenAli", given_names="\u202eenoN\u202c")
    assert person.given_names == "\u202eenoN\u202c"  # the record keeps what was typed
    assert person.label() == "BENALI \\u202eenoN\\u202c"
    assert r.Person(surname="Dupont", given_names="Éric").label() == "DUPONT Éric"
    case = r.Case(reference="K-1", title="\u2067Les Ormes\u2069")
    assert "\\u2067" in case.label() and "\u2067" not in case.label()


def test_years_later_keeps_the_day_or_falls_back_from_29_february() -> None:
    assert years_later(date(2026, 12, 4), 1) == date(2027, 12, 4)
    assert years_later(date(2028, 2, 29), 1) == date(2029, 2, 28)
    assert years_later(date(2028, 2, 29), 4) == date(2032, 2, 29)
