"""PostgreSQL sign-in gate: failed sign-ins and lock-outs recorded when the server refuses a login

Revision ID: 0004
Revises: 0003

Each user signs in to PostgreSQL with a login of their own, so a wrong password means the server
refuses the connection and the client has no session to record the failure with. The gate is a
role that can do exactly one thing: call ``cross_desk_sign_in_failed``, which counts the failure,
locks the account after too many, and appends the hash-chained audit rows, all as the tables'
owner (SECURITY DEFINER). The gate reads no table: not the accounts, hashes, identities or log.

``cross_desk_gate`` is created NOLOGIN; the DBA gives it a login once, e.g.
``ALTER ROLE cross_desk_gate LOGIN PASSWORD '…'`` (or a login of their choice made a member of
it), and puts that name and password in the workstations' settings (see README).
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

#: the advisory lock that serialises audit appends: cross_desk.store.security._AUDIT_LOCK_KEY
AUDIT_LOCK_KEY = 0x0C0DE5C0

# The row's hash must be the one cross_desk.domain.security.AuditEntry.computed_hash gives, so
# that `audit verify` checks these rows like any other: SHA-256 of the JSON of every field but
# the hash, keys sorted, no spaces, non-ASCII kept as is. PostgreSQL's to_json escapes a string
# exactly as Python's json.dumps(ensure_ascii=False) does (", \, \b \f \n \r \t, other control
# characters as lower-case \u00xx), and the time is written as datetime.isoformat() writes it.
APPEND = f"""
CREATE OR REPLACE FUNCTION cross_desk_audit_append(
    p_username text, p_workstation text, p_action text, p_details text
) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
DECLARE
    v_seq bigint;
    v_prev text;
    v_at timestamptz := date_trunc('microseconds', clock_timestamp());
    v_content text;
BEGIN
    PERFORM pg_advisory_xact_lock({AUDIT_LOCK_KEY});
    SELECT a.seq, a.hash INTO v_seq, v_prev FROM audit_log a ORDER BY a.seq DESC LIMIT 1;
    IF NOT FOUND THEN
        v_seq := 0;
        v_prev := repeat('0', 64);
    END IF;
    v_seq := v_seq + 1;
    v_content := '{{"action":' || to_json(p_action)::text
        || ',"at":' || to_json(to_char(v_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') || '+00:00')::text
        || ',"details":' || p_details
        || ',"entity_ids":[]'
        || ',"prev_hash":' || to_json(v_prev)::text
        || ',"seq":' || v_seq::text
        || ',"username":' || to_json(p_username)::text
        || ',"workstation":' || to_json(p_workstation)::text
        || '}}';
    INSERT INTO audit_log (seq, at, username, workstation, action, entity_ids, details, prev_hash, hash)
    VALUES (v_seq, v_at, p_username, p_workstation, p_action, '[]'::json, p_details::json, v_prev,
            encode(sha256(convert_to(v_content, 'UTF8')), 'hex'));
END
$fn$
"""

# Same rules as cross_desk.services.accounts.Accounts.sign_in: a locked account stays locked
# (and the attempt is audited); otherwise the failure is counted, and the n-th one locks the
# account. The policy comes from the client, within bounds a changed client cannot widen:
# at most 20 failures, at least ten minutes. Outcome 'locked' (with until when) or 'wrong'
# (with the count of consecutive failures, for the client's growing delay; 0 when unknown).
SIGN_IN_FAILED = """
CREATE OR REPLACE FUNCTION cross_desk_sign_in_failed(
    p_username text, p_workstation text, p_max_failures integer, p_lockout_minutes integer
) RETURNS TABLE (outcome text, failures integer, locked_until timestamptz)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
DECLARE
    v_name text := left(coalesce(nullif(p_username, ''), '?'), 60);
    v_ws text := left(coalesce(p_workstation, ''), 200);
    v_max integer := least(greatest(coalesce(p_max_failures, 5), 1), 20);
    v_minutes integer := greatest(coalesce(p_lockout_minutes, 10), 10);
    v_now timestamptz := clock_timestamp();
    v_disabled boolean;
    v_failures integer;
    v_until timestamptz;
BEGIN
    SELECT u.disabled, u.failed_attempts, u.locked_until INTO v_disabled, v_failures, v_until
        FROM user_account u WHERE u.username = p_username FOR UPDATE;
    IF NOT FOUND THEN
        PERFORM cross_desk_audit_append(v_name, v_ws, 'sign_in_failed', '{"reason":"unknown user"}');
        RETURN QUERY SELECT 'wrong'::text, 0, NULL::timestamptz;
        RETURN;
    END IF;
    IF v_until IS NOT NULL AND v_until > v_now THEN
        PERFORM cross_desk_audit_append(v_name, v_ws, 'sign_in_failed', '{"reason":"locked"}');
        RETURN QUERY SELECT 'locked'::text, v_failures, v_until;
        RETURN;
    END IF;
    v_failures := v_failures + 1;
    PERFORM cross_desk_audit_append(
        v_name, v_ws, 'sign_in_failed',
        '{"failures":' || v_failures::text || ',"reason":'
        || CASE WHEN v_disabled THEN '"disabled"' ELSE '"wrong password"' END || '}'
    );
    IF v_failures >= v_max THEN
        UPDATE user_account
            SET failed_attempts = 0, locked_until = v_now + make_interval(mins => v_minutes), updated_at = v_now
            WHERE username = p_username;
        PERFORM cross_desk_audit_append(v_name, v_ws, 'locked_out', '{"minutes":' || v_minutes::text || '}');
    ELSE
        UPDATE user_account SET failed_attempts = v_failures, updated_at = v_now WHERE username = p_username;
    END IF;
    RETURN QUERY SELECT 'wrong'::text, v_failures, NULL::timestamptz;
END
$fn$
"""

POSTGRES_UP = [
    "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'cross_desk_gate') "
    "THEN CREATE ROLE cross_desk_gate NOLOGIN; END IF; END $$",
    APPEND,
    SIGN_IN_FAILED,
    # functions are executable by PUBLIC unless revoked: only the gate may record a failure, and
    # nobody may append audit rows through the owner's function
    "REVOKE ALL ON FUNCTION cross_desk_audit_append(text, text, text, text) FROM PUBLIC",
    "REVOKE ALL ON FUNCTION cross_desk_sign_in_failed(text, text, integer, integer) FROM PUBLIC",
    "GRANT USAGE ON SCHEMA public TO cross_desk_gate",
    "GRANT EXECUTE ON FUNCTION cross_desk_sign_in_failed(text, text, integer, integer) TO cross_desk_gate",
]
POSTGRES_DOWN = [
    "DROP FUNCTION IF EXISTS cross_desk_sign_in_failed(text, text, integer, integer)",
    "DROP FUNCTION IF EXISTS cross_desk_audit_append(text, text, text, text)",
    # the role is shared by every database of the server: only its rights here are taken back
    "REVOKE USAGE ON SCHEMA public FROM cross_desk_gate",
]


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in POSTGRES_UP:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in POSTGRES_DOWN:
            op.execute(statement)
