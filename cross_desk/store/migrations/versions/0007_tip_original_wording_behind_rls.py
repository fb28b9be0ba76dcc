"""A tip's original wording in a table of its own, which the server refuses to other logins

Revision ID: 0007
Revises: 0006

Until now the wording that may identify a source sat in ``tip.original_text``: the services
blanked it for anyone who neither handles nor controls the tip's source, but every login could
read it with plain SQL. It now lives in ``tip_original`` (one row per tip that has one), which on
PostgreSQL has row-level security (ENABLE + FORCE) keyed on ``current_user``, split as for the
source identity in 0006:

* reading, adding and editing: the handlers and the controller of the tip's source; a tip with no
  source keeps its wording open to every login, as the services have always shown it;
* erasing: a supervisor or the tables' owner, only the rows the erasing transaction names, unread
  (``set_config('cross_desk.erase_tip', id, true)`` for one tip, or
  ``cross_desk.erase_source`` for the tips of a source being erased), with ``DELETE`` and no
  WHERE clause; nobody else deletes a wording (handlers may blank one by editing it);
* a trigger on ``tip``: a tip's source changes only by that source's handlers or controller (or
  a supervisor erasing that source, who detaches its tips), so nobody moves a tip to a source of
  their own, or to none, to read its wording.

The foreign key has no ON DELETE action: referential actions bypass row-level security, so a
cascade would let any login delete a wording by deleting its tip.

SQLite: the same table, no row-level security (the services' blanking is the guard there). The
rows are moved through a temporary table because the batch rebuild of ``tip`` drops and
re-creates it, which a table referencing it would refuse.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

#: the current login handles or controls the tip's source, or the tip has no source
READABLE = (
    "EXISTS (SELECT 1 FROM tip t LEFT JOIN source s ON s.id = t.source_id "
    "WHERE t.id = tip_original.tip_id "
    "AND (t.source_id IS NULL OR s.handlers::jsonb ? current_user OR s.controller = current_user))"
)
NAMED = (
    "(tip_original.tip_id::text = current_setting('cross_desk.erase_tip', true) "
    "OR EXISTS (SELECT 1 FROM tip t WHERE t.id = tip_original.tip_id "
    "AND t.source_id::text = current_setting('cross_desk.erase_source', true)))"
)
ERASER = "(pg_has_role(current_user, 'cross_desk_supervisor', 'USAGE') OR cross_desk_is_owner())"

TIP_GUARD = """
CREATE OR REPLACE FUNCTION cross_desk_tip_guard() RETURNS trigger
LANGUAGE plpgsql SET search_path = public, pg_temp AS $fn$
BEGIN
    IF NEW.source_id IS DISTINCT FROM OLD.source_id AND OLD.source_id IS NOT NULL
       AND NOT (cross_desk_is_owner()
                OR EXISTS (SELECT 1 FROM source s WHERE s.id = OLD.source_id
                           AND (s.handlers::jsonb ? current_user OR s.controller = current_user))
                OR (NEW.source_id IS NULL
                    AND pg_has_role(current_user, 'cross_desk_supervisor', 'USAGE')
                    AND OLD.source_id::text = current_setting('cross_desk.erase_source', true))) THEN
        RAISE EXCEPTION 'permission denied: only the handlers of source % may attribute its tips to another',
            OLD.source_id USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$fn$
"""

POSTGRES_UP = [
    "GRANT SELECT, INSERT, UPDATE, DELETE ON tip_original TO cross_desk_user",
    "ALTER TABLE tip_original ENABLE ROW LEVEL SECURITY",
    "ALTER TABLE tip_original FORCE ROW LEVEL SECURITY",
    f"CREATE POLICY tip_original_read ON tip_original FOR SELECT USING ({READABLE})",
    f"CREATE POLICY tip_original_add ON tip_original FOR INSERT WITH CHECK ({READABLE})",
    f"CREATE POLICY tip_original_edit ON tip_original FOR UPDATE USING ({READABLE}) WITH CHECK ({READABLE})",
    f"CREATE POLICY tip_original_erase ON tip_original FOR DELETE USING ({ERASER} AND {NAMED})",
    TIP_GUARD,
    "CREATE TRIGGER tip_guard BEFORE UPDATE ON tip FOR EACH ROW EXECUTE FUNCTION cross_desk_tip_guard()",
]
POSTGRES_DOWN = [
    "DROP TRIGGER IF EXISTS tip_guard ON tip",
    "DROP FUNCTION IF EXISTS cross_desk_tip_guard()",
    # the owner (not a superuser on a unit's server) must read every row to move it back; the
    # policies go with the table
    "ALTER TABLE tip_original NO FORCE ROW LEVEL SECURITY",
]

MOVING = "cross_desk_moving_original"


def upgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    op.execute(f"CREATE TEMPORARY TABLE {MOVING} AS SELECT id AS tip_id, original_text AS wording FROM tip")
    with op.batch_alter_table("tip", schema=None) as batch_op:
        batch_op.drop_column("original_text")
    op.create_table(
        "tip_original",
        sa.Column("tip_id", sa.Uuid(), nullable=False),
        sa.Column("wording", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["tip_id"], ["tip.id"], name=op.f("fk_tip_original_tip_id_tip")),
        sa.PrimaryKeyConstraint("tip_id", name=op.f("pk_tip_original")),
    )
    # only tips that have a wording get a row: an empty one reveals nothing and is read back as such
    op.execute(f"INSERT INTO tip_original (tip_id, wording) SELECT tip_id, wording FROM {MOVING} WHERE wording <> ''")
    op.execute(f"DROP TABLE {MOVING}")
    if postgres:
        for statement in POSTGRES_UP:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in POSTGRES_DOWN:
            op.execute(statement)
    op.execute(f"CREATE TEMPORARY TABLE {MOVING} AS SELECT tip_id, wording FROM tip_original")
    op.drop_table("tip_original")
    with op.batch_alter_table("tip", schema=None) as batch_op:
        batch_op.add_column(sa.Column("original_text", sa.Text(), nullable=False, server_default=""))
    op.execute(
        f"UPDATE tip SET original_text = (SELECT m.wording FROM {MOVING} m WHERE m.tip_id = tip.id) "
        f"WHERE id IN (SELECT tip_id FROM {MOVING})"
    )
    op.execute(f"DROP TABLE {MOVING}")
