"""Hostile text on every form, on sign-in and on search, on SQLite and PostgreSQL alike.

Each value is either stored and read back intact (byte for byte; names are trimmed of leading
and trailing spaces, as the forms do) or refused with a ``ValidationError`` whose message is for
a user, with nothing half-written: every table has the same number of rows before and after.
NUL characters and lone surrogates are refused everywhere (``cross_desk.domain.text``): PostgreSQL
cannot store the first, neither database can encode the second.
"""

from __future__ import annotations

import itertools
import re
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import Any
from uuid import uuid4

import pytest
from sqlalchemy import func, select

from cross_desk.bootstrap import App, open_app
from cross_desk.domain import records as r
from cross_desk.domain.access import Role
from cross_desk.domain.actor import Actor
from cross_desk.domain.errors import ValidationError
from cross_desk.domain.kinds import EventKind, TipChannel
from cross_desk.domain.security import USERNAME_RE, SignInFailed, SignInPolicy
from cross_desk.launcher import main
from cross_desk.services import Services
from cross_desk.settings import Settings
from cross_desk.store.tables import metadata
from tests.conftest import TEST_ACTOR, _janitor, pg_url

#: The shared list: SQL and LIKE metacharacters, bidi and zero-width characters, NUL, a lone
#: surrogate (undecodable command-line bytes arrive as one), emoji, a very long text, spaces.
HOSTILE: dict[str, str] = {
    "sql": "'; DROP TABLE entity;--",
    "quotes": 'O\'Brien "le Grec" `x`',
    "like": "100% a_b c\\d",
    "like_only": "%_%\\",
    "rtl_override": "\u202eenoN\u202c Smith",
    "zero_width": "Ben\u200bAli\u200dX\ufeff",
    "nul": "Alpha\x00Beta",
    "surrogate": "caf\udce9",
    "emoji": "Fatima 👮🏽\u200d♀️🚓",
    "long": "é" * 10_000,
    "spaces": "  \t padded \n ",
}
UNSTORABLE = {"nul", "surrogate"}


def row_counts(app: App) -> dict[str, int]:
    """Rows in every table, in one query."""
    tables = metadata.sorted_tables
    counts = select(*(select(func.count()).select_from(t).scalar_subquery() for t in tables))
    with app.engine.connect() as conn:
        return dict(zip((t.name for t in tables), conn.execute(counts).one(), strict=True))


def for_a_user(err: ValidationError) -> None:
    """A message a form can show: one short line, no traceback, no SQL, no echo of a huge value."""
    text = str(err)
    assert text and "\n" not in text and len(text) < 300, text
    assert not re.search(r"Traceback|SELECT|INSERT|psycopg|sqlite|sqlalchemy", text, re.IGNORECASE), text


