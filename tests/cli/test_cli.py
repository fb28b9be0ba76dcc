from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from cross_desk.launcher import main


@pytest.fixture
def url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'cli.sqlite3'}"


def test_init_demo_cases_search_show(url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--database", url, "init"]) == 0
    assert main(["--database", url, "demo", "--people", "80", "--links", "300"]) == 0
    out = capsys.readouterr().out
    assert "person: 80" in out
    assert main(["--database", url, "demo"]) == 0
    assert "already holds" in capsys.readouterr().out
    assert main(["--database", url, "cases"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert lines and all(line.startswith("CROSS-2026-") and line.count("\t") == 2 for line in lines)
    assert main(["--database", url, "search", "06 39 98 00 00"]) == 0
    found = capsys.readouterr().out.strip().splitlines()
    assert found[0].startswith("phone\t")
    entity_id = found[0].split("\t")[1]
    assert main(["--database", url, "show", entity_id]) == 0
    assert "06 39 98 00 00" in capsys.readouterr().out


def test_errors_are_one_line_and_non_zero(url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--database", url, "cases"]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("cross-desk: ") and "cross-desk init" in err and "\n" not in err
    main(["--database", url, "init"])
    assert main(["--database", url, "show", "not-an-id"]) == 1
    assert "not a record id" in capsys.readouterr().err
    assert main(["--database", url, "show", "00000000-0000-4000-8000-000000000000"]) == 1
    assert capsys.readouterr().err.count("\n") == 1
    assert main(["--database", "nosuchdb://x", "init"]) == 1


def test_every_subcommand_has_help() -> None:
    for command in ("init", "demo", "cases", "list", "search", "show"):
        result = subprocess.run([sys.executable, "-m", "cross_desk", command, "--help"], capture_output=True, text=True)
        assert result.returncode == 0 and "usage:" in result.stdout
