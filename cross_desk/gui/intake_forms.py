"""Tip intake, seizures and events: a record saved together with what it involves, in one call.

While creating, these forms also take the case and the records involved (searched or created
inline); ``services.intake`` saves all of it in one transaction. Once saved, the links show in
the details panel and the case view; the form then edits the record itself.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from uuid import UUID

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from cross_desk.domain import records as r
from cross_desk.domain.kinds import EntityKind, EventKind, TipChannel
from cross_desk.domain.schema import MENTIONABLE
from cross_desk.gui import editors as ed
from cross_desk.gui.forms import COMMON, EntityForm, Field, enum, line, text
from cross_desk.gui.icons import kind_icon
from cross_desk.gui.jobs import run_op
from cross_desk.gui.picker import RefListEditor
from cross_desk.gui.special_editors import CaseEditor, GradeEditor, SourceEditor, SubstanceLinesEditor

translate = QCoreApplication.translate  # a name pyside6-lupdate recognises


def _tr(text_: str) -> str:
    return QCoreApplication.translate("Forms", text_)


class RefsView(ed.FieldEditor):
    """Records already linked (read-only): a saved tip's mentions."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(name, parent)
        self.list = QListWidget()
        self.list.setMaximumHeight(110)
        self._add(self.list)
        self._refs: tuple[r.EntityRef, ...] = ()

    def raw(self) -> tuple[r.EntityRef, ...]:
        return self._refs

    def _set_raw(self, raw: Any) -> None:
        self._refs = tuple(raw or ())
        self.list.clear()
        for ref in self._refs:
            self.list.addItem(QListWidgetItem(kind_icon(ref.kind), ref.label))


def _case_field() -> Field:
    return Field(
        "case", QT_TRANSLATE_NOOP("Forms", "Case"), lambda f: CaseEditor("case", f.services), attr=False, new_only=True
    )


def _refs_field(
    name: str, label: str, kinds: tuple[EntityKind, ...], placeholder: str, max_items: int = 0, hint: str = ""
) -> Field:
    return Field(
        name,
        label,
        lambda f: RefListEditor(name, f.services, kinds, _tr(placeholder), max_items),
        attr=False,
        new_only=True,
        hint=hint,
    )


def _place_field() -> Field:
    """The one place a seizure or an event happened at, picked or created inline."""
    return _refs_field(
        "place",
        QT_TRANSLATE_NOOP("Forms", "Place"),
        (EntityKind.LOCATION,),
        QT_TRANSLATE_NOOP("Forms", "Type an address or a place name…"),
        max_items=1,
    )


def _picked_place(form: EntityForm) -> tuple[UUID | None, list[r.Entity]]:
    """The place's id (existing or new) and the new record to create, if any."""
    places, new = _picked(form, "place")
    return (places or [e.id for e in new] or [None])[0], new


def _picked(form: EntityForm, *names: str) -> tuple[list[UUID], list[r.Entity]]:
    existing: list[UUID] = []
    new: list[r.Entity] = []
    for name in names:
        editor = form.editors[name]
        assert isinstance(editor, RefListEditor)
        existing += editor.existing_ids()
        new += editor.new_entities()
    return existing, new


