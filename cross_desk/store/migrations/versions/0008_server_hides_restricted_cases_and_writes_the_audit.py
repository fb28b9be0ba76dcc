"""PostgreSQL: the server hides restricted cases, writes every audit row, and locks logins out

Revision ID: 0008
Revises: 0007

Until now a login could read a restricted case's title, its own tips, seizures and events, their
links, search terms and audit rows with plain SQL; it could INSERT an audit row of its own
making (a forged hash, a 2020 date) that broke the chain for good; and a login locked out by
the application could still connect. From here on, for every login but the tables' owner:

* **row-level security** hides what the services hide: a live restricted case one is neither the
  lead nor in the team of (``case_file``, ``case_member``, ``saved_chart``), and the tips,
  seizures and events that only such cases hold (``entity``, ``tip``, ``tip_original``,
  ``seizure``, ``seizure_substance``, ``event``, ``link`` when either end is one, and
  ``search_term``). Counts see the same rows, so they betray nothing. The same condition is the
  WITH CHECK: nobody adds a member to, or links to, what they cannot see. People, vehicles,
  phones and places stay visible, as in the application: a case is a set of records, and a
  person in a restricted case is also the unit's;
* **deconfliction** goes through two functions that tell an outsider only whom to contact about
  a restricted case (found by its reference or id, or holding a record), and audit that they did;
* **the audit** is written only by ``cross_desk_audit``: the server takes the time, the sequence
  and the previous hash, and computes the row's hash itself over the canonical JSON of the row
  (the bytes ``AuditEntry.content`` hashes), under the login's own name. Logins may not INSERT
  into ``audit_log`` any more, nor SELECT it: they read ``audit_trail``, a view that shows rows
  about what is hidden from them with who, when, where and what action, but without record ids
  and details, and with ``content_ok``, the server's own check of the withheld content, so that
  ``audit verify`` still checks every row whole;
* **the lock-out** binds the login: when the gate locks an account its login becomes NOLOGIN,
  and the gate lets it log in again once the lock has ended (the client then retries once).

The tables' owner is not bound by these policies (it runs migrations, the demo load and the
DBA's tools); the application filters for it as before. A superuser is bound by nothing.
"""

from __future__ import annotations

from alembic import op

from cross_desk.store.migrate import earlier_revision

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

#: the advisory lock that serialises audit appends: cross_desk.store.security._AUDIT_LOCK_KEY
AUDIT_LOCK_KEY = 0x0C0DE5C0

# Is the login that connected the tables' owner (or a superuser)? session_user, not current_user:
# inside the SECURITY DEFINER functions below current_user is always the owner.
LOGIN_IS_OWNER = """
CREATE OR REPLACE FUNCTION cross_desk_login_is_owner() RETURNS boolean
LANGUAGE sql STABLE SET search_path = pg_catalog AS $fn$
    SELECT pg_has_role(session_user, c.relowner, 'USAGE') FROM pg_class c WHERE c.oid = 'public.audit_log'::regclass
$fn$
"""

# Whether a case or a record is hidden from the login, one row at a time. Predicates, not the
# set of hidden ids: a function returning that set would have to be executable by every login
# (policies run as the login), and anyone could then count or list what is hidden from them.
# A predicate says only what the row's visibility already says, for an id one already holds.
CASE_HIDDEN = """
CREATE OR REPLACE FUNCTION cross_desk_case_hidden(p_case uuid) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
    SELECT EXISTS (SELECT 1 FROM case_file c WHERE c.id = p_case AND c.restricted AND NOT c.deleted
                   AND c.lead IS DISTINCT FROM session_user::text AND NOT (c.team::jsonb ? session_user::text))
       AND NOT cross_desk_login_is_owner()
$fn$
"""

# A tip, seizure or event that only restricted cases hidden from the login hold
# (cross_desk.store.restriction). Most records are in no restricted case: the first EXISTS,
# on case_member's index, answers them.
RECORD_HIDDEN = """
CREATE OR REPLACE FUNCTION cross_desk_record_hidden(p_id uuid) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
    SELECT EXISTS (SELECT 1 FROM case_member m JOIN case_file c ON c.id = m.case_id
                   WHERE m.entity_id = p_id AND c.restricted AND NOT c.deleted)
       AND EXISTS (SELECT 1 FROM entity e WHERE e.id = p_id AND e.kind IN ('tip', 'seizure', 'event'))
       AND EXISTS (SELECT 1 FROM case_member m WHERE m.entity_id = p_id AND cross_desk_case_hidden(m.case_id))
       AND NOT EXISTS (SELECT 1 FROM case_member m WHERE m.entity_id = p_id AND NOT cross_desk_case_hidden(m.case_id))
$fn$
"""

