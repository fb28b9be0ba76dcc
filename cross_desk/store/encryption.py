"""Encryption at rest of the local SQLite file with SQLCipher 4 (the sqlcipher3 package).

``encrypt``/``decrypt`` convert a whole file with ``sqlcipher_export`` into a new file beside it
and swap it in only when complete, so a failure leaves the original untouched. They refuse a file
that another connection has open, and hold it locked from the export to the swap, so that no
write lands in the old file after it was copied.
"""

from __future__ import annotations

import os
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


#: said when another connection has the file open: converting it then would lose its writes
IN_USE = (
    "The database {path} is in use (a cross-desk window or command has it open): "
    "close it and try again. Nothing was changed."
)
#: how long to wait for another program's transaction to end before saying the file is in use
_LOCK_WAIT_SECONDS = 2.0


def _take_whole(conn, path: Path, module) -> None:  # type: ignore[no-untyped-def]
    """Hold ``path`` for this connection alone until it closes, or refuse (``DomainError``).

    Leaving WAL mode needs every other connection closed, idle ones included: that is how one that
    is open is found. EXCLUSIVE locking mode then keeps the write lock after the first write
    transaction, so nobody reads or writes the file until the converted copy has replaced it.
    """
    try:
        conn.execute("PRAGMA main.locking_mode = EXCLUSIVE")
        mode = conn.execute("PRAGMA main.journal_mode = DELETE").fetchone()[0]
        if str(mode).lower() != "delete":
            raise DomainError(IN_USE.format(path=path))
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("COMMIT")
    except module.OperationalError as err:
        if "locked" in str(err) or "busy" in str(err):
            raise DomainError(IN_USE.format(path=path)) from None
        raise


def encrypt(path: Path, passphrase: str) -> None:
    check_passphrase(passphrase)
    if not path.exists():
        raise ValidationError("path", f"There is no database at {path}.")
    if is_encrypted(path):
        raise ValidationError("path", f"{path} is already encrypted.")
    tmp = path.with_suffix(path.suffix + ".encrypting")
    tmp.unlink(missing_ok=True)
    module = _sqlcipher()
    conn = module.connect(str(path), isolation_level=None, timeout=_LOCK_WAIT_SECONDS)
    try:
        _take_whole(conn, path, module)
        conn.execute(f"ATTACH DATABASE {_quote(str(tmp))} AS encrypted KEY {_quote(passphrase)}")
        conn.execute("SELECT sqlcipher_export('encrypted')")
        conn.execute("DETACH DATABASE encrypted")
        _swap(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    finally:
        conn.close()


def decrypt(path: Path, passphrase: str) -> None:
    if not is_encrypted(path):
        raise ValidationError("path", f"{path} is not encrypted.")
    tmp = path.with_suffix(path.suffix + ".decrypting")
    tmp.unlink(missing_ok=True)
    module = _sqlcipher()
    conn = module.connect(str(path), isolation_level=None, timeout=_LOCK_WAIT_SECONDS)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = {_quote(passphrase)}")
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except module.DatabaseError as err:
            if "locked" in str(err) or "busy" in str(err):
                raise DomainError(IN_USE.format(path=path)) from None
            raise WrongPassphrase("Wrong passphrase for this encrypted database.") from None
        _take_whole(conn, path, module)
        conn.execute(f"ATTACH DATABASE {_quote(str(tmp))} AS plain KEY ''")
        conn.execute("SELECT sqlcipher_export('plain')")
        conn.execute("DETACH DATABASE plain")
        _swap(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    finally:
        conn.close()


def _swap(new: Path, path: Path) -> None:
    """Put ``new`` in place of ``path``, whose lock the caller holds.

    A program that opened the old file meanwhile waits for that lock with a handle on the old
    file, and would write there, where nobody would ever read it again, once the lock is
    released: the old file's header is blanked first, so it is told "not a database" instead.
    No -wal is left (the caller left WAL mode), and a -shm is rebuilt by the next opener.
    """
    old = os.open(path, os.O_RDWR)
    try:
        os.replace(new, path)
        os.pwrite(old, bytes(100), 0)
    finally:
        os.close(old)
