"""Case dossiers of 200 and 1 000 entities, end to end (read, layout, key players, PDF).

Targets (issue #8): ``dossier_200`` under 3 s; ``dossier_1000`` under 10 s with a peak under
500 MiB. The database (a generated unit's year, plus the two cases) is prepared in a separate
process, so the peak memory printed is the report's own.

The figure is a print after a first one (fonts loaded, as in a running application); the first
print's time is in the note. Baseline, measured in the same run: the same dossier with every
table cell a wrapping paragraph, the straightforward platypus way
(``document.PLAIN_TEXT_CELLS = False``).
"""

from __future__ import annotations

import multiprocessing
import os
import tempfile
from collections import deque
from pathlib import Path
from uuid import UUID

from benchmarks.registry import Result, benchmark, timer
from cross_desk.bootstrap import open_app
from cross_desk.demo.generator import DemoSpec
from cross_desk.domain import records as r
from cross_desk.domain.access import Role
from cross_desk.domain.actor import Actor
from cross_desk.domain.kinds import EntityKind
from cross_desk.settings import Settings

ACTOR = Actor("benchmark", Role.SUPERVISOR)
DB = Path(
    os.environ.get("CROSS_DESK_BENCH_REPORTS_DB", Path(tempfile.gettempdir()) / "cross_desk_bench_reports.sqlite3")
)
SPEC = DemoSpec(people=2500, links=9000)
SIZES = (200, 1000)


def _reference(size: int) -> str:
    return f"BENCH-{size:04d}"


def _prepare(path: str) -> None:
    """Load the demo and make one case per size: the records reached breadth-first from a network."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    app = open_app(Settings(f"sqlite:///{path}"), actor=ACTOR)
    services = app.services
    services.demo.load(SPEC, seed=2026)
    whole = services.graphs.whole()
    neighbours: dict[UUID, list[UUID]] = {}
    for link in whole.links:
        neighbours.setdefault(link.source_id, []).append(link.target_id)
        neighbours.setdefault(link.target_id, []).append(link.source_id)
    start = min(i for i, ref in whole.nodes.items() if ref.kind == EntityKind.ORGANISATION)
    for size in SIZES:
        seen = [start]
        found = {start}
        queue = deque([start])
        while queue and len(seen) < size:
            for other in neighbours.get(queue.popleft(), []):
                if other not in found and whole.nodes[other].kind != EntityKind.SOURCE:
                    found.add(other)
                    seen.append(other)
                    queue.append(other)
                    if len(seen) == size:
                        break
        case = services.cases.create(
            r.Case(reference=_reference(size), title=f"Benchmark — {size} records", unit="CROSS Valmorin")
        )
        services.cases.add_members(case.id, seen)
    app.close()


def _database() -> None:
    if DB.exists():
        return
    ctx = multiprocessing.get_context("spawn")
    child = ctx.Process(target=_prepare, args=(str(DB),))
    child.start()
    child.join()
    if child.exitcode != 0:
        raise RuntimeError("preparing the benchmark database failed")


def _dossier(size: int) -> Result:
    from cross_desk.reports import document

    _database()
    app = open_app(Settings(f"sqlite:///{DB}"), actor=ACTOR, upgrade=False)
    services = app.services
    case = services.cases.find(_reference(size))
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "dossier.pdf"
        # The first print of a process also loads the fonts: timed apart, then both ways warm.
        with timer() as cold:
            services.reports.case_dossier(case.id, Path(tmp) / "first.pdf")
        with timer() as t:
            result = services.reports.case_dossier(case.id, out)
        size_kib = out.stat().st_size / 1024
        document.PLAIN_TEXT_CELLS = False
        try:
            with timer() as b:
                services.reports.case_dossier(case.id, Path(tmp) / "baseline.pdf")
        finally:
            document.PLAIN_TEXT_CELLS = True
    app.close()
    note = (
        f"{size} records, {result.pages} pages, {size_kib:.0f} KiB; first print of the process {cold[0]:.2f} s; "
        "baseline: every cell a paragraph"
    )
    return Result(t[0], "s", b[0], "s", note=note)


@benchmark("dossier_200", "print the dossier of a 200-record case with its chart (target < 3 s)")
def dossier_200() -> Result:
    return _dossier(200)


@benchmark("dossier_1000", "print the dossier of a 1 000-record case with its chart (target < 10 s, < 500 MiB)")
def dossier_1000() -> Result:
    return _dossier(1000)