# An id in an audit row that the login may not read about (any text: rows hold what clients sent).
ID_WITHHELD = """
CREATE OR REPLACE FUNCTION cross_desk_id_withheld(p_id text) RETURNS boolean
LANGUAGE sql STABLE SET search_path = public, pg_temp AS $fn$
    SELECT p_id ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
       AND (cross_desk_case_hidden(p_id::uuid) OR cross_desk_record_hidden(p_id::uuid))
$fn$
"""


# Whether any restricted case is hidden from the login at all: for most logins, most of the
# time, none is, and the per-row predicates are skipped. A scalar sub-select is computed once
# per statement (an InitPlan). It tells a login only that some case exists that it is not on.
ANY_HIDDEN = """
CREATE OR REPLACE FUNCTION cross_desk_any_case_hidden() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
    SELECT EXISTS (SELECT 1 FROM case_file c WHERE c.restricted AND NOT c.deleted
                   AND c.lead IS DISTINCT FROM session_user::text AND NOT (c.team::jsonb ? session_user::text))
       AND NOT cross_desk_login_is_owner()
$fn$
"""
NOTHING_HIDDEN = "NOT (SELECT cross_desk_any_case_hidden())"


def _record(column: str) -> str:
    return f"({NOTHING_HIDDEN} OR NOT cross_desk_record_hidden({column}))"


def _case(column: str) -> str:
    return f"({NOTHING_HIDDEN} OR NOT cross_desk_case_hidden({column}))"


#: table → the condition a row must meet to be seen, changed or added
WALLS = {
    "entity": _record("id"),
    "tip": _record("id"),
    "seizure": _record("id"),
    "event": _record("id"),
    "seizure_substance": _record("seizure_id"),
    "search_term": _record("entity_id"),
    "link": f"{_record('source_id')} AND {_record('target_id')}",
    "case_file": _case("id"),
    "case_member": f"{_case('case_id')} AND {_record('entity_id')}",
    "saved_chart": f"case_id IS NULL OR {_case('case_id')}",
}
#: tables that already have row-level security (0007): the wall is one more, restrictive, policy
RESTRICTIVE = {"tip_original": _record("tip_id")}

# The canonical JSON Python writes (json.dumps with sorted keys, no spaces, non-ASCII as is):
# keys in code point order (UTF-8 byte order, COLLATE "C"), strings escaped by to_json as
# json.dumps escapes them, numbers, booleans and null as written. With p_strict, a number that
# is not a plain integer becomes a string, so that what the server stores reads back the same
# in Python (1.50 would come back as 1.5).
CANONICAL_JSON = """
CREATE OR REPLACE FUNCTION cross_desk_canonical_json(p json, p_strict boolean DEFAULT false) RETURNS text
LANGUAGE sql IMMUTABLE SET search_path = public, pg_temp AS $fn$
    SELECT CASE json_typeof(p)
        WHEN 'object' THEN '{' || coalesce((
            SELECT string_agg(to_json(e.key)::text || ':' || cross_desk_canonical_json(e.value, p_strict), ','
                              ORDER BY e.key COLLATE "C")
            FROM json_each(p) AS e), '') || '}'
        WHEN 'array' THEN '[' || coalesce((
            SELECT string_agg(cross_desk_canonical_json(e.value, p_strict), ',' ORDER BY e.n)
            FROM json_array_elements(p) WITH ORDINALITY AS e(value, n)), '') || ']'
        WHEN 'string' THEN to_json(p #>> '{}')::text
        WHEN 'number' THEN CASE WHEN p_strict AND btrim(p::text) !~ '^-?(0|[1-9][0-9]*)$'
                                THEN to_json(btrim(p::text))::text ELSE btrim(p::text) END
        ELSE btrim(p::text)
    END
$fn$
"""

# The bytes an audit row's hash covers (cross_desk.domain.security.AuditEntry.content).
AUDIT_CONTENT = """
CREATE OR REPLACE FUNCTION cross_desk_audit_content(
    p_seq bigint, p_at timestamptz, p_username text, p_workstation text, p_action text,
    p_entity_ids json, p_details json, p_prev_hash text
) RETURNS text
LANGUAGE sql IMMUTABLE SET search_path = public, pg_temp AS $fn$
    SELECT '{"action":' || to_json(p_action)::text
        || ',"at":' || to_json(to_char(p_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') || '+00:00')::text
        || ',"details":' || cross_desk_canonical_json(p_details)
        || ',"entity_ids":' || cross_desk_canonical_json(p_entity_ids)
        || ',"prev_hash":' || to_json(p_prev_hash)::text
        || ',"seq":' || p_seq::text
        || ',"username":' || to_json(p_username)::text
        || ',"workstation":' || to_json(p_workstation)::text
        || '}'
$fn$
"""

