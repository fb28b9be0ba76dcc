"""The tips inbox: every tip, newest first, narrowed by grade, channel, dates, case, "no case yet".

The narrowing filters run in the database (``services.desk.inbox``) so that a filter is right
even when the list is cut at its limit; a QSortFilterProxyModel sorts by any column and filters
the loaded rows by free text at once.
"""

from __future__ import annotations

from datetime import date
from typing import Any
from uuid import UUID

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cross_desk.domain.access import allowed, creating_needs
from cross_desk.domain.changes import Changes
from cross_desk.domain.kinds import EntityKind, TipChannel
from cross_desk.gui import dnd, formatting, labels, messages
from cross_desk.gui.editors import NO_DATE
from cross_desk.gui.icons import icon
from cross_desk.gui.jobs import run_op
from cross_desk.gui.tabs import DeskTab
from cross_desk.services.desk import Inbox, InboxFilter, InboxTip

translate = QCoreApplication.translate  # a name pyside6-lupdate recognises

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole
Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("Inbox", text)


_SUMMARY_COLUMN = 4
#: channel, source, cases: how narrow each may become, in the order they give up width (a case
#: reference is worth more whole than a channel's name, which the filter above shows too)
_ELIDING_COLUMNS = {2: 56, 3: 56, 5: 132}
_SUMMARY_MIN = 220  # pixels: a summary's first words
_WIDEST_COLUMN = 170


