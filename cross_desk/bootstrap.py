"""The one wiring module: settings → engine → unit of work → services.

The GUI, the CLI and the tests start here; nothing else builds an engine or reads the
environment for the database. ``open_app`` opens the database; ``App.sign_in`` checks a user's
password and returns the ``Services`` that act as that user.

On a local SQLite file there is one engine and the application checks the password. On a shared
PostgreSQL server each user signs in with a database login of their own: ``App.sign_in`` opens a
new engine as that login, and every use case of the session runs on it, so the server's grants,
row-level security and audit triggers apply. The configured URL then needs no password at all
(``postgresql+psycopg://dbhost/cross_desk``); an owner's URL is for the DBA's ``cross-desk init``.
"""

from __future__ import annotations

import getpass
import logging
import socket
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import NoReturn

from sqlalchemy import Engine
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.exc import DBAPIError

from cross_desk.domain.access import Role
from cross_desk.domain.actor import Actor
from cross_desk.domain.errors import DatabaseUnavailable, DomainError
from cross_desk.domain.grading import scheme
from cross_desk.domain.security import USERNAME_RE, SignInFailed, SignInPolicy
from cross_desk.services import Services
from cross_desk.services.accounts import DISABLED, WRONG, Accounts, locked_message
from cross_desk.services.base import Context
from cross_desk.settings import Settings
from cross_desk.store import encryption, logins, migrate
from cross_desk.store.database import describe, is_empty_schema, make_engine, session_factory, sqlite_path
from cross_desk.store.encryption import WrongPassphrase, is_encrypted
from cross_desk.store.unit_of_work import UnitOfWork

# WrongPassphrase is raised by open_app; the GUI and CLI catch it from here.
__all__ = ["App", "NotInitialised", "PassphraseNeeded", "WrongPassphrase", "open_app"]

