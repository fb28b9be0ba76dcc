"""Who is central: degree, weighted degree, betweenness, closeness, eigenvector, PageRank.

All metrics are computed on the undirected simple projection (``graph.project``): a relation
carries information both ways whatever the link's direction. Values follow networkx's
definitions and normalisations exactly (betweenness normalised to 0-1, closeness with the
Wasserman-Faust correction for disconnected graphs, eigenvector with unit Euclidean norm,
PageRank summing to 1), whichever engine computed them.

igraph and the compiled kernel (``kernels``) run exact betweenness and closeness with one
saving that keeps them exact: a record with a single neighbour (a phone one person uses, a tip
about one place) sees the network exactly as that neighbour does, one step further, so its
shortest paths need no search of their own: they are its neighbour's, counted once more. The
kernel also answers both metrics from the same search of each source when both are wanted
(``key_players``), where igraph needs two.
"""

from __future__ import annotations

import math
import random
from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Sequence
from typing import Any

import networkx as nx
import numpy as np

from cross_desk.analysis import kernels, parallel
from cross_desk.analysis.engine import Engine, Indexed, Task, choose, quiet_igraph
from cross_desk.analysis.graph import project
from cross_desk.analysis.progress import CancelFn, ProgressFn, Steps
from cross_desk.analysis.results import KeyPlayer, KeyPlayers, Metric, Node

ALL_METRICS: tuple[Metric, ...] = tuple(Metric)
CHUNK = 64  # sources per networkx call: small enough to report progress and cancel promptly

#: Above this many nodes, ``betweenness_sample="auto"`` samples instead of computing exactly.
EXACT_BETWEENNESS_UP_TO = 25_000
#: Sources sampled by default on larger graphs. Measured on the 10 000-record demo against
#: exact values: 200 sources estimate the ten highest betweenness values within 5 % (median
#: 1-2 %); below the top ten, near-equal records may swap places.
DEFAULT_SAMPLE = 200


def node_of(graph: nx.Graph, node: Hashable) -> Node:
    data = graph.nodes[node]
    return Node(node, str(data.get("label", node)), str(data.get("kind", "")))


def sample_size(nodes: int, requested: int | str | None) -> int | None:
    """The number of sources to sample, or None for exact betweenness."""
    if requested == "auto":
        return None if nodes <= EXACT_BETWEENNESS_UP_TO else DEFAULT_SAMPLE
    if requested is None:
        return None
    k = int(requested)
    if k < 1:
        raise ValueError("betweenness sample must be at least 1")
    return None if k >= nodes else k


def sampled_sources(nodes: Sequence[Hashable], k: int, seed: int) -> list[Hashable]:
    """The same sources networkx's ``betweenness_centrality(k=k, seed=seed)`` draws."""
    return random.Random(seed).sample(list(nodes), k)


# --- betweenness --------------------------------------------------------------------------


def betweenness(
    graph: nx.Graph,
    *,
    sample: int | None = None,
    seed: int = 0,
    weighted: bool = False,
    engine: Engine | str = Engine.AUTO,
    progress: ProgressFn | None = None,
    cancelled: CancelFn | None = None,
    workers: int | None = None,
) -> dict[Hashable, float]:
    """Normalised betweenness of every node, exact or estimated from ``sample`` sources.

    Equal to ``nx.betweenness_centrality(project(graph), k=sample, seed=seed, normalized=True,
    weight="distance" if weighted else None)``. ``workers``: igraph worker processes (None: work
    here; 0: one per core; see ``parallel``); the compiled kernel works here.
    """
    steps = Steps(progress, cancelled)
    k = sample_size(graph.number_of_nodes(), sample)
    use = choose(engine, Task.BETWEENNESS, graph.number_of_nodes(), weighted=weighted)
    if use == Engine.NUMBA:
        ix = Indexed.cached(graph)
        values, _ = _searches_kernel(ix, k, seed, True, False, steps)
        return dict(zip(ix.nodes, values or [], strict=True))
    if use == Engine.IGRAPH:
        ix = Indexed.cached(graph)
        return dict(zip(ix.nodes, _betweenness_igraph(ix, k, seed, weighted, steps, workers), strict=True))
    return _betweenness_networkx(project(graph), k, seed, weighted, steps)


