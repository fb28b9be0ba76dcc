"""Who connects two groups, and whose removal splits the network.

Brokers between groups A and B are ranked by the shortest paths from A to B they carry: for
each pair (a, b) a node on some of its shortest paths carries the share of them through it
(Brandes' pair dependency; networkx's ``betweenness_centrality_subset``). Cut points
(articulation points) and bridges come from one depth-first search that also counts how many
records each would cut off.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable

import networkx as nx

from cross_desk.analysis.centrality import CHUNK, node_of
from cross_desk.analysis.engine import Engine, Indexed, Task, choose, quiet_igraph
from cross_desk.analysis.graph import project
from cross_desk.analysis.progress import CancelFn, ProgressFn, Steps
from cross_desk.analysis.results import Bridge, Broker, Brokers, CutPoint, CutPoints


def brokers(
    graph: nx.Graph,
    group_a: Iterable[Hashable],
    group_b: Iterable[Hashable],
    *,
    weighted: bool = False,
    engine: Engine | str = Engine.AUTO,
    progress: ProgressFn | None = None,
    cancelled: CancelFn | None = None,
) -> Brokers:
    """Nodes on the shortest paths between the two groups, most paths carried first.

    Ids not in the graph are ignored. Members of either group can be brokers too (a gateway
    inside group A); ``Broker.group`` says so. ``share`` is the part of the connected (a, b)
    pairs whose shortest paths run through the broker.
    """
    a_ids = [n for n in dict.fromkeys(group_a) if n in graph]
    b_ids = [n for n in dict.fromkeys(group_b) if n in graph]
    steps = Steps(progress, cancelled)
    carried: dict[Hashable, float]
    used = choose(engine, Task.BROKERS, graph.number_of_nodes())
    if not a_ids or not b_ids:
        carried, components = {}, {}
    elif used == Engine.IGRAPH:
        ix = Indexed.cached(graph)
        g = ix.igraph
        sources = [ix.index[n] for n in a_ids]
        targets = [ix.index[n] for n in b_ids]
        weights = ix.distances() if weighted else None
        raw = [0.0] * ix.n
        steps.start(len(sources))
        with quiet_igraph():
            for i in range(0, len(sources), CHUNK):
                chunk = sources[i : i + CHUNK]
                for v, value in enumerate(g.betweenness(sources=chunk, targets=targets, weights=weights)):
                    raw[v] += 2.0 * value  # both libraries halve the ordered sums on undirected graphs
                steps.advance(len(chunk))
        carried = {ix.nodes[v]: x for v, x in enumerate(raw) if x > 1e-12}
        membership = g.connected_components().membership
        components = {ix.nodes[v]: membership[v] for v in (*sources, *targets)}
    else:
        simple = project(graph)
        carried = {}
        steps.start(len(a_ids))
        for i in range(0, len(a_ids), CHUNK):
            chunk = a_ids[i : i + CHUNK]
            part = nx.betweenness_centrality_subset(
                simple, chunk, b_ids, normalized=False, weight="distance" if weighted else None
            )
            for v, value in part.items():
                if value > 1e-12:
                    carried[v] = carried.get(v, 0.0) + 2.0 * value
            steps.advance(len(chunk))
        components = {}
        for index, members in enumerate(nx.connected_components(simple)):
            for n in members:
                components[n] = index
    pairs_total = sum(1 for x in a_ids for y in b_ids if x != y)
    pairs_connected = sum(1 for x in a_ids for y in b_ids if x != y and components.get(x, -1) == components.get(y, -2))
    in_a, in_b = set(a_ids), set(b_ids)
    ranked = sorted(carried.items(), key=lambda item: (-item[1], node_of(graph, item[0]).label, str(item[0])))
    rows = [
        Broker(
            node=node_of(graph, n),
            rank=i + 1,
            paths_carried=value,
            share=value / pairs_connected if pairs_connected else 0.0,
            group="A" if n in in_a else "B" if n in in_b else None,
        )
        for i, (n, value) in enumerate(ranked)
    ]
    steps.finish()
    return Brokers(
        group_a=tuple(node_of(graph, n) for n in a_ids),
        group_b=tuple(node_of(graph, n) for n in b_ids),
        rows=rows,
        pairs_connected=pairs_connected,
        pairs_total=pairs_total,
        engine=used.value,
    )


def cut_points(graph: nx.Graph) -> CutPoints:
    """Articulation points and bridges of the undirected projection, with what each cuts off.

    One iterative depth-first search (Hopcroft-Tarjan) per component; tests check the sets
    against networkx's ``articulation_points`` and ``bridges``.
    """
    ix = Indexed.cached(graph)
    adj = ix.adjacency()
    n = ix.n
    order = [-1] * n  # discovery time
    low = [0] * n
    size = [1] * n  # nodes in the DFS subtree
    points: dict[int, list[int]] = {}  # node -> sizes of the pieces it separates from its root side
    bridge_cut: list[tuple[int, int, int]] = []
    comp_size_of_root: dict[int, int] = {}
    root_of = [-1] * n
    clock = 0
    for root in range(n):
        if order[root] >= 0:
            continue
        order[root] = low[root] = clock
        clock += 1
        root_of[root] = root
        stack: list[tuple[int, int, int]] = [(root, -1, 0)]  # node, parent, next neighbour index
        root_children: list[int] = []
        while stack:
            v, parent, i = stack[-1]
            if i < len(adj[v]):
                stack[-1] = (v, parent, i + 1)
                w = adj[v][i]
                if order[w] < 0:
                    order[w] = low[w] = clock
                    clock += 1
                    root_of[w] = root
                    stack.append((w, v, 0))
                elif w != parent:
                    low[v] = min(low[v], order[w])
                continue
            stack.pop()
            if parent < 0:
                continue
            low[parent] = min(low[parent], low[v])
            size[parent] += size[v]
            if parent == root:
                root_children.append(size[v])
            elif low[v] >= order[parent]:
                points.setdefault(parent, []).append(size[v])
            if low[v] > order[parent]:
                bridge_cut.append((parent, v, size[v]))
        comp_size_of_root[root] = size[root]
        if len(root_children) > 1:
            points[root] = root_children
    result_points = []
    for v, pieces in points.items():
        total = comp_size_of_root[root_of[v]] - 1
        if v != root_of[v]:
            pieces = [*pieces, total - sum(pieces)]  # the part still holding the DFS root
        largest = max(pieces)
        result_points.append(CutPoint(node_of(graph, ix.nodes[v]), len(pieces), total - largest))
    result_points.sort(key=lambda c: (-c.cut_off, c.node.label, str(c.node.id)))
    bridges = []
    simple = project(graph)
    for u, v, below in bridge_cut:
        total = comp_size_of_root[root_of[u]]
        a, b = ix.nodes[u], ix.nodes[v]
        data = simple.get_edge_data(a, b) or {}
        kinds = tuple(data.get("kinds", ())) or ((data["kind"],) if "kind" in data else ())
        bridges.append(
            Bridge(node_of(graph, a), node_of(graph, b), tuple(data.get("links", ())), kinds, min(below, total - below))
        )
    bridges.sort(key=lambda br: (-br.cut_off, br.a.label, br.b.label))
    return CutPoints(result_points, bridges)
