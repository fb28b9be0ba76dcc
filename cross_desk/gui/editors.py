"""Field editors for the record forms: each shows one value and says when it changes.

An editor has a *raw* value (what the user typed, kept for undo and never refused) and a
``value()`` (the typed value the record needs, raising ValidationError when the raw text is
not one, e.g. a birth date "31/02/1990").
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QEvent, QObject, QTime, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDoubleSpinBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from cross_desk.domain.dates import PartialDate, local_moment
from cross_desk.domain.errors import ValidationError
from cross_desk.gui import formatting, labels

#: the date an optional date editor shows as "—" (no date)
NO_DATE = QDate(1900, 1, 1)


class _FormUndoKeys(QObject):
    """Lets Ctrl+Z / Ctrl+Y reach the form's undo stack instead of a text field's own history.

    Text fields claim those keys (ShortcutOverride) for their private undo, which would change
    the text behind the form's back; the form's stack must see every edit.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        keys = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and any(event.matches(k) for k in keys)
        ):
            event.ignore()
            return True
        return False


_UNDO_KEYS: _FormUndoKeys | None = None


def route_undo_keys(widget: QWidget) -> None:
    global _UNDO_KEYS
    if _UNDO_KEYS is None:
        _UNDO_KEYS = _FormUndoKeys()
    widget.installEventFilter(_UNDO_KEYS)


