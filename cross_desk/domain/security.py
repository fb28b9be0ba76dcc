"""Accounts, sign-in policy and the audit chain: the rules, without storage."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from uuid import UUID, uuid4

from cross_desk.domain.access import Role
from cross_desk.domain.errors import DomainError, ValidationError
from cross_desk.domain.text import check_text

USERNAME_RE = re.compile(r"^[a-z][a-z0-9._-]{1,62}$")
MIN_PASSWORD = 10
MAX_IDLE_MINUTES = 30


def check_username(username: str) -> str:
    name = (username or "").strip().lower()
    if not USERNAME_RE.match(name):
        raise ValidationError(
            "username",
            "A user name is 2–63 characters: lower-case letters, digits, '.', '_' or '-', starting with a letter.",
        )
    return name


def check_password(password: str) -> None:
    if len(password or "") < MIN_PASSWORD:
        raise ValidationError("password", f"A password needs at least {MIN_PASSWORD} characters.")
    if len(password) > 1024:
        raise ValidationError("password", "A password is at most 1024 characters.")
    check_text("password", password)  # a NUL cannot be a PostgreSQL login's password


@dataclass
class User:
    username: str
    role: Role
    display_name: str = ""
    disabled: bool = False
    failed_attempts: int = 0
    locked_until: datetime | None = None
    id: UUID = field(default_factory=uuid4)

    def __post_init__(self) -> None:
        check_text("display_name", self.display_name)
        if len(self.display_name) > 200:
            raise ValidationError("display_name", "A display name holds at most 200 characters.")


@dataclass(frozen=True)
class SignInPolicy:
    """Growing delays, then a lock-out; the idle lock of the desktop session."""

    max_failures: int = 5
    lockout_minutes: int = 10
    #: the n-th consecutive failure waits base × 2^(n-1) seconds (capped) before answering
    delay_base_seconds: float = 0.5
    delay_cap_seconds: float = 8.0
    idle_lock_minutes: int = 15

    def __post_init__(self) -> None:
        if self.lockout_minutes < 10:
            raise ValidationError("lockout_minutes", "A lock-out lasts at least ten minutes.")
        if not 1 <= self.idle_lock_minutes <= MAX_IDLE_MINUTES:
            raise ValidationError("idle_lock_minutes", f"The idle lock is between 1 and {MAX_IDLE_MINUTES} minutes.")

    def delay_after(self, failures: int) -> float:
        if failures <= 0:
            return 0.0
        return min(self.delay_base_seconds * 2 ** (failures - 1), self.delay_cap_seconds)


class SignInFailed(DomainError):
    """Wrong user name or password, a disabled account, or a locked one (the message says which
    only when that gives nothing away)."""


# --- the audit chain ----------------------------------------------------------------------

GENESIS = "0" * 64


class AuditAction:
    """Action names written to the audit log (stable strings; the viewer filters on them)."""

    SIGN_IN = "sign_in"
    #: the audit log's append-only triggers were found missing and put back
    GUARDS_RESTORED = "audit_guards_restored"
    SIGN_IN_FAILED = "sign_in_failed"
    LOCKED_OUT = "locked_out"
    USER_ADDED = "user_added"
    USER_DISABLED = "user_disabled"
    PASSWORD_RESET = "password_reset"
    ROLE_CHANGED = "role_changed"
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    RESTORE = "restore"
    ERASE = "erase"
    LINK = "link"
    UNLINK = "unlink"
    CASE_MEMBERS = "case_members"
    READ_IDENTITY = "read_identity"
    WRITE_IDENTITY = "write_identity"
    READ_RESTRICTED = "read_restricted"
    DECONFLICTION = "deconfliction"
    EXPORT = "export"
    PRINT = "print"
    IMPORT = "import"
    MERGE = "merge"
    REVIEW_EXTENDED = "review_extended"
    #: written by the server (PostgreSQL) for changes a login made that no audit row names
    DATA_CHANGE = "data_change"


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: datetime
    username: str
    workstation: str
    action: str
    entity_ids: tuple[str, ...] = ()
    details: dict[str, Any] = field(default_factory=dict)
    prev_hash: str = GENESIS
    hash: str = ""
    #: Set when the server withheld this row's ids and details from the reader and checked its
    #: hash itself (PostgreSQL, migration 0008); None when the reader has the whole row.
    content_ok: bool | None = None

    def content(self) -> bytes:
        """The canonical bytes the hash covers: every field but the hash itself."""
        payload = {
            "seq": self.seq,
            "at": self.at.isoformat(timespec="microseconds"),
            "username": self.username,
            "workstation": self.workstation,
            "action": self.action,
            "entity_ids": list(self.entity_ids),
            "details": self.details,
            "prev_hash": self.prev_hash,
        }
        return json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str).encode()

    def computed_hash(self) -> str:
        return hashlib.sha256(self.content()).hexdigest()

    def intact(self) -> bool:
        """Does the hash cover this row's content (as the server checked it, where it withheld it)?"""
        return self.content_ok if self.content_ok is not None else self.computed_hash() == self.hash


