"""The server hides restricted cases from outsiders' own logins, whatever SQL they send (0008).

One world, made through the services as the case's lead: a restricted case holding its own tip
(with an original wording), seizure and arrest, a person and a place it shares with a public
case, and the links between them. An investigator outside it then reads every table with plain
SQL on their own login, as anyone with psql and their password could.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from uuid import UUID

import pytest
from sqlalchemy.exc import DBAPIError

from cross_desk.bootstrap import App
from cross_desk.domain import records as r
from cross_desk.domain.access import Forbidden, OfInterestElsewhere, Role
from cross_desk.domain.actor import Actor
from cross_desk.domain.kinds import EventKind, QuantityUnit, Substance, TipChannel
from cross_desk.services import Services
from cross_desk.services.charts import SavedChart
from tests.store.test_postgres_hardening import accounts, client  # noqa: F401 (fixtures)
from tests.store.test_postgres_sign_in import PASSWORD, sql

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.parametrize("db_url", [pytest.param("postgresql", marks=pytest.mark.postgres)], indirect=True),
]
SECRETS = ("SECRET-9", "Opération Hiver", "livraison mardi", "Hangar sud")
#: every table that may hold a restricted case's own data, and its rows as text
TABLES = (
    "case_file",
    "case_member",
    "entity",
    "tip",
    "tip_original",
    "seizure",
    "seizure_substance",
    "event",
    "link",
    "search_term",
    "saved_chart",
    "audit_trail",
)


@dataclass
class World:
    secret: r.Case
    public: r.Case
    person: r.Person
    own: set[UUID]  # the restricted case's own tip, seizure and arrest


@pytest.fixture
def world(app: App, accounts: dict[str, str]) -> World:  # noqa: F811
    lead = app.services_for(Actor(accounts["supervisor"], Role.SUPERVISOR, "ws"))
    day = date.today()
    at = datetime.combine(day, time(12)).astimezone()
    secret = lead.cases.create(
        r.Case(reference="SECRET-9", title="Opération Hiver", lead=accounts["supervisor"], restricted=True)
    )
    public = lead.cases.create(r.Case(reference="PUB-1", title="Quartier Nord"))
    person = lead.records.create(r.Person(surname="Partagé"))
    place = lead.records.create(r.Location(name="Point Nord", city="Valmorin"))
    lead.cases.add_members(public.id, [person.id, place.id])
    lead.cases.add_members(secret.id, [person.id, place.id])
    tip = lead.intake.log_tip(
        r.Tip(
            channel=TipChannel.SURVEILLANCE,
            original_text="livraison mardi au Hangar sud",
            summary="livraison mardi",
            grade="A1",
            received_at=at,
        ),
        mentions=[person.id, place.id],
        case_ids=[secret.id],
    )
    seizure = lead.intake.record_seizure(
        r.Seizure(
            seized_on=day,
            substances=[r.SubstanceLine(Substance.COCAINE, Decimal("5"), QuantityUnit.KILOGRAM)],
            description="Hangar sud",
        ),
        persons=[person.id],
        place=place.id,
        case_ids=[secret.id],
    )
    arrest = lead.intake.record_event(
        r.Event(event_kind=EventKind.ARREST, occurred_at=at, description="Hangar sud"),
        persons=[person.id],
        case_ids=[secret.id],
    )
    lead.intake.log_tip(
        r.Tip(channel=TipChannel.PUBLIC_PLATFORM, original_text="point de deal", summary="point", grade="F6"),
        mentions=[place.id],
        case_ids=[public.id],
    )
    lead.charts.save(SavedChart(name="Hiver", case_id=secret.id, state={"zoom": 1.0}))
    return World(secret, public, person, {tip.id, seizure.id, arrest.id})


def _rows(services: Services, table: str) -> list[str]:
    return [str(row) for row in sql(services, f"SELECT t::text FROM {table} t")]


def test_an_outsider_reads_nothing_of_a_restricted_case_with_plain_sql(
    app: App,
    client: App,  # noqa: F811
    accounts: dict[str, str],  # noqa: F811
    world: World,
) -> None:
    outsider = client.sign_in(accounts["investigator"], PASSWORD)
    insider = client.sign_in(accounts["supervisor"], PASSWORD)
    for table in TABLES:
        seen = " ".join(_rows(outsider, table))
        assert not [w for w in SECRETS if w in seen], table
        assert not [i for i in world.own if str(i) in seen and table != "link"], table
    # counts betray nothing: the outsider counts what the world holds without the case's own records
    for table, column in (("entity", "id"), ("tip", "id"), ("seizure", "id"), ("event", "id")):
        everything = sql(insider, f"SELECT count(*) FROM {table}")[0]
        own = sql(insider, f"SELECT count(*) FROM {table} WHERE {column} = ANY({_array(world.own)})")
        assert sql(outsider, f"SELECT count(*) FROM {table}") == [everything - own[0]], table
    assert sql(outsider, "SELECT count(*) FROM case_file") == [1]
    assert sql(insider, "SELECT count(*) FROM case_file") == [2]
    # what is shared stays: the person and the public case's membership
    assert sql(outsider, f"SELECT count(*) FROM person WHERE id = '{world.person.id}'") == [1]
    assert set(sql(outsider, f"SELECT case_id FROM case_member WHERE entity_id = '{world.person.id}'")) == {
        world.public.id
    }
    # no function the outsider may call lists or counts what is hidden from them
    listing = (
        "SELECT count(*) FROM pg_proc p WHERE p.proname LIKE 'cross_desk%' "
        "AND p.prorettype IN ('uuid[]'::regtype, 'text[]'::regtype) AND has_function_privilege(p.oid, 'EXECUTE')"
    )
    assert sql(outsider, listing) == [0]
    # the insider reads the wording; the audit shows the outsider that rows exist, not what they say
    assert "Hangar sud" in " ".join(_rows(insider, "tip_original"))
    blanked = sql(outsider, "SELECT count(*) FROM audit_trail WHERE content_ok IS NOT NULL")[0]
    assert blanked >= 4 and sql(outsider, "SELECT bool_and(content_ok) FROM audit_trail") == [True]


def test_an_outsider_can_neither_change_nor_join_a_restricted_case(
    client: App,  # noqa: F811
    accounts: dict[str, str],  # noqa: F811
    world: World,
) -> None:
    outsider = client.sign_in(accounts["investigator"], PASSWORD)
    own = _array(world.own)
    assert sql(outsider, f"UPDATE tip SET summary = 'x' WHERE id = ANY({own}) RETURNING id") == []
    assert sql(outsider, f"DELETE FROM link WHERE source_id = ANY({own}) OR target_id = ANY({own}) RETURNING id") == []
    assert sql(outsider, f"UPDATE case_file SET title = 'x' WHERE id = '{world.secret.id}' RETURNING id") == []
    for statement in (
        f"INSERT INTO case_member (case_id, entity_id, added_at, added_by) "
        f"VALUES ('{world.secret.id}', '{world.person.id}', now(), current_user)",
        f"INSERT INTO case_member (case_id, entity_id, added_at, added_by) "
        f"VALUES ('{world.public.id}', '{next(iter(world.own))}', now(), current_user)",
    ):
        with pytest.raises(Forbidden) as caught:
            sql(outsider, statement)
        assert isinstance(caught.value.__cause__, DBAPIError) and "row-level security" in str(caught.value.__cause__)


def test_deconfliction_tells_an_outsider_whom_to_contact_and_the_server_audits_it(
    app: App,
    client: App,  # noqa: F811
    accounts: dict[str, str],  # noqa: F811
    world: World,
) -> None:
    outsider = client.sign_in(accounts["investigator"], PASSWORD)
    lead = accounts["supervisor"]
    with pytest.raises(OfInterestElsewhere, match=re.escape(f"contact {lead}")):
        outsider.cases.find("secret-9")
    with pytest.raises(OfInterestElsewhere, match=re.escape(f"contact {lead}")):
        outsider.cases.get(world.secret.id)
    with pytest.raises(OfInterestElsewhere):  # an outsider reusing the reference learns whom to call
        outsider.cases.create(r.Case(reference="SECRET-9", title="Autre"))
    assert outsider.cases.interest_elsewhere(world.person.id) == [f"Of interest to another case — contact {lead}."]
    assert outsider.cases.interest_elsewhere(next(iter(world.own))) == []  # a case's own tip: no such record
    insider = app.services_for(Actor(lead, Role.SUPERVISOR, "ws"))  # the audit's details are the case's
    rows = insider.audit.entries(action="deconfliction", username=accounts["investigator"])
    assert len(rows) == 4 and all(str(world.secret.id) in e.entity_ids for e in rows)
    assert all(e.workstation for e in rows)
    assert app.services.audit.verify().ok


def _array(ids: set[UUID]) -> str:
    return "ARRAY[" + ",".join(f"'{i}'::uuid" for i in ids) + "]"


def test_an_outsider_typing_a_restricted_reference_in_other_capitals_is_told_whom_to_contact(
    app: App,
    client: App,  # noqa: F811
    accounts: dict[str, str],  # noqa: F811
) -> None:
    lead = app.services_for(Actor(accounts["supervisor"], Role.SUPERVISOR, "ws"))
    lead.cases.create(r.Case(reference="ÉTÉ-NORD", title="Été", lead=accounts["supervisor"], restricted=True))
    outsider = client.sign_in(accounts["investigator"], PASSWORD)
    for typed in ("été-nord", "ÉTÉ-NORD"):
        with pytest.raises(OfInterestElsewhere, match=re.escape(f"contact {accounts['supervisor']}")):
            outsider.cases.find(typed)
    with pytest.raises(OfInterestElsewhere):
        outsider.cases.create(r.Case(reference="été-NORD", title="Autre"))
