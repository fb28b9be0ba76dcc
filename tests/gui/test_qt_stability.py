"""PySide6 6.12.0 on Python 3.11 aborted the process after a few thousand ordinary calls.

This creates and moves 50 000 graphics items, so that an upgrade bringing the crash back fails
here rather than on an investigator's desk. pyproject.toml keeps that pair apart.
"""

from __future__ import annotations

from PySide6.QtGui import QPen
from PySide6.QtWidgets import QGraphicsEllipseItem, QGraphicsScene


def test_fifty_thousand_items_created_and_moved(qtbot) -> None:  # type: ignore[no-untyped-def]
    scene = QGraphicsScene()
    pen = QPen()
    items = []
    for _ in range(50_000):
        item = QGraphicsEllipseItem(0, 0, 10, 10)
        item.setPen(pen)
        scene.addItem(item)
        items.append(item)
    for i, item in enumerate(items):
        item.setPos(i % 500, i // 500)
    assert len(scene.items()) == 50_000
    assert items[-1].pos().x() == 49_999 % 500
