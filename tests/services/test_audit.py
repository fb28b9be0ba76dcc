"""The audit log: written with each change, and tampering of every kind detected."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import text

from cross_desk.bootstrap import App
from cross_desk.domain import records as r
from cross_desk.domain.security import parse_head


def _fill(app: App) -> None:
    s = app.services
    a = s.records.create(r.Person(surname="Alpha"))
    b = s.records.create(r.Person(surname="Beta"))
    s.links.link(r.Link(source_id=a.id, target_id=b.id))
    s.records.update(r.Person(**{**a.__dict__, "given_names": "Karim"}))
    s.records.delete(b.id)


def test_changes_are_audited_with_before_and_after(app: App) -> None:
    _fill(app)
    entries = app.services.audit.entries()
    actions = [e.action for e in reversed(entries)]
    assert actions == ["create", "create", "link", "update", "delete"]
    update = next(e for e in entries if e.action == "update")
    assert update.details["before"] == {"given_names": ""} and update.details["after"] == {"given_names": "Karim"}
    assert all(e.username == "enqueteur.test" and e.workstation == "test-ws" for e in entries)
    assert app.services.audit.verify().ok


def _tamper(app: App, statements: list[str]) -> None:
    with app.engine.begin() as conn:
        if conn.dialect.name == "sqlite":
            conn.exec_driver_sql("DROP TRIGGER audit_log_no_update")
            conn.exec_driver_sql("DROP TRIGGER audit_log_no_delete")
        else:  # a superuser could do this; the application's logins cannot (see test_postgres_security)
            conn.exec_driver_sql("ALTER TABLE audit_log DISABLE TRIGGER USER")
        for statement in statements:
            conn.execute(text(statement))


TAMPERING: dict[str, tuple[list[str], str]] = {
    "altered": (["UPDATE audit_log SET username = 'someone' WHERE seq = 3"], "row 3 was altered"),
    "removed": (["DELETE FROM audit_log WHERE seq = 2"], "row 2 removed"),
    "inserted": (
        [
            "UPDATE audit_log SET seq = seq + 1000 WHERE seq >= 4",
            "UPDATE audit_log SET seq = seq - 999 WHERE seq >= 1004",
            "INSERT INTO audit_log (seq, at, username, workstation, action, entity_ids, details, prev_hash, hash) "
            "SELECT 4, at, 'forger', workstation, action, entity_ids, details, hash, hash FROM audit_log WHERE seq = 3",
        ],
        "row 4",
    ),
    # the rows after the head that do not chain were added there, not altered
    "appended": (
        [
            "INSERT INTO audit_log (seq, at, username, workstation, action, entity_ids, details, prev_hash, hash) "
            "SELECT 6, at, 'forger', workstation, action, entity_ids, details, hash, hash FROM audit_log WHERE seq = 5"
        ],
        "row 6 was appended after row 5 with a wrong hash",
    ),
    "re-ordered": (
        [
            "UPDATE audit_log SET seq = 100 WHERE seq = 2",
            "UPDATE audit_log SET seq = 2 WHERE seq = 3",
            "UPDATE audit_log SET seq = 3 WHERE seq = 100",
        ],
        "row 2",
    ),
}


@pytest.mark.parametrize("how", list(TAMPERING))
def test_tampering_is_detected(app: App, how: str) -> None:
    _fill(app)
    assert app.services.audit.verify().ok
    statements, expected = TAMPERING[how]
    _tamper(app, statements)
    report = app.services.audit.verify()
    assert not report.ok and expected in report.problem


def test_removed_tail_is_caught_by_a_recorded_head(app: App) -> None:
    _fill(app)
    before = app.services.audit.verify()
    head = parse_head(f"{before.head_seq}:{before.head_hash}")
    _tamper(app, [f"DELETE FROM audit_log WHERE seq = {before.head_seq}"])
    alone = app.services.audit.verify()
    assert alone.ok  # the chain alone cannot see a missing tail…
    report = app.services.audit.verify(head)
    assert not report.ok and "removed" in report.problem  # …the recorded head can


def test_audit_rows_refuse_change(app: App) -> None:
    _fill(app)
    with pytest.raises(Exception, match="append-only"), app.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_log"))


def test_csv_export(app: App, tmp_path: Any) -> None:
    _fill(app)
    path = tmp_path / "audit.csv"
    assert app.services.audit.export_csv(path, recipient="inspection") == 5
    assert path.read_text(encoding="utf-8").count("\n") == 6
    assert app.services.audit.entries(action="export")[0].details["recipient"] == "inspection"


def test_a_forged_row_chained_to_the_head_but_with_a_wrong_hash_is_appended_not_altered(app: App) -> None:
    _fill(app)
    head = app.services.audit.verify()
    _tamper(
        app,
        [
            "INSERT INTO audit_log (seq, at, username, workstation, action, entity_ids, details, prev_hash, hash) "
            "SELECT 6, at, 'forger', workstation, action, entity_ids, details, hash, 'f00d' FROM audit_log "
            "WHERE seq = 5",
            "INSERT INTO audit_log (seq, at, username, workstation, action, entity_ids, details, prev_hash, hash) "
            "SELECT 7, at, 'forger', workstation, action, entity_ids, details, 'bad', 'f00d' FROM audit_log "
            "WHERE seq = 5",
        ],
    )
    report = app.services.audit.verify()
    assert report.problem == "rows 6 to 7 were appended after row 5 with a wrong hash: they do not chain"
    # a row a recorded head covered was there before: it was altered
    _tamper(app, ["UPDATE audit_log SET username = 'someone' WHERE seq = 5"])
    report = app.services.audit.verify((head.head_seq, head.head_hash))
    assert report.problem == "row 5 was altered"


def _guards(app: App) -> set[str]:
    with app.engine.connect() as conn:
        return set(conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'").scalars())


def test_verify_puts_back_dropped_guards_says_so_and_records_it(app: App) -> None:
    if app.engine.dialect.name != "sqlite":
        pytest.skip("SQLite only: a PostgreSQL login cannot drop the owner's triggers")
    _fill(app)
    _tamper(app, [])
    assert not {"audit_log_no_update", "audit_log_no_delete"} & _guards(app)
    report = app.services.audit.verify()
    assert report.ok and report.restored == ("audit_log_no_update", "audit_log_no_delete")
    assert {"audit_log_no_update", "audit_log_no_delete"} <= _guards(app)
    restoration = app.services.audit.entries(action="audit_guards_restored")
    assert [e.details["guards"] for e in restoration] == [["audit_log_no_update", "audit_log_no_delete"]]
    assert app.services.audit.verify().ok and app.services.audit.verify().restored == ()
    with pytest.raises(Exception, match="append-only"), app.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_log"))


def test_start_up_puts_back_dropped_guards_and_says_so(
    tmp_path: Any, capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    from cross_desk.launcher import main

    url = f"sqlite:///{tmp_path / 'guards.sqlite3'}"
    assert main(["--database", url, "init"]) == 0
    import sqlite3

    conn = sqlite3.connect(tmp_path / "guards.sqlite3")
    conn.execute("DROP TRIGGER audit_log_no_delete")
    conn.close()
    capsys.readouterr()
    assert main(["--database", url, "audit", "verify"]) == 0
    out, err = capsys.readouterr()
    assert err.strip() == (
        "cross-desk: The audit log's append-only guards were missing and have been restored: "
        "audit_log_no_delete. Run `cross-desk audit verify`."
    )
    assert "Audit chain intact: 1 rows" in out
    assert "restored: audit_log_no_delete" in caplog.text
