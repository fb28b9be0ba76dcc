"""Drawing the chart fast at any size: batched geometry far out, icons and labels close in.

A QGraphicsItem per node and per link costs a Python call per item per frame (half a second
for a full view of 10 000 nodes, see benchmarks/bench_chart.py). Here, instead:

* far out (overview), every link is one segment of a single prebuilt QPainterPath stroked
  with a one-pixel cosmetic pen, and nodes are points drawn with ``drawPoints`` in a few
  (colour, size) batches: a handful of C++ calls per frame, whatever the size of the chart;
* close in (detail), a grid index finds the few hundred nodes in view, and only those are
  drawn one by one with icon, label, arrows, link widths, parallel links and link labels.

The geometry is rebuilt when positions or styles change, not per frame. Positions are chart
units; ``paint`` maps them to the device with a scale and the view's top-left corner.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from uuid import UUID

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPen, QPolygonF, QTransform

from cross_desk.domain.kinds import EntityKind
from cross_desk.domain.records import Link
from cross_desk.gui import labels
from cross_desk.gui.chart import style
from cross_desk.gui.chart.model import strength

NODE_D = style.NODE_D
CELL = 240.0  # grid index cell, chart units
LONG = 4 * 150.0  # links longer than this are checked against the view one by one
DETAIL_LIMIT = 600  # most nodes drawn one by one in a frame
DETAIL_PX = 9.0  # below this on-screen diameter, nodes are dots
LABEL_PX = 15.0  # from this on-screen diameter, labels show
LINK_LABEL_SCALE = 0.7  # from this zoom, links show their kind
MAX_PARALLEL = 3  # more links than this between two nodes draw as one line with a count
LABEL_MAX_PX = 170
FONT_PX = 11


@dataclass
class _Chunk:
    """One tile of the overview: its links as one path, its nodes as point batches."""

    area: QRectF
    edges: QPainterPath
    dots: list[tuple[QColor, float, QPolygonF]]


@dataclass
class Pair:
    """The links between two nodes (``a`` < ``b``), drawn together."""

    a: int
    b: int
    links: list[Link] = field(default_factory=list)
    weight: float = 0.0  # by strength (confidence × count) or by evidence


def _width(weight: float) -> float:
    """Line width in chart units: one for a single doubtful sighting, up to seven."""
    return min(7.0, 1.0 + 1.3 * math.log2(1.0 + weight))


class ChartRenderer:
    def __init__(self) -> None:
        self.ids: list[UUID] = []
        self.index: dict[UUID, int] = {}
        self.xs: list[float] = []
        self.ys: list[float] = []
        self.kinds: list[EntityKind] = []
        self.labels: list[str] = []
        self.colours: list[QColor] = []
        self.sizes: list[float] = []
        self.pairs: list[Pair] = []
        self.pairs_of: list[list[int]] = []
        self.long_pairs: list[int] = []
        self.grid: dict[tuple[int, int], list[int]] = {}
        self.selected: set[int] = set()
        self.pinned: set[int] = set()
        self.highlight_links = True
        self.by_evidence = False  # link width by number of evidencing records
        self._chunks: list[_Chunk] = []
        self._sel_dots = QPolygonF()
        self._sel_edges = QPainterPath()
        self._bounds = QRectF()
        self._elided: dict[int, tuple[str, int]] = {}
        self._elided_width = LABEL_MAX_PX
        self._font = QFont()
        self._font.setPixelSize(FONT_PX)
        self._small = QFont()
        self._small.setPixelSize(FONT_PX - 1)
        self._metrics = QFontMetrics(self._font)
        # While nodes are dragged: their indices and the offset (chart units).
        self._drag: set[int] = set()
        self._drag_dx = 0.0
        self._drag_dy = 0.0
        self._drag_dots: list[tuple[QColor, float, QPolygonF]] = []
        self._drag_edges = QPainterPath()
        self._cut_pairs: list[int] = []
        self.last_mode = ""  # "overview" or "detail": what the last frame drew (for tests)
        # What an analysis points at (a path, brokers…): kept by id, so it survives a new graph.
        self._emph_ids: set[UUID] = set()
        self._emph_pair_ids: set[frozenset[UUID]] = set()
        self.emphasis: set[int] = set()
        self.emphasis_pairs: set[int] = set()
        self._emph_dots = QPolygonF()
        self._emph_edges = QPainterPath()

    # --- building ----------------------------------------------------------------------

    def set_graph(
        self,
        nodes: list[UUID],
        kinds: list[EntityKind],
        names: list[str],
        xs: list[float],
        ys: list[float],
        colours: list[QColor],
        sizes: list[float] | None,
        links: Iterable[Link],
    ) -> None:
        """Take the visible chart: per node (aligned lists) kind, name, place, colour, size."""
        self.ids = list(nodes)
        self.index = {n: i for i, n in enumerate(self.ids)}
        self.kinds, self.labels, self.xs, self.ys = list(kinds), list(names), list(xs), list(ys)
        self.colours = list(colours)
        self.sizes = list(sizes) if sizes is not None else [1.0] * len(self.ids)
        self._elided = {}
        found: dict[tuple[int, int], Pair] = {}
        get = self.index.get
        for link in links:
            i, j = get(link.source_id), get(link.target_id)
            if i is None or j is None or i == j:
                continue
            key = (i, j) if i < j else (j, i)
            pair = found.get(key)
            if pair is None:
                pair = found[key] = Pair(*key)
            pair.links.append(link)
        self.pairs = list(found.values())
        for pair in self.pairs:
            if len(pair.links) > 1:
                pair.links.sort(key=lambda x: (x.kind, x.id.int))
        self.pairs_of = [[] for _ in self.ids]
        for k, pair in enumerate(self.pairs):
            self.pairs_of[pair.a].append(k)
            self.pairs_of[pair.b].append(k)
        self.set_weights(self.by_evidence)
        self.selected = set()
        self.pinned = set()
        self._index_emphasis()
        self.rebuild()

    def set_weights(self, by_evidence: bool) -> None:
        self.by_evidence = by_evidence
        for pair in self.pairs:
            if by_evidence:
                pair.weight = float(len({x.evidence_id for x in pair.links if x.evidence_id}))
            else:
                pair.weight = sum(strength(x) for x in pair.links)

    def set_style(self, colours: list[QColor], sizes: list[float] | None) -> None:
        """New colours and sizes, aligned with the nodes given to ``set_graph``."""
        self.colours = list(colours)
        self.sizes = list(sizes) if sizes is not None else [1.0] * len(self.ids)
        self._build_chunks()
        self._build_selection()

    def move(self, positions: Mapping[UUID, tuple[float, float]]) -> None:
        """New positions for some or all nodes; the geometry follows."""
        index = self.index
        for n, (x, y) in positions.items():
            i = index.get(n)
            if i is not None:
                self.xs[i] = x
                self.ys[i] = y
        self.rebuild()

    def rebuild(self) -> None:
        xs, ys = self.xs, self.ys
        grid: dict[tuple[int, int], list[int]] = defaultdict(list)
        for i in range(len(xs)):
            grid[(math.floor(xs[i] / CELL), math.floor(ys[i] / CELL))].append(i)
        self.grid = dict(grid)
        self.long_pairs = [
            k for k, p in enumerate(self.pairs) if abs(xs[p.a] - xs[p.b]) + abs(ys[p.a] - ys[p.b]) > LONG
        ]
        if xs:
            pad = NODE_D * 1.5
            self._bounds = QRectF(
                min(xs) - LABEL_MAX_PX / 2 - pad,
                min(ys) - pad,
                max(xs) - min(xs) + LABEL_MAX_PX + 2 * pad,
                max(ys) - min(ys) + 2 * pad + 20,
            )
        else:
            self._bounds = QRectF()
        self._build_chunks()
        self._build_selection()
        self._build_emphasis()

    def _edge_path(self, pairs: Iterable[int]) -> QPainterPath:
        path = QPainterPath()
        xs, ys, all_pairs = self.xs, self.ys, self.pairs
        move, line = path.moveTo, path.lineTo
        for k in pairs:
            p = all_pairs[k]
            move(xs[p.a], ys[p.a])
            line(xs[p.b], ys[p.b])
        return path

    def _dot_batches(self, members: Iterable[int]) -> list[tuple[QColor, float, QPolygonF]]:
        buckets: dict[tuple[int, float], list[QPointF]] = defaultdict(list)
        colour_of: dict[int, QColor] = {}
        xs, ys, colours, sizes = self.xs, self.ys, self.colours, self.sizes
        for i in members:
            c = colours[i]
            key = c.rgba()
            colour_of[key] = c
            buckets[(key, round(sizes[i] * 4) / 4)].append(QPointF(xs[i], ys[i]))
        return [(colour_of[k], size, QPolygonF(points)) for (k, size), points in buckets.items()]

    def _build_chunks(self) -> None:
        """Split the overview geometry into a few tiles, so a zoomed view skips the rest.

        At most 8 × 8 tiles: a full view costs a few hundred C++ calls, a zoomed one a few.
        """
        n = len(self.ids)
        side = max(1, min(8, int(math.sqrt(n / 150))))
        box = self._bounds
        if n == 0 or box.isEmpty():
            self._chunks = []
            return
        x0, y0 = box.left(), box.top()
        kx, ky = side / box.width(), side / box.height()
        last = side - 1
        xs, ys = self.xs, self.ys
        drag = self._drag
        nodes_of: list[list[int]] = [[] for _ in range(side * side)]
        for i in range(n):
            if i not in drag:
                cx = min(last, max(0, int((xs[i] - x0) * kx)))
                cy = min(last, max(0, int((ys[i] - y0) * ky)))
                nodes_of[cy * side + cx].append(i)
        pairs_of: list[list[int]] = [[] for _ in range(side * side)]
        for k, p in enumerate(self.pairs):
            a, b = p.a, p.b
            if drag and (a in drag or b in drag):
                continue
            cx = min(last, max(0, int(((xs[a] + xs[b]) / 2 - x0) * kx)))
            cy = min(last, max(0, int(((ys[a] + ys[b]) / 2 - y0) * ky)))
            pairs_of[cy * side + cx].append(k)
        chunks = []
        reach = NODE_D * 3
        for t in range(side * side):
            if not nodes_of[t] and not pairs_of[t]:
                continue
            edges = self._edge_path(pairs_of[t])
            dots = self._dot_batches(nodes_of[t])
            area = edges.boundingRect() if pairs_of[t] else QRectF()
            for _, _, points in dots:
                area = area.united(points.boundingRect()) if not area.isNull() else points.boundingRect()
            chunks.append(_Chunk(area.adjusted(-reach, -reach, reach, reach), edges, dots))
        self._chunks = chunks

    def _build_selection(self) -> None:
        sel = [i for i in self.selected if i < len(self.ids)]
        self._sel_dots = QPolygonF([QPointF(self.xs[i], self.ys[i]) for i in sel])
        touching = {k for i in sel for k in self.pairs_of[i]}
        self._sel_edges = self._edge_path(touching)

    def set_selection(self, ids: Iterable[UUID]) -> None:
        self.selected = {self.index[n] for n in ids if n in self.index}
        self._build_selection()

    def set_emphasis(self, nodes: Iterable[UUID], pairs: Iterable[tuple[UUID, UUID]] = ()) -> None:
        """Point at some nodes and at the links between some pairs of them (an analysis result)."""
        self._emph_ids = set(nodes)
        self._emph_pair_ids = {frozenset(p) for p in pairs}
        self._index_emphasis()
        self._build_emphasis()

    def _index_emphasis(self) -> None:
        index = self.index
        self.emphasis = {index[n] for n in self._emph_ids if n in index}
        if self._emph_pair_ids:
            ids = self.ids
            self.emphasis_pairs = {
                k for k, p in enumerate(self.pairs) if frozenset((ids[p.a], ids[p.b])) in self._emph_pair_ids
            }
        else:
            self.emphasis_pairs = set()

    def _build_emphasis(self) -> None:
        self._emph_dots = QPolygonF([QPointF(self.xs[i], self.ys[i]) for i in self.emphasis if i < len(self.ids)])
        self._emph_edges = self._edge_path(self.emphasis_pairs)

    def set_pinned(self, ids: Iterable[UUID]) -> None:
        self.pinned = {self.index[n] for n in ids if n in self.index}

    def bounds(self) -> QRectF:
        return QRectF(self._bounds)

    # --- dragging ----------------------------------------------------------------------

    def begin_drag(self, ids: Iterable[UUID]) -> None:
        """Nodes start to move: the rest of the chart stays batched, the moving part too."""
        self._drag = {self.index[n] for n in ids if n in self.index}
        self._drag_dx = self._drag_dy = 0.0
        inside = [k for k, p in enumerate(self.pairs) if p.a in self._drag and p.b in self._drag]
        self._cut_pairs = [k for k, p in enumerate(self.pairs) if (p.a in self._drag) != (p.b in self._drag)]
        self._drag_edges = self._edge_path(inside)
        self._drag_dots = self._dot_batches(sorted(self._drag))
        self._build_chunks()

    def drag_to(self, dx: float, dy: float) -> None:
        self._drag_dx, self._drag_dy = dx, dy

    def end_drag(self) -> dict[UUID, tuple[float, float]]:
        """Apply the offset; returns the new positions of the moved nodes."""
        moved = {}
        for i in self._drag:
            self.xs[i] += self._drag_dx
            self.ys[i] += self._drag_dy
            moved[self.ids[i]] = (self.xs[i], self.ys[i])
        self._drag = set()
        self._drag_dx = self._drag_dy = 0.0
        self._drag_dots, self._drag_edges, self._cut_pairs = [], QPainterPath(), []
        self.rebuild()
        return moved

    @property
    def dragging(self) -> bool:
        return bool(self._drag)

    def _x(self, i: int) -> float:
        return self.xs[i] + self._drag_dx if i in self._drag else self.xs[i]

    def _y(self, i: int) -> float:
        return self.ys[i] + self._drag_dy if i in self._drag else self.ys[i]

    # --- queries -----------------------------------------------------------------------

    def _cells(self, rect: QRectF) -> Iterable[list[int]]:
        x0, x1 = math.floor(rect.left() / CELL), math.floor(rect.right() / CELL)
        y0, y1 = math.floor(rect.top() / CELL), math.floor(rect.bottom() / CELL)
        if (x1 - x0 + 1) * (y1 - y0 + 1) > len(self.grid):
            # A view wider than the chart: scan the occupied cells, not the empty ones.
            for (cx, cy), members in self.grid.items():
                if x0 <= cx <= x1 and y0 <= cy <= y1:
                    yield members
            return
        grid = self.grid
        for cx in range(x0, x1 + 1):
            for cy in range(y0, y1 + 1):
                members = grid.get((cx, cy))
                if members:
                    yield members

    def indices_in(self, rect: QRectF) -> list[int]:
        left, top, right, bottom = rect.left(), rect.top(), rect.right(), rect.bottom()
        xs, ys = self.xs, self.ys
        return [
            i for members in self._cells(rect) for i in members if left <= xs[i] <= right and top <= ys[i] <= bottom
        ]

    def nodes_in(self, rect: QRectF) -> list[UUID]:
        return [self.ids[i] for i in self.indices_in(rect)]

    def node_at(self, point: QPointF, scale: float) -> UUID | None:
        """The node under a point (chart units); at least a few pixels of tolerance."""
        best, best_d = None, math.inf
        reach = max(NODE_D * 1.2, 6.0 / max(scale, 1e-9))
        x, y = point.x(), point.y()
        for i in self.indices_in(QRectF(x - reach, y - reach, 2 * reach, 2 * reach)):
            radius = max(NODE_D / 2 * self.sizes[i], 5.0 / max(scale, 1e-9))
            d = math.hypot(self.xs[i] - x, self.ys[i] - y)
            if d <= radius and d < best_d:
                best, best_d = self.ids[i], d
        return best

    def pair_at(self, point: QPointF, scale: float) -> Pair | None:
        """The link (or links) passing under a point, within a few pixels."""
        tolerance = 5.0 / max(scale, 1e-9)
        x, y = point.x(), point.y()
        around = QRectF(x - LONG, y - LONG, 2 * LONG, 2 * LONG)
        candidates = {k for i in self.indices_in(around) for k in self.pairs_of[i]} | set(self.long_pairs)
        best, best_d = None, tolerance
        for k in candidates:
            p = self.pairs[k]
            d = QLineF(self.xs[p.a], self.ys[p.a], self.xs[p.b], self.ys[p.b])
            dist = _segment_distance(x, y, d)
            if dist < best_d:
                best, best_d = p, dist
        return best

    # --- painting ----------------------------------------------------------------------

    def mode_for(self, view: QRectF, scale: float, detail_limit: int = DETAIL_LIMIT) -> tuple[str, list[int]]:
        if NODE_D * scale < DETAIL_PX:
            return "overview", []
        pad = NODE_D + LABEL_MAX_PX / max(scale, 1e-9)
        visible = self.indices_in(view.adjusted(-pad, -pad, pad, pad))
        if len(visible) > detail_limit:
            return "overview", []
        return "detail", visible

    def paint(self, painter: QPainter, view: QRectF, scale: float, detail_limit: int = DETAIL_LIMIT) -> None:
        """Draw the part of the chart in ``view`` (chart units) at ``scale`` device pixels per unit.

        The painter is in device coordinates with the view's top-left at (0, 0).
        """
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        mode, visible = self.mode_for(view, scale, detail_limit)
        self.last_mode = mode
        if mode == "overview":
            self._paint_overview(painter, view, scale)
        else:
            self._paint_detail(painter, view, scale, visible)

    def _paint_overview(self, painter: QPainter, view: QRectF, scale: float) -> None:
        painter.save()
        painter.setTransform(QTransform(scale, 0, 0, scale, -view.left() * scale, -view.top() * scale), True)
        shown = [c for c in self._chunks if c.area.intersects(view)]
        pen = QPen(style.OVERVIEW_LINK, 1.0)
        pen.setCosmetic(True)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for chunk in shown:
            painter.drawPath(chunk.edges)
        drag = bool(self._drag)
        if drag:
            painter.save()
            painter.translate(self._drag_dx, self._drag_dy)
            painter.drawPath(self._drag_edges)
            painter.restore()
            cut = QPainterPath()
            for k in self._cut_pairs:
                p = self.pairs[k]
                cut.moveTo(self._x(p.a), self._y(p.a))
                cut.lineTo(self._x(p.b), self._y(p.b))
            painter.drawPath(cut)
        base = NODE_D * scale
        if self.selected and not drag:
            pen = QPen(style.SELECTION, 1.5)
            pen.setCosmetic(True)
            painter.setPen(pen)
            painter.drawPath(self._sel_edges)
            pen = QPen(style.SELECTION, max(4.0, base) + 5.0)
            pen.setCosmetic(True)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            painter.drawPoints(self._sel_dots)
        if (self.emphasis or self.emphasis_pairs) and not drag:
            pen = QPen(style.EMPHASIS, 4.0)
            pen.setCosmetic(True)
            painter.setPen(pen)
            painter.drawPath(self._emph_edges)
            pen = QPen(style.EMPHASIS, max(4.0, base) + 7.0)
            pen.setCosmetic(True)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            painter.drawPoints(self._emph_dots)
        pens: dict[tuple[int, float], QPen] = {}

        def dots(batches: list[tuple[QColor, float, QPolygonF]]) -> None:
            for colour, size, points in batches:
                key = (colour.rgba(), size)
                pen = pens.get(key)
                if pen is None:
                    width = max(2.5, base * size)
                    pen = pens[key] = QPen(colour, width)
                    pen.setCosmetic(True)
                    # Small dots as squares: the same to the eye, and five times cheaper.
                    pen.setCapStyle(Qt.PenCapStyle.RoundCap if width >= 4.5 else Qt.PenCapStyle.SquareCap)
                painter.setPen(pen)
                painter.drawPoints(points)

        for chunk in shown:
            dots(chunk.dots)
        if drag:
            painter.translate(self._drag_dx, self._drag_dy)
            dots(self._drag_dots)
        painter.restore()
        named = self.selected | self.emphasis
        if named and len(named) <= 40:
            # Far out, the selected few keep their names: that is how "find" shows a hit.
            self._paint_labels(painter, view, scale, sorted(named), max(base, 4.0) / 2 + 3)

    def _device(self, i: int, view: QRectF, scale: float) -> tuple[float, float]:
        return (self._x(i) - view.left()) * scale, (self._y(i) - view.top()) * scale

    def _paint_detail(self, painter: QPainter, view: QRectF, scale: float, visible: list[int]) -> None:
        left, top = view.left(), view.top()
        # Links touching a node in view, and long ones that might cross it.
        pair_ids = {k for i in visible for k in self.pairs_of[i]}
        for k in self.long_pairs:
            if k in pair_ids:
                continue
            p = self.pairs[k]
            box = QRectF(QPointF(self._x(p.a), self._y(p.a)), QPointF(self._x(p.b), self._y(p.b))).normalized()
            if box.intersects(view):
                pair_ids.add(k)
        pairs = [self.pairs[k] for k in pair_ids]
        touching_selection = [p for p in pairs if p.a in self.selected or p.b in self.selected]
        # Kind labels on every link only when few are in view; else on the selection's links.
        if scale < LINK_LABEL_SCALE:
            worded: set[int] = set()
        elif len(pairs) <= 150:
            worded = {id(p) for p in pairs}
        else:
            worded = {id(p) for p in touching_selection}
        strokes: dict[tuple[int, float], QPainterPath] = defaultdict(QPainterPath)
        heads: dict[int, QPainterPath] = defaultdict(QPainterPath)
        colours: dict[int, QColor] = {}
        badges: list[tuple[QPointF, int]] = []
        texts: list[tuple[QPointF, str]] = []
        for pair in pairs:
            self._pair_geometry(pair, view, scale, id(pair) in worded, strokes, heads, colours, badges, texts)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if self.emphasis_pairs:
            # A wide band under the links an analysis points at (a path, a bridge).
            glow = QPainterPath()
            for k in pair_ids & self.emphasis_pairs:
                p = self.pairs[k]
                glow.moveTo(*self._device(p.a, view, scale))
                glow.lineTo(*self._device(p.b, view, scale))
            band = QColor(style.EMPHASIS)
            band.setAlpha(150)
            pen = QPen(band, max(6.0, 12 * scale))
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            painter.drawPath(glow)
        for (rgba, width), path in strokes.items():
            pen = QPen(colours[rgba], width)
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            painter.setPen(pen)
            painter.drawPath(path)
        painter.setPen(Qt.PenStyle.NoPen)
        for rgba, path in heads.items():
            painter.fillPath(path, colours[rgba])
        if badges:
            self._paint_badges(painter, scale, badges)
        # Nodes over links, labels over everything.
        d = NODE_D * scale
        # Icons at the pixels they will cover: screen ratio times any magnification (exports).
        dpr = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
        dpr *= max(1.0, abs(painter.worldTransform().m11()))
        halo = QPen(style.SELECTION, max(3.0, 4 * scale))
        ring = QPen(style.EMPHASIS, max(3.0, 5 * scale))
        pin_pen = QPen(QColor("white"), 1.2)
        pin_brush = QColor("#1c2833")
        for i in visible:
            cx, cy = (self._x(i) - left) * scale, (self._y(i) - top) * scale
            r = d / 2 * self.sizes[i]
            if i in self.emphasis:
                painter.setPen(ring)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                grow = ring.widthF() / 2 + 1 + (halo.widthF() + 1 if i in self.selected else 0)
                painter.drawEllipse(QPointF(cx, cy), r + grow, r + grow)
            if i in self.selected:
                painter.setPen(halo)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                grow = halo.widthF() / 2 + 1
                painter.drawEllipse(QPointF(cx, cy), r + grow, r + grow)
            side = max(4, round(2 * r * dpr))
            if side > 48:
                side -= side % 4  # a few sizes, not one pixmap per zoom step
            pixmap = style.badge(self.kinds[i], self.colours[i].rgba(), side)
            painter.drawPixmap(QRectF(cx - r, cy - r, 2 * r, 2 * r), pixmap, QRectF(0, 0, side, side))
            if i in self.pinned:
                pr = max(3.0, r * 0.28)
                painter.setPen(pin_pen)
                painter.setBrush(pin_brush)
                painter.drawEllipse(QPointF(cx + r * 0.75, cy - r * 0.75), pr, pr)
        room = _Room()
        for i in visible:
            cx, cy = (self._x(i) - left) * scale, (self._y(i) - top) * scale
            r = d / 2 * self.sizes[i]
            room.add(QRectF(cx - r * 0.8, cy - r * 0.8, r * 1.6, r * 1.6), i)
        if d >= LABEL_PX:
            self._paint_labels(painter, view, scale, visible, d / 2, room)
        if texts:
            self._paint_link_texts(painter, texts, room)

    def _pair_geometry(
        self,
        pair: Pair,
        view: QRectF,
        scale: float,
        worded: bool,
        strokes: dict[tuple[int, float], QPainterPath],
        heads: dict[int, QPainterPath],
        colours: dict[int, QColor],
        badges: list[tuple[QPointF, int]],
        texts: list[tuple[QPointF, str]],
    ) -> None:
        """Add a pair's lines, curves, arrowheads and words to the frame's batches."""
        ax, ay = self._device(pair.a, view, scale)
        bx, by = self._device(pair.b, view, scale)
        dx, dy = bx - ax, by - ay
        length = math.hypot(dx, dy)
        if length < 1e-6:
            return
        nx, ny = -dy / length, dx / length  # normal of the pair's own direction (a to b)
        ra = NODE_D / 2 * self.sizes[pair.a] * scale
        rb = NODE_D / 2 * self.sizes[pair.b] * scale
        hot = self.highlight_links and (pair.a in self.selected or pair.b in self.selected)
        links = pair.links
        if len(links) > MAX_PARALLEL:
            colour = style.SELECTION if hot else style.BUNDLE
            width = round(max(1.0, _width(pair.weight) * scale) * 2) / 2
            colours[colour.rgba()] = colour
            path = strokes[(colour.rgba(), width)]
            path.moveTo(ax, ay)
            path.lineTo(bx, by)
            badges.append((QPointF((ax + bx) / 2, (ay + by) / 2), len(links)))
            return
        gap = max(10.0, 18 * scale)
        count = len(links)
        for k, link in enumerate(links):
            offset = (k - (count - 1) / 2) * gap
            weight = (1.0 if link.evidence_id else 0.0) if self.by_evidence else strength(link)
            width = round(max(1.0, _width(weight) * scale) * 2) / 2
            colour = style.SELECTION if hot else style.link_colour(link.kind)
            colours[colour.rgba()] = colour
            path = strokes[(colour.rgba(), width)]
            path.moveTo(ax, ay)
            if offset == 0:
                path.lineTo(bx, by)
                mid = QPointF((ax + bx) / 2, (ay + by) / 2)
                control = None
            else:
                # A quadratic curve bulges by half its control point's offset.
                control = QPointF((ax + bx) / 2 + nx * offset * 2, (ay + by) / 2 + ny * offset * 2)
                path.quadTo(control, QPointF(bx, by))
                mid = QPointF((ax + bx) / 2 + nx * offset, (ay + by) / 2 + ny * offset)
            if link.directed:
                to_b = self.index.get(link.target_id) == pair.b
                tip = (bx, by) if to_b else (ax, ay)
                tail = (control.x(), control.y()) if control is not None else (ax, ay) if to_b else (bx, by)
                self._arrow(heads[colour.rgba()], tail, tip, rb if to_b else ra, width)
            if worded:
                text = labels.label(link.kind)
                if link.role is not None:
                    text = f"{text} ({labels.label(link.role)})"
                texts.append((mid, text))

    @staticmethod
    def _arrow(
        path: QPainterPath, tail: tuple[float, float], tip: tuple[float, float], radius: float, width: float
    ) -> None:
        dx, dy = tip[0] - tail[0], tip[1] - tail[1]
        length = math.hypot(dx, dy)
        if length < radius + 2:
            return
        ux, uy = dx / length, dy / length
        size = max(7.0, 4.0 + width * 2.2)
        px, py = tip[0] - ux * (radius + 1.5), tip[1] - uy * (radius + 1.5)
        path.moveTo(px, py)
        path.lineTo(px - ux * size - uy * size * 0.45, py - uy * size + ux * size * 0.45)
        path.lineTo(px - ux * size + uy * size * 0.45, py - uy * size - ux * size * 0.45)
        path.closeSubpath()

    def _paint_badges(self, painter: QPainter, scale: float, badges: list[tuple[QPointF, int]]) -> None:
        """A count on a bundle of parallel links."""
        radius = max(8.0, 9 * min(scale, 1.4))
        painter.setFont(self._small)
        for mid, count in badges:
            painter.setPen(QPen(QColor("white"), 1.2))
            painter.setBrush(style.BUNDLE_BADGE)
            painter.drawEllipse(mid, radius, radius)
            painter.setPen(QColor("white"))
            box = QRectF(mid.x() - radius, mid.y() - radius, 2 * radius, 2 * radius)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, str(count))
        painter.setBrush(Qt.BrushStyle.NoBrush)

    def _elide(self, i: int, widest: int = LABEL_MAX_PX) -> tuple[str, int]:
        """A node's name cut to ``widest`` pixels, and its width: measured once per width."""
        if widest != self._elided_width:
            self._elided, self._elided_width = {}, widest
        found = self._elided.get(i)
        if found is None:
            text = self._metrics.elidedText(self.labels[i], Qt.TextElideMode.ElideRight, widest)
            found = self._elided[i] = (text, self._metrics.horizontalAdvance(text))
        return found

    def _paint_labels(
        self,
        painter: QPainter,
        view: QRectF,
        scale: float,
        members: list[int],
        below: float,
        room: _Room | None = None,
    ) -> None:
        """Names under nodes; where two would overlap, the better-linked one is written.

        Selected nodes come first, then by number of links, so the names that matter stay.
        ``room`` holds what is drawn already (node discs) that a name must not cover.
        """
        room = room if room is not None else _Room()
        painter.setFont(self._font)
        height = self._metrics.height()
        # Zoomed out, names are cut shorter so that more of them find room.
        widest = LABEL_MAX_PX if scale >= 0.8 else int(max(90.0, LABEL_MAX_PX * scale / 0.8) // 20 * 20)
        order = sorted(
            members, key=lambda i: (i not in self.selected and i not in self.emphasis, -len(self.pairs_of[i]))
        )
        boxes: list[tuple[QRectF, str]] = []
        for i in order:
            cx, cy = self._device(i, view, scale)
            r = below * self.sizes[i]
            text, w = self._elide(i, widest)
            # Under the node, or else over it.
            for top in (cy + r + 2, cy - r - 3 - height):
                box = QRectF(cx - w / 2 - 3, top, w + 6, height + 1)
                if room.take(box, own=i):
                    boxes.append((box, text))
                    break
        _write(painter, boxes, QColor(255, 255, 255, 215), QColor("#17202a"), rounded=True)

    def _paint_link_texts(self, painter: QPainter, texts: list[tuple[QPointF, str]], room: _Room) -> None:
        """Link kinds at mid-link, where they hide no name, no node and no other kind."""
        painter.setFont(self._small)
        metrics = QFontMetrics(self._small)
        height = metrics.height()
        boxes = []
        for mid, text in texts:
            w = metrics.horizontalAdvance(text)
            box = QRectF(mid.x() - w / 2 - 2, mid.y() - height / 2, w + 4, height)
            if room.take(box):
                boxes.append((box, text))
        _write(painter, boxes, QColor(255, 255, 255, 200), QColor("#4d5656"), rounded=False)


class _Room:
    """Rectangles already drawn in a frame (device pixels), to keep texts from overlapping."""

    CELL = 64

    def __init__(self) -> None:
        self._cells: dict[tuple[int, int], list[tuple[QRectF, int | None]]] = defaultdict(list)

    def _keys(self, box: QRectF) -> list[tuple[int, int]]:
        c = self.CELL
        return [
            (gx, gy)
            for gx in range(int(box.left() // c), int(box.right() // c) + 1)
            for gy in range(int(box.top() // c), int(box.bottom() // c) + 1)
        ]

    def add(self, box: QRectF, owner: int | None = None) -> None:
        for key in self._keys(box):
            self._cells[key].append((box, owner))

    def take(self, box: QRectF, own: int | None = None) -> bool:
        """Claim ``box`` unless something is there already (``own``'s node aside)."""
        keys = self._keys(box)
        cells = self._cells
        for key in keys:
            for other, owner in cells.get(key, ()):
                if (own is None or owner != own) and other.intersects(box):
                    return False
        for key in keys:
            cells[key].append((box, own))
        return True


def _write(painter: QPainter, boxes: list[tuple[QRectF, str]], back: QColor, ink: QColor, rounded: bool) -> None:
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(back)
    for box, _ in boxes:
        if rounded:
            painter.drawRoundedRect(box, 3, 3)
        else:
            painter.drawRect(box)
    painter.setPen(ink)
    for box, text in boxes:
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)


def _segment_distance(x: float, y: float, line: QLineF) -> float:
    ax, ay, bx, by = line.x1(), line.y1(), line.x2(), line.y2()
    dx, dy = bx - ax, by - ay
    length2 = dx * dx + dy * dy
    t = 0.0 if length2 == 0 else max(0.0, min(1.0, ((x - ax) * dx + (y - ay) * dy) / length2))
    return math.hypot(ax + t * dx - x, ay + t * dy - y)
