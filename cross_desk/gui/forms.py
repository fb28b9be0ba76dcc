"""One form per kind of record: inline validation, required marks, undo/redo, a guard, delete.

A form edits a copy of its record. As the user types, it builds the record from the editors and
runs the domain's ``validate()`` on that copy, putting the message beside the field it names.
Every edit is a command on the form's QUndoStack (the stack's clean state is "saved"), so undo
and redo also drive the unsaved-changes guard. Saving goes through ``run_op``; a failed save
keeps everything the user typed.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from uuid import UUID

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QIcon, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from cross_desk.domain import records as r
from cross_desk.domain.changes import Changes
from cross_desk.domain.errors import DomainError, DuplicateKey, ValidationError
from cross_desk.domain.kinds import (
    Agency,
    DealPointStatus,
    EntityKind,
    LineType,
    LocationKind,
    OrganisationKind,
    PersonCategory,
    Sex,
    SourceStatus,
)
from cross_desk.gui import editors as ed
from cross_desk.gui import labels, messages
from cross_desk.gui.icons import icon, kind_icon
from cross_desk.gui.jobs import run_op
from cross_desk.gui.tabs import DeskTab

translate = QCoreApplication.translate  # a name pyside6-lupdate recognises

_C = "Forms"


def tr(text: str) -> str:
    return QCoreApplication.translate(_C, text)


# --- questions a form asks (module functions so tests can answer them) ----------------------

SAVE, DISCARD, CANCEL = "save", "discard", "cancel"


def ask_unsaved(parent: QWidget, title: str) -> str:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("Forms", "Unsaved changes"))
    box.setText(translate("Forms", "“{title}” has changes that are not saved.").replace("{title}", title))
    box.setInformativeText(translate("Forms", "Save them before closing?"))
    box.setStandardButtons(
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel
    )
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    answer = box.exec()
    if answer == QMessageBox.StandardButton.Save:
        return SAVE
    if answer == QMessageBox.StandardButton.Discard:
        return DISCARD
    return CANCEL


def confirm_delete(parent: QWidget, title: str) -> bool:
    answer = QMessageBox.question(
        parent,
        translate("Forms", "Delete record"),
        translate(
            "Forms",
            "Delete “{title}”?\n\nIt leaves lists, searches and charts; a supervisor can restore it from "
            "the deleted records.",
        ).replace("{title}", title),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


# --- fields -----------------------------------------------------------------------------------


#: a hidden field leaves the record's value as it is
KEEP: Any = object()


@dataclass(frozen=True)
class Field:
    name: str
    label: str  # English; translated in context "Forms"
    make: Callable[[RecordForm], ed.FieldEditor]
    required: bool = False
    hint: str = ""  # shown under the field, translated in context "Forms"
    attr: bool = True  # an attribute of the record (else something the save uses, e.g. a case)
    new_only: bool = False  # only while creating (links and case made with the record)
    empty: Any = KEEP  # the value a hidden field gives the record


def line(
    name: str, label: str, required: bool = False, hint: str = "", placeholder: str = "", max_length: int = 500
) -> Field:
    return Field(
        name,
        label,
        lambda f: ed.LineEditor(name, tr(placeholder) if placeholder else "", max_length),
        required,
        hint,
        empty="",
    )


def text(name: str, label: str, lines: int = 4, required: bool = False, hint: str = "") -> Field:
    return Field(name, label, lambda f: ed.TextEditor(name, lines), required, hint, empty="")


def enum(name: str, label: str, enum_type: type, optional: bool = False, required: bool = False) -> Field:
    return Field(name, label, lambda f: ed.EnumEditor(name, enum_type, optional), required)


COMMON = [
    enum("agency", QT_TRANSLATE_NOOP("Forms", "Service"), Agency),
    line("unit", QT_TRANSLATE_NOOP("Forms", "Unit"), max_length=200),
    text("notes", QT_TRANSLATE_NOOP("Forms", "Notes"), 3),
]

FIELDS: dict[EntityKind, list[Field]] = {
    EntityKind.PERSON: [
        line(
            "surname",
            QT_TRANSLATE_NOOP("Forms", "Surname"),
            hint=QT_TRANSLATE_NOOP("Forms", "A surname, a given name or an alias is needed."),
        ),
        line("given_names", QT_TRANSLATE_NOOP("Forms", "Given names")),
        Field(
            "aliases",
            QT_TRANSLATE_NOOP("Forms", "Aliases"),
            lambda f: ed.LinesEditor("aliases", 3),
            hint=QT_TRANSLATE_NOOP("Forms", "One alias per line."),
            empty=[],
        ),
        Field(
            "birth_date",
            QT_TRANSLATE_NOOP("Forms", "Birth date"),
            lambda f: ed.PartialDateEditor("birth_date", translate("Forms", "1994, 03/1994 or 12/03/1994")),
            hint=QT_TRANSLATE_NOOP("Forms", "The year alone, the month and year, or the full date."),
        ),
        line("birthplace", QT_TRANSLATE_NOOP("Forms", "Birthplace")),
        line("nationality", QT_TRANSLATE_NOOP("Forms", "Nationality")),
        enum("sex", QT_TRANSLATE_NOOP("Forms", "Sex"), Sex),
        enum("category", QT_TRANSLATE_NOOP("Forms", "Category"), PersonCategory),
    ],
    EntityKind.VEHICLE: [
        line(
            "plate",
            QT_TRANSLATE_NOOP("Forms", "Plate"),
            placeholder=QT_TRANSLATE_NOOP("Forms", "AB-123-CD"),
            hint=QT_TRANSLATE_NOOP("Forms", "A plate or a VIN is needed; type it any way."),
            max_length=40,
        ),
        line("country", QT_TRANSLATE_NOOP("Forms", "Country"), placeholder="FR", max_length=3),
        line("make", QT_TRANSLATE_NOOP("Forms", "Make")),
        line("model", QT_TRANSLATE_NOOP("Forms", "Model")),
        line("colour", QT_TRANSLATE_NOOP("Forms", "Colour")),
        line("vin", QT_TRANSLATE_NOOP("Forms", "VIN"), max_length=30),
    ],
    EntityKind.PHONE: [
        line(
            "number",
            QT_TRANSLATE_NOOP("Forms", "Number"),
            placeholder=QT_TRANSLATE_NOOP("Forms", "06 39 98 00 01"),
            hint=QT_TRANSLATE_NOOP("Forms", "A number or an IMEI is needed; type it in any format."),
            max_length=40,
        ),
        line("imei", QT_TRANSLATE_NOOP("Forms", "IMEI"), max_length=30),
        enum("line_type", QT_TRANSLATE_NOOP("Forms", "Line type"), LineType),
        line("operator", QT_TRANSLATE_NOOP("Forms", "Operator")),
    ],
    EntityKind.LOCATION: [
        enum("location_kind", QT_TRANSLATE_NOOP("Forms", "Kind of place"), LocationKind),
        line(
            "name",
            QT_TRANSLATE_NOOP("Forms", "Name"),
            hint=QT_TRANSLATE_NOOP("Forms", "A name, an address or a city is needed."),
        ),
        text("address", QT_TRANSLATE_NOOP("Forms", "Address"), 2),
        line("postcode", QT_TRANSLATE_NOOP("Forms", "Postcode"), max_length=20),
        line("city", QT_TRANSLATE_NOOP("Forms", "City")),
        line("district", QT_TRANSLATE_NOOP("Forms", "District")),
        Field("latitude", QT_TRANSLATE_NOOP("Forms", "Latitude"), lambda f: ed.FloatEditor("latitude")),
        Field("longitude", QT_TRANSLATE_NOOP("Forms", "Longitude"), lambda f: ed.FloatEditor("longitude")),
        Field(
            "deal_status",
            QT_TRANSLATE_NOOP("Forms", "Deal point status"),
            lambda f: ed.EnumEditor("deal_status", DealPointStatus, optional=True),
            empty=None,
        ),
        Field(
            "deal_status_since",
            QT_TRANSLATE_NOOP("Forms", "Status since"),
            lambda f: ed.DateEditor("deal_status_since", optional=True),
            empty=None,
        ),
    ],
    EntityKind.ORGANISATION: [
        line("name", QT_TRANSLATE_NOOP("Forms", "Name"), required=True),
        enum("org_kind", QT_TRANSLATE_NOOP("Forms", "Kind of organisation"), OrganisationKind),
    ],
    EntityKind.SOURCE: [
        line(
            "codename",
            QT_TRANSLATE_NOOP("Forms", "Codename"),
            required=True,
            max_length=200,
            hint=QT_TRANSLATE_NOOP("Forms", "Only the codename is shown outside the handlers."),
        ),
        Field(
            "handlers",
            QT_TRANSLATE_NOOP("Forms", "Handlers"),
            lambda f: ed.LinesEditor("handlers", 2),
            hint=QT_TRANSLATE_NOOP("Forms", "User names, one per line."),
            empty=[],
        ),
        enum("status", QT_TRANSLATE_NOOP("Forms", "Status"), SourceStatus),
    ],
}


# --- undo ---------------------------------------------------------------------------------------


class FieldCommand(QUndoCommand):
    """One edit of one field. Typing in the same field merges into one step."""

    def __init__(self, form: RecordForm, name: str, old: Any, new: Any) -> None:
        super().__init__(translate("Forms", "Edit {field}").replace("{field}", form.field_title(name)))
        self.form, self.name, self.old, self.new = form, name, old, new
        self._done = True  # the editor already shows ``new`` when the command is pushed

    def id(self) -> int:
        return 1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if isinstance(other, FieldCommand) and other.name == self.name and isinstance(self.new, str):
            self.new = other.new
            return True
        return False

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self.form.apply_raw(self.name, self.new)

    def undo(self) -> None:
        self.form.apply_raw(self.name, self.old)


# --- the form -----------------------------------------------------------------------------------


class RecordForm(DeskTab):
    """Base of every form. Subclasses say which fields, how to make, check and save the record."""

    def __init__(
        self,
        services: Any,
        bus: Any,
        record_id: Any = None,
        prefill: dict[str, Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``record_id``: None for a new record, an id to load, or the record itself (already read)."""
        super().__init__(parent)
        self.services, self.bus = services, bus
        self.record: Any = self.new_record()
        self.is_new = record_id is None
        self.loading = isinstance(record_id, UUID)
        self.saving = False
        self.closing = False
        self.duplicate_offer: QMessageBox | None = None  # "already recorded: open it?", while shown
        self._touched = False
        self._close_after_save = False
        self.stack = QUndoStack(self)
        self.stack.cleanChanged.connect(self.title_changed)
        self.editors: dict[str, ed.FieldEditor] = {}
        self.errors: dict[str, QLabel] = {}
        self.captions: dict[str, QLabel] = {}
        self.hints: dict[str, QLabel] = {}
        self._last: dict[str, Any] = {}
        self.fields = self.field_list()
        self._build()
        self._validate_timer = QTimer(self, singleShot=True, interval=120)
        self._validate_timer.timeout.connect(self.validate_now)
        bus.changed.connect(self._on_changes)
        if isinstance(record_id, UUID):
            self.load(record_id)
        elif record_id is not None:
            self._loaded(record_id)
        else:
            self.populate(self.record)
            if prefill:
                for name, value in prefill.items():
                    if name in self.editors:
                        self.editors[name].set_value(value)
                        self._last[name] = self.editors[name].raw()
            self.update_visibility()
        self.retranslate()

    # --- what subclasses say ---------------------------------------------------------------

    def field_list(self) -> list[Field]:
        raise NotImplementedError

    def new_record(self) -> Any:
        raise NotImplementedError

    def kind_label(self) -> str:
        raise NotImplementedError

    def fetch(self, record_id: UUID) -> Callable[[], Any]:
        raise NotImplementedError

    def check(self, record: Any) -> None:
        """The domain's validation of the record (raises ValidationError)."""
        record.validate()

    def save_call(self, record: Any) -> Callable[[], Any]:
        raise NotImplementedError

    def delete_call(self) -> Callable[[], Any] | None:
        return None

    def visible(self, name: str) -> bool:
        field = self.field(name)
        return not (field.new_only and not self.is_new)

    def record_label(self) -> str:
        return self.record.label() if not self.is_new else ""

    # --- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("formHeading")
        self.heading.setWordWrap(True)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setObjectName("banner")
        self.banner.hide()
        outer.addWidget(self.heading)
        outer.addWidget(self.banner)
        body = QWidget()
        column_layout = QVBoxLayout(body)
        self.form_layout = QFormLayout()
        column_layout.addLayout(self.form_layout)
        column_layout.addStretch(1)  # spare height goes below the fields, not between them
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form_layout.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        for field in self.fields:
            editor = field.make(self)
            box = QWidget()
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(1)
            column.addWidget(editor)
            hint = QLabel()
            hint.setObjectName("hint")
            hint.setWordWrap(True)
            hint.setVisible(bool(field.hint))
            error = QLabel()
            error.setObjectName("fieldError")
            error.setWordWrap(True)
            error.hide()
            column.addWidget(error)
            column.addWidget(hint)
            caption = QLabel()
            caption.setBuddy(editor)
            caption.setMinimumHeight(24)
            if field.required:
                caption.setObjectName("requiredCaption")
            self.form_layout.addRow(caption, box)
            self.editors[field.name] = editor
            self.errors[field.name] = error
            self.captions[field.name] = caption
            self.hints[field.name] = hint
            editor.changed.connect(lambda name=field.name: self._edited(name))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        self.legend = QLabel()
        self.legend.setObjectName("hint")
        buttons = QHBoxLayout()
        buttons.addWidget(self.legend, 1)
        self.chart_button = QPushButton(icon("chart"), "")
        self.chart_button.clicked.connect(self._chart_clicked)
        self.delete_button = QPushButton(icon("delete"), "")
        self.delete_button.clicked.connect(self.delete)
        self.save_button = QPushButton(icon("save"), "")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        for button in (self.chart_button, self.delete_button, self.save_button):
            button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
            buttons.addWidget(button)
        outer.addLayout(buttons)
        self._update_buttons()

    def field(self, name: str) -> Field:
        return next(f for f in self.fields if f.name == name)

    def field_title(self, name: str) -> str:
        return tr(self.field(name).label)

    def retranslate(self) -> None:
        for field in self.fields:
            mark = " *" if field.required else ""
            self.captions[field.name].setText(tr(field.label) + mark)
            self.hints[field.name].setText(tr(field.hint) if field.hint else "")
        self.legend.setText(translate("Forms", "* required"))
        self.save_button.setText(translate("Forms", "Save"))
        self.save_button.setToolTip(translate("Forms", "Save (Ctrl+S)"))
        self.delete_button.setText(translate("Forms", "Delete…"))
        self.chart_button.setText(translate("Forms", "Link chart"))
        self._update_heading()
        if self._touched or not self.is_new:
            self.validate_now()

    def _update_heading(self) -> None:
        if self.loading:
            self.heading.setText(translate("Forms", "Loading…"))
        elif self.is_new:
            self.heading.setText(self.kind_label())
        else:
            self.heading.setText(f"{self.kind_label()} — {self.record_label()}")

    def _update_buttons(self) -> None:
        self.save_button.setEnabled(not self.loading and not self.saving)
        self.delete_button.setVisible(not self.is_new and self.delete_call() is not None)
        self.chart_button.setVisible(not self.is_new and self.chart_target() is not None)

    # --- DeskTab --------------------------------------------------------------------------

    def key(self) -> Any:
        return ("record", self.record.id) if not self.is_new else ("new", id(self))

    def title(self) -> str:
        base = self.kind_label() if self.is_new else self.record_label()
        base = base if len(base) <= 40 else base[:39] + "…"
        return base + ("*" if self.is_dirty() else "")

    def undo_stack(self) -> QUndoStack:
        return self.stack

    def is_dirty(self) -> bool:
        return not self.stack.isClean() or (self.is_new and self._touched)

    def can_save(self) -> bool:
        return not self.loading

    def chart_target(self) -> tuple[Any, list[Any]] | None:
        return (None, [self.record.id]) if not self.is_new else None

    def maybe_close(self) -> bool:
        if not self.is_dirty():
            return True
        answer = ask_unsaved(self, self.title().rstrip("*"))
        if answer == DISCARD:
            return True
        if answer == SAVE:
            self._close_after_save = True
            self.save()
        return False

    def _chart_clicked(self) -> None:
        target = self.chart_target()
        if target:
            self.open_chart.emit(*target)

    # --- loading and showing ------------------------------------------------------------------

    def load(self, record_id: UUID) -> None:
        self.loading = True
        self._update_heading()
        self._update_buttons()
        run_op(self.fetch(record_id), self._loaded, self._load_failed)

    def _loaded(self, record: Any) -> None:
        self.record = record
        self.is_new = False
        self.loading = False
        self.populate(record)
        self.stack.clear()
        self.stack.setClean()
        self._touched = False
        self.update_visibility()
        self._update_heading()
        self._update_buttons()
        self.title_changed.emit()
        self.validate_now()
        self.after_load()

    def after_load(self) -> None:
        """Subclasses fetch what else they show (a tip's mentions…)."""

    def _load_failed(self, message: str) -> None:
        self.loading = False
        self._update_heading()
        self.show_banner(messages.translate(message), "error")

    def populate(self, record: Any) -> None:
        for field in self.fields:
            if field.attr:
                self.editors[field.name].set_value(getattr(record, field.name))
            self._last[field.name] = self.editors[field.name].raw()

    # --- editing ----------------------------------------------------------------------------

    def _edited(self, name: str) -> None:
        editor = self.editors[name]
        new = editor.raw()
        old = self._last.get(name)
        if new == old:
            return
        self._last[name] = new
        self._touched = True
        self.stack.push(FieldCommand(self, name, old, new))
        self.field_changed(name)
        self.title_changed.emit()
        self._validate_timer.start()

    def apply_raw(self, name: str, raw: Any) -> None:
        """Show ``raw`` in a field (undo/redo) without recording an edit."""
        self.editors[name].set_raw(raw)
        self._last[name] = raw
        self.field_changed(name)
        self._validate_timer.start()

    def field_changed(self, name: str) -> None:
        self.update_visibility()

    def update_visibility(self) -> None:
        for field in self.fields:
            self.form_layout.setRowVisible(self.editors[field.name].parentWidget(), self.visible(field.name))

    # --- validation -----------------------------------------------------------------------------

    def collect(self) -> tuple[Any, dict[str, str]]:
        """The record as the editors describe it, and the messages for fields that are wrong."""
        values: dict[str, Any] = {}
        errors: dict[str, str] = {}
        for field in self.fields:
            if not field.attr:
                continue
            if not self.visible(field.name):
                if field.empty is not KEEP:
                    values[field.name] = field.empty
                continue
            try:
                values[field.name] = self.editors[field.name].value()
            except ValidationError as err:
                errors[field.name] = err.message
        record = dataclasses.replace(self.record, **values)
        if not errors:
            try:
                self.check(record)
            except ValidationError as err:
                errors[err.field if err.field in self.editors else ""] = err.message
        return record, errors

    def validate_now(self) -> dict[str, str]:
        if self.loading:
            return {}
        _record, errors = self.collect()
        self.show_errors(errors)
        return errors

    def show_errors(self, errors: dict[str, str]) -> None:
        for name, label in self.errors.items():
            message = errors.get(name)
            label.setText(messages.translate(message) if message else "")
            label.setVisible(bool(message))
        general = errors.get("")
        if general:
            self.show_banner(messages.translate(general), "error")
        elif self.banner.property("kind") == "invalid":
            self.banner.hide()

    def show_banner(self, message: str, kind: str = "info") -> None:
        self.banner.setText(message)
        self.banner.setProperty("kind", kind)
        self.banner.style().unpolish(self.banner)
        self.banner.style().polish(self.banner)
        self.banner.show()

    # --- saving and deleting ----------------------------------------------------------------------

    def save(self) -> None:
        if self.loading or self.saving:
            return
        record, errors = self.collect()
        self._touched = True
        self.show_errors(errors)
        if errors:
            self.show_banner(translate("Forms", "Nothing was saved: correct the fields marked in red."), "invalid")
            first = next((f.name for f in self.fields if f.name in errors), None)
            if first:
                self.editors[first].setFocus()
            self._close_after_save = False
            return
        self.saving = True
        self._update_buttons()
        self.status.emit(translate("Forms", "Saving…"))
        run_op(self.save_call(record), self._saved, None, on_failure=self._save_failed, write=True)

    def _saved(self, result: Any) -> None:
        self.saving = False
        was_new = self.is_new
        self.record = result
        self.is_new = False
        self.populate(result)  # normalised values (E.164 numbers, plates…)
        self.stack.clear()
        self.stack.setClean()
        self._touched = False
        self.update_visibility()
        self._update_heading()
        self._update_buttons()
        self.show_banner(translate("Forms", "Saved."), "ok")
        self.status.emit(translate("Forms", "Saved: {label}").replace("{label}", self.record_label()))
        self.title_changed.emit()
        if was_new:
            self.after_create()
        if self._close_after_save:
            self.close_requested.emit()

    def after_create(self) -> None:
        """Subclasses react to the first save (the case form opens the case view)."""

    def _save_failed(self, err: BaseException) -> None:
        self.saving = False
        self._close_after_save = False
        self._update_buttons()
        if isinstance(err, ValidationError) and err.field in self.editors:
            self.show_errors({err.field: err.message})
            self.show_banner(translate("Forms", "Nothing was saved: correct the fields marked in red."), "invalid")
        elif isinstance(err, DomainError):
            self.show_banner(
                translate("Forms", "Nothing was saved: {reason}").replace("{reason}", messages.translate(str(err))),
                "error",
            )
        else:
            self.show_banner(
                translate("Forms", "Nothing was saved: an unexpected error occurred (details in the log)."), "error"
            )
        if isinstance(err, DuplicateKey) and err.existing_id is not None:
            self.offer_existing(err, err.existing_id)

    def offer_existing(self, err: DuplicateKey, existing_id: UUID) -> None:
        """Offer to open the record that holds the plate (number…) this one was given.

        It may have been recorded a moment ago on another workstation (the database refused
        this one): the same offer either way, so nobody has to search for it.
        """
        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("Forms", "Already recorded"),
            messages.translate(str(err)),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        open_it = box.addButton(translate("Forms", "Open it"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(translate("Forms", "Keep editing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(open_it)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(lambda button: self.open_record.emit(existing_id) if button is open_it else None)
        self.duplicate_offer = box
        box.open()  # not exec(): the form stays as typed behind it

    def delete(self) -> None:
        call = self.delete_call()
        if call is None or self.is_new or not confirm_delete(self, self.record_label()):
            return
        run_op(call, lambda _: self._deleted(), lambda m: self.show_banner(messages.translate(m), "error"), write=True)

    def _deleted(self) -> None:
        self.closing = True
        self.status.emit(translate("Forms", "Deleted: {label}").replace("{label}", self.record_label()))
        self.stack.clear()
        self._touched = False
        self.close_requested.emit()

    # --- changes made elsewhere -------------------------------------------------------------------

    def _on_changes(self, changes: Changes) -> None:
        if self.closing or self.is_new or self.saving or self.record.id not in changes.ids:
            return
        if self.is_dirty():
            self.show_banner(
                translate(
                    "Forms",
                    "This record was changed elsewhere. Saving now will be refused; "
                    "close it without saving and open it again to see the changes.",
                ),
                "error",
            )
            return
        run_op(self.fetch(self.record.id), self._reloaded, self._gone)

    def _reloaded(self, record: Any) -> None:
        if not self.is_dirty():
            self._loaded(record)

    def _gone(self, message: str) -> None:
        self.show_banner(
            translate("Forms", "This record is no longer available: {reason}").replace(
                "{reason}", messages.translate(message)
            ),
            "error",
        )
        self.loading = True
        self._update_buttons()


class EntityForm(RecordForm):
    """The form of a person, vehicle, phone, location, organisation or source."""

    KIND: EntityKind = EntityKind.PERSON

    def __init__(
        self,
        services: Any,
        bus: Any,
        kind: EntityKind,
        record_id: Any = None,
        prefill: dict[str, Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        self.kind = kind
        super().__init__(services, bus, record_id, prefill, parent)

    def field_list(self) -> list[Field]:
        return [*FIELDS[self.kind], *COMMON]

    def new_record(self) -> r.Entity:
        return r.ENTITY_TYPES[self.kind]()

    def kind_label(self) -> str:
        return labels.new_label(self.kind) if self.is_new else labels.label(self.kind)

    def tab_icon(self) -> QIcon:
        return kind_icon(self.kind)

    def fetch(self, record_id: UUID) -> Callable[[], Any]:
        services = self.services
        return lambda: services.records.get(record_id)

    def check(self, record: Any) -> None:
        if isinstance(record, r.Tip):
            record.validate(self.services.scheme)
        else:
            record.validate()

    def save_call(self, record: Any) -> Callable[[], Any]:
        services = self.services
        if self.is_new:
            return lambda: services.records.create(record)
        return lambda: services.records.update(record)

    def delete_call(self) -> Callable[[], Any] | None:
        services, record_id = self.services, self.record.id
        return lambda: services.records.delete(record_id)

    def visible(self, name: str) -> bool:
        if name in ("deal_status", "deal_status_since"):
            return self.editors["location_kind"].raw() == LocationKind.DEAL_POINT
        return super().visible(name)


class _QuietBus(QObject):
    changed = Signal(object)


class UnsavedForm(EntityForm):
    """The form of a record created inline (a tip's new vehicle…): "OK" keeps it, unsaved."""

    def __init__(self, services: Any, entity: r.Entity, parent: QWidget | None = None) -> None:
        self._given = entity
        values = {f.name: getattr(entity, f.name) for f in dataclasses.fields(entity) if f.name in FIELD_NAMES}
        super().__init__(services, _QuietBus(), entity.KIND, None, values, parent)
        self.result: r.Entity | None = None

    def new_record(self) -> r.Entity:
        return dataclasses.replace(self._given)

    def save_call(self, record: Any) -> Callable[[], Any]:
        return lambda: record  # checked by collect(); the intake form saves it with the rest

    def retranslate(self) -> None:
        super().retranslate()
        self.save_button.setText(translate("Forms", "OK"))
        self.save_button.setToolTip(translate("Forms", "Keep these details; the record is saved with the rest."))

    def after_create(self) -> None:
        self.result = self.record
        self.close_requested.emit()


FIELD_NAMES = {f.name for fields in FIELDS.values() for f in fields} | {f.name for f in COMMON}


def edit_unsaved(parent: QWidget, services: Any, entity: r.Entity) -> r.Entity | None:
    """Edit a record that is not saved yet in a dialog; the edited record, or None if cancelled."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(labels.new_label(entity.KIND))
    form = UnsavedForm(services, entity)
    form.close_requested.connect(dialog.accept)
    layout = QVBoxLayout(dialog)
    layout.addWidget(form)
    dialog.resize(640, 620)
    if dialog.exec() == QDialog.DialogCode.Accepted and form.result is not None:
        return form.result
    return None
