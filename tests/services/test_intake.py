from __future__ import annotations

from datetime import date
from uuid import uuid4

import pytest

from cross_desk.domain import records as r
from cross_desk.domain.errors import DomainError, ValidationError
from cross_desk.domain.kinds import LinkKind
from cross_desk.services import Services


def test_tip_with_existing_and_new_mentions_in_one_save(services: Services) -> None:
    case = services.cases.create(r.Case(reference="CROSS-2026-0001", title="Tilleuls"))
    src = services.records.create(r.Source(codename="MERLE"))
    known = services.records.create(r.Person(surname="Benali", given_names="Karim"))
    new_car = r.Vehicle(plate="XB-456-CD", make="Peugeot")
    tip = services.intake.log_tip(
        r.Tip(
            channel=r.TipChannel.INFORMANT,
            source_id=src.id,
            original_text="Mon voisin…",
            sanitised_text="Une source indique…",
            grade="B2",
        ),
        mentions=[known.id],
        new_entities=[new_car],
        case_ids=[case.id],
    )
    mentioned = {ref.id for ref in services.intake.mentioned_in(tip.id)}
    assert mentioned == {known.id, new_car.id}
    assert {ref.id for ref in services.cases.members(case.id)} == {tip.id, new_car.id}
    links = services.links.links_of(tip.id)
    assert all(link.kind == LinkKind.MENTIONED_IN and link.evidence_id == tip.id for link in links)


def test_failed_tip_leaves_nothing_half_written(services: Services) -> None:
    known = services.records.create(r.Person(surname="Benali"))
    before = services.records.count()
    with pytest.raises(DomainError):
        services.intake.log_tip(
            r.Tip(channel=r.TipChannel.SURVEILLANCE, original_text="x", grade="A1"),
            mentions=[known.id, uuid4()],  # one mention does not exist
            new_entities=[r.Vehicle(plate="XC-111-DD")],
        )
    assert services.records.count() == before
    with pytest.raises(ValidationError):
        services.intake.log_tip(
            r.Tip(
                channel=r.TipChannel.INFORMANT,
                source_id=known.id,
                original_text="x",
                sanitised_text="y",
                grade="A1",
            )
        )
    assert services.records.count() == before


def test_seizure_and_event_with_persons_and_place(services: Services) -> None:
    p = services.records.create(r.Person(surname="Torsane"))
    car = services.records.create(r.Vehicle(plate="XD-222-EE"))
    spot = services.records.create(r.Location(name="Tour 12", city="Valmorin", location_kind=r.LocationKind.DEAL_POINT))
    seizure = services.intake.record_seizure(
        r.Seizure(
            seized_on=date(2026, 4, 2),
            substances=[r.usual_line(r.Substance.CANNABIS_RESIN, "2.5")],
            vehicles=1,
        ),
        persons=[p.id],
        vehicles=[car.id],
        place=spot.id,
    )
    kinds = {link.kind for link in services.links.links_of(seizure.id)}
    assert kinds == {LinkKind.SEIZED_FROM, LinkKind.INVOLVED_IN, LinkKind.SEIZED_AT}
    event = services.intake.record_event(r.Event(event_kind=r.EventKind.ARREST), persons=[p.id], place=spot.id)
    assert {link.kind for link in services.links.links_of(event.id)} == {
        LinkKind.INVOLVED_IN,
        LinkKind.OCCURRED_AT,
    }
