"""PostgreSQL: no change a login makes to a record escapes the audit chain

Revision ID: 0012
Revises: 0011

Until now ``DELETE FROM link …`` or ``UPDATE person …`` sent with psql under an investigator's
own login committed with no audit row: only the application wrote them. Now the server keeps a
journal of what each login's transaction changed in the data tables (statement triggers with
transition tables, so one journal row per statement, not per row) and, when the transaction
commits, compares it with the audit rows the same transaction wrote. Whatever changed that no
audit row of the transaction names is recorded by the server itself, in one ``data_change`` row
under the login's name: the tables, the operations, how many records, and their ids (the first
1 000). The application's own writes name what they change, so they add no row.

A record counts as named when an audit row of the transaction lists its id; a link or a case
membership also when both its ends are listed; an account when a row's details name it. The
tables' owner (the DBA, migrations, the demo load) and the server's own functions are not
journaled: they are the ones who write the chain.
"""

from __future__ import annotations

from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

#: table → (the column that names the record, the columns of its ends or "")
JOURNALED = {
    "entity": ("id", ""),
    "person": ("id", ""),
    "vehicle": ("id", ""),
    "phone": ("id", ""),
    "location": ("id", ""),
    "organisation": ("id", ""),
    "source": ("id", ""),
    "source_identity": ("source_id", ""),
    "tip": ("id", ""),
    "tip_original": ("tip_id", ""),
    "seizure": ("id", ""),
    "seizure_substance": ("seizure_id", ""),
    "event": ("id", ""),
    "search_term": ("entity_id", ""),
    "link": ("id", "source_id,target_id"),
    "case_file": ("id", ""),
    "case_member": ("case_id", "case_id,entity_id"),
    "saved_chart": ("id", ""),
    "user_account": ("username", ""),
}
OPERATIONS = {"INSERT": "NEW", "UPDATE": "NEW", "DELETE": "OLD"}

PENDING = """
CREATE TABLE audit_pending (
    txid bigint NOT NULL,
    tbl text NOT NULL,
    op text NOT NULL,
    id text NOT NULL,
    ends text[]
)
"""
# One row per transaction that changed something: it alone carries the trigger that settles the
# journal at commit, so a statement changing ten thousand rows settles once, not ten thousand times.
PENDING_TX = "CREATE TABLE audit_pending_tx (txid bigint PRIMARY KEY)"

# Called by the journal triggers, which run as the login (so that they can tell the owner from
# a login); the journal itself is the owner's, out of logins' reach.
JOURNAL_ADD = """
CREATE OR REPLACE FUNCTION cross_desk_journal_add(p_table text, p_op text, p_rows json) RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
    INSERT INTO audit_pending (txid, tbl, op, id, ends)
    SELECT txid_current(), p_table, p_op, r->>'id',
           CASE WHEN r->'ends' IS NULL OR json_typeof(r->'ends') = 'null' THEN NULL
                ELSE ARRAY(SELECT json_array_elements_text(r->'ends')) END
    FROM json_array_elements(p_rows) r;
    INSERT INTO audit_pending_tx (txid) VALUES (txid_current()) ON CONFLICT DO NOTHING;
$fn$
"""

JOURNAL = """
CREATE OR REPLACE FUNCTION cross_desk_journal() RETURNS trigger
LANGUAGE plpgsql SET search_path = public, pg_temp AS $fn$
DECLARE
    v_rows json;
    v_ends text := coalesce(nullif(TG_ARGV[1], ''), NULL);
BEGIN
    IF cross_desk_is_owner() THEN
        RETURN NULL;
    END IF;
    EXECUTE format(
        'SELECT json_agg(json_build_object(''id'', r.%I::text, ''ends'', %s)) FROM changed r',
        TG_ARGV[0],
        CASE WHEN v_ends IS NULL THEN 'NULL::json'
             ELSE 'json_build_array(' || (SELECT string_agg(format('r.%I::text', c), ', ')
                                          FROM unnest(string_to_array(v_ends, ',')) c) || ')' END
    ) INTO v_rows;
    IF v_rows IS NOT NULL THEN
        PERFORM cross_desk_journal_add(TG_TABLE_NAME, lower(TG_OP), v_rows);
    END IF;
    RETURN NULL;
END
$fn$
"""

