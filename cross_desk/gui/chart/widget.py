"""The link chart: a case, a search result or a record's neighbourhood as a network to work on.

``ChartWidget`` puts together the canvas, a toolbar, a panel of filters and styles, a date
range with a play button, and a timeline. Data comes only from services; loading and layouts
run in background jobs (``run_op``) with progress and Cancel in the chart's status line.
"""

from __future__ import annotations

import contextlib
import math
from collections import deque
from collections.abc import Callable, Iterable
from datetime import date, timedelta
from pathlib import Path
from typing import Any
from uuid import UUID

from PySide6.QtCore import QEasingCurve, QObject, QPointF, QRectF, QSize, Qt, QTimer, QVariantAnimation, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QImage, QKeySequence, QPainter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from superqt import QRangeSlider

from cross_desk.domain.access import Action, allowed
from cross_desk.domain.changes import Changes
from cross_desk.domain.kinds import EntityKind, LinkKind
from cross_desk.domain.records import GraphData, Link
from cross_desk.gui import labels
from cross_desk.gui.chart import style
from cross_desk.gui.chart.analysis_panel import AnalysisPanel
from cross_desk.gui.chart.canvas import ChartCanvas
from cross_desk.gui.chart.dialogs import ExpandDialog, ImageDialog, LinkDialog, SavedChartsDialog
from cross_desk.gui.chart.model import ChartModel, link_span, strength
from cross_desk.gui.chart.render import DETAIL_LIMIT, Pair
from cross_desk.gui.chart.timeline import TimelineView, build
from cross_desk.gui.jobs import Job, run_op
from cross_desk.services import Services
from cross_desk.services.charts import Algorithm, LayoutCancelled, SavedChart

ANIMATE_UP_TO = 3000  # nodes; above, a new layout is applied at once (a frame costs too much)
ANIMATION_MS = 450
EXPORT_WIDTH = 1600.0  # pictures wider than this are drawn magnified (see ``paint_to``)


class _Relay(QObject):
    """Carries worker progress and service change notices to the GUI thread."""

    progress = Signal(float, str)
    changed = Signal(object)


def _safe_emit(signal: Any, *args: Any) -> None:
    with contextlib.suppress(RuntimeError):  # the chart was closed while a job ran
        signal.emit(*args)


