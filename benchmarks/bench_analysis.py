"""Link analysis at scale: key players of 10 000 records, betweenness and shortest paths in the
whole large demo. Graphs are built in memory with DemoBuilder (no database), and each figure is
printed against networkx alone, measured in the same run.

networkx alone is far too slow for exact betweenness at these sizes, so its baseline is
measured on a sample of sources (or of nodes, for closeness) and extrapolated linearly: each
source costs one search of the whole graph, so time grows in proportion to the sources.
"""

from __future__ import annotations

import gc
import random
import statistics
import time

import networkx as nx

from benchmarks.registry import Result, benchmark, timer
from cross_desk.analysis import kernels
from cross_desk.analysis.centrality import _pagerank_power, key_players
from cross_desk.analysis.engine import Indexed
from cross_desk.analysis.graph import project, to_networkx
from cross_desk.analysis.paths import shortest_paths
from cross_desk.analysis.results import Metric
from cross_desk.demo.generator import SIZES, DemoBuilder, DemoSpec
from cross_desk.domain.records import GraphData

SEED = 2026
#: About 10 000 records (people, phones, vehicles, places, tips…) and 17 700 relations.
SPEC_10K = DemoSpec(people=3_450, links=10_350)


def _demo_graph(spec: DemoSpec) -> nx.MultiDiGraph:
    builder = DemoBuilder(spec, seed=SEED)
    builder.build()
    data = GraphData({e.id: e.ref() for e in builder.entities}, builder.links, {})
    graph = to_networkx(data)
    del builder, data
    gc.collect()
    return graph


def _per_source_seconds(simple: nx.Graph, k: int) -> float:
    with timer() as t:
        nx.betweenness_centrality(simple, k=k, seed=SEED)
    return t[0] / k


@benchmark("key_players_10000", "key players (exact betweenness, closeness, eigenvector, PageRank) of 10 000 records")
def key_players_10000() -> Result:
    graph = _demo_graph(SPEC_10K)
    cpu = time.process_time()
    with timer() as t:
        table = key_players(graph, betweenness_sample=None)
    cpu = time.process_time() - cpu
    assert table.betweenness_sample is None
    # networkx alone: betweenness and closeness extrapolated from samples, eigenvector in full,
    # PageRank by power iteration (networkx's own needs scipy, which is not installed).
    simple = project(graph)
    n = simple.number_of_nodes()
    btw = _per_source_seconds(simple, 40) * n
    sample = random.Random(SEED).sample(list(simple), 150)
    with timer() as c:
        for node in sample:
            nx.closeness_centrality(simple, u=node)
    clo = c[0] / len(sample) * n
    with timer() as e:
        nx.eigenvector_centrality(simple, max_iter=1000)
    ix = Indexed.of(graph)
    with timer() as p:
        _pagerank_power(ix, 0.85, True, 1e-10, 1000)
    baseline = btw + clo + e[0] + p[0]
    top = table.rows[0]
    note = (
        f"{table.nodes} nodes, {table.edges} edges, engine {table.engine}, exact betweenness, "
        f"{cpu:.1f} s of CPU (load average {_load()} on this shared machine), {_kernel_load()}; "
        f"networkx alone ≈ {btw:.0f} s betweenness (40 sources × {n}) + {clo:.0f} s closeness (150 nodes × {n}) "
        f"+ {e[0]:.1f} s eigenvector + {p[0]:.1f} s PageRank; top: {top.node.kind} betweenness {top.betweenness:.3f}"
    )
    return Result(t[0], "s", baseline, "s", note=note)


@benchmark("betweenness_100000", "sampled betweenness of the whole large demo (100 000 people, ~250 000 records)")
def betweenness_100000() -> Result:
    graph = _demo_graph(SIZES["large"])
    cpu = time.process_time()
    with timer() as t:
        table = key_players(graph, metrics=[], rank_by=Metric.BETWEENNESS, betweenness_sample="auto", seed=SEED)
    cpu = time.process_time() - cpu
    k = table.betweenness_sample
    # networkx alone on the same graph: a few sources, extrapolated to the same sample size.
    simple = project(graph)
    del graph
    gc.collect()
    per_source = _per_source_seconds(simple, 4)
    note = (
        f"{table.nodes} nodes, {table.edges} edges, sample k={k} sources (seed {SEED}), engine {table.engine}, "
        f"{cpu:.1f} s of CPU (load average {_load()}), {_kernel_load()}; "
        f"networkx baseline measured on 4 sources ({per_source:.2f} s each) and extrapolated to k={k}"
    )
    return Result(t[0], "s", per_source * (k or table.nodes), "s", note=note)


@benchmark("shortest_path_100000", "shortest paths between two records of the whole large demo, graph loaded")
def shortest_path_100000() -> Result:
    graph = _demo_graph(SIZES["large"])
    with timer() as index:
        Indexed.cached(graph)  # part of loading: kept with the graph for every later query
    rng = random.Random(SEED)
    people = [n for n, kind in graph.nodes(data="kind") if kind == "person"]
    pairs = [(rng.choice(people), rng.choice(people)) for _ in range(60)]
    times, all_times, hops, counts = [], [], [], []
    for a, b in pairs:
        start = time.perf_counter()
        found = shortest_paths(graph, a, b, limit=1)  # one shortest path, with its link kinds
        times.append(time.perf_counter() - start)
        start = time.perf_counter()
        every = shortest_paths(graph, a, b)  # every shortest path, up to 20
        all_times.append(time.perf_counter() - start)
        if found.paths:
            hops.append(found.paths[0].hops)
            counts.append(len(every.paths))
    # networkx alone (bidirectional search) on the first few pairs: it takes seconds here.
    nx_times = []
    for a, b in pairs[:6]:
        start = time.perf_counter()
        shortest_paths(graph, a, b, limit=1, engine="networkx")
        nx_times.append(time.perf_counter() - start)
    median = statistics.median(times) * 1000
    note = (
        f"{graph.number_of_nodes()} nodes; {len(pairs)} random pairs of people: median {median:.1f} ms, "
        f"p95 {_p95(times) * 1000:.1f} ms, max {max(times) * 1000:.1f} ms, "
        f"{statistics.mean(hops):.0f} hops on average; every shortest path (up to 20, "
        f"{statistics.mean(counts):.1f} on average): median {statistics.median(all_times) * 1000:.0f} ms, "
        f"max {max(all_times) * 1000:.0f} ms; engine igraph, graph indexed once at load ({index[0]:.1f} s); "
        "baseline: networkx bidirectional search, median of the first 6 pairs"
    )
    return Result(median, "ms", statistics.median(nx_times) * 1000, "ms", note=note)


def _kernel_load() -> str:
    """The compiled kernel's one-off loading time, part of the figure (it ran inside the call)."""
    if kernels.load_seconds is None:
        return "compiled kernel not used"
    return f"of which {kernels.load_seconds:.1f} s loading the compiled kernel (numba import, then cache or compile)"


def _load() -> str:
    try:
        with open("/proc/loadavg") as f:
            return f.read().split()[0]
    except OSError:
        return "?"


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]
