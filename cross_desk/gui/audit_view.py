"""Supervisors' views of accountability: the audit trail, and the records due for review."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any
from uuid import UUID

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from cross_desk.domain.dates import years_later
from cross_desk.domain.security import AuditAction, AuditEntry
from cross_desk.gui.jobs import run_op
from cross_desk.gui.tabs import DeskTab
from cross_desk.services import Services

_ANY = "*"


class AuditModel(QAbstractTableModel):
    COLUMNS = ("#", "When", "User", "Workstation", "Action", "Records", "Details")

    def __init__(self) -> None:
        super().__init__()
        self.entries: list[AuditEntry] = []

    def set_entries(self, entries: list[AuditEntry]) -> None:
        self.beginResetModel()
        self.entries = entries
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("AuditModel", self.COLUMNS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        e = self.entries[index.row()]
        values = (
            e.seq,
            e.at.astimezone().strftime("%d/%m/%Y %H:%M:%S"),
            e.username,
            e.workstation,
            e.action,
            str(len(e.entity_ids)) if role == Qt.ItemDataRole.DisplayRole else "\n".join(e.entity_ids),
            ", ".join(f"{k}: {v}" for k, v in e.details.items()),
        )
        return values[index.column()]


class AuditView(DeskTab):
    """Filter the audit trail by user, action, record and dates; export it; check the chain."""

    def __init__(self, services: Services) -> None:
        super().__init__()
        self.services = services
        self.user = QLineEdit()
        self.action = QComboBox()
        self.action.addItem(self.tr("All actions"), _ANY)
        for name in sorted(v for k, v in vars(AuditAction).items() if k.isupper()):
            self.action.addItem(name.replace("_", " "), name)
        self.record = QLineEdit()
        today = QDate.currentDate()
        self.since = QDateEdit(today.addMonths(-1), calendarPopup=True)
        self.until = QDateEdit(today, calendarPopup=True)
        for edit in (self.since, self.until):
            edit.setDisplayFormat("dd/MM/yyyy")
        self.search_button = QPushButton()
        self.export_button = QPushButton()
        self.verify_button = QPushButton()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.model = AuditModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)

        self.user_label, self.action_label, self.record_label = QLabel(), QLabel(), QLabel()
        self.since_label, self.until_label = QLabel(), QLabel()
        filters = QHBoxLayout()
        for label, widget in (
            (self.user_label, self.user),
            (self.action_label, self.action),
            (self.record_label, self.record),
            (self.since_label, self.since),
            (self.until_label, self.until),
        ):
            filters.addWidget(label)
            filters.addWidget(widget)
        filters.addWidget(self.search_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.verify_button)
        buttons.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        self.search_button.clicked.connect(self.refresh)
        self.user.returnPressed.connect(self.refresh)
        self.record.returnPressed.connect(self.refresh)
        self.export_button.clicked.connect(self.export)
        self.verify_button.clicked.connect(self.verify)
        self.retranslate()
        self.refresh()

    def key(self) -> Any:
        return ("audit",)

    def title(self) -> str:
        return self.tr("Audit trail")

    def retranslate(self) -> None:
        self.user_label.setText(self.tr("User"))
        self.action_label.setText(self.tr("Action"))
        self.record_label.setText(self.tr("Record id"))
        self.since_label.setText(self.tr("From"))
        self.until_label.setText(self.tr("To"))
        self.search_button.setText(self.tr("Filter"))
        self.export_button.setText(self.tr("Export CSV…"))
        self.verify_button.setText(self.tr("Verify chain"))
        self.action.setItemText(0, self.tr("All actions"))

    def filters(self) -> dict[str, Any]:
        record = self.record.text().strip()
        try:
            entity_id = UUID(record) if record else None
        except ValueError:
            entity_id = None
            self.summary.setText(self.tr("'%1' is not a record id; it was ignored.").replace("%1", record))
        since = datetime.combine(self.since.date().toPython(), time.min).astimezone(UTC)
        until = datetime.combine(self.until.date().toPython(), time.max).astimezone(UTC)
        action = self.action.currentData()
        return {
            "username": self.user.text().strip().lower() or None,
            "action": None if action == _ANY else action,
            "entity_id": entity_id,
            "since": since,
            "until": until,
        }

    def refresh(self) -> None:
        filters = self.filters()
        services = self.services
        run_op(lambda: services.audit.entries(**filters), self._show, self._error)

    def _show(self, entries: list[AuditEntry]) -> None:
        self.model.set_entries(entries)
        self.summary.setText(self.tr("%n entries", "", len(entries)))

    def _error(self, message: str) -> None:
        self.summary.setText(message)

    def export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the audit trail"), f"audit-{date.today():%Y%m%d}.csv", "CSV (*.csv)"
        )
        if not path:
            return
        recipient, ok = QInputDialog.getText(self, self.tr("Recipient"), self.tr("Who is this export for?"))
        if not ok:
            return
        filters = self.filters()
        services = self.services
        run_op(
            lambda: services.audit.export_csv(Path(path), recipient=recipient, **filters),
            lambda n: self.summary.setText(self.tr("%n entries exported.", "", n)),
            self._error,
            write=True,
        )

    def verify(self) -> None:
        services = self.services

        def show(report: Any) -> None:
            head = f"{report.head_seq}:{report.head_hash}"
            if report.ok:
                QMessageBox.information(
                    self,
                    self.tr("Audit chain"),
                    self.tr("The audit chain is intact (%1 rows).\nHead: %2")
                    .replace("%1", str(report.rows))
                    .replace("%2", head),
                )
            else:
                QMessageBox.critical(
                    self, self.tr("Audit chain"), self.tr("THE AUDIT CHAIN IS BROKEN: %1").replace("%1", report.problem)
                )

        run_op(services.audit.verify, show, self._error)


class ReviewView(DeskTab):
    """Records whose review date has come: keep them longer (with a reason) or erase them."""

    def __init__(self, services: Services) -> None:
        super().__init__()
        self.services = services
        self.rows: list[tuple[Any, date]] = []
        self.table = QTableView()
        self.model = QStandardItemModel(0, 3)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.extend_button, self.erase_button = QPushButton(), QPushButton()
        self.summary = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.extend_button)
        buttons.addWidget(self.erase_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.extend_button.clicked.connect(self.extend)
        self.erase_button.clicked.connect(self.erase)
        self.retranslate()
        self.refresh()

    def key(self) -> Any:
        return ("review",)

    def title(self) -> str:
        return self.tr("Due for review")

    def retranslate(self) -> None:
        self.model.setHorizontalHeaderLabels([self.tr("Review date"), self.tr("Kind"), self.tr("Record")])
        self.extend_button.setText(self.tr("Keep until…"))
        self.erase_button.setText(self.tr("Erase…"))

    def refresh(self) -> None:
        run_op(self.services.retention.due, self._show, self.summary.setText)

    def _show(self, rows: list[tuple[Any, date]]) -> None:
        self.rows = rows
        self.model.removeRows(0, self.model.rowCount())
        for ref, due in rows:
            self.model.appendRow(
                [QStandardItem(due.strftime("%d/%m/%Y")), QStandardItem(ref.kind.value), QStandardItem(ref.label)]
            )
        self.summary.setText(self.tr("%n record(s) due for review", "", len(rows)))

    def _selected(self) -> Any:
        index = self.table.currentIndex()
        return self.rows[index.row()][0] if index.isValid() else None

    def _reason(self) -> str | None:
        text, ok = QInputDialog.getText(self, self.tr("Reason"), self.tr("Why (this is logged)?"))
        return text if ok else None

    def extend(self) -> None:
        ref = self._selected()
        if ref is None:
            return
        reason = self._reason()
        if reason is None:
            return
        until = years_later(date.today(), 1)
        services = self.services
        run_op(
            lambda: services.retention.extend(ref.id, until, reason),
            lambda _: self.refresh(),
            self.summary.setText,
            write=True,
        )

    def erase(self) -> None:
        ref = self._selected()
        if ref is None:
            return
        sure = QMessageBox.question(
            self,
            self.tr("Erase"),
            self.tr("Erase “%1” for good, with its links? This cannot be undone.").replace("%1", ref.label),
        )
        if sure != QMessageBox.StandardButton.Yes:
            return
        reason = self._reason()
        if reason is None:
            return
        services = self.services
        run_op(
            lambda: services.retention.erase(ref.id, reason), lambda _: self.refresh(), self.summary.setText, write=True
        )
