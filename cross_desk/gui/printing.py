"""What the Print and Reports menus ask before printing: where to save, and for which period."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QWidget

from cross_desk.gui import formatting
from cross_desk.services.reports import default_period


def ask_save_path(parent: QWidget, title: str, suggested: str) -> str:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
    path, _filter = QFileDialog.getSaveFileName(parent, title, str(Path(folder) / suggested), "PDF (*.pdf)")
    return path


class ActivityDialog(QDialog):
    """The period of an activity report (the last complete month by default)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Activity report"))
        first, last = default_period()
        self.start = QDateEdit(formatting.to_qdate(first))
        self.end = QDateEdit(formatting.to_qdate(last))
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
        form = QFormLayout(self)
        form.addRow(self.tr("From"), self.start)
        form.addRow(self.tr("To"), self.end)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def period(self) -> tuple[date, date]:
        s, e = self.start.date(), self.end.date()
        return date(s.year(), s.month(), s.day()), date(e.year(), e.month(), e.day())