class TipForm(EntityForm):
    def __init__(
        self,
        services: Any,
        bus: Any,
        record_id: Any = None,
        prefill: dict[str, Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(services, bus, EntityKind.TIP, record_id, prefill, parent)

    def field_list(self) -> list[Field]:
        scheme = self.services.scheme
        return [
            Field(
                "received_at",
                QT_TRANSLATE_NOOP("Forms", "Received"),
                lambda f: ed.DateTimeEditor("received_at"),
                required=True,
            ),
            enum("channel", QT_TRANSLATE_NOOP("Forms", "Channel"), TipChannel, required=True),
            Field(
                "source_id",
                QT_TRANSLATE_NOOP("Forms", "Source (codename)"),
                lambda f: SourceEditor("source_id", f.services),
                required=True,
                empty=None,
            ),
            line(
                "summary",
                QT_TRANSLATE_NOOP("Forms", "Summary"),
                hint=QT_TRANSLATE_NOOP("Forms", "One line that lists and charts show."),
            ),
            text(
                "sanitised_text",
                QT_TRANSLATE_NOOP("Forms", "Sanitised text"),
                5,
                required=True,
                hint=QT_TRANSLATE_NOOP("Forms", "What others may read, print and export."),
            ),
            text(
                "original_text",
                QT_TRANSLATE_NOOP("Forms", "Original wording"),
                4,
                hint=QT_TRANSLATE_NOOP(
                    "Forms", "May identify the source: for the handlers only, never listed, printed or exported."
                ),
            ),
            Field(
                "grade",
                QT_TRANSLATE_NOOP("Forms", "Grade"),
                lambda f: GradeEditor("grade", scheme),
                required=True,
                hint=QT_TRANSLATE_NOOP("Forms", "Both parts are required; they are independent."),
            ),
            line("handling_code", QT_TRANSLATE_NOOP("Forms", "Handling code"), max_length=50),
            _case_field(),
            _refs_field(
                "mentions",
                QT_TRANSLATE_NOOP("Forms", "Mentioned records"),
                MENTIONABLE,
                QT_TRANSLATE_NOOP("Forms", "Type a name, an alias, a plate, a phone number, an IMEI…"),
                hint=QT_TRANSLATE_NOOP("Forms", "Pick a record found, or create it: it is saved with the tip."),
            ),
            Field(
                "mentioned",
                QT_TRANSLATE_NOOP("Forms", "Mentioned records"),
                lambda f: RefsView("mentioned"),
                attr=False,
            ),
            *COMMON,
        ]

    def visible(self, name: str) -> bool:
        informant = self.editors["channel"].raw() == TipChannel.INFORMANT
        if name == "original_text":
            # A saved tip's original wording shows only to its source's handlers (services blank it
            # for anyone else; an empty field there would invite typing that is not kept).
            return informant and self.original_allowed
        if name == "source_id":
            return informant
        if name == "mentioned":
            return not self.is_new
        return super().visible(name)

    def save_call(self, record: Any) -> Callable[[], Any]:
        services = self.services
        if not self.is_new:
            return lambda: services.records.update(record)
        mentions, new = _picked(self, "mentions")
        case = self.editors["case"].raw()
        cases = [case] if case else []
        return lambda: services.intake.log_tip(record, mentions=mentions, new_entities=new, case_ids=cases)

    original_allowed = True

    def after_load(self) -> None:
        services, tip_id = self.services, self.record.id
        run_op(lambda: services.intake.mentioned_in(tip_id), self._show_mentions)
        source_id = self.record.source_id
        if source_id is not None:
            run_op(lambda: services.records.get(source_id), self._check_source)

    def _check_source(self, source: Any) -> None:
        reveal = getattr(source, "may_reveal_to", None)
        self.original_allowed = bool(reveal(self.services.actor.username)) if reveal else True
        self.update_visibility()

    def after_create(self) -> None:
        self.after_load()

    def _show_mentions(self, refs: list[r.EntityRef]) -> None:
        self.editors["mentioned"].set_raw(tuple(refs))
        self._last["mentioned"] = tuple(refs)


class SeizureForm(EntityForm):
    def __init__(
        self,
        services: Any,
        bus: Any,
        record_id: Any = None,
        prefill: dict[str, Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(services, bus, EntityKind.SEIZURE, record_id, prefill, parent)

    def field_list(self) -> list[Field]:
        return [
            Field(
                "seized_on",
                QT_TRANSLATE_NOOP("Forms", "Seized on"),
                lambda f: ed.DateEditor("seized_on"),
                required=True,
            ),
            Field(
                "substances",
                QT_TRANSLATE_NOOP("Forms", "Substances"),
                lambda f: SubstanceLinesEditor("substances"),
                hint=QT_TRANSLATE_NOOP("Forms", "One line per substance; the unit follows the substance."),
            ),
            Field("cash_eur", QT_TRANSLATE_NOOP("Forms", "Cash"), lambda f: ed.DecimalEditor("cash_eur", " €")),
            Field("weapons", QT_TRANSLATE_NOOP("Forms", "Weapons"), lambda f: ed.IntEditor("weapons")),
            Field("vehicles", QT_TRANSLATE_NOOP("Forms", "Vehicles seized"), lambda f: ed.IntEditor("vehicles")),
            text("description", QT_TRANSLATE_NOOP("Forms", "Description"), 3),
            _refs_field(
                "persons",
                QT_TRANSLATE_NOOP("Forms", "Seized from"),
                (EntityKind.PERSON,),
                QT_TRANSLATE_NOOP("Forms", "Type a name or an alias…"),
            ),
            _refs_field(
                "vehicle_links",
                QT_TRANSLATE_NOOP("Forms", "Vehicles involved"),
                (EntityKind.VEHICLE,),
                QT_TRANSLATE_NOOP("Forms", "Type a plate…"),
            ),
            _place_field(),
            _case_field(),
            *COMMON,
        ]

    def save_call(self, record: Any) -> Callable[[], Any]:
        services = self.services
        if not self.is_new:
            return lambda: services.records.update(record)
        persons, new_p = _picked(self, "persons")
        vehicles, new_v = _picked(self, "vehicle_links")
        place, new_l = _picked_place(self)
        case = self.editors["case"].raw()
        persons += [e.id for e in new_p]
        vehicles += [e.id for e in new_v]
        return lambda: services.intake.record_seizure(
            record,
            persons=persons,
            vehicles=vehicles,
            place=place,
            case_ids=[case] if case else [],
            new_entities=[*new_p, *new_v, *new_l],
        )


class EventForm(EntityForm):
    def __init__(
        self,
        services: Any,
        bus: Any,
        record_id: Any = None,
        prefill: dict[str, Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(services, bus, EntityKind.EVENT, record_id, prefill, parent)

    def field_list(self) -> list[Field]:
        return [
            enum("event_kind", QT_TRANSLATE_NOOP("Forms", "Kind of event"), EventKind, required=True),
            Field(
                "occurred_at",
                QT_TRANSLATE_NOOP("Forms", "When"),
                lambda f: ed.DateTimeEditor("occurred_at"),
                required=True,
            ),
            Field(
                "ended_at", QT_TRANSLATE_NOOP("Forms", "Ended"), lambda f: ed.DateTimeEditor("ended_at", optional=True)
            ),
            text("description", QT_TRANSLATE_NOOP("Forms", "Description"), 4),
            _refs_field(
                "persons",
                QT_TRANSLATE_NOOP("Forms", "Persons involved"),
                (EntityKind.PERSON,),
                QT_TRANSLATE_NOOP("Forms", "Type a name or an alias…"),
            ),
            _place_field(),
            _case_field(),
            *COMMON,
        ]

    def save_call(self, record: Any) -> Callable[[], Any]:
        services = self.services
        if not self.is_new:
            return lambda: services.records.update(record)
        persons, new_p = _picked(self, "persons")
        place, new_l = _picked_place(self)
        case = self.editors["case"].raw()
        persons += [e.id for e in new_p]
        return lambda: services.intake.record_event(
            record, persons=persons, place=place, case_ids=[case] if case else [], new_entities=[*new_p, *new_l]
        )


def form_for(
    services: Any, bus: Any, kind: EntityKind, record_id: Any = None, prefill: dict[str, Any] | None = None
) -> EntityForm:
    if kind == EntityKind.TIP:
        return TipForm(services, bus, record_id, prefill)
    if kind == EntityKind.SEIZURE:
        return SeizureForm(services, bus, record_id, prefill)
    if kind == EntityKind.EVENT:
        return EventForm(services, bus, record_id, prefill)
    return EntityForm(services, bus, kind, record_id, prefill)
