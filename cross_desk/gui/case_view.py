"""A case at a glance, and the form that edits a case's header.

The view shows the header (reference, status, lead, prosecutor's reference), the members by
kind, the tips, the seizures with totals by substance, the events in order and the links among
members. Members are added by search or by dropping records from any list, removed by button
or context menu. It reloads itself whenever a change touches the case or one of its members.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from uuid import UUID

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPoint, Qt, QTimer
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cross_desk.domain import records as r
from cross_desk.domain.changes import Changes
from cross_desk.domain.kinds import CaseStatus, EntityKind
from cross_desk.gui import dnd, formatting, labels, messages
from cross_desk.gui import editors as ed
from cross_desk.gui.forms import COMMON, Field, RecordForm, enum, line, text
from cross_desk.gui.icons import icon, kind_icon
from cross_desk.gui.jobs import run_op
from cross_desk.gui.picker import EntityPicker
from cross_desk.gui.tabs import DeskTab
from cross_desk.services.desk import CaseSummary

translate = QCoreApplication.translate  # a name pyside6-lupdate recognises

ID_ROLE = Qt.ItemDataRole.UserRole


def _tr(text_: str) -> str:
    return QCoreApplication.translate("CaseView", text_)


class CaseForm(RecordForm):
    """A case's header: create or edit (members are managed in the case view)."""

    def field_list(self) -> list[Field]:
        return [
            line(
                "reference",
                QT_TRANSLATE_NOOP("Forms", "Reference"),
                required=True,
                max_length=100,
                placeholder=QT_TRANSLATE_NOOP("Forms", "CROSS-2026-0001"),
            ),
            line("title", QT_TRANSLATE_NOOP("Forms", "Title"), required=True),
            enum("status", QT_TRANSLATE_NOOP("Forms", "Status"), CaseStatus),
            Field(
                "opened_on",
                QT_TRANSLATE_NOOP("Forms", "Opened on"),
                lambda f: ed.DateEditor("opened_on"),
                required=True,
            ),
            Field(
                "closed_on",
                QT_TRANSLATE_NOOP("Forms", "Closed on"),
                lambda f: ed.DateEditor("closed_on", optional=True),
            ),
            line("lead", QT_TRANSLATE_NOOP("Forms", "Lead investigator"), max_length=200),
            line("prosecutor_ref", QT_TRANSLATE_NOOP("Forms", "Prosecutor's reference"), max_length=100),
            text("description", QT_TRANSLATE_NOOP("Forms", "Description"), 4),
            Field(
                "restricted",
                QT_TRANSLATE_NOOP("Forms", "Restricted"),
                lambda f: ed.BoolEditor("restricted"),
                hint=QT_TRANSLATE_NOOP(
                    "Forms", "Only the lead and the team see a restricted case; others are told whom to contact."
                ),
            ),
            Field(
                "team",
                QT_TRANSLATE_NOOP("Forms", "Team"),
                lambda f: ed.LinesEditor("team", 2),
                hint=QT_TRANSLATE_NOOP("Forms", "User names, one per line."),
                empty=[],
            ),
            *[f for f in COMMON if f.name != "notes"],
        ]

    def new_record(self) -> r.Case:
        return r.Case()

    def kind_label(self) -> str:
        return translate("CaseView", "New case") if self.is_new else translate("CaseView", "Case")

    def record_label(self) -> str:
        return self.record.reference if not self.is_new else ""

    def tab_icon(self) -> QIcon:
        return icon("case")

    def key(self) -> Any:
        return ("case-form", self.record.id) if not self.is_new else ("new", id(self))

    def fetch(self, record_id: UUID) -> Callable[[], Any]:
        services = self.services
        return lambda: services.cases.get(record_id)

    def save_call(self, record: Any) -> Callable[[], Any]:
        services = self.services
        if self.is_new:
            return lambda: services.cases.create(record)
        return lambda: services.cases.update(record)

    def chart_target(self) -> tuple[Any, list[Any]] | None:
        return (self.record.id, []) if not self.is_new else None

    def after_create(self) -> None:
        self.open_case.emit(self.record.id)
        self.close_requested.emit()


