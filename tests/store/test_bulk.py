"""The SQLite bulk path stores exactly what SQLAlchemy's own inserts store."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from uuid import uuid4

from sqlalchemy import insert, select

from cross_desk.store import tables as t
from cross_desk.store.bulk import insert_many
from cross_desk.store.database import make_engine, session_factory
from cross_desk.store.migrate import upgrade


def test_bulk_rows_read_back_like_orm_rows(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'bulk.sqlite3'}")
    upgrade(engine)
    moment = datetime(2026, 3, 4, 5, 6, 7, 890123, tzinfo=UTC)
    base = {
        "kind": "person",
        "label": "X",
        "agency": "police",
        "unit": "",
        "notes": "n",
        "review_on": date(2031, 1, 2),
        "created_at": moment,
        "created_by": "a",
        "updated_at": moment,
        "updated_by": "a",
        "version": 1,
        "deleted": False,
    }
    entity = t.EntityRow.__table__  # type: ignore[attr-defined]
    person = t.PersonRow.__table__  # type: ignore[attr-defined]
    ids = [uuid4(), uuid4()]
    session = session_factory(engine)()
    session.execute(insert(entity), [{**base, "id": ids[0]}])
    insert_many(session, entity, [{**base, "id": ids[1]}])
    for i in ids:
        values = {
            "id": i,
            "surname": "S",
            "given_names": "G",
            "aliases": ["a", "é"],
            "birth_date": "1990",
            "birthplace": "",
            "nationality": "",
            "sex": "M",
            "category": "suspect",
        }
        (session.execute(insert(person), [values]) if i == ids[0] else insert_many(session, person, [values]))
    session.commit()
    rows = {r.id: dict(r._mapping) for r in session.execute(select(entity))}
    assert {**rows[ids[0]], "id": None} == {**rows[ids[1]], "id": None}
    people = {r.id: dict(r._mapping) for r in session.execute(select(person))}
    assert {**people[ids[0]], "id": None} == {**people[ids[1]], "id": None}
    assert rows[ids[1]]["created_at"] == moment
    session.close()
    engine.dispose()
