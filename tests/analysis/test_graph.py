from __future__ import annotations

from datetime import date

from cross_desk.analysis.graph import DerivedKind, GraphOptions, build_graph, project, snapshot, to_networkx
from cross_desk.domain.kinds import EntityKind, LinkKind
from tests.analysis.helpers import Net


def shared_records() -> Net:
    net = Net()
    net.person("Alpha", "Bravo", "Charlie")
    net.add(EntityKind.TIP, "tip 1", date(2026, 3, 1))
    net.add(EntityKind.SEIZURE, "seizure 1", date(2026, 4, 1))
    net.add(EntityKind.PHONE, "06 39 98 00 01")
    net.add(EntityKind.VEHICLE, "XA-123-BC")
    net.add(EntityKind.LOCATION, "12 rue des Lilas")
    net.link(LinkKind.MENTIONED_IN, "Alpha", "tip 1", evidence="tip 1", first=date(2026, 3, 1), last=date(2026, 3, 1))
    net.link(LinkKind.MENTIONED_IN, "Bravo", "tip 1", evidence="tip 1", first=date(2026, 3, 1), last=date(2026, 3, 1))
    net.link(LinkKind.SEIZED_FROM, "seizure 1", "Bravo", evidence="seizure 1")
    net.link(LinkKind.SEIZED_FROM, "seizure 1", "Charlie", evidence="seizure 1")
    net.link(LinkKind.USES, "Alpha", "06 39 98 00 01", first=date(2026, 1, 1), last=date(2026, 2, 1))
    net.link(LinkKind.USES, "Charlie", "06 39 98 00 01", first=date(2026, 5, 1), last=date(2026, 6, 1))
    net.link(LinkKind.OWNS, "Alpha", "XA-123-BC")
    net.link(LinkKind.USES, "Bravo", "XA-123-BC")
    net.link(LinkKind.LIVES_AT, "Bravo", "12 rue des Lilas")
    net.link(LinkKind.LIVES_AT, "Charlie", "12 rue des Lilas")
    return net


def test_derived_links_are_marked_and_name_what_they_come_through() -> None:
    net = shared_records()
    plain = build_graph(net.data)
    assert not any(d for _, _, d in plain.edges(data="derived"))
    graph = build_graph(net.data, GraphOptions(derived=frozenset(DerivedKind)))
    derived = {(d["kind"], frozenset((u, v)), d["via"]) for u, v, d in graph.edges(data=True) if d["derived"]}
    a, b, c = net["Alpha"], net["Bravo"], net["Charlie"]
    assert derived == {
        ("co_mentioned", frozenset((a, b)), net["tip 1"]),
        ("seized_together", frozenset((b, c)), net["seizure 1"]),
        ("shares_phone", frozenset((a, c)), net["06 39 98 00 01"]),
        ("shares_vehicle", frozenset((a, b)), net["XA-123-BC"]),
        ("shares_address", frozenset((b, c)), net["12 rue des Lilas"]),
    }
    phone = next(d for _, _, d in graph.edges(data=True) if d["kind"] == "shares_phone")
    assert (phone["first_seen"], phone["last_seen"]) == (date(2026, 5, 1), date(2026, 6, 1))
    assert phone["evidence"] is None and phone["directed"] is False
    # Stored links are untouched: the derived ones exist only in this graph.
    assert len(net.data.links) == 10


def test_people_only_network_keeps_derived_links() -> None:
    net = shared_records()
    options = GraphOptions(derived=frozenset({DerivedKind.SHARES_ADDRESS}), entity_kinds=frozenset({"person"}))
    graph = build_graph(net.data, options)
    assert set(graph) == {net["Alpha"], net["Bravo"], net["Charlie"]}
    assert [d["kind"] for _, _, d in graph.edges(data=True)] == ["shares_address"]


def test_max_shared_skips_crowded_records() -> None:
    net = Net()
    people = [f"P{i}" for i in range(6)]
    net.person(*people)
    net.add(EntityKind.TIP, "big tip")
    for p in people:
        net.link(LinkKind.MENTIONED_IN, p, "big tip", evidence="big tip")
    graph = build_graph(net.data, GraphOptions(derived=frozenset({DerivedKind.CO_MENTIONED}), max_shared=5))
    assert graph.graph["derived_skipped"] == 1
    assert not any(d for _, _, d in graph.edges(data="derived"))


def test_project_folds_parallel_links() -> None:
    net = Net()
    net.person("A", "B")
    one = net.link(LinkKind.ASSOCIATE, "A", "B")
    two = net.link(LinkKind.MANAGES, "B", "A")
    simple = project(to_networkx(net.data))
    assert simple.number_of_edges() == 1
    edge = simple.edges[net["A"], net["B"]]
    assert sorted(edge["links"]) == sorted([one, two])
    assert edge["kinds"] == ("associate", "manages")
    assert edge["weight"] == 2.0 and edge["distance"] == 0.5 and edge["derived"] is False


def test_snapshot_keeps_current_links_and_dated_records() -> None:
    net = Net()
    net.person("A", "B", "C")
    net.add(EntityKind.TIP, "tip", date(2026, 6, 1))
    old = net.link(LinkKind.ASSOCIATE, "A", "B", first=date(2026, 1, 1), last=date(2026, 1, 31))
    new = net.link(LinkKind.ASSOCIATE, "B", "C", first=date(2026, 5, 1), last=date(2026, 7, 1))
    fact = net.link(LinkKind.MENTIONED_IN, "A", "tip", evidence="tip", first=date(2026, 6, 1), last=date(2026, 6, 1))
    graph = to_networkx(net.data)
    feb = snapshot(graph, date(2026, 2, 15), stale_after_days=90)
    assert {k for _, _, k in feb.edges(keys=True)} == {old}
    assert net["tip"] not in feb and net["C"] not in feb
    dec = snapshot(graph, date(2026, 12, 1), stale_after_days=90)
    assert {k for _, _, k in dec.edges(keys=True)} == {fact}  # facts never go stale
    assert snapshot(graph, date(2026, 12, 1)).number_of_edges() == 3  # no staleness: all known
    assert {k for _, _, k in snapshot(graph, date(2026, 6, 15), 90).edges(keys=True)} == {new, fact}
