"""The ``cross-desk`` subcommands: one task, then exit.

Every failure the user can cause prints one line on stderr and exits non-zero; tracebacks
are for bugs only.
"""

from __future__ import annotations

import argparse
import os
import sys

from cross_desk import __version__
from cross_desk.cli import commands
from cross_desk.cli.common import CliError, OneLineParser, error_line
from cross_desk.domain.errors import DomainError
from cross_desk.settings import SettingsError


def build_parser() -> argparse.ArgumentParser:
    parser = OneLineParser(
        prog="cross-desk",
        description="Case management and link analysis for a narcotics intelligence unit. "
        "Without a command, opens the desktop application.",
    )
    parser.add_argument("--version", action="version", version=f"cross-desk {__version__}")
    parser.add_argument(
        "--database",
        metavar="URL",
        help="database URL (default: CROSS_DESK_DATABASE_URL, the settings file, "
        "or a SQLite file in the user's data folder)",
    )
    parser.add_argument(
        "--user", metavar="NAME", help="sign in as NAME (password asked, or read from CROSS_DESK_PASSWORD)"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.register(sub)
    return parser


def run(args: argparse.Namespace) -> int:
    """Run the subcommand in ``args`` (parsed by ``build_parser``)."""
    try:
        return int(args.run(args) or 0)
    except (DomainError, SettingsError, CliError) as err:
        error_line(f"cross-desk: {err}")
        return 1
    except BrokenPipeError:  # output piped into head or less, closed early: not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        error_line("cross-desk: interrupted; nothing more was written.")
        return 130