AUDIT_ROW_OK = """
CREATE OR REPLACE FUNCTION cross_desk_audit_row_ok(a audit_log) RETURNS boolean
LANGUAGE sql STABLE SET search_path = public, pg_temp AS $fn$
    SELECT a.hash = encode(sha256(convert_to(cross_desk_audit_content(
        a.seq, a.at, a.username, a.workstation, a.action, a.entity_ids, a.details, a.prev_hash), 'UTF8')), 'hex')
$fn$
"""

# The one way a row enters the chain: the server's time, sequence, previous hash and hash.
AUDIT_INSERT = f"""
CREATE OR REPLACE FUNCTION cross_desk_audit_insert(
    p_username text, p_workstation text, p_action text, p_entity_ids json, p_details json
) RETURNS audit_log
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
DECLARE
    v_row audit_log;
    v_ids json;
    v_details json;
BEGIN
    IF p_entity_ids IS NULL OR json_typeof(p_entity_ids) <> 'array'
       OR EXISTS (SELECT 1 FROM json_array_elements(p_entity_ids) e WHERE json_typeof(e) <> 'string') THEN
        RAISE EXCEPTION 'an audit row''s record ids are a JSON array of strings' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_details IS NULL OR json_typeof(p_details) <> 'object' THEN
        RAISE EXCEPTION 'an audit row''s details are a JSON object' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    v_ids := cross_desk_canonical_json(p_entity_ids, true)::json;
    v_details := cross_desk_canonical_json(p_details, true)::json;
    PERFORM pg_advisory_xact_lock({AUDIT_LOCK_KEY});
    SELECT a.seq, a.hash INTO v_row.seq, v_row.prev_hash FROM audit_log a ORDER BY a.seq DESC LIMIT 1;
    IF NOT FOUND THEN
        v_row.seq := 0;
        v_row.prev_hash := repeat('0', 64);
    END IF;
    v_row.seq := v_row.seq + 1;
    v_row.at := date_trunc('microseconds', clock_timestamp());
    v_row.username := left(p_username, 63);
    -- the workstation the client names, else the one it gave when connecting (application_name)
    v_row.workstation := left(coalesce(p_workstation, current_setting('application_name', true), ''), 200);
    v_row.action := left(p_action, 40);
    v_row.entity_ids := v_ids;
    v_row.details := v_details;
    v_row.hash := encode(sha256(convert_to(cross_desk_audit_content(
        v_row.seq, v_row.at, v_row.username, v_row.workstation, v_row.action, v_ids, v_details, v_row.prev_hash
    ), 'UTF8')), 'hex');
    INSERT INTO audit_log VALUES (v_row.*);
    RETURN v_row;
END
$fn$
"""

# What a login calls: its rows bear its own name (the owner's session writes in any name, for
# the workstation's own commands and the demo load).
AUDIT = """
CREATE OR REPLACE FUNCTION cross_desk_audit(
    p_username text, p_workstation text, p_action text, p_entity_ids json, p_details json
) RETURNS SETOF audit_log
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
BEGIN
    IF p_username IS DISTINCT FROM session_user::text AND NOT cross_desk_login_is_owner() THEN
        RAISE EXCEPTION 'permission denied: the audit rows of login % must bear its name', session_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEXT cross_desk_audit_insert(p_username, p_workstation, p_action, p_entity_ids, p_details);
END
$fn$
"""

# The sign-in gate's rows (0004) go through the same insert.
GATE_APPEND = """
CREATE OR REPLACE FUNCTION cross_desk_audit_append(
    p_username text, p_workstation text, p_action text, p_details text
) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
BEGIN
    PERFORM cross_desk_audit_insert(p_username, p_workstation, p_action, '[]'::json, p_details::json);
END
$fn$
"""

AUDIT_TRAIL = """
CREATE VIEW audit_trail AS
SELECT a.seq, a.at, a.username, a.workstation, a.action,
       CASE WHEN w.withheld THEN '[]'::json ELSE a.entity_ids END AS entity_ids,
       CASE WHEN w.withheld THEN '{}'::json ELSE a.details END AS details,
       a.prev_hash, a.hash,
       CASE WHEN w.withheld THEN cross_desk_audit_row_ok(a) END AS content_ok
FROM audit_log a
CROSS JOIN LATERAL (
    SELECT (SELECT cross_desk_any_case_hidden())
           AND EXISTS (SELECT 1 FROM json_array_elements_text(a.entity_ids) e(id) WHERE cross_desk_id_withheld(e.id))
        AS withheld
) w
"""

