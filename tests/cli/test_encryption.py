"""Encryption at rest of the local file (SQLCipher), from the CLI."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

from cross_desk.demo.generator import DEMO_ACCOUNTS
from cross_desk.domain.access import Role
from cross_desk.launcher import main

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


def test_encrypt_refuses_a_file_another_program_is_writing_and_loses_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import subprocess
    import sys
    import time

    path = tmp_path / "busy.sqlite3"
    url = f"sqlite:///{path}"
    stop = tmp_path / "stop"
    assert main(["--database", url, "init"]) == 0
    writer = subprocess.Popen(
        [sys.executable, "-m", "tests.services.hammer", url, "write", f"until:{stop}"],
        cwd=Path(__file__).resolve().parents[2],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        while not _count(path, "person"):  # the writer is at work
            time.sleep(0.05)
        monkeypatch.setenv("CROSS_DESK_NEW_PASSPHRASE", PASSPHRASE)
        capsys.readouterr()
        assert main(["--database", url, "encrypt"]) == 1
        err = capsys.readouterr().err.strip()
        assert err == (
            f"cross-desk: The database {path} is in use (a cross-desk window or command has it open): "
            "close it and try again. Nothing was changed."
        )
    finally:
        stop.touch()
        out, err = writer.communicate(timeout=120)
    assert writer.returncode == 0, err
    failures, writes = out.split()
    assert failures == "0", out  # every write of the writer was committed
    assert not path.with_suffix(".sqlite3.encrypting").exists()
    assert _count(path, "person") == int(writes)

    # once the writer is gone, everything it committed is in the encrypted file
    assert main(["--database", url, "encrypt"]) == 0
    monkeypatch.setenv("CROSS_DESK_PASSPHRASE", PASSPHRASE)
    assert main(["--database", url, "decrypt"]) == 0
    assert _count(path, "person") == int(writes)
    assert main(["--database", url, "audit", "verify"]) == 0


def _count(path: Path, table: str) -> int:
    conn = sqlite3.connect(path, timeout=30)
    try:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    except sqlite3.OperationalError:
        return 0
    finally:
        conn.close()
