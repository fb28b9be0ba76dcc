"""On a shared PostgreSQL server each user signs in with a database login of their own.

The workstation's URL names no login; signing in opens the session's engine as the user's own
login, so the server's row-level security and grants apply to everything the session does.
Refused sign-ins are counted, locked out and audited through the gate (migration 0004).
"""

from __future__ import annotations

import argparse
import re
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError

from cross_desk.bootstrap import App, NotInitialised, open_app
from cross_desk.domain import records as r
from cross_desk.domain.access import Forbidden, Role
from cross_desk.domain.actor import Actor
from cross_desk.domain.errors import Conflict, DatabaseUnavailable
from cross_desk.domain.security import SignInFailed
from cross_desk.services import Services
from cross_desk.settings import GATE_PASSWORD_ENV, Settings
from cross_desk.store import logins, migrate
from cross_desk.store.database import make_engine
from tests.conftest import FAST_POLICY, TEST_GATE_PASSWORD

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.parametrize("db_url", [pytest.param("postgresql", marks=pytest.mark.postgres)], indirect=True),
]
WRONG = "^" + re.escape("Wrong user name or password.") + "$"
DISABLED = "^" + re.escape("This account is disabled: ask an administrator.") + "$"
PASSWORD = "un mot de passe 'assez' long @:/%s\\ ünïcode"


def client_url(db_url: str) -> str:
    """What a workstation puts in its settings: server and database, no login, no password."""
    url = make_url(db_url)
    return str(URL.create(url.drivername, host=url.host, port=url.port, database=url.database))


@pytest.fixture
def accounts(app: App) -> Iterator[dict[str, str]]:
    suffix = uuid.uuid4().hex[:6]
    names = {
        "admin": f"chef.{suffix}",
        "handler": f"traitant.{suffix}",
        "other_handler": f"traitant2.{suffix}",
        "investigator": f"enq.{suffix}",
    }
    admin = app.services_for(Actor("dba", Role.ADMINISTRATOR, "ws"))
    admin.users.add(names["admin"], PASSWORD, Role.ADMINISTRATOR)
    admin.users.add(names["handler"], PASSWORD, Role.SOURCE_HANDLER)
    admin.users.add(names["other_handler"], PASSWORD, Role.SOURCE_HANDLER)
    admin.users.add(names["investigator"], PASSWORD, Role.INVESTIGATOR)
    yield names
    with app.engine.begin() as conn:
        for name in names.values():
            conn.exec_driver_sql(f'DROP ROLE IF EXISTS "{name}"')


@pytest.fixture
def client(app: App) -> Iterator[App]:
    """The app as a workstation opens it: no owner login anywhere in its settings."""
    settings = Settings(client_url(app.settings.database_url), gate_password=TEST_GATE_PASSWORD)
    opened = open_app(settings, policy=FAST_POLICY)
    yield opened
    opened.close()


def sql(services: Services, statement: str) -> list[object]:
    """Run SQL on the session's own connection, as a changed client could."""
    with services.records.uow() as uow:
        return list(uow.session.execute(text(statement)).scalars())


def test_each_session_runs_as_its_own_login(app: App, client: App, accounts: dict[str, str]) -> None:
    assert "@" not in client.description  # no login until someone signs in
    assert client.has_users()  # a workstation does not offer to create the first administrator
    setup = app.services
    mine = setup.records.create(r.Source(codename="BUSARD", handlers=[accounts["handler"]]))
    theirs = setup.records.create(r.Source(codename="MILAN", handlers=[accounts["other_handler"]]))

    handler = client.sign_in(accounts["handler"], PASSWORD)
    assert sql(handler, "SELECT current_user") == [accounts["handler"]]
    assert accounts["handler"] in handler.database
    handler.records.set_source_identity(r.SourceIdentity(source_id=mine.id, surname="Vrainom"))
    other = client.sign_in(accounts["other_handler"], PASSWORD)
    other.records.set_source_identity(r.SourceIdentity(source_id=theirs.id, surname="Autrenom"))

    # the server shows each handler their own sources' identities only
    assert sql(handler, "SELECT surname FROM source_identity") == ["Vrainom"]
    assert handler.records.source_identity(mine.id, reason="rencontre prévue").surname == "Vrainom"
    with pytest.raises(Forbidden):
        handler.records.source_identity(theirs.id, reason="curiosité")

    investigator = client.sign_in(accounts["investigator"], PASSWORD)
    assert sql(investigator, "SELECT current_user") == [accounts["investigator"]]
    assert sql(investigator, "SELECT count(*) FROM source_identity") == [0]
    assert {s.label for s in investigator.records.list(r.Source.KIND)} == {"BUSARD", "MILAN"}
    with pytest.raises(Forbidden) as refused:  # and the log is append-only
        sql(investigator, "DELETE FROM audit_log")
    assert "permission denied" in str(refused.value.__cause__)
    assert "sign_in" in [e.action for e in setup.audit.entries(username=accounts["investigator"])]