log = logging.getLogger(__name__)


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
    #: what opening found and put right, for the user to be told (one line each)
    notices: list[str] = field(default_factory=list)

    def _uow(self) -> UnitOfWork:
        return UnitOfWork(self._factory)

    def __post_init__(self) -> None:
        self._factory = session_factory(self.engine)
        #: shared server: the engine of each signed-in user's own login
        self._logins: dict[str, Engine] = {}

    @property
    def description(self) -> str:
        return describe(self.engine)

    @property
    def is_server(self) -> bool:
        return self.engine.dialect.name == "postgresql"

    @property
    def accounts(self) -> Accounts:
        """Sign-in and first-administrator use cases, usable before anyone is signed in."""
        return self._accounts(self._uow)

    def _accounts(self, new_uow) -> Accounts:  # type: ignore[no-untyped-def]
        anonymous = Actor("-", Role.INVESTIGATOR, socket.gethostname())
        return Accounts(Context(new_uow=new_uow, actor=anonymous, scheme=self._scheme(), policy=self.policy))

    def has_users(self) -> bool:
        """Whether the sign-in dialog asks for the first administrator. A workstation's URL to a
        shared server names no login to look with; there the first administrator is the DBA's
        job (README), so accounts are taken to exist."""
        if self.is_server and not self.engine.url.username:
            return True
        return self.accounts.has_users()

    def services_for(self, actor: Actor) -> Services:
        return Services(self._uow, actor, self._scheme(), self.description, policy=self.policy)

    def sign_in(self, username: str, password: str) -> Services:
        if self.is_server:
            return self._sign_in_to_server(username, password)
        user = self.accounts.sign_in(username, password)
        return self.services_for(Actor(user.username, user.role, socket.gethostname()))

    def check_password(self, username: str, password: str) -> bool:
        """For the idle lock: does this password still open this signed-in user's account."""
        if not self.is_server:
            return self.accounts.check_password(username, password)
        if username not in self._logins or not _sendable(password):
            return False
        # the server checks it: a login may not read password hashes there (migration 0005)
        try:
            logins.open_login(self.engine.url, username, password).dispose()
        except logins.LoginRefused:
            return False
        return True

    def _sign_in_to_server(self, username: str, password: str) -> Services:
        name = (username or "").strip().lower()
        workstation = socket.gethostname()
        if not USERNAME_RE.match(name) or not _sendable(password):
            # not a name or password an account can have (a NUL, a lone surrogate from undecodable
            # bytes): the server is not asked, the attempt is recorded
            self._refused(name, workstation, disabled=False)
        try:
            engine = logins.open_login(self.engine.url, name, password)
        except logins.LoginRefused as refused:
            answer = self._record_refusal(name, workstation)
            # a lock-out that has ended leaves the login barred until the gate lets it in again
            if answer is None or answer.outcome != "unlocked":
                self._say_refused(answer, disabled=refused.disabled)
            try:
                engine = logins.open_login(self.engine.url, name, password)
            except logins.LoginRefused as again:
                self._refused(name, workstation, disabled=again.disabled)
        try:
            _check_schema(engine)
            factory = session_factory(engine)

            def new_uow() -> UnitOfWork:
                return UnitOfWork(factory)

            # the application's own checks (lock-out, disabled, hash upgrade) and the sign-in's
            # audit row, run as the user's login like everything after it
            user = self._accounts(new_uow).sign_in(name, password)
        except BaseException:
            engine.dispose()
            raise
        previous = self._logins.pop(user.username, None)
        if previous is not None:
            previous.dispose()
        self._logins[user.username] = engine
        actor = Actor(user.username, user.role, workstation)
        return Services(new_uow, actor, self._scheme(), describe(engine), policy=self.policy)

    def _refused(self, name: str, workstation: str, *, disabled: bool) -> NoReturn:
        """The server refused the login: record it through the gate, then say why."""
        self._say_refused(self._record_refusal(name, workstation), disabled=disabled)

    def _record_refusal(self, name: str, workstation: str) -> logins.GateAnswer | None:
        policy = self.policy
        return logins.record_failure(
            self.engine.url,
            self.settings.gate_user,
            self.settings.gate_password,
            name[:60] or "?",
            workstation,
            policy.max_failures,
            policy.lockout_minutes,
        )

    def _say_refused(self, answer: logins.GateAnswer | None, *, disabled: bool) -> NoReturn:
        if answer is not None and answer.outcome == "locked" and answer.locked_until is not None:
            raise SignInFailed(locked_message(answer.locked_until))
        time.sleep(self.policy.delay_after(answer.failures if answer else 0))
        raise SignInFailed(DISABLED if disabled else WRONG)

    @property
    def services(self) -> Services:
        if self._services is None:
            raise DomainError("Sign in first.")
        return self._services

    def _scheme(self):  # type: ignore[no-untyped-def]
        return scheme(self.settings.grading_scheme)

    def close(self) -> None:
        for engine in self._logins.values():
            engine.dispose()
        self._logins.clear()
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
    upgrade: bool | None = None,
    policy: SignInPolicy | None = None,
    passphrase: str | None = None,
) -> App:
    """Open the configured database, creating or upgrading it when ``upgrade``.

    By default (``upgrade=None``) a local file is created or upgraded, a server never: its schema
    is the DBA's (``cross-desk init`` with the owner's URL). A server URL that names no login is
    not connected to until a user signs in, and the schema is checked then.

    With ``actor``, ``app.services`` acts as that user without a password: for tests,
    benchmarks and the commands that run before any account exists.
    """
    settings = settings or Settings.load()
    path = sqlite_path(settings.database_url)
    if path is not None and is_encrypted(path) and passphrase is None:
        raise PassphraseNeeded(f"The database {path} is encrypted: give its passphrase.")
    engine = make_engine(settings.database_url, passphrase if path is not None else None)
    server = engine.dialect.name == "postgresql"
    if upgrade is None:
        upgrade = not server
    try:
        if upgrade:
            migrate.upgrade(engine)
        elif not server or engine.url.username:
            _check_schema(engine)
    except SADatabaseError as err:
        engine.dispose()
        if passphrase is not None and "not a database" in str(err.orig):
            raise WrongPassphrase("Wrong passphrase for this encrypted database.") from None
        if server and not logins.server_answered(err):
            raise logins.unreachable(engine.url) from None
        raise DatabaseUnavailable(
            f"The database {describe(engine)} cannot be opened: {' '.join(str(err.orig).split())}"
        ) from None
    except Exception:
        engine.dispose()
        raise
    app = App(settings, engine, policy or SignInPolicy())
    if not server:
        _restore_audit_guards(app, actor or default_actor())
    if actor is not None:
        app._services = app.services_for(actor)
    return app


def _restore_audit_guards(app: App, actor: Actor) -> None:
    """Whoever holds a SQLite file can drop the audit log's append-only triggers: put them back
    at every start, say so, and record it in the log (as the workstation's user: nobody has
    signed in yet)."""
    try:
        restored = app.services_for(actor).audit.restore_guards()
    except BaseException:
        app.close()
        raise
    if restored:
        notice = (
            f"The audit log's append-only guards were missing and have been restored: {', '.join(restored)}. "
            "Run `cross-desk audit verify`."
        )
        log.warning(notice)
        app.notices.append(notice)


def _sendable(password: str) -> bool:
    try:
        password.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return bool(password) and "\x00" not in password


def _check_schema(engine: Engine) -> None:
    """Refuse a database behind (or ahead of) this version of the application."""
    try:
        current = not is_empty_schema(engine) and migrate.is_up_to_date(engine)
    except DBAPIError as err:
        if engine.dialect.name == "postgresql" and not logins.server_answered(err):
            raise logins.unreachable(engine.url) from None
        raise
    if current:
        return
    if engine.dialect.name == "postgresql":
        raise NotInitialised(
            f"The database {describe(engine)} is not at the current schema: "
            "ask your administrator to run `cross-desk init`."
        )
    raise NotInitialised(f"The database {describe(engine)} is not at the current schema: run `cross-desk init`.")


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
