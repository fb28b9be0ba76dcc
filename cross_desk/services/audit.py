"""The audit trail: verifying the chain, and the supervisors' view of it.

Supervisors and administrators are not insiders of every restricted case. Rows about a
restricted case they are not on, or about the tips, seizures and events only such cases hold,
are shown with who, when, where and what action, but without the record ids and details (which
may quote a tip's wording or the case's title): the row's existence is the audit's, its content
the case's. ``verify`` still checks every row whole.
"""

from __future__ import annotations

import csv
import dataclasses
import os
import tempfile
from datetime import datetime
from pathlib import Path
from uuid import UUID

from cross_desk.domain.access import Action
from cross_desk.domain.errors import ValidationError
from cross_desk.domain.security import AuditAction, AuditEntry, VerifyReport, verify_chain
from cross_desk.services.base import UseCases
from cross_desk.store import restriction


class AuditTrail(UseCases):
    def verify(self, expected_head: tuple[int, str] | None = None) -> VerifyReport:
        """Check the whole chain. Needs no sign-in and returns no content, only positions.
        Append-only guards found missing are then put back, and the report names them: the
        chain is checked as found, before the row that records the restoration is added."""
        with self.uow() as uow:
            report = verify_chain(list(uow.security.iter_entries()), expected_head)
        return dataclasses.replace(report, restored=tuple(self.restore_guards()))

    def restore_guards(self) -> list[str]:
        """Put back the audit log's append-only triggers if someone dropped them (SQLite), and
        record it in the log; returns their names (none when all were there)."""
        with self.uow() as uow:
            missing = uow.security.missing_audit_guards()
            if not missing:
                return []
            uow.security.restore_audit_guards(missing)
            self.audit(uow, AuditAction.GUARDS_RESTORED, guards=missing)
            uow.commit()
        return missing

    def entries(
        self,
        *,
        username: str | None = None,
        action: str | None = None,
        entity_id: UUID | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        limit: int = 5000,
    ) -> list[AuditEntry]:
        self.require(Action.VIEW_AUDIT)
        with self.uow() as uow:
            rows = uow.security.query(
                username=username, action=action, entity_id=entity_id, since=since, until=until, limit=limit
            )
            withheld = {str(i) for i in self.hidden(uow)}
            withheld |= {str(i) for i in restriction.outside_cases(uow.repo, self.who)}
        if not withheld:
            return rows
        return [
            dataclasses.replace(e, entity_ids=(), details={}) if withheld.intersection(e.entity_ids) else e
            for e in rows
        ]

    def export_csv(self, path: Path, recipient: str = "", **filters: object) -> int:
        """Write the filtered entries to CSV (written whole or not at all); the export is audited."""
        self.require(Action.VIEW_AUDIT)
        rows = self.entries(**filters)  # type: ignore[arg-type]
        path = Path(path)
        if not path.parent.is_dir():
            raise ValidationError("path", f"The folder {path.parent} does not exist.")
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".part")
        try:
            with os.fdopen(fd, "w", newline="", encoding="utf-8") as out:
                writer = csv.writer(out)
                writer.writerow(["seq", "at_utc", "user", "workstation", "action", "entity_ids", "details", "hash"])
                for e in rows:
                    writer.writerow(
                        [
                            e.seq,
                            e.at.isoformat(),
                            e.username,
                            e.workstation,
                            e.action,
                            " ".join(e.entity_ids),
                            e.details,
                            e.hash,
                        ]
                    )
            os.replace(tmp, path)
        except OSError as err:
            Path(tmp).unlink(missing_ok=True)
            raise ValidationError("path", f"Cannot write {path}: {err.strerror}.") from None
        with self.uow() as uow:
            self.audit(
                uow,
                AuditAction.EXPORT,
                what="audit log",
                rows=len(rows),
                file=path.name,
                recipient=recipient,
            )
            uow.commit()
        return len(rows)