class FieldEditor(QWidget):
    """Base: ``changed`` fires on every user edit (not on ``set_raw``)."""

    changed = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._quiet = False

    def _add(self, widget: QWidget) -> None:
        self._layout.addWidget(widget)
        self.setFocusProxy(widget)

    def _emit(self, *_: object) -> None:
        if not self._quiet:
            self.changed.emit()

    def raw(self) -> Any:
        raise NotImplementedError

    def set_raw(self, raw: Any) -> None:
        """Show ``raw`` without emitting ``changed`` (undo, loading a record)."""
        self._quiet = True
        try:
            self._set_raw(raw)
        finally:
            self._quiet = False

    def _set_raw(self, raw: Any) -> None:
        raise NotImplementedError

    def value(self) -> Any:
        return self.raw()

    def set_value(self, value: Any) -> None:
        self.set_raw(value)

    def retranslate(self) -> None:
        """Redo texts that come from the catalogue (enum labels); most editors have none."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class LineEditor(FieldEditor):
    def __init__(self, name: str, placeholder: str = "", max_length: int = 500, parent: QWidget | None = None) -> None:
        super().__init__(name, parent)
        self.edit = QLineEdit()
        self.edit.setMaxLength(max_length)
        if placeholder:
            self.edit.setPlaceholderText(placeholder)
        self.edit.textEdited.connect(self._emit)
        route_undo_keys(self.edit)
        self._add(self.edit)

    def raw(self) -> str:
        return self.edit.text()

    def _set_raw(self, raw: Any) -> None:
        self.edit.setText(raw or "")


class TextEditor(FieldEditor):
    def __init__(self, name: str, lines: int = 4, placeholder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(name, parent)
        self.edit = QPlainTextEdit()
        self.edit.setTabChangesFocus(True)
        self.edit.setUndoRedoEnabled(False)  # the form's undo stack owns undo
        if placeholder:
            self.edit.setPlaceholderText(placeholder)
        self.edit.setFixedHeight(self.edit.fontMetrics().lineSpacing() * lines + 14)
        self.edit.textChanged.connect(self._emit)
        route_undo_keys(self.edit)
        self._add(self.edit)

    def raw(self) -> str:
        return self.edit.toPlainText()

    def _set_raw(self, raw: Any) -> None:
        if raw != self.edit.toPlainText():
            cursor = self.edit.textCursor().position()
            self.edit.setPlainText(raw or "")
            c = self.edit.textCursor()
            c.setPosition(min(cursor, len(raw or "")))
            self.edit.setTextCursor(c)


class LinesEditor(TextEditor):
    """Several short values, one per line (aliases, handlers)."""

    def value(self) -> list[str]:
        return [line.strip() for line in self.raw().splitlines() if line.strip()]

    def set_value(self, value: Any) -> None:
        self.set_raw("\n".join(value or []))


class EnumEditor(FieldEditor):
    def __init__(self, name: str, enum: type[Enum], optional: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(name, parent)
        self.enum, self.optional = enum, optional
        self.combo = QComboBox()
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._fill()
        self.combo.currentIndexChanged.connect(self._emit)
        self._add(self.combo)
        self._layout.addStretch(1)

    def _fill(self) -> None:
        current = self.combo.currentData()
        self.combo.blockSignals(True)
        self.combo.clear()
        if self.optional:
            self.combo.addItem("—", None)
        for member, text in labels.choices(self.enum):
            self.combo.addItem(text, member.value)
        index = self.combo.findData(current)
        self.combo.setCurrentIndex(max(index, 0))
        self.combo.blockSignals(False)

    def retranslate(self) -> None:
        self._fill()

    def raw(self) -> Enum | None:
        data = self.combo.currentData()
        return None if data is None else self.enum(data)

    def _set_raw(self, raw: Any) -> None:
        self.combo.setCurrentIndex(max(self.combo.findData(raw.value if isinstance(raw, Enum) else raw), 0))


class DateEditor(FieldEditor):
    def __init__(self, name: str, optional: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(name, parent)
        self.optional = optional
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        if optional:
            self.edit.setMinimumDate(NO_DATE)
            self.edit.setSpecialValueText("—")
            self.edit.setDate(NO_DATE)
        else:
            self.edit.setDate(QDate.currentDate())
        self.edit.dateChanged.connect(self._emit)
        self._add(self.edit)
        self._layout.addStretch(1)

    def raw(self) -> date | None:
        q = self.edit.date()
        if self.optional and q == NO_DATE:
            return None
        return date(q.year(), q.month(), q.day())

    def _set_raw(self, raw: Any) -> None:
        self.edit.setDate(formatting.to_qdate(raw) if raw else (NO_DATE if self.optional else QDate.currentDate()))


class DateTimeEditor(FieldEditor):
    def __init__(self, name: str, optional: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(name, parent)
        self.optional = optional
        self.edit = QDateTimeEdit()
        self.edit.setCalendarPopup(True)
        if optional:
            self.edit.setMinimumDateTime(QDateTime(NO_DATE, QTime(0, 0)))
            self.edit.setSpecialValueText("—")
            self.edit.setDateTime(QDateTime(NO_DATE, QTime(0, 0)))
        else:
            self.edit.setDateTime(QDateTime.currentDateTime())
        self.edit.dateTimeChanged.connect(self._emit)
        self._add(self.edit)
        self._layout.addStretch(1)

    def _typed(self) -> datetime | None:
        q = self.edit.dateTime()
        if self.optional and q.date() == NO_DATE:
            return None
        d, t = q.date(), q.time()
        return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())

    def raw(self) -> datetime | None:
        typed = self._typed()
        return typed.astimezone() if typed else None

    def value(self) -> datetime | None:
        # the domain refuses a local time that does not exist (the hour skipped in March)
        typed = self._typed()
        return local_moment(typed, self.name) if typed else None

    def _set_raw(self, raw: Any) -> None:
        if raw is None:
            self.edit.setDateTime(QDateTime(NO_DATE, QTime(0, 0)) if self.optional else QDateTime.currentDateTime())
        else:
            self.edit.setDateTime(formatting.to_qdatetime(raw))


class PartialDateEditor(LineEditor):
    """A date known to the year, the month or the day: "1994", "03/1994", "12/03/1994"."""

    def __init__(self, name: str, placeholder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(name, placeholder, 20, parent)
        self.edit.setMaximumWidth(180)
        self._layout.addStretch(1)

    def value(self) -> PartialDate | None:
        text = self.raw().strip()
        if not text:
            return None
        try:
            return PartialDate.parse(text)
        except ValidationError as err:
            raise ValidationError(self.name, err.message) from None

    def set_value(self, value: Any) -> None:
        self.set_raw(value.display() if value else "")


class DecimalEditor(FieldEditor):
    def __init__(self, name: str, suffix: str = "", decimals: int = 2, parent: QWidget | None = None) -> None:
        super().__init__(name, parent)
        self.spin = QDoubleSpinBox()
        self.spin.setDecimals(decimals)
        self.spin.setRange(0, 1e12)
        self.spin.setGroupSeparatorShown(True)
        self.spin.setMinimumWidth(160)
        if suffix:
            self.spin.setSuffix(suffix)
        self.spin.valueChanged.connect(self._emit)
        self._add(self.spin)
        self._layout.addStretch(1)

    def raw(self) -> Decimal:
        return Decimal(str(round(self.spin.value(), self.spin.decimals())))

    def _set_raw(self, raw: Any) -> None:
        self.spin.setValue(float(raw or 0))


class IntEditor(FieldEditor):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(name, parent)
        self.spin = QSpinBox()
        self.spin.setRange(0, 1_000_000)
        self.spin.setMinimumWidth(90)
        self.spin.valueChanged.connect(self._emit)
        self._add(self.spin)
        self._layout.addStretch(1)

    def raw(self) -> int:
        return self.spin.value()

    def _set_raw(self, raw: Any) -> None:
        self.spin.setValue(int(raw or 0))


class FloatEditor(LineEditor):
    """An optional number typed with the locale's decimal separator (coordinates)."""

    def __init__(self, name: str, placeholder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(name, placeholder, 30, parent)
        self.edit.setMaximumWidth(180)
        self._layout.addStretch(1)

    def value(self) -> float | None:
        text = self.raw().strip()
        if not text:
            return None
        number = formatting.parse_number(text)
        if number is None:
            from PySide6.QtCore import QCoreApplication

            raise ValidationError(self.name, QCoreApplication.translate("Editors", "This is not a number."))
        return number

    def set_value(self, value: Any) -> None:
        self.set_raw("" if value is None else formatting.number(value, 6).rstrip("0").rstrip(",."))


class BoolEditor(FieldEditor):
    def __init__(self, name: str, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(name, parent)
        self.box = QCheckBox(text)
        self.box.toggled.connect(self._emit)
        self._add(self.box)

    def raw(self) -> bool:
        return self.box.isChecked()

    def _set_raw(self, raw: Any) -> None:
        self.box.setChecked(bool(raw))