class ChartWidget(QWidget):
    # the user opens a record from the chart (double-click, Enter, menu): its id
    open_record = Signal(object)
    # the selection changed: a list of ids
    selection_changed = Signal(object)
    # what the chart shows changed (loaded, expanded, saved…): for a tab title
    chart_changed = Signal()
    # the records or links in view changed (hidden, filtered, added…): analyses go stale
    shown_changed = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.model = ChartModel()
        self.case_id: UUID | None = None
        self.saved: SavedChart | None = None
        self.algorithm = Algorithm.FORCE
        self.colour_by = "kind"
        self.size_by = "none"
        # analysis results to colour or size nodes by: key → (title, values)
        self.metrics: dict[str, tuple[str, dict[UUID, float]]] = {}
        # metrics whose values are group numbers (coloured apart), not amounts (a ramp)
        self.categorical: set[str] = set()
        self._job: Job | None = None
        self._token: object | None = None
        self._relay = _Relay(self)
        self._relay.progress.connect(self._show_progress)
        self._relay.changed.connect(self._on_changes)
        self._pending_changes: set[UUID] = set()
        self._change_timer = QTimer(self, singleShot=True, interval=300)
        self._change_timer.timeout.connect(self._refresh_changed)
        self._filter_timer = QTimer(self, singleShot=True, interval=60)
        self._filter_timer.timeout.connect(self._apply_date_range)
        self._play_timer = QTimer(self, interval=450)
        self._play_timer.timeout.connect(self._play_step)
        self._animation = QVariantAnimation(self)
        self._animation.setDuration(ANIMATION_MS)
        self._animation.setStartValue(0.0)
        self._animation.setEndValue(1.0)
        self._animation.setEasingCurve(QEasingCurve.Type.OutCubic)
        self._animation.valueChanged.connect(self._animate_step)
        self._animation.finished.connect(self._animate_end)
        self._from: dict[UUID, tuple[float, float]] = {}
        self._shown: tuple[set[UUID], int] = (set(), 0)
        self._to: dict[UUID, tuple[float, float]] = {}
        self._date_origin = date.today()
        self._build()
        # Service changes come from any thread; the relay brings them here.
        relay_signal = self._relay.changed

        def listener(changes: Changes) -> None:
            _safe_emit(relay_signal, changes)

        self._listener = listener
        services.subscribe(listener)
        jobs = self._jobs_to_cancel = []  # type: ignore[var-annotated]

        def closing(*_: object) -> None:
            for job in jobs:
                job.cancel()
            if listener in services.ctx.listeners:
                services.unsubscribe(listener)

        self.destroyed.connect(closing)

    # --- building the widget -------------------------------------------------------------

    def _build(self) -> None:
        self.canvas = ChartCanvas(self)
        self.canvas.describe_node = self._describe_node
        self.canvas.describe_pair = self._describe_pair
        self.canvas.selection_changed.connect(self._on_selection)
        self.canvas.activated.connect(self.open_record.emit)
        self.canvas.moved.connect(self._on_moved)
        self.canvas.menu_requested.connect(self._context_menu)
        self.timeline = TimelineView(self)
        self.timeline.lane_clicked.connect(self._timeline_pick)
        self.timeline.mark_clicked.connect(self._timeline_pick)
        self.timeline.range_picked.connect(self.set_date_range)
        self.timeline.hide()

        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self._make_actions()

        self.find_box = QLineEdit(self)
        self.find_box.setPlaceholderText(self.tr("Find on the chart…"))
        self.find_box.setClearButtonEnabled(True)
        self.find_box.setMaximumWidth(260)
        self.find_box.returnPressed.connect(lambda: self.find(self.find_box.text()))
        self._completer = QCompleter([], self)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self._completer.setMaxVisibleItems(15)
        self._completer.activated.connect(self.find)
        self.find_box.setCompleter(self._completer)
        self.toolbar.addWidget(self.find_box)

        self.view_panel = self._build_panel()
        self.analysis = AnalysisPanel(self)
        self.panel = QTabWidget(self)
        self.panel.addTab(self.view_panel, self.tr("View"))
        self.panel.addTab(self.analysis, self.tr("Analysis"))
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self.canvas)
        left.addWidget(self.timeline)
        left.setStretchFactor(0, 3)
        left.setStretchFactor(1, 1)
        body = QSplitter(Qt.Orientation.Horizontal)
        body.addWidget(left)
        body.addWidget(self.panel)
        body.setStretchFactor(0, 1)
        body.setSizes([1000, 420])

        self.play = QToolButton(self)
        self.play.setCheckable(True)
        self.play.setText(self.tr("Play"))
        self.play.setToolTip(self.tr("Show the network as it stood, moving the dates forward"))
        self.play.toggled.connect(self._toggle_play)
        self.slider = QRangeSlider(Qt.Orientation.Horizontal, self)
        self.slider.setRange(0, 1)
        self.slider.setValue((0, 1))
        self.slider.valueChanged.connect(lambda _: self._filter_timer.start())
        self.dates_label = QLabel(self)
        self.dates_label.setMinimumWidth(190)
        reset = QPushButton(self.tr("All dates"), self)
        reset.clicked.connect(lambda: self.set_date_range(None, None))
        dates = QHBoxLayout()
        dates.addWidget(self.play)
        dates.addWidget(self.slider, 1)
        dates.addWidget(self.dates_label)
        dates.addWidget(reset)

        self.status = QLabel(self)
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(220)
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        status = QHBoxLayout()
        status.addWidget(self.status, 1)
        status.addWidget(self.progress)
        status.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(body, 1)
        layout.addLayout(dates)
        layout.addLayout(status)
        self.canvas.empty_text = self.tr(
            "Nothing on the chart yet: open it from a case, a record or a search, or use “Add from search”."
        )
        self._reset_dates()
        self._update_actions()
        self._show_status()

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: str | QKeySequence.StandardKey | None = None,
        tip: str = "",
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{tip or text} ({keys})" if keys else (tip or text))
        action.triggered.connect(lambda _=False: slot())
        self.addAction(action)
        return action

    def _menu_button(self, text: str, menu: QMenu, tip: str) -> None:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setMenu(menu)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.toolbar.addWidget(button)

    def _make_actions(self) -> None:
        self.act_fit = self._action(self.tr("Fit"), self.canvas.fit, "F", self.tr("Show the whole chart"))
        self.act_layout = self._action(
            self.tr("Lay out"), lambda: self.run_layout(), "L", self.tr("Lay out the chart again")
        )
        layouts = QMenu(self)
        for algorithm, text in (
            (Algorithm.FORCE, self.tr("Force-directed")),
            (Algorithm.HIERARCHY, self.tr("Hierarchy (following link direction)")),
            (Algorithm.CIRCLE_KIND, self.tr("Circles by kind")),
            (Algorithm.CIRCLE_COMMUNITY, self.tr("Circles by group (communities)")),
            (Algorithm.GRID, self.tr("Grid")),
        ):
            layouts.addAction(text, lambda a=algorithm: self.run_layout(a))
        self.act_expand1 = self._action(
            self.tr("Expand"), lambda: self.expand(1), "E", self.tr("Add the neighbours of the selection")
        )
        self.act_expand2 = self._action(self.tr("Expand 2 hops"), lambda: self.expand(2), "Shift+E")
        self.act_expand_kind = self._action(self.tr("Expand by link kind…"), self._expand_dialog, "Ctrl+Shift+E")
        expand = QMenu(self)
        expand.addAction(self.act_expand1)
        expand.addAction(self.act_expand2)
        expand.addAction(self.act_expand_kind)
        self.act_hide = self._action(
            self.tr("Hide"), self.hide_selected, "H", self.tr("Hide the selection (Shift+H shows it again)")
        )
        self.act_unhide = self._action(self.tr("Show hidden"), self.show_hidden, "Shift+H")
        self.act_remove = self._action(
            self.tr("Remove"),
            self.remove_selected,
            QKeySequence.StandardKey.Delete,
            self.tr("Take the selection off the chart"),
        )
        self.act_pin = self._action(self.tr("Pin"), self.toggle_pin, "P", self.tr("Pinned records stay where they are"))
        self.act_among = self._action(
            self.tr("Links among"), self.links_among, "Ctrl+L", self.tr("Show every link among the selection")
        )
        self.act_link = self._action(self.tr("New link…"), self.new_link, "N", self.tr("Link the two selected records"))
        self.act_open = self._action(self.tr("Open record"), self._open_selected, "Return")
        self.act_open.setShortcut(QKeySequence())  # Enter is the canvas's; this is for the menu
        self.act_select_all = self._action(self.tr("Select all"), self.select_all, QKeySequence.StandardKey.SelectAll)
        self.act_select_none = self._action(self.tr("Select none"), lambda: self.canvas.set_selection(set()))
        self.act_select_links = self._action(self.tr("Select neighbours"), self.select_neighbours, "Ctrl+Shift+A")
        self.act_find = self._action(self.tr("Find"), lambda: self.find_box.setFocus(), QKeySequence.StandardKey.Find)
        self.act_timeline = self._action(
            self.tr("Timeline"), self.toggle_timeline, "T", self.tr("Show or hide the timeline")
        )
        self.act_timeline.setCheckable(True)
        self.act_panel = self._action(
            self.tr("Filters"), self.toggle_panel, "Ctrl+Shift+F", self.tr("Show or hide filters and styles")
        )
        self.act_panel.setCheckable(True)
        self.act_panel.setChecked(True)
        self.act_save = self._action(
            self.tr("Save"), self.save, QKeySequence.StandardKey.Save, self.tr("Save the chart with its case")
        )
        self.act_save_as = self._action(self.tr("Save as…"), self.save_as, "Ctrl+Shift+S")
        self.act_saved = self._action(self.tr("Saved charts…"), self.open_saved_dialog, "Ctrl+O")
        self.act_png = self._action(self.tr("Picture (PNG)…"), self.export_png_dialog, "Ctrl+Shift+P")
        self.act_svg = self._action(self.tr("Vector drawing (SVG)…"), self.export_svg_dialog)
        self.act_print = self._action(self.tr("Print…"), self.print_dialog, QKeySequence.StandardKey.Print)
        self.act_add = self._action(self.tr("Add from search…"), self.add_from_search, "Ctrl+Shift+N")
        select = QMenu(self)
        select.addAction(self.act_select_all)
        select.addAction(self.act_select_none)
        select.addAction(self.act_select_links)
        self.kind_menu = select.addMenu(self.tr("All of a kind"))
        for kind in EntityKind:
            self.kind_menu.addAction(
                QIcon(style.badge(kind, style.kind_colour(kind).rgba(), 32)),
                labels.plural(kind),
                lambda k=kind: self.select_kind(k),
            )
        charts = QMenu(self)
        charts.addAction(self.act_save)
        charts.addAction(self.act_save_as)
        charts.addAction(self.act_saved)
        export = QMenu(self)
        export.addAction(self.act_png)
        export.addAction(self.act_svg)
        export.addAction(self.act_print)

        bar = self.toolbar
        bar.addAction(self.act_fit)
        bar.addAction(self.act_layout)
        self._menu_button(self.tr("Layout"), layouts, self.tr("Choose a layout"))
        bar.addSeparator()
        self._menu_button(self.tr("Expand"), expand, self.tr("Add neighbours of the selection"))
        bar.addAction(self.act_hide)
        bar.addAction(self.act_remove)
        bar.addAction(self.act_pin)
        bar.addAction(self.act_among)
        bar.addAction(self.act_link)
        self._menu_button(self.tr("Select"), select, self.tr("Select records"))
        bar.addAction(self.act_add)
        bar.addSeparator()
        bar.addAction(self.act_timeline)
        bar.addAction(self.act_panel)
        self._menu_button(self.tr("Charts"), charts, self.tr("Save or open charts of this case"))
        self._menu_button(self.tr("Export"), export, self.tr("Picture, drawing or print of the chart"))
        bar.addSeparator()
        role = self.services.actor.role
        self.act_png.setEnabled(allowed(role, Action.EXPORT))
        self.act_svg.setEnabled(allowed(role, Action.EXPORT))
        self.act_print.setEnabled(allowed(role, Action.PRINT_DOSSIER))
        self._can_write = allowed(self.services.actor.role, Action.WRITE_RECORDS)
        self._can_save = allowed(self.services.actor.role, Action.RUN_ANALYSIS)

    def _build_panel(self) -> QWidget:
        inner = QWidget()
        box = QVBoxLayout(inner)
        shown = QGroupBox(self.tr("Show"))
        form = QVBoxLayout(shown)
        self.kind_list = QListWidget()
        for kind in EntityKind:
            item = QListWidgetItem(QIcon(style.badge(kind, style.kind_colour(kind).rgba(), 32)), labels.plural(kind))
            item.setData(Qt.ItemDataRole.UserRole, kind)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.kind_list.addItem(item)
        self.kind_list.itemChanged.connect(lambda _: self._filters_from_panel())
        self.link_list = QListWidget()
        for kind, text in labels.choices(LinkKind):
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, kind)
            item.setForeground(style.link_colour(kind))  # type: ignore[arg-type]
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.link_list.addItem(item)
        self.link_list.itemChanged.connect(lambda _: self._filters_from_panel())
        self.min_links = QSpinBox()
        self.min_links.setRange(0, 999)
        self.min_links.setSpecialValueText(self.tr("any"))
        self.min_links.valueChanged.connect(lambda _: self._filters_from_panel())
        form.addWidget(QLabel(self.tr("Records")))
        form.addWidget(self.kind_list)
        form.addWidget(QLabel(self.tr("Links")))
        form.addWidget(self.link_list)
        row = QFormLayout()
        row.addRow(self.tr("At least … links"), self.min_links)
        form.addLayout(row)
        looks = QGroupBox(self.tr("Style"))
        looks_form = QFormLayout(looks)
        self.colour_box = QComboBox()
        self.size_box = QComboBox()
        self._fill_style_boxes()
        self.colour_box.currentIndexChanged.connect(lambda _: self._style_changed())
        self.size_box.currentIndexChanged.connect(lambda _: self._style_changed())
        self.width_box = QComboBox()
        self.width_box.addItem(self.tr("strength"), False)
        self.width_box.addItem(self.tr("evidence"), True)
        self.width_box.setToolTip(
            self.tr("Strength: confidence × times seen. Evidence: the tips, seizures and events behind the links.")
        )
        self.width_box.currentIndexChanged.connect(lambda _: self._width_changed())
        self.link_highlight = QCheckBox(self.tr("Highlight the selection's links"))
        self.link_highlight.setChecked(True)
        self.link_highlight.toggled.connect(self._highlight_changed)
        looks_form.addRow(self.tr("Colour by"), self.colour_box)
        looks_form.addRow(self.tr("Size by"), self.size_box)
        looks_form.addRow(self.tr("Link width"), self.width_box)
        looks_form.addRow(self.link_highlight)
        box.addWidget(shown)
        box.addWidget(looks)
        box.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        scroll.setMinimumWidth(270)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        return scroll

    def _fill_style_boxes(self) -> None:
        for box, current, first in (
            (self.colour_box, self.colour_by, ("kind", self.tr("kind"))),
            (self.size_box, self.size_by, ("none", self.tr("same size"))),
        ):
            box.blockSignals(True)
            box.clear()
            box.addItem(first[1], first[0])
            box.addItem(self.tr("number of links"), "degree")
            if box is self.colour_box:
                box.addItem(self.tr("group (community)"), "community")
            for key, (title, _) in self.metrics.items():
                box.addItem(title, key)
            index = box.findData(current)
            box.setCurrentIndex(max(0, index))
            box.blockSignals(False)

    # --- public entry points (the main window's contract) -----------------------------------

    def show_case(self, case_id: UUID) -> None:
        """Chart a case: its members and the links among them, laid out afresh."""
        services = self.services
        self.case_id = case_id
        self.saved = None
        self._load(lambda: services.graphs.case_graph(case_id), self.tr("Opening the case chart…"))

    def show_entities(self, ids: list[UUID], hops: int = 1) -> None:
        """Chart records and what lies within ``hops`` links of them."""
        services = self.services
        wanted = list(ids)
        self.case_id = None
        self.saved = None
        self._load(lambda: services.graphs.neighbourhood(wanted, hops), self.tr("Opening the chart…"))

    def add_entities(self, ids: list[UUID]) -> None:
        """Add records (e.g. search results) to the chart, with their links to what is on it."""
        wanted = [i for i in ids if i not in self.model.refs]
        if not wanted:
            self.canvas.set_selection(set(ids) & self.model.visible_set)
            return
        services = self.services
        present = frozenset(self.model.refs)

        def fetch(_job: Job) -> GraphData:
            return _additions(services, wanted, present)

        self._start(fetch, lambda data: self._merge(data, select=set(wanted)), self.tr("Adding records…"))

    def set_metric(self, key: str, title: str, values: dict[UUID, float], categorical: bool = False) -> None:
        """Offer an analysis result (centrality, groups…) to colour or size nodes by."""
        self.metrics[key] = (title, dict(values))
        if categorical:
            self.categorical.add(key)
        else:
            self.categorical.discard(key)
        self._fill_style_boxes()
        if key in (self.colour_by, self.size_by):
            self._restyle()

    def set_colour_by(self, key: str) -> None:
        """Colour nodes by kind, "degree", "community" or a metric given to ``set_metric``."""
        index = self.colour_box.findData(key)
        if index >= 0:
            self.colour_box.setCurrentIndex(index)

    def set_size_by(self, key: str) -> None:
        """Size nodes by "none", "degree" or a metric given to ``set_metric``."""
        index = self.size_box.findData(key)
        if index >= 0:
            self.size_box.setCurrentIndex(index)

    def set_emphasis(self, nodes: Iterable[UUID], pairs: Iterable[tuple[UUID, UUID]] = ()) -> None:
        """Point at what an analysis found (a path, brokers, cut points), apart from the selection."""
        self.canvas.renderer.set_emphasis(nodes, pairs)
        self.canvas.update()

    def visible_data(self) -> GraphData:
        """The records and links the chart shows now (after hiding and filters)."""
        model = self.model
        return GraphData(
            nodes={n: model.refs[n] for n in model.visible_nodes},
            links=list(model.visible_links),
            when={n: d for n in model.visible_nodes if (d := model.when.get(n)) is not None},
        )

    @property
    def busy(self) -> bool:
        """A load or a layout is running."""
        return self._token is not None

    # --- jobs ----------------------------------------------------------------------------

    def _start(self, work: Callable[[Job], Any], done: Callable[[Any], None], message: str) -> None:
        """Run ``work`` off the GUI thread; one at a time: a new job cancels the running one."""
        self.cancel()
        token = object()
        self._token = token
        relay = self._relay.progress

        def run(job: Job) -> Any:
            try:
                return work(job)
            except LayoutCancelled:
                return None

        def finished(result: Any) -> None:
            if self._token is not token:
                return
            self._end_progress()
            if result is not None:
                done(result)

        def failed(text: str) -> None:
            if self._token is token:
                self._end_progress()
                self.status.setText(text)

        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self.status.setText(message)
        _safe_emit(relay, -1.0, message)
        self._job = run_op(run, finished, failed, takes_job=True)
        self._jobs_to_cancel[:] = [self._job]

    def cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()
        self._job = None
        if self._token is not None:
            self._token = None
            self._end_progress()
            self._show_status()

    def _end_progress(self) -> None:
        self._token = None
        self._job = None
        self.progress.hide()
        self.cancel_button.hide()

    def _show_progress(self, fraction: float, message: str) -> None:
        if fraction < 0:
            self.progress.setRange(0, 0)
        else:
            self.progress.setRange(0, 1000)
            self.progress.setValue(int(fraction * 1000))
        if message:
            self.status.setText(message)

    def _progress_fn(self, job: Job, lo: float, hi: float) -> Callable[[float], None]:
        relay = self._relay.progress

        def report(fraction: float) -> None:
            _safe_emit(relay, lo + (hi - lo) * fraction, "")

        return report

    def _load(self, fetch: Callable[[], GraphData], message: str) -> None:
        """Fetch a graph and lay it out in one job, then show it whole."""
        laying = self.tr("Laying out…")
        relay = self._relay.progress
        services = self.services
        progress_fn = self._progress_fn

        def work(job: Job) -> tuple[GraphData, dict[UUID, tuple[float, float]]]:
            data = fetch()
            if job.cancelled:
                raise LayoutCancelled
            _safe_emit(relay, 0.2, laying)
            positions = services.charts.layout(
                data,
                Algorithm.FORCE,
                progress=progress_fn(job, 0.2, 1.0),
                cancel=lambda: job.cancelled,
            )
            return data, positions

        def done(result: tuple[GraphData, dict[UUID, tuple[float, float]]]) -> None:
            data, positions = result
            self.model.clear()
            self.model.merge(data)
            self.model.positions.update(positions)
            self.algorithm = Algorithm.FORCE
            self._reset_dates()
            self.sync(fit=True, selection=set())
            self.chart_changed.emit()

        self._start(work, done, message)

    def run_layout(self, algorithm: Algorithm | None = None, incremental: bool = False) -> None:
        """Lay the chart out again in the background; pinned records stay where they are."""
        if not self.model.refs:
            return
        self.algorithm = algorithm or self.algorithm
        chosen = self.algorithm if not incremental else Algorithm.FORCE
        data = GraphData(nodes=dict(self.model.refs), links=list(self.model.links.values()))
        previous = dict(self.model.positions)
        pinned = set(self.model.pinned)
        progress_fn = self._progress_fn
        services = self.services

        def work(job: Job) -> dict[UUID, tuple[float, float]]:
            return services.charts.layout(
                data,
                chosen,
                previous=previous,
                pinned=pinned,
                incremental=incremental,
                progress=progress_fn(job, 0.0, 1.0),
                cancel=lambda: job.cancelled,
            )

        def done(positions: dict[UUID, tuple[float, float]]) -> None:
            self.apply_positions(positions, animate=True, fit=not incremental)

        self._start(work, done, self.tr("Laying out…"))

    # --- applying changes ------------------------------------------------------------------

    def _merge(self, data: GraphData, select: set[UUID] | None = None) -> None:
        """Records arrived: place them beside their neighbours now, settle them in the background."""
        new = self.model.merge(data)
        self._place_missing()
        self._reset_dates(keep=True)
        self.sync(selection=select)
        self.chart_changed.emit()
        if new:
            self.run_layout(incremental=True)

    def _place_missing(self) -> None:
        missing = [n for n in self.model.refs if n not in self.model.positions]
        if missing:
            data = GraphData(nodes=self.model.refs, links=list(self.model.links.values()))
            self.model.positions.update(self.services.charts.place_new(data, self.model.positions))

    def apply_positions(
        self, positions: dict[UUID, tuple[float, float]], animate: bool = True, fit: bool = False
    ) -> None:
        """Move nodes to new places, smoothly when the chart is small enough to animate."""
        positions = {n: p for n, p in positions.items() if n in self.model.refs}
        if self._animation.state() == QVariantAnimation.State.Running:
            self._animation.stop()
        old = self.model.positions
        if animate and 0 < len(self.model.visible_set) <= ANIMATE_UP_TO:
            self._from = {n: old.get(n, p) for n, p in positions.items()}
            self._to = positions
            self._fit_after = fit
            self.model.positions.update(positions)
            self._animation.start()
            return
        self.model.positions.update(positions)
        self.sync(fit=fit)

    def _animate_step(self, value: Any) -> None:
        t = float(value)
        frame = {
            n: (a[0] + (self._to[n][0] - a[0]) * t, a[1] + (self._to[n][1] - a[1]) * t) for n, a in self._from.items()
        }
        self.canvas.renderer.move(frame)
        self.canvas.update()

    def _animate_end(self) -> None:
        self.canvas.renderer.move(self._to)
        self._from, self._to = {}, {}
        self.sync(fit=getattr(self, "_fit_after", False))

    def sync(self, fit: bool = False, selection: set[UUID] | None = None) -> None:
        """Show the model: visible set, styles, selection, panels. Call after any change."""
        model = self.model
        model.refresh()
        self._place_missing()
        colours, sizes = self._style_maps()
        renderer = self.canvas.renderer
        renderer.by_evidence = bool(self.width_box.currentData())
        refs, positions = model.refs, model.positions
        nodes = model.visible_nodes
        kinds, names, xs, ys = [], [], [], []
        for n in nodes:
            ref = refs[n]
            kinds.append(ref.kind)
            names.append(ref.label)
            x, y = positions[n]
            xs.append(x)
            ys.append(y)
        renderer.set_graph(nodes, kinds, names, xs, ys, colours, sizes, model.visible_links)
        renderer.set_pinned(model.pinned)
        chosen = (self.canvas.selection if selection is None else selection) & model.visible_set
        self.canvas.set_selection(chosen, notify=chosen != self.canvas.selection or selection is not None)
        if fit:
            self.canvas.fit()
        self.canvas.update()
        self._completer.model().setStringList(sorted({model.refs[n].label for n in model.visible_nodes}))  # type: ignore[attr-defined]
        self._update_panel_counts()
        if self.timeline.isVisible():
            self._refresh_timeline()
        self._update_actions()
        self._show_status()
        shown = (model.visible_set, len(model.visible_links))
        if shown != self._shown:
            self._shown = (set(model.visible_set), len(model.visible_links))
            self.shown_changed.emit()

    def _style_maps(self) -> tuple[list[QColor], list[float] | None]:
        """Colour and size of each visible node, in ``visible_nodes`` order."""
        model = self.model
        nodes = model.visible_nodes
        if self.colour_by == "kind":
            colours = [style.kind_colour(model.refs[n].kind) for n in nodes]
        elif self.colour_by == "community":
            values = self._values("community")
            palette = [QColor(c) for c in style.GROUPS]
            colours = [palette[int(values.get(n, 0)) % len(palette)] for n in nodes]
        elif self.colour_by in self.categorical:
            values = self._values(self.colour_by)
            palette = [QColor(c) for c in style.GROUPS]
            # Records outside every group (added since the groups were found) stay grey.
            grey = QColor(style.OVERVIEW_LINK)
            colours = [palette[int(values[n]) % len(palette)] if n in values else grey for n in nodes]
        else:
            ramp = [QColor(c) for c in style.RAMP]
            buckets = _buckets(self._values(self.colour_by), len(ramp))
            colours = [ramp[buckets.get(n, 0)] for n in nodes]
        sizes = None
        if self.size_by != "none":
            values = self._values(self.size_by)
            top = max(values.values(), default=0.0)
            if top > 0:
                sizes = [0.8 + 1.4 * math.sqrt(max(0.0, values.get(n, 0.0)) / top) for n in nodes]
        return colours, sizes

    def _values(self, key: str) -> dict[UUID, float]:
        if key == "degree":
            return {n: float(d) for n, d in self.model.degree().items()}
        if key == "community":
            # Louvain on the visible chart: fast (0.1 s at 10 000 records), so on the GUI thread.
            shown = GraphData(
                nodes={n: self.model.refs[n] for n in self.model.visible_nodes}, links=self.model.visible_links
            )
            return {n: float(g) for n, g in self.services.charts.groups(shown).items()}
        return self.metrics.get(key, ("", {}))[1]

    def _restyle(self) -> None:
        colours, sizes = self._style_maps()
        self.canvas.renderer.set_style(colours, sizes)
        self.canvas.update()

    def _style_changed(self) -> None:
        self.colour_by = self.colour_box.currentData() or "kind"
        self.size_by = self.size_box.currentData() or "none"
        self._restyle()

    def _width_changed(self) -> None:
        self.canvas.renderer.set_weights(bool(self.width_box.currentData()))
        self.canvas.update()

    def _highlight_changed(self, on: bool) -> None:
        self.canvas.renderer.highlight_links = on
        self.canvas.update()

    def _update_panel_counts(self) -> None:
        counts: dict[EntityKind, int] = {}
        for ref in self.model.refs.values():
            counts[ref.kind] = counts.get(ref.kind, 0) + 1
        self.kind_list.blockSignals(True)
        for row in range(self.kind_list.count()):
            item = self.kind_list.item(row)
            kind = EntityKind(item.data(Qt.ItemDataRole.UserRole))
            item.setText(f"{labels.plural(kind)} ({counts.get(kind, 0)})")
            item.setHidden(kind not in counts)
        self.kind_list.blockSignals(False)
        link_counts: dict[LinkKind, int] = {}
        for link in self.model.links.values():
            link_counts[link.kind] = link_counts.get(link.kind, 0) + 1
        self.link_list.blockSignals(True)
        for row in range(self.link_list.count()):
            item = self.link_list.item(row)
            kind = LinkKind(item.data(Qt.ItemDataRole.UserRole))
            item.setText(f"{labels.label(kind)} ({link_counts.get(kind, 0)})")
            item.setHidden(kind not in link_counts)
        self.link_list.blockSignals(False)
        for widget, rows in ((self.kind_list, len(counts)), (self.link_list, len(link_counts))):
            # As tall as its rows (a list inside the scrolling panel should not scroll itself).
            row = widget.sizeHintForRow(0) if widget.count() else 20
            widget.setFixedHeight(max(1, rows) * max(row, 16) + 2 * widget.frameWidth() + 2)

    def _show_status(self) -> None:
        model = self.model
        hidden = len(model.refs) - len(model.visible_set)
        text = (
            self.tr("%n record(s)", "", len(model.visible_set))
            + " · "
            + self.tr("%n link(s)", "", len(model.visible_links))
        )
        if hidden:
            text += " · " + self.tr("%n not shown (hidden or filtered)", "", hidden)
        if self.canvas.selection:
            text += " · " + self.tr("%n selected", "", len(self.canvas.selection))
        if self.saved is not None:
            text += " · " + self.tr("saved as “%1”").replace("%1", self.saved.name)
        self.status.setText(text)

    def _update_actions(self) -> None:
        selected = len(self.canvas.selection)
        for action in (
            self.act_expand1,
            self.act_expand2,
            self.act_expand_kind,
            self.act_hide,
            self.act_remove,
            self.act_pin,
        ):
            action.setEnabled(selected > 0)
        self.act_among.setEnabled(selected > 1)
        self.act_link.setEnabled(selected == 2 and self._can_write)
        self.act_open.setEnabled(selected == 1)
        self.act_unhide.setEnabled(bool(self.model.hidden or self.model.hidden_links))
        self.act_save.setEnabled(bool(self.model.refs) and self._can_save)
        self.act_save_as.setEnabled(bool(self.model.refs) and self._can_save)

    # --- selection and interaction -----------------------------------------------------------

    def _on_selection(self, ids: set[UUID]) -> None:
        self.timeline.set_selection(ids)
        if len(ids) == 1 and self.timeline.isVisible():
            self.timeline.scroll_to(next(iter(ids)))
        self._update_actions()
        self._show_status()
        self.selection_changed.emit(sorted(ids, key=str))

    def selected(self) -> list[UUID]:
        return sorted(self.canvas.selection, key=str)

    def _on_moved(self, moved: dict[UUID, tuple[float, float]]) -> None:
        self.model.positions.update(moved)

    def _open_selected(self) -> None:
        if len(self.canvas.selection) == 1:
            self.open_record.emit(next(iter(self.canvas.selection)))

    def select_all(self) -> None:
        self.canvas.set_selection(set(self.model.visible_set))

    def select_kind(self, kind: EntityKind) -> None:
        self.canvas.set_selection(set(self.model.nodes_of_kind(kind)))

    def select_neighbours(self) -> None:
        around = {m for n in self.canvas.selection for m in self.model.neighbours(n)}
        self.canvas.set_selection((self.canvas.selection | around) & self.model.visible_set)

    def find(self, text: str) -> None:
        """Select the records whose name contains ``text`` and bring them into view."""
        needle = text.strip().casefold()
        if not needle:
            return
        hits = [n for n in self.model.visible_nodes if needle in self.model.refs[n].label.casefold()]
        exact = [n for n in hits if self.model.refs[n].label.casefold() == needle]
        hits = exact or hits
        if not hits:
            self.status.setText(self.tr("Nothing on the chart matches “%1”.").replace("%1", text))
            return
        self.canvas.set_selection(set(hits))
        self.focus_on(hits)

    def focus_on(self, ids: list[UUID]) -> None:
        points = [self.model.positions[n] for n in ids if n in self.model.positions]
        if not points:
            return
        xs, ys = [p[0] for p in points], [p[1] for p in points]
        if len(points) == 1:
            self.canvas.centre_on(QPointF(xs[0], ys[0]), min_scale=0.8)
        else:
            rect = QRectF(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys)).adjusted(-150, -150, 150, 150)
            self.canvas.fit(rect, max_scale=1.0)

    def _timeline_pick(self, node: UUID, additive: bool) -> None:
        if node not in self.model.visible_set:
            return
        self.canvas.set_selection((self.canvas.selection | {node}) if additive else {node})
        self.focus_on([node])

    def _context_menu(self, where: Any, node: UUID | None) -> None:
        menu = QMenu(self)
        if node is not None:
            menu.addAction(self.act_open)
            menu.addSeparator()
        for action in (self.act_expand1, self.act_expand2, self.act_expand_kind, self.act_among):
            menu.addAction(action)
        menu.addSeparator()
        for action in (self.act_pin, self.act_hide, self.act_remove, self.act_link):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.act_select_links)
        menu.addMenu(self.kind_menu)
        menu.addAction(self.act_fit)
        menu.exec(where)

    def _describe_node(self, node: UUID) -> str:
        ref = self.model.refs.get(node)
        if ref is None:
            return ""
        lines = [ref.label, labels.label(ref.kind)]
        if node in self.model.when:
            lines.append(self.model.when[node].strftime("%d/%m/%Y"))
        lines.append(self.tr("%n link(s) on the chart", "", len(self.model.links_of(node))))
        if node in self.model.pinned:
            lines.append(self.tr("pinned"))
        return "\n".join(lines)

    def _describe_pair(self, pair: Pair) -> str:
        lines = []
        for link in pair.links:
            a, b = self.model.refs.get(link.source_id), self.model.refs.get(link.target_id)
            if a is None or b is None:
                continue
            arrow = "→" if link.directed else "—"
            text = f"{a.label} {arrow} {labels.label(link.kind)} {arrow} {b.label}"
            first, last = link_span(link)
            if first:
                text += f" ({first:%d/%m/%Y}" + (f" – {last:%d/%m/%Y})" if last and last != first else ")")
            text += f" · {labels.label(link.confidence)}"
            if link.count > 1:
                text += " · " + self.tr("seen %n time(s)", "", link.count)
            lines.append(text)
        return "\n".join(lines[:12]) + ("\n…" if len(lines) > 12 else "")

    # --- grow and prune ------------------------------------------------------------------------

    def expand(self, hops: int = 1, kinds: set[LinkKind] | None = None) -> None:
        """Add the records within ``hops`` links of the selection (following only ``kinds``)."""
        seeds = list(self.canvas.selection)
        if not seeds:
            return
        services = self.services
        present = frozenset(self.model.refs)

        def work(job: Job) -> GraphData:
            around = services.graphs.neighbourhood(seeds, hops)
            reached = _reach(around, seeds, hops, kinds)
            new = [n for n in reached if n not in present]
            if job.cancelled:
                raise LayoutCancelled
            if not new:
                return GraphData()
            return _additions(services, new, present)

        def done(data: GraphData) -> None:
            if not data.nodes:
                self.status.setText(self.tr("No other records are linked to the selection."))
                return
            self._merge(data)

        self._start(work, done, self.tr("Expanding…"))

    def _expand_dialog(self) -> None:
        present = {link.kind for link in self.model.links.values()}
        dialog = ExpandDialog(present, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            hops, kinds = dialog.chosen()
            if kinds:
                self.expand(hops, kinds)

    def hide_selected(self) -> None:
        self.model.hidden |= self.canvas.selection
        self.sync(selection=set())

    def show_hidden(self) -> None:
        self.model.hidden.clear()
        self.model.hidden_links.clear()
        self.sync()

    def remove_selected(self) -> None:
        """Take the selection off the chart (the records stay in the database)."""
        self.model.remove(self.canvas.selection)
        self.sync(selection=set())
        self.chart_changed.emit()

    def toggle_pin(self) -> None:
        chosen = self.canvas.selection
        if chosen and chosen <= self.model.pinned:
            self.model.pinned -= chosen
        else:
            self.model.pinned |= chosen
        self.canvas.renderer.set_pinned(self.model.pinned)
        self.canvas.update()

    def links_among(self) -> None:
        """Bring every link among the selected records onto the chart (hidden ones too)."""
        chosen = list(self.canvas.selection)
        if len(chosen) < 2:
            return
        services = self.services

        def work(_job: Job) -> GraphData:
            return services.graphs.neighbourhood(chosen, 0)

        def done(data: GraphData) -> None:
            inside = set(chosen)
            self.model.merge(
                GraphData(
                    nodes={n: r for n, r in data.nodes.items() if n in self.model.refs},
                    links=data.links,
                    when=data.when,
                )
            )
            for link in data.links:
                self.model.hidden_links.discard(link.id)
            self.model.filters.hidden_link_kinds -= {
                link.kind for link in data.links if {link.source_id, link.target_id} <= inside
            }
            self._sync_panel_from_filters()
            self.sync()

        self._start(work, done, self.tr("Finding links…"))

    def new_link(self) -> None:
        """Link the two selected records, in the database, and show the link."""
        chosen = sorted(self.canvas.selection, key=lambda n: self.model.refs[n].label)
        if len(chosen) != 2:
            return
        dialog = LinkDialog(self.model.refs[chosen[0]], self.model.refs[chosen[1]], self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        link = dialog.link()
        services = self.services

        def added(saved: Link) -> None:
            self.model.add_link(saved)
            self.sync()
            self.status.setText(self.tr("Link saved."))

        run_op(lambda: services.links.link(link), added, self.status.setText, write=True)

    def add_from_search(self) -> None:
        """Search the database and add the results (all, or those picked) to the chart."""
        text, ok = QInputDialog.getText(
            self, self.tr("Add from search"), self.tr("Search for (name, alias, plate, phone, codename…):")
        )
        if not ok or not text.strip():
            return
        services = self.services
        query = text.strip()

        def found(results: Any) -> None:
            ids = [ref.id for ref in results.entities][:500]
            if not ids:
                self.status.setText(self.tr("Nothing found for “%1”.").replace("%1", query))
                return
            self.add_entities(ids)

        run_op(lambda: services.search.search(query), found, self.status.setText)

    # --- filters and time -------------------------------------------------------------------------

    def _filters_from_panel(self) -> None:
        f = self.model.filters
        f.hidden_kinds = {
            EntityKind(self.kind_list.item(r).data(Qt.ItemDataRole.UserRole))
            for r in range(self.kind_list.count())
            if self.kind_list.item(r).checkState() != Qt.CheckState.Checked
        }
        f.hidden_link_kinds = {
            LinkKind(self.link_list.item(r).data(Qt.ItemDataRole.UserRole))
            for r in range(self.link_list.count())
            if self.link_list.item(r).checkState() != Qt.CheckState.Checked
        }
        f.min_links = self.min_links.value()
        self.sync()

    def _sync_panel_from_filters(self) -> None:
        f = self.model.filters
        for widget, hidden in ((self.kind_list, f.hidden_kinds), (self.link_list, f.hidden_link_kinds)):
            widget.blockSignals(True)
            for r in range(widget.count()):
                item = widget.item(r)
                hide = str(item.data(Qt.ItemDataRole.UserRole)) in {k.value for k in hidden}
                item.setCheckState(Qt.CheckState.Unchecked if hide else Qt.CheckState.Checked)
            widget.blockSignals(False)
        self.min_links.blockSignals(True)
        self.min_links.setValue(f.min_links)
        self.min_links.blockSignals(False)

    def _reset_dates(self, keep: bool = False) -> None:
        """Fit the slider to the chart's dates (keeping a chosen range when ``keep``)."""
        bounds = self.model.date_bounds()
        f = self.model.filters
        self.slider.blockSignals(True)
        if bounds is None:
            self.slider.setRange(0, 1)
            self.slider.setValue((0, 1))
            self.slider.setEnabled(False)
            self.play.setEnabled(False)
        else:
            first, last = bounds
            self._date_origin = first
            span = max(1, (last - first).days)
            self.slider.setEnabled(True)
            self.play.setEnabled(True)
            self.slider.setRange(0, span)
            lo = (f.date_from - first).days if keep and f.date_from else 0
            hi = (f.date_to - first).days if keep and f.date_to else span
            self.slider.setValue((max(0, min(lo, span)), max(0, min(hi, span))))
        self.slider.blockSignals(False)
        if not keep:
            f.date_from = f.date_to = None
        self._show_dates()

    def _show_dates(self) -> None:
        lo, hi = self.slider.value()
        if not self.slider.isEnabled():
            self.dates_label.setText(self.tr("no dates on the chart"))
            return
        first = self._date_origin + timedelta(days=int(lo))
        last = self._date_origin + timedelta(days=int(hi))
        self.dates_label.setText(f"{first:%d/%m/%Y} – {last:%d/%m/%Y}")

    def _apply_date_range(self) -> None:
        lo, hi = (int(v) for v in self.slider.value())
        f = self.model.filters
        whole = lo <= self.slider.minimum() and hi >= self.slider.maximum()
        f.date_from = None if whole else self._date_origin + timedelta(days=lo)
        f.date_to = None if whole else self._date_origin + timedelta(days=hi)
        self._show_dates()
        self.timeline.set_range(f.date_from, f.date_to)
        self.sync()

    def set_date_range(self, first: date | None, last: date | None) -> None:
        """Show the network as it stood between two dates (``None``: no limit)."""
        lo = 0 if first is None else (first - self._date_origin).days
        hi = self.slider.maximum() if last is None else (last - self._date_origin).days
        self.slider.setValue((max(self.slider.minimum(), lo), min(self.slider.maximum(), hi)))
        self._filter_timer.stop()
        self._apply_date_range()

    def _toggle_play(self, on: bool) -> None:
        if on:
            _lo, hi = self.slider.value()
            if hi >= self.slider.maximum():
                width = max(7, (self.slider.maximum() - self.slider.minimum()) // 6)
                self.slider.setValue((self.slider.minimum(), self.slider.minimum() + width))
            self.play.setText(self.tr("Pause"))
            self._play_timer.start()
        else:
            self.play.setText(self.tr("Play"))
            self._play_timer.stop()

    def _play_step(self) -> None:
        lo, hi = (int(v) for v in self.slider.value())
        top = self.slider.maximum()
        if hi >= top:
            self.play.setChecked(False)
            return
        step = max(1, (top - self.slider.minimum()) // 60)
        step = min(step, top - hi)
        self.slider.setValue((lo + step, hi + step))
        self._filter_timer.stop()
        self._apply_date_range()

    # --- panels ------------------------------------------------------------------------------------

    def toggle_timeline(self) -> None:
        show = not self.timeline.isVisible()
        self.timeline.setVisible(show)
        self.act_timeline.setChecked(show)
        if show:
            self._refresh_timeline()

    def toggle_panel(self) -> None:
        self.panel.setVisible(not self.panel.isVisible())
        self.act_panel.setChecked(self.panel.isVisible())

    def _refresh_timeline(self) -> None:
        data = build(self.model)
        bounds = self.model.date_bounds()
        if bounds is not None and data.lanes:
            # The axis spans the whole chart, so that it stands still while dates are played.
            data.first, data.last = bounds
        self.timeline.set_data(data)
        self.timeline.set_selection(self.canvas.selection)
        self.timeline.set_range(self.model.filters.date_from, self.model.filters.date_to)

    # --- saved charts ------------------------------------------------------------------------------

    def state(self) -> dict[str, Any]:
        """The chart as saved: visible set, positions, pins, filters, zoom and style."""
        centre = self.canvas.centre
        return self.model.to_state(
            {
                "view": {"x": centre.x(), "y": centre.y(), "scale": self.canvas.scale},
                "style": {
                    "colour_by": self.colour_by if self.colour_by in ("kind", "degree", "community") else "kind",
                    "size_by": self.size_by if self.size_by in ("none", "degree") else "none",
                    "width_by_evidence": bool(self.width_box.currentData()),
                },
                "algorithm": self.algorithm.value,
                "timeline": self.timeline.isVisible(),
            }
        )

    def save(self) -> None:
        if self.saved is None:
            self.save_as()
            return
        self._save(
            SavedChart(
                name=self.saved.name,
                state=self.state(),
                case_id=self.case_id,
                id=self.saved.id,
                version=self.saved.version,
            )
        )

    def save_as(self, name: str | None = None) -> None:
        if name is None:
            suggestion = self.saved.name if self.saved else self.tr("Chart")
            name, ok = QInputDialog.getText(self, self.tr("Save chart"), self.tr("Name of the chart:"), text=suggestion)
            if not ok or not name.strip():
                return
        self._save(SavedChart(name=name, state=self.state(), case_id=self.case_id))

    def _save(self, chart: SavedChart) -> None:
        services = self.services

        def saved(result: SavedChart) -> None:
            self.saved = result
            self._show_status()
            self.chart_changed.emit()

        run_op(lambda: services.charts.save(chart), saved, self.status.setText, write=True)

    def open_saved_dialog(self) -> None:
        dialog = SavedChartsDialog(self.services, self.case_id, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen is not None:
            self.open_saved(dialog.chosen)

    def open_saved(self, chart_id: UUID) -> None:
        """Reopen a saved chart as it was left."""
        services = self.services

        def work(_job: Job) -> tuple[SavedChart, GraphData]:
            chart = services.charts.get(chart_id)
            data = services.graphs.neighbourhood(ChartModel.ids_in_state(chart.state), 0)
            return chart, data

        def done(result: tuple[SavedChart, GraphData]) -> None:
            chart, data = result
            self.apply_saved(chart, data)

        self._start(work, done, self.tr("Opening the saved chart…"))

    def apply_saved(self, chart: SavedChart, data: GraphData) -> None:
        state = chart.state
        self.saved = chart
        self.case_id = chart.case_id
        self.model.apply_state(state, data)
        looks = state.get("style", {})
        self.colour_by = looks.get("colour_by", "kind")
        self.size_by = looks.get("size_by", "none")
        self._fill_style_boxes()
        self.width_box.setCurrentIndex(1 if looks.get("width_by_evidence") else 0)
        try:
            self.algorithm = Algorithm(state.get("algorithm", "force"))
        except ValueError:
            self.algorithm = Algorithm.FORCE
        self._sync_panel_from_filters()
        self._reset_dates(keep=True)
        self.timeline.setVisible(bool(state.get("timeline")))
        self.act_timeline.setChecked(self.timeline.isVisible())
        self.sync(selection=set())
        view = state.get("view")
        if view:
            self.canvas.set_view(QPointF(float(view["x"]), float(view["y"])), float(view["scale"]))
        else:
            self.canvas.fit()
        self.chart_changed.emit()

    def title(self) -> str:
        if self.saved is not None:
            return self.saved.name
        return self.tr("Chart")

    # --- export ---------------------------------------------------------------------------------

    def render_image(self, size: QSize, whole: bool = True) -> QImage:
        """A picture of the chart (``whole``, or what the window shows) at ``size`` pixels.

        This is also what a dossier embeds.
        """
        image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(QColor("white"))
        painter = QPainter(image)
        self.paint_to(painter, QRectF(0, 0, size.width(), size.height()), whole)
        painter.end()
        return image

    def paint_to(self, painter: QPainter, target: QRectF, whole: bool = True) -> None:
        """Draw the chart into ``target`` of any paint device (image, SVG, printer).

        A large target is drawn like a screen about 1 600 pixels wide, magnified: names and
        links keep their proportions to the icons, only sharper.
        """
        renderer = self.canvas.renderer
        source = renderer.bounds() if whole else self.canvas.view_rect()
        if source.isEmpty() or target.isEmpty():
            return
        ratio = max(1.0, min(target.width() / EXPORT_WIDTH, target.height() / (EXPORT_WIDTH * 0.625)))
        width, height = target.width() / ratio, target.height() / ratio
        scale = min(width / source.width(), height / source.height())
        # Centre the chart in the target, keeping its proportions.
        view = QRectF(
            source.center().x() - width / 2 / scale,
            source.center().y() - height / 2 / scale,
            width / scale,
            height / scale,
        )
        painter.save()
        painter.translate(target.topLeft())
        painter.setClipRect(QRectF(0, 0, target.width(), target.height()))
        painter.scale(ratio, ratio)
        renderer.paint(painter, view, scale, detail_limit=max(DETAIL_LIMIT, 4000))
        painter.restore()

    def _log_export(self, how: str, path: str = "") -> None:
        """Exports and prints are disclosures: the audit log gets the records shown."""
        services, case_id = self.services, self.case_id
        shown = list(self.model.visible_nodes)
        name = Path(path).name if path else ""
        run_op(lambda: services.charts.log_export(shown, how, name, case_id), None, self.status.setText, write=True)

    def export_png(self, path: str, size: QSize, whole: bool = True) -> bool:
        """Save a picture of ``size`` pixels (audited)."""
        ok = self.render_image(size, whole).save(path, "PNG")
        if ok:
            self._log_export("png", path)
        return ok

    def export_png_dialog(self) -> None:
        dialog = ImageDialog(QSize(3840, 2160), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        size, whole = dialog.chosen()
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save picture"), self.title() + ".png", self.tr("PNG pictures (*.png)")
        )
        if path:
            ok = self.export_png(path if path.lower().endswith(".png") else path + ".png", size, whole)
            self.status.setText(self.tr("Picture saved.") if ok else self.tr("The picture could not be written there."))

    def export_svg(self, path: str, size: QSize | None = None) -> None:
        from PySide6.QtSvg import QSvgGenerator

        size = size or QSize(1600, 1000)
        generator = QSvgGenerator()
        generator.setFileName(path)
        generator.setSize(size)
        generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
        generator.setTitle(self.title())
        generator.setDescription(self.tr("Link chart exported from cross_desk"))
        painter = QPainter(generator)
        painter.fillRect(QRectF(0, 0, size.width(), size.height()), QColor("white"))
        self.paint_to(painter, QRectF(0, 0, size.width(), size.height()))
        painter.end()
        self._log_export("svg", path)

    def export_svg_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save drawing"), self.title() + ".svg", self.tr("SVG drawings (*.svg)")
        )
        if path:
            self.export_svg(path if path.lower().endswith(".svg") else path + ".svg")
            self.status.setText(self.tr("Drawing saved."))

    def print_dialog(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.title())
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        painter = QPainter(printer)
        page = printer.pageRect(QPrinter.Unit.DevicePixel)
        self.paint_to(painter, QRectF(0, 0, page.width(), page.height()))
        painter.end()
        self._log_export("print")

    # --- changes made elsewhere -----------------------------------------------------------------

    def _on_changes(self, changes: Changes) -> None:
        touched = set(changes.ids) & self.model.refs.keys()
        for link_id in changes.ids:
            link = self.model.links.get(link_id)
            if link is not None:
                touched |= {link.source_id, link.target_id}
        if touched and not changes.touches("chart"):
            self._pending_changes |= touched
            self._change_timer.start()

    def _refresh_changed(self) -> None:
        """Records on the chart were edited, linked or deleted: read them again."""
        if self.busy:  # a load or layout runs: look again once it is done
            self._change_timer.start()
            return
        ids = [n for n in self._pending_changes if n in self.model.refs]
        self._pending_changes.clear()
        if not ids:
            return
        services = self.services

        def fetched(data: GraphData) -> None:
            gone = set(ids) - data.nodes.keys()
            on_chart = {n: r for n, r in data.nodes.items() if n in self.model.refs}
            current = {link.id for link in data.links}
            stale = [
                link.id
                for n in ids
                for link in self.model.links_of(n)
                if link.id not in current and link.source_id in data.nodes and link.target_id in data.nodes
            ]
            self.model.remove_links(stale)
            self.model.merge(GraphData(nodes=on_chart, links=data.links, when=data.when))
            self.model.remove(gone)
            self.sync()

        run_op(lambda: services.graphs.neighbourhood(ids, 1), fetched, lambda _msg: None)


def _reach(data: GraphData, seeds: list[UUID], hops: int, kinds: set[LinkKind] | None) -> set[UUID]:
    """Records within ``hops`` of ``seeds`` following only links of ``kinds`` (all if None)."""
    if kinds is None:
        return set(data.nodes)
    adjacent: dict[UUID, set[UUID]] = {}
    for link in data.links:
        if link.kind in kinds:
            adjacent.setdefault(link.source_id, set()).add(link.target_id)
            adjacent.setdefault(link.target_id, set()).add(link.source_id)
    seen = set(seeds)
    frontier = deque((s, 0) for s in seeds)
    while frontier:
        node, depth = frontier.popleft()
        if depth == hops:
            continue
        for other in adjacent.get(node, ()):
            if other not in seen:
                seen.add(other)
                frontier.append((other, depth + 1))
    return seen


def _additions(services: Services, new: list[UUID], present: frozenset[UUID]) -> GraphData:
    """New records with every link between them and the chart (one hop reaches them all)."""
    around = services.graphs.neighbourhood(new, 1)
    keep = set(new) | (present & around.nodes.keys())
    wanted = set(new)
    return GraphData(
        nodes={n: r for n, r in around.nodes.items() if n in keep},
        links=[
            x
            for x in around.links
            if x.source_id in keep and x.target_id in keep and (x.source_id in wanted or x.target_id in wanted)
        ],
        when={n: d for n, d in around.when.items() if n in keep},
    )


def _buckets(values: dict[UUID, float], count: int) -> dict[UUID, int]:
    """Values to ``count`` classes of equal width (on a square-root scale: few are large)."""
    top = max(values.values(), default=0.0)
    if top <= 0:
        return dict.fromkeys(values, 0)
    return {n: min(count - 1, int(math.sqrt(max(0.0, v) / top) * count)) for n, v in values.items()}


__all__ = ["ChartWidget", "strength"]
