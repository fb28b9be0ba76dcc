from __future__ import annotations

import networkx as nx
import pytest

from cross_desk.analysis.communities import communities


@pytest.mark.parametrize(("engine", "method"), [("networkx", "louvain"), ("igraph", "louvain"), ("igraph", "leiden")])
def test_karate_club_two_factions_are_recovered(engine: str, method: str) -> None:
    graph = nx.karate_club_graph()
    # At resolution 0.5 modularity prefers two groups: the club's actual split.
    found = communities(graph, engine=engine, method=method, resolution=0.5, seed=1)
    assert len(found.communities) == 2
    faction = {n: club for n, club in graph.nodes(data="club")}
    wrong = 0
    for community in found.communities:
        clubs = [faction[m.id] for m in community.members]
        majority = max(set(clubs), key=clubs.count)
        wrong += sum(c != majority for c in clubs)
    assert wrong <= 2  # node 8 is famously ambiguous
    # Each faction's most central member is its leader: the instructor (0) and the officer (33).
    assert {c.central.id for c in found.communities} == {0, 33}
    assert found.modularity > 0.6


def test_seeded_and_repeatable() -> None:
    graph = nx.connected_caveman_graph(6, 5)
    one = communities(graph, seed=4, engine="networkx")
    two = communities(graph, seed=4, engine="networkx")
    assert one.membership() == two.membership()
    three = communities(graph, seed=4, engine="igraph")
    assert three.membership() == communities(graph, seed=4, engine="igraph").membership()
    assert len(one.communities) == 6 and all(c.size == 5 for c in one.communities)
    assert [c.index for c in one.communities] == list(range(6))


def test_unknown_method() -> None:
    with pytest.raises(ValueError, match="unknown"):
        communities(nx.path_graph(3), method="magic")


@pytest.mark.parametrize("engine", ["networkx", "igraph"])
def test_no_links_means_every_record_alone(engine: str) -> None:
    assert communities(nx.Graph(), engine=engine).communities == []
    found = communities(nx.empty_graph(3), engine=engine)
    assert [c.size for c in found.communities] == [1, 1, 1] and found.modularity == 0.0
