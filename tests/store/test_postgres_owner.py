"""A unit's DBA is no superuser: the tables' owner creates the schema and loads the demo.

The suite's own server login is a superuser, which row-level security never binds; this test
makes an owner as the README tells a DBA to (a login with CREATEROLE owning the database).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import text

from cross_desk.bootstrap import open_app
from cross_desk.demo.generator import DemoSpec
from cross_desk.domain.access import Role
from cross_desk.domain.actor import Actor
from cross_desk.settings import Settings
from cross_desk.store import migrate
from cross_desk.store.database import make_engine
from tests.conftest import FAST_POLICY, TEST_GATE_PASSWORD, pg_url

pytestmark = pytest.mark.postgres
OWNER_PASSWORD = "owner password 2026"


@pytest.fixture
def owner_url(pg_template: tuple[dict[str, str], str]) -> Iterator[str]:
    params, _ = pg_template
    suffix = uuid.uuid4().hex[:8]
    owner, database = f"cd_owner_{suffix}", f"cd_owned_{suffix}"
    superuser = make_engine(pg_url(params, "postgres")).execution_options(isolation_level="AUTOCOMMIT")
    with superuser.connect() as conn:
        conn.execute(text(f"CREATE ROLE {owner} LOGIN CREATEROLE PASSWORD '{OWNER_PASSWORD}'"))
        conn.execute(text(f"CREATE DATABASE {database} OWNER {owner}"))
    yield pg_url({**params, "user": owner, "password": OWNER_PASSWORD}, database)
    with superuser.connect() as conn:
        conn.execute(text(f"DROP DATABASE IF EXISTS {database} WITH (FORCE)"))
        conn.execute(text(f"DROP OWNED BY {owner}"))
        conn.execute(text(f"DROP ROLE IF EXISTS {owner}"))
    superuser.dispose()


def test_the_owner_initialises_and_loads_the_demo(owner_url: str) -> None:
    engine = make_engine(owner_url)
    migrate.upgrade(engine)
    engine.dispose()
    app = open_app(
        Settings(owner_url, gate_password=TEST_GATE_PASSWORD),
        actor=Actor("dba", Role.ADMINISTRATOR, "ws"),
        upgrade=False,
        policy=FAST_POLICY,
    )
    try:
        counts = app.services.demo.load(DemoSpec(people=40, links=120), seed=2)
        assert counts["person"] == 40 and counts["tip"] > 0
        assert app.services.audit.verify().ok
        with app.engine.connect() as conn:  # written, yet not the owner's to read
            assert conn.execute(text("SELECT count(*) FROM source_identity")).scalar() == 0
            assert conn.execute(text("SELECT count(*) FROM source")).scalar() > 0
    finally:
        app.close()
