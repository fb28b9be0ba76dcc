"""One live record per plate, VIN, phone number and IMEI, even when workstations race.

The services look for a record holding the value before inserting; two processes can both look
and find none. The partial unique indexes of migration 0009 refuse the second insert, and the
refusal reaches the user as the same DuplicateKey the look-up raises, naming the record to open.
"""

from __future__ import annotations

import multiprocessing
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import text

from cross_desk.bootstrap import App, open_app
from cross_desk.domain import records as r
from cross_desk.domain.access import Role
from cross_desk.domain.actor import Actor
from cross_desk.domain.errors import Conflict, DuplicateKey, ValidationError
from cross_desk.services.records import Records
from cross_desk.settings import Settings
from tests.conftest import FAST_POLICY, TEST_ACTOR, TEST_GATE_PASSWORD

PASSWORD = "a long test password"
KEYS_PER_KIND = 150  # enough for hundreds of clashes, a few seconds per backend
RACERS = 3


def _keys() -> list[tuple[str, str]]:
    plates = [("plate", f"XB-{n:03d}-CD") for n in range(1, KEYS_PER_KIND + 1)]
    # ARCEP's range for fiction (06 39 98 xx xx), as the demo uses
    numbers = [("number", f"+3363998{n:04d}") for n in range(KEYS_PER_KIND)]
    return [key for pair in zip(plates, numbers, strict=True) for key in pair]


def _client_url(db_url: str) -> str:
    from sqlalchemy.engine import URL, make_url

    url = make_url(db_url)
    return str(URL.create(url.drivername, host=url.host, port=url.port, database=url.database))


def _race(db_url: str, login: str | None, barrier: Any, results: Any) -> None:
    """One workstation creating every key, as fast as it can, from the same moment as the others."""
    if login is None:
        app = open_app(Settings(db_url), actor=TEST_ACTOR, upgrade=False, policy=FAST_POLICY)
        services = app.services
    else:  # a user's own login on the server, as a workstation signs in
        app = open_app(Settings(_client_url(db_url), gate_password=TEST_GATE_PASSWORD), policy=FAST_POLICY)
        services = app.sign_in(login, PASSWORD)
    won: list[tuple[str, str, str]] = []
    lost: list[tuple[str, str, str]] = []
    other: list[str] = []
    barrier.wait()
    try:
        for field, value in _keys():
            entity: r.Entity = r.Vehicle(plate=value) if field == "plate" else r.Phone(number=value)
            try:
                won.append((field, value, str(services.records.create(entity).id)))
            except DuplicateKey as err:
                lost.append((field, value, str(err.existing_id)))
            except Exception as err:  # reported, and failed on, by the test
                other.append(f"{field} {value}: {type(err).__name__}: {err}")
    finally:
        app.close()
        results.put((won, lost, other))


@pytest.fixture
def logins(app: App) -> Iterator[list[str | None]]:
    """Who each racer is: the owner on SQLite; two users' own logins on PostgreSQL."""
    if app.engine.dialect.name != "postgresql":
        yield [None] * RACERS
        return
    suffix = uuid.uuid4().hex[:6]
    names = [f"enq1.{suffix}", f"enq2.{suffix}"]
    admin = app.services_for(Actor("dba", Role.ADMINISTRATOR, "ws"))
    for name in names:
        admin.users.add(name, PASSWORD, Role.INVESTIGATOR)
    yield [names[i % len(names)] for i in range(RACERS)]
    with app.engine.begin() as conn:
        for name in names:
            conn.exec_driver_sql(f'DROP ROLE IF EXISTS "{name}"')


