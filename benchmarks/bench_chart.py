"""The link chart at scale: opening and laying out 1 000 and 10 000 records, and drawing a frame.

Charts come from the large demo (``bench_store``'s database, built when missing): the members of
the first cases by reference and everything one link away, cut to exactly N records in
breadth-first order, then opened through ``ChartWidget.show_entities`` as a user would.

Baselines are measured in the same run:

* open: the same load, laid out with networkx's ``spring_layout`` (timed on 499 records, the
  most it lays out without scipy, and scaled by (N / 499)², as its iterations are quadratic);
* frame: the same chart as a naive QGraphicsScene (an ellipse and a text item per record and a
  line item per link), rendered to the same 1920 × 1080 antialiased image.
"""

from __future__ import annotations

import os
import sqlite3
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any
from uuid import UUID

from benchmarks.bench_store import ACTOR, LARGE_DB, _fresh
from benchmarks.registry import Result, benchmark, timer
from cross_desk.bootstrap import open_app
from cross_desk.demo.generator import SIZES
from cross_desk.settings import Settings

FRAME = (1920, 1080)


def _large_services() -> Any:
    if not LARGE_DB.exists():
        app = _fresh(LARGE_DB)
        app.services.demo.load(SIZES["large"], seed=2026)
        app.close()
    copy = LARGE_DB.with_name(LARGE_DB.stem + "_chart.sqlite3")
    if not copy.exists() or copy.stat().st_mtime < LARGE_DB.stat().st_mtime:
        _analysed_copy(LARGE_DB, copy)
    return open_app(Settings(f"sqlite:///{copy}"), actor=ACTOR).services


def _analysed_copy(source: Path, target: Path) -> None:
    """A copy of the large demo with SQLite's statistics (ANALYZE), for the chart alone.

    Without statistics SQLite reads the link table through its ``deleted`` index, a full scan
    per query, and a 10 000-record chart takes some 20 s to load (the store should analyse
    after bulk loads). A copy keeps the other benchmarks' database as they left it.
    """
    target.unlink(missing_ok=True)
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
        dst.execute("ANALYZE")


def _pick(services: Any, size: int) -> list[UUID]:
    """Exactly ``size`` records: case members first, then their neighbours, breadth-first."""
    cases = sorted(services.cases.list(), key=lambda c: c.reference)
    seeds: list[UUID] = []
    want = int(size * 0.7)  # on the large demo a case's members bring about 0.4 neighbours each
    for case in cases:
        seeds += [ref.id for ref in services.cases.members(case.id)]
        if len(seeds) < want:
            continue
        around = services.graphs.neighbourhood(seeds, 1)
        if len(around.nodes) >= size:
            rest = sorted(set(around.nodes) - set(seeds), key=str)
            chosen = list(dict.fromkeys(seeds))[:size]
            return chosen + rest[: size - len(chosen)]
        want = int(len(seeds) * 1.25)
    raise RuntimeError(f"the large demo has no chart of {size} records")


def _wait(condition: Callable[[], bool], timeout: float = 600.0) -> None:
    from PySide6.QtCore import QCoreApplication

    end = time.perf_counter() + timeout
    while not condition():
        QCoreApplication.processEvents()
        if time.perf_counter() > end:
            raise TimeoutError("the chart did not open in time")
        time.sleep(0.002)
    QCoreApplication.processEvents()


