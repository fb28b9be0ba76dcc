"""What the CLI commands share: opening the app and printing."""

from __future__ import annotations

import argparse

from cross_desk.bootstrap import App, open_app
from cross_desk.settings import Settings


class CliError(Exception):
    """A command cannot do what was asked; the message says why, in one line."""


def open_from_args(args: argparse.Namespace, *, upgrade: bool = False) -> App:
    return open_app(Settings.load(args.database), upgrade=upgrade)
