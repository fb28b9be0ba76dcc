"""The one wiring module: settings → engine → unit of work → services.

The GUI, the CLI and the tests start here; nothing else builds an engine or reads the
environment for the database. ``open_app`` opens the database; ``App.sign_in`` checks a user's
password and returns the ``Services`` that act as that user.
"""

from __future__ import annotations

import getpass
import socket
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DatabaseError as SADatabaseError

from cross_desk.domain.access import Role
from cross_desk.domain.actor import Actor
from cross_desk.domain.errors import DatabaseUnavailable, DomainError
from cross_desk.domain.grading import scheme
from cross_desk.domain.security import SignInPolicy
from cross_desk.services import Services
from cross_desk.services.accounts import Accounts
from cross_desk.services.base import Context
from cross_desk.settings import Settings
from cross_desk.store import encryption, migrate
from cross_desk.store.database import describe, is_empty_schema, make_engine, session_factory, sqlite_path
from cross_desk.store.encryption import WrongPassphrase, is_encrypted
from cross_desk.store.unit_of_work import UnitOfWork

# WrongPassphrase is raised by open_app; the GUI and CLI catch it from here.
__all__ = ["App", "NotInitialised", "PassphraseNeeded", "WrongPassphrase", "open_app"]


class NotInitialised(DomainError):
    pass


class PassphraseNeeded(DomainError):
    """The local database file is encrypted and no passphrase was given."""


@dataclass
class App:
    settings: Settings
    engine: Engine
    policy: SignInPolicy = field(default_factory=SignInPolicy)
    #: set when the app was opened for a known actor (tests, benchmarks, the demo loader)
    _services: Services | None = None

    def _uow(self) -> UnitOfWork:
        return UnitOfWork(self._factory)

    def __post_init__(self) -> None:
        self._factory = session_factory(self.engine)

    @property
    def description(self) -> str:
        return describe(self.engine)

    @property
    def accounts(self) -> Accounts:
        """Sign-in and first-administrator use cases, usable before anyone is signed in."""
        anonymous = Actor("-", Role.INVESTIGATOR, socket.gethostname())
        return Accounts(Context(new_uow=self._uow, actor=anonymous, scheme=self._scheme(), policy=self.policy))

    def services_for(self, actor: Actor) -> Services:
        return Services(self._uow, actor, self._scheme(), self.description, policy=self.policy)

    def sign_in(self, username: str, password: str) -> Services:
        user = self.accounts.sign_in(username, password)
        return self.services_for(Actor(user.username, user.role, socket.gethostname()))

    @property
    def services(self) -> Services:
        if self._services is None:
            raise DomainError("Sign in first.")
        return self._services

    def _scheme(self):  # type: ignore[no-untyped-def]
        return scheme(self.settings.grading_scheme)

    def close(self) -> None:
        self.engine.dispose()


def default_actor() -> Actor:
    """The workstation's own user, for commands that need no sign-in (init, demo)."""
    try:
        name = getpass.getuser()
    except (KeyError, OSError):
        name = "workstation"
    return Actor(name or "workstation", Role.ADMINISTRATOR)


def open_app(
    settings: Settings | None = None,
    actor: Actor | None = None,
    *,
    upgrade: bool = True,
    policy: SignInPolicy | None = None,
    passphrase: str | None = None,
) -> App:
    """Open the configured database (creating or upgrading it when ``upgrade``).

    With ``actor``, ``app.services`` acts as that user without a password: for tests,
    benchmarks and the commands that run before any account exists.
    """
    settings = settings or Settings.load()
    path = sqlite_path(settings.database_url)
    if path is not None and is_encrypted(path) and passphrase is None:
        raise PassphraseNeeded(f"The database {path} is encrypted: give its passphrase.")
    engine = make_engine(settings.database_url, passphrase if path is not None else None)
    try:
        if upgrade:
            migrate.upgrade(engine)
        elif is_empty_schema(engine) or not migrate.is_up_to_date(engine):
            raise NotInitialised(
                f"The database {describe(engine)} is not at the current schema: run `cross-desk init`."
            )
    except SADatabaseError as err:
        engine.dispose()
        if passphrase is not None and "not a database" in str(err.orig):
            raise WrongPassphrase("Wrong passphrase for this encrypted database.") from None
        raise DatabaseUnavailable(
            f"The database {describe(engine)} cannot be opened: {' '.join(str(err.orig).split())}"
        ) from None
    except Exception:
        engine.dispose()
        raise
    app = App(settings, engine, policy or SignInPolicy())
    if actor is not None:
        app._services = app.services_for(actor)
    return app


def local_database_file(settings: Settings) -> Path | None:
    """The SQLite file the settings point at (None for a server database)."""
    return sqlite_path(settings.database_url)


def encrypt_database(settings: Settings, passphrase: str) -> Path:
    """Encrypt the local SQLite file in place (SQLCipher); returns its path."""
    path = _existing_file(settings)
    encryption.encrypt(path, passphrase)
    return path


def decrypt_database(settings: Settings, passphrase: str) -> Path:
    path = _existing_file(settings)
    encryption.decrypt(path, passphrase)
    return path


def _existing_file(settings: Settings) -> Path:
    path = local_database_file(settings)
    if path is None:
        raise DomainError("Only a local SQLite database file can be encrypted.")
    if not path.exists():
        raise DomainError(f"There is no database at {path}.")
    return path
