"""networkx (the reference), igraph and the compiled kernel give the same answers on shared cases.

Exact betweenness, closeness and PageRank agree to 1e-9 (weighted too: link lengths are
rounded so that equal paths tie exactly, see ``graph.edge_distance``); sampled betweenness agrees exactly
when both use the same seed (the same sources are drawn); eigenvector centrality agrees to
1e-4 on connected graphs (both iterate to a tolerance); communities need not be identical
(different random draws) but reach modularity within 0.03 of each other.
"""

from __future__ import annotations

import random

import networkx as nx
import pytest

from cross_desk.analysis import kernels
from cross_desk.analysis.brokers import brokers
from cross_desk.analysis.centrality import betweenness, closeness, eigenvector, key_players, pagerank
from cross_desk.analysis.communities import communities
from cross_desk.analysis.engine import AUTO_KERNEL_FROM, Engine, Indexed, Task, choose
from cross_desk.analysis.graph import edge_distance, to_networkx
from cross_desk.analysis.results import Metric
from cross_desk.demo.generator import DemoBuilder, DemoSpec


def _weighted(graph: nx.Graph, seed: int) -> nx.Graph:
    rng = random.Random(seed)
    for u, v in graph.edges:
        graph[u][v]["weight"] = rng.choice([0.25, 0.5, 0.75, 1.0, 2.0, 2.25])
        graph[u][v]["distance"] = edge_distance(graph[u][v]["weight"])
    return graph


def cases() -> list[nx.Graph]:
    out = []
    for seed in range(4):
        g = _weighted(nx.gnm_random_graph(80, 110, seed=seed), seed)
        g.add_edge(200, 0, weight=1.0, distance=1.0)  # a leaf on a chain
        g.add_edge(201, 200, weight=1.0, distance=1.0)
        g.add_edge(300, 301, weight=1.0, distance=1.0)  # a pair on its own
        g.add_node(400)  # a loner
        out.append(g)
    out.append(_weighted(nx.karate_club_graph(), 9))
    out.append(_weighted(nx.barabasi_albert_graph(300, 2, seed=5), 5))
    return out


def _demo() -> nx.MultiDiGraph:
    builder = DemoBuilder(DemoSpec(150, 600), seed=11)
    builder.build()
    from cross_desk.domain.records import GraphData

    data = GraphData({e.id: e.ref() for e in builder.entities}, builder.links, {})
    return to_networkx(data)


def close(a: dict, b: dict, tol: float) -> float:  # type: ignore[type-arg]
    assert a.keys() == b.keys()
    worst = max((abs(a[k] - b[k]) for k in a), default=0.0)
    assert worst <= tol, worst
    return worst


@pytest.mark.parametrize("graph", [*cases(), _demo()], ids=lambda g: f"{g.number_of_nodes()}n")
@pytest.mark.parametrize("weighted", [False, True])
def test_betweenness_and_closeness_agree(graph: nx.Graph, weighted: bool) -> None:
    simple = graph if not graph.is_multigraph() else None
    reference = nx.betweenness_centrality(simple, weight="distance" if weighted else None) if simple else None
    nx_values = betweenness(graph, weighted=weighted, engine="networkx")
    ig_values = betweenness(graph, weighted=weighted, engine="igraph")
    close(nx_values, ig_values, 1e-9)
    if reference is not None:
        close(reference, ig_values, 1e-9)
    chunked = betweenness(graph, weighted=weighted, engine="networkx", progress=lambda d, t: None)
    close(nx_values, chunked, 1e-9)
    nx_closeness = closeness(graph, weighted=weighted, engine="networkx")
    close(nx_closeness, closeness(graph, weighted=weighted, engine="igraph"), 1e-9)
    # The kernel counts hops; asked for weighted paths it hands over to igraph, same answers.
    close(nx_values, betweenness(graph, weighted=weighted, engine="numba"), 1e-9)
    close(nx_closeness, closeness(graph, weighted=weighted, engine="numba"), 1e-9)


@pytest.mark.parametrize("graph", [*cases(), _demo()], ids=lambda g: f"{g.number_of_nodes()}n")
def test_kernel_shares_one_search_for_both_metrics(graph: nx.Graph) -> None:
    both = key_players(graph, metrics=[Metric.BETWEENNESS, Metric.CLOSENESS], betweenness_sample=None, engine="numba")
    assert both.engine == "numba"
    close(both.values(Metric.BETWEENNESS), betweenness(graph, engine="networkx"), 1e-9)
    close(both.values(Metric.CLOSENESS), closeness(graph, engine="networkx"), 1e-9)
    sampled = key_players(graph, metrics=[Metric.CLOSENESS], betweenness_sample=20, seed=4, engine="numba")
    close(sampled.values(Metric.BETWEENNESS), betweenness(graph, sample=20, seed=4, engine="networkx"), 1e-9)
    close(sampled.values(Metric.CLOSENESS), closeness(graph, engine="networkx"), 1e-9)


