"""Storage of accounts and of the audit log, and PostgreSQL logins for each account."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from datetime import datetime
from typing import Any
from uuid import UUID

from sqlalchemy import Boolean, Column, MetaData, Table, func, insert, select, text, update
from sqlalchemy.orm import Session

from cross_desk.domain.access import Role
from cross_desk.domain.errors import Conflict, NotFound
from cross_desk.domain.security import GENESIS, AuditEntry, User
from cross_desk.store import tables as t
from cross_desk.store.repository import utcnow

USERS: Table = t.UserRow.__table__  # type: ignore[attr-defined]
AUDIT: Table = t.AuditRow.__table__  # type: ignore[attr-defined]
# Every column but the password hash, which users' own logins may not read on a server (0005).
_USER_COLUMNS = [c for c in USERS.c if c.name != "password_hash"]

# On PostgreSQL logins read the audit through this view (migration 0008): rows about what is
# hidden from them come without record ids and details, with the server's check of the withheld
# content. It is the server's, not the metadata's: migrations make it.
AUDIT_TRAIL = Table(
    "audit_trail",
    MetaData(),
    *(Column(c.name, c.type) for c in AUDIT.c),
    Column("content_ok", Boolean),
)


#: SQLite's guards against changing the audit log (migration 0003 made them first): a guard
#: against accidents only, whoever holds the file can drop them, so they are checked and put back.
SQLITE_AUDIT_GUARDS = {
    "audit_log_no_update": "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END",
    "audit_log_no_delete": "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END",
}


def _user(row: Any) -> User:
    return User(
        id=row.id,
        username=row.username,
        role=Role(row.role),
        display_name=row.display_name,
        disabled=row.disabled,
        failed_attempts=row.failed_attempts,
        locked_until=row.locked_until,
    )


class SecurityStore:
    def __init__(self, session: Session) -> None:
        self.session = session

    @property
    def is_postgres(self) -> bool:
        return self.session.get_bind().dialect.name == "postgresql"

    # --- accounts ---------------------------------------------------------------------

    def count_users(self) -> int:
        return int(self.session.execute(select(func.count(USERS.c.id))).scalar_one())

    def find_user(self, username: str) -> User | None:
        row = self.session.execute(select(*_USER_COLUMNS).where(USERS.c.username == username)).first()
        return _user(row) if row else None

    def password_hash(self, username: str) -> str | None:
        """The stored hash: SQLite, or the owner's connection. A user's own login may not read
        it on a server (migration 0005): there ``own_login`` is true and the server has already
        checked the password."""
        return self.session.execute(select(USERS.c.password_hash).where(USERS.c.username == username)).scalar()

    def own_login(self, username: str) -> bool:
        """Whether this session is ``username``'s own PostgreSQL login (so the server checked the
        password when it connected), rather than SQLite or the tables' owner."""
        if not self.is_postgres:
            return False
        query = text("SELECT session_user = :name AND NOT cross_desk_is_owner()")
        return bool(self.session.execute(query, {"name": username}).scalar())

    def hash_parameters(self, username: str) -> str | None:
        """What argon2's ``check_needs_rehash`` needs of the stored hash. On a user's own login,
        only its parameters (salt and digest blanked): the login may not read hashes."""
        if self.own_login(username):
            return self.session.execute(text("SELECT cross_desk_own_hash_parameters()")).scalar()
        return self.password_hash(username)

    def signed_in(self, username: str, new_hash: str | None) -> datetime | None:
        """A successful sign-in: reset the failure counter, store ``new_hash`` if given. On a
        user's own login through the server's narrow path, which never lifts a running lock-out:
        its end is returned then, and nothing is changed."""
        if self.own_login(username):
            query = text("SELECT cross_desk_signed_in(:hash)")
            return self.session.execute(query, {"hash": new_hash}).scalar()
        values: dict[str, Any] = {"failed_attempts": 0, "locked_until": None}
        if new_hash is not None:
            values["password_hash"] = new_hash
        self.update_user(username, **values)
        return None

    def list_users(self) -> list[User]:
        return [_user(row) for row in self.session.execute(select(*_USER_COLUMNS).order_by(USERS.c.username))]

    def add_user(self, user: User, password_hash: str) -> None:
        if self.find_user(user.username):
            raise Conflict(f"A user named '{user.username}' already exists.")
        moment = utcnow()
        self.session.execute(
            insert(USERS),
            [
                {
                    "id": user.id,
                    "username": user.username,
                    "display_name": user.display_name,
                    "role": user.role.value,
                    "password_hash": password_hash,
                    "disabled": user.disabled,
                    "failed_attempts": 0,
                    "locked_until": None,
                    "created_at": moment,
                    "updated_at": moment,
                }
            ],
        )

    def update_user(self, username: str, **values: Any) -> None:
        if "role" in values and isinstance(values["role"], Role):
            values["role"] = values["role"].value
        result = self.session.execute(
            update(USERS).where(USERS.c.username == username).values(updated_at=utcnow(), **values)
        )
        if result.rowcount != 1:
            raise NotFound(f"No user named '{username}'.")

    # --- PostgreSQL logins ------------------------------------------------------------
    # Made and changed through the owner's functions of migration 0005, executable by the
    # administrators' logins (which have no CREATEROLE: with it, PostgreSQL 15 would let them
    # grant themselves any role of the server) and touching cross_desk's own logins only.

    def create_login(self, username: str, password: str, role: Role) -> None:
        """A database login of the user's own, member of cross_desk_user (which owns nothing)
        and of the group of its role (cross_desk_supervisor, cross_desk_admin).

        A login of that name made for cross_desk earlier (another database of the same server)
        is taken over; any other role of that name (the owner, a superuser, someone else's
        login) is left alone and the account refused.
        """
        found = self.session.execute(
            text(
                "SELECT r.rolsuper, pg_has_role(r.oid, 'cross_desk_user', 'MEMBER') AS ours "
                "FROM pg_roles r WHERE r.rolname = :name"
            ),
            {"name": username},
        ).first()
        if found is not None and (found.rolsuper or not found.ours):
            raise Conflict(f"The database server already has a login named '{username}': choose another user name.")
        self.session.execute(
            text("SELECT cross_desk_create_login(:name, :verifier, :role)"),
            {"name": username, "verifier": self._verifier(username, password), "role": Role(role).value},
        )

    def set_login_password(self, username: str, password: str) -> None:
        self.session.execute(
            text("SELECT cross_desk_set_login_password(:name, :verifier)"),
            {"name": username, "verifier": self._verifier(username, password)},
        )

    def set_login_role(self, username: str, role: Role) -> None:
        """Supervisors' logins join cross_desk_supervisor, administrators' cross_desk_admin."""
        self.session.execute(
            text("SELECT cross_desk_set_login_role(:name, :role)"), {"name": username, "role": Role(role).value}
        )

    def disable_login(self, username: str) -> None:
        self.session.execute(text("SELECT cross_desk_disable_login(:name)"), {"name": username})

    def _verifier(self, username: str, password: str) -> str:
        """The password as a SCRAM-SHA-256 verifier made here (libpq's PQencryptPasswordConn),
        so the clear password never reaches the server or its logs."""
        raw = self.session.connection().connection.dbapi_connection
        pgconn = getattr(raw, "pgconn", None)
        if pgconn is not None:
            return str(pgconn.encrypt_password(password.encode(), username.encode(), b"scram-sha-256").decode())
        return password

    # --- audit ------------------------------------------------------------------------

    def missing_audit_guards(self) -> list[str]:
        """The append-only triggers of SQLite that are not there (none elsewhere: a PostgreSQL
        login cannot drop the owner's triggers)."""
        if self.session.get_bind().dialect.name != "sqlite":
            return []
        present = set(
            self.session.execute(
                text("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'")
            ).scalars()
        )
        return [name for name in SQLITE_AUDIT_GUARDS if name not in present]

    def restore_audit_guards(self, names: Sequence[str]) -> None:
        for name in names:
            self.session.execute(text(SQLITE_AUDIT_GUARDS[name]))

    def append(self, entries: Sequence[AuditEntry]) -> list[AuditEntry]:
        """Chain and insert entries after the current head; returns them with seq and hashes."""
        if not entries:
            return []
        if self.is_postgres:
            return [self._server_append(entry) for entry in entries]
        # On SQLite every unit of work begins IMMEDIATE (database.session_factory): the head read
        # here is the latest, and stays so until commit.
        head = self.session.execute(select(AUDIT.c.seq, AUDIT.c.hash).order_by(AUDIT.c.seq.desc()).limit(1)).first()
        seq, prev = (head.seq, head.hash) if head else (0, GENESIS)
        chained = []
        for entry in entries:
            seq += 1
            draft = AuditEntry(
                seq=seq,
                at=entry.at,
                username=entry.username,
                workstation=entry.workstation,
                action=entry.action,
                entity_ids=entry.entity_ids,
                details=entry.details,
                prev_hash=prev,
            )
            done = AuditEntry(**{**draft.__dict__, "hash": draft.computed_hash()})
            chained.append(done)
            prev = done.hash
        self.session.execute(
            insert(AUDIT),
            [
                {
                    "seq": e.seq,
                    "at": e.at,
                    "username": e.username,
                    "workstation": e.workstation,
                    "action": e.action,
                    "entity_ids": list(e.entity_ids),
                    "details": e.details,
                    "prev_hash": e.prev_hash,
                    "hash": e.hash,
                }
                for e in chained
            ],
        )
        return chained

    def _server_append(self, entry: AuditEntry) -> AuditEntry:
        """On PostgreSQL the server writes the row: its time, sequence and hash (migration 0008)."""
        row = self.session.execute(
            text(
                "SELECT * FROM cross_desk_audit(:username, :workstation, :action, "
                "CAST(:entity_ids AS json), CAST(:details AS json))"
            ),
            {
                "username": entry.username,
                "workstation": entry.workstation,
                "action": entry.action,
                "entity_ids": json.dumps(list(entry.entity_ids)),
                "details": json.dumps(entry.details, ensure_ascii=False, default=str),
            },
        ).one()
        return _entry(row)

    @property
    def _trail(self) -> Table:
        return AUDIT_TRAIL if self.is_postgres else AUDIT

    def iter_entries(self) -> Iterator[AuditEntry]:
        trail = self._trail
        for row in self.session.execute(select(trail).order_by(trail.c.seq)):
            yield _entry(row)

    def query(
        self,
        *,
        username: str | None = None,
        action: str | None = None,
        entity_id: UUID | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        limit: int = 5000,
    ) -> list[AuditEntry]:
        trail = self._trail
        q = select(trail).order_by(trail.c.seq.desc())
        if username:
            q = q.where(trail.c.username == username)
        if action:
            q = q.where(trail.c.action == action)
        if since:
            q = q.where(trail.c.at >= since)
        if until:
            q = q.where(trail.c.at < until)
        rows = [_entry(row) for row in self.session.execute(q.limit(limit if not entity_id else None))]
        if entity_id:  # entity ids live in a JSON list: filter here, portably
            wanted = str(entity_id)
            rows = [e for e in rows if wanted in e.entity_ids][:limit]
        return rows


def _entry(row: Any) -> AuditEntry:
    at = row.at
    return AuditEntry(
        seq=row.seq,
        at=at,
        username=row.username,
        workstation=row.workstation,
        action=row.action,
        entity_ids=tuple(row.entity_ids or ()),
        details=dict(row.details or {}),
        prev_hash=row.prev_hash,
        hash=row.hash,
        content_ok=getattr(row, "content_ok", None),
    )
