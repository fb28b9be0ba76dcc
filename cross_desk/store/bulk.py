"""Fast inserts of many rows.

SQLAlchemy's executemany converts every value through Python type processors (UUID, aware
datetimes, JSON), which dominated loading the large demo. On SQLite we convert each column once
with a precomputed converter and hand plain tuples to the driver; the stored forms are the ones
SQLAlchemy itself writes and reads back (tests/store/test_bulk.py round-trips them).
Other databases keep SQLAlchemy's path.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime
from functools import lru_cache
from typing import Any
from uuid import UUID

from sqlalchemy import JSON, Boolean, Date, DateTime, Table, Uuid, insert
from sqlalchemy.orm import Session

Converter = Callable[[Any], Any]


def _uuid(value: UUID | None) -> str | None:
    return None if value is None else value.hex


@lru_cache(maxsize=4096)  # a bulk load stamps every row with the same moment
def _datetime(value: datetime | None) -> str | None:
    if value is None:
        return None
    if value.tzinfo is not None:
        value = value.astimezone(UTC)
    return value.strftime("%Y-%m-%d %H:%M:%S.%f")


def _date(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def _bool(value: bool | None) -> int | None:
    return None if value is None else int(value)


def _json(value: Any) -> str | None:
    return None if value is None else json.dumps(value)


def _same(value: Any) -> Any:
    return value


def _converter(column_type: Any) -> Converter:
    impl = getattr(column_type, "impl", column_type)  # TypeDecorators (UTCDateTime) wrap a type
    if isinstance(column_type, Uuid) or isinstance(impl, Uuid):
        return _uuid
    if isinstance(impl, DateTime):
        return _datetime
    if isinstance(impl, Date):
        return _date
    if isinstance(impl, Boolean):
        return _bool
    if isinstance(impl, JSON):
        return _json
    return _same


_PLANS: dict[tuple[str, tuple[str, ...]], tuple[str, list[Converter]]] = {}


def _plan(table: Table, keys: tuple[str, ...]) -> tuple[str, list[Converter]]:
    plan = _PLANS.get((table.name, keys))
    if plan is None:
        converters = [_converter(table.c[n].type) for n in keys]
        sql = f'INSERT INTO "{table.name}" ({", ".join(keys)}) VALUES ({", ".join("?" for _ in keys)})'
        plan = _PLANS[(table.name, keys)] = (sql, converters)
    return plan


def insert_many(session: Session, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Insert rows that all have the same keys (autoincrement ids left out)."""
    if not rows:
        return
    if session.get_bind().dialect.name != "sqlite":
        session.execute(insert(table), list(rows))
        return
    keys = tuple(c.name for c in table.columns if c.name in rows[0])
    sql, converters = _plan(table, keys)
    pairs = list(zip(keys, converters, strict=True))
    values = [tuple(conv(row[name]) for name, conv in pairs) for row in rows]
    session.connection().exec_driver_sql(sql, values)
