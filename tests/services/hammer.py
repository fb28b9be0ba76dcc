"""Hammer one use case from its own process, for the concurrency tests:

    python -m tests.services.hammer DATABASE_URL identity|print|write COUNT [SOURCE_ID HANDLER]

COUNT may be ``until:PATH``: call until that file exists. Prints the number of calls that
failed, and then the first failure's message or, if none failed, the number of calls.
"""

from __future__ import annotations

import sys
from itertools import count as counter
from pathlib import Path
from uuid import UUID

from cross_desk.bootstrap import open_app
from cross_desk.domain import records as r
from cross_desk.domain.access import Role
from cross_desk.domain.actor import Actor
from cross_desk.domain.errors import DomainError
from cross_desk.settings import Settings


def main(argv: list[str]) -> int:
    url, what, count, *rest = argv
    name = rest[1] if what == "identity" else "hammer"
    app = open_app(Settings.load(url), Actor(name, Role.SUPERVISOR, "hammer-ws"))
    services = app.services
    failures: list[str] = []
    stop = Path(count.removeprefix("until:")) if count.startswith("until:") else None
    calls = 0
    for i in counter():
        if (stop is not None and stop.exists()) or (stop is None and i == int(count)):
            break
        calls += 1
        try:
            if what == "identity":
                services.records.source_identity(UUID(rest[0]), "concurrency test")
            elif what == "print":
                services.charts.log_export([], "print", f"chart{i}.pdf")
            else:
                services.records.create(r.Person(surname=f"Writer{i}"))
        except DomainError as err:
            failures.append(f"{type(err).__name__}: {err}")
    app.close()
    print(len(failures), failures[0] if failures else calls)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
