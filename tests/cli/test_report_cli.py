"""``cross-desk report case|activity``: a PDF on success; one line and a non-zero exit otherwise,
and never a half-written file."""

from __future__ import annotations

import csv
import re
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from cross_desk.demo.generator import DEMO_ACCOUNTS, fictional_year
from cross_desk.domain.access import Role
from cross_desk.launcher import main
from cross_desk.services.reports import month_of
from tests.reports.pdftools import contains, page_texts, squash


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('cli') / 'reports.sqlite3'}"
    assert main(["--database", url, "demo", "--people", "60", "--links", "220", "--seed", "5"]) == 0
    return url


def _as(role: Role, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    username, password = DEMO_ACCOUNTS[role]
    monkeypatch.setenv("CROSS_DESK_PASSWORD", password)
    return ["--user", username]


def _first_case(database: str, who: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    capsys.readouterr()
    assert main(["--database", database, *who, "cases"]) == 0
    return capsys.readouterr().out.splitlines()[0].split("\t")[0]


def test_report_case(
    database: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    who = _as(Role.INVESTIGATOR, monkeypatch)
    reference = _first_case(database, who, capsys)
    out = tmp_path / "dossier.pdf"
    argv = ["--database", database, *who, "report", "case", reference, "-o", str(out)]
    assert main([*argv, "--marking", "Confidentiel enquête", "--sections", "summary,people"]) == 0
    said = capsys.readouterr().out
    assert str(out) in said and "pages" in said
    texts = page_texts(out)
    assert len(texts) == len(PdfReader(str(out)).pages) >= 3
    assert contains(texts[0], reference) and "CONFIDENTIEL ENQUÊTE" in texts[-1]
    assert not contains("\n".join(texts), "Schéma relationnel")


def test_report_activity(
    database: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    who = _as(Role.ANALYST, monkeypatch)
    out = tmp_path / "activity.pdf"
    argv = ["--database", database, *who, "report", "activity", "-o", str(out), "--language", "en"]
    first, last = fictional_year(date.today())  # the demo's year, whatever the date
    start, end = first, first + timedelta(days=180)
    assert main([*argv, "--from", start.isoformat(), "--to", f"{end:%d/%m/%Y}"]) == 0
    assert f"activity from {start:%d/%m/%Y} to {end:%d/%m/%Y}" in capsys.readouterr().out
    assert contains(page_texts(out)[0], f"from {start} to {end}")
    month = month_of(last - timedelta(days=40))
    assert main([*argv, "--month", f"{month[0]:%Y-%m}"]) == 0
    assert contains(page_texts(out)[0], f"from {month[0]} to {month[1]}")


def test_failures_are_one_line_non_zero_and_leave_no_file(
    database: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    who = _as(Role.SUPERVISOR, monkeypatch)
    reference = _first_case(database, who, capsys)
    base = ["--database", database, *who, "report"]
    cases = [
        (["case", "NO-SUCH-CASE", "-o", str(tmp_path / "a.pdf")], "No case with reference 'NO-SUCH-CASE'"),
        (["case", reference, "-o", str(tmp_path / "missing" / "b.pdf")], "does not exist"),
        (["case", reference, "-o", str(tmp_path)], "is a folder"),
        (["activity", "--from", "2031-01-01", "--to", "2031-01-31", "-o", str(tmp_path / "c.pdf")], "Nothing"),
        (["activity", "--from", "2026-01-01", "-o", str(tmp_path / "d.pdf")], "both --from and --to"),
        (["case", reference, "-o", str(tmp_path / ("a" * 10_000 + ".pdf"))], "File name too long"),
        (["case", "X\r\nY\u202eZ", "-o", str(tmp_path / "e.pdf")], "'X\\u000d\\u000aY\\u202eZ'"),
    ]
    for args, message in cases:
        assert main([*base, *args]) == 1, args
        err = capsys.readouterr().err
        assert err.startswith("cross-desk: ") and err.count("\n") == 1 and message in err, err
    assert not list(tmp_path.iterdir())


def test_an_investigator_may_not_print_the_activity_report(
    database: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    who = _as(Role.INVESTIGATOR, monkeypatch)
    out = tmp_path / "x.pdf"
    assert main(["--database", database, *who, "report", "activity", "--month", "2026-05", "-o", str(out)]) == 1
    assert "does not allow" in capsys.readouterr().err and not out.exists()


def test_report_help(capsys: pytest.CaptureFixture[str]) -> None:
    for command in (["report", "--help"], ["report", "activity", "--help"]):
        with pytest.raises(SystemExit) as exited:
            main(command)
        assert exited.value.code == 0 and "usage:" in capsys.readouterr().out
    # and once as a user runs it, in its own process
    result = subprocess.run(
        [sys.executable, "-m", "cross_desk", "report", "case", "--help"], capture_output=True, text=True
    )
    assert result.returncode == 0 and "--marking" in result.stdout and "--sections" in result.stdout


def test_argument_errors_are_one_line_and_status_1(capsys: pytest.CaptureFixture[str]) -> None:
    for argv, message in (
        (
            ["report", "activity", "--from", "2026-13-45", "--to", "2026-01-31", "-o", "x.pdf"],
            "'2026-13-45' is not a date",
        ),
        (["report", "activity", "--month", "May", "-o", "x.pdf"], "'May' is not a month"),
        (["report", "case", "REF"], "-o/--output"),
        (["no-such-command"], "invalid choice"),
    ):
        with pytest.raises(SystemExit) as exited:
            main(argv)
        err = capsys.readouterr().err
        assert exited.value.code == 1 and err.count("\n") == 1 and message in err, err
        assert err.startswith("cross-desk") and "usage:" not in err
    # and as the README promises it, in a process of its own
    result = subprocess.run(
        [sys.executable, "-m", "cross_desk", "report", "activity", "--from", "2026-13-45", "-o", "x.pdf"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 1 and result.stderr.count("\n") == 1 and "is not a date" in result.stderr


def test_the_dossier_prints_the_key_players_the_cli_gives(
    database: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """One truth: the dossier's key-players table (people only) is ``analyse key-players``'s
    ranking and figures for the same case, not a computation of its own."""
    who = _as(Role.INVESTIGATOR, monkeypatch)
    reference = _first_case(database, who, capsys)
    table = tmp_path / "players.csv"
    assert main(["--database", database, *who, "analyse", "key-players", "--case", reference, "--csv", str(table)]) == 0
    with table.open(encoding="utf-8") as f:
        people = [row for row in csv.DictReader(f) if row["kind"] == "person"][:20]
    assert len(people) >= 5 and any(float(p["betweenness"]) > 0 for p in people)
    out = tmp_path / "players.pdf"
    argv = ["report", "case", reference, "-o", str(out), "--sections", "key_players", "--language", "en"]
    assert main(["--database", database, *who, *argv]) == 0
    printed = squash("\n".join(page_texts(out)))
    # Each row reads rank, name, kind, role (letters only), degree, betweenness to 3 places.
    at = 0
    for rank, person in enumerate(people, 1):
        row = re.compile(
            re.escape(squash(f"{rank}{person['record']}person"))
            + r"\D*?"
            + re.escape(f"{int(person['degree']):,}{float(person['betweenness']):,.3f}"),
            re.IGNORECASE,
        )
        found = row.search(printed, at)
        assert found, (rank, person["record"], person["degree"], person["betweenness"])
        at = found.end()
