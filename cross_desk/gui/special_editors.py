"""Editors that need more than one widget or the database: grade, source, case, substances."""

from __future__ import annotations

from decimal import Decimal
from typing import Any
from uuid import UUID

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from cross_desk.domain import records as r
from cross_desk.domain.grading import GradingScheme
from cross_desk.domain.kinds import USUAL_UNIT, EntityKind, QuantityUnit, Substance
from cross_desk.gui import labels
from cross_desk.gui.editors import FieldEditor
from cross_desk.gui.icons import icon
from cross_desk.gui.jobs import run_op

translate = QCoreApplication.translate  # a name pyside6-lupdate recognises


def _tr(text: str) -> str:
    return QCoreApplication.translate("Editors", text)


class GradeEditor(FieldEditor):
    """One required choice per axis of the grading scheme in force, each with its meaning."""

    def __init__(self, name: str, scheme: GradingScheme, parent: QWidget | None = None) -> None:
        super().__init__(name, parent)
        self.scheme = scheme
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        self.axis_labels: list[QLabel] = []
        self.combos: list[QComboBox] = []
        for row, _axis in enumerate(scheme.axes):
            caption = QLabel()
            combo = QComboBox()
            combo.setMinimumWidth(300)
            combo.currentIndexChanged.connect(self._emit)
            grid.addWidget(caption, row, 0)
            grid.addWidget(combo, row, 1)
            self.axis_labels.append(caption)
            self.combos.append(combo)
        grid.setColumnStretch(2, 1)
        self._layout.addLayout(grid)
        if self.combos:
            self.setFocusProxy(self.combos[0])
        self.retranslate()

    def retranslate(self) -> None:
        for axis, caption, combo in zip(self.scheme.axes, self.axis_labels, self.combos, strict=True):
            caption.setText(labels.grading(axis.name).capitalize())
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(translate("Editors", "— choose —"), None)
            for code, meaning in axis.choices:
                combo.addItem(f"{code} — {labels.grading(meaning)}", code)
            combo.setCurrentIndex(max(combo.findData(current), 0))
            combo.blockSignals(False)

    def raw(self) -> tuple[str | None, ...]:
        return tuple(combo.currentData() for combo in self.combos)

    def _set_raw(self, raw: Any) -> None:
        codes = raw if isinstance(raw, tuple) else ()
        for i, combo in enumerate(self.combos):
            combo.setCurrentIndex(max(combo.findData(codes[i] if i < len(codes) else None), 0))

    def value(self) -> str:
        codes = self.raw()
        return "" if any(c is None for c in codes) else "".join(codes)  # type: ignore[arg-type]

    def set_value(self, value: Any) -> None:
        try:
            self.set_raw(self.scheme.parse(value) if value else ())
        except Exception:
            self.set_raw(())


