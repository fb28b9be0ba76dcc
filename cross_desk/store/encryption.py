"""Encryption at rest of the local SQLite file with SQLCipher 4 (the sqlcipher3 package).

``encrypt``/``decrypt`` convert a whole file with ``sqlcipher_export`` into a new file beside it
and swap it in only when complete, so a failure leaves the original untouched.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from cross_desk.domain.errors import DomainError, ValidationError

PLAIN_HEADER = b"SQLite format 3\x00"


class WrongPassphrase(DomainError):
    """The passphrase does not open this encrypted database."""


def is_encrypted(path: Path) -> bool:
    """A file that exists, is not empty, and does not start like a plain SQLite database."""
    try:
        with open(path, "rb") as f:
            head = f.read(16)
    except FileNotFoundError:
        return False
    return bool(head) and head != PLAIN_HEADER


def check_passphrase(passphrase: str) -> None:
    if len(passphrase or "") < 8:
        raise ValidationError("passphrase", "A passphrase needs at least 8 characters.")


def _sqlcipher():  # type: ignore[no-untyped-def]
    try:
        import sqlcipher3
    except ImportError:
        raise DomainError("Encryption needs the sqlcipher3 package, which is not installed.") from None
    return sqlcipher3


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _checkpoint(path: Path) -> None:
    """Fold the WAL into the main file so the export sees everything."""
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def encrypt(path: Path, passphrase: str) -> None:
    check_passphrase(passphrase)
    if not path.exists():
        raise ValidationError("path", f"There is no database at {path}.")
    if is_encrypted(path):
        raise ValidationError("path", f"{path} is already encrypted.")
    _checkpoint(path)
    tmp = path.with_suffix(path.suffix + ".encrypting")
    tmp.unlink(missing_ok=True)
    conn = _sqlcipher().connect(str(path))
    try:
        conn.execute(f"ATTACH DATABASE {_quote(str(tmp))} AS encrypted KEY {_quote(passphrase)}")
        conn.execute("SELECT sqlcipher_export('encrypted')")
        conn.execute("DETACH DATABASE encrypted")
    except Exception:
        conn.close()
        tmp.unlink(missing_ok=True)
        raise
    conn.close()
    _swap(tmp, path)


def decrypt(path: Path, passphrase: str) -> None:
    if not is_encrypted(path):
        raise ValidationError("path", f"{path} is not encrypted.")
    tmp = path.with_suffix(path.suffix + ".decrypting")
    tmp.unlink(missing_ok=True)
    module = _sqlcipher()
    conn = module.connect(str(path))
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = {_quote(passphrase)}")
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except module.DatabaseError:
            raise WrongPassphrase("Wrong passphrase for this encrypted database.") from None
        conn.execute(f"ATTACH DATABASE {_quote(str(tmp))} AS plain KEY ''")
        conn.execute("SELECT sqlcipher_export('plain')")
        conn.execute("DETACH DATABASE plain")
    except Exception:
        conn.close()
        tmp.unlink(missing_ok=True)
        raise
    conn.close()
    _swap(tmp, path)


def _swap(new: Path, path: Path) -> None:
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    os.replace(new, path)
