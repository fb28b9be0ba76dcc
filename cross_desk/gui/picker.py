"""Search-or-create inline: type a name, a plate or a number; pick what exists or make it.

``EntityPicker`` searches as the user types (through ``services.search`` off the GUI thread)
and, below the matches, offers to create a record from the text when the text makes a valid
one (a plate → a vehicle, a number → a phone, words → a person or an organisation…). New
records are not saved here: the form saves them with the rest, in one transaction.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cross_desk.domain import records as r
from cross_desk.domain.errors import ValidationError
from cross_desk.domain.kinds import EntityKind
from cross_desk.gui import labels
from cross_desk.gui.editors import FieldEditor
from cross_desk.gui.icons import icon, kind_icon
from cross_desk.gui.jobs import run_op

translate = QCoreApplication.translate  # a name pyside6-lupdate recognises

Choice = r.EntityRef | r.Entity  # an existing record, or a new one not saved yet


def _tr(text: str) -> str:
    return QCoreApplication.translate("EntityPicker", text)


def _person_from(text: str) -> r.Person:
    """ "BENALI Karim", "Karim Benali", "« Le Chat »": capitals are the surname, quotes an alias."""
    quoted = re.fullmatch(r"\s*[«\"“']\s*(.+?)\s*[»\"”']\s*", text)
    if quoted:
        return r.Person(aliases=[quoted.group(1)])
    words = text.split()
    caps = [w for w in words if len(w) > 1 and w.isupper()]
    if caps:
        return r.Person(surname=" ".join(caps), given_names=" ".join(w for w in words if w not in caps))
    if len(words) == 1:
        return r.Person(surname=words[0])
    return r.Person(surname=words[-1], given_names=" ".join(words[:-1]))


def new_candidates(text: str, kinds: Sequence[EntityKind]) -> list[r.Entity]:
    """Records that ``text`` would make, most likely first, each valid by the domain's rules."""
    text = text.strip()
    if len(text) < 2:
        return []
    digits = re.sub(r"\D", "", text)
    makers: list[tuple[EntityKind, Any]] = []
    if EntityKind.PHONE in kinds and digits and len(digits) >= len(re.sub(r"[\s.+()/-]", "", text)):
        makers.append((EntityKind.PHONE, lambda: r.Phone(imei=digits) if len(digits) == 15 else r.Phone(number=text)))
    if EntityKind.VEHICLE in kinds:
        makers.append((EntityKind.VEHICLE, lambda: r.Vehicle(plate=text)))
    if any(c.isalpha() for c in text):
        if EntityKind.PERSON in kinds:
            makers.append((EntityKind.PERSON, lambda: _person_from(text)))
        if EntityKind.ORGANISATION in kinds:
            makers.append((EntityKind.ORGANISATION, lambda: r.Organisation(name=text)))
    if EntityKind.LOCATION in kinds and any(c.isalpha() for c in text):
        has_number = any(c.isdigit() for c in text)
        makers.append((EntityKind.LOCATION, lambda: r.Location(address=text) if has_number else r.Location(name=text)))
    out = []
    for _kind, make in makers:
        try:
            entity = make()
            entity.validate()
        except ValidationError:
            continue
        out.append(entity)
    return out


def choice_text(choice: Choice) -> str:
    if isinstance(choice, r.EntityRef):
        return choice.label
    return translate("EntityPicker", "{label} (new)").replace("{label}", choice.label())


def choice_kind(choice: Choice) -> EntityKind:
    return choice.kind if isinstance(choice, r.EntityRef) else choice.KIND


def choice_id(choice: Choice) -> Any:
    return choice.id