class TipTableModel(QAbstractTableModel):
    COLUMNS = ("received", "grade", "channel", "source", "summary", "cases", "mentions", "handling")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.tips: list[InboxTip] = []

    def set_tips(self, tips: list[InboxTip]) -> None:
        self.beginResetModel()
        self.tips = tips
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.tips)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [
                translate("Inbox", "Received"),
                translate("Inbox", "Grade"),
                translate("Inbox", "Channel"),
                translate("Inbox", "Source"),
                translate("Inbox", "Summary"),
                translate("Inbox", "Cases"),
                translate("Inbox", "Mentions"),
                translate("Inbox", "Handling"),
            ][section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        tip = self.tips[index.row()]
        column = self.COLUMNS[index.column()]
        if role == ID_ROLE:
            return tip.id
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                "received": formatting.moment(tip.received_at),
                "grade": tip.grade,
                "channel": labels.label(tip.channel),
                "source": tip.source,
                "summary": tip.summary,
                "cases": ", ".join(ref for _id, ref in tip.cases),
                "mentions": formatting.number(tip.mentions) if tip.mentions else "",
                "handling": tip.handling_code,
            }[column]
        if role == SORT_ROLE:
            return {
                "received": tip.received_at.timestamp(),
                "grade": tip.grade,
                "channel": labels.label(tip.channel),
                "source": tip.source.casefold(),
                "summary": tip.summary.casefold(),
                "cases": ", ".join(ref for _id, ref in tip.cases),
                "mentions": tip.mentions,
                "handling": tip.handling_code,
            }[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            # a narrowed column elides its text: the tooltip gives it whole
            return tip.preview if column == "summary" else self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.DecorationRole and column == "received":
            return icon("tip")
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "mentions":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else base

    def mimeTypes(self) -> list[str]:
        return [dnd.MIME]

    def mimeData(self, indexes: Any) -> Any:
        ids = dict.fromkeys(self.tips[i.row()].id for i in indexes if i.isValid())
        return dnd.encode(ids)


class TipFilterProxy(QSortFilterProxyModel):
    """Sorts by the raw values; keeps rows whose summary, source, cases or wording contain the text."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.text = ""

    def set_text(self, text: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+; invalidateFilter is deprecated there
            self.beginFilterChange()
            self.text = text.casefold().strip()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.text = text.casefold().strip()
            self.invalidateFilter()

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:
        if not self.text:
            return True
        model = self.sourceModel()
        assert isinstance(model, TipTableModel)
        tip = model.tips[row]
        haystack = " ".join([tip.summary, tip.source, tip.preview, *(ref for _id, ref in tip.cases)]).casefold()
        return self.text in haystack


class InboxView(DeskTab):
    def __init__(self, services: Any, bus: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.model = TipTableModel(self)
        self.proxy = TipFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.inbox: Inbox | None = None
        self._build()
        self._timer = QTimer(self, singleShot=True, interval=200)
        self._timer.timeout.connect(self.reload)
        bus.changed.connect(self._on_changes)
        self.retranslate()
        self._load_cases()
        self.reload()

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        grid = QGridLayout()
        self.grade_boxes: list[QComboBox] = []
        self.grade_labels: list[QLabel] = []
        for column, _axis in enumerate(self.services.scheme.axes[:2]):
            caption = QLabel()
            combo = self._shrinkable(QComboBox(), 10)
            combo.currentIndexChanged.connect(self._filters_changed)
            grid.addWidget(caption, 0, column * 2)
            grid.addWidget(combo, 0, column * 2 + 1)
            self.grade_boxes.append(combo)
            self.grade_labels.append(caption)
        self.channel_label = QLabel()
        self.channel = self._shrinkable(QComboBox(), 10)
        self.channel.currentIndexChanged.connect(self._filters_changed)
        grid.addWidget(self.channel_label, 0, 4)
        grid.addWidget(self.channel, 0, 5)
        self.from_label = QLabel()
        self.date_from = self._date_edit()
        self.until_label = QLabel()
        self.date_until = self._date_edit()
        grid.addWidget(self.from_label, 1, 0)
        grid.addWidget(self.date_from, 1, 1)
        grid.addWidget(self.until_label, 1, 2)
        grid.addWidget(self.date_until, 1, 3)
        self.case_label = QLabel()
        self.case = self._shrinkable(QComboBox(), 10)
        self.case.currentIndexChanged.connect(self._case_changed)
        grid.addWidget(self.case_label, 1, 4)
        grid.addWidget(self.case, 1, 5)
        self.unassigned = QCheckBox()
        self.unassigned.toggled.connect(self._unassigned_changed)
        grid.setColumnStretch(6, 1)
        outer.addLayout(grid)
        row = QHBoxLayout()
        self.text = QLineEdit()
        self.text.setClearButtonEnabled(True)
        self.text.textChanged.connect(self.proxy.set_text)
        self.text.textChanged.connect(lambda _: self._update_count())
        self.reset_button = QPushButton()
        self.reset_button.clicked.connect(self.reset_filters)
        self.new_button = QPushButton(icon("tip"), "")
        self.new_button.clicked.connect(lambda: self.new_record.emit(EntityKind.TIP, None))
        self.new_button.setVisible(allowed(self.services.actor.role, creating_needs(EntityKind.TIP.value)))
        row.addWidget(self.text, 1)
        row.addWidget(self.unassigned)
        row.addWidget(self.reset_button)
        row.addWidget(self.new_button)
        outer.addLayout(row)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setDragEnabled(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(_SUMMARY_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._activated)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        outer.addWidget(self.table, 1)
        self.count = QLabel()
        outer.addWidget(self.count)

    @staticmethod
    def _shrinkable(combo: QComboBox, chars: int) -> QComboBox:
        """A combo that may be narrower than its longest item (long meanings and case titles)."""
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(chars)
        return combo

    @staticmethod
    def _date_edit() -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText("—")
        edit.setDate(NO_DATE)
        return edit

    def retranslate(self) -> None:
        axes = self.services.scheme.axes
        for axis, caption, combo in zip(axes, self.grade_labels, self.grade_boxes, strict=False):
            caption.setText(labels.grading(axis.name).capitalize())
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(translate("Inbox", "any"), None)
            for code, meaning in axis.choices:
                combo.addItem(f"{code} — {labels.grading(meaning)}", code)
            combo.setCurrentIndex(max(combo.findData(current), 0))
            combo.blockSignals(False)
        current = self.channel.currentData()
        self.channel.blockSignals(True)
        self.channel.clear()
        self.channel.addItem(translate("Inbox", "any"), None)
        for member, text in labels.choices(TipChannel):
            self.channel.addItem(text, member.value)
        self.channel.setCurrentIndex(max(self.channel.findData(current), 0))
        self.channel.blockSignals(False)
        self.channel_label.setText(translate("Inbox", "Channel"))
        self.from_label.setText(translate("Inbox", "Received from"))
        self.until_label.setText(translate("Inbox", "until"))
        self.case_label.setText(translate("Inbox", "Case"))
        if self.case.count():
            self.case.setItemText(0, translate("Inbox", "any"))
        self.unassigned.setText(translate("Inbox", "In no case yet"))
        self.text.setPlaceholderText(translate("Inbox", "Filter the list: summary, source, wording, case…"))
        self.reset_button.setText(translate("Inbox", "Clear filters"))
        self.new_button.setText(translate("Inbox", "New tip"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(TipTableModel.COLUMNS) - 1)
        self._update_count()

    # --- DeskTab ---------------------------------------------------------------------------------

    def key(self) -> Any:
        return ("inbox",)

    def title(self) -> str:
        return translate("Inbox", "Tips inbox")

    def tab_icon(self) -> QIcon:
        return icon("inbox")

    def chart_target(self) -> tuple[Any, list[Any]] | None:
        ids = self.selected_ids()
        return (None, ids) if ids else None

    # --- filters ---------------------------------------------------------------------------------

    def _load_cases(self) -> None:
        services = self.services

        def fill(cases: list[Any]) -> None:
            current = self.case.currentData()
            self.case.blockSignals(True)
            self.case.clear()
            self.case.addItem(translate("Inbox", "any"), None)
            for c in cases:
                self.case.addItem(f"{c.reference} — {c.title}", str(c.id))
            self.case.setCurrentIndex(max(self.case.findData(current), 0))
            self.case.blockSignals(False)

        run_op(lambda: services.cases.list(), fill)

    def _case_changed(self) -> None:
        if self.case.currentData() is not None and self.unassigned.isChecked():
            self.unassigned.setChecked(False)
        self._filters_changed()

    def _unassigned_changed(self, checked: bool) -> None:
        if checked and self.case.currentIndex() > 0:
            self.case.setCurrentIndex(0)
        self._filters_changed()

    def _filters_changed(self) -> None:
        self._timer.start()

    def reset_filters(self) -> None:
        for combo in (*self.grade_boxes, self.channel, self.case):
            combo.setCurrentIndex(0)
        self.date_from.setDate(NO_DATE)
        self.date_until.setDate(NO_DATE)
        self.unassigned.setChecked(False)
        self.text.clear()

    def current_filter(self) -> InboxFilter:
        codes = tuple(frozenset({c.currentData()}) if c.currentData() else frozenset() for c in self.grade_boxes)
        channel = self.channel.currentData()

        def day(edit: QDateEdit) -> date | None:
            q: QDate = edit.date()
            return None if q == NO_DATE else date(q.year(), q.month(), q.day())

        return InboxFilter(
            grade_codes=codes,
            channels=frozenset({TipChannel(channel)}) if channel else frozenset(),
            received_from=day(self.date_from),
            received_until=day(self.date_until),
            case_id=UUID(self.case.currentData()) if self.case.currentData() else None,
            unassigned=self.unassigned.isChecked(),
        )

    def reload(self) -> None:
        services, filters = self.services, self.current_filter()
        run_op(lambda: services.desk.inbox(filters), self._show, lambda m: self.count.setText(messages.translate(m)))

    def _show(self, inbox: Inbox) -> None:
        self.inbox = inbox
        self.model.set_tips(inbox.tips)
        self.table.resizeColumnsToContents()
        self._leave_room_to_the_summary()
        self._update_count()

    def _leave_room_to_the_summary(self) -> None:
        """The summary is what a reader scans: the text columns that elide well (channel,
        source, cases; whole in their tooltip) give up width until it has a readable share of the
        table; past their narrowest, the table scrolls. Dates, grades and counts keep theirs."""
        header = self.table.horizontalHeader()
        widths = {c: min(header.sectionSize(c), _WIDEST_COLUMN) for c in range(self.model.columnCount())}
        widths.pop(_SUMMARY_COLUMN)
        excess = sum(widths.values()) + _SUMMARY_MIN - self.table.viewport().width()
        for column, narrowest in _ELIDING_COLUMNS.items():  # in the order they give up width
            give = max(0, min(excess, widths[column] - narrowest))
            widths[column] -= give
            excess -= give
        for column, width in widths.items():
            header.resizeSection(column, width)
        header.setSectionResizeMode(_SUMMARY_COLUMN, QHeaderView.ResizeMode.Stretch)

    def _update_count(self) -> None:
        if self.inbox is None:
            self.count.setText(translate("Inbox", "Loading…"))
            return
        shown = self.proxy.rowCount()
        text = self.tr("%Ln tip(s)", "", shown)
        if self.inbox.truncated:
            text += " " + translate(
                "Inbox", "(the newest {n} of {total}; narrow the filters to see older ones)"
            ).replace("{n}", formatting.number(len(self.inbox.tips))).replace(
                "{total}", formatting.number(self.inbox.total)
            )
        self.count.setText(text)

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches("tip", "case", "link", "source") or not changes.ids:
            self._timer.start()
        if changes.touches("case"):
            self._load_cases()

    # --- selection ---------------------------------------------------------------------------------

    def selected_ids(self) -> list[UUID]:
        rows = self.table.selectionModel().selectedRows()
        return [self.proxy.data(i, ID_ROLE) for i in rows]

    def _activated(self, index: QModelIndex) -> None:
        self.open_record.emit(self.proxy.data(index, ID_ROLE))

    def _current_changed(self, index: QModelIndex, _previous: QModelIndex) -> None:
        if index.isValid():
            self.selected.emit(self.proxy.data(index, ID_ROLE))
