"""Pictures in reports, drawn as vector graphics so they stay sharp when zoomed or printed:
the case's link chart (from node positions) with its legend, and bar charts of figures.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from uuid import UUID

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph

from cross_desk.domain.kinds import EntityKind, LinkKind
from cross_desk.domain.records import GraphData
from cross_desk.domain.schema import LINK_FAMILIES, OTHER_LINKS, SCHEMA, Shape, link_family
from cross_desk.reports import fonts
from cross_desk.reports.document import INK, RULE, Styles, shaped_style
from cross_desk.reports.document import markup as doc_markup
from cross_desk.reports.i18n import Words


def kind_colour(kind: EntityKind) -> colors.Color:
    """A kind's marker colour: the schema's, so paper matches the screen chart and the icons."""
    return colors.HexColor(SCHEMA[kind].colour)


def link_colour(kind: LinkKind) -> colors.Color:
    """A link's stroke colour: its family's, as on the screen chart."""
    return colors.HexColor(link_family(kind).colour)


FAMILY_TITLES_EN = {
    "organisation": "organisation (member of, manages, supplies)",
    "personal": "personal (associate, family, seen with)",
    "calls": "phone calls",
    "assets": "owns / uses",
    "places": "places (lives at, frequents, operates at…)",
    "evidence": "evidence (mentioned in, seized from, involved in)",
    "other": "other",
}
FAMILY_TITLES_FR = {
    "organisation": "organisation (membre, dirige, approvisionne)",
    "personal": "relations (famille, relation, vu avec)",
    "calls": "appels téléphoniques",
    "assets": "possède / utilise",
    "places": "lieux (réside, fréquente, opère à…)",
    "evidence": "preuves (cité dans, saisi sur, impliqué dans)",
    "other": "autre",
}

LABEL_ALL_UP_TO = 60  # nodes; above this only the most connected are labelled
LABEL_TOP = 45
LABEL_CHARS = 30


def _circle_positions(ids: Sequence[UUID]) -> dict[UUID, tuple[float, float]]:
    n = max(1, len(ids))
    return {i: (math.cos(2 * math.pi * k / n), math.sin(2 * math.pi * k / n)) for k, i in enumerate(ids)}


class LinkChart(Flowable):
    """The case's link chart with its legend, fitted to the width it is given."""

    LEGEND_ROW = 11.0

    def __init__(
        self,
        graph: GraphData,
        positions: Mapping[UUID, tuple[float, float]],
        words: Words,
        styles: Styles,
        labels: Mapping[UUID, str] | None = None,
        height_ratio: float = 1.2,
    ) -> None:
        super().__init__()
        self.graph = graph
        self.labels = dict(labels or {})
        self.words = words
        self.styles = styles
        self.height_ratio = height_ratio
        missing = [i for i in graph.nodes if i not in positions]
        self.positions = dict(positions)
        if missing:  # never drop a record from the picture because nobody placed it
            self.positions.update(_circle_positions(missing))
        self.degree: dict[UUID, int] = dict.fromkeys(graph.nodes, 0)
        for link in graph.links:
            self.degree[link.source_id] = self.degree.get(link.source_id, 0) + 1
            self.degree[link.target_id] = self.degree.get(link.target_id, 0) + 1
        self.kinds = sorted({ref.kind for ref in graph.nodes.values()}, key=list(EntityKind).index)
        families = {link_family(link.kind).key for link in graph.links}
        self.families = [f for f in (*LINK_FAMILIES, OTHER_LINKS) if f.key in families]

    def _legend_entries(self) -> int:
        return len(self.kinds) + len(self.families)

    def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
        self.width = avail_w
        legend_rows = math.ceil(len(self.kinds) / 3) + math.ceil(len(self.families) / 2)
        self.legend_h = legend_rows * self.LEGEND_ROW + 16
        # As tall as the page allows (leaving a line for the note below), never squashed flat.
        self.chart_h = min(avail_w * self.height_ratio, max(avail_h - self.legend_h - 16, avail_w * 0.5))
        self.height = self.chart_h + self.legend_h
        return self.width, self.height

    # --- drawing -------------------------------------------------------------------------

    def draw(self) -> None:
        canvas = self.canv
        box_y = self.legend_h
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.rect(0, box_y, self.width, self.chart_h, stroke=1, fill=0)
        canvas.restoreState()
        if not self.graph.nodes:
            return
        place = self._placer(box_y)
        self._draw_links(place)
        self._draw_nodes(place)
        self._draw_labels(place)
        self._draw_legend()

    def _placer(self, box_y: float):  # type: ignore[no-untyped-def]
        xs = [self.positions[i][0] for i in self.graph.nodes]
        ys = [self.positions[i][1] for i in self.graph.nodes]
        min_x, max_x, min_y, max_y = min(xs), max(xs), min(ys), max(ys)
        pad = 16.0
        span_x = max(max_x - min_x, 1e-9)
        span_y = max(max_y - min_y, 1e-9)
        fit_x = (self.width - 2 * pad - 60) / span_x
        fit_y = (self.chart_h - 2 * pad) / span_y
        # Fill the box, stretching one axis by at most a third: a little distortion reads better
        # than a third of the page left blank.
        scale = min(fit_x, fit_y)
        scale_x, scale_y = min(fit_x, scale * 1.35), min(fit_y, scale * 1.35)
        off_x = (self.width - span_x * scale_x) / 2
        off_y = box_y + (self.chart_h - span_y * scale_y) / 2

        def place(node: UUID) -> tuple[float, float]:
            x, y = self.positions[node]
            return off_x + (x - min_x) * scale_x, off_y + (y - min_y) * scale_y

        return place

    def _draw_links(self, place) -> None:  # type: ignore[no-untyped-def]
        canvas = self.canv
        seen: set[tuple[UUID, UUID, str]] = set()
        by_family: dict[str, list[tuple[float, float, float, float]]] = {}
        for link in self.graph.links:
            family = link_family(link.kind)
            a, b = sorted((link.source_id, link.target_id))
            key = (a, b, family.key)
            if key in seen or a not in self.positions or b not in self.positions:
                continue
            seen.add(key)
            (x1, y1), (x2, y2) = place(a), place(b)
            by_family.setdefault(family.key, []).append((x1, y1, x2, y2))
        width = 0.45 if len(self.graph.nodes) <= 300 else 0.25
        for family in (*LINK_FAMILIES, OTHER_LINKS):
            lines = by_family.get(family.key)
            if not lines:
                continue
            canvas.saveState()
            canvas.setStrokeColor(colors.HexColor(family.colour))
            canvas.setLineWidth(width)
            if family.dashed:
                canvas.setDash(1.5, 1.5)
            canvas.lines(lines)
            canvas.restoreState()

    def _radius(self, node: UUID) -> float:
        small = len(self.graph.nodes) > 300
        base = 1.6 if small else 2.4
        return base + min(4.5, math.sqrt(self.degree.get(node, 0)) * (0.45 if small else 0.7))

    def _draw_nodes(self, place) -> None:  # type: ignore[no-untyped-def]
        canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(colors.white)
        canvas.setLineWidth(0.4)
        for node, ref in sorted(self.graph.nodes.items(), key=lambda kv: self.degree.get(kv[0], 0)):
            x, y = place(node)
            canvas.setFillColor(kind_colour(ref.kind))
            _marker(canvas, SCHEMA[ref.kind].shape, x, y, self._radius(node))
        canvas.restoreState()

    def _labelled(self) -> list[UUID]:
        """Nodes to label, most connected first (they win when two labels would collide)."""
        ranked = sorted(self.graph.nodes, key=lambda n: (-self.degree.get(n, 0), self.graph.nodes[n].label))
        return ranked if len(ranked) <= LABEL_ALL_UP_TO else ranked[:LABEL_TOP]

    def _draw_labels(self, place) -> None:  # type: ignore[no-untyped-def]
        canvas = self.canv
        size = 5.6 if len(self.graph.nodes) <= LABEL_ALL_UP_TO else 5.2
        placed: list[tuple[float, float, float, float]] = []
        canvas.saveState()
        for node in self._labelled():
            label = fonts.printable(self.labels.get(node) or self.graph.nodes[node].label)
            if len(label) > LABEL_CHARS:
                label = label[: LABEL_CHARS - 1] + "…"
            width = stringWidth(label, fonts.NARROW, size)
            spot = self._free_spot(place(node), self._radius(node), width, size, placed)
            if spot is None:
                continue  # every side is taken: the table lists it anyway
            x, y = spot
            placed.append((x - 0.6, y - 1.8, x + width + 0.6, y + size - 0.4))
            canvas.setFillColor(colors.white, alpha=0.8)
            canvas.rect(x - 0.6, y - 1.8, width + 1.2, size + 1.4, stroke=0, fill=1)
            if fonts.needs_shaping(label):
                style = ParagraphStyle(f"chart-label-{size}", parent=self.styles.cell, fontSize=size, leading=size + 1)
                p = Paragraph(doc_markup(fonts.visual_order(label)), shaped_style(style))
                p.wrapOn(canvas, width + 20, size * 3)
                p.drawOn(canvas, x, y - 1.6)
                continue
            canvas.setFillColor(INK, alpha=1)
            canvas.setFont(fonts.NARROW, size)
            canvas.drawString(x, y - 1.2, label)
        canvas.restoreState()

    def _free_spot(
        self,
        centre: tuple[float, float],
        radius: float,
        width: float,
        size: float,
        placed: list[tuple[float, float, float, float]],
    ) -> tuple[float, float] | None:
        """Where a label can go beside its node (right, left, above, below) without covering
        another label or leaving the chart."""
        cx, cy = centre
        gap = radius + 1.2
        for x, y in (
            (cx + gap, cy),
            (cx - gap - width, cy),
            (cx - width / 2, cy + gap + 1),
            (cx - width / 2, cy - gap - size),
        ):
            box = (x - 0.6, y - 1.8, x + width + 0.6, y + size - 0.4)
            if box[0] < 1 or box[2] > self.width - 1 or box[1] < self.legend_h + 1 or box[3] > self.height - 1:
                continue
            if any(box[0] < b[2] and b[0] < box[2] and box[1] < b[3] and b[1] < box[3] for b in placed):
                continue
            return x, y
        return None

    def _draw_legend(self) -> None:
        canvas = self.canv
        words = self.words
        canvas.saveState()
        top = self.legend_h - 12
        canvas.setFont(fonts.SANS_BOLD, 7.5)
        canvas.setFillColor(INK)
        canvas.drawString(0, top + 2, words("Legend"))
        counts: dict[EntityKind, int] = {}
        for ref in self.graph.nodes.values():
            counts[ref.kind] = counts.get(ref.kind, 0) + 1
        canvas.setFont(fonts.NARROW, 7)
        col_w = self.width / 3
        y = top - self.LEGEND_ROW
        for i, kind in enumerate(self.kinds):
            x = (i % 3) * col_w
            if i and i % 3 == 0:
                y -= self.LEGEND_ROW
            canvas.setFillColor(kind_colour(kind))
            canvas.setStrokeColor(colors.white)
            _marker(canvas, SCHEMA[kind].shape, x + 4, y + 2.5, 3.2)
            canvas.setFillColor(INK)
            canvas.drawString(x + 11, y, f"{words.enum(kind)} ({counts[kind]})")
        titles = FAMILY_TITLES_FR if words.french else FAMILY_TITLES_EN
        col_w = self.width / 2
        y -= self.LEGEND_ROW
        for i, family in enumerate(self.families):
            x = (i % 2) * col_w
            if i and i % 2 == 0:
                y -= self.LEGEND_ROW
            canvas.saveState()
            canvas.setStrokeColor(colors.HexColor(family.colour))
            canvas.setLineWidth(1.2)
            if family.dashed:
                canvas.setDash(1.5, 1.5)
            canvas.line(x, y + 2.5, x + 16, y + 2.5)
            canvas.restoreState()
            canvas.setFillColor(INK)
            canvas.drawString(x + 20, y, titles[family.key])
        canvas.restoreState()


