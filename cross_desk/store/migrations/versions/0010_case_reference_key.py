"""Case references compared under one folding: ``case_file.reference_key`` with a unique index

Revision ID: 0010
Revises: 0009

Finding a case by reference and refusing a taken one compared ``lower(reference)`` in SQL with
Python's ``str.lower()``; SQLite's ``lower()`` folds only ASCII, so "ÉTÉ-NORD" or "ДЕЛО-1" could
not be found, even by their lead, and another team reusing a restricted case's reference met the
unique constraint ("already taken") instead of the audited deconfliction notice. Each case now
stores ``cross_desk.domain.text.reference_key(reference)`` (NFKC + case-folding, in Python), and
finding, uniqueness and deconfliction compare that column.

Existing rows are keyed here with the same function. Two old references that fold alike
("été" and "ÉTÉ" were both accepted on SQLite) cannot share the unique key: the oldest keeps the
plain key, so the reference still finds it, and each later one gets its key followed by its id;
nothing is renamed, and editing such a case's reference asks for a free one.

The column has a server default of '' so that it can be added NOT NULL without rebuilding
``case_file`` on SQLite (``case_member`` and ``saved_chart`` refer to it). On PostgreSQL the
logins reach the column through the table grants of role ``cross_desk_user``; nothing to grant.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from cross_desk.domain.text import reference_key

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

_CASES = sa.table(
    "case_file",
    sa.column("id", sa.Uuid()),
    sa.column("reference", sa.String()),
    sa.column("created_at", sa.DateTime()),
    sa.column("reference_key", sa.String()),
)


def upgrade() -> None:
    op.add_column("case_file", sa.Column("reference_key", sa.String(length=200), nullable=False, server_default=""))
    conn = op.get_bind()
    rows = conn.execute(sa.select(_CASES.c.id, _CASES.c.reference).order_by(_CASES.c.created_at, _CASES.c.id))
    taken: set[str] = set()
    keys: list[dict[str, object]] = []
    for case_id, reference in rows:
        key = reference_key(reference)[:200]  # the column's width (the domain refuses longer now)
        if key in taken:
            key = f"{key[:160]}#{case_id}"
        taken.add(key)
        keys.append({"case_id": case_id, "key": key})
    if keys:
        conn.execute(
            _CASES.update().where(_CASES.c.id == sa.bindparam("case_id")).values(reference_key=sa.bindparam("key")),
            keys,
        )
    op.create_index(op.f("ix_case_file_reference_key"), "case_file", ["reference_key"], unique=True)


def downgrade() -> None:
    op.drop_index(op.f("ix_case_file_reference_key"), table_name="case_file")
    with op.batch_alter_table("case_file", schema=None) as batch_op:
        batch_op.drop_column("reference_key")