def _betweenness_networkx(g: nx.Graph, k: int | None, seed: int, weighted: bool, steps: Steps) -> dict[Hashable, float]:
    weight = "distance" if weighted else None
    if steps._progress is None and steps._cancelled is None:
        return nx.betweenness_centrality(g, k=k, seed=seed, normalized=True, weight=weight)  # type: ignore[no-any-return]
    # With progress wanted: the same sums, a chunk of sources at a time (the subset variant
    # returns half of the ordered-pair sum on undirected graphs).
    sources = list(g.nodes) if k is None else sampled_sources(g.nodes, k, seed)
    targets = list(g.nodes)
    raw: dict[Hashable, float] = dict.fromkeys(g, 0.0)
    steps.start(len(sources))
    for i in range(0, len(sources), CHUNK):
        chunk = sources[i : i + CHUNK]
        part = nx.betweenness_centrality_subset(g, chunk, targets, normalized=False, weight=weight)
        for v, value in part.items():
            raw[v] += 2.0 * value
        steps.advance(len(chunk))
    return _normalise(raw, g.number_of_nodes(), None if k is None else set(sources), k)


def _normalise(
    raw: dict[Hashable, float], n: int, sources: set[Hashable] | None, k: int | None
) -> dict[Hashable, float]:
    """networkx's normalisation (endpoints excluded) of ordered-pair dependency sums."""
    if n - 1 < 2:
        return dict.fromkeys(raw, 0.0)
    if k is None or sources is None:
        scale = 1.0 / ((n - 1) * (n - 2))
        return {v: x * scale for v, x in raw.items()}
    # A sampled source never lies on its own paths: it had k - 1 chances, the others k.
    on_source = 1.0 / ((k - 1) * (n - 2)) if k > 1 else math.nan
    other = 1.0 / (k * (n - 2))
    return {v: x * (on_source if v in sources else other) for v, x in raw.items()}


def _chunk_size(searches: int, nodes: int, processes: int) -> int:
    """Searches per igraph call. Each call has a fixed cost of about 25 searches on the
    10 000-record demo (measured), so calls stay large; about 25 calls per run give smooth
    progress. On very large graphs one search is slow enough that a quarter of the run per
    call costs nothing and still shows progress."""
    if nodes >= 50_000:
        return max(1, math.ceil(searches / max(4, 4 * processes)))
    return max(256, math.ceil(searches / (25 * processes)))


def _leaf_anchors(ix: Indexed) -> tuple[list[int], list[int], list[int], list[int]]:
    """Degrees, component id and size, and for each single-neighbour node its neighbour
    (-1 when it has none, or when its neighbour has no other neighbour either)."""
    g = ix.igraph
    degree = g.degree()
    membership = g.connected_components().membership
    sizes = Counter(membership)
    comp_size = [sizes[c] for c in membership]
    anchor = [-1] * ix.n
    for a, b in ix.edges:
        if degree[a] == 1 and degree[b] > 1:
            anchor[a] = b
        elif degree[b] == 1 and degree[a] > 1:
            anchor[b] = a
    return degree, anchor, comp_size, membership


def _betweenness_igraph(
    ix: Indexed, k: int | None, seed: int, weighted: bool, steps: Steps, workers: int | None = None
) -> list[float]:
    g = ix.igraph
    n = ix.n
    degree, anchor, comp_size, _ = _leaf_anchors(ix)
    times, raw, source_set = _betweenness_plan(ix, k, seed, degree, anchor, comp_size)
    by_count: dict[int, list[int]] = defaultdict(list)
    for s, count in times.items():
        by_count[count].append(s)
    processes = parallel.worth_it(len(times), workers)
    size = _chunk_size(len(times), n, processes)
    jobs = [
        (count, group[i : i + size]) for count, group in sorted(by_count.items()) for i in range(0, len(group), size)
    ]
    weights = ix.distances() if weighted else None
    steps.start(len(times))

    def add(i: int, part: list[float]) -> None:
        factor = 2.0 * jobs[i][0]  # igraph's subset variant halves ordered-pair sums, as networkx's
        for v, value in enumerate(part):
            if value:
                raw[v] += factor * value
        steps.advance(len(jobs[i][1]))

    with quiet_igraph():
        if processes > 1:
            chunks = [chunk for _, chunk in jobs]
            parallel.run(n, ix.edges, weights, parallel.betweenness_part, chunks, add, processes)
        else:
            for i, (_, chunk) in enumerate(jobs):
                add(i, g.betweenness(sources=chunk, targets=None, weights=weights))
    out = _normalise(dict(enumerate(raw)), n, source_set, k)
    return [out[i] for i in range(n)]


