"""PostgreSQL: supervisors erase a source's identity they cannot read, and nothing else

Revision ID: 0006
Revises: 0005

Retention lets a supervisor erase a source (README "Retention"). The identity row sits behind
row-level security keyed on the source's handlers and controller, so a supervisor who is neither
deleted nothing there, and the source's own delete then failed on the foreign key. A plain DELETE
policy would not do: a DELETE with a WHERE clause must also pass the reading policy.

So the handlers' policy of 0003 now covers reading, adding and editing only, and one DELETE
policy allows removing exactly the identity that the erasing transaction names
(``set_config('cross_desk.erase_source', id, true)``, then ``DELETE FROM source_identity`` with no
WHERE clause), by a supervisor or the tables' owner. Nothing comes back from it, nothing else goes.

SQLite: nothing (no row-level security there).
"""

from __future__ import annotations

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

HANDLES = (
    "EXISTS (SELECT 1 FROM source s WHERE s.id = source_identity.source_id "
    "AND (s.handlers::jsonb ? current_user OR s.controller = current_user))"
)
NAMED = "source_identity.source_id::text = current_setting('cross_desk.erase_source', true)"

POSTGRES_UP = [
    "DROP POLICY IF EXISTS source_identity_handlers ON source_identity",
    f"CREATE POLICY source_identity_read ON source_identity FOR SELECT USING ({HANDLES})",
    f"CREATE POLICY source_identity_add ON source_identity FOR INSERT WITH CHECK ({HANDLES})",
    f"CREATE POLICY source_identity_edit ON source_identity FOR UPDATE USING ({HANDLES}) WITH CHECK ({HANDLES})",
    "CREATE POLICY source_identity_erase ON source_identity FOR DELETE USING ("
    f"(pg_has_role(current_user, 'cross_desk_supervisor', 'USAGE') OR cross_desk_is_owner()) AND {NAMED})",
]
POSTGRES_DOWN = [
    "DROP POLICY IF EXISTS source_identity_erase ON source_identity",
    "DROP POLICY IF EXISTS source_identity_edit ON source_identity",
    "DROP POLICY IF EXISTS source_identity_add ON source_identity",
    "DROP POLICY IF EXISTS source_identity_read ON source_identity",
    f"CREATE POLICY source_identity_handlers ON source_identity USING ({HANDLES})",
]


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in POSTGRES_UP:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in POSTGRES_DOWN:
            op.execute(statement)