# Deconfliction: an outsider learns whom to contact, and the server records that it told them.
DECONFLICT_CASE = """
CREATE OR REPLACE FUNCTION cross_desk_deconflict_case(p_id uuid, p_reference text, p_workstation text)
RETURNS TABLE (case_id uuid, lead text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
DECLARE
    v_id uuid;
    v_lead text;
BEGIN
    SELECT c.id, c.lead INTO v_id, v_lead FROM case_file c
    WHERE cross_desk_case_hidden(c.id)
      AND (c.id = p_id OR (p_reference IS NOT NULL AND lower(c.reference) = lower(btrim(p_reference))))
    LIMIT 1;
    IF NOT FOUND THEN
        RETURN;
    END IF;
    PERFORM cross_desk_audit_insert(session_user::text, p_workstation, 'deconfliction',
                                    json_build_array(v_id::text), json_build_object('lead', v_lead));
    RETURN QUERY SELECT v_id, v_lead;
END
$fn$
"""

DECONFLICT_RECORD = """
CREATE OR REPLACE FUNCTION cross_desk_deconflict_record(p_entity uuid, p_workstation text)
RETURNS TABLE (case_id uuid, lead text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
DECLARE
    r record;
BEGIN
    IF cross_desk_record_hidden(p_entity) THEN
        RETURN;  -- a case's own tip, seizure or event: to outsiders it does not exist
    END IF;
    FOR r IN SELECT c.id, c.lead FROM case_file c JOIN case_member m ON m.case_id = c.id
             WHERE m.entity_id = p_entity AND cross_desk_case_hidden(c.id) ORDER BY c.reference LOOP
        PERFORM cross_desk_audit_insert(session_user::text, p_workstation, 'deconfliction',
                                        json_build_array(p_entity::text, r.id::text), json_build_object('lead', r.lead));
        case_id := r.id;
        lead := r.lead;
        RETURN NEXT;
    END LOOP;
END
$fn$
"""

# The gate (0004) with the login bound by the lock-out: NOLOGIN while locked; once the lock has
# ended, the first refused attempt lets the login in again ('unlocked': the client retries once).
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
    v_ours boolean;
    v_can_login boolean;
BEGIN
    SELECT u.disabled, u.failed_attempts, u.locked_until INTO v_disabled, v_failures, v_until
        FROM user_account u WHERE u.username = p_username FOR UPDATE;
    IF NOT FOUND THEN
        PERFORM cross_desk_audit_append(v_name, v_ws, 'sign_in_failed', '{"reason":"unknown user"}');
        RETURN QUERY SELECT 'wrong'::text, 0, NULL::timestamptz;
        RETURN;
    END IF;
    SELECT NOT r.rolsuper AND pg_has_role(r.oid, 'cross_desk_user', 'MEMBER'), r.rolcanlogin
        INTO v_ours, v_can_login FROM pg_roles r WHERE r.rolname = p_username;
    IF v_until IS NOT NULL AND v_until > v_now THEN
        IF v_ours AND v_can_login THEN
            EXECUTE format('ALTER ROLE %I NOLOGIN', p_username);
        END IF;
        PERFORM cross_desk_audit_append(v_name, v_ws, 'sign_in_failed', '{"reason":"locked"}');
        RETURN QUERY SELECT 'locked'::text, v_failures, v_until;
        RETURN;
    END IF;
    IF v_ours AND NOT v_can_login AND NOT v_disabled THEN
        EXECUTE format('ALTER ROLE %I LOGIN', p_username);
        UPDATE user_account SET locked_until = NULL, updated_at = v_now WHERE username = p_username;
        RETURN QUERY SELECT 'unlocked'::text, v_failures, NULL::timestamptz;
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
        IF v_ours AND v_can_login THEN
            EXECUTE format('ALTER ROLE %I NOLOGIN', p_username);
        END IF;
        PERFORM cross_desk_audit_append(v_name, v_ws, 'locked_out', '{"minutes":' || v_minutes::text || '}');
    ELSE
        UPDATE user_account SET failed_attempts = v_failures, updated_at = v_now WHERE username = p_username;
    END IF;
    RETURN QUERY SELECT 'wrong'::text, v_failures, NULL::timestamptz;
