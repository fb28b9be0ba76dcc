"""Encryption at rest of the local file (SQLCipher), from the CLI."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

from cross_desk.launcher import main
from cross_desk.services.demo import DEMO_ACCOUNTS, Role

PASSPHRASE = 'it\'s a "quoted" pass @ with spaces'


def test_encrypted_file_is_unreadable_without_the_passphrase(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "local.sqlite3"
    url = f"sqlite:///{path}"
    assert main(["--database", url, "demo", "--people", "30", "--links", "60"]) == 0
    with sqlite3.connect(path) as conn:
        surnames = [row[0] for row in conn.execute("SELECT surname FROM person")]
    monkeypatch.setenv("CROSS_DESK_NEW_PASSPHRASE", PASSPHRASE)
    assert main(["--database", url, "encrypt"]) == 0
    with pytest.raises(sqlite3.DatabaseError), sqlite3.connect(path) as conn:
        conn.execute("SELECT count(*) FROM person").fetchone()
    content = path.read_bytes()
    assert all(name.encode() not in content for name in surnames)
    capsys.readouterr()

    username, password = DEMO_ACCOUNTS[Role.INVESTIGATOR]
    monkeypatch.setenv("CROSS_DESK_PASSWORD", password)
    monkeypatch.setenv("CROSS_DESK_PASSPHRASE", "not the passphrase")
    assert main(["--database", url, "--user", username, "cases"]) == 1
    assert capsys.readouterr().err.strip() == "cross-desk: Wrong passphrase for this encrypted database."
    monkeypatch.setenv("CROSS_DESK_PASSPHRASE", PASSPHRASE)
    assert main(["--database", url, "--user", username, "cases"]) == 0
    assert re.search(r"^CROSS-\d{4}-0001\t", capsys.readouterr().out, re.MULTILINE)
    assert main(["--database", url, "decrypt"]) == 0
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM person").fetchone()[0] == 30
