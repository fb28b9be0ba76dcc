from __future__ import annotations

from itertools import pairwise

import networkx as nx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cross_desk.analysis.graph import to_networkx
from cross_desk.analysis.paths import all_paths, k_shortest_paths, shortest_paths
from cross_desk.analysis.results import PathMode
from cross_desk.domain.kinds import EntityKind, LinkKind
from tests.analysis.helpers import Net


@st.composite
def graphs_and_ends(draw: st.DrawFn) -> tuple[nx.Graph, int, int]:
    n = draw(st.integers(2, 14))
    pairs = st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)).filter(lambda p: p[0] != p[1])
    graph = nx.Graph()
    graph.add_nodes_from(range(n))
    graph.add_edges_from(draw(st.lists(pairs, max_size=3 * n)))
    return graph, draw(st.integers(0, n - 1)), draw(st.integers(0, n - 1))


def is_real_path(graph: nx.Graph, ids: tuple[int, ...]) -> bool:
    return len(set(ids)) == len(ids) and all(graph.has_edge(u, v) for u, v in pairwise(ids))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(graphs_and_ends())
def test_every_returned_path_is_real_and_none_is_shorter(case: tuple[nx.Graph, int, int]) -> None:
    graph, a, b = case
    reachable = nx.has_path(graph, a, b)
    found = shortest_paths(graph, a, b, limit=1000, engine="networkx")
    assert found.connected == reachable == shortest_paths(graph, a, b, engine="igraph").connected
    if not reachable:
        return
    best = nx.shortest_path_length(graph, a, b)
    assert sorted(p.ids for p in found.paths) == sorted(tuple(p) for p in nx.all_shortest_paths(graph, a, b))
    in_c = shortest_paths(graph, a, b, limit=1000, engine="igraph")
    assert sorted(p.ids for p in in_c.paths) == sorted(p.ids for p in found.paths)
    for path in found.paths:
        assert path.ids[0] == a and path.ids[-1] == b
        assert is_real_path(graph, path.ids) and path.hops == best
    ranked = k_shortest_paths(graph, a, b, k=4)
    assert ranked.paths[0].hops == best
    assert all(is_real_path(graph, p.ids) for p in ranked.paths)
    assert [p.hops for p in ranked.paths] == sorted(p.hops for p in ranked.paths)
    upto = all_paths(graph, a, b, max_hops=min(best + 2, 8), limit=10_000)
    expected = {tuple(p) for p in nx.all_simple_paths(graph, a, b, cutoff=min(best + 2, 8))} if a != b else {(a,)}
    assert {p.ids for p in upto.paths} == expected
    assert all(p.hops >= best for p in upto.paths)


def records() -> Net:
    net = Net()
    net.person("Alpha", "Bravo", "Charlie")
    net.add(EntityKind.PHONE, "06 39 98 00 01")
    net.link(LinkKind.USES, "Alpha", "06 39 98 00 01")
    net.link(LinkKind.CALLED, "06 39 98 00 01", "Bravo")
    net.link(LinkKind.MANAGES, "Charlie", "Bravo")
    net.link(LinkKind.ASSOCIATE, "Bravo", "Charlie")
    return net


def test_paths_name_the_links_and_their_direction() -> None:
    net = records()
    graph = to_networkx(net.data)
    found = shortest_paths(graph, net["Alpha"], net["Charlie"])
    assert found.mode == PathMode.SHORTEST and len(found.paths) == 1
    path = found.paths[0]
    assert [n.label for n in path.nodes] == ["Alpha", "06 39 98 00 01", "Bravo", "Charlie"]
    assert [s.kinds for s in path.steps] == [("uses",), ("called",), ("associate", "manages")]
    assert path.steps[0].forward is True  # Alpha uses the phone: along the path
    assert path.steps[1].forward is None  # a call has no direction
    assert path.steps[2].forward is False  # Charlie manages Bravo: against the path
    assert len(path.steps[2].link_ids) == 2 and not path.steps[2].derived


@pytest.mark.parametrize("engine", ["networkx", "igraph"])
def test_weighted_paths_prefer_strong_ties(engine: str) -> None:
    graph = nx.Graph()
    graph.add_edge("a", "b", weight=0.25)  # one doubtful link
    graph.add_edge("a", "c", weight=1.0)
    graph.add_edge("c", "b", weight=1.0)
    graph.add_edge("a", "d", weight=0.75)
    graph.add_edge("d", "e", weight=0.75)
    graph.add_edge("e", "b", weight=1.5)
    assert shortest_paths(graph, "a", "b", engine=engine).paths[0].ids == ("a", "b")
    strong = shortest_paths(graph, "a", "b", weighted=True, engine=engine)
    assert [p.ids for p in strong.paths] == [("a", "c", "b")] and strong.paths[0].cost == 2.0 and strong.weighted


@settings(max_examples=60, deadline=None)
@given(graphs_and_ends(), st.lists(st.sampled_from([0.25, 0.5, 0.75, 1.0, 1.5, 3.0]), min_size=60, max_size=60))
def test_weighted_shortest_paths_agree_between_engines(case: tuple[nx.Graph, int, int], weights: list[float]) -> None:
    graph, a, b = case
    for (u, v), w in zip(graph.edges, weights, strict=False):
        graph[u][v]["weight"] = w
    one = shortest_paths(graph, a, b, weighted=True, limit=1000, engine="networkx")
    two = shortest_paths(graph, a, b, weighted=True, limit=1000, engine="igraph")
    assert sorted(p.ids for p in one.paths) == sorted(p.ids for p in two.paths)
    assert [p.cost for p in one.paths] == [p.cost for p in two.paths]


def test_no_path_and_limits() -> None:
    graph = nx.Graph([(0, 1), (2, 3)])
    assert not shortest_paths(graph, 0, 3).connected
    assert k_shortest_paths(graph, 0, 3).paths == []
    grid = nx.grid_2d_graph(4, 4)
    many = shortest_paths(grid, (0, 0), (3, 3), limit=5)
    assert len(many.paths) == 5 and many.truncated
    with pytest.raises(ValueError, match="max_hops"):
        all_paths(grid, (0, 0), (3, 3), max_hops=20)
    with pytest.raises(nx.NodeNotFound):
        shortest_paths(grid, (0, 0), "nowhere")
