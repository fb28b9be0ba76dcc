"""The timeline of a chart: one lane per record, its tips, seizures, events and calls in time.

Lanes are the chart's undated records (people, phones, places…); marks are the dated records
linked to them, at their date; a mark shared by several lanes is joined across them, so a
meeting or a seizure involving three people reads as one vertical stroke. Calls between
phones show as bars from first to last call. Only the lanes in view are drawn, so a chart of
10 000 records scrolls as fast as one of 50.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from uuid import UUID

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

from cross_desk.domain.kinds import EntityKind, LinkKind
from cross_desk.gui import labels
from cross_desk.gui.chart import style
from cross_desk.gui.chart.model import ChartModel

LANE_H = 24
HEADER_H = 30
NAME_W = 210
MARK_R = 5.5


@dataclass
class Lane:
    node: UUID
    kind: EntityKind
    label: str
    marks: list[tuple[date, UUID]] = field(default_factory=list)  # (day, dated record), by day
    calls: list[tuple[date, date, int]] = field(default_factory=list)  # first, last, times


@dataclass
class TimelineData:
    lanes: list[Lane] = field(default_factory=list)
    mark_kind: dict[UUID, EntityKind] = field(default_factory=dict)
    mark_label: dict[UUID, str] = field(default_factory=dict)
    mark_day: dict[UUID, date] = field(default_factory=dict)
    # for each shared mark, the lanes (indices, ascending) that hold it
    shared: dict[UUID, list[int]] = field(default_factory=dict)
    first: date | None = None
    last: date | None = None


def build(model: ChartModel, only: set[UUID] | None = None) -> TimelineData:
    """Lanes from what the chart shows (optionally only the ``only`` records)."""
    data = TimelineData()
    visible = model.visible_set
    dated = {n for n in visible if n in model.when}
    by_node: dict[UUID, Lane] = {}
    for n in model.visible_nodes:
        if n in dated or (only is not None and n not in only):
            continue
        ref = model.refs[n]
        by_node[n] = Lane(n, ref.kind, ref.label)
    for link in model.visible_links:
        a, b = link.source_id, link.target_id
        if a in dated and b in by_node:
            by_node[b].marks.append((model.when[a], a))
        elif b in dated and a in by_node:
            by_node[a].marks.append((model.when[b], b))
        elif link.kind == LinkKind.CALLED and (link.first_seen or link.last_seen):
            first = link.first_seen or link.last_seen
            last = link.last_seen or link.first_seen
            assert first is not None and last is not None
            for end in (a, b):
                if end in by_node:
                    by_node[end].calls.append((first, last, link.count))
    lanes = [lane for lane in by_node.values() if lane.marks or lane.calls]
    for lane in lanes:
        lane.marks.sort()
    # Records with tips, seizures and events first (most first), then those with only calls.
    lanes.sort(key=lambda lane: (-len(lane.marks), -len(lane.calls), lane.label))
    data.lanes = lanes
    holders: dict[UUID, list[int]] = defaultdict(list)
    days: list[date] = []
    for k, lane in enumerate(lanes):
        for day, mark in lane.marks:
            holders[mark].append(k)
            days.append(day)
        for first, last, _ in lane.calls:
            days += [first, last]
    data.shared = {m: ks for m, ks in holders.items() if len(ks) > 1}
    for m in holders:
        data.mark_kind[m] = model.refs[m].kind
        data.mark_label[m] = model.refs[m].label
        data.mark_day[m] = model.when[m]
    if days:
        data.first, data.last = min(days), max(days)
    return data


class TimelineView(QAbstractScrollArea):
    # a lane's name was clicked: (record id, add to the selection)
    lane_clicked = Signal(object, bool)
    # a mark was clicked: (dated record id, add to the selection)
    mark_clicked = Signal(object, bool)
    # a span of days was dragged on the time axis: (first, last)
    range_picked = Signal(object, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data = TimelineData()
        self.selection: set[UUID] = set()
        self.range: tuple[date | None, date | None] = (None, None)
        self._first = date.today()
        self._days = 1.0  # days shown across the time area
        self._offset = 0.0  # days from ``_first`` at the left edge
        self._font = QFont()
        self._font.setPixelSize(11)
        self._metrics = QFontMetrics(self._font)
        self._pick_from: float | None = None
        self._pick_to: float | None = None
        self.viewport().setMouseTracking(True)
        self.setMinimumHeight(120)

    def sizeHint(self) -> QSize:
        return QSize(900, 220)

    # --- content -----------------------------------------------------------------------

    def set_data(self, data: TimelineData) -> None:
        """New lanes; the time axis is kept when the data spans the same dates (a date filter)."""
        same_span = (data.first, data.last) == (self.data.first, self.data.last)
        self.data = data
        if data.first and data.last and not same_span:
            self._first = data.first - timedelta(days=3)
            self._days = max(7.0, (data.last - data.first).days + 6.0)
            self._offset = 0.0
        self._update_scrollbar()
        self.viewport().update()

    def set_selection(self, ids: set[UUID]) -> None:
        self.selection = set(ids)
        self.viewport().update()

    def set_range(self, first: date | None, last: date | None) -> None:
        self.range = (first, last)
        self.viewport().update()

    def lane_index(self, node: UUID) -> int | None:
        for k, lane in enumerate(self.data.lanes):
            if lane.node == node:
                return k
        return None

    def scroll_to(self, node: UUID) -> None:
        k = self.lane_index(node)
        if k is not None:
            self.verticalScrollBar().setValue(max(0, k * LANE_H - self.viewport().height() // 3))

    def _update_scrollbar(self) -> None:
        total = len(self.data.lanes) * LANE_H + HEADER_H
        bar = self.verticalScrollBar()
        bar.setRange(0, max(0, total - self.viewport().height()))
        bar.setPageStep(self.viewport().height())
        bar.setSingleStep(LANE_H)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_scrollbar()

    # --- geometry ----------------------------------------------------------------------

    def _time_width(self) -> float:
        return max(50.0, self.viewport().width() - NAME_W - 10)

    def _x(self, day: date) -> float:
        return NAME_W + ((day - self._first).days - self._offset) / self._days * self._time_width()

    def _day_at(self, x: float) -> float:
        return (x - NAME_W) / self._time_width() * self._days + self._offset

    def _day(self, days: float) -> date:
        return self._first + timedelta(days=round(days))

    # --- painting ----------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(self._font)
        w, h = self.viewport().width(), self.viewport().height()
        painter.fillRect(0, 0, w, h, QColor("white"))
        lanes = self.data.lanes
        if not lanes:
            painter.setPen(QColor("#7f8c8d"))
            painter.drawText(
                QRectF(0, 0, w, h),
                Qt.AlignmentFlag.AlignCenter,
                self.tr("No dated tips, seizures, events or calls among the records shown."),
            )
            painter.end()
            return
        top = self.verticalScrollBar().value()
        first = max(0, top // LANE_H)
        last = min(len(lanes), (top + h - HEADER_H) // LANE_H + 2)
        painter.save()
        painter.setClipRect(QRectF(0, HEADER_H, w, h - HEADER_H))
        self._paint_range(painter, w, h)
        for k in range(first, last):
            self._paint_lane(painter, k, HEADER_H + k * LANE_H - top, w)
        self._paint_shared(painter, first, last, top)
        painter.restore()
        self._paint_axis(painter, w)
        painter.end()

    def _paint_range(self, painter: QPainter, w: float, h: float) -> None:
        lo, hi = self.range
        shade = QColor(236, 240, 241, 200)
        if lo is not None:
            x = max(NAME_W, self._x(lo))
            painter.fillRect(QRectF(NAME_W, HEADER_H, max(0.0, x - NAME_W), h), shade)
        if hi is not None:
            x = max(NAME_W, self._x(hi + timedelta(days=1)))
            painter.fillRect(QRectF(x, HEADER_H, max(0.0, w - x), h), shade)

    def _paint_lane(self, painter: QPainter, k: int, y: float, w: float) -> None:
        lane = self.data.lanes[k]
        selected = lane.node in self.selection
        if selected:
            painter.fillRect(QRectF(0, y, w, LANE_H), QColor(253, 235, 208))
        elif k % 2:
            painter.fillRect(QRectF(0, y, w, LANE_H), QColor(248, 249, 249))
        mid = y + LANE_H / 2
        icon = style.badge(lane.kind, style.kind_colour(lane.kind).rgba(), 16)
        painter.drawPixmap(4, int(mid - 8), icon)
        painter.setPen(QColor("#17202a"))
        name = self._metrics.elidedText(lane.label, Qt.TextElideMode.ElideRight, NAME_W - 30)
        painter.drawText(QRectF(24, y, NAME_W - 28, LANE_H), Qt.AlignmentFlag.AlignVCenter, name)
        painter.setPen(QPen(QColor("#e5e8e8"), 1))
        painter.drawLine(QPointF(NAME_W, mid), QPointF(w, mid))
        for first, last, _times in lane.calls:
            x0, x1 = self._x(first), self._x(last + timedelta(days=1))
            painter.fillRect(QRectF(x0, mid - 3, max(2.0, x1 - x0), 6), QColor(19, 141, 117, 110))
        for day, mark in lane.marks:
            x = self._x(day)
            if x < NAME_W - MARK_R or x > w + MARK_R:
                continue
            self._paint_mark(painter, QPointF(x, mid), mark)

    def _paint_mark(self, painter: QPainter, centre: QPointF, mark: UUID) -> None:
        kind = self.data.mark_kind[mark]
        if mark in self.selection:
            painter.setPen(QPen(style.SELECTION, 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(centre, MARK_R + 3, MARK_R + 3)
        painter.setPen(QPen(QColor("white"), 1))
        painter.setBrush(style.kind_colour(kind))
        if kind == EntityKind.SEIZURE:
            painter.drawRect(QRectF(centre.x() - MARK_R, centre.y() - MARK_R, 2 * MARK_R, 2 * MARK_R))
        elif kind == EntityKind.EVENT:
            r = MARK_R * 1.25
            painter.drawPolygon(
                [
                    QPointF(centre.x(), centre.y() - r),
                    QPointF(centre.x() + r, centre.y()),
                    QPointF(centre.x(), centre.y() + r),
                    QPointF(centre.x() - r, centre.y()),
                ]
            )
        else:
            painter.drawEllipse(centre, MARK_R, MARK_R)

    def _paint_shared(self, painter: QPainter, first: int, last: int, top: int) -> None:
        """Join the lanes that share a mark (the clip keeps the stroke to the lanes in view)."""
        pen = QPen(QColor(127, 140, 141, 150), 1.2, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        done: set[UUID] = set()
        for k in range(first, last):
            for day, mark in self.data.lanes[k].marks:
                holders = self.data.shared.get(mark)
                if not holders or mark in done:
                    continue
                done.add(mark)
                x = self._x(day)
                y0 = HEADER_H + holders[0] * LANE_H - top + LANE_H / 2
                y1 = HEADER_H + holders[-1] * LANE_H - top + LANE_H / 2
                if y1 > y0:
                    painter.drawLine(QPointF(x, y0), QPointF(x, y1))

    def _paint_axis(self, painter: QPainter, w: float) -> None:
        painter.fillRect(QRectF(0, 0, w, HEADER_H), QColor("#f4f6f6"))
        painter.setPen(QColor("#aab7b8"))
        painter.drawLine(QPointF(0, HEADER_H - 0.5), QPointF(w, HEADER_H - 0.5))
        painter.setPen(QColor("#34495e"))
        painter.drawText(QRectF(6, 0, NAME_W - 10, HEADER_H), Qt.AlignmentFlag.AlignVCenter, self.tr("Record"))
        start = self._day(self._offset)
        end = self._day(self._offset + self._days)
        days = max(1, (end - start).days)
        # Ticks: months when the span is long, weeks or days otherwise.
        ticks: list[date] = []
        if days > 120:
            day = date(start.year, start.month, 1)
            while day <= end:
                ticks.append(day)
                day = date(day.year + (day.month == 12), day.month % 12 + 1, 1)
            fmt = "%m/%Y"
        else:
            step = 7 if days > 21 else 1
            day = start
            while day <= end:
                ticks.append(day)
                day += timedelta(days=step)
            fmt = "%d/%m"
        painter.setPen(QColor("#5d6d7e"))
        last_right = NAME_W - 1.0
        for day in ticks:
            x = self._x(day)
            if x < NAME_W:
                continue
            painter.drawLine(QPointF(x, HEADER_H - 6), QPointF(x, HEADER_H))
            text = day.strftime(fmt)
            tw = self._metrics.horizontalAdvance(text)
            if x + 2 > last_right + 6:
                painter.drawText(QPointF(x + 2, HEADER_H - 10), text)
                last_right = x + 2 + tw
        if self._pick_from is not None and self._pick_to is not None:
            x0 = NAME_W + (min(self._pick_from, self._pick_to) - self._offset) / self._days * self._time_width()
            x1 = NAME_W + (max(self._pick_from, self._pick_to) - self._offset) / self._days * self._time_width()
            painter.fillRect(QRectF(x0, 0, max(1.0, x1 - x0), HEADER_H), QColor(243, 156, 18, 90))

    # --- interaction ---------------------------------------------------------------------

    def _hit(self, pos: QPointF) -> tuple[str, UUID | None]:
        if pos.y() < HEADER_H:
            return "axis", None
        k = int((pos.y() - HEADER_H + self.verticalScrollBar().value()) // LANE_H)
        if not 0 <= k < len(self.data.lanes):
            return "", None
        lane = self.data.lanes[k]
        if pos.x() < NAME_W:
            return "lane", lane.node
        for day, mark in lane.marks:
            if abs(self._x(day) - pos.x()) <= MARK_R + 2:
                return "mark", mark
        return "lane-area", lane.node

    def mousePressEvent(self, event: QMouseEvent) -> None:
        where, node = self._hit(event.position())
        additive = bool(event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier))
        if where == "axis" and event.button() == Qt.MouseButton.LeftButton:
            self._pick_from = self._pick_to = self._day_at(event.position().x())
        elif where == "lane" and node is not None:
            self.lane_clicked.emit(node, additive)
        elif where == "mark" and node is not None:
            self.mark_clicked.emit(node, additive)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pick_from is not None:
            self._pick_to = self._day_at(event.position().x())
            self.viewport().update()
            return
        where, node = self._hit(event.position())
        if where == "mark" and node is not None:
            day = self.data.mark_day[node]
            self.viewport().setToolTip(
                f"{day:%d/%m/%Y} — {labels.label(self.data.mark_kind[node])}\n{self.data.mark_label[node]}"
            )
        elif where == "lane" and node is not None:
            k = self.lane_index(node)
            self.viewport().setToolTip(self.data.lanes[k].label if k is not None else "")
        else:
            self.viewport().setToolTip("")

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._pick_from is not None and self._pick_to is not None:
            lo, hi = sorted((self._pick_from, self._pick_to))
            self._pick_from = self._pick_to = None
            self.viewport().update()
            if hi - lo >= 1:
                self.range_picked.emit(self._day(lo), self._day(hi))

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120.0
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier and steps:
            # Zoom the time axis around the mouse.
            at = self._day_at(event.position().x())
            factor = 0.8**steps
            total = self._total_days()
            self._days = min(max(3.0, self._days * factor), total)
            self._offset = min(max(0.0, at - (at - self._offset) * factor), max(0.0, total - self._days))
            self.viewport().update()
            return
        super().wheelEvent(event)

    def _total_days(self) -> float:
        if self.data.first and self.data.last:
            return (self.data.last - self.data.first).days + 6.0
        return 7.0
