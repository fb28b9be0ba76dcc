"""Lists: the records of one kind, the cases, and the deleted records.

A kind's list pages through the records as the user scrolls (Qt's fetchMore), so the large demo
opens at once; typing in the filter searches that kind through ``services.search``. Rows can be
dragged onto a case's members.
"""

from __future__ import annotations

from typing import Any
from uuid import UUID

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    Qt,
    QTimer,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cross_desk.domain import records as r
from cross_desk.domain.access import allowed, creating_needs
from cross_desk.domain.changes import Changes
from cross_desk.domain.kinds import EntityKind
from cross_desk.gui import dnd, formatting, labels, messages
from cross_desk.gui.forms import confirm_delete
from cross_desk.gui.icons import icon, kind_icon
from cross_desk.gui.jobs import run_op
from cross_desk.gui.tabs import DeskTab

translate = QCoreApplication.translate  # a name pyside6-lupdate recognises

ID_ROLE = Qt.ItemDataRole.UserRole
PAGE = 500
Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("Lists", text)


class RefModel(QAbstractTableModel):
    """Records as (label, kind); pages in from ``fetch_page`` when the view scrolls to the end."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.refs: list[r.EntityRef] = []
        self.approximate: set[UUID] = set()
        self.more = False
        self.loading = False
        self.fetch_page: Any = None  # callable(offset) set by the view
        self.show_kind = False

    def reset(self, refs: list[r.EntityRef], more: bool, approximate: set[UUID] | None = None) -> None:
        self.beginResetModel()
        self.refs = list(refs)
        self.approximate = approximate or set()
        self.more = more
        self.loading = False
        self.endResetModel()

    def append(self, refs: list[r.EntityRef], more: bool) -> None:
        self.loading = False
        self.more = more
        if refs:
            self.beginInsertRows(QModelIndex(), len(self.refs), len(self.refs) + len(refs) - 1)
            self.refs.extend(refs)
            self.endInsertRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.refs)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else (2 if self.show_kind else 1)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("Lists", "Record") if section == 0 else translate("Lists", "Kind")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        ref = self.refs[index.row()]
        if role == ID_ROLE:
            return ref.id
        if index.column() == 1:
            return labels.label(ref.kind) if role == Qt.ItemDataRole.DisplayRole else None
        if role == Qt.ItemDataRole.DisplayRole:
            return ("≈ " if ref.id in self.approximate else "") + ref.label
        if role == Qt.ItemDataRole.DecorationRole:
            return kind_icon(ref.kind)
        if role == Qt.ItemDataRole.ToolTipRole and ref.id in self.approximate:
            return translate("Lists", "Spelling variant: not an exact match")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else base

    def mimeTypes(self) -> list[str]:
        return [dnd.MIME]

    def mimeData(self, indexes: Any) -> Any:
        return dnd.encode(dict.fromkeys(self.refs[i.row()].id for i in indexes if i.isValid()))

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self.more and not self.loading and self.fetch_page is not None

    def fetchMore(self, parent: Index) -> None:
        if self.canFetchMore(parent):
            self.loading = True
            self.fetch_page(len(self.refs))


def _table_view(model: QAbstractTableModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    view.setDragEnabled(True)
    view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    view.horizontalHeader().setStretchLastSection(True)
    view.setWordWrap(False)
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    return view


class RecordListView(DeskTab):
    """The records of one kind, with a filter that searches as you type."""

    def __init__(self, services: Any, bus: Any, kind: EntityKind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.kind = services, kind
        self.model = RefModel(self)
        self.model.fetch_page = self._fetch_page
        self.total = 0
        self._seq = 0
        self.filter = QLineEdit()
        self.filter.setClearButtonEnabled(True)
        self.new_button = QPushButton(icon("new"), "")
        self.new_button.clicked.connect(lambda: self.new_record.emit(self.kind, None))
        self.new_button.setVisible(allowed(services.actor.role, creating_needs(kind.value)))
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.new_button)
        self.view = _table_view(self.model)
        self.view.doubleClicked.connect(lambda i: self.open_record.emit(self.model.data(i, ID_ROLE)))
        self.view.selectionModel().currentRowChanged.connect(
            lambda i, _p: self.selected.emit(self.model.data(i, ID_ROLE)) if i.isValid() else None
        )
        self.view.customContextMenuRequested.connect(self._menu)
        self.count = QLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count)
        self._timer = QTimer(self, singleShot=True, interval=200)
        self._timer.timeout.connect(self.reload)
        self.filter.textChanged.connect(lambda _: self._timer.start())
        bus.changed.connect(self._on_changes)
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.filter.setPlaceholderText(translate("Lists", "Filter: name, alias, plate, number…"))
        self.new_button.setText(labels.new_label(self.kind))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 0)
        self._update_count()

    def key(self) -> Any:
        return ("list", self.kind)

    def title(self) -> str:
        return labels.plural(self.kind)

    def tab_icon(self) -> QIcon:
        return kind_icon(self.kind)

    def chart_target(self) -> tuple[Any, list[Any]] | None:
        ids = self.selected_ids()
        return (None, ids) if ids else None

    def selected_ids(self) -> list[UUID]:
        return [self.model.data(i, ID_ROLE) for i in self.view.selectionModel().selectedRows()]

    def reload(self) -> None:
        services, kind, text = self.services, self.kind, self.filter.text().strip()
        self._seq += 1
        seq = self._seq
        if text:
            run_op(
                lambda: services.search.search(text, kinds=[kind], limit=1000),
                lambda res: self._searched(seq, res),
                self._failed,
            )
        else:
            run_op(
                lambda: (services.records.list(kind, 0, PAGE), services.records.count(kind)),
                lambda res: self._listed(seq, *res),
                self._failed,
            )

    def _listed(self, seq: int, refs: list[r.EntityRef], total: int) -> None:
        if seq != self._seq:
            return
        self.total = total
        self.model.reset(refs, more=len(refs) == PAGE)
        self._update_count()

    def _searched(self, seq: int, results: Any) -> None:
        if seq != self._seq:
            return
        self.total = len(results.entities)
        self.model.reset(results.entities, more=False, approximate=results.approximate)
        self._update_count()

    def _fetch_page(self, offset: int) -> None:
        services, kind, seq = self.services, self.kind, self._seq

        def done(refs: list[r.EntityRef]) -> None:
            if seq == self._seq:
                self.model.append(refs, more=len(refs) == PAGE)

        run_op(lambda: services.records.list(kind, offset, PAGE), done, self._failed)

    def _failed(self, message: str) -> None:
        self.model.loading = False
        self.count.setText(messages.translate(message))

    def _update_count(self) -> None:
        if self.filter.text().strip():
            self.count.setText(self.tr("%Ln record(s) found", "", self.total))
        else:
            self.count.setText(self.tr("%Ln record(s)", "", self.total))

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches(self.kind.value) or not changes.ids:
            self._timer.start()

    def _menu(self, pos: QPoint) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        menu = QMenu(self)
        menu.addAction(translate("Lists", "Open"), lambda: self.open_record.emit(ids[0]))
        menu.addAction(icon("chart"), translate("Lists", "Link chart"), lambda: self.open_chart.emit(None, ids))
        cases_menu = menu.addMenu(icon("case"), translate("Lists", "Add to case"))
        services = self.services

        def fill(cases: list[r.Case]) -> None:
            cases_menu.clear()
            for case in cases:
                cases_menu.addAction(f"{case.reference} — {case.title}", lambda c=case.id: self._add_to_case(c, ids))
            if not cases:
                cases_menu.addAction(translate("Lists", "(no open case)")).setEnabled(False)

        run_op(lambda: services.cases.list(include_closed=False), fill)
        menu.addSeparator()
        menu.addAction(icon("delete"), translate("Lists", "Delete…"), lambda: self._delete(ids))
        menu.popup(self.view.viewport().mapToGlobal(pos))

    def _add_to_case(self, case_id: UUID, ids: list[UUID]) -> None:
        services = self.services
        run_op(
            lambda: services.cases.add_members(case_id, ids),
            lambda added: self.status.emit(
                translate("Lists", "{n} record(s) added to the case.").replace("{n}", str(len(added)))
            ),
            lambda m: self.status.emit(messages.translate(m)),
            write=True,
        )

    def _delete(self, ids: list[UUID]) -> None:
        if len(ids) != 1:
            self.status.emit(translate("Lists", "Delete one record at a time."))
            return
        label = next((ref.label for ref in self.model.refs if ref.id == ids[0]), "")
        if not confirm_delete(self, label):
            return
        services = self.services
        run_op(
            lambda: services.records.delete(ids[0]),
            lambda _: self.status.emit(translate("Lists", "Deleted: {label}").replace("{label}", label)),
            lambda m: self.status.emit(messages.translate(m)),
            write=True,
        )


def _cell(text: str, record_id: Any = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if record_id is not None:
        item.setData(ID_ROLE, record_id)
    return item


class CaseListView(DeskTab):
    def __init__(self, services: Any, bus: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.cases: list[r.Case] = []
        self.filter = QLineEdit()
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(lambda _: self._fill())
        self.show_closed = QCheckBox()
        self.show_closed.setChecked(True)
        self.show_closed.toggled.connect(lambda _: self._fill())
        self.new_button = QPushButton(icon("case"), "")
        self.new_button.clicked.connect(lambda: self.new_record.emit("case", None))
        self.new_button.setVisible(allowed(services.actor.role, creating_needs("case")))
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.show_closed)
        top.addWidget(self.new_button)
        self.table = QTableWidget(0, 6)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemDoubleClicked.connect(lambda item: self.open_case.emit(item.data(ID_ROLE)))
        self.count = QLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        bus.changed.connect(self._on_changes)
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.filter.setPlaceholderText(translate("Lists", "Filter: reference, title, lead, prosecutor's reference…"))
        self.show_closed.setText(translate("Lists", "Show closed cases"))
        self.new_button.setText(translate("Lists", "New case"))
        self.table.setHorizontalHeaderLabels(
            [
                translate("Lists", "Reference"),
                translate("Lists", "Title"),
                translate("Lists", "Status"),
                translate("Lists", "Lead"),
                translate("Lists", "Opened"),
                translate("Lists", "Prosecutor's reference"),
            ]
        )
        self._fill()

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches("case") or not changes.ids:
            self.reload()

    def key(self) -> Any:
        return ("cases",)

    def title(self) -> str:
        return translate("Lists", "Cases")

    def tab_icon(self) -> QIcon:
        return icon("case")

    def reload(self) -> None:
        services = self.services
        run_op(lambda: services.cases.list(), self._loaded, lambda m: self.count.setText(messages.translate(m)))

    def _loaded(self, cases: list[r.Case]) -> None:
        self.cases = cases
        self._fill()

    def _fill(self) -> None:
        text = self.filter.text().casefold().strip()
        shown = [
            c
            for c in self.cases
            if (self.show_closed.isChecked() or c.status.value != "closed")
            and (not text or text in " ".join([c.reference, c.title, c.lead, c.prosecutor_ref]).casefold())
        ]
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(shown))
        for row, case in enumerate(shown):
            values = [
                case.reference,
                case.title,
                labels.label(case.status),
                case.lead,
                formatting.day(case.opened_on),
                case.prosecutor_ref,
            ]
            for col, value in enumerate(values):
                item = _cell(value, case.id)
                if col == 4:
                    item.setData(Qt.ItemDataRole.UserRole + 1, case.opened_on.isoformat())
                self.table.setItem(row, col, item)
            self.table.item(row, 0).setIcon(icon("case"))
        self.table.setSortingEnabled(True)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.count.setText(self.tr("%Ln case(s)", "", len(shown)))


class DeletedView(DeskTab):
    """Soft-deleted records, most recent first; a supervisor restores them."""

    def __init__(self, services: Any, bus: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.rows: list[Any] = []
        self.kind = QComboBox()
        self.kind.currentIndexChanged.connect(lambda _: self.reload())
        self.restore_button = QPushButton(icon("restore"), "")
        self.restore_button.clicked.connect(self.restore_selected)
        top = QHBoxLayout()
        top.addWidget(self.kind)
        top.addStretch(1)
        top.addWidget(self.restore_button)
        self.table = QTableWidget(0, 4)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.count = QLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        bus.changed.connect(self._on_changes)
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        current = self.kind.currentData()
        self.kind.blockSignals(True)
        self.kind.clear()
        self.kind.addItem(translate("Lists", "All kinds"), None)
        for kind in EntityKind:
            self.kind.addItem(kind_icon(kind), labels.plural(kind), kind.value)
        self.kind.setCurrentIndex(max(self.kind.findData(current), 0))
        self.kind.blockSignals(False)
        self.restore_button.setText(translate("Lists", "Restore"))
        self.table.setHorizontalHeaderLabels(
            [
                translate("Lists", "Kind"),
                translate("Lists", "Record"),
                translate("Lists", "Deleted"),
                translate("Lists", "By"),
            ]
        )
        self._fill()

    def _on_changes(self, _changes: Changes) -> None:
        self.reload()

    def key(self) -> Any:
        return ("deleted",)

    def title(self) -> str:
        return translate("Lists", "Deleted records")

    def tab_icon(self) -> QIcon:
        return icon("deleted")

    def reload(self) -> None:
        services = self.services
        kind = EntityKind(self.kind.currentData()) if self.kind.currentData() else None
        run_op(lambda: services.desk.deleted(kind), self._loaded, lambda m: self.count.setText(messages.translate(m)))

    def _loaded(self, rows: list[Any]) -> None:
        self.rows = rows
        self._fill()

    def _fill(self) -> None:
        self.table.setRowCount(len(self.rows))
        for row, d in enumerate(self.rows):
            kind = _cell(labels.label(d.ref.kind), d.ref.id)
            kind.setIcon(kind_icon(d.ref.kind))
            self.table.setItem(row, 0, kind)
            self.table.setItem(row, 1, _cell(d.ref.label, d.ref.id))
            self.table.setItem(row, 2, _cell(formatting.moment(d.deleted_at), d.ref.id))
            self.table.setItem(row, 3, _cell(d.deleted_by, d.ref.id))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.count.setText(self.tr("%Ln deleted record(s)", "", len(self.rows)))
        self.restore_button.setEnabled(bool(self.rows))

    def selected_ids(self) -> list[UUID]:
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        return [self.rows[row].ref.id for row in rows]

    def restore_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            self.status.emit(translate("Lists", "Select the records to restore."))
            return
        services = self.services

        def restore_all() -> int:
            for record_id in ids:
                services.records.restore(record_id)
            return len(ids)

        def failed(message: str) -> None:
            QMessageBox.warning(self, translate("Lists", "Restore"), messages.translate(message))

        run_op(
            restore_all,
            lambda n: self.status.emit(self.tr("%Ln record(s) restored", "", n)),
            failed,
            write=True,
        )
