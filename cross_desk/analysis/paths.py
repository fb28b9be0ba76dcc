"""How are A and B connected: shortest paths, k shortest alternatives, all paths up to a length.

Paths ignore link direction (a relation connects both ways) and report, for each hop, the
links that make it, their kinds, and whether a directed one points along the path. networkx's
bidirectional search is quick between records a few hops apart, but the demo's networks form a
long chain (records ~1 800 hops apart across the large demo), where it explores half the
graph; on larger graphs shortest paths run on igraph (see benchmarks/bench_analysis.py,
shortest_path_100000). k shortest and all-paths searches stay within a few hops and use
networkx.
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Iterator
from itertools import islice, pairwise
from typing import Any

import networkx as nx

from cross_desk.analysis.centrality import node_of
from cross_desk.analysis.engine import Engine, Indexed, Task, choose, quiet_igraph
from cross_desk.analysis.graph import edge_distance, project
from cross_desk.analysis.results import Node, Path, PathMode, Paths, Step

MAX_HOPS = 8  # beyond this "connected" says nothing an analyst can use
MAX_PATHS = 200


def distance(_u: Hashable, _v: Hashable, data: dict[str, Any]) -> float:
    """A hop's length for weighted searches: strong ties are short (``edge_distance``)."""
    if "distance" in data:
        return float(data["distance"])
    return edge_distance(float(data.get("weight", 1.0)))


def _undirected(graph: nx.Graph) -> nx.Graph:
    return graph.to_undirected(as_view=True) if graph.is_directed() else graph


def _step(graph: nx.Graph, u: Hashable, v: Hashable, nodes: tuple[Node, Node]) -> Step:
    ids: list[Any] = []
    kinds: set[str] = set()
    derived = True
    forward: bool | None = None
    if graph.is_multigraph():
        sides = [(graph.get_edge_data(u, v) or {}, True)]
        if graph.is_directed():
            sides.append((graph.get_edge_data(v, u) or {}, False))
        for edges, along in sides:
            for key, data in edges.items():
                ids.append(key)
                if "kind" in data:
                    kinds.add(data["kind"])
                derived = derived and bool(data.get("derived"))
                if graph.is_directed() and data.get("directed"):
                    forward = along if forward is None else (forward or along)
    else:
        data = graph.get_edge_data(u, v) or graph.get_edge_data(v, u) or {}
        ids = list(data.get("links", ()))
        kinds = set(data.get("kinds", ())) or ({data["kind"]} if "kind" in data else set())
        derived = bool(data.get("derived", False))
    return Step(nodes[0], nodes[1], tuple(ids), tuple(sorted(kinds)), derived and bool(ids), forward)


def _path(graph: nx.Graph, nodes: list[Hashable], weighted: bool) -> Path:
    shown = tuple(node_of(graph, n) for n in nodes)
    steps = tuple(_step(graph, u, v, pair) for (u, v), pair in zip(pairwise(nodes), pairwise(shown), strict=True))
    cost = sum(_hop_length(graph, u, v) for u, v in pairwise(nodes)) if weighted else float(len(steps))
    return Path(shown, steps, cost)


def _hop_length(graph: nx.Graph, u: Hashable, v: Hashable) -> float:
    """The length of a hop as weighted searches see it: all links between the two records."""
    if not graph.is_multigraph():
        return distance(u, v, graph.get_edge_data(u, v) or graph.get_edge_data(v, u) or {})
    weight = 0.0
    for data in (graph.get_edge_data(u, v) or {}).values():
        weight += data.get("weight", 1.0)
    if graph.is_directed():
        for data in (graph.get_edge_data(v, u) or {}).values():
            weight += data.get("weight", 1.0)
    return edge_distance(weight)


def _check(graph: nx.Graph, a: Hashable, b: Hashable) -> None:
    for end in (a, b):
        if end not in graph:
            raise nx.NodeNotFound(f"{end} is not in this network")


def shortest_paths(
    graph: nx.Graph,
    a: Hashable,
    b: Hashable,
    *,
    weighted: bool = False,
    limit: int = 20,
    engine: Engine | str = Engine.AUTO,
) -> Paths:
    """Every shortest path from ``a`` to ``b`` (at most ``limit``; ``truncated`` says if more).

    Unweighted: fewest hops. Weighted: least total distance, a strong tie (confirmed, often
    seen) being shorter than a weak one (``graph.edge_distance``).
    """
    _check(graph, a, b)
    found: list[list[Hashable]] = []
    if a == b:
        found = [[a]]
    elif choose(engine, Task.PATHS, graph.number_of_nodes()) == Engine.IGRAPH:
        found = list(islice(_all_shortest_igraph(Indexed.cached(graph), a, b, weighted), limit + 1))
    else:
        try:
            if weighted:
                found = list(islice(nx.all_shortest_paths(project(graph), a, b, weight=distance), limit + 1))
            else:
                search = _undirected(graph)
                first = nx.bidirectional_shortest_path(search, a, b)
                found = [first]
                if limit > 1:
                    found = list(islice(_all_shortest_unweighted(search, a, b, len(first) - 1), limit + 1))
        except nx.NetworkXNoPath:
            found = []
    truncated = len(found) > limit
    paths = sorted((_path(graph, p, weighted) for p in found[:limit]), key=_order)
    return Paths(node_of(graph, a), node_of(graph, b), PathMode.SHORTEST, paths, truncated, weighted)


