from __future__ import annotations

import networkx as nx
import pytest

from cross_desk.analysis.centrality import DEFAULT_SAMPLE, betweenness, key_players, sample_size
from cross_desk.analysis.graph import to_networkx
from cross_desk.analysis.progress import Cancelled
from cross_desk.analysis.results import Metric
from cross_desk.domain.kinds import LinkKind
from tests.analysis.helpers import Net


@pytest.mark.parametrize("engine", ["networkx", "igraph", "numba"])
def test_barbell_bridge_node_has_the_highest_betweenness(engine: str) -> None:
    graph = nx.barbell_graph(5, 1)  # two 5-cliques joined through node 5
    table = key_players(graph, engine=engine)
    assert table.rows[0].node.id == 5
    assert table.rows[0].betweenness == max(row.betweenness for row in table.rows)  # type: ignore[type-var]
    assert table.rows[0].rank == 1 and table.ranked_by == Metric.BETWEENNESS


def test_key_players_of_records_carry_labels_kinds_and_every_metric() -> None:
    net = Net()
    net.person("Boss", "Lieutenant", "Seller 1", "Seller 2", "Seller 3")
    net.link(LinkKind.MANAGES, "Boss", "Lieutenant")
    for seller in ("Seller 1", "Seller 2", "Seller 3"):
        net.link(LinkKind.MANAGES, "Lieutenant", seller)
    net.link(LinkKind.ASSOCIATE, "Boss", "Lieutenant")  # a second link to the same person
    table = key_players(to_networkx(net.data))
    top = table.rows[0]
    assert (top.node.label, top.node.kind, top.degree) == ("Lieutenant", "person", 4)
    boss = next(row for row in table.rows if row.node.label == "Boss")
    assert boss.degree == 1 and boss.weighted_degree == 2.0  # two confirmed links, one neighbour
    assert set(table.metrics) == set(Metric)
    assert all(row.value(m) is not None for row in table.rows for m in Metric)
    assert table.values(Metric.PAGERANK) and abs(sum(table.values(Metric.PAGERANK).values()) - 1) < 1e-9
    assert table.betweenness_sample is None and table.nodes == 5 and table.edges == 4


def test_ranking_by_another_metric_and_ties_by_label() -> None:
    table = key_players(nx.star_graph(3), metrics=[Metric.DEGREE], rank_by=Metric.DEGREE)
    assert [row.node.id for row in table.rows] == [0, 1, 2, 3]
    assert table.rows[1].betweenness is None


def test_sampled_betweenness_states_its_sample() -> None:
    assert sample_size(1000, "auto") is None
    assert sample_size(1_000_000, "auto") == DEFAULT_SAMPLE
    assert sample_size(50, 80) is None  # a sample as big as the graph is the exact answer
    graph = nx.connected_watts_strogatz_graph(400, 4, 0.1, seed=1)
    table = key_players(graph, metrics=[Metric.BETWEENNESS], betweenness_sample=50, seed=3)
    assert table.betweenness_sample == 50 and table.seed == 3
    reference = nx.betweenness_centrality(graph, k=50, seed=3)
    assert max(abs(reference[r.node.id] - r.betweenness) for r in table.rows) < 1e-12  # type: ignore[operator]


@pytest.mark.parametrize("engine", ["networkx", "igraph", "numba"])
def test_progress_is_reported_and_cancel_stops(engine: str) -> None:
    graph = nx.connected_watts_strogatz_graph(600, 4, 0.1, seed=2)
    seen: list[tuple[int, int]] = []
    key_players(
        graph, metrics=[Metric.BETWEENNESS, Metric.CLOSENESS], engine=engine, progress=lambda d, t: seen.append((d, t))
    )
    assert seen[-1] == (1000, 1000) and len(seen) > 3
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    calls = 0

    def cancel_soon() -> bool:
        nonlocal calls
        calls += 1
        return calls > 2

    with pytest.raises(Cancelled):
        betweenness(graph, engine=engine, progress=lambda d, t: None, cancelled=cancel_soon)


@pytest.mark.parametrize("engine", ["auto", "igraph", "numba"])
def test_empty_and_tiny_graphs(engine: str) -> None:
    assert key_players(nx.Graph(), engine=engine).rows == []
    table = key_players(nx.path_graph(2), engine=engine)
    assert [row.betweenness for row in table.rows] == [0.0, 0.0]
    assert [row.closeness for row in table.rows] == [1.0, 1.0]
    loners = key_players(nx.empty_graph(3), engine=engine)
    assert [(row.betweenness, row.closeness) for row in loners.rows] == [(0.0, 0.0)] * 3