@pytest.mark.parametrize("graph", [*cases()[:3], _demo()], ids=lambda g: f"{g.number_of_nodes()}n")
def test_sampled_betweenness_is_the_same_estimate(graph: nx.Graph) -> None:
    for k, seed in ((5, 1), (20, 7)):
        reference = betweenness(graph, sample=k, seed=seed, engine="networkx")
        close(reference, betweenness(graph, sample=k, seed=seed, engine="igraph"), 1e-9)
        close(reference, betweenness(graph, sample=k, seed=seed, engine="numba"), 1e-9)


@pytest.mark.parametrize("graph", [*cases()[4:], _demo()], ids=lambda g: f"{g.number_of_nodes()}n")
def test_pagerank_and_eigenvector_agree(graph: nx.Graph) -> None:
    close(pagerank(graph, engine="networkx"), pagerank(graph, engine="igraph"), 1e-8)
    close(pagerank(graph, weighted=False, engine="networkx"), pagerank(graph, weighted=False, engine="igraph"), 1e-8)
    if nx.is_connected(nx.Graph(graph.to_undirected(as_view=True)) if graph.is_directed() else graph):
        close(eigenvector(graph, engine="networkx"), eigenvector(graph, engine="igraph"), 1e-4)


@pytest.mark.parametrize("graph", [*cases(), _demo()], ids=lambda g: f"{g.number_of_nodes()}n")
def test_brokers_agree(graph: nx.Graph) -> None:
    nodes = sorted(graph.nodes, key=str)
    a, b = nodes[: len(nodes) // 5], nodes[-len(nodes) // 5 :]
    x = brokers(graph, a, b, engine="networkx")
    y = brokers(graph, a, b, engine="igraph")
    assert (x.pairs_connected, x.pairs_total) == (y.pairs_connected, y.pairs_total)
    close({r.node.id: r.paths_carried for r in x.rows}, {r.node.id: r.paths_carried for r in y.rows}, 1e-9)


@pytest.mark.parametrize("graph", [*cases()[4:], _demo()], ids=lambda g: f"{g.number_of_nodes()}n")
def test_communities_reach_the_same_modularity(graph: nx.Graph) -> None:
    x = communities(graph, engine="networkx", seed=3)
    y = communities(graph, engine="igraph", seed=3)
    z = communities(graph, method="leiden", seed=3)
    assert abs(x.modularity - y.modularity) <= 0.03 and abs(x.modularity - z.modularity) <= 0.03
    for found in (x, y, z):
        assert sorted(m.id for c in found.communities for m in c.members) == sorted(graph.nodes)


def test_auto_picks_igraph_only_for_larger_graphs() -> None:
    assert choose(Engine.AUTO, Task.BETWEENNESS, 50) == Engine.NETWORKX
    assert choose(Engine.AUTO, Task.BETWEENNESS, 1_000) == Engine.IGRAPH
    assert choose(Engine.AUTO, Task.BETWEENNESS, AUTO_KERNEL_FROM) == Engine.NUMBA
    assert choose(Engine.AUTO, Task.CLOSENESS, 50_000) == Engine.NUMBA
    assert choose(Engine.AUTO, Task.CLOSENESS, 50_000, weighted=True) == Engine.IGRAPH
    assert choose(Engine.AUTO, Task.PAGERANK, 50_000) == Engine.IGRAPH
    assert choose("numba", Task.COMMUNITIES, 50) == Engine.IGRAPH
    assert choose("networkx", Task.BETWEENNESS, 50_000) == Engine.NETWORKX


def test_without_the_kernel_igraph_answers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kernels, "_kernel", None)
    monkeypatch.setattr(kernels, "_failed", True)  # as when numba cannot be imported
    assert choose(Engine.AUTO, Task.BETWEENNESS, 50_000) == Engine.IGRAPH
    graph = _demo()
    table = key_players(graph, metrics=[Metric.CLOSENESS], betweenness_sample=None, engine="numba")
    assert table.engine == "igraph"
    close(table.values(Metric.BETWEENNESS), betweenness(graph, engine="networkx"), 1e-9)


def test_worker_processes_give_the_same_answers() -> None:
    graph = _demo()
    one = betweenness(graph, engine="igraph", workers=1)
    close(one, betweenness(graph, engine="igraph", workers=2), 1e-9)
    close(closeness(graph, engine="igraph", workers=1), closeness(graph, engine="igraph", workers=2), 1e-12)
    sampled = betweenness(graph, sample=30, seed=2, engine="igraph", workers=2)
    close(sampled, betweenness(graph, sample=30, seed=2, engine="networkx"), 1e-9)


def test_indexed_twin_is_reused_only_for_the_same_graph() -> None:
    graph = nx.path_graph(5)
    first = Indexed.cached(graph)
    assert Indexed.cached(graph) is first
    view = graph.subgraph([0, 1, 2, 3, 4])  # a view shares the attribute dict, not the object
    assert Indexed.cached(view) is not first
    graph.add_edge(4, 5)
    assert Indexed.cached(graph).n == 6
    graph.add_edge(0, 5)  # same nodes, one more edge: only forget() notices
    Indexed.forget(graph)
    assert len(Indexed.cached(graph).edges) == 6