@dataclass(frozen=True)
class VerifyReport:
    ok: bool
    rows: int
    head_seq: int
    head_hash: str
    problem: str = ""
    first_bad_seq: int | None = None
    #: the append-only guards (triggers) that were missing and have just been put back
    restored: tuple[str, ...] = ()


def verify_chain(entries: list[AuditEntry], expected_head: tuple[int, str] | None = None) -> VerifyReport:
    """Check a whole log in ``seq`` order; name the first row altered, removed, inserted or moved.

    ``expected_head`` (seq, hash) recorded earlier catches a removed tail, which the chain alone
    cannot: the last rows would simply be missing.
    """
    prev_hash, expected_seq = GENESIS, 1
    for entry in entries:
        if entry.seq != expected_seq:
            kind = "removed" if entry.seq > expected_seq else "inserted or re-ordered"
            return VerifyReport(
                False,
                len(entries),
                entry.seq,
                entry.hash,
                f"row {expected_seq} {kind} (found row {entry.seq} in its place)",
                expected_seq,
            )
        if entry.prev_hash != prev_hash or not entry.intact():
            return _unchained(entries, expected_seq - 1, prev_hash, expected_head)
        prev_hash, expected_seq = entry.hash, expected_seq + 1
    head_seq = expected_seq - 1
    if expected_head is not None:
        seq, digest = expected_head
        if head_seq < seq:
            return VerifyReport(
                False,
                len(entries),
                head_seq,
                prev_hash,
                f"rows after {head_seq} were removed (the recorded head is row {seq})",
                head_seq + 1,
            )
        match = next((e for e in entries if e.seq == seq), None)
        if match is None or match.hash != digest:
            return VerifyReport(
                False,
                len(entries),
                head_seq,
                prev_hash,
                # the chain holds, so rows from there on were removed and others chained in their place
                f"row {seq} does not have the recorded hash: rows from {seq} on were removed or replaced",
                seq,
            )
    return VerifyReport(True, len(entries), head_seq, prev_hash)


def _unchained(
    entries: list[AuditEntry], index: int, prev_hash: str, expected_head: tuple[int, str] | None
) -> VerifyReport:
    """The report on ``entries[index]``, the first row that does not chain."""
    entry = entries[index]
    if _appended_tail(entries, index, prev_hash, expected_head):
        last = entries[-1].seq
        rows = f"row {entry.seq} was" if last == entry.seq else f"rows {entry.seq} to {last} were"
        problem = f"{rows} appended after row {entry.seq - 1} with a wrong hash: they do not chain"
    elif entry.prev_hash != prev_hash:
        problem = f"row {entry.seq} does not follow row {entry.seq - 1}: rows inserted, removed or re-ordered"
    else:
        problem = f"row {entry.seq} was altered"
    return VerifyReport(False, len(entries), entry.seq, entry.hash, problem, entry.seq)


def _appended_tail(
    entries: list[AuditEntry], index: int, prev_hash: str, expected_head: tuple[int, str] | None
) -> bool:
    """Whether no row from ``entries[index]`` on chains: rows added at the end by something other
    than the application. A row altered in the middle leaves the rows after it chaining; one
    inserted or moved leaves a later row pointing back before it. Rows a recorded head covered
    were there before, so they were altered, not appended."""
    if expected_head is not None and entries[index].seq <= expected_head[0]:
        return False
    before = {GENESIS, *(e.hash for e in entries[:index])}
    if any(e.prev_hash in before for e in entries[index + 1 :]):
        return False
    for entry in entries[index:]:
        if entry.prev_hash == prev_hash and entry.intact():
            return False
        prev_hash = entry.hash
    return True


def parse_head(text: str) -> tuple[int, str]:
    """Read a recorded head, written ``SEQ:HASH``."""
    try:
        seq_text, digest = text.strip().split(":", 1)
        seq = int(seq_text)
    except ValueError:
        raise ValidationError("head", f"'{text.strip()}' is not a recorded head (SEQ:HASH).") from None
    if not re.fullmatch(r"[0-9a-f]{64}", digest):
        raise ValidationError("head", "The recorded hash must be 64 hexadecimal digits.")
    return seq, digest