def test_refusals_are_said_counted_locked_and_audited(app: App, client: App, accounts: dict[str, str]) -> None:
    name = accounts["investigator"]
    with pytest.raises(SignInFailed, match=WRONG):
        client.sign_in("personne.inconnue", PASSWORD)
    with pytest.raises(SignInFailed, match=WRONG):
        client.sign_in("' OR 1=1 --\u202e", PASSWORD)
    with pytest.raises(SignInFailed, match=WRONG):
        client.sign_in('q"b\\c\td\x01é\u200b', PASSWORD)  # escapes the chain's JSON must agree on
    for hostile in ("nul\x00", "surrogate\udcff"):  # refused like any wrong value, not a crash
        with pytest.raises(SignInFailed, match=WRONG):
            client.sign_in(hostile, PASSWORD)
        with pytest.raises(SignInFailed, match=WRONG):
            client.sign_in("personne.inconnue", hostile)
    for _ in range(4):
        with pytest.raises(SignInFailed, match=WRONG):
            client.sign_in(name, "not the password")
    with app.engine.connect() as conn:  # the counter the gate keeps
        failures = conn.execute(text("SELECT failed_attempts FROM user_account WHERE username = :n"), {"n": name})
        assert failures.scalar_one() == 4
    with pytest.raises(SignInFailed, match=WRONG):
        client.sign_in(name, "not the password")  # the fifth locks the account
    with pytest.raises(SignInFailed, match="locked after too many failed attempts, until"):
        client.sign_in(name, PASSWORD)  # even with the right password

    audit = app.services.audit
    failed = audit.entries(action="sign_in_failed")
    reasons = [(e.username, e.details.get("reason")) for e in failed]
    assert ("personne.inconnue", "unknown user") in reasons
    assert reasons.count((name, "wrong password")) == 5
    assert (name, "locked") in reasons
    assert [e.details for e in audit.entries(action="locked_out")] == [{"minutes": 10}]
    assert all(e.workstation for e in failed)
    report = audit.verify()  # rows the gate wrote in SQL chain like the application's own
    assert report.ok, report.problem

    app.services_for(Actor("dba", Role.ADMINISTRATOR, "ws")).users.reset_password(name, PASSWORD + "!")
    assert client.sign_in(name, PASSWORD + "!").actor.username == name


def test_a_locked_account_cannot_connect_to_the_server_until_its_lock_ends(
    app: App, client: App, accounts: dict[str, str]
) -> None:
    name = accounts["investigator"]
    url = make_url(client_url(app.settings.database_url))
    for _ in range(5):
        with pytest.raises(SignInFailed, match=WRONG):
            client.sign_in(name, "not the password")
    # psql with the right password: the server itself refuses the login while it is locked
    with pytest.raises(logins.LoginRefused):
        logins.open_login(url, name, PASSWORD)
    with pytest.raises(SignInFailed, match="locked after too many failed attempts"):
        client.sign_in(name, PASSWORD)
    with app.engine.begin() as conn:  # the lock's end comes (ten minutes, made to have passed)
        conn.execute(
            text("UPDATE user_account SET locked_until = now() - interval '1 minute' WHERE username = :n"), {"n": name}
        )
    with pytest.raises(logins.LoginRefused):  # still barred: the gate lets it in at the next attempt
        logins.open_login(url, name, PASSWORD)
    assert client.sign_in(name, PASSWORD).actor.username == name
    logins.open_login(url, name, PASSWORD).dispose()
    # a disabled account's login stays barred whatever the lock says
    app.services_for(Actor("dba", Role.ADMINISTRATOR, "ws")).users.disable(name)
    with pytest.raises(SignInFailed, match=DISABLED):
        client.sign_in(name, PASSWORD)
    with pytest.raises(logins.LoginRefused):
        logins.open_login(url, name, PASSWORD)


def test_disabled_account_is_said_only_with_its_password(app: App, client: App, accounts: dict[str, str]) -> None:
    admin = client.sign_in(accounts["admin"], PASSWORD)
    admin.users.disable(accounts["investigator"])  # by the administrator's own login
    with pytest.raises(SignInFailed, match=DISABLED):
        client.sign_in(accounts["investigator"], PASSWORD)
    with pytest.raises(SignInFailed, match=WRONG):
        client.sign_in(accounts["investigator"], "not the password")
    reasons = [e.details.get("reason") for e in admin.audit.entries(username=accounts["investigator"])]
    assert reasons.count("disabled") == 2


