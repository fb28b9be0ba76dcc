"""Shared fixtures: a fresh database per test on SQLite and, when reachable, PostgreSQL.

The same service and store tests run on both backends (``backend`` is parametrised). The
PostgreSQL server comes from ``.ci/postgres.sh start`` (CROSS_DESK_TEST_PG_* variables). Away
from CI, a missing server skips those tests with a line saying so; in CI (CI=true) it fails.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from cross_desk.bootstrap import App, open_app
from cross_desk.domain.access import Role
from cross_desk.domain.actor import Actor
from cross_desk.domain.security import SignInPolicy
from cross_desk.settings import Settings
from cross_desk.store import migrate
from cross_desk.store.database import make_engine

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
# A supervisor may do nearly everything; role-specific refusals are tested in tests/services/test_access.py.
TEST_ACTOR = Actor("enqueteur.test", Role.SUPERVISOR, workstation="test-ws")
FAST_POLICY = SignInPolicy(delay_base_seconds=0.0)
#: the sign-in gate's login on the test server (migration 0004; README "Shared server")
TEST_GATE_PASSWORD = "gate test password"


def _pg_params() -> dict[str, str] | None:
    host = os.environ.get("CROSS_DESK_TEST_PG_HOST")
    if not host:
        return None
    return {
        "host": host,
        "port": os.environ.get("CROSS_DESK_TEST_PG_PORT", "5432"),
        "user": os.environ.get("CROSS_DESK_TEST_PG_USER", "postgres"),
        "password": os.environ.get("CROSS_DESK_TEST_PG_PASSWORD", ""),
    }


def pg_url(params: dict[str, str], dbname: str) -> str:
    auth = params["user"] + (f":{params['password']}" if params["password"] else "")
    return f"postgresql+psycopg://{auth}@{params['host']}:{params['port']}/{dbname}"


def _janitor(params: dict[str, str], dbname: str, template: str | None = None, as_template: bool = False):  # type: ignore[no-untyped-def]
    from pytest_postgresql.janitor import DatabaseJanitor

    return DatabaseJanitor(
        user=params["user"],
        host=params["host"],
        port=params["port"],
        password=params["password"] or None,
        dbname=dbname,
        template_dbname=template,
        as_template=as_template,
        connection_timeout=5,
    )


@pytest.fixture(scope="session")
def pg_template() -> Iterator[tuple[dict[str, str], str]]:
    """A PostgreSQL database migrated to head once, cloned for each test."""
    params = _pg_params()
    if params is None:
        if IN_CI:
            pytest.fail("CI=true but no PostgreSQL test server is configured (CROSS_DESK_TEST_PG_HOST).")
        pytest.skip("PostgreSQL tests skipped: no test server (run `source .ci/postgres.sh start`).")
    name = f"cd_template_{uuid.uuid4().hex[:8]}"
    janitor = _janitor(params, name, as_template=True)
    try:
        janitor.init()
    except Exception as err:  # the server is configured but does not answer
        if IN_CI:
            pytest.fail(f"PostgreSQL test server unreachable: {err}")
        pytest.skip(f"PostgreSQL tests skipped: server unreachable ({err}).")
    from tests.pg_auth import require_passwords

    require_passwords(params)  # users' own logins give their password, as on a unit's server
    engine = make_engine(pg_url(params, name))
    migrate.upgrade(engine)
    with engine.begin() as conn:
        conn.exec_driver_sql(f"ALTER ROLE cross_desk_gate LOGIN PASSWORD '{TEST_GATE_PASSWORD}'")
    engine.dispose()
    yield params, name
    janitor.drop()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    migrate.upgrade(engine)
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    return path


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The URL of a fresh, migrated database on each backend."""
    if request.param == "sqlite":
        path = tmp_path / "test.sqlite3"
        shutil.copy(request.getfixturevalue("sqlite_template"), path)
        yield f"sqlite:///{path}"
        return
    params, template = request.getfixturevalue("pg_template")
    name = f"cd_test_{uuid.uuid4().hex[:12]}"
    janitor = _janitor(params, name, template=template)
    janitor.init()
    try:
        yield pg_url(params, name)
    finally:
        janitor.drop()


@pytest.fixture
def app(db_url: str) -> Iterator[App]:
    settings = Settings(db_url, gate_password=TEST_GATE_PASSWORD)
    application = open_app(settings, actor=TEST_ACTOR, upgrade=False, policy=FAST_POLICY)
    yield application
    application.close()


@pytest.fixture
def services(app: App):  # type: ignore[no-untyped-def]
    return app.services


@pytest.fixture
def sqlite_app(tmp_path: Path, sqlite_template: Path) -> Iterator[App]:
    """SQLite only: for GUI and CLI tests where the backend is not the point."""
    path = tmp_path / "app.sqlite3"
    shutil.copy(sqlite_template, path)
    application = open_app(Settings(f"sqlite:///{path}"), actor=TEST_ACTOR, upgrade=False, policy=FAST_POLICY)
    yield application
    application.close()
