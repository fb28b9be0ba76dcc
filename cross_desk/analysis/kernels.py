"""Compiled shortest-path searches: exact betweenness and closeness from ONE search per source.

igraph answers betweenness and closeness with two separate searches of the whole graph per
source (its API offers no way to share them), and its betweenness call has a fixed cost of a
few searches. This kernel runs Brandes' algorithm (unweighted: breadth-first search, then the
dependencies accumulated backwards) and keeps, for every source, the sum of its distances, which
is all closeness needs. Compiled by numba on first use and cached on disk (``cache=True``), so
later processes only load it.

Measured on the 10 000-record demo (about 7 000 searches after the leaf saving, see
``centrality``), side by side in one process on the shared 2-vCPU machine: igraph's two searches
per source took 2.1-2.4 times as long as this kernel's one (unloaded, igraph: 0.69 ms per
betweenness search plus 0.41 ms per closeness search). On the large demo (250 000 records),
200 sampled sources took half igraph's time.

numba is imported only when the kernel is first needed (it takes about half a second), and
everything falls back to igraph if it cannot be imported (``available``).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

import numpy as np

_lock = threading.Lock()
_kernel: Callable[..., None] | None = None
_failed = False
#: How long loading the kernel took in this process (importing numba, then reading the compiled
#: code from the disk cache, or compiling it when the cache is cold), for benchmarks.
load_seconds: float | None = None


def available() -> bool:
    """Whether the compiled kernel can run here (numba importable and compiling)."""
    return _load() is not None


def _load() -> Callable[..., None] | None:
    global _kernel, _failed, load_seconds
    if _kernel is not None or _failed:
        return _kernel
    with _lock:
        if _kernel is None and not _failed:
            start = time.perf_counter()
            try:
                kernel = _compile()
                # Compile (or load from the cache) now, on a one-node graph, with the argument
                # types of the real calls, so that progress reporting starts with the work.
                one = np.zeros(1, dtype=np.int64)
                kernel(
                    np.zeros(2, np.int64),
                    np.zeros(0, np.int32),
                    one,
                    np.zeros(1, np.int32),
                    np.zeros(1),
                    np.zeros(1),
                    one,
                )
                _kernel = kernel
            except Exception:  # no numba wheel for this platform, no compiler backend: use igraph
                _failed = True
            load_seconds = time.perf_counter() - start
    return _kernel


def _compile() -> Callable[..., None]:
    import numba

    # nogil: a GUI job thread running the kernel leaves the interface responsive.
    @numba.njit(cache=True, nogil=True)
    def searches(  # pragma: no cover - compiled; checked against networkx in tests/analysis
        indptr: Any, indices: Any, leaves: Any, sources: Any, times: Any, raw: Any, distance_sum: Any
    ) -> None:
        n = indptr.shape[0] - 1
        dist = np.full(n, -1, np.int32)
        sigma = np.zeros(n, np.float64)
        delta = np.zeros(n, np.float64)
        order = np.empty(n, np.int32)
        for i in range(sources.shape[0]):
            s = sources[i]
            dist[s] = 0
            sigma[s] = 1.0
            order[0] = s
            head = 0
            tail = 1
            total = 0
            while head < tail:
                v = order[head]
                head += 1
                dv = dist[v]
                sv = sigma[v]
                total += dv + leaves[v] * (dv + 1)  # v's leaves are one step further
                for j in range(indptr[v], indptr[v + 1]):
                    w = indices[j]
                    if dist[w] < 0:
                        dist[w] = dv + 1
                        sigma[w] = sv
                        order[tail] = w
                        tail += 1
                    elif dist[w] == dv + 1:
                        sigma[w] += sv
            distance_sum[i] = total
            count = times[i]
            if count > 0:  # betweenness wanted from this source (once per source it stands for)
                for k in range(tail - 1, 0, -1):
                    w = order[k]
                    before = dist[w] - 1
                    # paths to w, to w's leaves and beyond w share out over w's predecessors
                    coeff = (1.0 + leaves[w] + delta[w]) / sigma[w]
                    for j in range(indptr[w], indptr[w + 1]):
                        v = indices[j]
                        if dist[v] == before:
                            delta[v] += sigma[v] * coeff
                    raw[w] += count * (delta[w] + leaves[w])  # w is on every path to its leaves
            for k in range(tail):  # reset only what this search touched
                w = order[k]
                dist[w] = -1
                sigma[w] = 0.0
                delta[w] = 0.0

    return searches  # type: ignore[no-any-return]


def csr(n: int, edges: list[tuple[int, int]]) -> tuple[np.ndarray, np.ndarray]:
    """Compressed adjacency (both directions of every edge) of an undirected simple graph."""
    pairs = np.asarray(edges, dtype=np.int32).reshape(-1, 2) if edges else np.zeros((0, 2), dtype=np.int32)
    tails = np.concatenate([pairs[:, 0], pairs[:, 1]])
    heads = np.concatenate([pairs[:, 1], pairs[:, 0]])
    order = np.lexsort((heads, tails))
    indptr = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(np.bincount(tails, minlength=n), out=indptr[1:])
    return indptr, np.ascontiguousarray(heads[order])


def run(
    indptr: np.ndarray,
    indices: np.ndarray,
    leaves: np.ndarray,
    sources: np.ndarray,
    times: np.ndarray,
    raw: np.ndarray,
) -> np.ndarray:
    """Search from each of ``sources``; add ``times[i]`` × its dependencies to ``raw`` (ordered
    pairs, as networkx sums them before normalising) and return each source's distance sum.

    The graph (``indptr``, ``indices``) leaves out single-neighbour records; ``leaves[v]`` says
    how many hang off ``v``. They are targets like any other (one step beyond ``v``, with ``v``
    on every path to them) without being searched through: a quarter less work on the demo.
    """
    kernel = _load()
    if kernel is None:
        raise RuntimeError("the compiled kernel is not available")
    distance_sum = np.zeros(len(sources), dtype=np.int64)
    kernel(indptr, indices, leaves, sources, times, raw, distance_sum)
    return distance_sum