def test_the_gate_reads_nothing(app: App, accounts: dict[str, str]) -> None:
    gate = make_engine(make_url(app.settings.database_url).set(username="cross_desk_gate", password=TEST_GATE_PASSWORD))
    try:
        for table in ("user_account", "source_identity", "audit_log", "entity", "source"):
            with pytest.raises(DBAPIError, match="permission denied"), gate.connect() as conn:
                conn.execute(text(f"SELECT * FROM {table}"))
        with pytest.raises(DBAPIError, match="permission denied"), gate.connect() as conn:
            conn.execute(text("SELECT cross_desk_audit_append('x', 'y', 'sign_in', '{}')"))
        with gate.begin() as conn:
            row = conn.execute(text("SELECT * FROM cross_desk_sign_in_failed(:u, 'ws', 5, 1)"), {"u": "nobody"}).one()
        assert row.outcome == "wrong"
    finally:
        gate.dispose()
    # and no user login may call the gate's function (nor lock others out through it)
    user = make_engine(make_url(app.settings.database_url).set(username=accounts["investigator"], password=PASSWORD))
    try:
        with pytest.raises(DBAPIError, match="permission denied"), user.connect() as conn:
            conn.execute(text("SELECT * FROM cross_desk_sign_in_failed('x', 'ws', 5, 10)"))
    finally:
        user.dispose()


def test_roles_follow_the_accounts(app: App, client: App, accounts: dict[str, str]) -> None:
    admin = client.sign_in(accounts["admin"], PASSWORD)
    # the login joins the groups of its role (migrations 0005, 0013); none has CREATEROLE, with which
    # PostgreSQL 15 would let it grant itself any role of the server
    query = text(
        "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
        "JOIN pg_roles r ON r.oid = m.member WHERE r.rolname = :n AND NOT r.rolcreaterole ORDER BY 1"
    )
    name = accounts["investigator"]
    for role, groups in (
        (Role.ADMINISTRATOR, ["cross_desk_admin", "cross_desk_user"]),
        (Role.SUPERVISOR, ["cross_desk_supervisor", "cross_desk_user", "cross_desk_writer"]),
        (Role.SOURCE_HANDLER, ["cross_desk_handler", "cross_desk_user", "cross_desk_writer"]),
        (Role.ANALYST, ["cross_desk_user"]),
        (Role.INVESTIGATOR, ["cross_desk_user", "cross_desk_writer"]),
    ):
        admin.users.set_role(name, role)
        with app.engine.connect() as conn:
            assert list(conn.execute(query, {"n": name}).scalars()) == groups
    with app.engine.connect() as conn:
        owner = conn.execute(text("SELECT current_user")).scalar_one()
    with pytest.raises(Conflict, match="already has a login"):  # never takes over the owner's login
        admin.users.add(owner, PASSWORD, Role.INVESTIGATOR)


def test_server_down_and_schema_behind(app: App, client: App, accounts: dict[str, str]) -> None:
    down = make_url(client.settings.database_url).set(port=1).render_as_string(hide_password=False)
    unreachable = open_app(Settings(down), policy=FAST_POLICY)
    with pytest.raises(DatabaseUnavailable, match=r"^Cannot reach the server 127\.0\.0\.1:1"):
        unreachable.sign_in(accounts["investigator"], PASSWORD)
    unreachable.close()

    from alembic import command

    command.downgrade(migrate.alembic_config(app.engine), "0003")
    with pytest.raises(NotInitialised, match="ask your administrator to run `cross-desk init`"):
        client.sign_in(accounts["investigator"], PASSWORD)
    migrate.upgrade(app.engine)  # the DBA's job, with the owner's URL
    assert client.sign_in(accounts["investigator"], PASSWORD).actor.role == Role.INVESTIGATOR


def test_cli_user_signs_in_with_own_login(
    app: App, accounts: dict[str, str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from cross_desk.cli.common import signed_in
    from cross_desk.launcher import main

    url = client_url(app.settings.database_url)
    monkeypatch.setenv("CROSS_DESK_PASSWORD", PASSWORD)
    monkeypatch.setenv(GATE_PASSWORD_ENV, TEST_GATE_PASSWORD)
    with signed_in(argparse.Namespace(database=url, user=accounts["investigator"])) as services:
        assert sql(services, "SELECT current_user") == [accounts["investigator"]]
    assert main(["--database", url, "--user", accounts["investigator"], "cases"]) == 0
    monkeypatch.setenv("CROSS_DESK_PASSWORD", "not the password")
    assert main(["--database", url, "--user", accounts["investigator"], "cases"]) == 1
    assert capsys.readouterr().err.strip() == "cross-desk: Wrong user name or password."
    assert app.services.audit.entries(username=accounts["investigator"], action="sign_in_failed")