class _AsyncCombo(FieldEditor):
    """A combo of records loaded off the GUI thread; a value set before they arrive is kept."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(name, parent)
        self.combo = QComboBox()
        self.combo.setMinimumWidth(260)
        self.combo.currentIndexChanged.connect(self._emit)
        self._add(self.combo)
        self._layout.addStretch(1)
        self._pending: UUID | None = None
        self._items: list[tuple[UUID, str]] = []
        self.loaded = False

    def none_text(self) -> str:
        return "—"

    def fill(self, items: list[tuple[UUID, str]]) -> None:
        self._items = items
        wanted = self.raw() if self.loaded else self._pending
        self._quiet = True
        self.combo.clear()
        self.combo.addItem(self.none_text(), None)
        for item_id, text in items:
            self.combo.addItem(text, str(item_id))  # text data: QVariant compares Python objects by identity
        self.combo.setCurrentIndex(max(self.combo.findData(str(wanted) if wanted else None), 0))
        self._quiet = False
        self.loaded = True

    def retranslate(self) -> None:
        if self.combo.count():
            self.combo.setItemText(0, self.none_text())

    def raw(self) -> UUID | None:
        if not self.loaded:
            return self._pending
        data = self.combo.currentData()
        return UUID(data) if data else None

    def _set_raw(self, raw: Any) -> None:
        self._pending = raw
        if self.loaded:
            index = self.combo.findData(str(raw) if raw else None)
            if index < 0 and raw is not None:  # e.g. a closed case: show it all the same
                self.combo.addItem(str(raw), str(raw))
                index = self.combo.count() - 1
            self.combo.setCurrentIndex(max(index, 0))


class SourceEditor(_AsyncCombo):
    """A source picked by codename (typing filters the list)."""

    def __init__(self, name: str, services: Any, parent: QWidget | None = None) -> None:
        super().__init__(name, parent)
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.combo.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        run_op(
            lambda: services.records.list(EntityKind.SOURCE, limit=None),
            lambda refs: self.fill([(ref.id, ref.label) for ref in refs]),
        )

    def none_text(self) -> str:
        return ""


class CaseEditor(_AsyncCombo):
    """The case a new record goes into (open and suspended cases)."""

    def __init__(self, name: str, services: Any, parent: QWidget | None = None) -> None:
        super().__init__(name, parent)
        run_op(
            lambda: services.cases.list(include_closed=False),
            lambda cases: self.fill([(c.id, f"{c.reference} — {c.title}") for c in cases]),
        )

    def none_text(self) -> str:
        return translate("Editors", "— no case —")


class SubstanceLinesEditor(FieldEditor):
    """Several lines of substance, quantity and unit; the unit follows the substance's usual one."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(name, parent)
        self.table = QTableWidget(0, 3)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(130)
        self.add_button = QPushButton(icon("new"), "")
        self.remove_button = QPushButton(icon("delete"), "")
        self.add_button.clicked.connect(lambda: self._append(Substance.CANNABIS_RESIN, Decimal(0), None, emit=True))
        self.remove_button.clicked.connect(self._remove_current)
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.table, 1)
        row.addLayout(buttons)
        self._layout.addLayout(row)
        self.setFocusProxy(self.table)
        self.retranslate()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [translate("Editors", "Substance"), translate("Editors", "Quantity"), translate("Editors", "Unit")]
        )
        self.add_button.setText(translate("Editors", "Add a line"))
        self.remove_button.setText(translate("Editors", "Remove the line"))
        self._quiet = True
        for row in range(self.table.rowCount()):
            for col, enum in ((0, Substance), (2, QuantityUnit)):
                combo = self.table.cellWidget(row, col)
                for i, (_member, text) in enumerate(labels.choices(enum)):
                    combo.setItemText(i, text)
        self._quiet = False

    def _append(self, substance: Substance, quantity: Decimal, unit: QuantityUnit | None, emit: bool = False) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        kind = QComboBox()
        for member, text in labels.choices(Substance):
            kind.addItem(text, member.value)
        kind.setCurrentIndex(kind.findData(substance.value))
        amount = QDoubleSpinBox()
        amount.setDecimals(3)
        amount.setRange(0, 1e9)
        amount.setGroupSeparatorShown(True)
        amount.setValue(float(quantity))
        units = QComboBox()
        for member, text in labels.choices(QuantityUnit):
            units.addItem(text, member.value)
        units.setCurrentIndex(units.findData((unit or USUAL_UNIT[substance]).value))

        def substance_changed() -> None:
            if not self._quiet:
                self._quiet = True
                units.setCurrentIndex(units.findData(USUAL_UNIT[Substance(kind.currentData())].value))
                self._quiet = False
                self._emit()

        kind.currentIndexChanged.connect(substance_changed)
        amount.valueChanged.connect(self._emit)
        units.currentIndexChanged.connect(self._emit)
        self.table.setCellWidget(row, 0, kind)
        self.table.setCellWidget(row, 1, amount)
        self.table.setCellWidget(row, 2, units)
        if emit:
            self.table.setCurrentCell(row, 0)
            kind.setFocus()
            self._emit()

    def _remove_current(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            row = self.table.rowCount() - 1
        if row >= 0:
            self.table.removeRow(row)
            self._emit()

    def raw(self) -> tuple[tuple[str, str, str], ...]:
        out = []
        for row in range(self.table.rowCount()):
            kind = self.table.cellWidget(row, 0)
            amount = self.table.cellWidget(row, 1)
            units = self.table.cellWidget(row, 2)
            out.append((kind.currentData(), str(round(amount.value(), 3)), units.currentData()))
        return tuple(out)

    def _set_raw(self, raw: Any) -> None:
        self.table.setRowCount(0)
        for substance, quantity, unit in raw or ():
            self._append(Substance(substance), Decimal(quantity), QuantityUnit(unit))

    def value(self) -> list[r.SubstanceLine]:
        return [r.SubstanceLine(Substance(s), Decimal(q).normalize(), QuantityUnit(u)) for s, q, u in self.raw()]

    def set_value(self, value: Any) -> None:
        self.set_raw(tuple((line.substance.value, str(line.quantity), line.unit.value) for line in value or ()))
