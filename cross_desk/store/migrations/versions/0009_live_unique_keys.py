"""One live record per plate, VIN, phone number and IMEI, enforced by the database

Revision ID: 0009
Revises: 0008

Until now the services looked for a live record with the same plate (number, IMEI…) and then
inserted: two workstations saving the same plate at once both found none and both inserted
(three processes creating the same 1 596 plates stored 1 905 vehicles). The database now refuses
the second one itself, with partial unique indexes on the normalised (stored) value:

* ``vehicle.plate``, ``vehicle.vin``, ``phone.number`` (E.164), ``phone.imei``, counting only
  rows that hold their keys and only non-empty values (a vehicle known by its VIN alone has no
  plate). A source's codename has been unique among all sources since 0001.
* ``entity.deleted`` is in another table than the keys, and an index covers one table: the
  detail rows get ``holds_keys``, false for deleted records (the store keeps it in step when a
  record is deleted or restored), so a deleted record's plate may be recorded again.

A database may already hold live duplicates (the race above made some). Refusing to upgrade would
lock the unit out of the application that is needed to merge them, and deleting any would lose
links, notes and history. So, for each value held by several live records:

* the oldest record (first created; then by id) keeps holding the value;
* every other one stays live, unchanged but for ``holds_keys = false`` (it no longer counts in
  the indexes, so it can still be read, linked and merged) and a line at the end of its notes,
  in French and English, naming the value and the record that holds it, so that whoever opens it
  sees it is a duplicate to merge; its version is bumped, as for any change to a record;
* each of them is listed in the migration's log (logger ``alembic.runtime.migration``, warning).

Searching the value lists both records. Editing the flagged one claims its keys again, which is
refused while the other record holds the same value ("Plate … is already recorded: open it?"):
correcting its value, or deleting one of the two once its links are moved, ends it (a restored
record claims its keys again too). Downgrading drops the indexes and the column; the notes are
left as written.
"""

from __future__ import annotations

import logging
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

log = logging.getLogger("alembic.runtime.migration")

#: detail table → the columns that get a partial unique index, in the order duplicates are settled
KEYS = {"vehicle": ("plate", "vin"), "phone": ("number", "imei")}
NAMES = {
    "plate": ("la plaque", "plate"),
    "vin": ("le VIN", "VIN"),
    "number": ("le numéro", "number"),
    "imei": ("l'IMEI", "IMEI"),
}


def _where(column: str) -> Any:
    return sa.text(f"holds_keys AND {column} <> ''")


def _note(column: str, value: str, holder: Any) -> str:
    fr, en = NAMES[column]
    return (
        f"[Doublon, migration 0009] La fiche {holder}, créée avant, porte déjà {fr} {value} : "
        f"à fusionner. / [Duplicate, migration 0009] Record {holder}, created earlier, holds {en} {value}: "
        "merge them."
    )


ENTITY = sa.table(
    "entity",
    sa.column("id", sa.Uuid()),
    sa.column("created_at"),
    sa.column("deleted", sa.Boolean()),
    sa.column("notes", sa.Text()),
    sa.column("version", sa.Integer()),
)


def _detail(table: str, *columns: str) -> Any:
    return sa.table(table, sa.column("id", sa.Uuid()), sa.column("holds_keys", sa.Boolean()), *map(sa.column, columns))


def _settle_duplicates(table: str, column: str) -> None:
    """Leave the oldest live holder of each duplicated value holding it; flag the others."""
    conn = op.get_bind()
    detail = _detail(table, column)
    holding = sa.and_(detail.c.holds_keys.is_(True), detail.c[column] != "")
    repeated = sa.select(detail.c[column]).where(holding).group_by(detail.c[column]).having(sa.func.count() > 1)
    rows = conn.execute(
        sa.select(detail.c.id, detail.c[column].label("value"))
        .join_from(detail, ENTITY, ENTITY.c.id == detail.c.id)
        .where(holding, detail.c[column].in_(repeated))
        .order_by(detail.c[column], ENTITY.c.created_at, detail.c.id)
    ).all()
    holders: dict[str, Any] = {}
    for row in rows:
        holder = holders.setdefault(row.value, row.id)
        if holder == row.id:
            continue
        note = _note(column, row.value, holder)
        conn.execute(detail.update().where(detail.c.id == row.id).values(holds_keys=False))
        conn.execute(
            ENTITY.update()
            .where(ENTITY.c.id == row.id)
            .values(
                version=ENTITY.c.version + 1,
                notes=sa.case((ENTITY.c.notes == "", note), else_=ENTITY.c.notes + "\n\n" + note),
            )
        )
        log.warning("0009: %s %s has the %s of older record %s: flagged as a duplicate", table, row.id, column, holder)


def upgrade() -> None:
    for table, columns in KEYS.items():
        op.add_column(table, sa.Column("holds_keys", sa.Boolean(), nullable=False, server_default=sa.true()))
        detail = _detail(table)
        deleted = sa.select(ENTITY.c.id).where(ENTITY.c.deleted.is_(True))
        op.execute(detail.update().where(detail.c.id.in_(deleted)).values(holds_keys=False))
        for column in columns:
            _settle_duplicates(table, column)
            op.create_index(
                f"uq_{table}_{column}_live",
                table,
                [column],
                unique=True,
                sqlite_where=_where(column),
                postgresql_where=_where(column),
            )


def downgrade() -> None:
    for table, columns in KEYS.items():
        for column in columns:
            op.drop_index(f"uq_{table}_{column}_live", table_name=table)
        with op.batch_alter_table(table) as batch:
            batch.drop_column("holds_keys")
