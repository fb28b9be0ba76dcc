from __future__ import annotations

import networkx as nx
import pytest

from cross_desk.analysis.brokers import brokers, cut_points
from cross_desk.analysis.graph import to_networkx
from cross_desk.domain.kinds import LinkKind
from tests.analysis.helpers import Net


def two_stars() -> tuple[nx.Graph, list[str], list[str]]:
    graph = nx.Graph()
    a = ["a", *(f"a{i}" for i in range(5))]
    b = ["b", *(f"b{i}" for i in range(4))]
    graph.add_edges_from(("a", leaf) for leaf in a[1:])
    graph.add_edges_from(("b", leaf) for leaf in b[1:])
    graph.add_edges_from([("a", "broker"), ("broker", "b")])
    graph.add_edge("outsider", "a1")
    return graph, a, b


@pytest.mark.parametrize("engine", ["networkx", "igraph"])
def test_two_stars_joined_by_one_broker_return_that_broker(engine: str) -> None:
    graph, a, b = two_stars()
    found = brokers(graph, a, b, engine=engine)
    top = found.rows[0]
    assert (top.node.id, top.group, top.rank) == ("broker", None, 1)
    assert top.paths_carried == pytest.approx(len(a) * len(b)) and top.share == pytest.approx(1.0)
    assert found.pairs_connected == found.pairs_total == len(a) * len(b)
    # The two centres are gateways inside their own groups.
    assert {r.node.id: r.group for r in found.rows} == {"broker": None, "a": "A", "b": "B"}
    assert "outsider" not in {r.node.id for r in found.rows}


def test_groups_not_connected_and_unknown_ids() -> None:
    graph = nx.Graph([(1, 2), (3, 4)])
    found = brokers(graph, [1, 99], [3])
    assert found.rows == [] and found.pairs_connected == 0 and found.pairs_total == 1
    assert [n.id for n in found.group_a] == [1]


def test_path_graph_articulation_points() -> None:
    found = cut_points(nx.path_graph(6))
    assert {p.node.id for p in found.points} == {1, 2, 3, 4}
    assert [(p.node.id, p.pieces, p.cut_off) for p in found.points][:2] == [(2, 2, 2), (3, 2, 2)]
    assert len(found.bridges) == 5
    middle = found.bridges[0]
    assert {middle.a.id, middle.b.id} == {2, 3} and middle.cut_off == 3


@pytest.mark.parametrize("seed", range(12))
def test_cut_points_match_networkx(seed: int) -> None:
    graph = nx.gnm_random_graph(50, 60, seed=seed)
    found = cut_points(graph)
    assert {p.node.id for p in found.points} == set(nx.articulation_points(graph))
    assert {frozenset((b.a.id, b.b.id)) for b in found.bridges} == {frozenset(e) for e in nx.bridges(graph)}
    for point in found.points:
        rest = graph.copy()
        rest.remove_node(point.node.id)
        around = nx.node_connected_component(graph, point.node.id)
        sizes = [len(c) for c in nx.connected_components(rest) if c & around]
        assert (point.pieces, point.cut_off) == (len(sizes), sum(sizes) - max(sizes))


def test_bridges_name_their_links() -> None:
    net = Net()
    net.person("A", "B", "C", "D")
    net.link(LinkKind.ASSOCIATE, "A", "B")
    net.link(LinkKind.ASSOCIATE, "B", "C")
    net.link(LinkKind.FAMILY, "C", "A")
    net.link(LinkKind.SUPPLIES, "C", "D")
    found = cut_points(to_networkx(net.data))
    assert [p.node.label for p in found.points] == ["C"]
    assert [(b.kinds, b.cut_off) for b in found.bridges] == [(("supplies",), 1)]
