"""Icons from resources/icons (SVG drawn for this app)."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from cross_desk.domain.kinds import EntityKind
from cross_desk.domain.schema import SCHEMA
from cross_desk.shipped import RESOURCES

ICONS = RESOURCES / "icons"


@cache
def icon(name: str) -> QIcon:
    path = ICONS / f"{name}.svg"
    return QIcon(str(path)) if path.exists() else QIcon()


def kind_icon(kind: EntityKind) -> QIcon:
    return icon(SCHEMA[kind].icon)
