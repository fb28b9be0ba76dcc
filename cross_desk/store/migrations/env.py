"""Alembic environment: runs against the engine handed over by cross_desk.store.migrate."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Engine

from cross_desk.store.migrate import include_object
from cross_desk.store.tables import metadata

config = context.config


def run_migrations_online() -> None:
    engine: Engine = config.attributes["engine"]
    with engine.begin() as connection:
        context.configure(
            connection=connection,
            target_metadata=metadata,
            # SQLite cannot ALTER most things: alembic rebuilds the table instead.
            render_as_batch=connection.dialect.name == "sqlite",
            compare_type=True,
            include_object=include_object,
        )
        with context.begin_transaction():
            context.run_migrations()


run_migrations_online()