def test_racing_workstations_store_one_record_per_key(app: App, logins: list[str | None]) -> None:
    ctx = multiprocessing.get_context("spawn")  # fresh interpreters: nothing shared but the database
    barrier, results = ctx.Barrier(RACERS), ctx.Queue()
    url = app.settings.database_url
    racers = [ctx.Process(target=_race, args=(url, login, barrier, results)) for login in logins]
    for p in racers:
        p.start()
    outcomes = [results.get(timeout=300) for _ in racers]
    for p in racers:
        p.join(timeout=60)
    won = [w for o in outcomes for w in o[0]]
    lost = [x for o in outcomes for x in o[1]]
    assert [e for o in outcomes for e in o[2]] == []

    keys = _keys()
    winners = {(field, value): entity_id for field, value, entity_id in won}
    assert len(won) == len(keys) == len(winners)  # each key created once, by one of the racers
    assert len(lost) == (RACERS - 1) * len(keys)  # every other attempt refused…
    assert all(existing == winners[(field, value)] for field, value, existing in lost)  # …naming the winner
    with app.engine.connect() as conn:
        live = conn.execute(
            text(
                "SELECT (SELECT count(*) FROM vehicle v JOIN entity e ON e.id = v.id WHERE NOT e.deleted)"
                " + (SELECT count(*) FROM phone p JOIN entity e ON e.id = p.id WHERE NOT e.deleted)"
            )
        ).scalar_one()
    assert live == len(keys)


def test_an_index_refusal_names_the_record_holding_the_value(app: App, monkeypatch: pytest.MonkeyPatch) -> None:
    """The race path, made certain: the services' look-up sees nothing, the index refuses."""
    records = app.services.records
    car = records.create(r.Vehicle(plate="ab-123-cd", make="Peugeot"))
    phone = records.create(r.Phone(number="06 39 98 00 01", imei="490154203237518"))
    monkeypatch.setattr(Records, "check_unique", lambda *args: None)

    with pytest.raises(DuplicateKey) as refused:
        records.create(r.Vehicle(plate="AB 123 CD"))
    assert str(refused.value) == "Plate AB-123-CD is already recorded: open it?"
    assert refused.value.existing_id == car.id and refused.value.field == "plate"
    assert isinstance(refused.value, Conflict) and isinstance(refused.value, ValidationError)

    with pytest.raises(DuplicateKey, match=r"^Phone number 06 39 98 00 01 is already recorded: open it\?$") as num:
        records.create(r.Phone(number="+33639980001"))
    assert num.value.existing_id == phone.id
    with pytest.raises(DuplicateKey, match=r"^IMEI 490154203237518 is already recorded: open it\?$") as imei:
        records.create(r.Phone(imei="49-015420-323751-8"))
    assert imei.value.existing_id == phone.id
    with pytest.raises(DuplicateKey, match=r"^VIN VF1AB000123456789 is already recorded"):
        other = records.create(r.Vehicle(plate="XB-456-CD", vin="VF1AB000123456789"))
        records.create(r.Vehicle(vin="vf1ab000123456789"))
    # an edit taking another record's value is refused the same way
    other = records.get(other.id)
    other.plate = "AB-123-CD"
    with pytest.raises(DuplicateKey) as edited:
        records.update(other)
    assert edited.value.existing_id == car.id


def test_a_deleted_record_frees_its_keys_and_restoring_claims_them(app: App, monkeypatch: pytest.MonkeyPatch) -> None:
    records = app.services.records
    old = records.create(r.Vehicle(plate="AB-123-CD"))
    records.delete(old.id)
    new = records.create(r.Vehicle(plate="AB-123-CD"))  # a deleted record's plate may be recorded again
    monkeypatch.setattr(Records, "check_unique", lambda *args: None)  # the index alone refuses
    with pytest.raises(DuplicateKey) as refused:
        records.restore(old.id)
    assert refused.value.existing_id == new.id
    records.delete(new.id)
    assert records.restore(old.id).plate == "AB123CD"


def test_one_batch_giving_a_value_twice_is_refused(app: App, monkeypatch: pytest.MonkeyPatch) -> None:
    """Intake writes several new records at once: two of them may not share a number either."""

    def log() -> None:
        app.services.intake.log_tip(
            r.Tip(channel=r.TipChannel.SURVEILLANCE, original_text="deux fois le même numéro", grade="C3"),
            new_entities=[r.Phone(number="06 39 98 00 02"), r.Phone(number="+33639980002")],
        )

    before = app.services.records.count()
    with pytest.raises(DuplicateKey, match=r"^Phone number 06 39 98 00 02 is given to two records being saved"):
        log()
    monkeypatch.setattr(Records, "check_unique", lambda *args: None)  # and the index, on its own
    with pytest.raises(DuplicateKey, match="given to two records being saved together") as refused:
        log()
    assert refused.value.existing_id is None
    assert app.services.records.count() == before
