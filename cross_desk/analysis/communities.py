"""Which groups exist: Louvain (or Leiden) community detection, seeded so it is repeatable.

networkx's ``louvain_communities`` is the reference; igraph's multilevel (Louvain) and Leiden
run the same objective (modularity at a given resolution) ten to thirty times faster on large
graphs. The two engines do not draw the same random numbers, so they may split a network
differently; tests check that both find the planted groups and reach comparable modularity.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Iterable

import networkx as nx

from cross_desk.analysis.centrality import node_of
from cross_desk.analysis.engine import Engine, Indexed, Task, choose, igraph_seed
from cross_desk.analysis.graph import project
from cross_desk.analysis.progress import CancelFn, ProgressFn, Steps
from cross_desk.analysis.results import Communities, Community

METHODS = ("louvain", "leiden")


def communities(
    graph: nx.Graph,
    *,
    method: str = "louvain",
    resolution: float = 1.0,
    seed: int = 0,
    weighted: bool = True,
    engine: Engine | str = Engine.AUTO,
    progress: ProgressFn | None = None,
    cancelled: CancelFn | None = None,
) -> Communities:
    """Groups of the undirected projection, largest first, each with its most central member
    (highest weighted degree inside the group). Leiden runs on igraph only."""
    if method not in METHODS:
        raise ValueError(f"unknown community method {method!r}")
    steps = Steps(progress, cancelled).start(3)
    used = choose(engine, Task.COMMUNITIES, graph.number_of_nodes())
    if method == "leiden":
        used = Engine.IGRAPH
    if not any(u != v for u, v in graph.edges()):
        # No links: modularity is undefined (networkx divides by zero); every record alone.
        groups, modularity = [{n} for n in graph.nodes], 0.0
        steps.advance(2)
    elif used == Engine.IGRAPH:
        ix = Indexed.cached(graph)
        steps.advance()
        weights = ix.weights if weighted else None
        with igraph_seed(seed):
            g = ix.igraph
            if method == "leiden":
                found = g.community_leiden(
                    objective_function="modularity", weights=weights, resolution=resolution, n_iterations=-1
                )
            else:
                found = g.community_multilevel(weights=weights, resolution=resolution)
        membership = found.membership
        groups_ix: dict[int, list[Hashable]] = defaultdict(list)
        for i, c in enumerate(membership):
            groups_ix[c].append(ix.nodes[i])
        groups = [set(members) for members in groups_ix.values()]
        modularity = g.modularity(membership, weights=weights, resolution=resolution, directed=False)
        steps.advance()
    else:
        simple = project(graph)
        steps.advance()
        weight = "weight" if weighted else None
        groups = nx.community.louvain_communities(simple, weight=weight, resolution=resolution, seed=seed)
        modularity = nx.community.modularity(simple, groups, weight=weight, resolution=resolution)
        steps.advance()
    result = Communities(
        communities=_describe(graph, groups, weighted),
        modularity=float(modularity),
        method=method,
        engine=used.value,
        seed=seed,
        resolution=resolution,
    )
    steps.finish()
    return result


def _describe(graph: nx.Graph, groups: Iterable[set[Hashable]], weighted: bool) -> list[Community]:
    """Order groups (largest first, then by their first label) and find each one's centre."""
    membership = {n: i for i, group in enumerate(groups) for n in group}
    strength: dict[Hashable, float] = defaultdict(float)
    seen: set[tuple[Hashable, Hashable]] = set()
    multi = graph.is_multigraph()
    edges = graph.edges(keys=True, data="weight", default=1.0) if multi else graph.edges(data="weight", default=1.0)
    for edge in edges:
        u, v, w = (edge[0], edge[1], edge[3]) if multi else edge
        if u == v or membership.get(u) != membership.get(v):
            continue
        if not weighted:
            if (u, v) in seen or (v, u) in seen:
                continue
            seen.add((u, v))
            w = 1.0
        strength[u] += w
        strength[v] += w
    described = []
    for group in groups:
        members = sorted((node_of(graph, n) for n in group), key=lambda m: (m.label, str(m.id)))
        centre = max(members, key=lambda m: (strength.get(m.id, 0.0), _neg(m.label)))
        described.append((members, centre))
    described.sort(key=lambda item: (-len(item[0]), item[0][0].label, str(item[0][0].id)))
    return [
        Community(index=i, members=tuple(members), central=centre, central_score=strength.get(centre.id, 0.0))
        for i, (members, centre) in enumerate(described)
    ]


def _neg(label: str) -> tuple[int, ...]:
    """Sort key that prefers the alphabetically first label among equals in a ``max``."""
    return tuple(-ord(ch) for ch in label)
