"""What the CLI commands share: opening the app, signing in, printing."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from typing import NoReturn

from cross_desk.bootstrap import App, PassphraseNeeded, default_actor, open_app
from cross_desk.domain.text import escaped
from cross_desk.services import Services
from cross_desk.settings import Settings

PASSWORD_ENV = "CROSS_DESK_PASSWORD"
PASSPHRASE_ENV = "CROSS_DESK_PASSPHRASE"


def positive_int(text: str) -> int:
    """An argparse type: a whole number above zero."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if value <= 0:
        raise argparse.ArgumentTypeError("must be more than zero")
    return value


def parse_date(text: str) -> date:
    """An argparse type: a day as 2026-03-01 or 01/03/2026."""
    for pattern in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return datetime.strptime(text.strip(), pattern).date()
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(f"'{text}' is not a date: write 2026-03-01 or 01/03/2026")


def error_line(message: str) -> None:
    """Print one error line on stderr. Every CLI error goes through here: what the user typed
    (a reference, a path, an id) is echoed with CR, LF, bidi overrides and other invisible
    characters written as ``\\uXXXX``, so the line stays one line and reads as it is."""
    print(escaped(message), file=sys.stderr)


class OneLineParser(argparse.ArgumentParser):
    """argparse, but a wrong argument is one line on stderr and status 1, like every other
    error (README); argparse's own way is the usage block and status 2. ``--help`` still shows
    the usage. Subcommand parsers are made of this class too (``add_subparsers`` uses it)."""

    def error(self, message: str) -> NoReturn:
        error_line(f"{self.prog}: {message} (see {self.prog} --help)")
        raise SystemExit(1)


class CliError(Exception):
    """A command cannot do what was asked; the message says why, in one line."""


def read_passphrase(prompt: str = "Database passphrase: ") -> str:
    passphrase = os.environ.get(PASSPHRASE_ENV)
    if passphrase is not None:
        return passphrase
    if not sys.stdin.isatty():
        raise CliError(f"The database is encrypted: set {PASSPHRASE_ENV} or run from a terminal to be asked.")
    return getpass.getpass(prompt)


@contextmanager
def opened(args: argparse.Namespace, *, upgrade: bool = False) -> Iterator[App]:
    settings = Settings.load(args.database)
    try:
        app = open_app(settings, upgrade=upgrade)
    except PassphraseNeeded:
        app = open_app(settings, upgrade=upgrade, passphrase=read_passphrase())
    for notice in app.notices:
        print(f"cross-desk: {notice}", file=sys.stderr)
    try:
        yield app
    finally:
        app.close()


def read_password(prompt: str = "Password: ") -> str:
    password = os.environ.get(PASSWORD_ENV)
    if password is not None:
        return password
    if not sys.stdin.isatty():
        raise CliError(f"No password: set {PASSWORD_ENV} or run from a terminal to be asked.")
    return getpass.getpass(prompt)


@contextmanager
def signed_in(args: argparse.Namespace) -> Iterator[Services]:
    """Services acting as ``--user``, after checking the password (prompt or CROSS_DESK_PASSWORD)."""
    if not args.user:
        raise CliError(f"Sign in with --user NAME (the password is asked, or read from {PASSWORD_ENV}).")
    with opened(args) as app:
        yield app.sign_in(args.user, read_password())


@contextmanager
def as_workstation(args: argparse.Namespace, *, upgrade: bool = False) -> Iterator[Services]:
    """Services acting as the workstation's own user: for init, demo and audit verify only."""
    with opened(args, upgrade=upgrade) as app:
        yield app.services_for(default_actor())
