"""Spread igraph's shortest-path searches over the machine's cores.

igraph holds Python's global interpreter lock while it computes, so threads do not help;
worker processes do. Each worker builds its own copy of the graph once (pool initializer) and
then answers chunks of sources. Workers are spawned, not forked: the GUI process has Qt
threads, and forking a threaded process is unsafe. Starting workers costs about half a second,
so only large computations use them (see ``worth_it``).

Off unless asked for (``workers=N``): on the two-vCPU machine the project is built on, two
searches running at once each took 1.8 times as long as one alone (the vCPUs share a core),
so processes bought nothing there. On a workstation with real cores, ``workers=2`` or more
divides the time of exact betweenness and closeness accordingly.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool

import igraph as ig

MAX_WORKERS = 4

_graph: ig.Graph | None = None
_weights: list[float] | None = None


def workers_available() -> int:
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return max(1, min(MAX_WORKERS, cores))


def worth_it(searches: int, workers: int | None) -> int:
    """How many processes to use for ``searches`` searches:
    ``workers`` if given (0 = every core), else one (see the module's note)."""
    if workers is None or searches < 2:
        return 1
    return workers_available() if workers == 0 else max(1, workers)


def _start(n: int, edges: list[tuple[int, int]], weights: list[float] | None) -> None:
    global _graph, _weights
    _graph = ig.Graph(n=n, edges=edges)
    _weights = weights


def betweenness_part(sources: list[int]) -> list[float]:
    assert _graph is not None
    return _graph.betweenness(sources=sources, targets=None, weights=_weights)  # type: ignore[no-any-return]


def closeness_part(vertices: list[int]) -> list[float]:
    assert _graph is not None
    return _graph.closeness(vertices=vertices, weights=_weights, normalized=True)  # type: ignore[no-any-return]


def run(
    n: int,
    edges: list[tuple[int, int]],
    weights: list[float] | None,
    task: Callable[[list[int]], list[float]],
    chunks: Sequence[list[int]],
    on_result: Callable[[int, list[float]], None],
    workers: int,
) -> None:
    """Run ``task`` on each chunk in ``workers`` processes; ``on_result(i, values)`` is called in
    this process as each chunk finishes. If it raises (a cancel), pending chunks are dropped.

    If worker processes cannot run (a script without a ``__main__`` guard, a frozen app
    without ``multiprocessing.freeze_support()``, no permission to start processes), the
    chunks not yet done run here instead: slower, never wrong.
    """
    remaining = set(range(len(chunks)))
    try:
        context = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(workers, mp_context=context, initializer=_start, initargs=(n, edges, weights)) as pool:
            pending: dict[Future[list[float]], int] = {pool.submit(task, chunk): i for i, chunk in enumerate(chunks)}
            try:
                while pending:
                    done, _ = wait(pending, return_when=FIRST_COMPLETED)
                    for future in done:
                        i = pending.pop(future)
                        values = future.result()
                        remaining.discard(i)
                        on_result(i, values)
            except BaseException:
                for future in pending:
                    future.cancel()
                raise
    except (BrokenProcessPool, OSError, RuntimeError):
        global _graph, _weights
        saved = (_graph, _weights)
        _start(n, edges, weights)
        try:
            for i in sorted(remaining):
                on_result(i, task(chunks[i]))
        finally:
            _graph, _weights = saved
