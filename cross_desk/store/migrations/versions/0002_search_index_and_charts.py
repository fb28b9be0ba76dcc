"""Trigram search index (SQLite FTS5, PostgreSQL pg_trgm) and saved charts.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# The FTS5 table mirrors search_term (external content) and is kept in step by triggers, so no
# code path can update one and forget the other.
SQLITE_UP = [
    "CREATE VIRTUAL TABLE search_fts USING fts5(term, content='search_term', content_rowid='id', tokenize='trigram')",
    "CREATE TRIGGER search_term_ai AFTER INSERT ON search_term BEGIN "
    "INSERT INTO search_fts(rowid, term) VALUES (new.id, new.term); END",
    "CREATE TRIGGER search_term_ad AFTER DELETE ON search_term BEGIN "
    "INSERT INTO search_fts(search_fts, rowid, term) VALUES ('delete', old.id, old.term); END",
    "CREATE TRIGGER search_term_au AFTER UPDATE ON search_term BEGIN "
    "INSERT INTO search_fts(search_fts, rowid, term) VALUES ('delete', old.id, old.term); "
    "INSERT INTO search_fts(rowid, term) VALUES (new.id, new.term); END",
    "INSERT INTO search_fts(search_fts) VALUES ('rebuild')",
]
SQLITE_DOWN = [
    "DROP TRIGGER IF EXISTS search_term_au",
    "DROP TRIGGER IF EXISTS search_term_ad",
    "DROP TRIGGER IF EXISTS search_term_ai",
    "DROP TABLE IF EXISTS search_fts",
]


def upgrade() -> None:
    op.create_table(
        "saved_chart",
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("created_by", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_by", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("case_id", sa.Uuid(), nullable=True),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("state", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["case_file.id"], name=op.f("fk_saved_chart_case_id_case_file")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_saved_chart")),
    )
    with op.batch_alter_table("saved_chart", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_saved_chart_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_saved_chart_deleted"), ["deleted"], unique=False)

    if op.get_bind().dialect.name == "sqlite":
        for statement in SQLITE_UP:
            op.execute(statement)
    else:
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        op.execute("CREATE INDEX ix_search_term_trgm ON search_term USING gin (term gin_trgm_ops)")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for statement in SQLITE_DOWN:
            op.execute(statement)
    else:
        op.execute("DROP INDEX IF EXISTS ix_search_term_trgm")
    with op.batch_alter_table("saved_chart", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_saved_chart_deleted"))
        batch_op.drop_index(batch_op.f("ix_saved_chart_case_id"))
    op.drop_table("saved_chart")