def _betweenness_plan(
    ix: Indexed, k: int | None, seed: int, degree: list[int], anchor: list[int], comp_size: list[int]
) -> tuple[Counter[int], list[float], set[int] | None]:
    """Which nodes to search from and how many sources each stands for (a leaf stands in its
    neighbour's place), the leaves' own share already added to ``raw``, and the sampled sources
    (None when exact)."""
    n = ix.n
    sources = list(range(n)) if k is None else [ix.index[s] for s in sampled_sources(ix.nodes, k, seed)]
    raw = [0.0] * n
    # Each source's dependencies, counted once per source that shares them.
    times: Counter[int] = Counter()
    for s in sources:
        if degree[s] == 1:
            a = anchor[s]
            if a < 0:
                continue  # a pair on its own: no path through anyone
            times[a] += 1
            raw[a] += comp_size[a] - 2  # the neighbour lies on every path from the leaf
        elif degree[s] > 1:
            times[s] += 1
    return times, raw, None if k is None else set(sources)


def _searches_kernel(
    ix: Indexed, k: int | None, seed: int, want_betweenness: bool, want_closeness: bool, steps: Steps
) -> tuple[list[float] | None, list[float] | None]:
    """Unweighted betweenness and/or closeness from the compiled kernel, one search per source
    shared by both metrics."""
    n = ix.n
    degree, anchor, comp_size, _ = _leaf_anchors(ix)
    times, raw_list, source_set = (
        _betweenness_plan(ix, k, seed, degree, anchor, comp_size) if want_betweenness else (Counter(), [], None)
    )
    searched = [v for v in range(n) if anchor[v] < 0 and degree[v] > 0] if want_closeness else []
    sources = np.array(sorted(set(searched) | set(times)), dtype=np.int32)
    counts = np.array([times.get(int(v), 0) for v in sources], dtype=np.float64)
    raw = np.array(raw_list, dtype=np.float64) if want_betweenness else np.zeros(n)
    total_distance = [0.0] * n
    indptr, indices, leaves = ix.kernel_graph(anchor)
    size = max(1, math.ceil(len(sources) / 100))  # about 100 calls: smooth progress, prompt cancel
    steps.start(len(sources))
    for i in range(0, len(sources), size):
        chunk = sources[i : i + size]
        sums = kernels.run(indptr, indices, leaves, chunk, counts[i : i + size], raw)
        for v, d in zip(chunk.tolist(), sums.tolist(), strict=True):
            total_distance[v] = float(d)
        steps.advance(len(chunk))
    between = None
    if want_betweenness:
        out = _normalise(dict(enumerate(raw.tolist())), n, source_set, k)
        between = [out[i] for i in range(n)]
    close = _closeness_from_totals(ix, total_distance, False, degree, anchor, comp_size) if want_closeness else None
    steps.finish()
    return between, close


# --- closeness ----------------------------------------------------------------------------


def closeness(
    graph: nx.Graph,
    *,
    weighted: bool = False,
    engine: Engine | str = Engine.AUTO,
    progress: ProgressFn | None = None,
    cancelled: CancelFn | None = None,
    workers: int | None = None,
) -> dict[Hashable, float]:
    """``nx.closeness_centrality(project(graph), distance=…, wf_improved=True)``."""
    steps = Steps(progress, cancelled)
    use = choose(engine, Task.CLOSENESS, graph.number_of_nodes(), weighted=weighted)
    if use == Engine.NUMBA:
        ix = Indexed.cached(graph)
        _, values = _searches_kernel(ix, None, 0, False, True, steps)
        return dict(zip(ix.nodes, values or [], strict=True))
    if use == Engine.IGRAPH:
        ix = Indexed.cached(graph)
        return dict(zip(ix.nodes, _closeness_igraph(ix, weighted, steps, workers), strict=True))
    return _closeness_networkx(project(graph), weighted, steps)


def _closeness_networkx(g: nx.Graph, weighted: bool, steps: Steps) -> dict[Hashable, float]:
    distance = "distance" if weighted else None
    if steps._progress is None and steps._cancelled is None:
        return nx.closeness_centrality(g, distance=distance)  # type: ignore[no-any-return]
    out: dict[Hashable, float] = {}
    nodes = list(g.nodes)
    steps.start(len(nodes))
    for i in range(0, len(nodes), CHUNK):
        for node in nodes[i : i + CHUNK]:
            out[node] = nx.closeness_centrality(g, u=node, distance=distance)
        steps.advance(len(nodes[i : i + CHUNK]))
    return out


