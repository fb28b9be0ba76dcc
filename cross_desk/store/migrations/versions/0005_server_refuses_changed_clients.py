"""PostgreSQL: the server itself refuses what a changed client could try

Revision ID: 0005
Revises: 0004

Migration 0003 let every user login UPDATE any source (add itself to ``handlers``, then read the
identity through the row-level security keyed on them), UPDATE any account (make itself an
administrator, unlock itself) and read every stored password hash; and an administrator's login
had CREATEROLE, with which PostgreSQL 15 lets it grant itself any role of the server (the tables'
owner included). From here on:

* group roles per application role: ``cross_desk_supervisor`` and ``cross_desk_admin``, granted
  to the logins by the owner's functions below when accounts are added or change role;
* a source's ``handlers``, ``controller`` (and id) change only by its controller or a supervisor
  (trigger); only supervisors may DELETE sources (erasure), so none is deleted and re-created
  under another handler;
* ``user_account``: logins read every column but ``password_hash``; only administrators INSERT or
  UPDATE; a user's own sign-in (failure counter reset, hash upgrade) goes through
  ``cross_desk_signed_in``, which never lifts a running lock-out; the hash upgrade check reads
  only the parameters of one's own hash (``cross_desk_own_hash_parameters``);
* logins are created, changed and disabled only through ``cross_desk_*_login`` functions run as
  the owner and executable by administrators, which touch nothing but cross_desk's own logins;
  no login keeps CREATEROLE;
* an audit row inserted by a login names that login and follows the head of the chain (trigger);
  rows written as the owner (``cross_desk_audit_append`` for the gate, the DBA) are exempt.

SQLite: nothing (whoever holds the file holds the database; ``audit verify`` detects tampering).
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

#: application roles (cross_desk.domain.access.Role values) → the group role their logins join
GROUPS = {"supervisor": "cross_desk_supervisor", "administrator": "cross_desk_admin"}

# Whether the current role acts as the tables' owner: the owner itself, a superuser, or a
# SECURITY DEFINER function of the owner (the gate's audit rows). Not SECURITY DEFINER itself,
# so that it sees the caller. Granted to PUBLIC: it reveals nothing.
IS_OWNER = """
CREATE OR REPLACE FUNCTION cross_desk_is_owner() RETURNS boolean
LANGUAGE sql STABLE SET search_path = pg_catalog AS $fn$
    SELECT pg_has_role(current_user, c.relowner, 'USAGE') FROM pg_class c WHERE c.oid = 'public.audit_log'::regclass
$fn$
"""

SOURCE_GUARD = """
CREATE OR REPLACE FUNCTION cross_desk_source_guard() RETURNS trigger
LANGUAGE plpgsql SET search_path = public, pg_temp AS $fn$
BEGIN
    IF (NEW.id IS DISTINCT FROM OLD.id
        OR NEW.handlers::jsonb IS DISTINCT FROM OLD.handlers::jsonb
        OR NEW.controller IS DISTINCT FROM OLD.controller)
       AND NOT (cross_desk_is_owner()
                OR pg_has_role(current_user, 'cross_desk_supervisor', 'USAGE')
                OR (OLD.controller <> '' AND OLD.controller = current_user::text)) THEN
        RAISE EXCEPTION 'permission denied: only the controller of source % or a supervisor may change its handlers',
            OLD.id USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$fn$
"""

# A login's audit rows carry its own name and extend the chain's head: a changed client can
# neither write in someone else's name nor fork or re-order the chain (the hash itself is checked
# by `audit verify`, whose JSON the server does not reproduce for every detail).
AUDIT_GUARD = """
CREATE OR REPLACE FUNCTION cross_desk_audit_guard() RETURNS trigger
LANGUAGE plpgsql SET search_path = public, pg_temp AS $fn$
DECLARE
    v_seq bigint;
    v_hash text;
BEGIN
    IF cross_desk_is_owner() THEN
        RETURN NEW;
    END IF;
    IF NEW.username IS DISTINCT FROM current_user::text THEN
        RAISE EXCEPTION 'permission denied: the audit rows of login % must bear its name', current_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    SELECT a.seq, a.hash INTO v_seq, v_hash FROM audit_log a ORDER BY a.seq DESC LIMIT 1;
    IF NOT FOUND THEN
        v_seq := 0;
        v_hash := repeat('0', 64);
    END IF;
    IF NEW.seq IS DISTINCT FROM v_seq + 1 OR NEW.prev_hash IS DISTINCT FROM v_hash THEN
        RAISE EXCEPTION 'permission denied: an audit row must follow the head of the chain (row %)', v_seq + 1
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$fn$
"""

# A user's own successful sign-in: the failure counter is reset and, when the client hashed the
# password again with stronger parameters, the new hash stored. A lock-out still running is
# never lifted: the lock's end is returned and nothing changes. session_user is the login
# that connected (current_user is the owner here). The hash stored on a server authenticates
# nothing (the login's own SCRAM verifier does), so a user writing their own is harmless.
SIGNED_IN = r"""
CREATE OR REPLACE FUNCTION cross_desk_signed_in(p_new_hash text) RETURNS timestamptz
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
DECLARE
    v_until timestamptz;
    v_now timestamptz := clock_timestamp();
