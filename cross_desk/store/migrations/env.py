"""Alembic environment: runs against the engine handed over by cross_desk.store.migrate."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, Engine

from cross_desk.store.migrate import include_object
from cross_desk.store.tables import metadata

config = context.config


def run_migrations_online() -> None:
    given: Connection | None = config.attributes.get("connection")
    if given is not None:
        # SQLite: migrate.upgrade opened one transaction around the whole run (alembic sees it
        # as external and neither begins nor commits), so a crash leaves the schema as it was.
        _configure_and_run(given)
        return
    engine: Engine = config.attributes["engine"]
    with engine.begin() as connection:
        _configure_and_run(connection)


def _configure_and_run(connection: Connection) -> None:
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
