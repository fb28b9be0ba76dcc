from __future__ import annotations

from datetime import date

import pytest

from cross_desk.analysis.graph import DerivedKind, GraphOptions
from cross_desk.analysis.progress import Cancelled
from cross_desk.analysis.results import HierarchyBasis, Metric, PathMode
from cross_desk.bootstrap import App
from cross_desk.demo.generator import DemoSpec
from cross_desk.domain import records as r
from cross_desk.domain.access import Forbidden, Role
from cross_desk.domain.actor import Actor
from cross_desk.domain.errors import NotFound, ValidationError
from cross_desk.domain.kinds import EntityKind, LinkKind, NetworkRole
from cross_desk.services import Services
from cross_desk.services.analysis import Scope


@pytest.fixture
def demo(services: Services) -> Services:
    services.demo.load(DemoSpec(people=120, links=500), seed=3)
    return services


def test_key_players_communities_and_hierarchy_of_a_case(demo: Services) -> None:
    case = demo.cases.list()[0]
    scope = Scope.case(case.id)
    table = demo.analysis.key_players(scope)
    members = {ref.id for ref in demo.cases.members(case.id)}
    assert {row.node.id for row in table.rows} == members
    assert table.rows[0].betweenness == max(row.betweenness or 0 for row in table.rows)
    assert all(row.node.label for row in table.rows)
    groups = demo.analysis.communities(scope, seed=1)
    assert sorted(m.id for c in groups.communities for m in c.members) == sorted(members)
    assert groups.communities == demo.analysis.communities(scope, seed=1).communities  # repeatable
    ranks = demo.analysis.hierarchy(scope)
    assert ranks.tops and any(h.basis == HierarchyBasis.MANAGES for h in ranks.hints)
    assert all(ranks.levels[h.superior.id] < ranks.levels[h.subordinate.id] for h in ranks.hints if not ranks.cycles)


def test_whole_database_network_with_derived_links_is_not_stored(demo: Services) -> None:
    before = len(demo.graphs.whole().links)
    options = GraphOptions(derived=frozenset(DerivedKind), entity_kinds=frozenset({"person"}))
    people = demo.analysis.network(Scope.everything(), options)
    assert {kind for _, kind in people.nodes(data="kind")} == {"person"}
    assert any(d["derived"] for _, _, d in people.edges(data=True))
    assert len(demo.graphs.whole().links) == before
    cut = demo.analysis.cut_points(people)
    assert all(p.cut_off >= 1 for p in cut.points)


def test_paths_brokers_and_changes(services: Services) -> None:
    make = services.records.create
    a, b, c, d = (make(r.Person(surname=n)) for n in ("Alpha", "Bravo", "Charlie", "Delta"))
    phone = make(r.Phone(number="06 39 98 00 07"))
    org = make(r.Organisation(name="Réseau Tilleuls"))
    services.links.link(r.Link(kind=LinkKind.USES, source_id=a.id, target_id=phone.id, first_seen=date(2026, 1, 5)))
    services.links.link(r.Link(kind=LinkKind.CALLED, source_id=phone.id, target_id=b.id, first_seen=date(2026, 4, 1)))
    services.links.link(r.Link(kind=LinkKind.MANAGES, source_id=b.id, target_id=c.id, first_seen=date(2026, 4, 2)))
    services.links.link(r.Link(kind=LinkKind.ASSOCIATE, source_id=c.id, target_id=d.id, first_seen=date(2026, 1, 2)))
    services.links.link(
        r.Link(
            kind=LinkKind.MEMBER_OF,
            source_id=b.id,
            target_id=org.id,
            role=NetworkRole.HEAD,
            first_seen=date(2026, 1, 1),
        )
    )
    everything = Scope.everything()
    found = services.analysis.paths(everything, a.id, d.id)
    [path] = found.paths
    assert [s.kinds for s in path.steps] == [("uses",), ("called",), ("manages",), ("associate",)]
    assert services.analysis.paths(everything, a.id, d.id, mode=PathMode.ALL_UP_TO, max_hops=4).paths[0].ids == path.ids
    around = Scope.around([a.id], hops=1)
    with pytest.raises(NotFound, match="not in the network"):
        services.analysis.paths(around, a.id, d.id)
    found_brokers = services.analysis.brokers(everything, [a.id], [c.id, d.id])
    assert [row.node.label for row in found_brokers.rows][:3] == ["06 39 98 00 07", "BRAVO", "CHARLIE"]
    changed = services.analysis.changes(everything, date(2026, 2, 1), date(2026, 5, 1), stale_after_days=None)
    assert {lk.kind for lk in changed.added_links} == {"called", "manages"}
    assert any(m.metric == Metric.BETWEENNESS and m.node.label == "BRAVO" for m in changed.metric_changes)
    with pytest.raises(ValidationError):
        services.analysis.changes(everything, date(2026, 5, 1), date(2026, 2, 1))
    with pytest.raises(ValidationError):
        services.analysis.brokers(everything, [], [a.id])


def test_progress_cancel_and_permission(demo: Services, app: App) -> None:
    seen: list[int] = []
    demo.analysis.key_players(Scope.everything(), progress=lambda done, total: seen.append(done))
    assert seen and seen[-1] == 1000
    with pytest.raises(Cancelled, match="cancelled"):
        demo.analysis.key_players(Scope.everything(), cancelled=lambda: True)
    admin = app.services_for(Actor("admin.test", Role.ADMINISTRATOR, "test-ws"))
    with pytest.raises(Forbidden):
        admin.analysis.key_players(Scope.everything())


def test_sources_appear_by_codename_only(services: Services) -> None:
    source = services.records.create(r.Source(codename="ÉPERVIER", handlers=["traitant.a"]))
    person = services.records.create(r.Person(surname="Alpha"))
    services.links.link(r.Link(kind=LinkKind.HANDLES, source_id=person.id, target_id=source.id))
    table = services.analysis.key_players(Scope.around([person.id]))
    labels = {row.node.kind: row.node.label for row in table.rows}
    assert labels[EntityKind.SOURCE.value] == "ÉPERVIER"
