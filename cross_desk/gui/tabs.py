"""What every central tab shares: a title, signals to ask the main window for things, a guard."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QIcon, QUndoStack
from PySide6.QtWidgets import QWidget


class DeskTab(QWidget):
    """A central tab. It refreshes itself from the change bus; it asks the window, never other tabs."""

    title_changed = Signal()
    open_record = Signal(object)  # UUID: open its form
    open_case = Signal(object)  # UUID: open the case view
    selected = Signal(object)  # UUID: show it in the details panel
    open_chart = Signal(object, object)  # (case id or None, list of record ids)
    new_record = Signal(object, object)  # (EntityKind or "case", prefill dict or None)
    close_requested = Signal()
    status = Signal(str)

    def key(self) -> Any:
        """Tabs with equal keys are the same tab (opening again focuses it)."""
        return ("tab", id(self))

    def title(self) -> str:
        return ""

    def tab_icon(self) -> QIcon:
        return QIcon()

    def undo_stack(self) -> QUndoStack | None:
        return None

    def is_dirty(self) -> bool:
        return False

    def can_save(self) -> bool:
        return False

    def save(self) -> None:
        """Save what the tab edits (Ctrl+S)."""

    def maybe_close(self) -> bool:
        """True if the tab may close now (it may ask about unsaved changes)."""
        return True

    def chart_target(self) -> tuple[Any, list[Any]] | None:
        """What "Link chart" shows from here: (case id, []) or (None, record ids)."""
        return None

    def dossier_case(self) -> Any:
        """The case "Print dossier" prints from here, if any."""
        return None

    def retranslate(self) -> None:
        """Set every visible text again (the language changed)."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.title_changed.emit()
        super().changeEvent(event)
