"""Alembic is the only way a real database is made: upgrade from empty, and no drift."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine, inspect

from cross_desk.store import migrate
from cross_desk.store.database import make_engine
from cross_desk.store.tables import metadata


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    eng = make_engine(db_url)
    yield eng
    eng.dispose()


def test_migrated_database_is_at_head_and_matches_the_tables(engine: Engine) -> None:
    assert migrate.is_up_to_date(engine)
    with engine.connect() as conn:
        opts = {"compare_type": True, "include_object": migrate.include_object}
        diff = compare_metadata(MigrationContext.configure(conn, opts=opts), metadata)
    assert diff == [], f"tables.py and the migrations differ: write a migration\n{diff}"


def test_upgrade_from_empty_and_downgrade_to_empty(engine: Engine) -> None:
    from alembic import command

    command.downgrade(migrate.alembic_config(engine), "base")
    assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
    migrate.upgrade(engine)
    assert {"entity", "link", "case_file", "source_identity"} <= set(inspect(engine).get_table_names())
    migrate.upgrade(engine)  # a second upgrade is a no-op
    assert migrate.is_up_to_date(engine)


def test_sqlite_runs_in_wal_with_foreign_keys(tmp_path) -> None:  # type: ignore[no-untyped-def]
    eng = make_engine(f"sqlite:///{tmp_path / 'x.sqlite3'}")
    with eng.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    eng.dispose()
