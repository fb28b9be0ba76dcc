"""Benchmarks register here; each returns its figure and a baseline measured in the same run.

A benchmark module (``benchmarks/bench_*.py``) decorates functions with ``@benchmark(name)``.
Each runs in a fresh child process so that its peak resident memory is its own.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass


@dataclass(frozen=True)
class Result:
    figure: float
    unit: str
    baseline: float
    baseline_unit: str
    note: str = ""

    @property
    def ratio(self) -> float:
        """How many times better than the baseline (for times: baseline / figure)."""
        if self.unit in ("s", "ms") and self.figure > 0:
            return self.baseline / self.figure
        return self.figure / self.baseline if self.baseline else float("nan")


BENCHMARKS: dict[str, tuple[Callable[[], Result], str]] = {}


def benchmark(name: str, description: str = "") -> Callable[[Callable[[], Result]], Callable[[], Result]]:
    def register(fn: Callable[[], Result]) -> Callable[[], Result]:
        BENCHMARKS[name] = (fn, description or (fn.__doc__ or "").strip().split("\n")[0])
        return fn

    return register


@contextmanager
def timer() -> Iterator[list[float]]:
    """``with timer() as t: …`` then ``t[0]`` is the elapsed seconds."""
    box: list[float] = []
    start = time.perf_counter()
    try:
        yield box
    finally:
        box.append(time.perf_counter() - start)
