"""Run a command of cross-desk and kill this process (``os._exit(137)``, like ``kill -9``) just
before its Nth SQL statement, to check that a crash at that point leaves a usable database.

    python -m tests.store.kill_at N DATABASE_URL init
    python -m tests.store.kill_at N DATABASE_URL upgrade REVISION
    python -m tests.store.kill_at N DATABASE_URL demo PEOPLE LINKS

N = 0 runs to the end and prints how many statements were run.
"""

from __future__ import annotations

import os
import sys
from typing import Any

from sqlalchemy import Engine, event


def main(argv: list[str]) -> int:
    kill_at, url, what, *rest = argv
    limit = int(kill_at)
    seen = 0

    def count(*_args: Any) -> None:
        nonlocal seen
        seen += 1
        if seen == limit:
            os._exit(137)  # no cleanup, no rollback, no flush: as abrupt as SIGKILL for SQLite

    # on the class: every engine made after this (the command's own) is counted
    event.listen(Engine, "before_cursor_execute", count)
    if what == "upgrade":
        from cross_desk.store import migrate
        from cross_desk.store.database import make_engine

        engine = make_engine(url)
        migrate.upgrade(engine, rest[0])
        engine.dispose()
    else:
        from cross_desk.launcher import main as cli

        args = ["--database", url, what]
        if what == "demo":
            args += ["--people", rest[0], "--links", rest[1]]
        with open(os.devnull, "w") as quiet:
            sys.stdout = quiet
            code = cli(args)
            sys.stdout = sys.__stdout__
        if code:
            return code
    print(seen)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
