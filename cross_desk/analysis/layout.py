"""Chart layouts: positions for the nodes of a graph. Pure: ids and edges in, points out.

Positions are in chart units (about one screen pixel at 100 % zoom). Every algorithm leaves
pinned nodes exactly where they were. Force-directed layouts use igraph's grid
Fruchterman–Reingold (networkx's spring layout takes minutes at 10 000 nodes, see
benchmarks/bench_chart.py), seeded by a coarse layout of the graph's communities so that
few iterations are needed. Long computations report ``progress`` (0–1) and stop with
``LayoutCancelled`` when ``cancel()`` turns true.
"""

from __future__ import annotations

import math
import random
from collections import defaultdict, deque
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from statistics import median
from typing import Any, TypeVar

import igraph as ig

from cross_desk.domain.kinds import LinkKind
from cross_desk.domain.records import GraphData
from cross_desk.domain.schema import CHART_ORDER

Point = tuple[float, float]
N = TypeVar("N", bound=Hashable)

EDGE = 150.0  # typical link length in chart units: room for a 36-unit icon and its label
ROW_GAP = 130.0  # vertical distance between rows in grid and hierarchical layouts
COL_GAP = 190.0  # horizontal distance between columns (labels are wider than tall)
ARC_GAP = 110.0  # distance between neighbours on a circle
LABEL_BOX = (165.0, 66.0)  # room a node needs with its label, for overlap removal

#: Directed link kinds whose *target* sits above its source in a hierarchy (an organisation
#: above its members, a person above what was seized from them); the others point downwards.
UPWARD_KINDS: frozenset[LinkKind] = frozenset({LinkKind.MEMBER_OF, LinkKind.SEIZED_FROM})


class Algorithm(StrEnum):
    FORCE = "force"
    HIERARCHY = "hierarchy"
    CIRCLE_KIND = "circle_kind"
    CIRCLE_COMMUNITY = "circle_community"
    GRID = "grid"


class LayoutCancelled(Exception):
    """The caller asked to stop; no positions were produced."""


@dataclass(frozen=True)
class LayoutGraph:
    """What a layout needs to know of a chart.

    ``edges`` are ``(upper, lower, directed)``: for a directed edge the first node belongs
    above the second in a hierarchy. Several edges between two nodes are allowed.
    """

    nodes: Sequence[Hashable]
    edges: Sequence[tuple[Hashable, Hashable, bool]] = ()
    kinds: Mapping[Any, str] = field(default_factory=dict)
    labels: Mapping[Any, str] = field(default_factory=dict)


def graph_from(data: GraphData, node_ids: Iterable[Any] | None = None) -> LayoutGraph:
    """A layout graph from chart data, oriented for hierarchies (see ``UPWARD_KINDS``)."""
    keep = set(data.nodes if node_ids is None else node_ids) & data.nodes.keys()
    nodes = sorted(keep, key=str)  # a stable order gives the same layout for the same chart
    edges = []
    for link in data.links:
        if link.source_id in keep and link.target_id in keep:
            if link.kind in UPWARD_KINDS:
                edges.append((link.target_id, link.source_id, bool(link.directed)))
            else:
                edges.append((link.source_id, link.target_id, bool(link.directed)))
    return LayoutGraph(
        nodes=nodes,
        edges=edges,
        kinds={i: data.nodes[i].kind.value for i in nodes},
        labels={i: data.nodes[i].label for i in nodes},
    )


class _Steps:
    """Progress and cancellation across the stages of one layout."""

    def __init__(self, progress: Callable[[float], None] | None, cancel: Callable[[], bool] | None) -> None:
        self._progress = progress
        self._cancel = cancel
        self.done = 0.0

    def check(self) -> None:
        if self._cancel is not None and self._cancel():
            raise LayoutCancelled

    def report(self, fraction: float) -> None:
        self.check()
        self.done = max(self.done, min(1.0, fraction))
        if self._progress is not None:
            self._progress(self.done)


