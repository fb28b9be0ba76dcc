"""Loading the large demo into SQLite, and loading a whole database back into a graph."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from benchmarks.registry import Result, benchmark, timer
from cross_desk.bootstrap import open_app
from cross_desk.demo.generator import SIZES, DemoBuilder
from cross_desk.domain.actor import Actor
from cross_desk.settings import Settings

ACTOR = Actor("benchmark")
LARGE_DB = Path(os.environ.get("CROSS_DESK_BENCH_DB", Path(tempfile.gettempdir()) / "cross_desk_bench_large.sqlite3"))


def _fresh(path: Path):  # type: ignore[no-untyped-def]
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return open_app(Settings(f"sqlite:///{path}"), actor=ACTOR)


@benchmark("demo_load_large", "generate and load the large demo (100 000 people, 300 000 links) into SQLite")
def demo_load_large() -> Result:
    app = _fresh(LARGE_DB)
    with timer() as t:
        app.services.demo.load(SIZES["large"], seed=2026)
    app.close()
    baseline = _orm_baseline(rows=20_000)
    # Baseline: one ORM session.add per row, extrapolated to the same number of rows.
    builder_rows = _row_count(LARGE_DB)
    return Result(
        t[0],
        "s",
        baseline * builder_rows / 20_000,
        "s",
        note=f"{builder_rows} rows; baseline is one ORM add per row",
    )


def _row_count(path: Path) -> int:
    import sqlite3

    with sqlite3.connect(path) as conn:
        return sum(
            conn.execute(f"select count(*) from {t}").fetchone()[0] for t in ("entity", "link", "search_term", "person")
        )


def _orm_baseline(rows: int) -> float:
    """Seconds to insert ``rows`` entity rows with one ORM ``session.add`` each."""
    from datetime import UTC, datetime

    from sqlmodel import Session

    from cross_desk.store.database import make_engine
    from cross_desk.store.migrate import upgrade
    from cross_desk.store.tables import EntityRow

    with tempfile.TemporaryDirectory() as tmp:
        engine = make_engine(f"sqlite:///{tmp}/orm.sqlite3")
        upgrade(engine)
        builder = DemoBuilder(SIZES["small"], seed=1)
        now = datetime.now(UTC)
        with timer() as t, Session(engine) as session:
            for i in range(rows):
                session.add(
                    EntityRow(
                        id=builder.uid(),
                        kind="person",
                        label=f"P{i}",
                        agency="police",
                        created_at=now,
                        created_by="b",
                        updated_at=now,
                        updated_by="b",
                    )
                )
            session.commit()
        engine.dispose()
    return t[0]


@benchmark("graph_load_large", "load the whole large demo database into a networkx graph")
def graph_load_large() -> Result:
    if not LARGE_DB.exists():
        app = _fresh(LARGE_DB)
        app.services.demo.load(SIZES["large"], seed=2026)
        app.close()
    app = open_app(Settings(f"sqlite:///{LARGE_DB}"), actor=ACTOR)
    from cross_desk.analysis.graph import to_networkx

    with timer() as t:
        data = app.services.graphs.whole()
        graph = to_networkx(data)
    # Baseline: the same rows read as ORM objects, one per row (what a naive store would do).
    from sqlmodel import Session, select

    from cross_desk.store.tables import EntityRow, LinkRow

    with timer() as b, Session(app.engine) as session:
        nodes = session.exec(select(EntityRow)).all()
        links = session.exec(select(LinkRow)).all()
    app.close()
    note = f"{graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges; baseline: ORM objects"
    note += f" ({len(nodes)} + {len(links)} rows)"
    return Result(t[0], "s", b[0], "s", note=note)
