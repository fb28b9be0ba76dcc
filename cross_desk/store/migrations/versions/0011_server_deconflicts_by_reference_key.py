"""PostgreSQL: the server's deconfliction finds a restricted case by its folded reference

Revision ID: 0011
Revises: 0010

0008's ``cross_desk_deconflict_case`` compared ``lower(reference)``; since 0010 every case has a
``reference_key`` (NFKC + case-folding, computed in Python by one function), which finding and
uniqueness compare. The function now takes that key, so an outsider typing "été-nord" for a
restricted "ÉTÉ-NORD" is told whom to contact, as the lead finding it is.
"""

from __future__ import annotations

from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

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
      AND (c.id = p_id OR (p_reference IS NOT NULL AND c.reference_key = {match}))
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


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(DECONFLICT_CASE.replace("{match}", "p_reference"))


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        # 0008's comparison; the client of that revision sends the reference as typed
        op.execute(DECONFLICT_CASE.replace("c.reference_key = {match}", "lower(c.reference) = lower(btrim(p_reference))"))