ADMIN, ADMIN_PASSWORD = "admin.hostile", "correct horse battery"


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def shared(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[App]:
    """One database per backend for the whole module (every save uses fresh names), with an
    administrator, and a policy that never locks anyone out during the test."""
    janitor = None
    if request.param == "sqlite":
        path = tmp_path_factory.mktemp("hostile") / "hostile.sqlite3"
        shutil.copy(request.getfixturevalue("sqlite_template"), path)
        url = f"sqlite:///{path}"
    else:
        params, template = request.getfixturevalue("pg_template")
        name = f"cd_hostile_{uuid4().hex[:12]}"
        janitor = _janitor(params, name, template=template)
        janitor.init()
        url = pg_url(params, name)
    policy = SignInPolicy(max_failures=1000, delay_base_seconds=0.0)
    application = open_app(Settings(url), actor=TEST_ACTOR, upgrade=False, policy=policy)
    application.accounts.create_first_admin(ADMIN, ADMIN_PASSWORD)
    try:
        yield application
    finally:
        application.close()
        if janitor is not None:
            janitor.drop()


# --- the forms ---------------------------------------------------------------------------------


Mark = Callable[[], None]  # called by a form just before the write that carries the value
Save = Callable[[App, str, Mark], Any]  # saves the value, returns it as read back


@dataclass(frozen=True)
class Field:
    form: str
    name: str
    save: Save
    limit: int | None = None  # characters, after trimming
    trimmed: bool = False
    identifier: bool = False  # checked against a format: every hostile value is refused
    minimum: int = 0

    @property
    def id(self) -> str:
        return f"{self.form}.{self.name}"

    def expected(self, value: str) -> str | None:
        """What must be read back, or None if the value must be refused."""
        if "\x00" in value or re.search("[\ud800-\udfff]", value):
            return None
        if self.name == "username":  # trimmed and lower-cased, then held to its pattern
            name = value.strip().lower()
            return name if USERNAME_RE.match(name) else None
        if self.identifier:
            return None
        kept = value.strip() if self.trimmed else value
        if (self.limit is not None and len(kept) > self.limit) or len(kept) < self.minimum:
            return None
        return kept


_serial = itertools.count(100)


def _entity(make: Callable[[str, int], r.Entity], name: str) -> Save:
    def save(app: App, value: str, mark: Mark) -> Any:
        s = app.services
        entity = make(value, next(_serial))
        mark()
        created = s.records.create(entity)
        stored = getattr(s.records.get(created.id), name)
        return stored[0] if isinstance(stored, list) else stored

    return save


def person(name: str) -> Save:
    def make(value: str, _i: int) -> r.Entity:
        fields: dict[str, Any] = {"surname": "Témoin", name: [value] if name == "aliases" else value}
        return r.Person(**fields)

    return _entity(make, name)


def vehicle(name: str) -> Save:
    return _entity(lambda v, i: r.Vehicle(**{"plate": f"AB-{i % 1000:03d}-CD", name: v}), name)


def phone(name: str) -> Save:
    return _entity(lambda v, i: r.Phone(**{"number": f"06 12 34 {i // 100 % 100:02d} {i % 100:02d}", name: v}), name)


def location(name: str) -> Save:
    return _entity(lambda v, i: r.Location(**{"city": "Marseille", name: v}), name)


def organisation(name: str) -> Save:
    return _entity(lambda v, i: r.Organisation(**{"name": "Réseau", name: v}), name)


def source(name: str) -> Save:
    def make(value: str, i: int) -> r.Entity:
        fields: dict[str, Any] = {"codename": f"SRC{i}", name: [value] if name == "handlers" else value}
        return r.Source(**fields)

    return _entity(make, name)


def identity(name: str) -> Save:
    def save(app: App, value: str, mark: Mark) -> Any:
        s = app.services
        src = s.records.create(r.Source(codename=f"ID{next(_serial)}", handlers=[s.actor.username]))
        mark()
        s.records.set_source_identity(r.SourceIdentity(**{"source_id": src.id, "surname": "Vrai", name: value}))
        return getattr(s.records.source_identity(src.id, reason="contrôle des saisies"), name)

    return save


def tip(name: str) -> Save:
    def save(app: App, value: str, mark: Mark) -> Any:
        s = app.services
        src = s.records.create(r.Source(codename=f"TIP{next(_serial)}", handlers=[s.actor.username]))
        fields: dict[str, Any] = {
            "channel": TipChannel.INFORMANT,
            "source_id": src.id,
            "original_text": "texte d'origine",
            "sanitised_text": "une source indique",
            "grade": "B2",
            name: value,
        }
        mark()
        saved = s.intake.log_tip(r.Tip(**fields))
        return getattr(s.records.get(saved.id), name)

    return save


def seizure(app: App, value: str, mark: Mark) -> Any:
    mark()
    saved = app.services.intake.record_seizure(r.Seizure(cash_eur=Decimal(50), description=value))
    return app.services.records.get(saved.id).description  # type: ignore[attr-defined]


def event(app: App, value: str, mark: Mark) -> Any:
    mark()
    saved = app.services.intake.record_event(r.Event(event_kind=EventKind.SEARCH, description=value))
    return app.services.records.get(saved.id).description  # type: ignore[attr-defined]


def case(name: str) -> Save:
    def save(app: App, value: str, mark: Mark) -> Any:
        s = app.services
        fields: dict[str, Any] = {"reference": f"H-{next(_serial)}", "title": "Dossier"}
        fields[name] = [value] if name == "team" else value
        mark()
        created = s.cases.create(r.Case(**fields))
        stored = getattr(s.cases.get(created.id), name)
        return stored[0] if isinstance(stored, list) else stored

    return save


def link(name: str) -> Save:
    def save(app: App, value: str, mark: Mark) -> Any:
        s, i = app.services, next(_serial)
        a = s.records.create(r.Person(surname=f"Un{i}"))
        b = s.records.create(r.Person(surname=f"Deux{i}"))
        mark()
        saved = s.links.link(r.Link(**{"source_id": a.id, "target_id": b.id, name: value}))
        return getattr(s.links.get(saved.id), name)

    return save


def user(name: str) -> Save:
    def save(app: App, value: str, mark: Mark) -> Any:
        admin = app.services_for(Actor("admin.h", Role.ADMINISTRATOR, "ws"))
        username = value if name == "username" else f"h{uuid4().hex[:12]}"  # logins are server-wide
        password = value if name == "password" else "a long enough password"
        display = value if name == "display_name" else ""
        mark()
        added = admin.users.add(username, password, Role.INVESTIGATOR, display_name=display)
        if name == "password":  # read back: the same password opens the account, byte for byte
            app.accounts.sign_in(added.username, value)
            return value
        return getattr(next(u for u in admin.users.list() if u.username == added.username), name)

    return save


FIELDS: list[Field] = [
    *(Field("person", n, person(n), 500, trimmed=True) for n in ("surname", "given_names", "aliases")),
    *(Field("person", n, person(n), 500) for n in ("birthplace", "nationality")),
    Field("person", "notes", person("notes"), r.MAX_TEXT),
    Field("person", "unit", person("unit"), 200),
    *(Field("vehicle", n, vehicle(n), 200) for n in ("make", "model")),
    Field("vehicle", "colour", vehicle("colour"), 100),
    *(Field("vehicle", n, vehicle(n), identifier=True) for n in ("plate", "vin", "country")),
    Field("phone", "operator", phone("operator"), 200),
    *(Field("phone", n, phone(n), identifier=True) for n in ("number", "imei")),
    Field("location", "name", location("name"), 500),
    Field("location", "address", location("address"), r.MAX_TEXT),
    Field("location", "postcode", location("postcode"), 20),
    *(Field("location", n, location(n), 200) for n in ("city", "district")),
    Field("organisation", "name", organisation("name"), 500, trimmed=True),
    Field("source", "codename", source("codename"), 200, trimmed=True),
    Field("source", "handlers", source("handlers"), trimmed=True),
    Field("source", "controller", source("controller"), 63, trimmed=True),
    Field("source", "notes", source("notes"), r.MAX_TEXT),
    *(Field("identity", n, identity(n), 500) for n in ("surname", "given_names", "contact")),
    Field("identity", "notes", identity("notes"), r.MAX_TEXT),
    *(Field("tip", n, tip(n), r.MAX_TEXT) for n in ("original_text", "sanitised_text")),
    Field("tip", "summary", tip("summary"), 500),
    Field("tip", "handling_code", tip("handling_code"), 50),
    Field("tip", "grade", tip("grade"), identifier=True),
    Field("seizure", "description", seizure, r.MAX_TEXT),
    Field("event", "description", event, r.MAX_TEXT),
    Field("case", "reference", case("reference"), 100, trimmed=True),
    Field("case", "title", case("title"), 500, trimmed=True),
    Field("case", "description", case("description"), r.MAX_TEXT),
    Field("case", "prosecutor_ref", case("prosecutor_ref"), 100),
    Field("case", "lead", case("lead"), 200),
    Field("case", "team", case("team"), trimmed=True),
    Field("case", "unit", case("unit"), 200),
    Field("link", "notes", link("notes"), r.MAX_TEXT),
    Field("link", "unit", link("unit"), 200),
    Field("user", "username", user("username")),
    Field("user", "display_name", user("display_name"), 200, trimmed=True),
    Field("user", "password", user("password"), 1024, minimum=10),
]


def check_field(shared: App, spec: Field, values: dict[str, str]) -> list[str]:
    """What went wrong when saving each value through the form's use case (empty: nothing)."""
    problems = []
    before: dict[str, int] = {}

    def mark() -> None:
        before.update(row_counts(shared))

    for label, value in values.items():
        want = spec.expected(value)
        before.clear()
        try:
            got = spec.save(shared, value, mark)
        except ValidationError as err:
            for_a_user(err)
            if want is not None:
                problems.append(f"{label}: refused ({err}), expected stored")
            elif row_counts(shared) != before:
                problems.append(f"{label}: refused but rows changed")
            continue
        except Exception as err:
            problems.append(f"{label}: {type(err).__name__}: {str(err)[:120]}")
            continue
        if want is None:
            problems.append(f"{label}: stored as {got[:40]!r}, expected a refusal")
        elif got != want:
            problems.append(f"{label}: read back {got[:40]!r} ≠ {want[:40]!r}")
    return [f"{spec.id}: {p}" for p in problems]


# The whole list on PostgreSQL takes a while: in the default run, PostgreSQL gets the values on
# which the two databases could differ (NUL, encoding, column sizes, quoting) for every field.
@pytest.mark.parametrize(
    "shared", ["sqlite", pytest.param("postgresql", marks=[pytest.mark.postgres, pytest.mark.slow])], indirect=True
)
@pytest.mark.parametrize("spec", FIELDS, ids=[f.id for f in FIELDS])
def test_every_form_field_stores_intact_or_refuses_cleanly(shared: App, spec: Field) -> None:
    problems = check_field(shared, spec, HOSTILE)
    assert not problems, "; ".join(problems)


@pytest.mark.postgres
@pytest.mark.parametrize("shared", ["postgresql"], indirect=True)
def test_postgres_stores_or_refuses_like_sqlite(shared: App) -> None:
    values = {k: HOSTILE[k] for k in ("sql", "nul", "surrogate", "long")}
    problems = [p for spec in FIELDS for p in check_field(shared, spec, values)]
    assert not problems, "; ".join(problems)


def test_unstorable_characters_are_refused_in_the_domain() -> None:
    """Before any database: the same message on SQLite and PostgreSQL, beside the right field."""
    with pytest.raises(ValidationError, match="NUL character") as nul:
        r.Person(surname="A\x00B").validate()
    assert nul.value.field == "surname"
    with pytest.raises(ValidationError, match="invalid character") as lone:
        r.Person(surname="A", aliases=["ok", "caf\udce9"]).validate()
    assert lone.value.field == "aliases"
    with pytest.raises(ValidationError):
        r.Link(source_id=uuid4(), target_id=uuid4(), notes="\x00").validate()
    with pytest.raises(ValidationError):
        r.Case(reference="K", title="T", team=["a\x00"]).validate()
    with pytest.raises(ValidationError):
        r.SourceIdentity(source_id=uuid4(), surname="V", contact="\ud800").validate()
    with pytest.raises(ValidationError, match="limit is 40"):  # a foreign plate is free text, within the column
        r.Vehicle(plate="X" * 10_000, country="ES").validate()


def test_messages_quote_values_short_and_visible() -> None:
    with pytest.raises(ValidationError) as long:
        r.Vehicle(plate="é" * 10_000).validate()
    assert len(str(long.value)) < 200 and "é…'" in str(long.value)
    with pytest.raises(ValidationError) as bidi:
        r.Phone(number="\u202e0612").validate()
    assert "\u202e" not in str(bidi.value) and "\\u202e0612" in str(bidi.value)


# --- sign-in --------------------------------------------------------------------------------


@pytest.mark.parametrize("label", list(HOSTILE))
def test_sign_in_refuses_hostile_names_and_passwords_cleanly(shared: App, label: str) -> None:
    gate = shared
    value = HOSTILE[label]
    users_before = row_counts(gate)["user_account"]
    for name, password in ((value, ADMIN_PASSWORD), (ADMIN, value), (value, value)):
        with pytest.raises(SignInFailed) as failed:
            gate.accounts.sign_in(name, password)
        assert str(failed.value) == "Wrong user name or password."
    assert row_counts(gate)["user_account"] == users_before
    # nothing was taken for a command or a pattern: the real account still opens, and only it
    assert gate.accounts.sign_in(f"  {ADMIN.upper()} ", ADMIN_PASSWORD).username == ADMIN
    with pytest.raises(SignInFailed):
        gate.accounts.sign_in("admin%", ADMIN_PASSWORD)
    with pytest.raises(SignInFailed):
        gate.accounts.sign_in("admin_hostile", ADMIN_PASSWORD)


# --- search ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def filled(shared: App) -> Services:
    services = shared.services
    for i, (label, value) in enumerate(HOSTILE.items()):
        if label not in UNSTORABLE and label != "long":
            services.records.create(r.Person(surname=f"Nom{i}", notes=value, aliases=[value.strip()]))
    services.records.create(r.Person(surname="Alpha", given_names="Ordinaire"))
    services.cases.create(r.Case(reference="K-100%", title="Cent pour cent"))
    return services


@pytest.mark.parametrize("label", list(HOSTILE))
def test_search_takes_any_text(filled: Services, label: str) -> None:
    """No error, and metacharacters match nothing by themselves (not every record)."""
    results = filled.search.search(HOSTILE[label])
    assert len(results.entities) < filled.records.count()
    for query in ("%", "%%%%", "____", "\\\\", "'%' OR 1=1 --", "\x00\x00"):
        assert len(filled.search.search(query)) == 0, query


def test_search_finds_names_with_hidden_characters(filled: Services) -> None:
    """Zero-width and bidi characters do not hide a record from a search for its plain name."""
    found = {ref.label for ref in filled.search.search("benalix").entities}
    assert any("Ben\u200bAli" in label for label in found)
    assert filled.search.search("Ben\u200bAli").entities  # and typed with them, still found
    assert [c.reference for c in filled.search.search("K-100%").cases] == ["K-100%"]


@pytest.mark.parametrize("label", list(HOSTILE))
def test_cli_search_takes_any_text(
    sqlite_app: App, label: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    sqlite_app.services_for(Actor("admin.cli", Role.ADMINISTRATOR, "ws")).users.add(
        "enq.cli", "a long enough password", Role.INVESTIGATOR
    )
    sqlite_app.services.records.create(r.Person(surname="Alpha", notes=HOSTILE["sql"]))
    monkeypatch.setenv("CROSS_DESK_PASSWORD", "a long enough password")
    url = str(sqlite_app.engine.url)
    code = main(["--database", url, "--user", "enq.cli", "search", HOSTILE[label]])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "Traceback" not in err and not any(line.startswith("person\t") for line in out.splitlines())
    assert out.isprintable() or (out.endswith("\n") and out[:-1].isprintable())  # the echo is escaped
    assert main(["--database", url, "--user", "enq.cli", "search", "alpha"]) == 0
    assert "ALPHA" in capsys.readouterr().out
