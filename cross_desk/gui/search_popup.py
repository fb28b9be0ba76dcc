"""Ctrl+K: one field that finds anything, results grouped by kind, driven from the keyboard.

Up and Down move through the results (skipping the group headings), Enter opens, Escape closes.
Spelling variants (not exact matches) are marked "≈" and in italics.
"""

from __future__ import annotations

from typing import Any
from uuid import UUID

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from cross_desk.domain.kinds import EntityKind
from cross_desk.gui import labels, messages
from cross_desk.gui.icons import icon, kind_icon
from cross_desk.gui.jobs import run_op
from cross_desk.services.search import SearchResults

translate = QCoreApplication.translate  # a name pyside6-lupdate recognises

ID_ROLE = Qt.ItemDataRole.UserRole
KIND_ROLE = Qt.ItemDataRole.UserRole + 1  # "case" or an EntityKind value
PER_GROUP = 8


def _tr(text: str) -> str:
    return QCoreApplication.translate("SearchPopup", text)


class SearchPopup(QDialog):
    open_record = Signal(object)
    open_case = Signal(object)

    def __init__(self, services: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.services = services
        self.setObjectName("searchPopup")
        self.edit = QLineEdit()
        self.edit.setObjectName("searchField")
        self.edit.setClearButtonEnabled(True)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(False)
        self.tree.setIndentation(12)
        self.tree.itemActivated.connect(lambda item, _c: self.activate(item))
        self.footer = QLabel()
        self.footer.setObjectName("hint")
        layout = QVBoxLayout(self)
        layout.addWidget(self.edit)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.footer)
        self.resize(640, 460)
        self._seq = 0
        self._waiting = False
        self._open_when_ready = False
        self.results: SearchResults | None = None
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.search)
        self.edit.textChanged.connect(lambda _: self._timer.start())
        self.edit.installEventFilter(self)
        self.tree.installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        self.edit.setPlaceholderText(translate("SearchPopup", "Name, alias, plate, phone, IMEI, codename, case…"))
        self.footer.setText(translate("SearchPopup", "↑↓ move · Enter opens · Esc closes · ≈ spelling variant"))

    def popup(self, anchor: QWidget) -> None:
        """Show at the top centre of ``anchor`` with the field selected for typing."""
        top = anchor.mapToGlobal(anchor.rect().topLeft())
        self.move(top.x() + max(0, (anchor.width() - self.width()) // 2), top.y() + 60)
        self.show()
        self.raise_()
        self.activateWindow()
        self.edit.setFocus()
        self.edit.selectAll()

    # --- searching ---------------------------------------------------------------------------

    def search(self) -> None:
        text = self.edit.text().strip()
        self._seq += 1
        seq = self._seq
        if len(text) < 2:
            self._show(seq, SearchResults())
            return
        services = self.services
        self._waiting = True
        run_op(
            lambda: services.search.search(text, limit=200),
            lambda res: self._show(seq, res),
            lambda m: self._failed(seq, m),
        )

    @property
    def pending(self) -> bool:
        return self._timer.isActive() or self._waiting

    def _failed(self, seq: int, message: str) -> None:
        if seq == self._seq:
            self._waiting = self._open_when_ready = False
            self.tree.clear()
            self.footer.setText(messages.translate(message))

    def _show(self, seq: int, results: SearchResults) -> None:
        if seq != self._seq:
            return  # a slower, older search
        self._waiting = False
        self.results = results
        self.tree.clear()
        bold = QFont(self.tree.font())
        bold.setBold(True)
        if results.cases:
            head = self._heading(translate("SearchPopup", "Cases"), len(results.cases), bold)
            for case in results.cases[:PER_GROUP]:
                item = QTreeWidgetItem([f"{case.reference} — {case.title}"])
                item.setIcon(0, icon("case"))
                item.setData(0, ID_ROLE, case.id)
                item.setData(0, KIND_ROLE, "case")
                head.addChild(item)
        grouped = results.by_kind()
        for kind in EntityKind:
            refs = grouped.get(kind)
            if not refs:
                continue
            head = self._heading(labels.plural(kind), len(refs), bold)
            for ref in refs[:PER_GROUP]:
                approximate = ref.id in results.approximate
                item = QTreeWidgetItem([("≈ " if approximate else "") + ref.label])
                item.setIcon(0, kind_icon(kind))
                item.setData(0, ID_ROLE, ref.id)
                item.setData(0, KIND_ROLE, kind.value)
                if approximate:
                    font = QFont(self.tree.font())
                    font.setItalic(True)
                    item.setFont(0, font)
                    item.setToolTip(0, translate("SearchPopup", "Spelling variant: not an exact match"))
                head.addChild(item)
        self.tree.expandAll()
        first = self.selectable_items()
        if first:
            self.tree.setCurrentItem(first[0])
        if not len(results) and self.edit.text().strip():
            empty = QTreeWidgetItem([translate("SearchPopup", "Nothing found.")])
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.tree.addTopLevelItem(empty)
        self.retranslate()
        if self._open_when_ready:
            self._open_when_ready = False
            self.activate()

    def _heading(self, title: str, count: int, font: QFont) -> QTreeWidgetItem:
        first = translate("SearchPopup", "first {n}").replace("{n}", str(PER_GROUP))
        more = f" — {first}" if count > PER_GROUP else ""
        head = QTreeWidgetItem([f"{title} ({count}){more}"])
        head.setFont(0, font)
        head.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a heading: shown, never selected
        self.tree.addTopLevelItem(head)
        return head

    def selectable_items(self) -> list[QTreeWidgetItem]:
        out = []
        for i in range(self.tree.topLevelItemCount()):
            head = self.tree.topLevelItem(i)
            out += [head.child(j) for j in range(head.childCount())]
        return out

    def groups(self) -> list[str]:
        """The kinds shown, in order ("case", "person", …): for tests and the footer."""
        return [
            self.tree.topLevelItem(i).child(0).data(0, KIND_ROLE)
            for i in range(self.tree.topLevelItemCount())
            if self.tree.topLevelItem(i).childCount()
        ]

    # --- keyboard ----------------------------------------------------------------------------

    def move_selection(self, step: int) -> None:
        items = self.selectable_items()
        if not items:
            return
        current = self.tree.currentItem()
        index = items.index(current) if current in items else -1
        index = max(0, min(len(items) - 1, index + step))
        self.tree.setCurrentItem(items[index])
        self.tree.scrollToItem(items[index])

    def activate(self, item: QTreeWidgetItem | None = None) -> None:
        item = item or self.tree.currentItem()
        if item is None or item.data(0, ID_ROLE) is None:
            return
        record_id: UUID = item.data(0, ID_ROLE)
        self.hide()
        if item.data(0, KIND_ROLE) == "case":
            self.open_case.emit(record_id)
        else:
            self.open_record.emit(record_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                self.move_selection(1 if key == Qt.Key.Key_Down else -1)
                return True
            if key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                self.move_selection(PER_GROUP if key == Qt.Key.Key_PageDown else -PER_GROUP)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self._timer.isActive() or self._waiting:  # typed and pressed Enter at once
                    self._open_when_ready = True
                    if self._timer.isActive():
                        self._timer.stop()
                        self.search()
                    return True
                self.activate()
                return True
            if key == Qt.Key.Key_Escape:
                self.hide()
                return True
            if watched is self.tree and event.text() and event.text().isprintable():
                self.edit.setFocus()
                self.edit.event(event)
                return True
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