def compute(
    graph: LayoutGraph,
    algorithm: Algorithm = Algorithm.FORCE,
    *,
    previous: Mapping[Any, Point] | None = None,
    pinned: Iterable[Any] = (),
    incremental: bool = False,
    seed: int = 1,
    progress: Callable[[float], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> dict[Any, Point]:
    """Positions for every node of ``graph``.

    ``previous`` holds the positions nodes have now. ``pinned`` nodes keep them exactly.
    With ``incremental`` (force-directed only), nodes that have a position stay near it and
    new nodes settle next to their neighbours: the chart after an expansion still reads like
    the chart before it.
    """
    steps = _Steps(progress, cancel)
    previous = previous or {}
    pins = {n for n in pinned if n in previous}
    nodes = list(graph.nodes)
    if not nodes:
        return {}
    steps.check()
    if algorithm == Algorithm.FORCE:
        known = [n for n in nodes if n in previous]
        if incremental and known:
            result = _force_incremental(graph, previous, pins, seed, steps)
        elif pins:
            # A fresh layout moved onto the pins, then settled around them where they stay.
            fresh = _force(graph, seed, _Steps(None, cancel))
            dx = sum(previous[n][0] - fresh[n][0] for n in pins) / len(pins)
            dy = sum(previous[n][1] - fresh[n][1] for n in pins) / len(pins)
            start = {n: (x + dx, y + dy) for n, (x, y) in fresh.items()}
            start.update({n: previous[n] for n in pins})
            result = _force_incremental(graph, start, pins, seed, steps)
        else:
            result = _force(graph, seed, steps)
    elif algorithm == Algorithm.HIERARCHY:
        result = _hierarchy(graph, steps)
    elif algorithm == Algorithm.CIRCLE_KIND:
        result = _circles(graph, {n: graph.kinds.get(n, "") for n in nodes}, steps)
    elif algorithm == Algorithm.CIRCLE_COMMUNITY:
        result = _circles(graph, communities(graph), steps)
    elif algorithm == Algorithm.GRID:
        result = _grid(graph)
    else:  # pragma: no cover - the enum is closed
        raise ValueError(algorithm)
    for n in pins:
        result[n] = previous[n]
    steps.report(1.0)
    return result


# --- graph helpers ----------------------------------------------------------------------


def _index(graph: LayoutGraph) -> tuple[list[Any], dict[Any, int], list[tuple[int, int]]]:
    nodes = list(graph.nodes)
    index = {n: i for i, n in enumerate(nodes)}
    pairs: set[tuple[int, int]] = set()
    get = index.get
    for a, b, _ in graph.edges:
        i, j = get(a), get(b)
        if i is not None and j is not None and i != j:
            pairs.add((i, j) if i < j else (j, i))
    return nodes, index, sorted(pairs)


def components(graph: LayoutGraph) -> list[list[Any]]:
    """Connected components (links in either direction), largest first."""
    nodes, _, pairs = _index(graph)
    g = ig.Graph(n=len(nodes), edges=pairs)
    found = [[nodes[i] for i in comp] for comp in g.connected_components()]
    return sorted(found, key=len, reverse=True)


def communities(graph: LayoutGraph) -> dict[Any, str]:
    """A community label per node (Louvain modularity), for grouped layouts and colours."""
    nodes, _, pairs = _index(graph)
    g = ig.Graph(n=len(nodes), edges=pairs)
    membership = g.community_multilevel().membership if pairs else list(range(len(nodes)))
    # Number communities by size so that the largest is "1" whatever the random start.
    sizes: dict[int, int] = defaultdict(int)
    for m in membership:
        sizes[m] += 1
    order = {m: rank for rank, m in enumerate(sorted(sizes, key=lambda m: (-sizes[m], m)))}
    return {n: str(order[m] + 1) for n, m in zip(nodes, membership, strict=True)}


def _bbox(points: Iterable[Point]) -> tuple[float, float, float, float]:
    xs, ys = [], []
    for x, y in points:
        xs.append(x)
        ys.append(y)
    return min(xs), min(ys), max(xs), max(ys)


def _pack(blocks: list[dict[Any, Point]], gap: float = EDGE) -> dict[Any, Point]:
    """Shelf-pack laid-out blocks (components, groups) into rows of a landscape rectangle."""
    blocks = [b for b in blocks if b]
    if not blocks:
        return {}
    boxes = [_bbox(b.values()) for b in blocks]
    sizes = [(x1 - x0 + gap, y1 - y0 + gap) for x0, y0, x1, y1 in boxes]
    order = sorted(range(len(blocks)), key=lambda i: (-sizes[i][1], -sizes[i][0]))
    area = sum(w * h for w, h in sizes)
    width = max(max(w for w, _ in sizes), math.sqrt(area * 16 / 9))
    out: dict[Any, Point] = {}
    x = y = row_h = 0.0
    for i in order:
        w, h = sizes[i]
        if x > 0 and x + w > width:
            x, y, row_h = 0.0, y + row_h, 0.0
        x0, y0, _, _ = boxes[i]
        dx, dy = x - x0, y - y0
        for n, (px, py) in blocks[i].items():
            out[n] = (px + dx, py + dy)
        x += w
        row_h = max(row_h, h)
    x0, y0, x1, y1 = _bbox(out.values())
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    return {n: (px - cx, py - cy) for n, (px, py) in out.items()}


# --- force-directed -----------------------------------------------------------------------


def _fr(
    g: ig.Graph,
    start: list[list[float]],
    iterations: int,
    temperature: float,
    steps: _Steps,
    span: tuple[float, float],
    bounds: dict[str, list[float]] | None = None,
) -> list[list[float]]:
    """Fruchterman–Reingold in chunks, so that a cancel is noticed within a fraction of a second."""
    grid = g.vcount() >= 800  # below that the exact algorithm is fast and looks better
    chunk = 40 if grid else 100
    done = 0
    coords = start
    lo, hi = span
    while done < iterations:
        n = min(chunk, iterations - done)
        # igraph cools linearly to zero within each call: restart each chunk a little cooler.
        temp = temperature * (1 - done / iterations)
        layout = g.layout_fruchterman_reingold(
            niter=n, seed=coords, start_temp=max(temp, 1e-3), grid=grid, **(bounds or {})
        )
        coords = layout.coords
        done += n
        steps.report(lo + (hi - lo) * done / iterations)
    return coords


def _coarse_start(g: ig.Graph, rng: random.Random) -> list[list[float]]:
    """Starting points from a layout of the communities: clusters start together, apart."""
    membership = g.community_multilevel().membership
    groups = max(membership) + 1
    counts = [0] * groups
    for m in membership:
        counts[m] += 1
    weights: dict[tuple[int, int], int] = defaultdict(int)
    for a, b in g.get_edgelist():
        ma, mb = membership[a], membership[b]
        if ma != mb:
            weights[(min(ma, mb), max(ma, mb))] += 1
    coarse = ig.Graph(n=groups, edges=list(weights))
    seed = [[rng.uniform(-1, 1) * math.sqrt(groups), rng.uniform(-1, 1) * math.sqrt(groups)] for _ in range(groups)]
    centre = coarse.layout_fruchterman_reingold(seed=seed, niter=300, grid=False, weights=list(weights.values()))
    # Grid Fruchterman–Reingold settles at about one node per square unit: scale the
    # community layout to that area so the main run starts near its final size.
    x0, y0, x1, y1 = _bbox((c[0], c[1]) for c in centre.coords)
    spread = math.sqrt(g.vcount() / max((x1 - x0) * (y1 - y0), 1.0))
    centres = centre.coords
    start = []
    for m in membership:
        cx, cy = centres[m]
        radius = 0.5 * math.sqrt(counts[m])
        angle = rng.uniform(0, 2 * math.pi)
        r = radius * math.sqrt(rng.random())
        start.append([cx * spread + r * math.cos(angle), cy * spread + r * math.sin(angle)])
    return start


def _median_edge(coords: Sequence[Sequence[float]], pairs: Sequence[tuple[int, int]]) -> float:
    if not pairs:
        return 1.0
    sample = pairs if len(pairs) <= 5000 else pairs[:: len(pairs) // 5000]
    lengths = [math.dist(coords[a], coords[b]) for a, b in sample]
    return max(median(lengths), 1e-6)


def _force_component(
    nodes: list[Any],
    pairs: list[tuple[int, int]],
    rng: random.Random,
    steps: _Steps,
    span: tuple[float, float],
    total: int,
) -> dict[Any, Point]:
    """One connected component; ``total`` (nodes in the whole chart) sets the effort."""
    count = len(nodes)
    if count == 1:
        return {nodes[0]: (0.0, 0.0)}
    if count == 2:
        return {nodes[0]: (-EDGE / 2, 0.0), nodes[1]: (EDGE / 2, 0.0)}
    g = ig.Graph(n=count, edges=pairs)
    if count >= 300:
        start = _coarse_start(g, rng)
        iterations = 150 if count < 3000 else 110
        temperature = math.sqrt(count) / 25  # the start is good already: move gently
    else:
        start = [[rng.uniform(-1, 1) * math.sqrt(count), rng.uniform(-1, 1) * math.sqrt(count)] for _ in nodes]
        # Many small components in a big chart: fewer iterations each, the sum stays bounded.
        iterations = 500 if total < 2000 else 150
        temperature = math.sqrt(count) / 5
    coords = _fr(g, start, iterations, temperature, steps, span)
    scale = EDGE / _median_edge(coords, pairs)
    placed = {n: (c[0] * scale, c[1] * scale) for n, c in zip(nodes, coords, strict=True)}
    return spread_out(placed, rounds=_rounds(total))


def _force(graph: LayoutGraph, seed: int, steps: _Steps) -> dict[Any, Point]:
    """Each connected component on its own, then the components packed side by side."""
    rng = random.Random(seed)
    nodes, _, pairs = _index(graph)
    whole = ig.Graph(n=len(nodes), edges=pairs)
    comps = sorted(whole.connected_components(), key=len, reverse=True)
    comp_of = [0] * len(nodes)
    local = [0] * len(nodes)
    for c, comp in enumerate(comps):
        for k, i in enumerate(comp):
            comp_of[i], local[i] = c, k
    pairs_of: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for a, b in pairs:
        pairs_of[comp_of[a]].append((local[a], local[b]))
    total = len(nodes)
    blocks: list[dict[Any, Point]] = []
    singles: list[Any] = []
    done = 0
    for c, comp in enumerate(comps):
        members = [nodes[i] for i in comp]
        if len(comp) == 1:
            singles.append(members[0])
            continue
        span = (0.9 * done / total, 0.9 * (done + len(comp)) / total)
        blocks.append(_force_component(members, pairs_of[c], rng, steps, span, total))
        done += len(comp)
    if singles:
        blocks.append(_grid(LayoutGraph(nodes=singles, kinds=graph.kinds, labels=graph.labels)))
    return _pack(blocks)


def _place(
    nodes: list[Any], pairs: list[tuple[int, int]], previous: Mapping[Any, Point], graph: LayoutGraph, seed: int
) -> dict[int, Point]:
    """Every node a first place: its previous one, else beside placed neighbours, else aside."""
    rng = random.Random(seed)
    neighbours: dict[int, list[int]] = defaultdict(list)
    for a, b in pairs:
        neighbours[a].append(b)
        neighbours[b].append(a)
    placed: dict[int, Point] = {i: previous[n] for i, n in enumerate(nodes) if n in previous}
    # New nodes start beside the neighbours already placed, breadth-first from them.
    queue = deque(i for i in placed)
    while queue:
        i = queue.popleft()
        for j in neighbours[i]:
            if j not in placed:
                around = [placed[k] for k in neighbours[j] if k in placed]
                cx = sum(p[0] for p in around) / len(around)
                cy = sum(p[1] for p in around) / len(around)
                angle = rng.uniform(0, 2 * math.pi)
                placed[j] = (cx + 0.8 * EDGE * math.cos(angle), cy + 0.8 * EDGE * math.sin(angle))
                queue.append(j)
    orphans = [i for i in range(len(nodes)) if i not in placed]
    if orphans:
        # Unconnected to the chart: a block of their own to the right of it.
        own = _force(
            LayoutGraph([nodes[i] for i in orphans], graph.edges, graph.kinds, graph.labels), seed, _Steps(None, None)
        )
        _, y0, x1, _ = _bbox(placed.values()) if placed else (0.0, 0.0, -EDGE * 1.5, 0.0)
        ox0, oy0, _, _ = _bbox(own.values())
        for i in orphans:
            px, py = own[nodes[i]]
            placed[i] = (px - ox0 + x1 + EDGE * 1.5, py - oy0 + y0)
    return placed


def place_new(graph: LayoutGraph, previous: Mapping[Any, Point], seed: int = 1) -> dict[Any, Point]:
    """Quick places for nodes that have none (beside their neighbours), the others unchanged.

    For records added to a chart before a proper layout has run: instant, no iterations.
    """
    nodes, _, pairs = _index(graph)
    placed = _place(nodes, pairs, previous, graph, seed)
    return {n: previous[n] if n in previous else placed[i] for i, n in enumerate(nodes)}


def _force_incremental(
    graph: LayoutGraph,
    previous: Mapping[Any, Point],
    pins: set[Any],
    seed: int,
    steps: _Steps,
) -> dict[Any, Point]:
    """Settle new nodes among placed ones; placed nodes move at most half a link; pins not at all."""
    nodes, index, pairs = _index(graph)
    placed = _place(nodes, pairs, previous, graph, seed)
    # Run in Fruchterman–Reingold's own units, where a link is one or two units long.
    known = [(a, b) for a, b in pairs if nodes[a] in previous and nodes[b] in previous]
    unit = (_median_edge([placed[i] for i in range(len(nodes))], known) if known else EDGE) / 1.5
    start = [[placed[i][0] / unit, placed[i][1] / unit] for i in range(len(nodes))]
    big = 1e9
    bounds = {
        "minx": [-big] * len(nodes),
        "maxx": [big] * len(nodes),
        "miny": [-big] * len(nodes),
        "maxy": [big] * len(nodes),
    }
    keep_near = 0.5  # units: half a link length
    for n in nodes:
        i = index[n]
        if n in pins:
            x, y = start[i]
            bounds["minx"][i], bounds["maxx"][i], bounds["miny"][i], bounds["maxy"][i] = x, x, y, y
        elif n in previous:
            x, y = start[i]
            bounds["minx"][i], bounds["maxx"][i] = x - keep_near, x + keep_near
            bounds["miny"][i], bounds["maxy"][i] = y - keep_near, y + keep_near
    g = ig.Graph(n=len(nodes), edges=pairs)
    coords = _fr(g, start, 80, 1.0, steps, (0, 0.9), bounds)
    result = {n: (coords[index[n]][0] * unit, coords[index[n]][1] * unit) for n in nodes}
    fixed = pins | {n for n in nodes if n in previous}
    return spread_out(result, fixed=fixed, rounds=_rounds(len(nodes)))


def _rounds(total: int) -> int:
    """Overlap-removal rounds for a chart of ``total`` nodes: dozens untangle a case chart;
    on 10 000 nodes each round costs about 0.2 s, so a few."""
    return max(2, min(60, 20_000 // max(total, 1)))


def spread_out(
    positions: dict[Any, Point],
    *,
    fixed: set[Any] | None = None,
    box: tuple[float, float] = LABEL_BOX,
    rounds: int | None = None,
) -> dict[Any, Point]:
    """Push apart nodes whose icon-and-label boxes overlap, a few rounds on a grid.

    ``fixed`` nodes are not moved (their neighbours move twice as far instead).
    """
    fixed = fixed or set()
    w, h = box
    if rounds is None:
        rounds = _rounds(len(positions))
    keys = list(positions)
    xs = [positions[k][0] for k in keys]
    ys = [positions[k][1] for k in keys]
    still = [k in fixed for k in keys]
    iw, ih = 1.0 / w, 1.0 / h
    for _ in range(rounds):
        cells: dict[tuple[int, int], list[int]] = defaultdict(list)
        for i in range(len(keys)):
            cells[(int(xs[i] * iw), int(ys[i] * ih))].append(i)
        moved = False
        for (cx, cy), members in cells.items():
            # Each pair of neighbouring cells once: this cell, then half of its neighbours.
            near: list[int] = []
            for key in ((cx + 1, cy - 1), (cx + 1, cy), (cx + 1, cy + 1), (cx, cy + 1)):
                other = cells.get(key)
                if other:
                    near.extend(other)
            for a_pos, i in enumerate(members):
                others = members[a_pos + 1 :] + near if near else members[a_pos + 1 :]
                for j in others:
                    dx = xs[i] - xs[j]
                    if dx >= w or dx <= -w:
                        continue
                    dy = ys[i] - ys[j]
                    if dy >= h or dy <= -h:
                        continue
                    # Inside the ellipse of the two label boxes: push apart along the line
                    # between the centres, which keeps the shape of the layout.
                    q = (dx * iw) ** 2 + (dy * ih) ** 2
                    if q >= 1.0 or (still[i] and still[j]):
                        continue
                    moved = True
                    if q < 1e-12:
                        angle = (i * 2.399963) % (2 * math.pi)  # golden angle: no two alike
                        dx, dy, q = math.cos(angle) * 1e-3 * w, math.sin(angle) * 1e-3 * h, 1e-6
                    grow = 1.0 / math.sqrt(q) - 1.0
                    share_i = 0.0 if still[i] else (1.0 if still[j] else 0.5)
                    share_j = 1.0 - share_i
                    xs[i] += dx * grow * share_i
                    ys[i] += dy * grow * share_i
                    xs[j] -= dx * grow * share_j
                    ys[j] -= dy * grow * share_j
        if not moved:
            break
    return {k: (xs[i], ys[i]) for i, k in enumerate(keys)}


# --- hierarchy ------------------------------------------------------------------------------


def _ranks(nodes: list[Any], index: dict[Any, int], graph: LayoutGraph) -> list[int]:
    """Layer per node: longest path down the directed edges, cycles broken (Eades et al.)."""
    count = len(nodes)
    directed = sorted({(index[a], index[b]) for a, b, d in graph.edges if d and a in index and b in index and a != b})
    rank = [-1] * count
    if directed:
        g = ig.Graph(n=count, edges=directed, directed=True)
        cut = set(g.feedback_arc_set(method="eades"))
        dag = ig.Graph(n=count, edges=[e for k, e in enumerate(directed) if k not in cut], directed=True)
        touched = {i for e in directed for i in e}
        for v in dag.topological_sorting():
            if v not in touched:
                continue
            preds = dag.predecessors(v)
            rank[v] = max((rank[p] + 1 for p in preds), default=0)
    # Nodes joined only by undirected links sit on the layer of a ranked neighbour.
    undirected: dict[int, list[int]] = defaultdict(list)
    for a, b, _ in graph.edges:
        if a in index and b in index and a != b:
            undirected[index[a]].append(index[b])
            undirected[index[b]].append(index[a])
    queue = deque(i for i in range(count) if rank[i] >= 0)
    while queue:
        i = queue.popleft()
        for j in undirected[i]:
            if rank[j] < 0:
                rank[j] = rank[i]
                queue.append(j)
    return [max(r, 0) for r in rank]


def _hierarchy(graph: LayoutGraph, steps: _Steps) -> dict[Any, Point]:
    blocks = []
    comps = components(graph)
    total = sum(len(c) for c in comps)
    done = 0
    for comp in comps:
        keep = set(comp)
        sub = LayoutGraph(comp, [e for e in graph.edges if e[0] in keep and e[1] in keep], graph.kinds, graph.labels)
        blocks.append(_hierarchy_component(sub))
        done += len(comp)
        steps.report(0.9 * done / total)
    return _pack(blocks, gap=COL_GAP)


def _hierarchy_component(graph: LayoutGraph) -> dict[Any, Point]:
    nodes = list(graph.nodes)
    index = {n: i for i, n in enumerate(nodes)}
    rank = _ranks(nodes, index, graph)
    adjacent: dict[int, set[int]] = defaultdict(set)
    for a, b, _ in graph.edges:
        if a in index and b in index and a != b:
            adjacent[index[a]].add(index[b])
            adjacent[index[b]].add(index[a])
    layers: dict[int, list[int]] = defaultdict(list)
    for i in sorted(range(len(nodes)), key=lambda i: (graph.kinds.get(nodes[i], ""), graph.labels.get(nodes[i], ""))):
        layers[rank[i]].append(i)
    order = {i: k for members in layers.values() for k, i in enumerate(members)}
    levels = sorted(layers)
    # Barycentre sweeps, down then up, to bring linked nodes above each other.
    for sweep in range(4):
        sequence = levels[1:] if sweep % 2 == 0 else list(reversed(levels[:-1]))
        for level in sequence:
            ref = level - 1 if sweep % 2 == 0 else level + 1
            members = layers[level]

            def centre(i: int, ref: int = ref) -> float:
                near = [order[j] for j in adjacent[i] if rank[j] == ref]
                return sum(near) / len(near) if near else order[i]

            members.sort(key=centre)
            for k, i in enumerate(members):
                order[i] = k
    # Wide layers wrap onto several rows so that the chart stays readable on a screen.
    per_row = max(8, int(math.sqrt(len(nodes)) * 2))
    out: dict[Any, Point] = {}
    y = 0.0
    for level in levels:
        members = layers[level]
        rows = [members[k : k + per_row] for k in range(0, len(members), per_row)]
        for row in rows:
            width = (len(row) - 1) * COL_GAP
            for k, i in enumerate(row):
                # Alternate rows shift by half a column so labels of wrapped rows do not stack.
                shift = COL_GAP / 2 if len(rows) > 1 and rows.index(row) % 2 else 0.0
                out[nodes[i]] = (k * COL_GAP - width / 2 + shift, y)
            y += ROW_GAP
        y += ROW_GAP * 0.6
    return out


# --- circles and grid ------------------------------------------------------------------------


def _kind_rank(kind: str) -> int:
    values = [k.value for k in CHART_ORDER]
    return values.index(kind) if kind in values else len(values)


def _circles(graph: LayoutGraph, group_of: Mapping[Any, str], steps: _Steps) -> dict[Any, Point]:
    groups: dict[str, list[Any]] = defaultdict(list)
    for n in graph.nodes:
        groups[group_of.get(n, "")].append(n)
    # Within a group, neighbours sit side by side: order by breadth-first walks.
    adjacent: dict[Any, list[Any]] = defaultdict(list)
    for a, b, _ in graph.edges:
        adjacent[a].append(b)
        adjacent[b].append(a)
    blocks = []

    def group_key(name: str) -> tuple[int, int, str]:
        return (_kind_rank(name), -len(groups[name]), name)

    for name in sorted(groups, key=group_key):
        members = sorted(groups[name], key=lambda n: graph.labels.get(n, ""))
        inside = set(members)
        seen: set[Any] = set()
        ordered: list[Any] = []
        for start in members:
            if start in seen:
                continue
            seen.add(start)
            queue = deque([start])
            while queue:
                n = queue.popleft()
                ordered.append(n)
                for m in adjacent[n]:
                    if m in inside and m not in seen:
                        seen.add(m)
                        queue.append(m)
        count = len(ordered)
        radius = max(ARC_GAP * count / (2 * math.pi), EDGE * 0.5 if count > 1 else 0.0)
        blocks.append(
            {
                n: (
                    radius * math.cos(2 * math.pi * k / count - math.pi / 2),
                    radius * math.sin(2 * math.pi * k / count - math.pi / 2),
                )
                for k, n in enumerate(ordered)
            }
        )
        steps.check()
    return _pack(blocks, gap=EDGE * 1.5)


def _grid(graph: LayoutGraph) -> dict[Any, Point]:
    nodes = sorted(graph.nodes, key=lambda n: (_kind_rank(graph.kinds.get(n, "")), graph.labels.get(n, ""), str(n)))
    count = len(nodes)
    columns = max(1, math.ceil(math.sqrt(count * (16 / 9) * ROW_GAP / COL_GAP)))
    rows = math.ceil(count / columns)
    x0 = -(min(columns, count) - 1) * COL_GAP / 2
    y0 = -(rows - 1) * ROW_GAP / 2
    return {n: (x0 + (k % columns) * COL_GAP, y0 + (k // columns) * ROW_GAP) for k, n in enumerate(nodes)}
