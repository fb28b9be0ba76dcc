from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from cross_desk.demo.generator import DEMO_ACCOUNTS
from cross_desk.domain.access import Role
from cross_desk.launcher import main


@pytest.fixture
def url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'cli.sqlite3'}"


@pytest.fixture
def investigator(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    username, password = DEMO_ACCOUNTS[Role.INVESTIGATOR]
    monkeypatch.setenv("CROSS_DESK_PASSWORD", password)
    return ["--user", username]


def test_init_demo_cases_search_show(url: str, investigator: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--database", url, "init"]) == 0
    assert main(["--database", url, "demo", "--people", "80", "--links", "300"]) == 0
    out = capsys.readouterr().out
    assert "person: 80" in out and "demo-enqueteur-2026" in out
    assert main(["--database", url, "demo"]) == 0
    assert "already holds" in capsys.readouterr().out
    assert main(["--database", url, *investigator, "cases"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert lines and all(re.match(r"CROSS-\d{4}-\d{4}\t", line) and line.count("\t") == 2 for line in lines)
    assert main(["--database", url, *investigator, "search", "06 39 98 00 00"]) == 0
    found = capsys.readouterr().out.strip().splitlines()
    assert found[0].startswith("phone\t")
    entity_id = found[0].split("\t")[1]
    assert main(["--database", url, *investigator, "show", entity_id]) == 0
    assert "06 39 98 00 00" in capsys.readouterr().out


def test_reading_needs_sign_in(url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    main(["--database", url, "demo", "--people", "20", "--links", "50"])
    capsys.readouterr()
    assert main(["--database", url, "cases"]) == 1
    assert "--user" in capsys.readouterr().err
    monkeypatch.setenv("CROSS_DESK_PASSWORD", "wrong password")
    assert main(["--database", url, "--user", "enqueteur.a", "cases"]) == 1
    assert capsys.readouterr().err.strip() == "cross-desk: Wrong user name or password."


def test_errors_are_one_line_and_non_zero(
    url: str, investigator: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--database", url, *investigator, "cases"]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("cross-desk: ") and "cross-desk init" in err and "\n" not in err
    main(["--database", url, "demo", "--people", "20", "--links", "50"])
    capsys.readouterr()
    assert main(["--database", url, *investigator, "show", "not-an-id"]) == 1
    assert "not a record id" in capsys.readouterr().err
    assert main(["--database", url, *investigator, "show", "00000000-0000-4000-8000-000000000000"]) == 1
    assert capsys.readouterr().err.count("\n") == 1
    # what the user typed comes back escaped: a CR, LF or bidi override cannot break or garble the line
    assert main(["--database", url, *investigator, "show", "id\r\nforged line\u202e"]) == 1
    assert capsys.readouterr().err == "cross-desk: 'id\\u000d\\u000aforged line\\u202e' is not a record id.\n"
    assert main(["--database", "nosuchdb://x", "init"]) == 1
    assert main(["--database", url, "demo", "--people", "5"]) == 1


def test_users_and_first_administrator(
    url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    main(["--database", url, "init"])
    monkeypatch.setenv("CROSS_DESK_NEW_PASSWORD", "correct horse battery")
    assert main(["--database", url, "user", "add", "chef", "--role", "investigator"]) == 1
    assert "first account must be an administrator" in capsys.readouterr().err
    assert main(["--database", url, "user", "add", "chef", "--role", "administrator"]) == 0
    monkeypatch.setenv("CROSS_DESK_PASSWORD", "correct horse battery")
    monkeypatch.setenv("CROSS_DESK_NEW_PASSWORD", "another long one")
    assert main(["--database", url, "--user", "chef", "user", "add", "enq.b", "--role", "investigator"]) == 0
    assert main(["--database", url, "--user", "chef", "user", "list"]) == 0
    listing = capsys.readouterr().out
    assert "chef\tadministrator\tactive" in listing and "enq.b\tinvestigator\tactive" in listing
    monkeypatch.setenv("CROSS_DESK_PASSWORD", "another long one")
    assert main(["--database", url, "--user", "enq.b", "user", "list"]) == 1
    assert "does not allow" in capsys.readouterr().err


def test_audit_verify_needs_no_sign_in(url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["--database", url, "demo", "--people", "20", "--links", "50"])
    capsys.readouterr()
    head = tmp_path / "head.txt"
    assert main(["--database", url, "audit", "verify", "--write-head", str(head)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Audit chain intact") and head.read_text().strip() in out
    assert main(["--database", url, "audit", "verify", "--head-file", str(head)]) == 0
    assert main(["--database", url, "audit", "verify", "--head", "nonsense"]) == 1


def test_every_subcommand_has_help() -> None:
    for command in (
        ["init"],
        ["demo"],
        ["cases"],
        ["list"],
        ["search"],
        ["show"],
        ["user", "add"],
        ["audit", "verify"],
    ):
        result = subprocess.run(
            [sys.executable, "-m", "cross_desk", *command, "--help"], capture_output=True, text=True
        )
        assert result.returncode == 0 and "usage:" in result.stdout
