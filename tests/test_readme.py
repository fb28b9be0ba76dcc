"""The README's promises that code can check."""

from __future__ import annotations

from pathlib import Path

from cross_desk.demo.generator import DEMO_ACCOUNTS
from cross_desk.domain.access import PERMISSIONS, Action, Role

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def test_permission_matrix_is_the_one_services_check() -> None:
    for action in Action:
        row = (
            f"| {action.value.replace('_', ' ')} | "
            + " | ".join("✔" if role in PERMISSIONS[action] else "" for role in Role)
            + " |"
        )
        assert row.replace("  ", " ") in README.replace("  ", " "), f"README matrix row out of date: {action}"


def test_demo_accounts_are_listed() -> None:
    for username, password in DEMO_ACCOUNTS.values():
        assert f"`{username}`" in README and f"`{password}`" in README


def test_first_lines_give_the_two_commands() -> None:
    commands = [line.strip() for line in README.splitlines()[:12] if line.startswith("    ")]
    assert commands[0].startswith("python3 -m venv .venv") and commands[0].endswith(".venv/bin/cross-desk")
    assert commands[1] == 'python3 -m venv .venv && .venv/bin/pip install -e ".[test]" && .venv/bin/pytest'
    ci = (Path(__file__).resolve().parents[1] / ".ci" / "run").read_text(encoding="utf-8")
    assert commands[1] in ci