BEGIN
    SELECT u.locked_until INTO v_until FROM user_account u WHERE u.username = session_user::text FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'permission denied: login % has no account', session_user USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF v_until IS NOT NULL AND v_until > v_now THEN
        RETURN v_until;
    END IF;
    UPDATE user_account
        SET failed_attempts = 0, locked_until = NULL, updated_at = v_now,
            password_hash = CASE WHEN p_new_hash ~ '^\$argon2id\$[-a-zA-Z0-9=,$+/]+$' THEN p_new_hash
                                 ELSE password_hash END
        WHERE username = session_user::text;
    RETURN NULL;
END
$fn$
"""

# The parameters of one's own hash, salt and digest blanked to the same lengths: what argon2's
# check_needs_rehash compares, and nothing an offline attack could use.
OWN_HASH_PARAMETERS = """
CREATE OR REPLACE FUNCTION cross_desk_own_hash_parameters() RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
    SELECT array_to_string(parts[1:4], '$') || '$' || repeat('A', length(parts[5])) || '$' || repeat('A', length(parts[6]))
    FROM (SELECT string_to_array(u.password_hash, '$') AS parts FROM user_account u
          WHERE u.username = session_user::text) AS h
$fn$
"""

# --- logins: made and changed as the owner, for cross_desk's own logins only ----------------

# Only a login that is cross_desk's (member of cross_desk_user) and not a superuser may be
# changed; p_new allows a name no role has yet.
OUR_LOGIN = """
CREATE OR REPLACE FUNCTION cross_desk_check_login(p_name text, p_new boolean) RETURNS boolean
LANGUAGE plpgsql STABLE SET search_path = pg_catalog AS $fn$
DECLARE
    v_super boolean;
    v_ours boolean;
BEGIN
    SELECT r.rolsuper, pg_has_role(r.oid, 'cross_desk_user', 'MEMBER') INTO v_super, v_ours
        FROM pg_roles r WHERE r.rolname = p_name;
    IF NOT FOUND THEN
        IF p_new THEN
            RETURN false;
        END IF;
        RAISE EXCEPTION 'no login named %', p_name USING ERRCODE = 'undefined_object';
    END IF;
    IF v_super OR NOT v_ours OR p_name IN ('cross_desk_user', 'cross_desk_gate', 'cross_desk_supervisor', 'cross_desk_admin') THEN
        RAISE EXCEPTION 'The database server already has a login named ''%'': choose another user name.', p_name
            USING ERRCODE = 'duplicate_object';
    END IF;
    RETURN true;
END
$fn$
"""

GROUP_FOR_ROLE = """
CREATE OR REPLACE FUNCTION cross_desk_join_groups(p_name text, p_role text) RETURNS void
LANGUAGE plpgsql SET search_path = pg_catalog AS $fn$
BEGIN
    EXECUTE format('ALTER ROLE %I NOCREATEROLE', p_name);
    EXECUTE format('GRANT cross_desk_user TO %I', p_name);
    IF p_role = 'supervisor' THEN
        EXECUTE format('GRANT cross_desk_supervisor TO %I', p_name);
    ELSIF pg_has_role(p_name, 'cross_desk_supervisor', 'MEMBER') THEN
        EXECUTE format('REVOKE cross_desk_supervisor FROM %I', p_name);
    END IF;
    IF p_role = 'administrator' THEN
        EXECUTE format('GRANT cross_desk_admin TO %I', p_name);
    ELSIF pg_has_role(p_name, 'cross_desk_admin', 'MEMBER') THEN
        EXECUTE format('REVOKE cross_desk_admin FROM %I', p_name);
    END IF;