class EntityPicker(QWidget):
    picked = Signal(object)  # an EntityRef, or a new Entity

    def __init__(
        self,
        services: Any,
        kinds: Sequence[EntityKind],
        allow_new: bool = True,
        placeholder: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services, self.kinds, self.allow_new = services, list(kinds), allow_new
        self.edit = QLineEdit()
        self._placeholder = placeholder
        self.edit.setPlaceholderText(placeholder)
        self.edit.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.results)
        self.setFocusProxy(self.edit)
        self._choices: list[Choice] = []
        self._seq = 0
        self.searching = False
        self._timer = QTimer(self, singleShot=True, interval=180)
        self._timer.timeout.connect(self._search)
        self.edit.textEdited.connect(lambda _: self._timer.start())
        self.edit.installEventFilter(self)
        self.results.installEventFilter(self)
        self.results.itemActivated.connect(lambda item: self.pick_row(self.results.row(item)))

    def _search(self) -> None:
        text = self.edit.text().strip()
        self._seq += 1
        seq = self._seq
        if len(text) < 2:
            self._show(seq, text, [], set())
            return
        services, kinds = self.services, self.kinds
        self.searching = True

        def done(results: Any) -> None:
            self._show(seq, text, results.entities, results.approximate)

        run_op(
            lambda: services.search.search(text, kinds=kinds, limit=12),
            done,
            lambda _m: self._show(seq, text, [], set()),
        )

    def _show(self, seq: int, text: str, refs: list[r.EntityRef], approximate: set[Any]) -> None:
        if seq != self._seq:
            return  # an older search answering late
        self.searching = False
        self._choices = list(refs)
        self.results.clear()
        for ref in refs:
            mark = "≈ " if ref.id in approximate else ""
            item = QListWidgetItem(kind_icon(ref.kind), f"{mark}{ref.label}  ·  {labels.label(ref.kind)}")
            if mark:
                item.setToolTip(translate("EntityPicker", "Spelling variant: not an exact match"))
            self.results.addItem(item)
        if self.allow_new:
            for entity in new_candidates(text, self.kinds):
                self._choices.append(entity)
                item = QListWidgetItem(
                    icon("new"),
                    translate("EntityPicker", "Create: {kind} “{label}”")
                    .replace("{kind}", labels.new_label(entity.KIND))
                    .replace("{label}", entity.label()),
                )
                self.results.addItem(item)
        self.results.setVisible(bool(self._choices))
        if self._choices:
            self.results.setCurrentRow(0)
            rows = min(len(self._choices), 6)
            self.results.setFixedHeight(
                rows * max(self.results.sizeHintForRow(0), 18) + 2 * self.results.frameWidth() + 2
            )

    def pick_row(self, row: int) -> None:
        if 0 <= row < len(self._choices):
            choice = self._choices[row]
            self.edit.clear()
            self._choices = []
            self.results.clear()
            self.results.hide()
            self.picked.emit(choice)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.edit:
                if key == Qt.Key.Key_Down and self._choices:
                    # into the list, on the choice already highlighted (the first one after a search)
                    self.results.setFocus()
                    self.results.setCurrentRow(max(self.results.currentRow(), 0))
                    return True
                if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                    if self._timer.isActive():
                        self._timer.stop()
                        self._search()
                    if self._choices:
                        self.pick_row(max(self.results.currentRow(), 0))
                    return True
                if key == Qt.Key.Key_Escape and self._choices:
                    self.results.hide()
                    return True
            elif watched is self.results:
                if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                    self.pick_row(self.results.currentRow())
                    self.edit.setFocus()
                    return True
                if key == Qt.Key.Key_Up and self.results.currentRow() <= 0:
                    self.edit.setFocus()
                    return True
        return super().eventFilter(watched, event)


class RefListEditor(FieldEditor):
    """The records a tip mentions (or a seizure's persons…): existing ones and new ones."""

    def __init__(
        self,
        name: str,
        services: Any,
        kinds: Sequence[EntityKind],
        placeholder: str = "",
        max_items: int = 0,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(name, parent)
        self.max_items = max_items
        self.picker = EntityPicker(services, kinds, placeholder=placeholder)
        self.chosen = QListWidget()
        self.chosen.setMaximumHeight(110 if max_items != 1 else 34)
        self.remove = QPushButton()
        self.remove.setIcon(icon("delete"))
        self.remove.clicked.connect(self._remove_selected)
        box = QVBoxLayout()
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.picker)
        row = QHBoxLayout()
        row.addWidget(self.chosen, 1)
        row.addWidget(self.remove, 0, Qt.AlignmentFlag.AlignTop)
        box.addLayout(row)
        self._layout.addLayout(box)
        self.setFocusProxy(self.picker)
        self._items: list[Choice] = []
        self.picker.picked.connect(self._add_choice)
        self.chosen.itemDoubleClicked.connect(lambda item: self.edit_new(self.chosen.row(item)))
        self.services = services
        self.retranslate()

    def retranslate(self) -> None:
        self.remove.setText(translate("EntityPicker", "Remove"))
        self.chosen.setToolTip(translate("EntityPicker", "Double-click a new record to fill in more of it."))
        self._refresh()

    def edit_new(self, row: int) -> None:
        """Open a new (unsaved) record's full form in a dialog; it is still saved with the rest."""
        if not (0 <= row < len(self._items)) or not isinstance(self._items[row], r.Entity):
            return
        from cross_desk.gui.forms import edit_unsaved  # forms need the pickers' module, not the reverse

        edited = edit_unsaved(self, self.services, self._items[row])  # type: ignore[arg-type]
        if edited is not None:
            self._items[row] = edited
            self._refresh()
            self._emit()

    def _add_choice(self, choice: Choice) -> None:
        if any(choice_id(c) == choice_id(choice) for c in self._items):
            return
        self._items = [choice] if self.max_items == 1 else [*self._items, choice]
        self._refresh()
        self._emit()

    def _remove_selected(self) -> None:
        row = self.chosen.currentRow()
        if 0 <= row < len(self._items):
            del self._items[row]
            self._refresh()
            self._emit()

    def _refresh(self) -> None:
        self.chosen.clear()
        for choice in self._items:
            item = QListWidgetItem(kind_icon(choice_kind(choice)), choice_text(choice))
            self.chosen.addItem(item)
        self.remove.setEnabled(bool(self._items))

    def raw(self) -> tuple[Choice, ...]:
        return tuple(self._items)

    def _set_raw(self, raw: Any) -> None:
        self._items = list(raw or ())
        self._refresh()

    def existing_ids(self) -> list[Any]:
        return [c.id for c in self._items if isinstance(c, r.EntityRef)]

    def new_entities(self) -> list[r.Entity]:
        return [c for c in self._items if isinstance(c, r.Entity)]
