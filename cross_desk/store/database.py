"""Engines and sessions. Only ``cross_desk.bootstrap`` decides which URL to open."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool

from cross_desk.domain.errors import DatabaseUnavailable


def make_engine(url: str | URL, passphrase: str | None = None) -> Engine:
    """Open ``url``; SQLite gets WAL, foreign keys and a busy timeout on every connection.

    With ``passphrase`` a SQLite file is opened through SQLCipher. The URL is built with
    ``URL.create`` so that quotes, spaces or '@' in the passphrase need no escaping.
    """
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise DatabaseUnavailable(f"'{url}' is not a database URL (e.g. postgresql+psycopg://user@host/db).") from None
    kwargs: dict[str, Any] = {"future": True}
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database
        if database and database != ":memory:":
            Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        kwargs["connect_args"] = {"timeout": 30, "check_same_thread": False}
    else:
        kwargs["pool_pre_ping"] = True
        if parsed.get_backend_name() == "postgresql" and "connect_timeout" not in parsed.query:
            # a server that does not answer is said within seconds, not after the OS gives up
            kwargs["connect_args"] = {"connect_timeout": 10}
    if passphrase is not None and parsed.get_backend_name() == "sqlite":
        parsed = URL.create("sqlite+pysqlcipher", password=passphrase, database=parsed.database)
        kwargs["poolclass"] = NullPool
        kwargs["connect_args"] = {"timeout": 30, "check_same_thread": False}
    try:
        engine = create_engine(parsed, **kwargs)
    except (NoSuchModuleError, ArgumentError, ImportError) as err:
        raise DatabaseUnavailable(f"Cannot open {parsed.render_as_string()}: {err}") from None
    if parsed.get_backend_name() == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
    return engine


#: Execution option naming how a SQLite transaction begins: "" (deferred: takes the write lock
#: at its first write), "IMMEDIATE" (takes it at once) or "EXCLUSIVE". Ignored elsewhere.
SQLITE_BEGIN = "cross_desk_sqlite_begin"


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # Python's sqlite3 (legacy transaction control) would BEGIN only before INSERT, UPDATE or
    # DELETE, so DDL ran outside any transaction and a killed migration left half a schema. With
    # isolation_level None it never begins on its own: _sqlite_begin opens every transaction.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    # SQLCipher would print its own errors on a wrong passphrase; we say it in one line instead.
    # (Plain SQLite ignores pragmas it does not know.)
    cursor.execute("PRAGMA cipher_log_level = NONE")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _sqlite_begin(conn: Connection) -> None:
    mode = conn.get_execution_options().get(SQLITE_BEGIN, "")
    conn.exec_driver_sql(f"BEGIN {mode}".rstrip())


SessionFactory = Callable[[], Session]


def session_factory(engine: Engine) -> SessionFactory:
    """Sessions for units of work. On SQLite each begins IMMEDIATE: nearly every use case appends
    to the audit chain after reading its head, and a deferred transaction that read before
    another writer committed could not then write (SQLITE_BUSY_SNAPSHOT, which no busy timeout
    waits out). Taking the write lock first makes concurrent use cases queue instead of fail."""
    if engine.dialect.name == "sqlite":
        engine = engine.execution_options(**{SQLITE_BEGIN: "IMMEDIATE"})
    return sessionmaker(engine, expire_on_commit=False, autoflush=False)


def is_empty_schema(engine: Engine) -> bool:
    return not inspect(engine).get_table_names()


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL (None for other databases or in-memory ones)."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        return None
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database).expanduser()


def describe(engine: Engine) -> str:
    """The database in use, for a status bar: never the password."""
    url = engine.url
    if url.get_backend_name() == "sqlite":
        encrypted = " (encrypted)" if url.drivername.endswith("pysqlcipher") else ""
        return f"SQLite {url.database}{encrypted}"
    # a workstation's URL names no login: the user's own is added at sign-in
    login = f"{url.username}@" if url.username else ""
    return f"PostgreSQL {login}{url.host or 'localhost'}:{url.port or 5432}/{url.database}"
