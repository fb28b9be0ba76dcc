"""The chart's drawing surface: pan, zoom to the mouse, select, rubber band, drag nodes.

Left-drag on a node moves the selection; on empty space it draws a rubber band (Ctrl or
Shift add to the selection). Right- or middle-drag pans; the wheel zooms around the mouse.
"""

from __future__ import annotations

from uuid import UUID

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import QRubberBand, QToolTip, QWidget

from cross_desk.gui.chart.render import ChartRenderer

MIN_SCALE = 0.002
MAX_SCALE = 6.0


class ChartCanvas(QWidget):
    # the selected node ids (a set) after a click, a rubber band or Ctrl+A
    selection_changed = Signal(object)
    # double-click on a node: its id
    activated = Signal(object)
    # nodes dragged to new places: {id: (x, y)}
    moved = Signal(object)
    # right click without dragging: (global position, node id or None)
    menu_requested = Signal(object, object)
    view_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.renderer = ChartRenderer()
        self.scale = 1.0
        self.centre = QPointF(0, 0)
        self.selection: set[UUID] = set()
        self.describe_node = lambda node: ""  # set by the chart widget: text for a tooltip
        self.describe_pair = lambda pair: ""
        self.empty_text = ""  # shown while the chart has nothing to draw
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setMinimumSize(200, 150)
        self._band = QRubberBand(QRubberBand.Shape.Rectangle, self)
        self._press: QPoint | None = None
        self._press_button = Qt.MouseButton.NoButton
        self._press_node: UUID | None = None
        self._mode = ""  # "", "pan", "band", "drag"
        self._pan_from = QPointF()
        self._drag_origin = QPointF()
        self._band_additive = False

    def sizeHint(self) -> QSize:
        return QSize(900, 600)

    # --- view --------------------------------------------------------------------------

    def view_rect(self, size: QSize | None = None, scale: float | None = None, centre: QPointF | None = None) -> QRectF:
        size = size or self.size()
        scale = scale or self.scale
        centre = centre or self.centre
        w, h = size.width() / scale, size.height() / scale
        return QRectF(centre.x() - w / 2, centre.y() - h / 2, w, h)

    def to_chart(self, point: QPointF | QPoint) -> QPointF:
        view = self.view_rect()
        return QPointF(view.left() + point.x() / self.scale, view.top() + point.y() / self.scale)

    def to_widget(self, point: QPointF) -> QPointF:
        view = self.view_rect()
        return QPointF((point.x() - view.left()) * self.scale, (point.y() - view.top()) * self.scale)

    def set_view(self, centre: QPointF, scale: float) -> None:
        self.centre = QPointF(centre)
        self.scale = min(MAX_SCALE, max(MIN_SCALE, scale))
        self.update()
        self.view_changed.emit()

    def fit(self, rect: QRectF | None = None, margin: float = 0.94, max_scale: float = 1.2) -> None:
        """Show ``rect`` (default: the whole chart) in the window."""
        rect = rect if rect is not None else self.renderer.bounds()
        if rect.isEmpty():
            self.set_view(rect.center(), 1.0)
            return
        scale = min(self.width() / rect.width(), self.height() / rect.height()) * margin
        self.set_view(rect.center(), min(scale, max_scale))

    def zoom(self, factor: float, anchor: QPointF | None = None) -> None:
        """Zoom keeping the chart point under ``anchor`` (widget coordinates) in place."""
        anchor = anchor if anchor is not None else QPointF(self.width() / 2, self.height() / 2)
        fixed = self.to_chart(anchor)
        scale = min(MAX_SCALE, max(MIN_SCALE, self.scale * factor))
        offset = QPointF(anchor.x() - self.width() / 2, anchor.y() - self.height() / 2)
        self.set_view(QPointF(fixed.x() - offset.x() / scale, fixed.y() - offset.y() / scale), scale)

    def pan(self, dx: float, dy: float) -> None:
        """Move the view by ``dx``, ``dy`` widget pixels."""
        self.set_view(QPointF(self.centre.x() - dx / self.scale, self.centre.y() - dy / self.scale), self.scale)

    def centre_on(self, point: QPointF, min_scale: float = 0.0) -> None:
        self.set_view(point, max(self.scale, min_scale))

    # --- selection ---------------------------------------------------------------------

    def set_selection(self, ids: set[UUID], notify: bool = True) -> None:
        self.selection = set(ids)
        self.renderer.set_selection(self.selection)
        self.update()
        if notify:
            self.selection_changed.emit(set(self.selection))

    # --- painting ------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("white"))
        if self.renderer.ids:
            self.renderer.paint(painter, self.view_rect(), self.scale)
        elif self.empty_text:
            painter.setPen(QColor("#7f8c8d"))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.empty_text)
        painter.end()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.view_changed.emit()

    # --- mouse ---------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus()
        self._press = event.position().toPoint()
        self._press_button = event.button()
        self._mode = ""
        if event.button() == Qt.MouseButton.LeftButton:
            node = self.renderer.node_at(self.to_chart(event.position()), self.scale)
            self._press_node = node
            additive = bool(
                event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
            )
            if node is not None:
                if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                    self.set_selection(self.selection ^ {node})
                elif node not in self.selection:
                    self.set_selection((self.selection | {node}) if additive else {node})
                self._drag_origin = self.to_chart(event.position())
            else:
                self._band_additive = additive
        elif event.button() in (Qt.MouseButton.RightButton, Qt.MouseButton.MiddleButton):
            self._pan_from = event.position()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None:
            return
        moved = (event.position().toPoint() - self._press).manhattanLength() > 4
        if self._press_button == Qt.MouseButton.LeftButton:
            if self._press_node is not None and self._press_node in self.selection:
                if self._mode != "drag" and moved:
                    self._mode = "drag"
                    self.renderer.begin_drag(self.selection)
                if self._mode == "drag":
                    here = self.to_chart(event.position())
                    self.renderer.drag_to(here.x() - self._drag_origin.x(), here.y() - self._drag_origin.y())
                    self.update()
            elif self._press_node is None:
                if self._mode != "band" and moved:
                    self._mode = "band"
                    self._band.show()
                if self._mode == "band":
                    self._band.setGeometry(QRect(self._press, event.position().toPoint()).normalized())
        elif self._press_button in (Qt.MouseButton.RightButton, Qt.MouseButton.MiddleButton):
            if self._mode != "pan" and moved:
                self._mode = "pan"
                self.setCursor(Qt.CursorShape.ClosedHandCursor)
            if self._mode == "pan":
                delta = event.position() - self._pan_from
                self._pan_from = event.position()
                self.pan(delta.x(), delta.y())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        mode, press = self._mode, self._press
        self._press, self._mode = None, ""
        self.unsetCursor()
        if mode == "drag":
            moved = self.renderer.end_drag()
            self.update()
            self.moved.emit(moved)
        elif mode == "band":
            self._band.hide()
            rect = QRectF(
                self.to_chart(self._band.geometry().topLeft()), self.to_chart(self._band.geometry().bottomRight())
            )
            inside = set(self.renderer.nodes_in(rect.normalized()))
            self.set_selection((self.selection | inside) if self._band_additive else inside)
        elif mode == "" and press is not None:
            if self._press_button == Qt.MouseButton.LeftButton and self._press_node is None:
                keep = event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
                if self.selection and not keep:
                    self.set_selection(set())
            elif self._press_button == Qt.MouseButton.RightButton:
                node = self.renderer.node_at(self.to_chart(event.position()), self.scale)
                if node is not None and node not in self.selection:
                    self.set_selection({node})
                self.menu_requested.emit(event.globalPosition().toPoint(), node)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        node = self.renderer.node_at(self.to_chart(event.position()), self.scale)
        if node is not None and event.button() == Qt.MouseButton.LeftButton:
            self.activated.emit(node)

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120.0
        if steps:
            self.zoom(1.2**steps, event.position())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = 80.0
        key = event.key()
        if key == Qt.Key.Key_Left:
            self.pan(step, 0)
        elif key == Qt.Key.Key_Right:
            self.pan(-step, 0)
        elif key == Qt.Key.Key_Up:
            self.pan(0, step)
        elif key == Qt.Key.Key_Down:
            self.pan(0, -step)
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom(1.25)
        elif key == Qt.Key.Key_Minus:
            self.zoom(0.8)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and len(self.selection) == 1:
            self.activated.emit(next(iter(self.selection)))
        elif key == Qt.Key.Key_Escape and self.selection:
            self.set_selection(set())
        else:
            super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            pos = event.pos()  # type: ignore[attr-defined]
            point = self.to_chart(QPointF(pos))
            node = self.renderer.node_at(point, self.scale)
            text = ""
            if node is not None:
                text = self.describe_node(node)
            else:
                pair = self.renderer.pair_at(point, self.scale)
                if pair is not None:
                    text = self.describe_pair(pair)
            if text:
                QToolTip.showText(event.globalPos(), text, self)  # type: ignore[attr-defined]
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)
