"""Colours, sizes and icons of the chart: one place, so the chart, its legend and exports agree."""

from __future__ import annotations

from functools import cache, lru_cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen, QPixmap
from PySide6.QtSvg import QSvgRenderer

from cross_desk.domain.kinds import EntityKind, LinkKind
from cross_desk.domain.schema import SCHEMA, link_family
from cross_desk.shipped import RESOURCES

ICONS = RESOURCES / "icons"

NODE_D = 36.0  # a node's diameter in chart units (pixels at 100 %)

#: Link colours by family, so that a glance tells structure from places, calls and evidence.
SELECTION = QColor("#f39c12")
# what an analysis points at (a path, brokers, cut points): not the selection's orange
EMPHASIS = QColor("#d81b60")
OVERVIEW_LINK = QColor("#c3c9d1")
BUNDLE = QColor("#5d6d7e")  # several links between two nodes, drawn as one
BUNDLE_BADGE = QColor("#34495e")

#: Distinct colours for groups (communities), dark enough for a white glyph.
GROUPS = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#7f7f00", "#e67e22", "#566573")

#: A sequential palette (light to dark, all dark enough for a white glyph) for values.
RAMP = ("#5dade2", "#3498db", "#2e86c1", "#2471a3", "#7d3c98", "#a93226", "#7b241c")


@cache
def kind_colour(kind: EntityKind) -> QColor:
    """The kind's colour from the schema: the same on paper and in its icon's badge."""
    return QColor(SCHEMA[kind].colour)


@cache
def link_colour(kind: LinkKind) -> QColor:
    """The colour of the link's family in the schema: the same on paper."""
    return QColor(link_family(kind).colour)


@cache
def _renderer(kind: EntityKind) -> QSvgRenderer | None:
    path = ICONS / f"{SCHEMA[kind].icon}.svg"
    renderer = QSvgRenderer(str(path)) if path.exists() else None
    return renderer if renderer is not None and renderer.isValid() else None


@lru_cache(maxsize=200)
def glyph(kind: EntityKind, pixels: int) -> QPixmap:
    """The white glyph of a kind's icon, for a node ``pixels`` wide (badge drawn by the chart).

    Drawing our own badge lets the chart colour nodes by any attribute; the glyph keeps its
    place within the 48-unit icon box. Without the SVG the kind's initial stands in.
    """
    pixels = max(4, pixels)
    image = QImage(pixels, pixels, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer = _renderer(kind)
    if renderer is not None and renderer.elementExists("glyph"):
        box = renderer.viewBoxF()
        part = renderer.boundsOnElement("glyph")
        k = pixels / box.width()
        renderer.render(painter, "glyph", QRectF(part.x() * k, part.y() * k, part.width() * k, part.height() * k))
    else:
        font = painter.font()
        font.setPixelSize(max(4, int(pixels * 0.5)))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("white"))
        painter.drawText(QRectF(0, 0, pixels, pixels), Qt.AlignmentFlag.AlignCenter, kind.value[:1].upper())
    painter.end()
    return QPixmap.fromImage(image)


@lru_cache(maxsize=600)
def badge(kind: EntityKind, rgba: int, pixels: int) -> QPixmap:
    """A whole node as a pixmap: disc in ``rgba``, white rim, the kind's glyph.

    One ``drawPixmap`` per node is several times cheaper than drawing an antialiased disc
    and its glyph on each frame.
    """
    pixels = max(4, pixels)
    image = QImage(pixels, pixels, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    rim = max(1.0, pixels / 24)
    painter.setPen(QPen(QColor("white"), rim))
    painter.setBrush(QColor.fromRgba(rgba))
    painter.drawEllipse(QRectF(rim / 2, rim / 2, pixels - rim, pixels - rim))
    if pixels >= 12:
        painter.drawPixmap(0, 0, glyph(kind, pixels))
    painter.end()
    return QPixmap.fromImage(image)