def _closeness_igraph(ix: Indexed, weighted: bool, steps: Steps, workers: int | None = None) -> list[float]:
    g = ix.igraph
    n = ix.n
    degree, anchor, comp_size, _ = _leaf_anchors(ix)
    weights = ix.distances() if weighted else None
    searched = [v for v in range(n) if anchor[v] < 0 and degree[v] > 0]
    total_distance = [0.0] * n  # sum of distances to the other nodes of the component
    processes = parallel.worth_it(len(searched), workers)
    size = _chunk_size(len(searched), n, processes)
    chunks = [searched[i : i + size] for i in range(0, len(searched), size)]
    steps.start(len(searched) + 1)

    def add(i: int, values: list[float]) -> None:
        for v, c in zip(chunks[i], values, strict=True):
            reach = comp_size[v] - 1
            total_distance[v] = reach / c if c and not math.isnan(c) and reach > 0 else 0.0
        steps.advance(len(chunks[i]))

    with quiet_igraph():
        if processes > 1:
            parallel.run(n, ix.edges, weights, parallel.closeness_part, chunks, add, processes)
        else:
            for i, chunk in enumerate(chunks):
                add(i, g.closeness(vertices=chunk, weights=weights, normalized=True))
    out = _closeness_from_totals(ix, total_distance, weighted, degree, anchor, comp_size)
    steps.finish()
    return out


def _closeness_from_totals(
    ix: Indexed,
    total_distance: list[float],
    weighted: bool,
    degree: list[int],
    anchor: list[int],
    comp_size: list[int],
) -> list[float]:
    """Closeness of every node from the distance sums of the searched ones (a leaf's sum is its
    neighbour's, one step further to everyone else)."""
    n = ix.n
    edge_length = {}
    if weighted:
        edge_length = {pair: d for pair, d in zip(ix.edges, ix.distances(), strict=True)}
    out = [0.0] * n
    for v in range(n):
        a = anchor[v]
        if a >= 0:
            length = edge_length.get((min(v, a), max(v, a)), 1.0) if weighted else 1.0
            total_distance[v] = total_distance[a] + (comp_size[v] - 2) * length
    for v in range(n):
        reach = comp_size[v] - 1
        if total_distance[v] > 0 and n > 1:
            out[v] = (reach / total_distance[v]) * (reach / (n - 1))
    return out


# --- eigenvector and PageRank -------------------------------------------------------------


class NotConverged(Exception):
    """An iterative metric did not settle; the caller reports it instead of a value."""


def eigenvector(
    graph: nx.Graph, *, weighted: bool = False, engine: Engine | str = Engine.AUTO
) -> dict[Hashable, float]:
    """``nx.eigenvector_centrality(project(graph), weight=…)`` (unit Euclidean norm).

    On a disconnected graph the values are only meaningful in the component with the largest
    eigenvalue; engines may then differ in the others (both give near-zero values there).
    """
    if choose(engine, Task.EIGENVECTOR, graph.number_of_nodes()) == Engine.IGRAPH:
        ix = Indexed.cached(graph)
        return dict(zip(ix.nodes, _eigenvector_igraph(ix, weighted), strict=True))
    return _eigenvector_networkx(project(graph), weighted)


def _eigenvector_networkx(g: nx.Graph, weighted: bool) -> dict[Hashable, float]:
    if g.number_of_nodes() == 0:
        return {}
    try:
        return nx.eigenvector_centrality(g, max_iter=1000, weight="weight" if weighted else None)  # type: ignore[no-any-return]
    except nx.PowerIterationFailedConvergence as err:
        raise NotConverged(str(err)) from err


def _eigenvector_igraph(ix: Indexed, weighted: bool) -> list[float]:
    if ix.n == 0:
        return []
    if not ix.edges:
        return [1.0 / math.sqrt(ix.n)] * ix.n
    with quiet_igraph():
        values = ix.igraph.eigenvector_centrality(weights=ix.weights if weighted else None)
    norm = math.sqrt(sum(x * x for x in values)) or 1.0
    return [abs(x) / norm for x in values]


