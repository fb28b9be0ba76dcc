"""The chart's dialogs: a new link, expanding by link kind, exporting an image, saved charts."""

from __future__ import annotations

from datetime import date
from uuid import UUID

from PySide6.QtCore import QDate, QSize, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cross_desk.domain.kinds import LinkKind
from cross_desk.domain.records import Confidence, EntityRef, Link
from cross_desk.gui import labels
from cross_desk.gui.chart import style
from cross_desk.gui.jobs import run_op
from cross_desk.services import Services
from cross_desk.services.charts import ChartInfo


class LinkDialog(QDialog):
    """A new link between the two selected records, drawn on the chart once saved."""

    def __init__(self, first: EntityRef, second: EntityRef, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New link"))
        self.ends = [first, second]
        self.direction = QLabel()
        self.direction.setWordWrap(True)
        swap = QPushButton(self.tr("Swap direction"))
        swap.clicked.connect(self._swap)
        self.kind = QComboBox()
        for kind, text in labels.choices(LinkKind):
            self.kind.addItem(text, kind)
        self.kind.currentIndexChanged.connect(self._show_direction)
        self.confidence = QComboBox()
        for value, text in labels.choices(Confidence):
            self.confidence.addItem(text, value)
        self.confidence.setCurrentIndex(list(Confidence).index(Confidence.PROBABLE))
        self.dated = QCheckBox(self.tr("Seen between"))
        self.first_seen = QDateEdit(QDate.currentDate())
        self.last_seen = QDateEdit(QDate.currentDate())
        for edit in (self.first_seen, self.last_seen):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.setEnabled(False)
            self.dated.toggled.connect(edit.setEnabled)
        dates = QHBoxLayout()
        dates.addWidget(self.first_seen)
        dates.addWidget(QLabel(self.tr("and")))
        dates.addWidget(self.last_seen)
        self.notes = QLineEdit()
        form = QFormLayout()
        form.addRow(self.tr("Link"), self.kind)
        form.addRow(self.direction)
        form.addRow("", swap)
        form.addRow(self.tr("Confidence"), self.confidence)
        form.addRow(self.dated, dates)
        form.addRow(self.tr("Notes"), self.notes)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._show_direction()

    def _swap(self) -> None:
        self.ends.reverse()
        self._show_direction()

    def _show_direction(self) -> None:
        kind = LinkKind(self.kind.currentData())
        self.direction.setText(f"{self.ends[0].label}  →  {labels.label(kind)}  →  {self.ends[1].label}")

    def link(self) -> Link:
        first = last = None
        if self.dated.isChecked():
            first = self.first_seen.date().toPython()
            last = self.last_seen.date().toPython()
            assert isinstance(first, date) and isinstance(last, date)
        return Link(
            kind=LinkKind(self.kind.currentData()),
            source_id=self.ends[0].id,
            target_id=self.ends[1].id,
            confidence=Confidence(self.confidence.currentData()),
            first_seen=first,
            last_seen=last,
            notes=self.notes.text().strip(),
        )


class ExpandDialog(QDialog):
    """Expand the selection by one or two hops, following only the chosen kinds of link."""

    def __init__(self, present: set[LinkKind], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Expand by link kind"))
        self.hops = QSpinBox()
        self.hops.setRange(1, 2)
        self.kinds = QListWidget()
        self.kinds.setMinimumHeight(340)
        for kind, text in labels.choices(LinkKind):
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, kind)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if not present or kind in present else Qt.CheckState.Unchecked)
            self.kinds.addItem(item)
        form = QFormLayout()
        form.addRow(self.tr("Hops"), self.hops)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Follow these links:")))
        layout.addWidget(self.kinds)
        layout.addWidget(buttons)

    def chosen(self) -> tuple[int, set[LinkKind]]:
        kinds = set()
        for row in range(self.kinds.count()):
            item = self.kinds.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                kinds.add(LinkKind(item.data(Qt.ItemDataRole.UserRole)))
        return self.hops.value(), kinds


class ImageDialog(QDialog):
    """Size and extent of an exported picture of the chart."""

    def __init__(self, size: QSize, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export picture"))
        self.width_box = QSpinBox()
        self.height_box = QSpinBox()
        for box, value in ((self.width_box, size.width()), (self.height_box, size.height())):
            box.setRange(100, 16000)
            box.setSingleStep(100)
            box.setSuffix(self.tr(" px"))
            box.setValue(value)
        presets = QComboBox()
        presets.addItem(self.tr("Custom"), None)
        for w, h in ((1920, 1080), (3840, 2160), (2480, 3508), (3508, 2480)):
            presets.addItem(f"{w} × {h}", QSize(w, h))
        presets.currentIndexChanged.connect(lambda _: self._preset(presets.currentData()))
        self.whole = QRadioButton(self.tr("The whole chart"))
        self.view = QRadioButton(self.tr("What the window shows"))
        self.whole.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.whole)
        group.addButton(self.view)
        form = QFormLayout()
        form.addRow(self.tr("Size"), presets)
        form.addRow(self.tr("Width"), self.width_box)
        form.addRow(self.tr("Height"), self.height_box)
        form.addRow(self.tr("Show"), self.whole)
        form.addRow("", self.view)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _preset(self, size: QSize | None) -> None:
        if size is not None:
            self.width_box.setValue(size.width())
            self.height_box.setValue(size.height())

    def chosen(self) -> tuple[QSize, bool]:
        return QSize(self.width_box.value(), self.height_box.value()), self.whole.isChecked()


class SavedChartsDialog(QDialog):
    """The charts saved with a case: open one, or delete one."""

    def __init__(self, services: Services, case_id: UUID | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.case_id = case_id
        self.chosen: UUID | None = None
        self.setWindowTitle(self.tr("Saved charts"))
        self.resize(520, 360)
        self.list = QListWidget()
        self.list.itemDoubleClicked.connect(lambda _: self._open())
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self._open)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.clicked.connect(self._delete)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.delete_button)
        row.addStretch(1)
        row.addWidget(close)
        row.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(self.message)
        layout.addLayout(row)
        self.refresh()

    def refresh(self) -> None:
        services, case_id = self.services, self.case_id
        run_op(lambda: services.charts.list(case_id), self._show, self.message.setText)

    def _show(self, charts: list[ChartInfo]) -> None:
        self.list.clear()
        for info in charts:
            when = info.updated_at.astimezone().strftime("%d/%m/%Y %H:%M")
            item = QListWidgetItem(
                self.tr("{name} — saved {when} by {who}").format(name=info.name, when=when, who=info.updated_by)
            )
            item.setData(Qt.ItemDataRole.UserRole, info.id)
            self.list.addItem(item)
        if charts:
            self.list.setCurrentRow(0)
        self.message.setText("" if charts else self.tr("No chart is saved with this case yet."))
        self.open_button.setEnabled(bool(charts))
        self.delete_button.setEnabled(bool(charts))

    def _current(self) -> UUID | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _open(self) -> None:
        self.chosen = self._current()
        if self.chosen is not None:
            self.accept()

    def _delete(self) -> None:
        chart_id = self._current()
        if chart_id is None:
            return
        services = self.services
        run_op(lambda: services.charts.delete(chart_id), lambda _: self.refresh(), self.message.setText, write=True)


def kind_legend_pixmap(kind: object, size: int = 16):  # type: ignore[no-untyped-def]
    """The small round icon of a kind, as lists and legends show it."""
    return style.badge(kind, style.kind_colour(kind).rgba(), size)  # type: ignore[arg-type]