def _all_shortest_igraph(ix: Indexed, a: Hashable, b: Hashable, weighted: bool) -> Iterator[list[Hashable]]:
    """Every shortest path, from one search in C (distances from ``a``) and a walk back from
    ``b`` through neighbours exactly one link length nearer to ``a``: every record reached
    that way lies on a shortest path, so the walk never dead-ends. Link lengths are exact
    multiples of 2^-20, so equal sums are exactly equal."""
    g = ix.igraph
    ia, ib = ix.index[a], ix.index[b]
    lengths = ix.distances() if weighted else None
    with quiet_igraph():
        from_a = g.distances(source=[ia], weights=lengths)[0]
    if math.isinf(from_a[ib]):
        return

    def back(v: int) -> Iterator[int]:
        for w in g.neighbors(v):
            length = lengths[g.get_eid(v, w)] if lengths is not None else 1
            if from_a[w] + length == from_a[v]:
                yield w

    path = [ib]
    stack = [back(ib)]
    while stack:
        w = next(stack[-1], None)
        if w is None:
            stack.pop()
            path.pop()
            continue
        path.append(w)
        if w == ia:
            yield [ix.nodes[i] for i in reversed(path)]
            path.pop()
        else:
            stack.append(back(w))


def _all_shortest_unweighted(g: nx.Graph, a: Hashable, b: Hashable, hops: int) -> Iterator[list[Hashable]]:
    """All shortest paths of ``hops`` hops, from two searches of half that depth.

    Every shortest path crosses the layer at distance ``h = ceil(hops / 2)`` from ``a`` and
    ``hops - h`` from ``b``; each is a shortest path from ``a`` to a node of that layer
    followed by one from there to ``b``. Two half-depth searches visit far fewer records than
    one full-depth search (or networkx's ``all_shortest_paths``, which explores the whole
    component), which keeps this in milliseconds on the large demo.
    """
    h = (hops + 1) // 2
    pred_a, depth_a = _bfs_preds(g, a, h)
    pred_b, depth_b = _bfs_preds(g, b, hops - h)
    middle = sorted((x for x, d in depth_a.items() if d == h and depth_b.get(x) == hops - h), key=str)
    for x in middle:
        for head in _walk_back(pred_a, x):
            for tail in _walk_back(pred_b, x):
                yield head[::-1] + tail[1:]


def _bfs_preds(g: nx.Graph, start: Hashable, depth: int) -> tuple[dict[Hashable, list[Hashable]], dict[Hashable, int]]:
    adj = g.adj
    seen = {start: 0}
    preds: dict[Hashable, list[Hashable]] = {start: []}
    layer = [start]
    for d in range(1, depth + 1):
        nxt = []
        for v in layer:
            for w in adj[v]:
                if w not in seen:
                    seen[w] = d
                    preds[w] = [v]
                    nxt.append(w)
                elif seen[w] == d:
                    preds[w].append(v)
        layer = nxt
    return preds, seen


def _walk_back(preds: dict[Hashable, list[Hashable]], end: Hashable) -> Iterator[list[Hashable]]:
    """Every path from ``end`` back to the search's start (start last)."""
    stack = [[end]]
    while stack:
        path = stack.pop()
        before = preds[path[-1]]
        if not before:
            yield path
        for p in before:
            stack.append([*path, p])


def k_shortest_paths(graph: nx.Graph, a: Hashable, b: Hashable, k: int = 3, *, weighted: bool = False) -> Paths:
    """The ``k`` shortest simple paths, shortest first (Yen's algorithm in networkx)."""
    _check(graph, a, b)
    simple = project(graph)
    found: list[list[Hashable]] = []
    if a == b:
        found = [[a]]
    else:
        try:
            found = list(islice(nx.shortest_simple_paths(simple, a, b, weight=distance if weighted else None), k))
        except nx.NetworkXNoPath:
            found = []
    paths = [_path(graph, p, weighted) for p in found]
    return Paths(node_of(graph, a), node_of(graph, b), PathMode.K_SHORTEST, paths, False, weighted)


def all_paths(graph: nx.Graph, a: Hashable, b: Hashable, max_hops: int = 4, *, limit: int = MAX_PATHS) -> Paths:
    """Every simple path of at most ``max_hops`` hops (at most ``limit`` of them), fewest hops
    first. The search stays within ``max_hops`` of both ends."""
    _check(graph, a, b)
    if not 1 <= max_hops <= MAX_HOPS:
        raise ValueError(f"max_hops must be between 1 and {MAX_HOPS}")
    undirected = _undirected(graph)
    near_a = nx.single_source_shortest_path_length(undirected, a, cutoff=max_hops)
    near_b = nx.single_source_shortest_path_length(undirected, b, cutoff=max_hops)
    region = {n for n, d in near_a.items() if d + near_b.get(n, max_hops + 1) <= max_hops}
    simple = project(graph.subgraph(region))
    found: list[list[Hashable]] = []
    if a == b:
        found = [[a]]
    elif b in region:
        found = list(islice(nx.all_simple_paths(simple, a, b, cutoff=max_hops), limit + 1))
    truncated = len(found) > limit
    paths = sorted((_path(graph, p, False) for p in found[:limit]), key=_order)
    return Paths(node_of(graph, a), node_of(graph, b), PathMode.ALL_UP_TO, paths, truncated, False)


def _order(path: Path) -> tuple[float, tuple[str, ...]]:
    return (path.cost, tuple(n.label for n in path.nodes))
