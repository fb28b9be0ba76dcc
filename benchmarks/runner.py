"""Runs each benchmark in a fresh child process and prints its figures and peak memory."""

from __future__ import annotations

import importlib
import multiprocessing
import pkgutil
import resource
import sys
from pathlib import Path

from benchmarks.registry import BENCHMARKS, Result


def _load_all() -> None:
    for info in pkgutil.iter_modules([str(Path(__file__).parent)]):
        if info.name.startswith("bench_"):
            importlib.import_module(f"benchmarks.{info.name}")


def _child(name: str, queue: multiprocessing.Queue) -> None:  # type: ignore[type-arg]
    _load_all()
    try:
        result = BENCHMARKS[name][0]()
    except Exception as err:
        queue.put(("error", f"{type(err).__name__}: {err}", 0))
        raise
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    queue.put(("ok", result, peak_kib))


def run(name: str) -> bool:
    ctx = multiprocessing.get_context("spawn")
    queue = ctx.Queue()
    proc = ctx.Process(target=_child, args=(name, queue))
    proc.start()
    status, payload, peak_kib = queue.get()
    proc.join()
    if status != "ok":
        print(f"{name}: FAILED ({payload})", flush=True)
        return False
    result: Result = payload
    note = f"  [{result.note}]" if result.note else ""
    print(
        f"{name}: {result.figure:.3f} {result.unit} (baseline {result.baseline:.3f} {result.baseline_unit}, "
        f"ratio {result.ratio:.2f}){note}",
        flush=True,
    )
    print(f"{name}.peak_rss: {peak_kib / 1024:.0f} MiB", flush=True)
    return True


def main(argv: list[str]) -> int:
    _load_all()
    if not argv:
        width = max((len(n) for n in BENCHMARKS), default=0)
        for name in sorted(BENCHMARKS):
            print(f"{name:<{width}}  {BENCHMARKS[name][1]}")
        return 0
    unknown = [n for n in argv if n not in BENCHMARKS]
    if unknown:
        print(f"unknown benchmark(s): {', '.join(unknown)}; run without arguments to list them", file=sys.stderr)
        return 2
    ok = all([run(name) for name in argv])
    return 0 if ok else 1
