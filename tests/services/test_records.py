from __future__ import annotations

from decimal import Decimal
from uuid import uuid4

import pytest

from cross_desk.domain import records as r
from cross_desk.domain.changes import Changes
from cross_desk.domain.errors import Conflict, DomainError, NotFound, ValidationError
from cross_desk.domain.kinds import EntityKind, LinkKind, NetworkRole
from cross_desk.services import Services


def test_every_kind_round_trips(services: Services) -> None:
    src = services.records.create(r.Source(codename="MERLE", handlers=["traitant.a", "enqueteur.test"]))
    made = [
        r.Person(
            surname="Müller",
            given_names="Jonas",
            aliases=["Le Grand", "JM"],
            birth_date=r.PartialDate(1994, 3),
        ),
        r.Vehicle(plate="xa-123-bc", make="Renault", model="Clio", colour="noir"),
        r.Vehicle(plate="M-AB 1234", country="de"),
        r.Phone(number="06 39 98 00 01", imei="004401234567892"[:14] + "0"),
        r.Location(
            name="Tour 12",
            city="Valmorin",
            location_kind=r.LocationKind.DEAL_POINT,
            latitude=45.1,
            longitude=4.2,
        ),
        r.Organisation(name="Réseau des Tilleuls"),
        r.Tip(
            channel=r.TipChannel.INFORMANT,
            source_id=src.id,
            original_text="secret",
            sanitised_text="ok",
            grade="b2",
        ),
        r.Seizure(
            substances=[r.usual_line(r.Substance.COCAINE, "1.250"), r.usual_line(r.Substance.CRACK, 12)],
            cash_eur=Decimal("1520.50"),
            weapons=1,
        ),
        r.Event(event_kind=r.EventKind.ARREST, description="Interpellation"),
    ]
    for entity in made:
        if isinstance(entity, r.Phone):
            # a valid IMEI: fix the check digit
            body = entity.imei[:14]
            total = sum(
                (d * 2 - 9 if d * 2 > 9 else d * 2) if i % 2 == 0 else d
                for i, d in enumerate(int(c) for c in reversed(body))
            )
            entity.imei = body + str((10 - total % 10) % 10)
        services.records.create(entity)
        back = services.records.get(entity.id)
        assert type(back) is type(entity)
        assert back == entity, f"{entity.KIND} did not round-trip"
        assert back.version == 1 and back.created_by == "enqueteur.test"


def test_update_checks_version_and_refreshes_label(services: Services) -> None:
    p = services.records.create(r.Person(surname="Dalrou", given_names="Yanis"))
    edited = services.records.update(r.Person(**{**p.__dict__, "given_names": "Yanis Karim"}))
    assert edited.version == 2
    assert services.records.list(EntityKind.PERSON)[0].label == "DALROU Yanis Karim"
    with pytest.raises(Conflict, match="Someone else changed"):
        services.records.update(p)  # still at version 1


def test_bad_input_is_refused_and_nothing_is_written(services: Services) -> None:
    with pytest.raises(ValidationError) as err:
        services.records.create(r.Phone(number="12"))
    assert err.value.field == "number"
    assert services.records.count() == 0


def test_duplicates_of_identifiers_are_refused(services: Services) -> None:
    services.records.create(r.Vehicle(plate="XA-123-BC"))
    with pytest.raises(ValidationError, match="already recorded"):
        services.records.create(r.Vehicle(plate="xa 123 bc"))
    services.records.create(r.Phone(number="0639980001"))
    with pytest.raises(ValidationError, match="already recorded"):
        services.records.create(r.Phone(number="+33 6 39 98 00 01"))


def test_soft_delete_and_restore(services: Services) -> None:
    a = services.records.create(r.Person(surname="Alpha"))
    b = services.records.create(r.Person(surname="Beta"))
    services.links.link(r.Link(kind=LinkKind.ASSOCIATE, source_id=a.id, target_id=b.id))
    services.records.delete(a.id)
    assert [ref.id for ref in services.records.list()] == [b.id]
    assert services.search.search("alpha").entities == []
    assert services.links.links_of(b.id) == []
    with pytest.raises(NotFound):
        services.records.get(a.id)
    assert [ref.id for ref in services.records.deleted()] == [a.id]
    services.records.restore(a.id)
    assert len(services.links.links_of(b.id)) == 1
    with pytest.raises(NotFound):
        services.records.restore(a.id)


def test_links_between_any_kinds_and_their_rules(services: Services) -> None:
    p = services.records.create(r.Person(surname="Kadel"))
    org = services.records.create(r.Organisation(name="Réseau"))
    link = services.links.link(
        r.Link(kind=LinkKind.MEMBER_OF, source_id=p.id, target_id=org.id, role=NetworkRole.LOOKOUT)
    )
    assert services.links.get(link.id).role == NetworkRole.LOOKOUT
    with pytest.raises(NotFound):
        services.links.link(r.Link(source_id=p.id, target_id=uuid4()))
    with pytest.raises(ValidationError, match="Evidence must be"):
        services.links.link(r.Link(source_id=p.id, target_id=org.id, evidence_id=p.id))
    services.links.unlink(link.id)
    assert services.links.links_of(p.id) == []


def test_writes_notify_listeners(services: Services) -> None:
    seen: list[Changes] = []
    services.subscribe(seen.append)
    p = services.records.create(r.Person(surname="Notify"))
    assert seen[-1].touches("person") and p.id in seen[-1].ids
    services.unsubscribe(seen.append)


def test_source_identity_kept_apart(services: Services) -> None:
    src = services.records.create(r.Source(codename="PINSON", handlers=["enqueteur.test"]))
    assert services.records.source_identity(src.id, reason="vérification annuelle") is None
    services.records.set_source_identity(r.SourceIdentity(source_id=src.id, surname="Vraiment", given_names="Secret"))
    assert services.records.source_identity(src.id, reason="vérification annuelle").surname == "Vraiment"
    assert "Vraiment" not in services.records.get(src.id).label()
    assert services.search.search("Vraiment").entities == []
    with pytest.raises(ValidationError, match="reason"):
        services.records.source_identity(src.id, reason="")
    p = services.records.create(r.Person(surname="Someone"))
    with pytest.raises(DomainError):
        services.records.set_source_identity(r.SourceIdentity(source_id=p.id, surname="X"))


@pytest.mark.parametrize(
    "text", ["'; DROP TABLE entity; --", "100%_off", "\u202etxet", "zero\u200bwidth", "é" * 10_000]
)
def test_hostile_text_is_stored_intact(services: Services, text: str) -> None:
    p = services.records.create(r.Person(surname="Hostile", notes=text))
    assert services.records.get(p.id).notes == text
    assert services.records.count() == 1