def pagerank(
    graph: nx.Graph,
    *,
    alpha: float = 0.85,
    weighted: bool = True,
    engine: Engine | str = Engine.AUTO,
    tol: float = 1.0e-10,
    max_iter: int = 1000,
) -> dict[Hashable, float]:
    """PageRank of the undirected projection, as networkx defines it (uniform teleport and
    dangling redistribution). networkx's own ``pagerank`` needs scipy, so the reference here is
    the plain power iteration networkx documents, run on index lists."""
    ix = Indexed.cached(graph)
    if choose(engine, Task.PAGERANK, graph.number_of_nodes()) == Engine.IGRAPH:
        values = _pagerank_igraph(ix, alpha, weighted)
    else:
        values = _pagerank_power(ix, alpha, weighted, tol, max_iter)
    return dict(zip(ix.nodes, values, strict=True))


def _pagerank_igraph(ix: Indexed, alpha: float, weighted: bool) -> list[float]:
    if ix.n == 0:
        return []
    # ARPACK: the same values as PRPACK (to 1e-13 on the demo) in a tenth of the time.
    weights = ix.weights if weighted else None
    return list(ix.igraph.pagerank(damping=alpha, weights=weights, implementation="arpack"))


def _pagerank_power(ix: Indexed, alpha: float, weighted: bool, tol: float, max_iter: int) -> list[float]:
    n = ix.n
    if n == 0:
        return []
    out_weight = [0.0] * n
    neighbours: list[list[tuple[int, float]]] = [[] for _ in range(n)]
    for (a, b), w in zip(ix.edges, ix.weights, strict=True):
        w = w if weighted else 1.0
        neighbours[a].append((b, w))
        neighbours[b].append((a, w))
        out_weight[a] += w
        out_weight[b] += w
    x = [1.0 / n] * n
    dangling = [v for v in range(n) if out_weight[v] == 0]
    for _ in range(max_iter):
        last = x
        x = [0.0] * n
        lost = alpha * sum(last[v] for v in dangling) / n
        for v in range(n):
            if out_weight[v]:
                share = alpha * last[v] / out_weight[v]
                for u, w in neighbours[v]:
                    x[u] += share * w
        base = lost + (1.0 - alpha) / n
        x = [value + base for value in x]
        if sum(abs(x[v] - last[v]) for v in range(n)) < n * tol:
            return x
    raise NotConverged(f"PageRank did not settle in {max_iter} iterations")


# --- key players --------------------------------------------------------------------------


def _nodes(graph: nx.Graph, ix: Indexed) -> list[Node]:
    """The result's nodes in index order (``ix.nodes`` lists the graph's nodes in its order)."""
    out = [Node(node, str(data.get("label", node)), str(data.get("kind", ""))) for node, data in graph.nodes(data=True)]
    if len(out) != ix.n or any(a.id != b for a, b in zip(out, ix.nodes, strict=True)):
        return [node_of(graph, node) for node in ix.nodes]
    return out


def _by_index(ix: Indexed, by_node: dict[Hashable, float]) -> list[float]:
    return [by_node[node] for node in ix.nodes]


