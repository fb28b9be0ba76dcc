"""The one wiring module: settings → engine → unit of work → services.

The GUI, the CLI and the tests start here; nothing else builds an engine or reads the
environment for the database.
"""

from __future__ import annotations

import getpass
from dataclasses import dataclass

from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError

from cross_desk.domain.actor import Actor
from cross_desk.domain.errors import DatabaseUnavailable, DomainError
from cross_desk.domain.grading import scheme
from cross_desk.services import Services
from cross_desk.settings import Settings
from cross_desk.store import migrate
from cross_desk.store.database import describe, is_empty_schema, make_engine, session_factory
from cross_desk.store.unit_of_work import UnitOfWork


class NotInitialised(DomainError):
    pass


@dataclass
class App:
    settings: Settings
    engine: Engine
    services: Services

    def close(self) -> None:
        self.engine.dispose()


def default_actor() -> Actor:
    try:
        name = getpass.getuser()
    except (KeyError, OSError):
        name = "investigator"
    return Actor(name or "investigator")


def open_app(settings: Settings | None = None, actor: Actor | None = None, *, upgrade: bool = True) -> App:
    """Open the configured database (creating or upgrading it when ``upgrade``)."""
    settings = settings or Settings.load()
    engine = make_engine(settings.database_url)
    try:
        if upgrade:
            migrate.upgrade(engine)
        elif is_empty_schema(engine) or not migrate.is_up_to_date(engine):
            raise NotInitialised(
                f"The database {describe(engine)} is not at the current schema: run `cross-desk init`."
            )
    except OperationalError as err:
        engine.dispose()
        raise DatabaseUnavailable(
            f"The database {describe(engine)} cannot be opened: {' '.join(str(err.orig).split())}"
        ) from None
    except Exception:
        engine.dispose()
        raise
    factory = session_factory(engine)
    services = Services(
        new_uow=lambda: UnitOfWork(factory),
        actor=actor or default_actor(),
        scheme=scheme(settings.grading_scheme),
        description=describe(engine),
    )
    return App(settings, engine, services)