END
$fn$
"""

# The owner writes what the demo load and the DBA's tools bring in, but does not read it: an
# identity or an original wording is read by its handlers alone.
OWNER_WRITES = [
    "CREATE POLICY source_identity_owner_adds ON source_identity FOR INSERT WITH CHECK (cross_desk_is_owner())",
    "CREATE POLICY tip_original_owner_adds ON tip_original FOR INSERT WITH CHECK (cross_desk_is_owner())",
]

USER_FUNCTIONS = [
    "cross_desk_audit(text, text, text, json, json)",
    "cross_desk_deconflict_case(uuid, text, text)",
    "cross_desk_deconflict_record(uuid, text)",
]
OWNER_ONLY = ["cross_desk_audit_insert(text, text, text, json, json)"]

POSTGRES_UP = [
    LOGIN_IS_OWNER,
    ANY_HIDDEN,
    CASE_HIDDEN,
    RECORD_HIDDEN,
    ID_WITHHELD,
    CANONICAL_JSON,
    AUDIT_CONTENT,
    AUDIT_ROW_OK,
    AUDIT_INSERT,
    AUDIT,
    GATE_APPEND,
    AUDIT_TRAIL,
    DECONFLICT_CASE,
    DECONFLICT_RECORD,
    SIGN_IN_FAILED,
    *(f"REVOKE ALL ON FUNCTION {f} FROM PUBLIC" for f in USER_FUNCTIONS + OWNER_ONLY),
    *(f"GRANT EXECUTE ON FUNCTION {f} TO cross_desk_user" for f in USER_FUNCTIONS),
    # the audit is read through the view and written through the function, never directly
    "REVOKE SELECT, INSERT ON audit_log FROM cross_desk_user",
    "GRANT SELECT ON audit_trail TO cross_desk_user",
    *(
        statement
        for table, condition in WALLS.items()
        for statement in (
            f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY",
            f"CREATE POLICY restricted_case_wall ON {table} USING ({condition}) WITH CHECK ({condition})",
        )
    ),
    *(
        f"CREATE POLICY restricted_case_wall ON {table} AS RESTRICTIVE USING ({condition}) WITH CHECK ({condition})"
        for table, condition in RESTRICTIVE.items()
    ),
    *OWNER_WRITES,
]

POSTGRES_DOWN = [
    "DROP POLICY IF EXISTS tip_original_owner_adds ON tip_original",
    "DROP POLICY IF EXISTS source_identity_owner_adds ON source_identity",
    *(f"DROP POLICY IF EXISTS restricted_case_wall ON {table}" for table in RESTRICTIVE),
    *(
        statement
        for table in WALLS
        for statement in (
            f"DROP POLICY IF EXISTS restricted_case_wall ON {table}",
            f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY",
        )
    ),
    "DROP VIEW IF EXISTS audit_trail",
    "GRANT SELECT, INSERT ON audit_log TO cross_desk_user",
    "DROP FUNCTION IF EXISTS cross_desk_deconflict_record(uuid, text)",
    "DROP FUNCTION IF EXISTS cross_desk_deconflict_case(uuid, text, text)",
    "DROP FUNCTION IF EXISTS cross_desk_audit(text, text, text, json, json)",
    # then the gate's functions as 0004 made them (in downgrade())
    "DROP FUNCTION IF EXISTS cross_desk_audit_insert(text, text, text, json, json)",
    "DROP FUNCTION IF EXISTS cross_desk_audit_row_ok(audit_log)",
    "DROP FUNCTION IF EXISTS cross_desk_audit_content(bigint, timestamptz, text, text, text, json, json, text)",
    "DROP FUNCTION IF EXISTS cross_desk_canonical_json(json, boolean)",
    "DROP FUNCTION IF EXISTS cross_desk_id_withheld(text)",
    "DROP FUNCTION IF EXISTS cross_desk_record_hidden(uuid)",
    "DROP FUNCTION IF EXISTS cross_desk_case_hidden(uuid)",
    "DROP FUNCTION IF EXISTS cross_desk_any_case_hidden()",
    "DROP FUNCTION IF EXISTS cross_desk_login_is_owner()",
]


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in POSTGRES_UP:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        statements = list(POSTGRES_DOWN)
        at = statements.index("DROP FUNCTION IF EXISTS cross_desk_audit_insert(text, text, text, json, json)")
        gate = earlier_revision("0004_sign_in_gate")  # the append and gate these functions replaced
        statements[at:at] = [gate.APPEND, gate.SIGN_IN_FAILED]
        for statement in statements:
            op.execute(statement)
