"""Alembic is the only way a real database is made: upgrade from empty, and no drift."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from uuid import uuid4

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine, inspect
from sqlalchemy.orm import Session
from sqlmodel.sql.sqltypes import UTCDateTime

from cross_desk.domain import records as r
from cross_desk.store import migrate
from cross_desk.store.database import make_engine
from cross_desk.store.repository import Repository
from cross_desk.store.tables import metadata


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    eng = make_engine(db_url)
    yield eng
    eng.dispose()


def test_migrated_database_is_at_head_and_matches_the_tables(engine: Engine) -> None:
    assert migrate.is_up_to_date(engine)
    with engine.connect() as conn:
        opts = {"compare_type": True, "include_object": migrate.include_object}
        diff = compare_metadata(MigrationContext.configure(conn, opts=opts), metadata)
    assert diff == [], f"tables.py and the migrations differ: write a migration\n{diff}"


def test_upgrade_from_empty_and_downgrade_to_empty(engine: Engine) -> None:
    command.downgrade(migrate.alembic_config(engine), "base")
    assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
    migrate.upgrade(engine)
    assert {"entity", "link", "case_file", "source_identity"} <= set(inspect(engine).get_table_names())
    migrate.upgrade(engine)  # a second upgrade is a no-op
    assert migrate.is_up_to_date(engine)


def test_sqlite_runs_in_wal_with_foreign_keys(tmp_path) -> None:  # type: ignore[no-untyped-def]
    eng = make_engine(f"sqlite:///{tmp_path / 'x.sqlite3'}")
    with eng.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    eng.dispose()


def test_0007_moves_tip_wordings_to_their_own_table_and_back(engine: Engine) -> None:
    """A database of 0006 with tips keeps their original wordings through upgrade and downgrade."""
    command.downgrade(migrate.alembic_config(engine), "0006")
    moment = datetime(2026, 3, 1, 9, 30, tzinfo=UTC)
    entity = sa.table(
        "entity",
        *(sa.column(n, sa.Uuid() if n == "id" else UTCDateTime() if n.endswith("_at") else None) for n in (
            "id", "kind", "label", "agency", "unit", "notes", "created_at", "created_by", "updated_at",
            "updated_by", "version", "deleted",
        )),
    )  # fmt: skip
    tip = sa.table(
        "tip",
        sa.column("id", sa.Uuid()),
        sa.column("received_at", UTCDateTime()),
        *(sa.column(n) for n in ("channel", "original_text", "sanitised_text", "grade", "handling_code", "summary")),
    )
    worded, bare = uuid4(), uuid4()
    with engine.begin() as conn:
        for tip_id, original in ((worded, "mon cousin, au garage"), (bare, "")):
            conn.execute(
                entity.insert().values(
                    id=tip_id, kind="tip", label="renseignement", agency="police", unit="", notes="",
                    created_at=moment, created_by="x", updated_at=moment, updated_by="x", version=1, deleted=False,
                )
            )  # fmt: skip
            conn.execute(
                tip.insert().values(
                    id=tip_id, received_at=moment, channel="surveillance", original_text=original,
                    sanitised_text="vu au garage", grade="B2", handling_code="", summary="",
                )
            )  # fmt: skip

    migrate.upgrade(engine)
    assert "original_text" not in {c["name"] for c in inspect(engine).get_columns("tip")}
    with Session(engine) as session:
        found = {t.id: t for t in Repository(session).get_entities([worded, bare])}
        assert session.execute(sa.text("SELECT count(*) FROM tip_original")).scalar() == 1  # none for no wording
    assert isinstance(found[worded], r.Tip) and found[worded].original_text == "mon cousin, au garage"
    assert isinstance(found[bare], r.Tip) and found[bare].original_text == ""
    assert found[worded].sanitised_text == "vu au garage"

    command.downgrade(migrate.alembic_config(engine), "0006")
    assert "tip_original" not in inspect(engine).get_table_names()
    with engine.connect() as conn:
        back = {row.id: row.original_text for row in conn.execute(sa.select(tip.c.id, tip.c.original_text))}
    assert back == {worded: "mon cousin, au garage", bare: ""}
    migrate.upgrade(engine)


def test_0009_keeps_existing_duplicates_and_flags_all_but_the_oldest(
    engine: Engine, caplog: pytest.LogCaptureFixture
) -> None:
    """A database the race filled with duplicates upgrades: nothing deleted, the oldest holds."""
    command.downgrade(migrate.alembic_config(engine), "0008")
    entity = sa.table(
        "entity",
        *(sa.column(n, sa.Uuid() if n == "id" else UTCDateTime() if n.endswith("_at") else None) for n in (
            "id", "kind", "label", "agency", "unit", "notes", "created_at", "created_by", "updated_at",
            "updated_by", "version", "deleted",
        )),
    )  # fmt: skip
    blank = {  # the columns a detail row needs besides its keys
        "vehicle": {"country": "FR", "make": "", "model": "", "colour": ""},
        "phone": {"line_type": "mobile", "operator": ""},
    }
    vehicle = sa.table("vehicle", sa.column("id", sa.Uuid()), *map(sa.column, ("plate", "vin", *blank["vehicle"])))
    phone = sa.table("phone", sa.column("id", sa.Uuid()), *map(sa.column, ("number", "imei", *blank["phone"])))
    oldest, younger, deleted_older, vin_only = uuid4(), uuid4(), uuid4(), uuid4()
    first_phone, second_phone = uuid4(), uuid4()
    rows = [  # (id, kind, created on, deleted, notes, detail table, detail values)
        (younger, "vehicle", 3, False, "vue au péage", vehicle, {"plate": "AB123CD", "vin": ""}),
        (oldest, "vehicle", 2, False, "", vehicle, {"plate": "AB123CD", "vin": ""}),
        (deleted_older, "vehicle", 1, True, "", vehicle, {"plate": "AB123CD", "vin": ""}),
        (vin_only, "vehicle", 4, False, "", vehicle, {"plate": "", "vin": "VF1AB000123456789"}),
        (second_phone, "phone", 6, False, "", phone, {"number": "+33639980001", "imei": ""}),
        (first_phone, "phone", 5, False, "", phone, {"number": "+33639980001", "imei": ""}),
    ]
    with engine.begin() as conn:
        for entity_id, kind, day, deleted, notes, table, values in rows:
            moment = datetime(2026, 3, day, 9, 30, tzinfo=UTC)
            conn.execute(
                entity.insert().values(
                    id=entity_id, kind=kind, label="x", agency="police", unit="", notes=notes, created_at=moment,
                    created_by="x", updated_at=moment, updated_by="x", version=1, deleted=deleted,
                )
            )  # fmt: skip
            conn.execute(table.insert().values(id=entity_id, **values, **blank[table.name]))

    with caplog.at_level("WARNING", logger="alembic.runtime.migration"):
        migrate.upgrade(engine)
    with engine.connect() as conn:
        holds = {
            row.id: bool(row.holds_keys)
            for table in (vehicle, phone)
            for row in conn.execute(sa.select(table.c.id, sa.column("holds_keys")).select_from(table))
        }
        notes = dict(conn.execute(sa.select(entity.c.id, entity.c.notes)).all())
        versions = dict(conn.execute(sa.select(entity.c.id, entity.c.version)).all())
    assert holds == {
        oldest: True, younger: False, deleted_older: False, vin_only: True, first_phone: True, second_phone: False,
    }  # fmt: skip
    assert notes[younger].startswith("vue au péage\n\n[Doublon, migration 0009] La fiche ")  # kept, then the flag
    assert f"Record {oldest}, created earlier, holds plate AB123CD: merge them." in notes[younger]
    assert f"Record {first_phone}, created earlier, holds number +33639980001" in notes[second_phone]
    assert notes[oldest] == notes[first_phone] == notes[deleted_older] == ""
    assert versions[younger] == versions[second_phone] == 2 and versions[oldest] == 1
    assert str(younger) in caplog.text and str(second_phone) in caplog.text

    # the index now refuses a new live duplicate, raw, as a workstation racing the check would
    with pytest.raises(sa.exc.IntegrityError), engine.begin() as conn:
        conn.execute(entity.insert().values(
            id=(extra_id := uuid4()), kind="vehicle", label="x", agency="police", unit="", notes="",
            created_at=datetime.now(UTC), created_by="x", updated_at=datetime.now(UTC), updated_by="x", version=1,
            deleted=False,
        ))  # fmt: skip
        conn.execute(vehicle.insert().values(id=extra_id, plate="AB123CD", vin="", **blank["vehicle"]))

    command.downgrade(migrate.alembic_config(engine), "0008")
    assert "holds_keys" not in {c["name"] for c in inspect(engine).get_columns("vehicle")}
    with engine.connect() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(vehicle)).scalar() == 4  # nothing deleted


def test_0010_keys_existing_case_references_and_keeps_clashing_ones(engine: Engine) -> None:
    """References stored before 0010 are keyed by the domain's folding; two that fold alike (SQLite
    let "été-nord" and "ÉTÉ-NORD" both in) keep their rows, the oldest keeping the plain key."""
    command.downgrade(migrate.alembic_config(engine), "0009")
    case = sa.table(
        "case_file",
        sa.column("team", sa.JSON()),
        *(sa.column(n, sa.Uuid() if n == "id" else UTCDateTime() if n.endswith("_at") else None) for n in (
            "id", "reference", "title", "status", "opened_on", "lead", "prosecutor_ref", "description",
            "restricted", "agency", "unit", "created_at", "created_by", "updated_at", "updated_by",
            "version", "deleted",
        )),
    )  # fmt: skip
    older, newer, other = uuid4(), uuid4(), uuid4()
    with engine.begin() as conn:
        for n, (case_id, reference) in enumerate(((older, "ÉTÉ-NORD"), (newer, "été-nord"), (other, "ДЕЛО-1"))):
            moment = datetime(2026, 3, 1 + n, 9, 30, tzinfo=UTC)
            conn.execute(
                case.insert().values(
                    id=case_id, reference=reference, title="t", status="open", opened_on=moment.date(), lead="",
                    prosecutor_ref="", description="", restricted=False, team=[], agency="police",
                    unit="", created_at=moment, created_by="x", updated_at=moment, updated_by="x", version=1,
                    deleted=False,
                )
            )  # fmt: skip

    migrate.upgrade(engine)
    with Session(engine) as session:
        repo = Repository(session)
        assert repo.find_case("été-nord").id == older
        assert repo.find_case("дело-1").id == other
        keys = dict(session.execute(sa.text("SELECT reference, reference_key FROM case_file")).all())
    assert keys["ÉTÉ-NORD"] == "été-nord" and keys["ДЕЛО-1"] == "дело-1"
    assert keys["été-nord"].startswith("été-nord#")

    command.downgrade(migrate.alembic_config(engine), "0009")
    assert "reference_key" not in {c["name"] for c in inspect(engine).get_columns("case_file")}
    migrate.upgrade(engine)