def _open_chart(size: int) -> tuple[Any, Any, float, dict[str, float]]:
    """Open a chart of ``size`` records in a ChartWidget; returns widget, data, seconds, parts."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no window needed to measure
    from PySide6.QtWidgets import QApplication

    from cross_desk.analysis import layout as lay
    from cross_desk.gui.chart import ChartWidget

    QApplication.instance() or QApplication([])
    services = _large_services()
    ids = _pick(services, size)
    widget = ChartWidget(services)
    widget.resize(*FRAME)
    widget.show()
    _wait(lambda: True)
    with timer() as t:
        widget.show_entities(ids, hops=0)
        _wait(lambda: not widget.busy)
        widget.canvas.repaint()  # the first frame is part of opening
    # Where the time goes, measured again piece by piece (same data, same machine).
    with timer() as load:
        data = services.graphs.neighbourhood(ids, 0)
    with timer() as layout:
        lay.compute(lay.graph_from(data))
    with timer() as build:
        widget.sync()
    parts = {"load": load[0], "layout": layout[0], "build": build[0]}
    return widget, data, t[0], parts


NX_SAMPLE = 499  # networkx needs scipy (not installed) for spring_layout above 500 nodes


def _networkx_seconds(data: Any, nodes: int) -> float:
    """networkx spring_layout on ``nodes`` records of ``data`` (its default 50 iterations)."""
    import networkx as nx

    keep = set(sorted(data.nodes, key=str)[:nodes])
    graph = nx.Graph()
    graph.add_nodes_from(keep)
    graph.add_edges_from((x.source_id, x.target_id) for x in data.links if x.source_id in keep and x.target_id in keep)
    with timer() as t:
        nx.spring_layout(graph, seed=1)
    return t[0]


def _bench_open(size: int) -> Result:
    widget, data, seconds, parts = _open_chart(size)
    sample = min(size, NX_SAMPLE)
    naive = _networkx_seconds(data, sample) * (size / sample) ** 2
    baseline = parts["load"] + naive
    note = (
        f"{len(widget.model.refs)} records, {len(widget.model.links)} links; "
        f"load {parts['load']:.2f} s, layout {parts['layout']:.2f} s, build {parts['build']:.2f} s; "
        f"baseline: same load + networkx spring_layout on {sample} records × ({size}/{sample})²"
    )
    return Result(seconds, "s", baseline, "s", note=note)


def _frame_ms(paint: Callable[[Any], None], repeats: int) -> float:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter

    times = []
    for _ in range(repeats):
        image = QImage(*FRAME, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        start = time.perf_counter()
        paint(painter)
        painter.end()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def _naive_scene(widget: Any) -> Any:
    from PySide6.QtCore import QLineF
    from PySide6.QtGui import QBrush, QColor, QPen
    from PySide6.QtWidgets import QGraphicsScene

    from cross_desk.gui.chart import style

    model = widget.model
    scene = QGraphicsScene()
    pen = QPen(QColor("#888888"), 1.5)
    for link in model.visible_links:
        (x1, y1), (x2, y2) = model.positions[link.source_id], model.positions[link.target_id]
        scene.addLine(QLineF(x1, y1, x2, y2), pen)
    r = style.NODE_D / 2
    for n in model.visible_nodes:
        x, y = model.positions[n]
        scene.addEllipse(
            x - r, y - r, 2 * r, 2 * r, QPen(QColor("white")), QBrush(style.kind_colour(model.refs[n].kind))
        )
        text = scene.addSimpleText(model.refs[n].label[:30])
        text.setPos(x - 60, y + r + 2)
    return scene


def _bench_frame(size: int) -> Result:
    from PySide6.QtCore import QRectF

    widget, _data, _seconds, _parts = _open_chart(size)
    canvas = widget.canvas
    canvas.resize(*FRAME)
    canvas.fit()
    view, scale = canvas.view_rect(), canvas.scale
    figure = _frame_ms(lambda p: canvas.renderer.paint(p, view, scale), repeats=9)
    mode = canvas.renderer.last_mode
    scene = _naive_scene(widget)
    target = QRectF(0, 0, *FRAME)
    baseline = _frame_ms(lambda p: scene.render(p, target, view), repeats=3)
    note = (
        f"{len(widget.model.visible_nodes)} records, {len(widget.model.visible_links)} links, "
        f"fit to 1920×1080 ({mode}); baseline: naive QGraphicsScene"
    )
    return Result(figure, "ms", baseline, "ms", note=note)


@benchmark("chart_open_1000", "open and lay out a 1 000-record chart from the large demo")
def chart_open_1000() -> Result:
    return _bench_open(1000)


@benchmark("chart_open_10000", "open and lay out a 10 000-record chart from the large demo (target < 3 s)")
def chart_open_10000() -> Result:
    return _bench_open(10_000)


@benchmark("chart_frame_1000", "one full-view 1920×1080 antialiased frame of a 1 000-record chart")
def chart_frame_1000() -> Result:
    return _bench_frame(1000)


@benchmark("chart_frame_10000", "one full-view 1920×1080 antialiased frame of a 10 000-record chart (target < 50 ms)")
def chart_frame_10000() -> Result:
    return _bench_frame(10_000)
