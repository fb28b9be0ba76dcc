"""Every use case of every group on ``Services``, under every role: allowed or refused
(``Forbidden``) exactly as the permission table (``cross_desk.domain.access.PERMISSIONS``) says.

The list of use cases is checked against the facade itself: a new public method on a use-case
group without an entry in ``MATRIX`` (or a stated exemption) fails ``test_every_use_case_is_in_the_matrix``
with its name. Each entry names the actions the call needs; a role holding all of them must
succeed, any other must be refused with a message naming its role and a missing action.

The world is built once per module and shared by every call: calls that change something act on
records made fresh for them, so the order of the tests does not matter. SQLite runs the whole
cross product; PostgreSQL runs a sample (one or more calls of every group).
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any
from uuid import UUID, uuid4

import pytest

from cross_desk.bootstrap import App, open_app
from cross_desk.domain import records as r
from cross_desk.domain.access import PERMISSIONS, Action, Forbidden, Role, allowed
from cross_desk.domain.actor import Actor
from cross_desk.domain.kinds import EntityKind, EventKind, LinkKind, Substance, TipChannel
from cross_desk.services import Services
from cross_desk.services.analysis import Scope
from cross_desk.services.base import UseCases
from cross_desk.services.charts import SavedChart
from cross_desk.settings import Settings
from tests.conftest import FAST_POLICY, _janitor, pg_url

A = Action

#: Public methods of use-case groups that are not use cases of a signed-in user, and why.
EXEMPT: dict[str, str] = {
    "audit.verify": "needs no sign-in by design (issue 9): it returns positions, never content",
    "audit.restore_guards": "run at start-up before sign-in and by verify: puts back SQLite's triggers",
    "demo.existing_records": "workstation command `cross-desk demo` (no sign-in): a count only",
    "demo.load": "workstation command `cross-desk demo` (no sign-in) on a new database",
    "records.validate": "building block of create/update and intake: checks a record, no database",
    "records.prepare_new": "building block of intake: checks the role itself (require_write)",
    "records.require_write": "the role check of create/update itself",
    "records.check_unique": "building block of create/update and intake: takes a Repository",
    "records.hidden_originals": "building block of reads: takes a Repository",
    "records.protect": "building block of reads: takes a Repository",
}


def _user(role: Role) -> str:
    return f"matrix.{role.value}"


@dataclass
class World:
    """A small database: a case, people, a source with its identity, a tip, a seizure, an event,
    links, a saved chart; and fresh records on demand for the calls that change things."""

    owner: Services  # a supervisor, handler of the source
    admin: Services
    tmp: Path
    ids: dict[str, UUID] = field(default_factory=dict)

    def person(self, surname: str = "Frais") -> UUID:
        return self.owner.records.create(r.Person(surname=surname)).id

    def source(self) -> UUID:
        return self.owner.records.create(
            r.Source(codename=f"S{uuid4().hex[:8]}", handlers=[self.owner.actor.username])
        ).id

    def case(self) -> UUID:
        return self.owner.cases.create(r.Case(reference=f"M-{uuid4().hex[:8]}", title="Fresh")).id

    def link(self) -> r.Link:
        return self.owner.links.link(r.Link(source_id=self.person(), target_id=self.ids["b"]))

    def deleted(self) -> UUID:
        gone = self.person("Effacé")
        self.owner.records.delete(gone)
        return gone

    def chart(self) -> UUID:
        return self.owner.charts.save(SavedChart(name=f"C-{uuid4().hex[:8]}", case_id=self.ids["case"])).id

    def account(self) -> str:
        name = f"m{uuid4().hex[:10]}"
        self.admin.users.add(name, "a long enough password", Role.INVESTIGATOR)
        return name

    def pdf(self) -> Path:
        return self.tmp / f"{uuid4().hex[:8]}.pdf"

    def graph(self) -> r.GraphData:
        return self.owner.graphs.case_graph(self.ids["case"])


def build_world(app: App, tmp: Path) -> World:
    owner = app.services_for(Actor("matrix.owner", Role.SUPERVISOR, "ws"))
    world = World(owner, app.services_for(Actor("matrix.admin", Role.ADMINISTRATOR, "ws")), tmp)
    ids = world.ids
    # The source is handled by every matrix user: object-level rules never stand in for the table.
    handlers = ["matrix.owner", *(_user(role) for role in Role)]
    ids["source"] = owner.records.create(r.Source(codename="MATRICE", handlers=handlers)).id
    owner.records.set_source_identity(r.SourceIdentity(source_id=ids["source"], surname="Vrai"))
    ids["a"], ids["b"], ids["c"] = (world.person(n) for n in ("Alpha", "Beta", "Gamma"))
    ids["case"] = owner.cases.create(r.Case(reference="M-1", title="Matrice")).id
    ids["link"] = owner.links.link(r.Link(source_id=ids["a"], target_id=ids["b"], kind=LinkKind.ASSOCIATE)).id
    owner.links.link(r.Link(source_id=ids["b"], target_id=ids["c"], kind=LinkKind.ASSOCIATE))
    tip = r.Tip(
        channel=TipChannel.INFORMANT,
        source_id=ids["source"],
        original_text="texte d'origine",
        sanitised_text="une source indique",
        grade="B2",
    )
    ids["tip"] = owner.intake.log_tip(tip, mentions=[ids["a"]], case_ids=[ids["case"]]).id
    seizure = r.Seizure(substances=[r.usual_line(Substance.COCAINE, "1.5")], cash_eur=Decimal(900))
    ids["seizure"] = owner.intake.record_seizure(seizure, persons=[ids["a"]], case_ids=[ids["case"]]).id
    event = r.Event(event_kind=EventKind.ARREST, description="interpellation")
    ids["event"] = owner.intake.record_event(event, persons=[ids["b"]], case_ids=[ids["case"]]).id
    owner.cases.add_members(ids["case"], [ids["a"], ids["b"], ids["c"]])
    ids["other_case"] = owner.cases.create(r.Case(reference="M-2", title="Autre")).id
    owner.cases.add_members(ids["other_case"], [ids["c"]])
    ids["chart"] = world.chart()
    return world


Call = Callable[[Services, World], Any]


@dataclass(frozen=True)
class Entry:
    name: str  # "group.method"
    needs: frozenset[Action]
    call: Call
    variant: str = ""

    @property
    def id(self) -> str:
        return f"{self.name}[{self.variant}]" if self.variant else self.name


def _e(name: str, needs: Action | tuple[Action, ...], call: Call, variant: str = "") -> Entry:
    return Entry(name, frozenset(needs if isinstance(needs, tuple) else (needs,)), call, variant)


def _tip(text: str = "vu au marché") -> r.Tip:
    return r.Tip(channel=TipChannel.SURVEILLANCE, original_text=text, grade="A1")


def _version(s: Services, w: World, entity_id: UUID) -> r.Entity:
    """The record as the acting user read it (its version is the one ``update`` checks)."""
    return w.owner.records.get(entity_id)


TODAY = date.today()

MATRIX: list[Entry] = [
    # --- records
    _e("records.create", A.WRITE_RECORDS, lambda s, w: s.records.create(r.Person(surname="Neuf")), "person"),
    _e(
        "records.create",
        A.MANAGE_SOURCES,
        lambda s, w: s.records.create(r.Source(codename=f"N{uuid4().hex[:8]}")),
        "source",
    ),
    _e(
        "records.update",
        A.WRITE_RECORDS,
        lambda s, w: s.records.update(_version(s, w, w.person())),
        "person",
    ),
    _e("records.update", A.MANAGE_SOURCES, lambda s, w: s.records.update(_version(s, w, w.source())), "source"),
    _e("records.get", A.READ_RECORDS, lambda s, w: s.records.get(w.ids["tip"])),
    _e("records.get_many", A.READ_RECORDS, lambda s, w: s.records.get_many([w.ids["a"], w.ids["tip"]])),
    _e("records.detail", A.READ_RECORDS, lambda s, w: s.records.detail(w.ids["a"])),
    _e("records.list", A.READ_RECORDS, lambda s, w: s.records.list()),
    _e("records.count", A.READ_RECORDS, lambda s, w: s.records.count(EntityKind.PERSON)),
    _e("records.counts", A.READ_RECORDS, lambda s, w: s.records.counts()),
    _e("records.deleted", A.READ_RECORDS, lambda s, w: s.records.deleted()),
    _e("records.delete", A.DELETE_RECORDS, lambda s, w: s.records.delete(w.person()), "person"),
    _e(
        "records.delete",
        (A.DELETE_RECORDS, A.MANAGE_SOURCES),
        lambda s, w: s.records.delete(w.source()),
        "source",
    ),
    _e("records.restore", A.RESTORE_RECORDS, lambda s, w: s.records.restore(w.deleted())),
    _e(
        "records.source_identity",
        A.READ_SOURCE_IDENTITY,
        lambda s, w: s.records.source_identity(w.ids["source"], reason="contrôle de la matrice"),
    ),
    _e(
        "records.set_source_identity",
        A.MANAGE_SOURCES,
        lambda s, w: s.records.set_source_identity(r.SourceIdentity(source_id=w.ids["source"], surname="Vrai")),
    ),
    # --- links
    _e(
        "links.link",
        A.WRITE_RECORDS,
        lambda s, w: s.links.link(r.Link(source_id=w.person(), target_id=w.ids["a"])),
    ),
    _e("links.update", A.WRITE_RECORDS, lambda s, w: s.links.update(w.link())),
    _e("links.get", A.READ_RECORDS, lambda s, w: s.links.get(w.ids["link"])),
    _e("links.unlink", A.WRITE_RECORDS, lambda s, w: s.links.unlink(w.link().id)),
    _e("links.links_of", A.READ_RECORDS, lambda s, w: s.links.links_of(w.ids["a"])),
    # --- intake
    _e("intake.log_tip", A.WRITE_RECORDS, lambda s, w: s.intake.log_tip(_tip(), mentions=[w.ids["a"]])),
    _e(
        "intake.log_tip",
        (A.WRITE_RECORDS, A.MANAGE_CASES),
        lambda s, w: s.intake.log_tip(_tip(), case_ids=[w.ids["case"]]),
        "into a case",
    ),
    _e(
        "intake.log_tip",
        (A.WRITE_RECORDS, A.MANAGE_SOURCES),
        lambda s, w: s.intake.log_tip(_tip(), new_entities=[r.Source(codename=f"T{uuid4().hex[:8]}")]),
        "with a new source",
    ),
    _e(
        "intake.record_seizure",
        A.WRITE_RECORDS,
        lambda s, w: s.intake.record_seizure(r.Seizure(weapons=1), persons=[w.ids["a"]]),
    ),
    _e(
        "intake.record_event",
        A.WRITE_RECORDS,
        lambda s, w: s.intake.record_event(r.Event(event_kind=EventKind.CONTROL), persons=[w.ids["b"]]),
    ),
    _e("intake.mentioned_in", A.READ_RECORDS, lambda s, w: s.intake.mentioned_in(w.ids["tip"])),
    # --- cases
    _e(
        "cases.create",
        A.MANAGE_CASES,
        lambda s, w: s.cases.create(r.Case(reference=f"N-{uuid4().hex[:8]}", title="Nouvelle")),
    ),
    _e("cases.update", A.MANAGE_CASES, lambda s, w: s.cases.update(w.owner.cases.get(w.case()))),
    _e("cases.get", A.READ_RECORDS, lambda s, w: s.cases.get(w.ids["case"])),
    _e("cases.find", A.READ_RECORDS, lambda s, w: s.cases.find("M-1")),
    _e("cases.list", A.READ_RECORDS, lambda s, w: s.cases.list()),
    _e("cases.add_members", A.MANAGE_CASES, lambda s, w: s.cases.add_members(w.case(), [w.ids["a"]])),
    _e("cases.remove_members", A.MANAGE_CASES, lambda s, w: s.cases.remove_members(w.case(), [w.ids["a"]])),
    _e("cases.members", A.READ_RECORDS, lambda s, w: s.cases.members(w.ids["case"])),
    _e("cases.member_records", A.READ_RECORDS, lambda s, w: s.cases.member_records(w.ids["case"])),
    _e("cases.cases_of", A.READ_RECORDS, lambda s, w: s.cases.cases_of(w.ids["a"])),
    _e("cases.interest_elsewhere", A.READ_RECORDS, lambda s, w: s.cases.interest_elsewhere(w.ids["a"])),
    # --- search and graphs
    _e("search.search", A.READ_RECORDS, lambda s, w: s.search.search("alpha")),
    _e("graphs.neighbourhood", A.READ_RECORDS, lambda s, w: s.graphs.neighbourhood([w.ids["a"]], hops=2)),
    _e("graphs.case_graph", A.READ_RECORDS, lambda s, w: s.graphs.case_graph(w.ids["case"])),
    _e("graphs.whole", A.READ_RECORDS, lambda s, w: s.graphs.whole()),
    # --- charts
    _e("charts.layout", A.READ_RECORDS, lambda s, w: s.charts.layout(w.graph())),
    _e("charts.place_new", A.READ_RECORDS, lambda s, w: s.charts.place_new(w.graph(), {})),
    _e("charts.groups", A.READ_RECORDS, lambda s, w: s.charts.groups(w.graph())),
    _e("charts.list", A.READ_RECORDS, lambda s, w: s.charts.list(w.ids["case"])),
    _e("charts.get", A.READ_RECORDS, lambda s, w: s.charts.get(w.ids["chart"])),
    _e(
        "charts.save",
        A.RUN_ANALYSIS,
        lambda s, w: s.charts.save(SavedChart(name=f"N-{uuid4().hex[:8]}", case_id=w.ids["case"])),
    ),
    _e("charts.delete", A.RUN_ANALYSIS, lambda s, w: s.charts.delete(w.chart())),
    _e("charts.log_export", A.EXPORT, lambda s, w: s.charts.log_export([w.ids["a"]], "png", "c.png"), "png"),
    _e("charts.log_export", A.PRINT_DOSSIER, lambda s, w: s.charts.log_export([w.ids["a"]], "print"), "print"),
    # --- analysis
    _e(
        "analysis.network",
        (A.RUN_ANALYSIS, A.READ_RECORDS),
        lambda s, w: s.analysis.network(Scope.case(w.ids["case"])),
    ),
    _e("analysis.network_of", A.RUN_ANALYSIS, lambda s, w: s.analysis.network_of(w.graph())),
    _e("analysis.key_players", A.RUN_ANALYSIS, lambda s, w: s.analysis.key_players(Scope.case(w.ids["case"]))),
    _e(
        "analysis.paths",
        A.RUN_ANALYSIS,
        lambda s, w: s.analysis.paths(Scope.everything(), w.ids["a"], w.ids["c"]),
    ),
    _e(
        "analysis.brokers",
        A.RUN_ANALYSIS,
        lambda s, w: s.analysis.brokers(Scope.everything(), [w.ids["a"]], [w.ids["c"]]),
    ),
    _e(
        "analysis.brokers_between_cases",
        A.RUN_ANALYSIS,
        lambda s, w: s.analysis.brokers_between_cases(w.ids["case"], w.ids["other_case"]),
    ),
    _e("analysis.cut_points", A.RUN_ANALYSIS, lambda s, w: s.analysis.cut_points(Scope.around([w.ids["a"]], 2))),
    _e("analysis.communities", A.RUN_ANALYSIS, lambda s, w: s.analysis.communities(Scope.everything())),
    _e(
        "analysis.changes",
        A.RUN_ANALYSIS,
        lambda s, w: s.analysis.changes(Scope.everything(), TODAY - timedelta(days=30), TODAY),
    ),
    _e("analysis.hierarchy", A.RUN_ANALYSIS, lambda s, w: s.analysis.hierarchy(Scope.case(w.ids["case"]))),
    # --- reports
    _e(
        "reports.case_dossier",
        A.PRINT_DOSSIER,
        lambda s, w: s.reports.case_dossier(w.ids["case"], w.pdf(), marking="Diffusion restreinte"),
    ),
    _e("reports.activity_data", A.ACTIVITY_REPORT, lambda s, w: s.reports.activity_data(TODAY, TODAY)),
    _e("reports.activity", A.ACTIVITY_REPORT, lambda s, w: s.reports.activity(TODAY, TODAY, w.pdf())),
    # --- users
    _e("users.list", A.MANAGE_USERS, lambda s, w: s.users.list()),
    _e(
        "users.add",
        A.MANAGE_USERS,
        lambda s, w: s.users.add(f"n{uuid4().hex[:10]}", "a long enough password", Role.ANALYST),
    ),
    _e("users.disable", A.MANAGE_USERS, lambda s, w: s.users.disable(w.account())),
    _e("users.reset_password", A.MANAGE_USERS, lambda s, w: s.users.reset_password(w.account(), "another password!")),
    _e("users.set_role", A.MANAGE_USERS, lambda s, w: s.users.set_role(w.account(), Role.ANALYST)),
    # --- audit
    _e("audit.entries", A.VIEW_AUDIT, lambda s, w: s.audit.entries(limit=10)),
    _e(
        "audit.export_csv",
        A.VIEW_AUDIT,
        lambda s, w: s.audit.export_csv(w.tmp / f"{uuid4().hex[:8]}.csv", recipient="contrôle", limit=10),
    ),
    # --- retention
    _e("retention.due", A.REVIEW_RETENTION, lambda s, w: s.retention.due(TODAY + timedelta(days=36500))),
    _e(
        "retention.extend",
        A.REVIEW_RETENTION,
        lambda s, w: s.retention.extend(w.person(), TODAY + timedelta(days=365), reason="enquête en cours"),
    ),
    _e("retention.erase", A.REVIEW_RETENTION, lambda s, w: s.retention.erase(w.person(), reason="délai dépassé")),
    # --- desk
    _e("desk.inbox", A.READ_RECORDS, lambda s, w: s.desk.inbox()),
    _e("desk.substance_totals", A.READ_RECORDS, lambda s, w: s.desk.substance_totals(w.ids["case"])),
    _e("desk.case_summary", A.READ_RECORDS, lambda s, w: s.desk.case_summary(w.ids["case"])),
    _e("desk.deleted", A.READ_RECORDS, lambda s, w: s.desk.deleted()),
]

#: Run on PostgreSQL too: at least one call of every group, reads and writes.
PG_SAMPLE = {
    "records.create[source]",
    "records.update[person]",
    "records.delete[source]",
    "records.restore",
    "records.source_identity",
    "links.link",
    "intake.log_tip[into a case]",
    "cases.add_members",
    "search.search",
    "graphs.neighbourhood",
    "charts.save",
    "analysis.key_players",
    "reports.activity_data",
    "users.list",
    "audit.entries",
    "retention.erase",
    "desk.case_summary",
}


def use_cases(services: Services) -> set[str]:
    """``group.method`` for every public method a use-case group adds to ``UseCases``."""
    base = set(dir(UseCases))
    names = set()
    for group, value in vars(services).items():
        if isinstance(value, UseCases):
            names |= {
                f"{group}.{name}"
                for name, _ in inspect.getmembers(type(value), inspect.isfunction)
                if not name.startswith("_") and name not in base
            }
    return names


def check(services: Services, role: Role, entry: Entry, world: World) -> None:
    missing = [a for a in entry.needs if not allowed(role, a)]
    if not missing:
        entry.call(services, world)
        return
    with pytest.raises(Forbidden) as refused:
        entry.call(services, world)
    message = str(refused.value)
    # Refused by this role's check, for one of the actions the table denies it (not by some other rule).
    assert f"({role.value})" in message, message
    assert any(a.value.replace("_", " ") in message for a in missing), (message, missing)


@pytest.fixture(scope="module")
def sqlite_world(tmp_path_factory: pytest.TempPathFactory, sqlite_template: Path) -> Iterator[tuple[App, World]]:
    folder = tmp_path_factory.mktemp("matrix")
    path = folder / "matrix.sqlite3"
    path.write_bytes(sqlite_template.read_bytes())
    app = open_app(Settings(f"sqlite:///{path}"), upgrade=False, policy=FAST_POLICY)
    yield app, build_world(app, folder)
    app.close()


@pytest.fixture(scope="module")
def pg_world(
    tmp_path_factory: pytest.TempPathFactory, pg_template: tuple[dict[str, str], str]
) -> Iterator[tuple[App, World]]:
    params, template = pg_template
    name = f"cd_matrix_{uuid4().hex[:12]}"
    janitor = _janitor(params, name, template=template)
    janitor.init()
    app = open_app(Settings(pg_url(params, name)), upgrade=False, policy=FAST_POLICY)
    try:
        yield app, build_world(app, tmp_path_factory.mktemp("matrix_pg"))
    finally:
        app.close()
        janitor.drop()


def test_every_use_case_is_in_the_matrix(sqlite_world: tuple[App, World]) -> None:
    app, _ = sqlite_world
    found = use_cases(app.services_for(Actor("matrix.any", Role.ANALYST, "ws")))
    covered = {e.name for e in MATRIX} | set(EXEMPT)
    assert not found - covered, f"use cases without a permission-matrix entry: {sorted(found - covered)}"
    assert not covered - found, f"matrix entries for methods that no longer exist: {sorted(covered - found)}"


def test_every_action_is_in_the_table() -> None:
    assert set(PERMISSIONS) == set(Action)
    assert PERMISSIONS[Action.MANAGE_USERS] == {Role.ADMINISTRATOR}
    # every action of the table is exercised by at least one use case
    assert set().union(*(e.needs for e in MATRIX)) >= set(Action) - {Action.IMPORT, Action.MERGE_DUPLICATES}


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize("entry", MATRIX, ids=[e.id for e in MATRIX])
def test_role_matrix(sqlite_world: tuple[App, World], role: Role, entry: Entry) -> None:
    app, world = sqlite_world
    check(app.services_for(Actor(_user(role), role, "ws")), role, entry, world)


SAMPLE = [e for e in MATRIX if e.id in PG_SAMPLE]


def test_the_postgres_sample_names_real_entries() -> None:
    assert {e.id for e in SAMPLE} == PG_SAMPLE


@pytest.mark.postgres
@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize("entry", SAMPLE, ids=[e.id for e in SAMPLE])
def test_role_matrix_postgres(pg_world: tuple[App, World], role: Role, entry: Entry) -> None:
    app, world = pg_world
    check(app.services_for(Actor(_user(role), role, "ws")), role, entry, world)
