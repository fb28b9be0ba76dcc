"""On PostgreSQL the server itself guards sources' identities and the audit log.

Each user has a database login of their own (member of cross_desk_user, which owns nothing);
these tests connect as those logins, as a changed desktop client would.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from cross_desk.bootstrap import App
from cross_desk.domain import records as r
from cross_desk.domain.access import Role
from cross_desk.domain.actor import Actor

pytestmark = pytest.mark.postgres
PASSWORD = "a long test password"


@pytest.fixture
def pg_app(app: App) -> Iterator[App]:
    if app.engine.dialect.name != "postgresql":
        pytest.skip("PostgreSQL only")
    yield app


def _connect_as(app: App, login: str):  # type: ignore[no-untyped-def]
    url = make_url(app.settings.database_url).set(username=login, password=PASSWORD)
    return create_engine(url)


@pytest.fixture
def logins(pg_app: App) -> Iterator[dict[str, str]]:
    suffix = uuid.uuid4().hex[:6]
    names = {"handler": f"traitant.{suffix}", "investigator": f"enq.{suffix}"}
    admin = pg_app.services_for(Actor("admin", Role.ADMINISTRATOR, "ws"))
    admin.users.add(names["handler"], PASSWORD, Role.SOURCE_HANDLER)
    admin.users.add(names["investigator"], PASSWORD, Role.INVESTIGATOR)
    yield names
    with pg_app.engine.begin() as conn:
        for name in names.values():
            conn.exec_driver_sql(f'DROP ROLE IF EXISTS "{name}"')


def test_identity_rows_are_refused_to_other_logins(pg_app: App, logins: dict[str, str]) -> None:
    services = pg_app.services
    src = services.records.create(r.Source(codename="BUSARD", handlers=[logins["handler"]]))
    with pg_app.engine.begin() as conn:  # the owner writes it, as the migration runner would
        conn.execute(
            text(
                "INSERT INTO source_identity (source_id, surname, given_names, contact, notes) "
                "VALUES (:id, 'Vrainom', 'Secret', '', '')"
            ),
            {"id": src.id},
        )
    investigator = _connect_as(pg_app, logins["investigator"])
    with investigator.connect() as conn:
        assert conn.execute(text("SELECT current_user")).scalar() == logins["investigator"]
        assert conn.execute(text("SELECT count(*) FROM source_identity")).scalar() == 0
        assert conn.execute(text("SELECT count(*) FROM source")).scalar() == 1  # codenames stay visible
    handler = _connect_as(pg_app, logins["handler"])
    with handler.connect() as conn:
        assert conn.execute(text("SELECT surname FROM source_identity")).scalar() == "Vrainom"
    investigator.dispose()
    handler.dispose()


def test_logins_cannot_change_or_erase_the_audit_log(pg_app: App, logins: dict[str, str]) -> None:
    pg_app.services.records.create(r.Person(surname="Audited"))
    engine = _connect_as(pg_app, logins["investigator"])
    for statement in (
        "UPDATE audit_log SET username = 'x'",
        "DELETE FROM audit_log",
        "TRUNCATE audit_log",
        "SELECT count(*) FROM audit_log",
    ):
        with pytest.raises(DBAPIError, match="permission denied"), engine.begin() as conn:
            conn.execute(text(statement))
    with engine.connect() as conn:  # they read it through the server's view, and append through its function
        assert conn.execute(text("SELECT count(*) FROM audit_trail")).scalar() >= 1
    engine.dispose()
    # even the owner's own connection is refused by the triggers
    with pytest.raises(DBAPIError, match="append-only"), pg_app.engine.begin() as conn:
        conn.execute(text("TRUNCATE audit_log"))