def _marker(canvas, shape: Shape, x: float, y: float, r: float) -> None:  # type: ignore[no-untyped-def]
    if shape == Shape.CIRCLE:
        canvas.circle(x, y, r, stroke=1, fill=1)
        return
    if shape == Shape.SQUARE:
        canvas.rect(x - r * 0.88, y - r * 0.88, r * 1.76, r * 1.76, stroke=1, fill=1)
        return
    sides, turn = {Shape.TRIANGLE: (3, 90.0), Shape.DIAMOND: (4, 90.0), Shape.HEXAGON: (6, 0.0)}[shape]
    grow = 1.25 if shape != Shape.HEXAGON else 1.2
    path = canvas.beginPath()
    for k in range(sides):
        angle = math.radians(turn + 360.0 * k / sides)
        px, py = x + r * grow * math.cos(angle), y + r * grow * math.sin(angle)
        if k == 0:
            path.moveTo(px, py)
        else:
            path.lineTo(px, py)
    path.close()
    canvas.drawPath(path, stroke=1, fill=1)


# --- bar charts ---------------------------------------------------------------------------------

CURRENT = colors.HexColor("#1f5fa8")
PREVIOUS = colors.HexColor("#a9bcd3")


def bar_chart(
    categories: Sequence[str],
    current: Sequence[float],
    previous: Sequence[float],
    words: Words,
    width: float,
    *,
    title: str,
) -> Drawing:
    """Horizontal bars, one pair per category: this period (dark, on top) and the previous one."""
    categories = [fonts.printable(c) for c in categories]  # district names as users typed them
    row = 18.0
    height = max(70.0, row * len(categories) + 48)
    drawing = Drawing(width, height)
    drawing.initialFontName = fonts.NARROW  # not reportlab's Helvetica, which is never embedded
    label_w = min(150.0, max(stringWidth(c, fonts.NARROW, 7) for c in categories) + 10) if categories else 60.0
    chart = HorizontalBarChart()
    chart.x = label_w
    chart.y = 24
    chart.width = width - label_w - 40
    chart.height = height - 48
    # reportlab draws the first category at the bottom and, within a category, the first series
    # lowest: reverse both so the list reads top-down with this period above the previous one.
    chart.data = [list(reversed(previous)), list(reversed(current))]
    chart.categoryAxis.categoryNames = list(reversed(categories))
    chart.categoryAxis.labels.fontName = fonts.NARROW
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -5
    chart.categoryAxis.strokeColor = RULE
    chart.categoryAxis.tickLeft = 0
    chart.valueAxis.labels.fontName = fonts.NARROW
    chart.valueAxis.labels.fontSize = 6.5
    chart.valueAxis.strokeColor = RULE
    chart.valueAxis.gridStrokeColor = colors.HexColor("#e3e7ec")
    chart.valueAxis.visibleGrid = 1
    chart.valueAxis.valueMin = 0
    values = [*current, *previous]
    top = max([*values, 0.0])
    counts = all(float(v).is_integer() for v in values)
    if top <= 0:
        chart.valueAxis.valueMax = 1
    if counts:
        # Whole numbers: ticks on whole numbers, at most about ten of them.
        chart.valueAxis.valueStep = max(1, math.ceil(top / 10)) if top else 1
        chart.valueAxis.labelTextFormat = lambda v: words.number(v, 0)
        chart.barLabelFormat = lambda v: words.number(v, 0) if v else ""
    else:
        chart.valueAxis.labelTextFormat = lambda v: words.number(v, 0 if top >= 10 else 1)
        chart.barLabelFormat = lambda v: words.number(v, 1) if v else ""
    chart.bars[0].fillColor = PREVIOUS
    chart.bars[1].fillColor = CURRENT
    chart.bars.strokeColor = None
    chart.barSpacing = 1
    chart.groupSpacing = 5
    chart.barLabels.fontName = fonts.NARROW
    chart.barLabels.fontSize = 6
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 2
    drawing.add(chart)
    drawing.add(String(0, height - 10, title, fontName=fonts.SANS_BOLD, fontSize=8, fillColor=INK))
    legend = Legend()
    legend.x = width - 190
    legend.y = height - 5
    legend.fontName = fonts.NARROW
    legend.fontSize = 7
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.dxTextSpace = 4
    legend.deltax = 95
    legend.strokeColor = None
    legend.strokeWidth = 0
    legend.colorNamePairs = [(CURRENT, words("this period")), (PREVIOUS, words("previous period"))]
    drawing.add(legend)
    return drawing
