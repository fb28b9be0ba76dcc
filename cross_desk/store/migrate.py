"""Alembic, driven from code: the only way a real database is created or upgraded."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, inspect

from cross_desk.domain.errors import DatabaseUnavailable
from cross_desk.store.database import SQLITE_BEGIN

MIGRATIONS = Path(__file__).parent / "migrations"

#: Made by migrations in raw SQL, outside tables.py: the SQLite FTS5 index and its shadow
#: tables, the PostgreSQL trigram index, and the server's journal of changes (0012).
RAW_SQL_OBJECTS = ("search_fts", "ix_search_term_trgm", "audit_pending")


def earlier_revision(file_stem: str) -> ModuleType:
    """A migration module by its file name: a later revision's downgrade restores the SQL an
    earlier one wrote (functions it replaced) from there rather than from a copy."""
    path = MIGRATIONS / "versions" / f"{file_stem}.py"
    spec = importlib.util.spec_from_file_location(f"cross_desk_revision_{file_stem}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def include_object(obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any) -> bool:
    """For autogenerate and drift checks: skip what migrations make in raw SQL."""
    return not (name or "").startswith(RAW_SQL_OBJECTS)


def alembic_config(engine: Engine) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    # env.py takes this engine rather than re-reading a URL (and a password) from a file.
    config.attributes["engine"] = engine
    return config


def upgrade(engine: Engine, revision: str = "head") -> None:
    if engine.dialect.name != "sqlite":
        command.upgrade(alembic_config(engine), revision)
        return
    if revision == "head" and is_up_to_date(engine):
        return  # every start-up comes here: take no write lock when there is nothing to do
    _upgrade_sqlite(engine, revision)


def _upgrade_sqlite(engine: Engine, revision: str) -> None:
    """The whole upgrade in one SQLite transaction: killed at any point, it leaves the schema
    and its recorded revision as they were (SQLite's DDL is transactional)."""
    config = alembic_config(engine)
    with engine.connect() as conn:
        raw = conn.connection.driver_connection
        assert raw is not None
        # foreign_keys cannot change inside a transaction, so it is turned off before BEGIN: batch
        # rebuilds drop and re-create tables that others refer to, which with it on would delete
        # or refuse the referring rows. foreign_key_check below stands in for it before commit.
        raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with conn.execution_options(**{SQLITE_BEGIN: "IMMEDIATE"}).begin():
                _recover_interrupted(conn)
                config.attributes["connection"] = conn
                command.upgrade(config, revision)
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise DatabaseUnavailable(
                        f"The upgrade was undone: it would leave {len(broken)} rows of table "
                        f"'{broken[0][0]}' (and maybe others) referring to records that do not exist."
                    )
        finally:
            raw.execute("PRAGMA foreign_keys=ON")


#: tables SQLite's FTS5 index keeps for itself: never empty, dropped with the index
_FTS_SHADOWS = ("search_fts_",)


def _recover_interrupted(conn: Connection) -> None:
    """Clear what an interrupted run of an older version left (migrations now run in one
    transaction and leave nothing): tables without a recorded revision, if they hold no rows,
    and alembic's half-made copies of a table being rebuilt, if the table itself is still there."""
    names = set(inspect(conn).get_table_names())
    for name in sorted(n for n in names if n.startswith("_alembic_tmp_")):
        if name.removeprefix("_alembic_tmp_") in names:
            conn.exec_driver_sql(f'DROP TABLE "{name}"')
            names.discard(name)
    if MigrationContext.configure(conn).get_current_revision() is not None:
        return
    ours = [n for n in names if n != "alembic_version" and not n.startswith(_FTS_SHADOWS)]
    if not ours:
        return
    for name in ours:
        if name != "search_fts" and conn.exec_driver_sql(f'SELECT 1 FROM "{name}" LIMIT 1').first():
            raise DatabaseUnavailable(
                f"The database has tables but no schema version, and table '{name}' holds rows: "
                "it is not a cross-desk database, or its creation was interrupted. Nothing was changed."
            )
    # a creation cut short by an older version: nothing in it, so start again from empty
    if "search_fts" in names:
        conn.exec_driver_sql('DROP TABLE "search_fts"')
    for name in ours + (["alembic_version"] if "alembic_version" in names else []):
        conn.exec_driver_sql(f'DROP TABLE IF EXISTS "{name}"')


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def head_revision(engine: Engine) -> str | None:
    return ScriptDirectory.from_config(alembic_config(engine)).get_current_head()


def is_up_to_date(engine: Engine) -> bool:
    return current_revision(engine) == head_revision(engine)
