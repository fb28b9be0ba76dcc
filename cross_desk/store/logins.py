"""Connecting to PostgreSQL as a user's own login, and the sign-in gate.

On a shared server each account has a database login of its own, with the account's password:
signing in opens a connection as that login, so the server's grants, row-level security and
audit triggers apply to everything the session does. When the server refuses the login, the
client has no session to record the failure with: the gate (migration 0004), a login that may
only call ``cross_desk_sign_in_failed``, records it.
"""

from __future__ import annotations

import logging
import socket
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool

from cross_desk.domain.errors import DatabaseUnavailable
from cross_desk.store.database import make_engine

log = logging.getLogger(__name__)


class LoginRefused(Exception):
    """The server answered and refused the login: wrong password, no such login, or disabled."""

    def __init__(self, disabled: bool) -> None:
        super().__init__("disabled" if disabled else "refused")
        self.disabled = disabled


def server_name(url: URL) -> str:
    return f"{url.host or 'localhost'}:{url.port or 5432}"


def unreachable(url: URL) -> DatabaseUnavailable:
    return DatabaseUnavailable(
        f"Cannot reach the server {server_name(url)}: check the network, or ask your administrator "
        "whether the database server is running."
    )


def server_answered(err: DBAPIError) -> bool:
    """Did the server itself refuse (FATAL from PostgreSQL), rather than not answer at all?"""
    return "FATAL:" in str(err.orig)


def open_login(url: URL, username: str, password: str) -> Engine:
    """An engine connected as ``username`` (its first connection is made here, to check it).

    The URL is built with ``URL.set``, so any character in the password needs no escaping.
    Raises ``LoginRefused`` when the server refuses the login, ``DatabaseUnavailable`` when it
    cannot be reached.
    """
    # the workstation's name, which the server writes in the audit rows it makes itself (0008)
    named = url.update_query_dict({"application_name": socket.gethostname()[:63]})
    engine = make_engine(named.set(username=username, password=password))
    try:
        with engine.connect():
            pass
    except DBAPIError as err:
        engine.dispose()
        message = " ".join(str(err.orig).split())
        if not server_answered(err):
            raise unreachable(url) from None
        if "does not exist" in message and "database" in message:
            raise DatabaseUnavailable(f"The database {url.database} does not exist on {server_name(url)}.") from None
        if "too many" in message or "starting up" in message or "shutting down" in message:
            raise DatabaseUnavailable(f"The database could not be used: {message}") from None
        # PostgreSQL checks the password before whether the role may log in, so "not permitted"
        # means the password was right and the login is disabled. Anything else the server says
        # (wrong password, no such login, possibly in another language) is a refusal.
        raise LoginRefused(disabled="not permitted to log in" in message) from None
    return engine


@dataclass(frozen=True)
class GateAnswer:
    """What the gate recorded: 'locked' (until when) or 'wrong' (consecutive failures)."""

    outcome: str
    failures: int
    locked_until: datetime | None


def record_failure(
    url: URL,
    gate_user: str,
    gate_password: str,
    username: str,
    workstation: str,
    max_failures: int,
    lockout_minutes: int,
) -> GateAnswer | None:
    """Count and audit a refused sign-in through the gate; None (and a log line) when the gate
    cannot be used, so the refusal is still said to the user."""
    engine = create_engine(
        url.set(username=gate_user, password=gate_password or None),
        poolclass=NullPool,
        connect_args={"connect_timeout": 10},
    )
    try:
        with engine.begin() as conn:
            row = conn.execute(
                text("SELECT outcome, failures, locked_until FROM cross_desk_sign_in_failed(:u, :w, :m, :l)"),
                {"u": _text(username), "w": _text(workstation), "m": max_failures, "l": lockout_minutes},
            ).one()
    except DBAPIError as err:
        log.warning(
            "Sign-in failure of %r not recorded: the gate login %r cannot be used (%s). "
            "See README, 'Shared server (PostgreSQL)'.",
            username,
            gate_user,
            " ".join(str(err.orig).split()),
        )
        return None
    finally:
        engine.dispose()
    return GateAnswer(row.outcome, int(row.failures), row.locked_until)


def _text(value: str) -> str:
    """What PostgreSQL can store of a typed value: no NUL, no lone surrogate (kept visible)."""
    return value.replace("\x00", "").encode("utf-8", "backslashreplace").decode("utf-8")