def key_players(
    graph: nx.Graph,
    *,
    metrics: Iterable[Metric] = ALL_METRICS,
    rank_by: Metric = Metric.BETWEENNESS,
    weighted: bool = False,
    betweenness_sample: int | str | None = "auto",
    seed: int = 0,
    engine: Engine | str = Engine.AUTO,
    progress: ProgressFn | None = None,
    cancelled: CancelFn | None = None,
    workers: int | None = None,
) -> KeyPlayers:
    """Every node with the chosen metrics, ranked by ``rank_by`` (ties: by label).

    ``weighted`` makes betweenness and closeness follow strong ties (distance = 1 / weight)
    and eigenvector use weights; PageRank always uses weights, degree never does.
    ``betweenness_sample``: "auto" (exact up to EXACT_BETWEENNESS_UP_TO nodes, else
    DEFAULT_SAMPLE sources), None (exact) or a number of sources.
    """
    wanted = tuple(dict.fromkeys((*metrics, rank_by)))
    n = graph.number_of_nodes()
    k = sample_size(n, betweenness_sample) if Metric.BETWEENNESS in wanted else None
    tasks = {
        Metric.BETWEENNESS: Task.BETWEENNESS,
        Metric.CLOSENESS: Task.CLOSENESS,
        Metric.EIGENVECTOR: Task.EIGENVECTOR,
        Metric.PAGERANK: Task.PAGERANK,
    }
    plan = [m for m in wanted if m in tasks]
    engines = {m: choose(engine, tasks[m], n, weighted=weighted) for m in plan}
    # The compiled kernel answers betweenness and closeness from the same searches: one job.
    shared = tuple(m for m in (Metric.BETWEENNESS, Metric.CLOSENESS) if engines.get(m) == Engine.NUMBA)
    jobs: list[tuple[Metric, ...]] = [shared] if shared else []
    jobs += [(m,) for m in plan if m not in shared]
    slow = {Metric.BETWEENNESS: 10.0, Metric.CLOSENESS: 4.0, Metric.EIGENVECTOR: 1.0, Metric.PAGERANK: 1.0}
    parts = Steps(progress, cancelled).parts([sum(slow[m] for m in job) for job in jobs])
    ix = Indexed.cached(graph)
    simple = project(graph) if Engine.NETWORKX in engines.values() else None
    values: dict[Metric, list[float]] = {}  # by node index: hashing record ids costs more
    notes: list[str] = []
    for job, step in zip(jobs, parts, strict=True):
        step.check()
        metric = job[0]
        use = engines[metric]
        if use == Engine.NUMBA:
            between, close = _searches_kernel(ix, k, seed, Metric.BETWEENNESS in job, Metric.CLOSENESS in job, step)
            for found, values_of in ((Metric.BETWEENNESS, between), (Metric.CLOSENESS, close)):
                if values_of is not None:
                    values[found] = values_of
        elif metric == Metric.BETWEENNESS:
            if use == Engine.IGRAPH:
                values[metric] = _betweenness_igraph(ix, k, seed, weighted, step, workers)
            else:
                values[metric] = _by_index(ix, _betweenness_networkx(simple, k, seed, weighted, step))  # type: ignore[arg-type]
        elif metric == Metric.CLOSENESS:
            if use == Engine.IGRAPH:
                values[metric] = _closeness_igraph(ix, weighted, step, workers)
            else:
                values[metric] = _by_index(ix, _closeness_networkx(simple, weighted, step))  # type: ignore[arg-type]
        else:
            try:
                if metric == Metric.EIGENVECTOR and use == Engine.IGRAPH:
                    values[metric] = _eigenvector_igraph(ix, weighted)
                elif metric == Metric.EIGENVECTOR:
                    values[metric] = _by_index(ix, _eigenvector_networkx(simple, weighted))  # type: ignore[arg-type]
                elif use == Engine.IGRAPH:
                    values[metric] = _pagerank_igraph(ix, 0.85, True)
                else:
                    values[metric] = _pagerank_power(ix, 0.85, True, 1.0e-10, 1000)
            except NotConverged:
                notes.append(f"{metric.value} did not converge")
        step.finish()
    degree = [0] * ix.n
    strength = [0.0] * ix.n
    for (a, b), w in zip(ix.edges, ix.weights, strict=True):
        degree[a] += 1
        degree[b] += 1
        strength[a] += w
        strength[b] += w
    # Columns by node index, rows made once in ranked order: on 250 000 records, building and
    # sorting per-row dicts took seconds.
    columns: dict[str, list[Any]] = {m.value: by_index for m, by_index in values.items()}
    columns[Metric.DEGREE.value] = degree
    columns[Metric.WEIGHTED_DEGREE.value] = strength
    nodes = _nodes(graph, ix)
    ranked = columns.get(rank_by.value)

    def rank_key(i: int) -> tuple[float, str, str]:
        value = ranked[i] if ranked is not None else None
        value = -math.inf if value is None or value != value else value  # None or NaN: last
        return (-value, nodes[i].label, str(nodes[i].id))

    order = sorted(range(ix.n), key=rank_key)
    computed = [(m.value, columns[m.value]) for m in values]
    used = {engines[m] for m in plan} or {Engine.NETWORKX}
    return KeyPlayers(
        rows=[
            KeyPlayer(nodes[i], rank + 1, degree[i], strength[i], **{name: column[i] for name, column in computed})
            for rank, i in enumerate(order)
        ],
        ranked_by=rank_by,
        metrics=wanted,
        engine="+".join(sorted(e.value for e in used)),
        nodes=ix.n,
        edges=len(ix.edges),
        betweenness_sample=k,
        seed=seed,
        weighted=weighted,
        notes=tuple(notes),
    )
