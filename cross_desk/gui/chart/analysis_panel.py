"""The analysis panel beside the chart: who is central, how two records connect, which groups
exist, who brokers between two groups, what the network cannot lose, what changed.

It analyses what the chart shows (after hiding and filters), through ``Services.analysis``;
results come back as plain results (``cross_desk.analysis.results``) and go onto the chart as
node sizes and colours, a selection, or an emphasis (a path, brokers, cut points). Every
computation runs off the GUI thread with progress and Cancel; a new one replaces the running one.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any
from uuid import UUID

from PySide6.QtCore import QDate, QObject, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QToolBox,
    QVBoxLayout,
    QWidget,
)

from cross_desk.analysis.results import (
    Brokers,
    ChangeReport,
    Communities,
    CommunityEvent,
    CutPoints,
    Hierarchy,
    HierarchyBasis,
    KeyPlayers,
    Metric,
    Node,
    PathMode,
    Paths,
)
from cross_desk.domain.kinds import EntityKind, LinkKind
from cross_desk.gui import labels
from cross_desk.gui.chart import style
from cross_desk.gui.jobs import Job, run_op
from cross_desk.services.charts import Algorithm

if TYPE_CHECKING:
    from cross_desk.gui.chart.widget import ChartWidget

TABLE_ROWS = 500  # key players listed; the chart is sized and coloured by every record's value
GROUPS_KEY = "analysis:groups"


def metric_key(metric: Metric) -> str:
    return f"analysis:{metric.value}"


class _Relay(QObject):
    progress = Signal(int, int)


class _Number(QTableWidgetItem):
    """A table cell that sorts by its value, not its text."""

    def __init__(self, value: float | None, text: str) -> None:
        super().__init__(text)
        self.value = value if value is not None else float("-inf")
        self.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def __lt__(self, other: QTableWidgetItem) -> bool:
        if isinstance(other, _Number):
            return self.value < other.value
        return super().__lt__(other)


def _figure(value: float | None) -> str:
    if value is None:
        return "–"
    if value == int(value) and abs(value) >= 1:
        return f"{int(value)}"
    return f"{value:.3g}" if abs(value) >= 0.001 or value == 0 else f"{value:.2e}"


def _kind(node: Node) -> str:
    try:
        return labels.label(EntityKind(node.kind))
    except ValueError:
        return node.kind


def _link_kind(kind: str) -> str:
    try:
        return labels.label(LinkKind(kind))
    except ValueError:  # a derived link (co-mention, shared phone…) has no stored kind
        return kind.replace("_", " ")


class AnalysisPanel(QWidget):
    """Beside the chart; ``chart`` gives the data and takes the results."""

    def __init__(self, chart: ChartWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart = chart
        self.services = chart.services
        self._job: Job | None = None
        self._token: object | None = None
        self._relay = _Relay(self)
        self._relay.progress.connect(self._show_progress)
        self.key_players: KeyPlayers | None = None
        self.paths: Paths | None = None
        self.communities: Communities | None = None
        self.brokers: Brokers | None = None
        self.cuts: CutPoints | None = None
        self.changes: ChangeReport | None = None
        self.hierarchy: Hierarchy | None = None
        self.group_a: list[UUID] = []
        self.group_b: list[UUID] = []
        self._ends: tuple[UUID, UUID] | None = None
        self._stale = False
        self._build()
        chart.selection_changed.connect(lambda _: self._update_buttons())
        chart.shown_changed.connect(self._chart_changed)
        self.destroyed.connect(lambda *_: self._job.cancel() if self._job is not None else None)
        self._update_buttons()

    # --- building ------------------------------------------------------------------------

    def _build(self) -> None:
        self.toolbox = QToolBox(self)
        self.toolbox.addItem(self._build_key_players(), self.tr("Who is central"))
        self.toolbox.addItem(self._build_paths(), self.tr("How two records connect"))
        self.toolbox.addItem(self._build_groups(), self.tr("Groups"))
        self.toolbox.addItem(self._build_brokers(), self.tr("Brokers and weak points"))
        self.toolbox.addItem(self._build_changes(), self.tr("What changed"))
        self.toolbox.addItem(self._build_hierarchy(), self.tr("Who manages whom"))

        self.stale_label = QLabel(self.tr("The chart changed since: compute again to include the change."))
        self.stale_label.setWordWrap(True)
        self.stale_label.setStyleSheet("color: #a04000;")
        self.stale_label.hide()
        self.status = QLabel(self.tr("Analyses run on what the chart shows."))
        self.status.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 1000)
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        self.clear_button = QPushButton(self.tr("Clear the highlight"), self)
        self.clear_button.setToolTip(self.tr("Stop pointing at the path, brokers or weak points found"))
        self.clear_button.clicked.connect(self.clear_emphasis)
        running = QHBoxLayout()
        running.addWidget(self.progress, 1)
        running.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.toolbox, 1)
        layout.addWidget(self.stale_label)
        layout.addWidget(self.status)
        layout.addLayout(running)
        layout.addWidget(self.clear_button)

    @staticmethod
    def _table(headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(22)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(36)
        table.setMinimumHeight(160)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.setIconSize(QSize(16, 16))
        return table

    @staticmethod
    def _list() -> QListWidget:
        """A list whose long lines wrap instead of scrolling sideways."""
        lst = QListWidget()
        lst.setWordWrap(True)
        lst.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        lst.setResizeMode(QListView.ResizeMode.Adjust)
        return lst

    def _build_key_players(self) -> QWidget:
        page = QWidget()
        form = QFormLayout()
        self.rank_box = QComboBox()
        for metric, text in self._metric_names().items():
            self.rank_box.addItem(text, metric)
        self.rank_box.setCurrentIndex(self.rank_box.findData(Metric.BETWEENNESS))
        self.rank_box.currentIndexChanged.connect(lambda _: self._rank_changed())
        self.rank_box.setToolTip(
            self.tr(
                "Number of links: direct contacts. Betweenness: how often the record lies on the "
                "shortest way between two others. Closeness: how near it is to everyone. "
                "Eigenvector and PageRank: linked to well-linked records."
            )
        )
        form.addRow(self.tr("Rank by"), self.rank_box)
        self.size_check = QCheckBox(self.tr("Size the nodes by it"))
        self.size_check.setChecked(True)
        self.size_check.toggled.connect(lambda _: self._show_metric())
        self.colour_check = QCheckBox(self.tr("Colour the nodes by it"))
        self.colour_check.toggled.connect(lambda _: self._show_metric())
        self.key_button = QPushButton(self.tr("Find the key players"))
        self.key_button.clicked.connect(self.run_key_players)
        self.key_note = QLabel()
        self.key_note.setWordWrap(True)
        self.key_table = self._table(["#", self.tr("Name"), self.tr("Value"), self.tr("Links")])
        self.key_table.itemSelectionChanged.connect(lambda: self._table_selected(self.key_table))
        box = QVBoxLayout(page)
        box.addLayout(form)
        box.addWidget(self.size_check)
        box.addWidget(self.colour_check)
        box.addWidget(self.key_button)
        box.addWidget(self.key_note)
        box.addWidget(self.key_table, 1)
        return page

    def _build_paths(self) -> QWidget:
        page = QWidget()
        self.ends_label = QLabel(self.tr("Select two records on the chart."))
        self.ends_label.setWordWrap(True)
        self.mode_box = QComboBox()
        self.mode_box.addItem(self.tr("every shortest way"), PathMode.SHORTEST)
        self.mode_box.addItem(self.tr("the k shortest ways"), PathMode.K_SHORTEST)
        self.mode_box.addItem(self.tr("every way up to … links"), PathMode.ALL_UP_TO)
        self.mode_box.currentIndexChanged.connect(lambda _: self._mode_changed())
        self.k_spin = QSpinBox()
        self.k_spin.setRange(1, 20)
        self.k_spin.setValue(3)
        self.hops_spin = QSpinBox()
        self.hops_spin.setRange(1, 6)
        self.hops_spin.setValue(4)
        form = QFormLayout()
        form.addRow(self.tr("Show"), self.mode_box)
        form.addRow(self.tr("How many"), self.k_spin)
        form.addRow(self.tr("Links at most"), self.hops_spin)
        self.path_button = QPushButton(self.tr("Connect the two selected records"))
        self.path_button.clicked.connect(self.run_paths)
        self.path_list = self._list()
        self.path_list.currentRowChanged.connect(self._path_picked)
        self.path_list.setMinimumHeight(90)
        self.path_list.setAlternatingRowColors(True)
        self.path_steps = QLabel()
        self.path_steps.setWordWrap(True)
        self.path_steps.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box = QVBoxLayout(page)
        box.addWidget(self.ends_label)
        box.addLayout(form)
        box.addWidget(self.path_button)
        box.addWidget(self.path_list, 1)
        box.addWidget(self.path_steps)
        self._mode_changed()
        return page

    def _build_groups(self) -> QWidget:
        page = QWidget()
        self.method_box = QComboBox()
        self.method_box.addItem("Louvain", "louvain")
        self.method_box.addItem("Leiden", "leiden")
        self.resolution = QDoubleSpinBox()
        self.resolution.setRange(0.1, 10.0)
        self.resolution.setSingleStep(0.1)
        self.resolution.setValue(1.0)
        self.resolution.setToolTip(self.tr("Above 1: more, smaller groups. Below 1: fewer, larger groups."))
        form = QFormLayout()
        form.addRow(self.tr("Method"), self.method_box)
        form.addRow(self.tr("Resolution"), self.resolution)
        self.groups_button = QPushButton(self.tr("Find the groups"))
        self.groups_button.clicked.connect(self.run_communities)
        self.groups_note = QLabel()
        self.groups_note.setWordWrap(True)
        self.group_list = self._list()
        self.group_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.group_list.itemSelectionChanged.connect(self._groups_picked)
        self.group_list.setMinimumHeight(120)
        box = QVBoxLayout(page)
        box.addLayout(form)
        box.addWidget(self.groups_button)
        box.addWidget(self.groups_note)
        box.addWidget(self.group_list, 1)
        return page

    def _build_brokers(self) -> QWidget:
        page = QWidget()
        self.a_label = QLabel()
        self.b_label = QLabel()
        self.a_button = QPushButton(self.tr("Selection → A"))
        self.a_button.setToolTip(
            self.tr("The records selected on the chart (or a group picked in Groups) become group A")
        )
        self.a_button.clicked.connect(lambda: self._set_group("a"))
        self.b_button = QPushButton(self.tr("Selection → B"))
        self.b_button.setToolTip(
            self.tr("The records selected on the chart (or a group picked in Groups) become group B")
        )
        self.b_button.clicked.connect(lambda: self._set_group("b"))
        grid = QFormLayout()
        row_a = QHBoxLayout()
        row_a.addWidget(self.a_label, 1)
        row_a.addWidget(self.a_button)
        row_b = QHBoxLayout()
        row_b.addWidget(self.b_label, 1)
        row_b.addWidget(self.b_button)
        grid.addRow(self.tr("Group A"), row_a)
        grid.addRow(self.tr("Group B"), row_b)
        self.brokers_button = QPushButton(self.tr("Who connects A and B"))
        self.brokers_button.clicked.connect(self.run_brokers)
        self.cuts_button = QPushButton(self.tr("Whose removal splits the network"))
        self.cuts_button.clicked.connect(self.run_cut_points)
        self.brokers_note = QLabel()
        self.brokers_note.setWordWrap(True)
        self.brokers_table = self._table(["#", self.tr("Name"), self.tr("Ways carried"), self.tr("Share")])
        self.brokers_table.itemSelectionChanged.connect(lambda: self._table_selected(self.brokers_table))
        box = QVBoxLayout(page)
        box.addLayout(grid)
        box.addWidget(self.brokers_button)
        box.addWidget(self.cuts_button)
        box.addWidget(self.brokers_note)
        box.addWidget(self.brokers_table, 1)
        self._show_groups()
        return page

    def _build_changes(self) -> QWidget:
        page = QWidget()
        self.before_edit = QDateEdit()
        self.after_edit = QDateEdit()
        for edit in (self.before_edit, self.after_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
        self.stale_days = QSpinBox()
        self.stale_days.setRange(0, 3650)
        self.stale_days.setValue(90)
        self.stale_days.setSpecialValueText(self.tr("never"))
        self.stale_days.setSuffix(self.tr(" days"))
        self.stale_days.setToolTip(
            self.tr(
                "A link not seen for this long is counted as gone (a contact with no end date does not last forever)."
            )
        )
        form = QFormLayout()
        form.addRow(self.tr("From"), self.before_edit)
        form.addRow(self.tr("To"), self.after_edit)
        form.addRow(self.tr("Links lapse after"), self.stale_days)
        self.changes_button = QPushButton(self.tr("Compare the two dates"))
        self.changes_button.clicked.connect(self.run_changes)
        self.changes_summary = QLabel()
        self.changes_summary.setWordWrap(True)
        self.changes_list = self._list()
        self.changes_list.setAlternatingRowColors(True)
        self.changes_list.setMinimumHeight(140)
        self.changes_list.itemSelectionChanged.connect(lambda: self._list_selected(self.changes_list))
        box = QVBoxLayout(page)
        box.addLayout(form)
        box.addWidget(self.changes_button)
        box.addWidget(self.changes_summary)
        box.addWidget(self.changes_list, 1)
        self.reset_dates()
        return page

    def _build_hierarchy(self) -> QWidget:
        page = QWidget()
        explain = QLabel(
            self.tr(
                "Read from “manages” and “supplies” links, and from the roles of the members of an "
                "organisation (head, manager, others). Hints to check, not facts."
            )
        )
        explain.setWordWrap(True)
        self.hierarchy_button = QPushButton(self.tr("Find who manages whom"))
        self.hierarchy_button.clicked.connect(self.run_hierarchy)
        self.hierarchy_layout = QPushButton(self.tr("Lay out the chart as a hierarchy"))
        self.hierarchy_layout.clicked.connect(lambda: self.chart.run_layout(Algorithm.HIERARCHY))
        self.hierarchy_note = QLabel()
        self.hierarchy_note.setWordWrap(True)
        self.hierarchy_list = self._list()
        self.hierarchy_list.setAlternatingRowColors(True)
        self.hierarchy_list.setMinimumHeight(140)
        self.hierarchy_list.itemSelectionChanged.connect(
            lambda: self._list_selected(self.hierarchy_list, emphasise=True)
        )
        box = QVBoxLayout(page)
        box.addWidget(explain)
        box.addWidget(self.hierarchy_button)
        box.addWidget(self.hierarchy_layout)
        box.addWidget(self.hierarchy_note)
        box.addWidget(self.hierarchy_list, 1)
        return page

    def _metric_names(self) -> dict[Metric, str]:
        return {
            Metric.BETWEENNESS: self.tr("betweenness"),
            Metric.DEGREE: self.tr("number of links"),
            Metric.WEIGHTED_DEGREE: self.tr("weighted links"),
            Metric.CLOSENESS: self.tr("closeness"),
            Metric.EIGENVECTOR: self.tr("eigenvector"),
            Metric.PAGERANK: self.tr("PageRank"),
        }

    # --- running -------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._token is not None

    def _run(self, work: Callable[[Any, Any, Any], Any], done: Callable[[Any], None], message: str) -> None:
        """Analyse the chart's visible part off the GUI thread: ``work(graph, progress, cancelled)``."""
        data = self.chart.visible_data()
        if not data.nodes:
            self.status.setText(self.tr("Nothing on the chart to analyse."))
            return
        self.cancel()
        token = object()
        self._token = token
        services = self.services
        relay = self._relay.progress

        def report(done_: int, total: int) -> None:
            with contextlib.suppress(RuntimeError):  # the panel was closed meanwhile
                relay.emit(done_, total)

        def run(job: Job) -> Any:
            graph = services.analysis.network_of(data)
            return work(graph, report, lambda: job.cancelled)

        def finished(result: Any) -> None:
            if self._token is token:
                self._end()
                self._stale = False
                self.stale_label.hide()
                done(result)

        def failed(text: str) -> None:
            if self._token is token:
                self._end()
                self.status.setText(text)

        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self.status.setText(message)
        self._update_buttons()
        self._job = run_op(run, finished, failed, takes_job=True)

    def cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()
        if self._token is not None:
            self._end()
            self.status.setText(self.tr("Analysis cancelled."))

    def _end(self) -> None:
        self._token = None
        self._job = None
        self.progress.hide()
        self.cancel_button.hide()
        self._update_buttons()

    def _show_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, 1000)
            self.progress.setValue(int(1000 * done / total))

    def _chart_changed(self) -> None:
        done = (self.key_players, self.paths, self.communities, self.brokers, self.cuts, self.changes, self.hierarchy)
        if any(done):
            self._stale = True
            self.stale_label.show()
        self.reset_dates()
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_chart = bool(self.chart.model.visible_set)
        for button in (
            self.key_button,
            self.groups_button,
            self.cuts_button,
            self.changes_button,
            self.hierarchy_button,
            self.hierarchy_layout,
        ):
            button.setEnabled(has_chart)
        selected = self.chart.selected()
        self.path_button.setEnabled(len(selected) == 2)
        if self._ends is None:
            self.ends_label.setText(
                self.tr("Select two records on the chart.")
                if len(selected) != 2
                else self.tr("Ready: %1 and %2.")
                .replace("%1", self._name(selected[0]))
                .replace("%2", self._name(selected[1]))
            )
        picked = bool(selected) or bool(self.group_list.selectedItems())
        self.a_button.setEnabled(picked)
        self.b_button.setEnabled(picked)
        self.brokers_button.setEnabled(bool(self.group_a) and bool(self.group_b))

    def _name(self, node: UUID) -> str:
        ref = self.chart.model.refs.get(node)
        return ref.label if ref is not None else "?"

    # --- key players -----------------------------------------------------------------------

    def run_key_players(self) -> None:
        rank_by = Metric(self.rank_box.currentData())
        analysis = self.services.analysis

        def work(graph: Any, progress: Any, cancelled: Any) -> KeyPlayers:
            return analysis.key_players(graph, rank_by=rank_by, progress=progress, cancelled=cancelled)

        self._run(work, self._show_key_players, self.tr("Measuring who is central…"))

    def _show_key_players(self, result: KeyPlayers) -> None:
        self.key_players = result
        names = self._metric_names()
        for metric in result.metrics:
            self.chart.set_metric(metric_key(metric), names[metric], result.values(metric))
        note = self.tr("%1 records, %2 linked pairs.").replace("%1", str(result.nodes)).replace("%2", str(result.edges))
        if result.betweenness_sample is not None:
            note += " " + self.tr("Betweenness estimated from a sample of %1 records.").replace(
                "%1", str(result.betweenness_sample)
            )
        if result.nodes > TABLE_ROWS:
            note += " " + self.tr("The table lists the first %1.").replace("%1", str(TABLE_ROWS))
        for text in result.notes:
            note += " " + text
        self.key_note.setText(note)
        self._fill_key_table()
        self._show_metric()
        self.status.setText(self.tr("Key players found."))

    def _fill_key_table(self) -> None:
        result = self.key_players
        if result is None:
            return
        metric = Metric(self.rank_box.currentData())
        rows = sorted(result.rows, key=lambda r: -(r.value(metric) or 0.0))[:TABLE_ROWS]
        names = self._metric_names()
        self.key_table.setHorizontalHeaderLabels(["#", self.tr("Name"), names[metric], self.tr("Links")])

        def details(row: Any) -> str:
            lines = [f"{row.node.label} ({_kind(row.node)})"]
            lines += [f"{names[m]}: {_figure(row.value(m))}" for m in result.metrics]
            return "\n".join(lines)

        self._fill(
            self.key_table,
            [
                (
                    row.node,
                    [_Number(i + 1, str(i + 1))],
                    [_Number(row.value(metric), _figure(row.value(metric))), _Number(row.degree, str(row.degree))],
                    details(row),
                )
                for i, row in enumerate(rows)
            ],
        )

    def _rank_changed(self) -> None:
        self._fill_key_table()
        self._show_metric()

    def _show_metric(self) -> None:
        """Size and/or colour the chart by the ranking metric, once computed."""
        if self.key_players is None:
            return
        metric = Metric(self.rank_box.currentData())
        key = metric_key(metric) if metric in self.key_players.metrics else "degree"
        self.chart.set_size_by(key if self.size_check.isChecked() else "none")
        if self.colour_check.isChecked():
            self.chart.set_colour_by(key)
        elif self.chart.colour_by.startswith("analysis:") and self.chart.colour_by != GROUPS_KEY:
            # unticked: back to kinds, unless the chart shows the groups found
            self.chart.set_colour_by("kind")

    def _table_selected(self, table: QTableWidget) -> None:
        rows = table.selectionModel().selectedRows(1)
        self._select_on_chart([table.item(i.row(), 1).data(Qt.ItemDataRole.UserRole) for i in rows])

    def _select_on_chart(self, ids: list[UUID]) -> bool:
        """Select and frame the records a result names, those the chart shows; False if none."""
        shown = [n for n in ids if n is not None and n in self.chart.model.visible_set]
        if shown:
            self.chart.canvas.set_selection(set(shown))
            self.chart.focus_on(shown)
        return bool(shown)

    # --- paths ---------------------------------------------------------------------------

    def _mode_changed(self) -> None:
        mode = PathMode(self.mode_box.currentData())
        self.k_spin.setEnabled(mode == PathMode.K_SHORTEST)
        self.hops_spin.setEnabled(mode == PathMode.ALL_UP_TO)

    def run_paths(self) -> None:
        selected = self.chart.selected()
        if len(selected) != 2:
            self.status.setText(self.tr("Select two records on the chart."))
            return
        a, b = selected
        mode = PathMode(self.mode_box.currentData())
        k, hops = self.k_spin.value(), self.hops_spin.value()
        analysis = self.services.analysis

        def work(graph: Any, _progress: Any, _cancelled: Any) -> Paths:
            return analysis.paths(graph, a, b, mode=mode, k=k, max_hops=hops)

        self._run(work, self._show_paths, self.tr("Looking for the ways between them…"))

    def _show_paths(self, result: Paths) -> None:
        self.paths = result
        self.path_list.blockSignals(True)
        self.path_list.clear()
        self.path_list.blockSignals(False)
        if not result.connected:
            self.path_steps.setText("")
            self.chart.set_emphasis([result.source.id, result.target.id])
            self.status.setText(
                self.tr("%1 and %2 are not connected on this chart.")
                .replace("%1", result.source.label)
                .replace("%2", result.target.label)
            )
            return
        for path in result.paths:
            text = self.tr("%n link(s): ", "", path.hops) + " → ".join(n.label for n in path.nodes)
            item = QListWidgetItem(text)
            item.setToolTip(text)
            self.path_list.addItem(item)
        found = self.tr("%n way(s) found.", "", len(result.paths))
        if result.truncated:
            found += " " + self.tr("There are more: narrow the search.")
        self.status.setText(found)
        self.path_list.setCurrentRow(0)

    def _path_picked(self, row: int) -> None:
        if self.paths is None or not 0 <= row < len(self.paths.paths):
            return
        path = self.paths.paths[row]
        self.chart.set_emphasis(path.ids, [(s.source.id, s.target.id) for s in path.steps])
        self.chart.focus_on(list(path.ids))
        lines = []
        for step in path.steps:
            kinds = ", ".join(_link_kind(k) for k in step.kinds)
            arrow = "→" if step.forward is not False else "←"
            derived = " " + self.tr("(derived)") if step.derived else ""
            lines.append(f"{step.source.label} {arrow} {step.target.label}: {kinds}{derived}")
        self.path_steps.setText("\n".join(lines))

    # --- groups --------------------------------------------------------------------------

    def run_communities(self) -> None:
        method = str(self.method_box.currentData())
        resolution = self.resolution.value()
        analysis = self.services.analysis

        def work(graph: Any, progress: Any, cancelled: Any) -> Communities:
            return analysis.communities(
                graph, method=method, resolution=resolution, progress=progress, cancelled=cancelled
            )

        self._run(work, self._show_communities, self.tr("Finding the groups…"))

    def _show_communities(self, result: Communities) -> None:
        self.communities = result
        self.chart.set_metric(
            GROUPS_KEY,
            self.tr("groups found (analysis)"),
            {n: float(g) for n, g in result.membership().items()},
            categorical=True,
        )
        self.chart.set_colour_by(GROUPS_KEY)
        self.colour_check.setChecked(False)
        self.group_list.clear()
        for community in result.communities:
            text = (
                self.tr("Group %1 · %n record(s) · centre: %2", "", community.size)
                .replace("%1", str(community.index + 1))
                .replace("%2", community.central.label)
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, community.index)
            item.setIcon(_swatch(style.GROUPS[community.index % len(style.GROUPS)]))
            item.setToolTip(text)
            self.group_list.addItem(item)
        self.groups_note.setText(
            self.tr("%n group(s); modularity %1 (above 0.3: clear groups).", "", len(result.communities)).replace(
                "%1", f"{result.modularity:.2f}"
            )
        )
        self.status.setText(self.tr("Groups found: the chart is coloured by group."))

    def _picked_members(self) -> list[UUID]:
        if self.communities is None:
            return []
        chosen = {item.data(Qt.ItemDataRole.UserRole) for item in self.group_list.selectedItems()}
        return [m.id for c in self.communities.communities if c.index in chosen for m in c.members]

    def _groups_picked(self) -> None:
        self._select_on_chart(self._picked_members())
        self._update_buttons()

    # --- brokers and weak points ------------------------------------------------------------

    def _set_group(self, which: str) -> None:
        members = self.chart.selected() or self._picked_members()
        if which == "a":
            self.group_a = list(members)
        else:
            self.group_b = list(members)
        self._show_groups()
        self._update_buttons()

    def _show_groups(self) -> None:
        for label, members in ((self.a_label, self.group_a), (self.b_label, self.group_b)):
            if not members:
                label.setText(self.tr("not chosen"))
            elif len(members) == 1:
                label.setText(self._name(members[0]))
            else:
                label.setText(self.tr("%n record(s)", "", len(members)))

    def run_brokers(self) -> None:
        a, b = list(self.group_a), list(self.group_b)
        analysis = self.services.analysis

        def work(graph: Any, progress: Any, cancelled: Any) -> Brokers:
            present = set(graph)
            return analysis.brokers(
                graph,
                [n for n in a if n in present],
                [n for n in b if n in present],
                progress=progress,
                cancelled=cancelled,
            )

        self._run(work, self._show_brokers, self.tr("Looking for who connects the two groups…"))

    def _show_brokers(self, result: Brokers) -> None:
        self.brokers = result
        self.cuts = None
        rows = result.rows[:TABLE_ROWS]
        table = self.brokers_table
        table.setHorizontalHeaderLabels(["#", self.tr("Name"), self.tr("Ways carried"), self.tr("Share")])
        self._fill(
            table,
            [
                (
                    row.node,
                    [_Number(row.rank, str(row.rank))],
                    [_Number(row.paths_carried, _figure(row.paths_carried)), _Number(row.share, f"{row.share:.0%}")],
                    self.tr("%1 (%2): carries %3 of the shortest ways from A to B")
                    .replace("%1", row.node.label)
                    .replace("%2", _kind(row.node))
                    .replace("%3", f"{row.share:.0%}"),
                )
                for row in rows
            ],
        )
        self.chart.set_emphasis([row.node.id for row in rows[:10]])
        if not result.pairs_connected:
            self.brokers_note.setText(self.tr("No way on this chart leads from group A to group B."))
        else:
            self.brokers_note.setText(
                self.tr("%1 of %2 pairs (A, B) are connected; the ten brokers carrying most ways are highlighted.")
                .replace("%1", str(result.pairs_connected))
                .replace("%2", str(result.pairs_total))
            )
        self.status.setText(self.tr("%n broker(s) found.", "", len(result.rows)))

    def run_cut_points(self) -> None:
        analysis = self.services.analysis

        def work(graph: Any, _progress: Any, _cancelled: Any) -> CutPoints:
            return analysis.cut_points(graph)

        self._run(work, self._show_cut_points, self.tr("Looking for the network's weak points…"))

    def _show_cut_points(self, result: CutPoints) -> None:
        self.cuts = result
        self.brokers = None
        table = self.brokers_table
        table.setHorizontalHeaderLabels(["#", self.tr("Name"), self.tr("Pieces"), self.tr("Cut off")])
        points = result.points[:TABLE_ROWS]
        self._fill(
            table,
            [
                (
                    p.node,
                    [_Number(i + 1, str(i + 1))],
                    [_Number(p.pieces, str(p.pieces)), _Number(p.cut_off, str(p.cut_off))],
                    self.tr("Without %1, its part of the network falls into %2 pieces and %3 records are cut off")
                    .replace("%1", p.node.label)
                    .replace("%2", str(p.pieces))
                    .replace("%3", str(p.cut_off)),
                )
                for i, p in enumerate(points)
            ],
        )
        self.chart.set_emphasis([p.node.id for p in points[:20]], [(b.a.id, b.b.id) for b in result.bridges[:20]])
        self.brokers_note.setText(
            self.tr("%1 records and %2 relations would split the network if removed; the worst are highlighted.")
            .replace("%1", str(len(result.points)))
            .replace("%2", str(len(result.bridges)))
        )
        self.status.setText(self.tr("Weak points found."))

    @staticmethod
    def _fill(
        table: QTableWidget, rows: list[tuple[Node, list[QTableWidgetItem], list[QTableWidgetItem], str]]
    ) -> None:
        """Rows of (record, cells before its name, cells after, tooltip), in rank order."""
        table.setSortingEnabled(False)
        table.blockSignals(True)
        table.clearContents()
        table.setRowCount(len(rows))
        for i, (node, before, after, tip) in enumerate(rows):
            name = QTableWidgetItem(_icon(node), node.label)
            name.setData(Qt.ItemDataRole.UserRole, node.id)
            for column, cell in enumerate([*before, name, *after]):
                cell.setToolTip(tip)
                table.setItem(i, column, cell)
        table.blockSignals(False)
        table.setSortingEnabled(True)
        table.sortByColumn(0, Qt.SortOrder.AscendingOrder)

    # --- changes -------------------------------------------------------------------------

    def reset_dates(self) -> None:
        """From the chart's first dated link to its last, halfway as the first date."""
        bounds = self.chart.model.date_bounds()
        first, last = bounds if bounds is not None else (date.today().replace(day=1), date.today())
        middle = first + (last - first) / 2
        for edit, value in ((self.before_edit, middle), (self.after_edit, last)):
            if not edit.property("touched"):
                edit.blockSignals(True)
                edit.setDate(QDate(value.year, value.month, value.day))
                edit.blockSignals(False)

    def run_changes(self) -> None:
        before = self.before_edit.date().toPython()
        after = self.after_edit.date().toPython()
        stale = self.stale_days.value() or None
        analysis = self.services.analysis

        def work(graph: Any, progress: Any, cancelled: Any) -> ChangeReport:
            return analysis.changes(
                graph, before, after, stale_after_days=stale, top=30, progress=progress, cancelled=cancelled
            )

        for edit in (self.before_edit, self.after_edit):
            edit.setProperty("touched", True)
        self._run(work, self._show_changes, self.tr("Comparing the two dates…"))

    def _show_changes(self, result: ChangeReport) -> None:
        self.changes = result
        self.changes_summary.setText(
            self.tr("Records: +%1 −%2 · links: +%3 −%4 · groups: %5 → %6")
            .replace("%1", str(len(result.added_entities)))
            .replace("%2", str(len(result.gone_entities)))
            .replace("%3", str(len(result.added_links)))
            .replace("%4", str(len(result.gone_links)))
            .replace("%5", str(len(result.communities_before.communities)))
            .replace("%6", str(len(result.communities_after.communities)))
        )
        lst = self.changes_list
        lst.clear()

        def add(text: str, ids: list[UUID]) -> None:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, ids)
            item.setToolTip(text)
            lst.addItem(item)

        names = self._metric_names()
        if result.added_entities:
            add(self.tr("New: %1").replace("%1", _names(result.added_entities)), [n.id for n in result.added_entities])
        if result.gone_entities:
            add(
                self.tr("Gone quiet: %1").replace("%1", _names(result.gone_entities)),
                [n.id for n in result.gone_entities],
            )
        for event in result.community_changes:
            if event.event == CommunityEvent.CONTINUED and not (event.joined or event.left):
                continue
            add(self._community_text(event), [n.id for n in (*event.joined, *event.left)])
        for change in result.metric_changes[:30]:
            add(
                f"{change.node.label}: {names[change.metric]} {_figure(change.before)} → {_figure(change.after)}",
                [change.node.id],
            )
        if not lst.count():
            add(self.tr("Nothing changed between the two dates."), [])
        self.chart.set_emphasis([n.id for n in result.added_entities])
        self.status.setText(self.tr("Compared: records new since the first date are highlighted."))

    def _community_text(self, event: Any) -> str:
        before = ", ".join(str(i + 1) for i in event.before)
        after = ", ".join(str(i + 1) for i in event.after)
        text = {
            CommunityEvent.NEW: self.tr("New group %2"),
            CommunityEvent.GONE: self.tr("Group %1 broke up"),
            CommunityEvent.MERGED: self.tr("Groups %1 merged into group %2"),
            CommunityEvent.SPLIT: self.tr("Group %1 split into groups %2"),
            CommunityEvent.CONTINUED: self.tr("Group %1 carried on as group %2"),
        }[event.event]
        text = text.replace("%1", before).replace("%2", after)
        if event.joined:
            text += " · " + self.tr("joined: %1").replace("%1", _names(event.joined))
        if event.left:
            text += " · " + self.tr("left: %1").replace("%1", _names(event.left))
        return text

    # --- hierarchy -----------------------------------------------------------------------

    def run_hierarchy(self) -> None:
        analysis = self.services.analysis

        def work(graph: Any, _progress: Any, _cancelled: Any) -> Hierarchy:
            return analysis.hierarchy(graph)

        self._run(work, self._show_hierarchy, self.tr("Reading who manages whom…"))

    def _show_hierarchy(self, result: Hierarchy) -> None:
        self.hierarchy = result
        lst = self.hierarchy_list
        lst.clear()
        basis = {
            HierarchyBasis.MANAGES: self.tr("manages"),
            HierarchyBasis.SUPPLIES: self.tr("supplies"),
            HierarchyBasis.ROLE: self.tr("ranks above (roles in %1)"),
        }
        # One line per pair: a 'manages' link and the roles in an organisation often agree.
        pairs: dict[tuple[Any, Any], tuple[Node, Node, list[str]]] = {}
        for hint in sorted(result.hints, key=lambda h: (result.levels.get(h.superior.id, 0), h.superior.label)):
            how = basis[hint.basis].replace("%1", hint.organisation.label if hint.organisation else "?")
            key = (hint.superior.id, hint.subordinate.id)
            pairs.setdefault(key, (hint.superior, hint.subordinate, []))[2].append(how)
        for superior, subordinate, hows in pairs.values():
            item = QListWidgetItem(f"{superior.label} → {subordinate.label} · {', '.join(hows)}")
            item.setData(Qt.ItemDataRole.UserRole, [superior.id, subordinate.id])
            lst.addItem(item)
        for cycle in result.cycles:
            circle = " → ".join(n.label for n in cycle)
            item = QListWidgetItem(self.tr("To check, the hints go round in a circle: %1").replace("%1", circle))
            item.setForeground(QColor("#a04000"))
            item.setData(Qt.ItemDataRole.UserRole, [n.id for n in cycle])
            lst.addItem(item)
        if not result.hints:
            self.hierarchy_note.setText(self.tr("No “manages” or “supplies” link, and no roles in an organisation."))
        else:
            self.hierarchy_note.setText(
                self.tr("At the top: %1.").replace("%1", _names(result.tops))
                + " "
                + self.tr("%n hint(s).", "", len(result.hints))
            )
        self.chart.set_emphasis([n.id for n in result.tops])
        self.status.setText(self.tr("Hierarchy read: the records at the top are highlighted."))

    def _list_selected(self, lst: QListWidget, emphasise: bool = False) -> None:
        ids = [n for item in lst.selectedItems() for n in item.data(Qt.ItemDataRole.UserRole) or []]
        if self._select_on_chart(ids) and emphasise and len(ids) == 2:
            self.chart.set_emphasis(ids, [(ids[0], ids[1])])

    # --- highlight -----------------------------------------------------------------------

    def clear_emphasis(self) -> None:
        self.chart.set_emphasis([])
        self.path_list.clearSelection()


def _names(nodes: Any, most: int = 4) -> str:
    nodes = list(nodes)
    text = ", ".join(n.label for n in nodes[:most])
    if len(nodes) > most:
        text += f" … (+{len(nodes) - most})"
    return text


def _icon(node: Node) -> QIcon:
    try:
        kind = EntityKind(node.kind)
    except ValueError:
        return QIcon()
    return QIcon(style.badge(kind, style.kind_colour(kind).rgba(), 32))


def _swatch(colour: str) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)