END
$fn$
"""

CREATE_LOGIN = """
CREATE OR REPLACE FUNCTION cross_desk_create_login(p_name text, p_verifier text, p_role text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
BEGIN
    IF cross_desk_check_login(p_name, true) THEN
        EXECUTE format('ALTER ROLE %I LOGIN PASSWORD %L', p_name, p_verifier);
    ELSE
        EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', p_name, p_verifier);
    END IF;
    PERFORM cross_desk_join_groups(p_name, p_role);
END
$fn$
"""

SET_LOGIN_PASSWORD = """
CREATE OR REPLACE FUNCTION cross_desk_set_login_password(p_name text, p_verifier text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
BEGIN
    PERFORM cross_desk_check_login(p_name, false);
    EXECUTE format('ALTER ROLE %I PASSWORD %L', p_name, p_verifier);
END
$fn$
"""

SET_LOGIN_ROLE = """
CREATE OR REPLACE FUNCTION cross_desk_set_login_role(p_name text, p_role text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
BEGIN
    PERFORM cross_desk_check_login(p_name, false);
    PERFORM cross_desk_join_groups(p_name, p_role);
END
$fn$
"""

DISABLE_LOGIN = """
CREATE OR REPLACE FUNCTION cross_desk_disable_login(p_name text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
BEGIN
    PERFORM cross_desk_check_login(p_name, false);
    EXECUTE format('ALTER ROLE %I NOLOGIN', p_name);
END
$fn$
"""

# Logins made before this migration: administrators lose CREATEROLE, everyone joins the group
# of their account's role in this database.
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

# Back to 0004: administrators' logins get CREATEROLE again (the group memberships are left: the
# roles are the server's, shared with its other databases).
UNSYNC_LOGINS = """
DO $$
DECLARE
    r record;
BEGIN
    FOR r IN SELECT u.username FROM user_account u JOIN pg_roles p ON p.rolname = u.username
             WHERE NOT p.rolsuper AND u.role = 'administrator' AND pg_has_role(p.oid, 'cross_desk_user', 'MEMBER') LOOP
        EXECUTE format('ALTER ROLE %I CREATEROLE', r.username);
    END LOOP;
END
$$
"""

USER_COLUMNS = "id, username, display_name, role, disabled, failed_attempts, locked_until, created_at, updated_at"
LOGIN_FUNCTIONS = [
    "cross_desk_create_login(text, text, text)",
    "cross_desk_set_login_password(text, text)",
    "cross_desk_set_login_role(text, text)",
    "cross_desk_disable_login(text)",
]
USER_FUNCTIONS = ["cross_desk_signed_in(text)", "cross_desk_own_hash_parameters()"]
INTERNAL_FUNCTIONS = ["cross_desk_check_login(text, boolean)", "cross_desk_join_groups(text, text)"]
TRIGGER_FUNCTIONS = ["cross_desk_source_guard()", "cross_desk_audit_guard()"]


def _create_group(name: str) -> str:
    return (
        f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{name}') "
        f"THEN CREATE ROLE {name} NOLOGIN; END IF; END $$"
    )


POSTGRES_UP = [
    *(_create_group(group) for group in GROUPS.values()),
    IS_OWNER,
    SOURCE_GUARD,
    AUDIT_GUARD,
    SIGNED_IN,
    OWN_HASH_PARAMETERS,
    OUR_LOGIN,
    GROUP_FOR_ROLE,
    CREATE_LOGIN,
    SET_LOGIN_PASSWORD,
    SET_LOGIN_ROLE,
    DISABLE_LOGIN,
    # functions are executable by PUBLIC unless revoked
    *(f"REVOKE ALL ON FUNCTION {f} FROM PUBLIC" for f in LOGIN_FUNCTIONS + USER_FUNCTIONS + INTERNAL_FUNCTIONS),
    *(f"GRANT EXECUTE ON FUNCTION {f} TO cross_desk_admin" for f in LOGIN_FUNCTIONS),
    *(f"GRANT EXECUTE ON FUNCTION {f} TO cross_desk_user" for f in USER_FUNCTIONS),
    "CREATE TRIGGER source_guard BEFORE UPDATE ON source FOR EACH ROW EXECUTE FUNCTION cross_desk_source_guard()",
    "CREATE TRIGGER audit_log_guard BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION cross_desk_audit_guard()",
    "REVOKE DELETE ON source FROM cross_desk_user",
    "GRANT DELETE ON source TO cross_desk_supervisor",
    "REVOKE ALL ON user_account FROM cross_desk_user",
    f"GRANT SELECT ({USER_COLUMNS}) ON user_account TO cross_desk_user",
    "GRANT INSERT, UPDATE ON user_account TO cross_desk_admin",
    SYNC_LOGINS,
]

POSTGRES_DOWN = [
    UNSYNC_LOGINS,
    "REVOKE INSERT, UPDATE ON user_account FROM cross_desk_admin",
    f"REVOKE SELECT ({USER_COLUMNS}) ON user_account FROM cross_desk_user",
    "GRANT SELECT, INSERT, UPDATE, DELETE ON user_account TO cross_desk_user",
    "REVOKE DELETE ON source FROM cross_desk_supervisor",
    "GRANT DELETE ON source TO cross_desk_user",
    "DROP TRIGGER IF EXISTS audit_log_guard ON audit_log",
    "DROP TRIGGER IF EXISTS source_guard ON source",
    *(f"DROP FUNCTION IF EXISTS {f}" for f in LOGIN_FUNCTIONS + USER_FUNCTIONS + INTERNAL_FUNCTIONS),
    *(f"DROP FUNCTION IF EXISTS {f}" for f in TRIGGER_FUNCTIONS),
    # the group roles are the server's, shared by its databases: they stay, without rights here
    "DROP FUNCTION IF EXISTS cross_desk_is_owner()",
]


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in POSTGRES_UP:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in POSTGRES_DOWN:
            op.execute(statement)
