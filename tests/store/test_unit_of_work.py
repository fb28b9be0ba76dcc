"""What a store failure tells the user: the clash, never the row."""

from __future__ import annotations

import pytest

from cross_desk.store.unit_of_work import _integrity_message


@pytest.mark.parametrize(
    ("driver_text", "said"),
    [
        (
            'update or delete on table "source" violates foreign key constraint "source_identity_source_id_fkey" '
            'on table "source_identity"\nDETAIL: Key (id)=(…) is still referenced from table "source_identity".',
            "A record this change refers to no longer exists.",
        ),
        ("FOREIGN KEY constraint failed", "A record this change refers to no longer exists."),
        ('duplicate key value violates unique constraint "ix_case_reference"', "That case reference is already taken."),
        ("UNIQUE constraint failed: source.codename", "That codename is already taken."),
        ("something else", "This change clashes with records already stored; nothing was saved."),
    ],
)
def test_integrity_messages(driver_text: str, said: str) -> None:
    assert _integrity_message(driver_text) == said


def test_a_sqlite_unit_of_work_holds_the_write_lock_from_its_first_read(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The audit head it reads stays the head until it commits: another writer waits."""
    import sqlite3

    from cross_desk.store import migrate
    from cross_desk.store.database import make_engine, session_factory
    from cross_desk.store.unit_of_work import UnitOfWork

    path = tmp_path / "lock.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    migrate.upgrade(engine)
    other = sqlite3.connect(path, timeout=0, isolation_level=None)
    try:
        with UnitOfWork(session_factory(engine)) as uow:
            uow.security.count_users()
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
        other.execute("BEGIN IMMEDIATE")  # free again once the unit of work ended
        other.execute("ROLLBACK")
    finally:
        other.close()
        engine.dispose()
