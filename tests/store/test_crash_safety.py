"""A crash (kill -9) at any statement of ``init``, of an upgrade step or of the demo load leaves a
database that opens, verifies and upgrades to head.

Each case runs tests/store/kill_at.py in a subprocess that dies before its Nth SQL statement;
this process then opens the file. The sweep over ~20 points of every step is marked slow; a few
representative points run always.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from cross_desk.launcher import main
from cross_desk.store import migrate
from cross_desk.store.database import make_engine

ROOT = Path(__file__).resolve().parents[2]
STEPS = [("0001", "0002"), ("0002", "0003"), ("0003", "0004"), ("0004", "0005"), ("0005", "0006"), ("0006", "0007")]
DEMO = ["30", "60"]


def run_killed(n: int, url: str, *command: str) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [sys.executable, "-m", "tests.store.kill_at", str(n), url, *command],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode in (0, 137), done.stderr
    return done


def statements(url: str, *command: str) -> int:
    """How many statements the command runs to the end (on a copy made by the caller)."""
    return int(run_killed(0, url, *command).stdout.strip())


def points(total: int, how_many: int = 20) -> list[int]:
    return sorted({max(1, round(total * (i + 1) / (how_many + 1))) for i in range(how_many)})


def prepared(tmp_path: Path, name: str, revision: str | None) -> tuple[Path, str]:
    path = tmp_path / f"{name}.sqlite3"
    url = f"sqlite:///{path}"
    if revision is not None:
        engine = make_engine(url)
        migrate.upgrade(engine, revision)
        engine.dispose()
    return path, url


def assert_usable(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{path}"
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    assert not [n for n in names if n.startswith("_alembic_tmp_")]
    assert main(["--database", url, "init"]) == 0, capsys.readouterr().err
    assert main(["--database", url, "audit", "verify"]) == 0, capsys.readouterr().out
    engine = make_engine(url)
    try:
        assert migrate.is_up_to_date(engine)
    finally:
        engine.dispose()
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    capsys.readouterr()


def entities(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return int(conn.execute("SELECT count(*) FROM entity").fetchone()[0])


def check_init(tmp_path: Path, capsys: pytest.CaptureFixture[str], kill_points: list[int]) -> None:
    for n in kill_points:
        path, url = prepared(tmp_path, f"init{n}", None)
        run_killed(n, url, "init")
        assert_usable(path, capsys)


def check_step(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], start: str, end: str, kill_points: list[int]
) -> None:
    for n in kill_points:
        path, url = prepared(tmp_path, f"step{start}_{n}", start)
        run_killed(n, url, "upgrade", end)
        engine = make_engine(url)
        try:
            # the step happened whole or not at all
            assert migrate.current_revision(engine) in (start, end)
        finally:
            engine.dispose()
        assert_usable(path, capsys)


def check_demo(tmp_path: Path, capsys: pytest.CaptureFixture[str], kill_points: list[int]) -> None:
    full_path, full_url = prepared(tmp_path, "demo_full", "head")
    run_killed(0, full_url, "demo", *DEMO)
    full = entities(full_path)
    assert full > 0
    for n in kill_points:
        path, url = prepared(tmp_path, f"demo{n}", "head")
        run_killed(n, url, "demo", *DEMO)
        assert entities(path) in (0, full)  # loaded whole or not at all
        assert_usable(path, capsys)
        assert main(["--database", url, "demo", "--people", DEMO[0], "--links", DEMO[1]]) == 0
        assert entities(path) == full
        capsys.readouterr()


def test_a_crash_during_init_leaves_a_database_that_init_completes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    check_init(tmp_path, capsys, [5, 40, 100])


def test_a_crash_during_an_upgrade_step_leaves_it_undone(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    check_step(tmp_path, capsys, "0006", "0007", [20, 40])


def test_a_crash_during_the_demo_load_leaves_no_half_loaded_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    check_demo(tmp_path, capsys, [20, 45])


@pytest.mark.slow
def test_sweep_init(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, url = prepared(tmp_path, "count", None)
    check_init(tmp_path, capsys, points(statements(url, "init")))


@pytest.mark.slow
@pytest.mark.parametrize(("start", "end"), STEPS)
def test_sweep_upgrade_step(tmp_path: Path, capsys: pytest.CaptureFixture[str], start: str, end: str) -> None:
    _, url = prepared(tmp_path, "count", start)
    check_step(tmp_path, capsys, start, end, points(statements(url, "upgrade", end)))


@pytest.mark.slow
def test_sweep_demo(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, url = prepared(tmp_path, "count", "head")
    check_demo(tmp_path, capsys, points(statements(url, "demo", *DEMO)))


def test_init_completes_a_database_an_older_version_left_half_made(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # what a kill during an older version's init left: tables, no alembic_version
    path = tmp_path / "half.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE case_file (id CHAR(32) PRIMARY KEY, reference VARCHAR)")
        conn.execute("CREATE TABLE entity (id CHAR(32) PRIMARY KEY)")
    conn.close()
    assert_usable(path, capsys)


def test_init_refuses_tables_with_rows_but_no_schema_version(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "foreign.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text VARCHAR)")
    conn.execute("INSERT INTO notes (text) VALUES ('keep me')")
    conn.commit()
    conn.close()
    assert main(["--database", f"sqlite:///{path}", "init"]) == 1
    assert capsys.readouterr().err.strip() == (
        "cross-desk: The database has tables but no schema version, and table 'notes' holds rows: "
        "it is not a cross-desk database, or its creation was interrupted. Nothing was changed."
    )
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT text FROM notes").fetchall() == [("keep me",)]
    conn.close()


def test_a_copy_left_by_an_interrupted_rebuild_is_dropped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path, url = prepared(tmp_path, "tmp", "0006")
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE _alembic_tmp_tip AS SELECT * FROM tip")
    conn.commit()
    conn.close()
    assert main(["--database", url, "init"]) == 0
    assert_usable(path, capsys)


def test_an_upgrade_that_would_leave_dangling_references_is_undone(tmp_path: Path) -> None:
    from cross_desk.domain.errors import DatabaseUnavailable

    path, url = prepared(tmp_path, "dangling", "0006")
    conn = sqlite3.connect(path)  # foreign keys are off by default here
    conn.execute(
        "INSERT INTO case_member (case_id, entity_id, added_at, added_by) "
        "VALUES ('00000000000000000000000000000001', '00000000000000000000000000000002', '2026-01-01', 'x')"
    )
    conn.commit()
    conn.close()
    engine = make_engine(url)
    try:
        with pytest.raises(DatabaseUnavailable, match="table 'case_member'"):
            migrate.upgrade(engine, "0007")
        assert migrate.current_revision(engine) == "0006"
        with engine.connect() as c:  # the connection went back to the pool with foreign keys on
            assert c.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        engine.dispose()
