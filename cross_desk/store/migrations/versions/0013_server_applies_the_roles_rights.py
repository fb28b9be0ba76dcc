"""PostgreSQL: the server applies the roles' table of rights to the records

Revision ID: 0013
Revises: 0012

Every login could INSERT, UPDATE and DELETE every data table: an analyst or an administrator,
whose role reads records but never changes them, could change anything with psql; an
investigator could restore a deleted record (supervisors only) or make a source (handlers and
supervisors only). The server now applies ``cross_desk.domain.access.PERMISSIONS`` to the tables:

* records, links, cases and their members, search terms, wordings and identities are written by
  the group ``cross_desk_writer`` (investigators, source handlers, supervisors); everyone else
  reads them (row-level security still decides which rows);
* sources are made and changed by ``cross_desk_handler`` (source handlers) and supervisors;
* a deleted record is restored only by a supervisor (trigger on ``entity``);
* saved charts stay writable by every login (analysts save their charts);
* tables made by later migrations give logins nothing but SELECT unless they say so.

The groups are joined by ``cross_desk_join_groups`` when accounts are added or change role,
and the logins of existing accounts join them here.
"""

from __future__ import annotations

from alembic import op

from cross_desk.store.migrate import earlier_revision

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

WRITTEN_BY_WRITERS = (
    "entity",
    "person",
    "vehicle",
    "phone",
    "location",
    "organisation",
    "tip",
    "tip_original",
    "seizure",
    "seizure_substance",
    "event",
    "link",
    "case_file",
    "case_member",
    "search_term",
    "source_identity",
)
NEW_GROUPS = ("cross_desk_writer", "cross_desk_handler")

GROUP_FOR_ROLE = """
CREATE OR REPLACE FUNCTION cross_desk_join_groups(p_name text, p_role text) RETURNS void
LANGUAGE plpgsql SET search_path = pg_catalog AS $fn$
DECLARE
    v_group text;
    v_wanted boolean;
BEGIN
    EXECUTE format('ALTER ROLE %I NOCREATEROLE', p_name);
    EXECUTE format('GRANT cross_desk_user TO %I', p_name);
    FOR v_group, v_wanted IN VALUES
        ('cross_desk_supervisor', p_role = 'supervisor'),
        ('cross_desk_admin', p_role = 'administrator'),
        ('cross_desk_writer', p_role IN ('investigator', 'source_handler', 'supervisor')),
        ('cross_desk_handler', p_role = 'source_handler')
    LOOP
        IF v_wanted THEN
            EXECUTE format('GRANT %I TO %I', v_group, p_name);
        ELSIF pg_has_role(p_name, v_group, 'MEMBER') THEN
            EXECUTE format('REVOKE %I FROM %I', v_group, p_name);
        END IF;
    END LOOP;
END
$fn$
"""

SYNC_LOGINS = """
DO $$
DECLARE
    r record;
BEGIN
    FOR r IN SELECT u.username, u.role FROM user_account u JOIN pg_roles p ON p.rolname = u.username
             WHERE NOT p.rolsuper AND pg_has_role(p.oid, 'cross_desk_user', 'MEMBER') LOOP
        PERFORM cross_desk_join_groups(r.username, r.role);
    END LOOP;
END
$$
"""

RESTORE_GUARD = """
CREATE OR REPLACE FUNCTION cross_desk_restore_guard() RETURNS trigger
LANGUAGE plpgsql SET search_path = public, pg_temp AS $fn$
BEGIN
    IF OLD.deleted AND NOT NEW.deleted
       AND NOT (cross_desk_is_owner() OR pg_has_role(current_user, 'cross_desk_supervisor', 'USAGE')) THEN
        RAISE EXCEPTION 'permission denied: only a supervisor restores a deleted record (%)', OLD.id
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$fn$
"""


def _create_group(name: str) -> str:
    return (
        f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{name}') "
        f"THEN CREATE ROLE {name} NOLOGIN; END IF; END $$"
    )


TABLES = ", ".join(WRITTEN_BY_WRITERS)

POSTGRES_UP = [
    *(_create_group(group) for group in NEW_GROUPS),
    GROUP_FOR_ROLE,
    f"REVOKE INSERT, UPDATE, DELETE ON {TABLES} FROM cross_desk_user",
    f"GRANT INSERT, UPDATE, DELETE ON {TABLES} TO cross_desk_writer",
    "REVOKE INSERT, UPDATE ON source FROM cross_desk_user",
    "GRANT INSERT, UPDATE ON source TO cross_desk_handler, cross_desk_supervisor",
    "ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE INSERT, UPDATE, DELETE ON TABLES FROM cross_desk_user",
    RESTORE_GUARD,
    "CREATE TRIGGER restore_guard BEFORE UPDATE ON entity FOR EACH ROW EXECUTE FUNCTION cross_desk_restore_guard()",
    SYNC_LOGINS,
]

POSTGRES_DOWN = [
    "DROP TRIGGER IF EXISTS restore_guard ON entity",
    "DROP FUNCTION IF EXISTS cross_desk_restore_guard()",
    "ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT INSERT, UPDATE, DELETE ON TABLES TO cross_desk_user",
    "REVOKE INSERT, UPDATE ON source FROM cross_desk_handler, cross_desk_supervisor",
    "GRANT INSERT, UPDATE ON source TO cross_desk_user",
    f"REVOKE INSERT, UPDATE, DELETE ON {TABLES} FROM cross_desk_writer",
    f"GRANT INSERT, UPDATE, DELETE ON {TABLES} TO cross_desk_user",
    # then 0005's cross_desk_join_groups (in downgrade())
    # the group roles are the server's, shared by its databases: they stay, without rights here
]


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in POSTGRES_UP:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in [*POSTGRES_DOWN, earlier_revision("0005_server_refuses_changed_clients").GROUP_FOR_ROLE]:
            op.execute(statement)
