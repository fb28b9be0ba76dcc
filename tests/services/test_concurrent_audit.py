"""Audit-appending use cases from several processes at once, beside a writer: none fails, and
the chain they build verifies (SQLite: every unit of work takes the write lock first)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from cross_desk.bootstrap import open_app
from cross_desk.domain import records as r
from cross_desk.domain.kinds import EntityKind
from cross_desk.launcher import main
from cross_desk.settings import Settings
from tests.conftest import TEST_ACTOR

ROOT = Path(__file__).resolve().parents[2]
CALLS = 60


def test_identity_reads_and_prints_beside_a_writer_all_succeed_and_chain(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'busy.sqlite3'}"
    assert main(["--database", url, "demo", "--people", "30", "--links", "60"]) == 0
    app = open_app(Settings.load(url), TEST_ACTOR)
    ref = app.services.records.list(EntityKind.SOURCE)[0]
    source = app.services.records.get(ref.id)
    assert isinstance(source, r.Source)
    rows_before = app.services.audit.verify().rows
    app.close()

    def start(*args: str) -> subprocess.Popen[str]:
        return subprocess.Popen(
            [sys.executable, "-m", "tests.services.hammer", url, *args],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )

    workers = [
        start("write", str(CALLS)),
        start("identity", str(CALLS), str(source.id), source.handlers[0]),
        start("identity", str(CALLS), str(source.id), source.handlers[0]),
        start("print", str(CALLS)),
    ]
    for worker in workers:
        out, err = worker.communicate(timeout=300)
        assert worker.returncode == 0, err
        assert out.split()[0] == "0", out

    app = open_app(Settings.load(url), TEST_ACTOR)
    try:
        report = app.services.audit.verify()
    finally:
        app.close()
    assert report.ok, report.problem
    assert report.rows == rows_before + 4 * CALLS