class MembersTree(QTreeWidget):
    """Members grouped by kind; records dropped here join the case."""

    def __init__(self, on_drop: Callable[[list[UUID]], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.on_drop = on_drop
        self.setHeaderHidden(True)
        self.setAcceptDrops(True)
        self.setDragEnabled(True)
        self.setDropIndicatorShown(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)

    def mimeTypes(self) -> list[str]:
        return [dnd.MIME]

    def mimeData(self, items: Any) -> Any:
        return dnd.encode(i.data(0, ID_ROLE) for i in items if i.data(0, ID_ROLE))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(dnd.MIME) and event.source() is not self:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.mimeData().hasFormat(dnd.MIME) and event.source() is not self:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        ids = dnd.decode(event.mimeData())
        if ids and event.source() is not self:
            event.acceptProposedAction()
            self.on_drop(ids)
        else:
            event.ignore()


def _table(columns: int) -> QTableWidget:
    table = QTableWidget(0, columns)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.horizontalHeader().setStretchLastSection(True)
    table.setDragEnabled(True)
    return table


def _item(value: str, record_id: UUID | None = None, align_right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(value)
    if record_id is not None:
        item.setData(ID_ROLE, record_id)
    if align_right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


class CaseView(DeskTab):
    def __init__(self, services: Any, bus: Any, case_id: UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.case_id = services, case_id
        self.summary: CaseSummary | None = None
        self.error: str = ""
        self._build()
        self._reload_timer = QTimer(self, singleShot=True, interval=150)
        self._reload_timer.timeout.connect(self.reload)
        bus.changed.connect(self._on_changes)
        self.retranslate()
        self.reload()

    # --- layout ----------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("formHeading")
        self.heading.setWordWrap(True)
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.TextFormat.RichText)
        outer.addWidget(self.heading)
        outer.addWidget(self.facts)
        # A tool bar rather than a row of buttons: when the window is narrow (or the words long,
        # as in French) the last ones fold into its extension menu instead of widening the window.
        self.actions_bar = QToolBar()
        self.actions_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.edit_button = self.actions_bar.addAction(icon("case"), "")
        self.tip_button = self.actions_bar.addAction(icon("tip"), "")
        self.seizure_button = self.actions_bar.addAction(icon("seizure"), "")
        self.event_button = self.actions_bar.addAction(icon("event"), "")
        self.actions_bar.addSeparator()
        self.chart_button = self.actions_bar.addAction(icon("chart"), "")
        self.print_button = self.actions_bar.addAction(icon("print"), "")
        self.edit_button.triggered.connect(lambda: self.new_record.emit("case-edit", {"id": self.case_id}))
        self.tip_button.triggered.connect(lambda: self.new_record.emit(EntityKind.TIP, {"case": self.case_id}))
        self.seizure_button.triggered.connect(lambda: self.new_record.emit(EntityKind.SEIZURE, {"case": self.case_id}))
        self.event_button.triggered.connect(lambda: self.new_record.emit(EntityKind.EVENT, {"case": self.case_id}))
        self.chart_button.triggered.connect(lambda: self.open_chart.emit(self.case_id, []))
        self.print_button.triggered.connect(lambda: self.new_record.emit("print-dossier", {"id": self.case_id}))
        self.print_button.setVisible(hasattr(self.services, "reports"))
        outer.addWidget(self.actions_bar)

        splitter = QSplitter()
        left = QGroupBox()
        self.members_box = left
        lv = QVBoxLayout(left)
        self.picker = EntityPicker(self.services, list(EntityKind), allow_new=False)
        self.picker.picked.connect(lambda ref: self.add_members([ref.id]))
        self.members = MembersTree(self.add_members)
        self.members.itemDoubleClicked.connect(self._member_activated)
        self.members.currentItemChanged.connect(self._member_selected)
        self.members.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.members.customContextMenuRequested.connect(self._member_menu)
        self.drop_hint = QLabel()
        self.drop_hint.setObjectName("hint")
        self.drop_hint.setWordWrap(True)
        self.remove_button = QPushButton(icon("delete"), "")
        self.remove_button.clicked.connect(self.remove_selected)
        lv.addWidget(self.picker)
        lv.addWidget(self.members, 1)
        lv.addWidget(self.drop_hint)
        lv.addWidget(self.remove_button)
        splitter.addWidget(left)

        self.sections = QTabWidget()
        self.tips = _table(5)
        self.seizures = _table(4)
        self.totals = _table(3)
        self.totals.setDragEnabled(False)
        self.totals.setMaximumHeight(170)
        self.seizure_sums = QLabel()
        self.events = _table(3)
        self.links = _table(4)
        for table in (self.tips, self.seizures, self.events):
            table.itemDoubleClicked.connect(lambda item: self._open_item(item))
            table.currentItemChanged.connect(lambda cur, _prev: self._select_item(cur))
        seizure_page = QWidget()
        sv = QVBoxLayout(seizure_page)
        self.totals_title = QLabel()
        self.totals_title.setObjectName("sectionTitle")
        sv.addWidget(self.totals_title)
        sv.addWidget(self.totals)
        sv.addWidget(self.seizure_sums)
        sv.addWidget(self.seizures, 1)
        self.sections.addTab(self.tips, icon("tip"), "")
        self.sections.addTab(seizure_page, icon("seizure"), "")
        self.sections.addTab(self.events, icon("event"), "")
        self.sections.addTab(self.links, icon("chart"), "")
        splitter.addWidget(self.sections)
        left.setMinimumWidth(300)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        outer.addWidget(splitter, 1)

    def retranslate(self) -> None:
        self.edit_button.setText(translate("CaseView", "Edit case…"))
        self.tip_button.setText(translate("CaseView", "New tip"))
        self.seizure_button.setText(translate("CaseView", "New seizure"))
        self.event_button.setText(translate("CaseView", "New event"))
        self.chart_button.setText(translate("CaseView", "Link chart"))
        self.print_button.setText(translate("CaseView", "Print dossier…"))
        self.members_box.setTitle(translate("CaseView", "Members"))
        self.picker.edit.setPlaceholderText(translate("CaseView", "Add a member: type a name, a plate, a number…"))
        self.drop_hint.setText(translate("CaseView", "Drag records here from any list to add them."))
        self.remove_button.setText(translate("CaseView", "Remove from the case"))
        self.tips.setHorizontalHeaderLabels(
            [
                translate("CaseView", "Received"),
                translate("CaseView", "Grade"),
                translate("CaseView", "Channel"),
                translate("CaseView", "Source"),
                translate("CaseView", "Summary"),
            ]
        )
        self.seizures.setHorizontalHeaderLabels(
            [
                translate("CaseView", "Date"),
                translate("CaseView", "Substances"),
                translate("CaseView", "Cash"),
                translate("CaseView", "Description"),
            ]
        )
        self.totals.setHorizontalHeaderLabels(
            [translate("CaseView", "Substance"), translate("CaseView", "Total"), translate("CaseView", "Seizures")]
        )
        self.totals_title.setText(translate("CaseView", "Totals by substance"))
        self.events.setHorizontalHeaderLabels(
            [translate("CaseView", "When"), translate("CaseView", "Kind"), translate("CaseView", "Description")]
        )
        self.links.setHorizontalHeaderLabels(
            [
                translate("CaseView", "From"),
                translate("CaseView", "Link"),
                translate("CaseView", "To"),
                translate("CaseView", "Seen"),
            ]
        )
        if self.summary is not None:
            self._show(self.summary)
        else:
            self.heading.setText(self.error or translate("CaseView", "Loading…"))

    # --- DeskTab -----------------------------------------------------------------------------

    def key(self) -> Any:
        return ("case", self.case_id)

    def title(self) -> str:
        return self.summary.case.reference if self.summary else translate("CaseView", "Case")

    def tab_icon(self) -> QIcon:
        return icon("case")

    def chart_target(self) -> tuple[Any, list[Any]] | None:
        return (self.case_id, [])

    def dossier_case(self) -> Any:
        return self.case_id

    # --- data ------------------------------------------------------------------------------

    def reload(self) -> None:
        services, case_id = self.services, self.case_id
        run_op(lambda: services.desk.case_summary(case_id), self._show, self._failed)

    def _failed(self, message: str) -> None:
        self.error = messages.translate(message)
        self.heading.setText(self.error)

    def _on_changes(self, changes: Changes) -> None:
        summary = self.summary
        if self.case_id in changes.ids or summary is None:
            self._reload_timer.start()
            return
        # a member edited or deleted, or a bulk change (demo load, import) that names no ids
        if changes.ids & summary.refs.keys() or not changes.ids:
            self._reload_timer.start()

    def _show(self, summary: CaseSummary) -> None:
        self.summary = summary
        self.error = ""
        case = summary.case
        self.heading.setText(f"{case.reference} — {case.title}")

        def fact(name: str, value: str = "") -> str:
            return f"<b>{name}</b>: {value}" if value else f"<b>{name}</b>"

        facts = [
            fact(translate("CaseView", "Status"), labels.label(case.status)),
            fact(translate("CaseView", "Lead"), case.lead or "—"),
            fact(translate("CaseView", "Prosecutor"), case.prosecutor_ref or "—"),
            fact(translate("CaseView", "Opened"), formatting.day(case.opened_on)),
        ]
        if case.closed_on:
            facts.append(fact(translate("CaseView", "Closed"), formatting.day(case.closed_on)))
        if case.restricted:
            facts.append(fact(translate("CaseView", "Restricted")))
        facts.append(fact(translate("CaseView", "Members"), formatting.number(summary.member_count)))
        self.facts.setText(" &nbsp;·&nbsp; ".join(facts))
        self.title_changed.emit()
        self._fill_members(summary)
        self._fill_tips(summary)
        self._fill_seizures(summary)
        self._fill_events(summary)
        self._fill_links(summary)
        self.sections.setTabText(0, translate("CaseView", "Tips ({n})").replace("{n}", str(len(summary.tips))))
        self.sections.setTabText(1, translate("CaseView", "Seizures ({n})").replace("{n}", str(len(summary.seizures))))
        self.sections.setTabText(2, translate("CaseView", "Events ({n})").replace("{n}", str(len(summary.events))))
        self.sections.setTabText(3, translate("CaseView", "Links ({n})").replace("{n}", str(len(summary.links))))

    def _fill_members(self, summary: CaseSummary) -> None:
        collapsed = {
            self.members.topLevelItem(i).data(0, ID_ROLE + 1)
            for i in range(self.members.topLevelItemCount())
            if not self.members.topLevelItem(i).isExpanded()
        }
        self.members.clear()
        for kind in EntityKind:
            refs = summary.members.get(kind)
            if not refs:
                continue
            top = QTreeWidgetItem([f"{labels.plural(kind)} ({len(refs)})"])
            top.setIcon(0, kind_icon(kind))
            top.setData(0, ID_ROLE + 1, kind.value)
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for ref in refs:
                child = QTreeWidgetItem([ref.label])
                child.setData(0, ID_ROLE, ref.id)
                child.setIcon(0, kind_icon(kind))
                top.addChild(child)
            self.members.addTopLevelItem(top)
            top.setExpanded(kind.value not in collapsed)

    def _fill_tips(self, summary: CaseSummary) -> None:
        self.tips.setRowCount(len(summary.tips))
        for row, tip in enumerate(summary.tips):
            source = summary.refs.get(tip.source_id) if tip.source_id else None
            head = tip.summary or tip.sanitised_text.split("\n", 1)[0]
            values = [
                formatting.moment(tip.received_at),
                tip.grade,
                labels.label(tip.channel),
                source.label if source else "",
                head,
            ]
            for col, value in enumerate(values):
                self.tips.setItem(row, col, _item(value, tip.id))
        self.tips.resizeColumnsToContents()
        self.tips.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)

    def _fill_seizures(self, summary: CaseSummary) -> None:
        self.totals.setRowCount(len(summary.totals))
        for row, total in enumerate(summary.totals):
            self.totals.setItem(row, 0, _item(labels.label(total.substance)))
            self.totals.setItem(row, 1, _item(formatting.quantity(total.quantity, total.unit), align_right=True))
            self.totals.setItem(row, 2, _item(formatting.number(total.seizures), align_right=True))
        self.totals.resizeColumnsToContents()
        self.totals.horizontalHeader().setStretchLastSection(False)
        self.totals.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.seizure_sums.setText(
            translate("CaseView", "Cash: {cash} · Weapons: {weapons} · Vehicles: {vehicles}")
            .replace("{cash}", formatting.money(summary.cash_eur))
            .replace("{weapons}", formatting.number(summary.weapons))
            .replace("{vehicles}", formatting.number(summary.vehicles))
        )
        self.seizures.setRowCount(len(summary.seizures))
        for row, seizure in enumerate(summary.seizures):
            lines = ", ".join(
                f"{formatting.quantity(line.quantity, line.unit)} {labels.label(line.substance)}"
                for line in seizure.substances
            )
            values = [
                formatting.day(seizure.seized_on),
                lines,
                formatting.money(seizure.cash_eur) if seizure.cash_eur else "",
                seizure.description,
            ]
            for col, value in enumerate(values):
                self.seizures.setItem(row, col, _item(value, seizure.id, align_right=(col == 2)))
        self.seizures.resizeColumnsToContents()
        self.seizures.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)

    def _fill_events(self, summary: CaseSummary) -> None:
        self.events.setRowCount(len(summary.events))
        for row, event in enumerate(summary.events):
            values = [
                formatting.moment(event.occurred_at),
                labels.label(event.event_kind),
                event.description.split("\n", 1)[0],
            ]
            for col, value in enumerate(values):
                self.events.setItem(row, col, _item(value, event.id))
        self.events.resizeColumnsToContents()
        self.events.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

    def _fill_links(self, summary: CaseSummary) -> None:
        self.links.setRowCount(len(summary.links))
        for row, link in enumerate(summary.links):
            a = summary.refs.get(link.source_id)
            b = summary.refs.get(link.target_id)
            kind = labels.label(link.kind) + (f" ({labels.label(link.role)})" if link.role else "")
            seen = formatting.day(link.first_seen)
            if link.last_seen and link.last_seen != link.first_seen:
                seen += " – " + formatting.day(link.last_seen)
            self.links.setItem(row, 0, _item(a.label if a else "?", link.source_id))
            self.links.setItem(row, 1, _item(kind))
            self.links.setItem(row, 2, _item(b.label if b else "?", link.target_id))
            self.links.setItem(row, 3, _item(seen))
        header = self.links.horizontalHeader()
        header.setStretchLastSection(False)
        for column, mode in enumerate(
            (
                QHeaderView.ResizeMode.Stretch,
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.Stretch,
                QHeaderView.ResizeMode.ResizeToContents,
            )
        ):
            header.setSectionResizeMode(column, mode)

    # --- members -------------------------------------------------------------------------------

    def add_members(self, ids: list[UUID]) -> None:
        services, case_id = self.services, self.case_id

        def done(added: list[UUID]) -> None:
            self.status.emit(translate("CaseView", "{n} record(s) added to the case.").replace("{n}", str(len(added))))

        run_op(
            lambda: services.cases.add_members(case_id, ids),
            done,
            lambda m: self.status.emit(messages.translate(m)),
            write=True,
        )

    def selected_member_ids(self) -> list[UUID]:
        return [i.data(0, ID_ROLE) for i in self.members.selectedItems() if i.data(0, ID_ROLE)]

    def remove_selected(self) -> None:
        ids = self.selected_member_ids()
        if not ids:
            return
        services, case_id = self.services, self.case_id
        run_op(
            lambda: services.cases.remove_members(case_id, ids),
            lambda n: self.status.emit(
                translate("CaseView", "{n} record(s) removed from the case.").replace("{n}", str(n))
            ),
            lambda m: self.status.emit(messages.translate(m)),
            write=True,
        )

    def _member_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        record_id = item.data(0, ID_ROLE)
        if record_id:
            self.open_record.emit(record_id)

    def _member_selected(self, item: QTreeWidgetItem | None, _previous: Any) -> None:
        if item is not None and item.data(0, ID_ROLE):
            self.selected.emit(item.data(0, ID_ROLE))

    def _member_menu(self, pos: QPoint) -> None:
        ids = self.selected_member_ids()
        if not ids:
            return
        menu = QMenu(self)
        menu.addAction(translate("CaseView", "Open"), lambda: self.open_record.emit(ids[0]))
        menu.addAction(icon("chart"), translate("CaseView", "Link chart"), lambda: self.open_chart.emit(None, ids))
        menu.addSeparator()
        menu.addAction(icon("delete"), translate("CaseView", "Remove from the case"), self.remove_selected)
        menu.popup(self.members.viewport().mapToGlobal(pos))

    def _open_item(self, item: QTableWidgetItem) -> None:
        record_id = item.data(ID_ROLE)
        if record_id:
            self.open_record.emit(record_id)

    def _select_item(self, item: QTableWidgetItem | None) -> None:
        if item is not None and item.data(ID_ROLE):
            self.selected.emit(item.data(ID_ROLE))
