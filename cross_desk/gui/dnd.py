"""Dragging records between views (a list → a case's members)."""

from __future__ import annotations

from collections.abc import Iterable
from uuid import UUID

from PySide6.QtCore import QMimeData

MIME = "application/x-cross-desk-ids"


def encode(ids: Iterable[UUID]) -> QMimeData:
    data = QMimeData()
    text = "\n".join(str(i) for i in ids)
    data.setData(MIME, text.encode())
    data.setText(text)
    return data


def decode(data: QMimeData) -> list[UUID]:
    if not data.hasFormat(MIME):
        return []
    out = []
    for line in bytes(data.data(MIME).data()).decode().splitlines():
        try:
            out.append(UUID(line.strip()))
        except ValueError:
            continue
    return out
