"""On a shared server the database itself refuses what a changed client could try (migration 0005).

Each attack runs as raw SQL on a user's own session, as a desktop client changed by whoever runs
it could send; each legitimate path runs through the services, on the users' own logins.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from argon2 import PasswordHasher
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from cross_desk.bootstrap import App, open_app
from cross_desk.domain import records as r
from cross_desk.domain.access import Forbidden, Role
from cross_desk.domain.actor import Actor
from cross_desk.domain.errors import Conflict
from cross_desk.domain.kinds import LinkKind
from cross_desk.domain.security import SignInFailed
from cross_desk.services import Services
from cross_desk.services.accounts import Accounts
from cross_desk.services.charts import SavedChart
from cross_desk.settings import Settings
from tests.conftest import FAST_POLICY, TEST_GATE_PASSWORD
from tests.store.test_postgres_sign_in import PASSWORD, client_url, sql

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.parametrize("db_url", [pytest.param("postgresql", marks=pytest.mark.postgres)], indirect=True),
]
DENIED = r"InsufficientPrivilege\)"  # SQLSTATE 42501: grants, and the triggers of migration 0005


@pytest.fixture
def accounts(app: App) -> Iterator[dict[str, str]]:
    suffix = uuid.uuid4().hex[:6]
    roles = {
        "admin": Role.ADMINISTRATOR,
        "supervisor": Role.SUPERVISOR,
        "handler": Role.SOURCE_HANDLER,
        "controller": Role.SOURCE_HANDLER,
        "investigator": Role.INVESTIGATOR,
    }
    names = {key: f"{key[:5]}.{suffix}" for key in roles}
    dba = app.services_for(Actor("dba", Role.ADMINISTRATOR, "ws"))
    for key, role in roles.items():
        dba.users.add(names[key], PASSWORD, role)
    yield names
    with app.engine.begin() as conn:
        for name in names.values():
            conn.exec_driver_sql(f'DROP ROLE IF EXISTS "{name}"')


@pytest.fixture
def client(app: App) -> Iterator[App]:
    opened = open_app(
        Settings(client_url(app.settings.database_url), gate_password=TEST_GATE_PASSWORD), policy=FAST_POLICY
    )
    yield opened
    opened.close()


def refused(services: Services, statement: str, match: str = DENIED) -> None:
    """The server refuses ``statement``; its own words (kept as the cause of the user's message) match."""
    with pytest.raises((DBAPIError, Forbidden)) as caught:
        sql(services, statement)
    error = caught.value
    cause = error if isinstance(error, DBAPIError) else error.__cause__
    assert isinstance(cause, DBAPIError) and re.search(match, str(cause)), str(cause)


def owner_value(app: App, statement: str, **params: object) -> object:
    with app.engine.connect() as conn:
        return conn.execute(text(statement), params).scalar()


@pytest.fixture
def source(app: App, client: App, accounts: dict[str, str]) -> r.Source:
    """A source handled by 'handler', controlled by 'controller', its identity recorded."""
    created = app.services.records.create(
        r.Source(codename="BUSARD", handlers=[accounts["handler"]], controller=accounts["controller"])
    )
    handler = client.sign_in(accounts["handler"], PASSWORD)
    handler.records.set_source_identity(r.SourceIdentity(source_id=created.id, surname="Vrainom"))
    return created


def test_a_login_cannot_put_itself_on_a_source(
    app: App, client: App, accounts: dict[str, str], source: r.Source
) -> None:
    investigator = client.sign_in(accounts["investigator"], PASSWORD)
    me = accounts["investigator"]
    refused(investigator, f"""UPDATE source SET handlers = '["{me}"]'""")
    refused(investigator, "UPDATE source SET controller = current_user")
    refused(investigator, """UPDATE source SET handlers = (handlers::jsonb || to_jsonb(current_user::text))::json""")
    refused(investigator, f"UPDATE source SET id = '{uuid.uuid4()}'")
    refused(investigator, f"DELETE FROM source WHERE id = '{source.id}'")  # to re-create it as theirs
    assert sql(investigator, "SELECT count(*) FROM source_identity") == [0]
    # a handler who is not the controller may not bring someone in either
    handler = client.sign_in(accounts["handler"], PASSWORD)
    refused(handler, f"""UPDATE source SET handlers = '["{accounts["handler"]}", "{me}"]'""")
    assert sql(handler, "UPDATE source SET status = status RETURNING codename") == ["BUSARD"]  # other columns: yes
    assert owner_value(app, "SELECT handlers::text FROM source") == f'["{accounts["handler"]}"]'


def test_the_controller_and_supervisors_reassign_handlers(
    app: App, client: App, accounts: dict[str, str], source: r.Source
) -> None:
    supervisor = client.sign_in(accounts["supervisor"], PASSWORD)
    moved = supervisor.records.get(source.id)
    assert isinstance(moved, r.Source)
    moved.handlers = [accounts["investigator"]]
    supervisor.records.update(moved)
    investigator = client.sign_in(accounts["investigator"], PASSWORD)
    assert sql(investigator, "SELECT surname FROM source_identity") == ["Vrainom"]

    controller = client.sign_in(accounts["controller"], PASSWORD)
    back = controller.records.get(source.id)
    assert isinstance(back, r.Source)
    back.handlers = [accounts["handler"]]
    controller.records.update(back)
    assert sql(investigator, "SELECT count(*) FROM source_identity") == [0]
    handler = client.sign_in(accounts["handler"], PASSWORD)
    assert handler.records.source_identity(source.id, reason="rencontre prévue").surname == "Vrainom"


def test_a_login_cannot_change_accounts_or_read_hashes(app: App, client: App, accounts: dict[str, str]) -> None:
    investigator = client.sign_in(accounts["investigator"], PASSWORD)
    for statement in (
        "UPDATE user_account SET role = 'administrator' WHERE username = current_user",
        "UPDATE user_account SET disabled = false, failed_attempts = 0, locked_until = NULL",
        "UPDATE user_account SET password_hash = 'x' WHERE username = current_user",
        "INSERT INTO user_account (id, username, display_name, role, password_hash, disabled, failed_attempts, "
        "created_at, updated_at) VALUES (gen_random_uuid(), 'x', '', 'administrator', 'x', false, 0, now(), now())",
        "DELETE FROM user_account",
        "SELECT password_hash FROM user_account",
        "SELECT * FROM user_account",
        "SELECT cross_desk_create_login('x.y', 'a password', 'administrator')",
        "SELECT cross_desk_set_login_role(current_user, 'supervisor')",
        "SELECT cross_desk_set_login_password(current_user, 'a password')",
        f'GRANT cross_desk_supervisor TO "{accounts["investigator"]}"',
    ):
        refused(investigator, statement)
    # what the application reads of the accounts stays readable; the own hash's parameters only
    assert sql(investigator, "SELECT role FROM user_account WHERE username = current_user") == ["investigator"]
    [shape] = sql(investigator, "SELECT cross_desk_own_hash_parameters()")
    assert shape.startswith("$argon2id$v=19$m=19456,t=2,p=1$AAAA") and set(shape.split("$")[-1]) == {"A"}

    # an administrator manages accounts, but cannot read hashes nor take roles through the server
    admin = client.sign_in(accounts["admin"], PASSWORD)
    owner = owner_value(app, "SELECT current_user")
    refused(admin, "SELECT password_hash FROM user_account")
    refused(admin, f'GRANT cross_desk_supervisor TO "{accounts["admin"]}"')
    # the test server's owner is a superuser; on a unit's server it is not, and CREATEROLE would reach it
    refused(admin, f"ALTER ROLE \"{owner}\" PASSWORD 'taken over'")
    refused(admin, f'GRANT "{owner}" TO "{accounts["admin"]}"')
    refused(admin, f"SELECT cross_desk_set_login_password('{owner}', 'taken over')", match="already has a login")
    refused(admin, "SELECT cross_desk_set_login_role('cross_desk_gate', 'administrator')", match="already has a login")

    admin.users.set_role(accounts["investigator"], Role.SUPERVISOR)  # the legitimate path
    assert client.sign_in(accounts["investigator"], PASSWORD).actor.role == Role.SUPERVISOR
    assert {u.username: u.role for u in admin.users.list()}[accounts["investigator"]] == Role.SUPERVISOR


def test_a_locked_account_cannot_unlock_itself(app: App, client: App, accounts: dict[str, str]) -> None:
    name = accounts["investigator"]
    session = client.sign_in(name, PASSWORD)  # signed in before the lock-out
    for _ in range(5):
        with pytest.raises(SignInFailed):
            client.sign_in(name, "not the password")
    locked = owner_value(app, "SELECT locked_until FROM user_account WHERE username = :n", n=name)
    assert locked is not None
    assert sql(session, "SELECT cross_desk_signed_in(NULL)") == [locked]  # said, not lifted
    refused(session, "UPDATE user_account SET locked_until = NULL WHERE username = current_user")
    assert owner_value(app, "SELECT locked_until FROM user_account WHERE username = :n", n=name) == locked
    with pytest.raises(SignInFailed, match="locked"):
        client.sign_in(name, PASSWORD)


def test_sign_in_hash_upgrade_and_idle_lock_on_own_logins(
    app: App, client: App, accounts: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    name = accounts["investigator"]
    app.services_for(Actor("dba", Role.ADMINISTRATOR, "ws")).users.add(f"{name}.x", PASSWORD, Role.INVESTIGATOR)
    with app.engine.begin() as conn:  # a failure counted earlier is reset by the next sign-in
        conn.execute(text("UPDATE user_account SET failed_attempts = 3 WHERE username = :n"), {"n": name})
    stronger = PasswordHasher(time_cost=3, memory_cost=32 * 1024, parallelism=1)
    monkeypatch.setattr(Accounts, "hasher", stronger)
    assert client.sign_in(name, PASSWORD).actor.username == name
    stored = owner_value(app, "SELECT password_hash FROM user_account WHERE username = :n", n=name)
    assert isinstance(stored, str) and "m=32768,t=3" in stored and stronger.verify(stored, PASSWORD)
    assert owner_value(app, "SELECT failed_attempts FROM user_account WHERE username = :n", n=name) == 0
    client.sign_in(name, PASSWORD)  # already strong enough: kept as is
    assert owner_value(app, "SELECT password_hash FROM user_account WHERE username = :n", n=name) == stored

    # the idle lock asks the server, as the login cannot read its hash
    assert client.check_password(name, PASSWORD)
    assert not client.check_password(name, "not the password")
    assert not client.check_password(name, "nul\x00")
    assert not client.check_password(f"{name}.x", PASSWORD)  # not signed in on this workstation
    with app.engine.begin() as conn:
        conn.exec_driver_sql(f'DROP ROLE "{name}.x"')


def test_only_the_server_writes_audit_rows_and_it_computes_their_time_and_hash(
    app: App, client: App, accounts: dict[str, str]
) -> None:
    investigator = client.sign_in(accounts["investigator"], PASSWORD)
    investigator.records.create(r.Person(surname="Audité"))  # the application's own rows go in
    me = accounts["investigator"]
    # a row of one's own making, after the head, with its own hash and an old date: refused
    refused(
        investigator,
        "INSERT INTO audit_log (seq, at, username, workstation, action, entity_ids, details, prev_hash, hash) "
        "SELECT (SELECT max(seq) FROM audit_log) + 1, '2020-01-01', current_user, 'ws', 'sign_in', "
        "'[]', '{}', (SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), repeat('f', 64)",
    )
    refused(investigator, "SELECT count(*) FROM audit_log")  # read through audit_trail only
    refused(investigator, "UPDATE audit_log SET username = current_user")
    # through the server's function: in one's own name only; time, order and hash are the server's
    call = "SELECT seq, at FROM cross_desk_audit({name}, 'ws', 'print', '[\"x\"]', {details})"
    refused(investigator, call.format(name=f"'{accounts['supervisor']}'", details="'{}'"), match="must bear its name")
    refused(investigator, call.format(name="'dba'", details="'{}'"), match="must bear its name")
    refused(investigator, call.format(name="current_user", details="'[1]'"), match="JSON object")
    # details written to break a client's re-serialisation (spacing, key order, 1.50, 1e5, escapes)
    awkward = """'{ "z": 1.50, "a": [1e5, "t\\u00e9\\n"], "é": {"b": true, "a": null} }'"""
    with investigator.records.uow() as uow:
        seq, at = uow.session.execute(text(call.format(name="current_user", details=awkward))).one()
        uow.commit()
    assert at.year >= 2026 and seq > 1
    rows = {e.seq: e for e in app.services.audit.entries(username=me)}
    assert rows[seq].details == {"z": "1.50", "a": ["1e5", "té\n"], "é": {"b": True, "a": None}}
    report = app.services.audit.verify()
    assert report.ok, report.problem
    assert sql(investigator, "SELECT count(*) FROM audit_trail WHERE username = current_user")[0] >= 2


def test_a_supervisor_erases_a_source_whose_identity_they_cannot_read(
    app: App, client: App, accounts: dict[str, str], source: r.Source
) -> None:
    handler = client.sign_in(accounts["handler"], PASSWORD)
    other = app.services.records.create(r.Source(codename="LORIOT", handlers=[accounts["handler"]]))
    handler.records.set_source_identity(r.SourceIdentity(source_id=other.id, surname="Autrenom"))
    supervisor = client.sign_in(accounts["supervisor"], PASSWORD)
    assert sql(supervisor, "SELECT count(*) FROM source_identity") == [0]  # not theirs to read
    # deleting is no way to read: with a WHERE clause or RETURNING, nothing is touched or shown
    assert sql(supervisor, "DELETE FROM source_identity RETURNING surname") == []
    assert sql(supervisor, f"DELETE FROM source_identity WHERE source_id = '{source.id}' RETURNING 1") == []
    supervisor.retention.erase(source.id, "délai de conservation dépassé")
    assert owner_value(app, "SELECT count(*) FROM source WHERE id = :i", i=source.id) == 0
    # exactly the named identity went; the other source's is untouched
    assert owner_value(app, "SELECT string_agg(surname, ',') FROM source_identity") == "Autrenom"
    # nobody else may erase one, even naming it
    investigator = client.sign_in(accounts["investigator"], PASSWORD)
    for who in (investigator, handler):  # a handler neither: erasing is a supervisor's
        with who.records.uow() as uow:
            uow.session.execute(text(f"SELECT set_config('cross_desk.erase_source', '{other.id}', true)"))
            try:
                gone = uow.session.execute(text("DELETE FROM source_identity")).rowcount
            except DBAPIError:
                gone = 0
            assert gone == 0
            uow.commit()
    assert owner_value(app, "SELECT count(*) FROM source_identity") == 1
    # and the handler still reads and edits their own
    assert handler.records.source_identity(other.id, reason="rendez-vous").surname == "Autrenom"


# --- a tip's original wording (migration 0007) ------------------------------------------------

WORDING = "mon beau-frère, au garage de la rue Haute"


def _tip(source_id: uuid.UUID | None, original: str, sanitised: str = "une source indique") -> r.Tip:
    return r.Tip(
        channel=r.TipChannel.INFORMANT if source_id else r.TipChannel.SURVEILLANCE,
        source_id=source_id,
        original_text=original,
        sanitised_text=sanitised,
        grade="B2",
    )


def _stored(app: App, tip_id: uuid.UUID) -> object:
    return owner_value(app, "SELECT wording FROM tip_original WHERE tip_id = :i", i=tip_id)


def test_a_tips_original_wording_is_refused_to_other_logins(
    app: App, client: App, accounts: dict[str, str], source: r.Source
) -> None:
    handler = client.sign_in(accounts["handler"], PASSWORD)
    tip = handler.intake.log_tip(_tip(source.id, WORDING))  # written on the handler's own login
    open_tip = handler.intake.log_tip(_tip(None, "vu par une patrouille", sanitised=""))
    investigator = client.sign_in(accounts["investigator"], PASSWORD)
    mine = app.services.records.create(r.Source(codename="FAUCON", handlers=[accounts["investigator"]]))

    # nothing to read with SQL, and the column is gone from the tip itself
    assert sql(investigator, f"SELECT wording FROM tip_original WHERE tip_id = '{tip.id}'") == []
    assert sql(investigator, "SELECT tip_id FROM tip_original") == [open_tip.id]  # no source: open to all
    refused(investigator, "SELECT original_text FROM tip", match="UndefinedColumn")
    seen = investigator.records.get(tip.id)
    assert isinstance(seen, r.Tip) and seen.original_text == "" and seen.sanitised_text == "une source indique"
    # nor to overwrite, add, delete or detach to read
    assert sql(investigator, "UPDATE tip_original SET wording = 'effacé' RETURNING tip_id") == [open_tip.id]
    assert sql(investigator, f"DELETE FROM tip_original WHERE tip_id = '{tip.id}' RETURNING 1") == []
    with investigator.records.uow() as uow:
        uow.session.execute(text(f"SELECT set_config('cross_desk.erase_tip', '{tip.id}', true)"))
        assert uow.session.execute(text("DELETE FROM tip_original")).rowcount == 0
    bare = handler.intake.log_tip(_tip(source.id, "", sanitised="sans texte d'origine"))
    refused(investigator, f"INSERT INTO tip_original VALUES ('{bare.id}', 'inventé')", match="row-level security")
    refused(investigator, f"UPDATE tip SET source_id = NULL WHERE id = '{tip.id}'", match="only the handlers")
    refused(investigator, f"UPDATE tip SET source_id = '{mine.id}' WHERE id = '{tip.id}'", match="only the handlers")
    seen.source_id = mine.id
    with pytest.raises(Forbidden, match="attribute it to another"):
        investigator.records.update(seen)
    assert _stored(app, tip.id) == WORDING
    # a supervisor who does not handle the source reads nothing either
    supervisor = client.sign_in(accounts["supervisor"], PASSWORD)
    assert sql(supervisor, f"SELECT count(*) FROM tip_original WHERE tip_id = '{tip.id}'") == [0]
    assert sql(supervisor, "DELETE FROM tip_original RETURNING wording") == []

    # the handler and the controller read it, through the services and with SQL
    assert sql(handler, f"SELECT wording FROM tip_original WHERE tip_id = '{tip.id}'") == [WORDING]
    controller = client.sign_in(accounts["controller"], PASSWORD)
    shown = controller.records.get(tip.id)
    assert isinstance(shown, r.Tip) and shown.original_text == WORDING
    # an investigator's edit of the sanitised wording keeps the original; the handler edits it
    seen = investigator.records.get(tip.id)
    assert isinstance(seen, r.Tip)
    seen.sanitised_text = "une source indique (corrigé)"
    investigator.records.update(seen)
    assert _stored(app, tip.id) == WORDING
    edited = handler.records.get(tip.id)
    assert isinstance(edited, r.Tip) and edited.sanitised_text == "une source indique (corrigé)"
    edited.original_text = WORDING + ", jeudi"
    handler.records.update(edited)
    assert _stored(app, tip.id) == WORDING + ", jeudi"
    later = handler.records.get(bare.id)
    assert isinstance(later, r.Tip)
    later.original_text = "ajouté par le traitant"  # a first wording on an existing tip
    handler.records.update(later)
    assert _stored(app, bare.id) == "ajouté par le traitant"


def test_a_supervisor_erases_tips_whose_wording_they_cannot_read(
    app: App, client: App, accounts: dict[str, str], source: r.Source
) -> None:
    handler = client.sign_in(accounts["handler"], PASSWORD)
    first = handler.intake.log_tip(_tip(source.id, WORDING))
    second = handler.intake.log_tip(_tip(source.id, "sa voisine de palier"))
    other = app.services.records.create(r.Source(codename="LORIOT", handlers=[accounts["handler"]]))
    kept = handler.intake.log_tip(_tip(other.id, "un autre informateur"))
    supervisor = client.sign_in(accounts["supervisor"], PASSWORD)
    assert sql(supervisor, "SELECT count(*) FROM tip_original") == [0]

    supervisor.retention.erase(first.id, "délai de conservation dépassé")
    assert owner_value(app, "SELECT count(*) FROM tip WHERE id = :i", i=first.id) == 0
    assert _stored(app, first.id) is None and _stored(app, second.id) == "sa voisine de palier"
    # nobody else erases one, even naming it
    investigator = client.sign_in(accounts["investigator"], PASSWORD)
    for who in (investigator, handler):
        with who.records.uow() as uow:
            uow.session.execute(text(f"SELECT set_config('cross_desk.erase_tip', '{second.id}', true)"))
            uow.session.execute(text(f"SELECT set_config('cross_desk.erase_source', '{source.id}', true)"))
            assert uow.session.execute(text("DELETE FROM tip_original")).rowcount == 0
            uow.commit()
    with pytest.raises(Conflict):  # its wording still refers to it: no cascade goes around the policies
        sql(investigator, f"DELETE FROM tip WHERE id = '{second.id}' RETURNING 1")
    assert _stored(app, second.id) == "sa voisine de palier"

    # erasing the source takes its tips' wordings with it: detached, they would be open to all
    supervisor.retention.erase(source.id, "source radiée")
    assert _stored(app, second.id) is None
    assert owner_value(app, "SELECT sanitised_text FROM tip WHERE id = :i", i=second.id) == "une source indique"
    assert _stored(app, kept.id) == "un autre informateur"
    assert sql(investigator, "SELECT count(*) FROM tip_original") == [0]


def test_a_refusal_by_the_server_reaches_the_user_as_a_message(
    client: App, accounts: dict[str, str], source: r.Source
) -> None:
    """What the services did not foresee and the server refused is a Forbidden, not a traceback."""
    investigator = client.sign_in(accounts["investigator"], PASSWORD)
    with pytest.raises(Forbidden, match="server refused"), investigator.records.uow() as uow:
        uow.session.execute(text("UPDATE source SET controller = current_user"))


def test_a_change_sent_with_plain_sql_is_audited_by_the_server(app: App, client: App, accounts: dict[str, str]) -> None:
    investigator = client.sign_in(accounts["investigator"], PASSWORD)
    me = accounts["investigator"]
    a = investigator.records.create(r.Person(surname="Avant"))
    b = investigator.records.create(r.Person(surname="Autre"))
    link = investigator.links.link(r.Link(kind=LinkKind.ASSOCIATE, source_id=a.id, target_id=b.id))
    audit = app.services.audit
    assert audit.entries(action="data_change") == []  # the application names what it changes

    def committed(statement: str) -> None:
        with investigator.records.uow() as uow:
            uow.session.execute(text(statement))
            uow.commit()

    committed(f"UPDATE person SET surname = 'Après' WHERE id = '{a.id}'")
    committed(f"DELETE FROM link WHERE id = '{link.id}'")
    rows = audit.entries(action="data_change")
    assert [e.username for e in rows] == [me, me]
    deleted, updated = rows  # newest first
    assert deleted.entity_ids == (str(link.id),) and deleted.details["tables"] == {"link": {"delete": 1}}
    assert updated.entity_ids == (str(a.id),) and updated.details["tables"] == {"person": {"update": 1}}
    assert updated.details["through"] == "sql" and updated.workstation  # the workstation it connected from
    # a transaction that writes an audit row naming the record adds none of the server's
    with investigator.records.uow() as uow:
        uow.session.execute(text(f"UPDATE person SET surname = 'Encore' WHERE id = '{b.id}'"))
        uow.session.execute(text(f"SELECT cross_desk_audit(current_user, 'ws', 'update', '[\"{b.id}\"]', '{{}}')"))
        uow.commit()
    assert len(audit.entries(action="data_change")) == 2
    assert audit.verify().ok


def test_the_applications_own_writes_name_what_they_change(
    app: App, client: App, accounts: dict[str, str], source: r.Source
) -> None:
    """Every use case's audit row names the records it changes: the server adds none of its own."""
    investigator = client.sign_in(accounts["investigator"], PASSWORD)
    a = investigator.records.create(r.Person(surname="Un"))
    b = investigator.records.create(r.Vehicle(plate="XA-123-BC"))
    link = investigator.links.link(r.Link(kind=LinkKind.USES, source_id=a.id, target_id=b.id))
    investigator.records.update(r.Person(**{**investigator.records.get(a.id).__dict__, "surname": "Deux"}))
    investigator.links.unlink(link.id)
    case = investigator.cases.create(r.Case(reference=f"AUD-{uuid.uuid4().hex[:6]}", title="Audit"))
    investigator.cases.add_members(case.id, [a.id, b.id])
    investigator.cases.remove_members(case.id, [b.id])
    investigator.intake.log_tip(
        r.Tip(channel=r.TipChannel.SURVEILLANCE, original_text="vu", summary="vu", grade="B2"),
        mentions=[a.id],
        case_ids=[case.id],
    )
    investigator.records.delete(b.id)
    supervisor = client.sign_in(accounts["supervisor"], PASSWORD)
    supervisor.records.restore(b.id)
    supervisor.retention.extend(a.id, date.today() + timedelta(days=4000), "enquête en cours")
    handler = client.sign_in(accounts["handler"], PASSWORD)
    handler.records.set_source_identity(r.SourceIdentity(source_id=source.id, surname="Autre"))
    admin = client.sign_in(accounts["admin"], PASSWORD)
    admin.users.reset_password(accounts["investigator"], PASSWORD + "!")
    assert app.services.audit.entries(action="data_change") == []


def test_the_server_applies_each_roles_rights_to_the_records(
    app: App, client: App, accounts: dict[str, str], source: r.Source
) -> None:
    analyst_name = f"ana.{uuid.uuid4().hex[:6]}"
    app.services_for(Actor("dba", Role.ADMINISTRATOR, "ws")).users.add(analyst_name, PASSWORD, Role.ANALYST)
    try:
        person = app.services.records.create(r.Person(surname="Lu"))
        gone = app.services.records.create(r.Person(surname="Effacé"))
        app.services.records.delete(gone.id)
        # an analyst and an administrator read records; with psql they change none
        for name in (analyst_name, accounts["admin"]):
            reader = client.sign_in(name, PASSWORD)
            assert sql(reader, f"SELECT surname FROM person WHERE id = '{person.id}'") == ["Lu"]
            refused(reader, f"UPDATE person SET surname = 'Changé' WHERE id = '{person.id}'")
            refused(reader, f"DELETE FROM link WHERE source_id = '{person.id}'")
            refused(reader, "INSERT INTO case_member (case_id, entity_id, added_at, added_by) "
                    f"SELECT id, '{person.id}', now(), current_user FROM case_file LIMIT 1")  # fmt: skip
        analyst = client.sign_in(analyst_name, PASSWORD)
        saved = analyst.charts.save(SavedChart(name="Réseau", state={"zoom": 1.0}))  # analysts save charts
        assert saved.version == 1
        # an investigator writes records, but neither restores a deleted one nor makes a source
        investigator = client.sign_in(accounts["investigator"], PASSWORD)
        investigator.records.create(r.Person(surname="Nouveau"))
        refused(investigator, f"UPDATE entity SET deleted = false WHERE id = '{gone.id}'", match="only a supervisor")
        refused(investigator, f"UPDATE source SET status = status WHERE id = '{source.id}'")
        supervisor = client.sign_in(accounts["supervisor"], PASSWORD)
        assert supervisor.records.restore(gone.id).id == gone.id
        handler = client.sign_in(accounts["handler"], PASSWORD)
        handler.records.create(r.Source(codename=f"S{uuid.uuid4().hex[:6]}", handlers=[accounts["handler"]]))
        # a change of role changes the login's rights at once
        app.services_for(Actor("dba", Role.ADMINISTRATOR, "ws")).users.set_role(analyst_name, Role.INVESTIGATOR)
        promoted = client.sign_in(analyst_name, PASSWORD)
        assert promoted.records.create(r.Person(surname="Promu")).surname == "Promu"
    finally:
        with app.engine.begin() as conn:
            conn.exec_driver_sql(f'DROP OWNED BY "{analyst_name}"')
            conn.exec_driver_sql(f'DROP ROLE IF EXISTS "{analyst_name}"')


def test_one_statement_changing_many_records_leaves_one_server_row(
    app: App, client: App, accounts: dict[str, str]
) -> None:
    people = [app.services.records.create(r.Person(surname=f"Lot{i}")) for i in range(60)]
    investigator = client.sign_in(accounts["investigator"], PASSWORD)
    with investigator.records.uow() as uow:
        uow.session.execute(text("UPDATE person SET given_names = 'X' WHERE surname LIKE 'Lot%'"))
        uow.session.execute(text("UPDATE entity SET notes = 'vu' WHERE label LIKE 'LOT%' OR label LIKE 'Lot%'"))
        uow.commit()
    (row,) = app.services.audit.entries(action="data_change")
    assert row.details["records"] == 60 and set(row.entity_ids) == {str(p.id) for p in people}
    assert row.details["tables"] == {"person": {"update": 60}, "entity": {"update": 60}}
