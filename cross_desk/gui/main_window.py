"""The main window: records by kind, a search box, and the selected record's details."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from cross_desk.domain.changes import Changes
from cross_desk.domain.kinds import EntityKind
from cross_desk.domain.records import EntityRef
from cross_desk.gui.jobs import run_op
from cross_desk.services import Services
from cross_desk.services.records import EntityDetail

KIND_TITLES: dict[EntityKind, str] = {
    EntityKind.PERSON: QObject.tr("People"),
    EntityKind.VEHICLE: QObject.tr("Vehicles"),
    EntityKind.PHONE: QObject.tr("Phones"),
    EntityKind.LOCATION: QObject.tr("Locations"),
    EntityKind.ORGANISATION: QObject.tr("Organisations"),
    EntityKind.SOURCE: QObject.tr("Sources"),
    EntityKind.TIP: QObject.tr("Tips"),
    EntityKind.SEIZURE: QObject.tr("Seizures"),
    EntityKind.EVENT: QObject.tr("Events"),
}


class ChangeBus(QObject):
    """Carries services' change notices to the GUI thread (they may come from a worker)."""

    changed = Signal(object)


class MainWindow(QMainWindow):
    def __init__(self, services: Services) -> None:
        super().__init__()
        self.services = services
        self.bus = ChangeBus()
        services.subscribe(self.bus.changed.emit)
        self.bus.changed.connect(self._on_changes)
        self.setWindowTitle(self.tr("cross_desk — %s") % services.database)
        self.resize(1280, 800)

        self.kinds = QListWidget()
        for kind, title in KIND_TITLES.items():
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, kind)
            self.kinds.addItem(item)
        self.kinds.setMaximumWidth(220)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search names, aliases, plates, phones, IMEI, codenames… (Ctrl+K)"))
        self.search.setClearButtonEnabled(True)
        self.records = QListWidget()
        self.count_label = QLabel()
        middle = QWidget()
        layout = QVBoxLayout(middle)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.count_label)
        layout.addWidget(self.records)

        self.details = QTextBrowser()
        self.details.setOpenLinks(False)
        self.details.anchorClicked.connect(lambda url: self.show_record(UUID(url.toString())))

        splitter = QSplitter()
        splitter.addWidget(self.kinds)
        splitter.addWidget(middle)
        splitter.addWidget(self.details)
        splitter.setSizes([200, 480, 600])
        self.setCentralWidget(splitter)
        self.statusBar().showMessage(f"{services.database} — {services.actor.username}")

        self._debounce = QTimer(self, singleShot=True, interval=200)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _: self._debounce.start())
        self.kinds.currentRowChanged.connect(lambda _: self.refresh())
        self.records.currentItemChanged.connect(self._on_record_selected)
        QShortcut(QKeySequence("Ctrl+K"), self, activated=self.search.setFocus)
        self.kinds.setCurrentRow(0)

    def current_kind(self) -> EntityKind:
        item = self.kinds.currentItem()
        return EntityKind(item.data(Qt.ItemDataRole.UserRole)) if item else EntityKind.PERSON

    def refresh(self) -> None:
        query = self.search.text().strip()
        kind = self.current_kind()
        services = self.services
        if query:
            run_op(lambda: services.search.search(query).entities, self._show_refs, self._show_error)
        else:
            run_op(lambda: services.records.list(kind, limit=1000), self._show_refs, self._show_error)

    def _show_refs(self, refs: list[EntityRef]) -> None:
        self.records.clear()
        for ref in refs:
            text = ref.label if not self.search.text().strip() else f"{KIND_TITLES[ref.kind]} — {ref.label}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, ref.id)
            self.records.addItem(item)
        self.count_label.setText(self.tr("%n record(s)", "", len(refs)))

    def _on_record_selected(self, item: QListWidgetItem | None, _previous: Any) -> None:
        if item is not None:
            self.show_record(item.data(Qt.ItemDataRole.UserRole))

    def show_record(self, entity_id: UUID) -> None:
        services = self.services
        run_op(lambda: services.records.detail(entity_id), self._show_detail, self._show_error)

    def _show_detail(self, detail: EntityDetail) -> None:
        from cross_desk.gui.record_view import render_detail

        self.details.setHtml(render_detail(detail))

    def _show_error(self, message: str) -> None:
        self.statusBar().showMessage(message, 10_000)

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches(self.current_kind().value, "link"):
            self.refresh()