# At commit: what the transaction changed and none of its audit rows names gets a row of its own.
# The transaction's audit rows are the last ones of the chain (appends hold the chain's lock
# until commit), found by their xmin.
SETTLE = """
CREATE OR REPLACE FUNCTION cross_desk_audit_settle() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
DECLARE
    v_tx bigint := txid_current();
    v_ids text[];
    v_tables json;
BEGIN
    -- what the transaction's audit rows name, as a keyed table: one lookup per changed record
    CREATE TEMPORARY TABLE IF NOT EXISTS cross_desk_named (id text PRIMARY KEY) ON COMMIT DROP;
    CREATE TEMPORARY TABLE IF NOT EXISTS cross_desk_unnamed (tbl text, op text, id text) ON COMMIT DROP;
    DELETE FROM cross_desk_named;
    DELETE FROM cross_desk_unnamed;
    INSERT INTO cross_desk_named
        SELECT DISTINCT n FROM (
            SELECT json_array_elements_text(a.entity_ids) AS n FROM audit_log a
            WHERE a.seq > (SELECT coalesce(max(seq), 0) - 10000 FROM audit_log)
              AND a.xmin::text::bigint = v_tx % 4294967296
            UNION ALL
            SELECT a.details->>'username' FROM audit_log a
            WHERE a.seq > (SELECT coalesce(max(seq), 0) - 10000 FROM audit_log)
              AND a.xmin::text::bigint = v_tx % 4294967296
        ) named
        WHERE n IS NOT NULL;
    INSERT INTO cross_desk_unnamed
        SELECT DISTINCT p.tbl, p.op, p.id FROM audit_pending p
        WHERE p.txid = v_tx
          AND NOT EXISTS (SELECT 1 FROM cross_desk_named n WHERE n.id = p.id)
          AND NOT (p.ends IS NOT NULL AND NOT EXISTS (
              SELECT 1 FROM unnest(p.ends) e(id) WHERE NOT EXISTS (SELECT 1 FROM cross_desk_named n WHERE n.id = e.id)));
    DELETE FROM audit_pending WHERE txid = v_tx;
    DELETE FROM audit_pending_tx WHERE txid = v_tx;
    IF NOT EXISTS (SELECT 1 FROM cross_desk_unnamed) THEN
        RETURN NULL;
    END IF;
    SELECT json_object_agg(t.tbl, t.ops) INTO v_tables FROM (
        SELECT o.tbl, json_object_agg(o.op, o.n) AS ops
        FROM (SELECT tbl, op, count(DISTINCT id) AS n FROM cross_desk_unnamed GROUP BY tbl, op) o GROUP BY o.tbl
    ) t;
    SELECT array_agg(id ORDER BY id) INTO v_ids FROM (SELECT DISTINCT id FROM cross_desk_unnamed LIMIT 1000) i;
    PERFORM cross_desk_audit_insert(
        session_user::text, NULL, 'data_change', to_json(v_ids),
        json_build_object('tables', v_tables, 'records', (SELECT count(DISTINCT id) FROM cross_desk_unnamed),
                          'through', 'sql')
    );
    RETURN NULL;
END
$fn$
"""


def _triggers() -> list[str]:
    statements = []
    for table, (column, ends) in JOURNALED.items():
        for operation, side in OPERATIONS.items():
            statements.append(
                f"CREATE TRIGGER journal_{operation.lower()} AFTER {operation} ON {table} "
                f"REFERENCING {side} TABLE AS changed FOR EACH STATEMENT "
                f"EXECUTE FUNCTION cross_desk_journal('{column}', '{ends}')"
            )
    return statements


POSTGRES_UP = [
    PENDING,
    "CREATE INDEX ix_audit_pending_txid ON audit_pending (txid)",
    PENDING_TX,
    JOURNAL_ADD,
    JOURNAL,
    SETTLE,
    "REVOKE ALL ON audit_pending, audit_pending_tx FROM PUBLIC",
    "REVOKE ALL ON audit_pending, audit_pending_tx FROM cross_desk_user",
    "REVOKE ALL ON FUNCTION cross_desk_journal_add(text, text, json) FROM PUBLIC",
    "GRANT EXECUTE ON FUNCTION cross_desk_journal_add(text, text, json) TO cross_desk_user",
    "CREATE CONSTRAINT TRIGGER audit_settle AFTER INSERT ON audit_pending_tx DEFERRABLE INITIALLY DEFERRED "
    "FOR EACH ROW EXECUTE FUNCTION cross_desk_audit_settle()",
    *_triggers(),
]

POSTGRES_DOWN = [
    *(
        f"DROP TRIGGER IF EXISTS journal_{operation.lower()} ON {table}"
        for table in JOURNALED
        for operation in OPERATIONS
    ),
    "DROP TABLE IF EXISTS audit_pending_tx",
    "DROP TABLE IF EXISTS audit_pending",
    "DROP FUNCTION IF EXISTS cross_desk_audit_settle()",
    "DROP FUNCTION IF EXISTS cross_desk_journal()",
    "DROP FUNCTION IF EXISTS cross_desk_journal_add(text, text, json)",
]


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in POSTGRES_UP:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in POSTGRES_DOWN:
            op.execute(statement)
