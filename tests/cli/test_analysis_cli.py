"""``cross-desk analyse …``: the services' answers as a table or CSV; one line and a non-zero
exit on a bad question; refused for a role without the right."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from cross_desk.analysis.results import Metric
from cross_desk.bootstrap import open_app
from cross_desk.demo.generator import DEMO_ACCOUNTS
from cross_desk.domain.access import Role
from cross_desk.domain.actor import Actor
from cross_desk.launcher import main
from cross_desk.services.analysis import Scope
from cross_desk.settings import Settings


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('cli') / 'analysis.sqlite3'}"
    assert main(["--database", url, "demo", "--people", "60", "--links", "220", "--seed", "5"]) == 0
    return url


@pytest.fixture
def analyst(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    username, password = DEMO_ACCOUNTS[Role.ANALYST]
    monkeypatch.setenv("CROSS_DESK_PASSWORD", password)
    return ["--user", username]


def _services(database: str):  # type: ignore[no-untyped-def]
    return open_app(Settings(database_url=database), Actor("check", Role.ANALYST, "test"), upgrade=False).services


def _first_case(database: str) -> str:
    return sorted(c.reference for c in _services(database).cases.list())[0]


def test_key_players_of_a_case_as_csv(
    database: str, analyst: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    reference = _first_case(database)
    out = tmp_path / "key.csv"
    argv = ["--database", database, *analyst, "analyse", "key-players", "--case", reference, "--csv", str(out)]
    assert main(argv) == 0
    assert str(out) in capsys.readouterr().out
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    services = _services(database)
    expected = services.analysis.key_players(Scope.case(services.cases.find(reference).id))
    assert [r["id"] for r in rows] == [str(row.node.id) for row in expected.rows]
    assert float(rows[0]["betweenness"]) == pytest.approx(expected.rows[0].value(Metric.BETWEENNESS))


def test_key_players_table_is_printed(database: str, analyst: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--database", database, *analyst, "analyse", "key-players", "--top", "5", "--rank-by", "degree"]) == 0
    captured = capsys.readouterr()
    lines = captured.out.splitlines()
    assert lines[0].split()[:3] == ["rank", "record", "kind"]
    assert len(lines) == 2 + 5
    assert "linked pairs" in captured.err


def test_path_groups_weak_points_and_changes(
    database: str, analyst: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    services = _services(database)
    reference = _first_case(database)
    members = [ref.id for ref in services.cases.members(services.cases.find(reference).id)]
    base = ["--database", database, *analyst, "analyse"]
    assert main([*base, "path", str(members[0]), str(members[1]), "--case", reference]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].split()[:2] == ["way", "links"] or "not connected" in out
    assert main([*base, "groups", "--case", reference]) == 0
    assert "modularity" in capsys.readouterr().err
    assert main([*base, "weak-points", "--case", reference]) == 0
    assert "cut off" in capsys.readouterr().out
    assert main([*base, "changes", "--case", reference, "--from", "2026-01-01", "--to", "2026-10-31"]) == 0
    assert "From 01/01/2026 to 31/10/2026" in capsys.readouterr().err


def test_bad_questions_get_one_line(database: str, analyst: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    base = ["--database", database, *analyst, "analyse"]
    assert main([*base, "path", "not-an-id", "also-not"]) == 1
    assert capsys.readouterr().err.strip() == "cross-desk: 'not-an-id' is not a record id (see `cross-desk search`)."
    assert main([*base, "key-players", "--case", "NO-SUCH-CASE"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("cross-desk: ") and len(err.strip().splitlines()) == 1
    assert main([*base, "changes", "--from", "2026-05-01", "--to", "2026-01-01"]) == 1
    assert "must come after" in capsys.readouterr().err


def test_investigators_may_run_analyses_only_if_the_table_says_so(
    database: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from cross_desk.domain.access import Action, allowed

    username, password = DEMO_ACCOUNTS[Role.INVESTIGATOR]
    monkeypatch.setenv("CROSS_DESK_PASSWORD", password)
    code = main(["--database", database, "--user", username, "analyse", "groups"])
    assert code == (0 if allowed(Role.INVESTIGATOR, Action.RUN_ANALYSIS) else 1)
