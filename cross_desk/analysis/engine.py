"""Which engine runs a computation: networkx (the reference), igraph (C, for large graphs) or
the compiled kernel (``kernels``: betweenness and closeness sharing one search per source).

Every public analysis function takes networkx graphs and returns the same result types
whichever engine ran. ``Engine.AUTO`` picks igraph where it measurably wins (see
benchmarks/bench_analysis.py) and only above a size where converting the graph pays for
itself, and the compiled kernel for unweighted betweenness and closeness of large graphs;
tests/analysis/test_engines.py checks that the engines agree.
"""

from __future__ import annotations

import random
import threading
import warnings
import weakref
from collections.abc import Hashable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from enum import StrEnum

import igraph as ig
import networkx as nx
import numpy as np

from cross_desk.analysis import kernels
from cross_desk.analysis.graph import edge_distance, no_gc

CACHE_KEY = "cross_desk.indexed"


class Engine(StrEnum):
    AUTO = "auto"
    NETWORKX = "networkx"
    IGRAPH = "igraph"
    NUMBA = "numba"  # the compiled kernel: unweighted betweenness and closeness only


class Task(StrEnum):
    BETWEENNESS = "betweenness"
    CLOSENESS = "closeness"
    EIGENVECTOR = "eigenvector"
    PAGERANK = "pagerank"
    COMMUNITIES = "communities"
    BROKERS = "brokers"
    PATHS = "paths"


#: Smallest graph (nodes) for which AUTO hands a task to igraph. Below this, networkx answers in
#: a few milliseconds and converting the graph would cost as much as it saves.
AUTO_IGRAPH_FROM: dict[Task, int] = {
    Task.BETWEENNESS: 300,
    Task.CLOSENESS: 300,
    Task.EIGENVECTOR: 300,
    Task.PAGERANK: 0,  # networkx's PageRank needs scipy, which cross_desk does not ship
    Task.COMMUNITIES: 500,
    Task.BROKERS: 300,
    # networkx's bidirectional search explores half the graph when records are far apart (the
    # demo's networks form a long chain: ~1 800 hops across the large demo); igraph's searches
    # in C take milliseconds there, once the graph is indexed (see Indexed.cached).
    Task.PATHS: 2_000,
}


#: Smallest graph for which AUTO hands unweighted betweenness and closeness to the compiled
#: kernel. Loading it costs about a second once per process (importing numba, reading the
#: compiled code from its disk cache; compiling it the very first time takes a few seconds
#: more), which pays off once igraph would need a few seconds.
AUTO_KERNEL_FROM = 5_000
KERNEL_TASKS = frozenset({Task.BETWEENNESS, Task.CLOSENESS})


def choose(engine: Engine | str, task: Task, nodes: int, *, weighted: bool = False) -> Engine:
    """The engine that runs ``task``. The compiled kernel counts hops: weighted searches, other
    tasks, or a machine where numba cannot load, go to igraph instead."""
    engine = Engine(engine)
    if engine == Engine.AUTO:
        if nodes < AUTO_IGRAPH_FROM[task]:
            return Engine.NETWORKX
        engine = Engine.NUMBA if nodes >= AUTO_KERNEL_FROM else Engine.IGRAPH
    if engine == Engine.NUMBA and (weighted or task not in KERNEL_TASKS or not kernels.available()):
        return Engine.IGRAPH
    return engine


@dataclass
class Indexed:
    """An undirected simple weighted graph with nodes numbered 0…n-1, and its igraph twin.

    Built straight from any networkx graph (multigraph or not) without an intermediate
    networkx projection: parallel links fold into one edge whose weight is their sum.
    """

    nodes: list[Hashable]
    index: dict[Hashable, int]
    edges: list[tuple[int, int]]
    weights: list[float]
    _ig: ig.Graph | None = None
    _distances: list[float] | None = None
    _csr: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None

    @classmethod
    def cached(cls, graph: nx.Graph) -> Indexed:
        """The indexed twin of ``graph``, kept on the graph so that later analyses of the same
        network skip the conversion.

        Analysis graphs are read-only snapshots of the database: the twin is reused while the
        graph object is the same one (not a view or a copy sharing its attributes) and has as
        many nodes. After changing a graph in place, call ``forget(graph)``. (networkx counts
        a multigraph's edges by walking every node, too slow to check on each query.)
        """
        hit = graph.graph.get(CACHE_KEY)
        if hit is not None and hit[0]() is graph and hit[1] == graph.number_of_nodes():
            return hit[2]  # type: ignore[no-any-return]
        indexed = cls.of(graph)
        graph.graph[CACHE_KEY] = (weakref.ref(graph), graph.number_of_nodes(), indexed)
        return indexed

    @staticmethod
    def forget(graph: nx.Graph) -> None:
        graph.graph.pop(CACHE_KEY, None)

    @classmethod
    def of(cls, graph: nx.Graph) -> Indexed:
        with no_gc():
            nodes = list(graph.nodes)
            index = {n: i for i, n in enumerate(nodes)}
            pairs: dict[tuple[int, int], float] = {}
            data = graph.edges(keys=True, data="weight", default=1.0) if graph.is_multigraph() else None
            items = ((u, v, w) for u, v, _k, w in data) if data is not None else graph.edges(data="weight", default=1.0)
            for u, v, w in items:
                a, b = index[u], index[v]
                if a == b:
                    continue
                pair = (a, b) if a < b else (b, a)
                pairs[pair] = pairs.get(pair, 0.0) + w
        return cls(nodes, index, list(pairs), list(pairs.values()))

    @property
    def n(self) -> int:
        return len(self.nodes)

    @property
    def igraph(self) -> ig.Graph:
        if self._ig is None:
            self._ig = ig.Graph(n=len(self.nodes), edges=self.edges)
        return self._ig

    def kernel_graph(self, anchor: list[int]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The compiled kernel's view (``kernels.run``): the adjacency without the single-neighbour
        nodes that ``anchor`` hangs on another node, and how many hang on each node."""
        if self._csr is None:
            kept = [(a, b) for a, b in self.edges if anchor[a] < 0 and anchor[b] < 0]
            leaves = np.zeros(self.n, dtype=np.int64)
            for a in anchor:
                if a >= 0:
                    leaves[a] += 1
            self._csr = (*kernels.csr(self.n, kept), leaves)
        return self._csr

    def distances(self) -> list[float]:
        """Edge lengths for weighted paths (``graph.edge_distance``)."""
        if self._distances is None:
            self._distances = [edge_distance(w) for w in self.weights]
        return self._distances

    def adjacency(self) -> list[list[int]]:
        adj: list[list[int]] = [[] for _ in self.nodes]
        for a, b in self.edges:
            adj[a].append(b)
            adj[b].append(a)
        return adj


_RNG_LOCK = threading.Lock()


@contextmanager
def igraph_seed(seed: int) -> Iterator[None]:
    """Run igraph's randomised algorithms on a private seeded generator, then give igraph back
    the ``random`` module it uses by default. Serialised: igraph's generator is global."""
    with _RNG_LOCK:
        ig.set_random_number_generator(random.Random(seed))
        try:
            yield
        finally:
            ig.set_random_number_generator(random)


@contextmanager
def quiet_igraph() -> Iterator[None]:
    """igraph warns through Python warnings (e.g. eigenvector centrality on a disconnected
    graph); analysis results carry their own notes instead."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        yield
