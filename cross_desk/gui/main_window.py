"""The investigator's desk: navigator, central tabs, details panel, status bar, menus.

Every open view listens to one Qt signal (``ChangeBus.changed``) that relays what services
wrote, and refreshes itself; views never call each other. The window keeps its layout, the
last open case and the language in QSettings.
"""

from __future__ import annotations

import contextlib
from typing import Any
from uuid import UUID

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QDesktopServices, QIcon, QKeySequence, QUndoGroup
from PySide6.QtWidgets import (
    QDialog,
    QDockWidget,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QTabWidget,
    QTextBrowser,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from cross_desk.domain.access import Action, allowed, creating_needs
from cross_desk.domain.changes import Changes
from cross_desk.domain.kinds import EntityKind
from cross_desk.domain.schema import SCHEMA
from cross_desk.gui import formatting, i18n, labels, messages
from cross_desk.gui.audit_view import AuditView, ReviewView
from cross_desk.gui.case_view import CaseForm, CaseView
from cross_desk.gui.icons import icon, kind_icon
from cross_desk.gui.inbox_view import InboxView
from cross_desk.gui.intake_forms import form_for
from cross_desk.gui.jobs import Job, activity, run_op
from cross_desk.gui.printing import ActivityDialog, ask_save_path
from cross_desk.gui.record_list import CaseListView, DeletedView, RecordListView
from cross_desk.gui.record_view import render_detail
from cross_desk.gui.search_popup import SearchPopup
from cross_desk.gui.tabs import DeskTab
from cross_desk.services import Services
from cross_desk.services.records import EntityDetail

NAV_ROLE = Qt.ItemDataRole.UserRole
NAVIGATOR: tuple[str, ...] = ("cases", "inbox", *(k.value for k in EntityKind if k != EntityKind.TIP), "tip", "deleted")
SETTING_GEOMETRY = "window/geometry"
SETTING_STATE = "window/state"
SETTING_LAST_CASE = "desk/last_case"


class ChangeBus(QObject):
    """Carries services' change notices to the GUI thread (they may come from a worker)."""

    changed = Signal(object)


class ChartTab(DeskTab):
    """Hosts the link chart (cross_desk.gui.chart, imported when first wanted)."""

    def __init__(self, chart: QWidget, key: Any, title: str) -> None:
        super().__init__()
        self.chart, self._key, self._title = chart, key, title
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(chart)
        if hasattr(chart, "open_record"):
            chart.open_record.connect(self.open_record.emit)

    def key(self) -> Any:
        return self._key

    def title(self) -> str:
        return self.tr("Chart: {name}").replace("{name}", self._title)

    def tab_icon(self) -> QIcon:
        return icon("chart")

    def dossier_case(self) -> Any:
        return self._key[1] if self._key[0] == "chart-case" else None


class MainWindow(QMainWindow):
    def __init__(self, services: Services, restore_session: bool = True) -> None:
        super().__init__()
        self.services = services
        self.bus = ChangeBus()
        self._listener = self.bus.changed.emit
        services.subscribe(self._listener)
        self.bus.changed.connect(self._on_changes)
        self.undo_group = QUndoGroup(self)
        self._closed = False
        self.setWindowIcon(icon("app"))
        self.setObjectName("mainWindow")
        self.resize(1440, 900)

        self.tabs = QTabWidget()
        self.tabs.setTabsClosable(True)
        self.tabs.setMovable(True)
        self.tabs.setDocumentMode(True)
        self.tabs.tabCloseRequested.connect(self.close_tab)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.setCentralWidget(self.tabs)

        self.navigator = QListWidget()
        self.navigator.setObjectName("navigator")
        self.navigator.setMinimumWidth(170)
        for key in NAVIGATOR:
            item = QListWidgetItem()
            item.setData(NAV_ROLE, key)
            item.setIcon(self._nav_icon(key))
            self.navigator.addItem(item)
        self.navigator.itemActivated.connect(lambda item: self.open_navigator(item.data(NAV_ROLE)))
        self.navigator.itemClicked.connect(lambda item: self.open_navigator(item.data(NAV_ROLE)))
        self.nav_dock = QDockWidget()
        self.nav_dock.setObjectName("navigatorDock")
        self.nav_dock.setWidget(self.navigator)
        self.nav_dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable | QDockWidget.DockWidgetFeature.DockWidgetClosable
        )
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.nav_dock)

        self.details = QTextBrowser()
        self.details.setObjectName("details")
        self.details.setOpenLinks(False)
        self.details.anchorClicked.connect(self._detail_link)
        self.details.setMinimumWidth(240)
        self.details_dock = QDockWidget()
        self.details_dock.setObjectName("detailsDock")
        self.details_dock.setWidget(self.details)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.details_dock)
        self.resizeDocks([self.nav_dock, self.details_dock], [210, 380], Qt.Orientation.Horizontal)
        self.shown_record: UUID | None = None

        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(90)
        self.busy.setMaximumHeight(14)
        self.busy.hide()
        self.db_label = QLabel()
        self.user_label = QLabel()
        self.statusBar().addPermanentWidget(self.busy)
        self.statusBar().addPermanentWidget(self.db_label)
        self.statusBar().addPermanentWidget(self.user_label)
        activity().changed.connect(self._activity)
        self._busy_timer = QTimer(self, singleShot=True, interval=250)
        self._busy_timer.timeout.connect(lambda: self.busy.setVisible(activity().running > 0))

        self.search_popup = SearchPopup(services, self)
        self.search_popup.open_record.connect(self.open_record)
        self.search_popup.open_case.connect(self.open_case)

        self._make_actions()
        self._make_menus()
        self.retranslate()
        self._refresh_counts()
        if restore_session:
            self.restore_settings()
        else:
            self.open_inbox()

    # --- actions and menus -----------------------------------------------------------------------

    def _make_actions(self) -> None:
        a: dict[str, QAction] = {}

        def act(name: str, slot: Any, shortcut: Any = None, icon_name: str = "") -> QAction:
            action = QAction(self)
            if icon_name:
                action.setIcon(icon(icon_name))
            if shortcut is not None:
                action.setShortcuts(shortcut if isinstance(shortcut, list) else [QKeySequence(shortcut)])
            action.triggered.connect(lambda _=False: slot())
            a[name] = action
            return action

        # one "New …" action per kind of the schema; the day-to-day ones have a shortcut
        shortcuts = {
            EntityKind.TIP: QKeySequence("Ctrl+T"),
            EntityKind.SEIZURE: QKeySequence("Ctrl+Shift+S"),
            EntityKind.EVENT: QKeySequence("Ctrl+Shift+E"),
            EntityKind.PERSON: QKeySequence(QKeySequence.StandardKey.New),
        }
        for kind, spec in SCHEMA.items():
            act(f"new_{kind.value}", lambda k=kind: self.new_record(k), shortcuts.get(kind), spec.icon)
        act("new_case", lambda: self.new_record("case"), "Ctrl+Shift+N", "case")
        act("save", self.save_current, [QKeySequence(QKeySequence.StandardKey.Save)], "save")
        act(
            "close_tab",
            lambda: self.close_tab(self.tabs.currentIndex()),
            [QKeySequence(QKeySequence.StandardKey.Close)],
        )
        act("print", self.print_dossier, [QKeySequence(QKeySequence.StandardKey.Print)], "print")
        act("quit", self.close, [QKeySequence(QKeySequence.StandardKey.Quit)])
        # Plain "Undo"/"Redo" (the group's own actions would put each edit's name in the toolbar);
        # the tooltip says what would be undone.
        undo = act("undo", self.undo_group.undo, [QKeySequence(QKeySequence.StandardKey.Undo)], "undo")
        redo = act("redo", self.undo_group.redo, [QKeySequence(QKeySequence.StandardKey.Redo)], "redo")
        undo.setEnabled(False)
        redo.setEnabled(False)
        self.undo_group.canUndoChanged.connect(undo.setEnabled)
        self.undo_group.canRedoChanged.connect(redo.setEnabled)
        self.undo_group.undoTextChanged.connect(
            lambda text: undo.setToolTip(self.tr("Undo: {what}").replace("{what}", text))
        )
        self.undo_group.redoTextChanged.connect(
            lambda text: redo.setToolTip(self.tr("Redo: {what}").replace("{what}", text))
        )
        act("find", self.show_search, [QKeySequence("Ctrl+K"), QKeySequence(QKeySequence.StandardKey.Find)], "search")
        act("inbox", self.open_inbox, "Ctrl+I", "inbox")
        act("cases", self.open_cases, "Ctrl+Shift+C", "case")
        act("deleted", self.open_deleted, None, "deleted")
        act("chart", self.chart_current, "Ctrl+G", "chart")
        act("analyse", self.analyse_current, "Ctrl+Shift+G")
        act("refresh", lambda: self.bus.changed.emit(Changes()), [QKeySequence(QKeySequence.StandardKey.Refresh)])
        act("activity", self.activity_report, None, "report")
        act("about", self.about)
        act("audit", self.open_audit)
        act("review", self.open_review)
        self.actions_by_name = a
        self.lang_group = QActionGroup(self)
        self.lang_actions: dict[str, QAction] = {}
        for lang in ("", "fr", "en"):
            action = QAction(self)
            action.setCheckable(True)
            action.setData(lang)
            action.triggered.connect(lambda _=False, lang=lang: self.set_language(lang))
            self.lang_group.addAction(action)
            self.lang_actions[lang] = action
        self.lang_actions[i18n.chosen_language()].setChecked(True)

    def _make_menus(self) -> None:
        a = self.actions_by_name
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.new_menu = self.file_menu.addMenu(icon("new"), "")
        for name in ("new_tip", "new_seizure", "new_event", "new_case"):
            self.new_menu.addAction(a[name])
        self.new_menu.addSeparator()
        for kind in ("person", "vehicle", "phone", "location", "organisation", "source"):
            self.new_menu.addAction(a[f"new_{kind}"])
        self.file_menu.addAction(a["save"])
        self.file_menu.addAction(a["close_tab"])
        self.file_menu.addSeparator()
        self.file_menu.addAction(a["print"])
        self.file_menu.addSeparator()
        self.file_menu.addAction(a["quit"])
        self.edit_menu = bar.addMenu("")
        self.edit_menu.addAction(a["undo"])
        self.edit_menu.addAction(a["redo"])
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(a["find"])
        self.view_menu = bar.addMenu("")
        for name in ("inbox", "cases", "deleted", "chart", "analyse", "refresh"):
            self.view_menu.addAction(a[name])
        self.view_menu.addSeparator()
        # supervision: shown only to the roles the permission table allows
        role = self.services.actor.role
        a["analyse"].setVisible(allowed(role, Action.RUN_ANALYSIS))
        # "New …" only for those who may create it (an analyst reads, a supervisor writes)
        kinds = ("tip", "seizure", "event", "case", "person", "vehicle", "phone", "location", "organisation", "source")
        for kind in kinds:
            a[f"new_{kind}"].setVisible(allowed(role, creating_needs(kind)))
        self.new_menu.menuAction().setVisible(any(a[f"new_{kind}"].isVisible() for kind in kinds))
        for name, action in (("audit", Action.VIEW_AUDIT), ("review", Action.REVIEW_RETENTION)):
            a[name].setVisible(allowed(role, action))
            self.view_menu.addAction(a[name])
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.nav_dock.toggleViewAction())
        self.view_menu.addAction(self.details_dock.toggleViewAction())
        self.reports_menu = bar.addMenu("")
        self.reports_menu.addAction(a["print"])
        self.reports_menu.addAction(a["activity"])
        self.settings_menu = bar.addMenu("")
        self.language_menu = self.settings_menu.addMenu("")
        for action in self.lang_actions.values():
            self.language_menu.addAction(action)
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(a["about"])

        self.toolbar = QToolBar()
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        creates = [a[name] for name in ("new_tip", "new_seizure", "new_event", "new_case") if a[name].isVisible()]
        if creates:  # a role that creates nothing (an analyst) gets no empty group at the start
            self.toolbar.addActions(creates)
            self.toolbar.addSeparator()
        for name in ("save", "undo", "redo"):
            self.toolbar.addAction(a[name])
        self.toolbar.addSeparator()
        for name in ("find", "chart"):
            self.toolbar.addAction(a[name])
        self.addToolBar(self.toolbar)
        has_reports = hasattr(self.services, "reports")
        a["print"].setVisible(has_reports)
        a["activity"].setVisible(has_reports)
        self.reports_menu.menuAction().setVisible(has_reports)

    def retranslate(self) -> None:
        a = self.actions_by_name
        texts = {
            "new_tip": self.tr("New &tip"),
            "new_seizure": self.tr("New &seizure"),
            "new_event": self.tr("New &event"),
            "new_case": self.tr("New &case"),
            "save": self.tr("&Save"),
            "close_tab": self.tr("&Close tab"),
            "print": self.tr("&Print dossier…"),
            "quit": self.tr("&Quit"),
            "find": self.tr("&Find anything…"),
            "inbox": self.tr("Tips &inbox"),
            "cases": self.tr("&Cases"),
            "deleted": self.tr("&Deleted records"),
            "chart": self.tr("&Link chart"),
            "analyse": self.tr("&Analyse the network…"),
            "refresh": self.tr("&Refresh"),
            "activity": self.tr("&Activity report…"),
            "about": self.tr("&About cross_desk"),
            "audit": self.tr("&Audit trail"),
            "review": self.tr("Records due for re&view"),
        }
        for kind in ("person", "vehicle", "phone", "location", "organisation", "source"):
            texts[f"new_{kind}"] = labels.new_label(EntityKind(kind))
        for name, text in texts.items():
            a[name].setText(text)
            shortcut = a[name].shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            a[name].setToolTip(f"{text.replace('&', '')} ({shortcut})" if shortcut else text.replace("&", ""))
        a["undo"].setText(self.tr("&Undo"))
        a["redo"].setText(self.tr("&Redo"))
        self.file_menu.setTitle(self.tr("&File"))
        self.new_menu.setTitle(self.tr("&New"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.reports_menu.setTitle(self.tr("&Reports"))
        self.settings_menu.setTitle(self.tr("&Settings"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.lang_actions[""].setText(self.tr("System default"))
        self.lang_actions["fr"].setText("Français")
        self.lang_actions["en"].setText("English")
        self.toolbar.setWindowTitle(self.tr("Toolbar"))
        self.nav_dock.setWindowTitle(self.tr("Navigator"))
        self.details_dock.setWindowTitle(self.tr("Details"))
        self.setWindowTitle(self.tr("cross_desk — {database}").replace("{database}", self.services.database))
        self.db_label.setText(self.tr("Database: {database}").replace("{database}", self.services.database))
        actor = self.services.actor
        self.user_label.setText(
            self.tr("Signed in: {user} ({role})")
            .replace("{user}", actor.username)
            .replace("{role}", self.role_label(actor.role.value))
        )
        self._nav_texts()
        if self.shown_record is None:
            hint = self.tr("Select a record to see its details and links.")
            self.details.setHtml(f"<p style='color:#5f6368'>{hint}</p>")
        for i in range(self.tabs.count()):
            self._retitle(self.tabs.widget(i))
        if self.shown_record is not None:
            self.show_details(self.shown_record)

    def role_label(self, role: str) -> str:
        return {
            "investigator": self.tr("investigator"),
            "source_handler": self.tr("source handler"),
            "analyst": self.tr("analyst"),
            "supervisor": self.tr("supervisor"),
            "administrator": self.tr("administrator"),
        }.get(role, role)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- navigator ---------------------------------------------------------------------------

    @staticmethod
    def _nav_icon(key: str) -> QIcon:
        if key in ("cases", "inbox", "deleted"):
            return icon({"cases": "case"}.get(key, key))
        return kind_icon(EntityKind(key))

    def _nav_title(self, key: str) -> str:
        if key == "cases":
            return self.tr("Cases")
        if key == "inbox":
            return self.tr("Tips inbox")
        if key == "deleted":
            return self.tr("Deleted records")
        if key == "tip":
            return self.tr("All tips")
        return labels.plural(EntityKind(key))

    def _nav_texts(self) -> None:
        counts = getattr(self, "_counts", {})
        for i in range(self.navigator.count()):
            item = self.navigator.item(i)
            key = item.data(NAV_ROLE)
            n = counts.get(key)
            text = self._nav_title(key)
            item.setText(f"{text}  ({formatting.number(n)})" if n is not None else text)
        # wide enough for the longest entry in the current language (French is longer)
        self.navigator.setMinimumWidth(max(170, self.navigator.sizeHintForColumn(0) + 12))

    def _refresh_counts(self) -> None:
        services = self.services
        self._count_seq = getattr(self, "_count_seq", 0) + 1
        seq = self._count_seq

        def done(result: tuple[dict[EntityKind, int], int]) -> None:
            if seq != self._count_seq:
                return  # an older count finishing late
            counts, cases = result
            self._counts = {k.value: counts.get(k, 0) for k in EntityKind}
            self._counts["cases"] = cases
            self._nav_texts()

        run_op(lambda: (services.records.counts(), len(services.cases.list())), done)

    def open_navigator(self, key: str) -> None:
        if key == "cases":
            self.open_cases()
        elif key == "inbox":
            self.open_inbox()
        elif key == "deleted":
            self.open_deleted()
        else:
            self.open_kind(EntityKind(key))

    # --- tabs ------------------------------------------------------------------------------------

    def find_tab(self, key: Any) -> DeskTab | None:
        for i in range(self.tabs.count()):
            tab = self.tabs.widget(i)
            if isinstance(tab, DeskTab) and tab.key() == key:
                return tab
        return None

    def add_tab(self, tab: DeskTab) -> DeskTab:
        existing = self.find_tab(tab.key())
        if existing is not None:
            tab.deleteLater()
            self.tabs.setCurrentWidget(existing)
            return existing
        tab.title_changed.connect(lambda t=tab: self._retitle(t))
        tab.open_record.connect(self.open_record)
        tab.open_case.connect(self.open_case)
        tab.selected.connect(self.show_details)
        tab.open_chart.connect(self.open_chart)
        tab.new_record.connect(self.new_record)
        tab.close_requested.connect(lambda t=tab: self._remove_tab(t))
        tab.status.connect(lambda text: self.statusBar().showMessage(text, 8000))
        stack = tab.undo_stack()
        if stack is not None:
            self.undo_group.addStack(stack)
        index = self.tabs.addTab(tab, tab.tab_icon(), tab.title())
        self.tabs.setCurrentIndex(index)
        return tab

    def _retitle(self, tab: QWidget) -> None:
        index = self.tabs.indexOf(tab)
        if index >= 0 and isinstance(tab, DeskTab):
            self.tabs.setTabText(index, tab.title())
            self.tabs.setTabIcon(index, tab.tab_icon())
            self.tabs.setTabToolTip(index, tab.title())
            if isinstance(tab, CaseView):
                QSettings().setValue(SETTING_LAST_CASE, str(tab.case_id))

    def _tab_changed(self, index: int) -> None:
        tab = self.tabs.widget(index)
        stack = tab.undo_stack() if isinstance(tab, DeskTab) else None
        self.undo_group.setActiveStack(stack)
        self.actions_by_name["save"].setEnabled(isinstance(tab, DeskTab) and tab.can_save())
        if isinstance(tab, CaseView):
            QSettings().setValue(SETTING_LAST_CASE, str(tab.case_id))

    def current_tab(self) -> DeskTab | None:
        tab = self.tabs.currentWidget()
        return tab if isinstance(tab, DeskTab) else None

    def close_tab(self, index: int) -> bool:
        tab = self.tabs.widget(index)
        if tab is None:
            return True
        if isinstance(tab, DeskTab) and not tab.maybe_close():
            return False
        self._remove_tab(tab)
        return True

    def _remove_tab(self, tab: QWidget) -> None:
        index = self.tabs.indexOf(tab)
        if index < 0:
            return
        if isinstance(tab, DeskTab) and tab.undo_stack() is not None:
            self.undo_group.removeStack(tab.undo_stack())
        if isinstance(tab, CaseView) and QSettings().value(SETTING_LAST_CASE) == str(tab.case_id):
            QSettings().remove(SETTING_LAST_CASE)
        self.tabs.removeTab(index)
        tab.deleteLater()

    # --- opening things ----------------------------------------------------------------------------

    def open_inbox(self) -> InboxView:
        return self.find_tab(("inbox",)) or self.add_tab(InboxView(self.services, self.bus))  # type: ignore[return-value]

    def open_cases(self) -> DeskTab:
        return self.find_tab(("cases",)) or self.add_tab(CaseListView(self.services, self.bus))

    def open_audit(self) -> DeskTab:
        return self.find_tab(("audit",)) or self.add_tab(AuditView(self.services))

    def open_review(self) -> DeskTab:
        return self.find_tab(("review",)) or self.add_tab(ReviewView(self.services))

    def open_deleted(self) -> DeskTab:
        return self.find_tab(("deleted",)) or self.add_tab(DeletedView(self.services, self.bus))

    def open_kind(self, kind: EntityKind) -> DeskTab:
        tab = self.find_tab(("list", kind)) or self.add_tab(RecordListView(self.services, self.bus, kind))
        self.tabs.setCurrentWidget(tab)
        return tab

    def open_record(self, record_id: UUID) -> None:
        existing = self.find_tab(("record", record_id))
        if existing is not None:
            self.tabs.setCurrentWidget(existing)
            return
        services = self.services

        def opened(entity: Any) -> None:
            if self.find_tab(("record", record_id)) is None:
                self.add_tab(form_for(services, self.bus, entity.KIND, entity))
            self.show_details(record_id)

        run_op(lambda: services.records.get(record_id), opened, self._error)

    def open_case(self, case_id: UUID) -> DeskTab:
        tab = self.find_tab(("case", case_id)) or self.add_tab(CaseView(self.services, self.bus, case_id))
        self.tabs.setCurrentWidget(tab)
        QSettings().setValue(SETTING_LAST_CASE, str(case_id))
        return tab

    def new_record(self, kind: Any, prefill: dict[str, Any] | None = None) -> DeskTab | None:
        if kind == "case":
            return self.add_tab(CaseForm(self.services, self.bus, None, prefill))
        if kind == "case-edit":
            case_id = (prefill or {})["id"]
            return self.find_tab(("case-form", case_id)) or self.add_tab(CaseForm(self.services, self.bus, case_id))
        if kind == "print-dossier":
            self.print_dossier((prefill or {}).get("id"))
            return None
        return self.add_tab(form_for(self.services, self.bus, EntityKind(kind), None, prefill))

    def open_chart(self, case_id: UUID | None = None, ids: list[UUID] | None = None) -> DeskTab | None:
        try:
            from cross_desk.gui.chart import ChartWidget  # the chart loads only when first wanted
        except ImportError:
            self.statusBar().showMessage(self.tr("The link chart is not available in this version."), 8000)
            return None
        key: Any = ("chart-case", case_id) if case_id else ("chart", tuple(sorted(map(str, ids or []))))
        existing = self.find_tab(key)
        if existing is not None:
            self.tabs.setCurrentWidget(existing)
            return existing
        chart = ChartWidget(self.services, parent=None)
        if case_id:
            chart.show_case(case_id)
            title = self.tab_title_of_case(case_id)
        else:
            chart.show_entities(list(ids or []))
            title = self.tr("{n} record(s)").replace("{n}", str(len(ids or [])))
        return self.add_tab(ChartTab(chart, key, title))

    def tab_title_of_case(self, case_id: UUID) -> str:
        tab = self.find_tab(("case", case_id))
        return tab.title() if tab is not None else self.tr("case")

    def chart_current(self) -> None:
        tab = self.current_tab()
        target = tab.chart_target() if tab else None
        if target is None and self.shown_record is not None:
            target = (None, [self.shown_record])
        if target is None:
            self.statusBar().showMessage(self.tr("Select records or open a case to chart."), 6000)
            return
        self.open_chart(*target)

    def analyse_current(self) -> None:
        """The chart of the current case or records, with its analysis panel in front."""
        tab = self.current_tab()
        if not isinstance(tab, ChartTab):
            self.chart_current()
            tab = self.current_tab()
        if isinstance(tab, ChartTab) and hasattr(tab.chart, "analysis"):
            tab.chart.panel.show()
            tab.chart.panel.setCurrentWidget(tab.chart.analysis)

    def save_current(self) -> None:
        tab = self.current_tab()
        if tab is not None and tab.can_save():
            tab.save()

    def show_search(self) -> None:
        self.search_popup.popup(self)

    # --- details panel -----------------------------------------------------------------------------

    def show_details(self, record_id: UUID | None) -> None:
        if record_id is None:
            return
        self.shown_record = record_id
        services = self.services

        def shown(detail: EntityDetail) -> None:
            if self.shown_record == record_id:
                self.details.setHtml(render_detail(detail))

        run_op(lambda: services.records.detail(record_id), shown, self._error)

    def _detail_link(self, url: QUrl) -> None:
        action, _, value = url.toString().partition(":")
        try:
            target = UUID(value)
        except ValueError:
            return
        if action == "open":
            self.open_record(target)
        elif action == "show":
            self.show_details(target)
        elif action == "case":
            self.open_case(target)
        elif action == "chart":
            self.open_chart(None, [target])

    # --- reports ---------------------------------------------------------------------------------

    def print_dossier(self, case_id: UUID | None = None) -> None:
        reports = getattr(self.services, "reports", None)
        if reports is None:
            return
        if case_id is None:
            tab = self.current_tab()
            case_id = tab.dossier_case() if tab else None
        if case_id is None:
            self.statusBar().showMessage(self.tr("Open a case first: the dossier is printed from a case."), 6000)
            return
        case_tab = self.find_tab(("case", case_id))
        name = case_tab.title() if case_tab else "dossier"
        path = ask_save_path(self, self.tr("Print dossier"), f"{name}.pdf")
        if not path:
            return
        language = i18n.current_language()
        self._run_report(
            lambda job: reports.case_dossier(case_id, path, language=language, progress=self._progress(job)),
            self.tr("Printing the dossier…"),
        )

    def activity_report(self) -> None:
        reports = getattr(self.services, "reports", None)
        if reports is None:
            return
        dialog = ActivityDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        start, end = dialog.period()
        path = ask_save_path(self, self.tr("Activity report"), f"activity_{start:%Y-%m}.pdf")
        if not path:
            return
        language = i18n.current_language()
        self._run_report(
            lambda job: reports.activity(start, end, path, language=language, progress=self._progress(job)),
            self.tr("Writing the activity report…"),
        )

    @staticmethod
    def _progress(job: Job) -> Any:
        def report(fraction: float, _what: str) -> None:
            if job.cancelled:
                raise InterruptedError("cancelled")  # reports abandon the file when progress raises
            job.report(int(fraction * 100), 100)

        return report

    def _run_report(self, fn: Any, text: str) -> None:
        def done(result: Any) -> None:
            self.statusBar().showMessage(self.tr("Written: {path}").replace("{path}", str(result.path)), 10_000)
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.path)))

        def failed(message: str) -> None:
            QMessageBox.warning(self, self.tr("Report"), messages.translate(message))

        run_op(fn, done, failed, progress=text, parent=self, takes_job=True)

    # --- misc --------------------------------------------------------------------------------------

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About cross_desk"),
            self.tr("cross_desk — case management and link analysis for a narcotics intelligence unit."),
        )

    def set_language(self, language: str) -> None:
        i18n.apply_language(language or None, remember=True)
        self.lang_actions[language].setChecked(True)

    def _activity(self, running: int) -> None:
        if running > 0:
            self._busy_timer.start()
        else:
            self._busy_timer.stop()
            self.busy.hide()

    def _error(self, message: str) -> None:
        self.statusBar().showMessage(messages.translate(message), 10_000)

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches(*(k.value for k in EntityKind), "case") or not changes.ids:
            self._refresh_counts()
        if self.shown_record is not None and (self.shown_record in changes.ids or "link" in changes.kinds):
            self.show_details(self.shown_record)

    # --- settings ------------------------------------------------------------------------------------

    def restore_settings(self) -> None:
        settings = QSettings()
        geometry = settings.value(SETTING_GEOMETRY)
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        state = settings.value(SETTING_STATE)
        if isinstance(state, QByteArray):
            self.restoreState(state)
        self.open_inbox()
        last = settings.value(SETTING_LAST_CASE)
        if last:
            try:
                case_id = UUID(str(last))
            except ValueError:
                return
            services = self.services
            run_op(
                lambda: services.cases.get(case_id),
                lambda case: self.open_case(case.id),
                lambda _m: QSettings().remove(SETTING_LAST_CASE),
            )

    def save_settings(self) -> None:
        settings = QSettings()
        settings.setValue(SETTING_GEOMETRY, self.saveGeometry())
        settings.setValue(SETTING_STATE, self.saveState())

    def _open_case_id(self) -> str | None:
        """The case of the current tab, else of the last case tab still open."""
        tabs = [self.tabs.currentWidget()] + [self.tabs.widget(i) for i in reversed(range(self.tabs.count()))]
        return next((str(tab.case_id) for tab in tabs if isinstance(tab, CaseView)), None)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._closed:
            event.accept()
            return
        for i in range(self.tabs.count()):
            tab = self.tabs.widget(i)
            if isinstance(tab, DeskTab) and tab.is_dirty():
                self.tabs.setCurrentIndex(i)
                if not tab.maybe_close():
                    event.ignore()
                    return
        # the case open now is the one to reopen; the setting only when none is open
        last = self._open_case_id() or QSettings().value(SETTING_LAST_CASE)
        self.save_settings()
        if last:
            QSettings().setValue(SETTING_LAST_CASE, last)
        with contextlib.suppress(ValueError):  # already unsubscribed
            self.services.unsubscribe(self._listener)
        self._closed = True  # the user said what to do with unsaved work: do not ask twice
        event.accept()
