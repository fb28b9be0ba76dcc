"""Record forms: inline validation, required marks, partial dates, aliases, the guard, undo, delete."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from cross_desk.domain import records as r
from cross_desk.domain.dates import PartialDate
from cross_desk.domain.errors import NotFound
from cross_desk.domain.kinds import EntityKind, Sex
from cross_desk.gui import forms
from cross_desk.gui.forms import EntityForm
from cross_desk.gui.record_list import DeletedView
from cross_desk.services.records import Records
from tests.gui.helpers import wait_idle


def type_in(qtbot: Any, form: EntityForm, name: str, text: str) -> None:
    editor = form.editors[name]
    qtbot.keyClicks(editor.edit, text)


def error_of(form: EntityForm, name: str) -> str:
    label = form.errors[name]
    return label.text() if label.isVisibleTo(form) else ""


def test_inline_validation_shows_the_domain_message_beside_the_field(qtbot: Any, desk: Any) -> None:
    form = desk.new_record(EntityKind.VEHICLE)
    assert error_of(form, "plate") == ""  # an untouched new form does not scold
    type_in(qtbot, form, "plate", "ZZ")
    qtbot.waitUntil(lambda: error_of(form, "plate") != "", timeout=3000)
    assert error_of(form, "plate") == (
        "'ZZ' is not a French plate (SIV AB-123-CD or FNI 1234 AB 75); for a foreign plate choose its country."
    )
    type_in(qtbot, form, "plate", "-123-CD")  # now "ZZ-123-CD": a valid SIV plate
    qtbot.waitUntil(lambda: error_of(form, "plate") == "", timeout=3000)

    phone = desk.new_record(EntityKind.PHONE)
    type_in(qtbot, phone, "imei", "35209900176148")  # 14 digits
    qtbot.waitUntil(lambda: "15 digits" in error_of(phone, "imei"), timeout=3000)


def test_required_fields_are_marked_and_enforced_on_save(qtbot: Any, desk: Any) -> None:
    form = desk.new_record(EntityKind.ORGANISATION)
    assert form.captions["name"].text().endswith("*")
    assert not form.captions["notes"].text().endswith("*")
    form.save()
    assert error_of(form, "name") == "A name is required."
    assert form.is_new and "Nothing was saved" in form.banner.text()


def test_person_with_partial_birth_date_and_several_aliases(qtbot: Any, desk: Any) -> None:
    form = desk.new_record(EntityKind.PERSON)
    type_in(qtbot, form, "surname", "Martin")
    type_in(qtbot, form, "birth_date", "31/02/1994")
    qtbot.waitUntil(lambda: "does not exist" in error_of(form, "birth_date"), timeout=3000)
    form.editors["birth_date"].edit.clear()
    type_in(qtbot, form, "birth_date", "03/1994")
    qtbot.keyClicks(form.editors["aliases"].edit, "Le Chat")
    qtbot.keyClick(form.editors["aliases"].edit, Qt.Key.Key_Return)
    qtbot.keyClicks(form.editors["aliases"].edit, "Minou")
    qtbot.waitUntil(lambda: error_of(form, "birth_date") == "", timeout=3000)
    # Ctrl+S, as the user presses it
    desk.activateWindow()
    qtbot.waitUntil(desk.isActiveWindow, timeout=3000)
    qtbot.keyClick(form.editors["surname"].edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not form.is_new and not form.saving, timeout=5000)
    saved = desk.services.records.get(form.record.id)
    assert saved.birth_date == PartialDate(1994, 3)
    assert saved.aliases == ["Le Chat", "Minou"]
    assert desk.tabs.tabText(desk.tabs.indexOf(form)) == saved.label()


def test_a_failed_save_keeps_what_was_typed(qtbot: Any, desk: Any) -> None:
    desk.services.records.create(r.Vehicle(plate="XB-456-CD"))
    form = desk.new_record(EntityKind.VEHICLE)
    type_in(qtbot, form, "plate", "xb456cd")
    type_in(qtbot, form, "make", "Peugeot")
    form.save()
    qtbot.waitUntil(lambda: not form.saving, timeout=5000)
    wait_idle(qtbot)
    assert form.is_new
    assert error_of(form, "plate") == "Plate XB-456-CD is already recorded: open it?"
    assert form.editors["plate"].raw() == "xb456cd" and form.editors["make"].raw() == "Peugeot"
    assert form.duplicate_offer is not None and form.duplicate_offer.isVisible()
    keep = next(b for b in form.duplicate_offer.buttons() if b.text() == "Keep editing")
    keep.click()
    assert form.is_new and desk.tabs.currentWidget() is form


def test_a_plate_recorded_meanwhile_elsewhere_is_offered_to_open(
    qtbot: Any, desk: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The race: the services' look-up saw the plate free, another workstation then saved it and
    the database's unique index refused this one. The user is offered that record, as usual."""
    form = desk.new_record(EntityKind.VEHICLE)
    type_in(qtbot, form, "plate", "XB-456-CD")
    type_in(qtbot, form, "make", "Renault")
    theirs = desk.services.records.create(r.Vehicle(plate="XB-456-CD", make="Peugeot"))
    monkeypatch.setattr(Records, "check_unique", lambda *args: None)  # it looked before they saved
    form.save()
    qtbot.waitUntil(lambda: form.duplicate_offer is not None and form.duplicate_offer.isVisible(), timeout=5000)
    assert form.duplicate_offer.text() == "Plate XB-456-CD is already recorded: open it?"
    assert error_of(form, "plate") == "Plate XB-456-CD is already recorded: open it?"
    assert form.editors["make"].raw() == "Renault"  # nothing typed is lost
    open_it = next(b for b in form.duplicate_offer.buttons() if b.text() == "Open it")
    open_it.click()
    qtbot.waitUntil(lambda: desk.find_tab(("record", theirs.id)) is not None, timeout=5000)
    assert desk.tabs.currentWidget() is desk.find_tab(("record", theirs.id))
    assert desk.services.records.count(EntityKind.VEHICLE) == 1


def test_undo_and_redo_of_edits(qtbot: Any, desk: Any) -> None:
    person = desk.services.records.create(r.Person(surname="Durand", given_names="Léa"))
    desk.open_record(person.id)
    qtbot.waitUntil(lambda: desk.find_tab(("record", person.id)) is not None, timeout=5000)
    form = desk.find_tab(("record", person.id))
    assert not form.is_dirty()
    type_in(qtbot, form, "given_names", "-Marie")  # typing merges into one step
    sex = form.editors["sex"].combo
    sex.setCurrentIndex(sex.findData(Sex.FEMALE.value))
    assert form.stack.count() == 2 and form.is_dirty()
    undo, redo = desk.actions_by_name["undo"], desk.actions_by_name["redo"]
    assert undo.isEnabled()
    undo.trigger()
    assert form.editors["sex"].raw() == Sex.UNKNOWN
    undo.trigger()
    assert form.editors["given_names"].raw() == "Léa"
    assert not form.is_dirty()  # back to what is saved
    redo.trigger()
    redo.trigger()
    assert form.editors["given_names"].raw() == "Léa-Marie" and form.editors["sex"].raw() == Sex.FEMALE
    # Ctrl+Z typed in a text field goes to the form's history, not the field's own
    desk.activateWindow()
    qtbot.waitUntil(desk.isActiveWindow, timeout=3000)
    qtbot.keyClick(form.editors["given_names"].edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert form.editors["sex"].raw() == Sex.UNKNOWN and form.editors["given_names"].raw() == "Léa-Marie"
    redo.trigger()
    form.save()
    qtbot.waitUntil(lambda: not form.saving and not form.is_dirty(), timeout=5000)
    assert desk.services.records.get(person.id).given_names == "Léa-Marie"
    assert not undo.isEnabled()  # a saved record starts a new history


@pytest.mark.parametrize(
    ("answer", "closed", "saved"),
    [
        (forms.CANCEL, False, False),
        (forms.DISCARD, True, False),
        (forms.SAVE, True, True),
    ],
)
def test_unsaved_changes_guard(
    qtbot: Any, desk: Any, monkeypatch: pytest.MonkeyPatch, answer: str, closed: bool, saved: bool
) -> None:
    asked: list[str] = []

    def ask(_parent: Any, title: str) -> str:
        asked.append(title)
        return answer

    monkeypatch.setattr(forms, "ask_unsaved", ask)
    form = desk.new_record(EntityKind.PERSON)
    type_in(qtbot, form, "surname", "Garnier")
    assert desk.tabs.tabText(desk.tabs.indexOf(form)).endswith("*")
    tabs = desk.tabs.count()
    desk.close_tab(desk.tabs.indexOf(form))
    assert asked
    qtbot.waitUntil(lambda: desk.tabs.count() == (tabs - 1 if closed else tabs), timeout=10_000)
    wait_idle(qtbot)
    found = desk.services.search.search("garnier", kinds=[EntityKind.PERSON]).entities
    assert bool(found) == saved


def test_a_clean_form_closes_without_asking(qtbot: Any, desk: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(forms, "ask_unsaved", lambda *_: pytest.fail("asked for nothing"))
    form = desk.new_record(EntityKind.PHONE)
    assert desk.close_tab(desk.tabs.indexOf(form))


def test_delete_asks_then_soft_deletes_and_restore_brings_it_back(
    qtbot: Any, desk: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    services = desk.services
    car = services.records.create(r.Vehicle(plate="XC-789-DE", make="Dacia"))
    desk.open_record(car.id)
    qtbot.waitUntil(lambda: desk.find_tab(("record", car.id)) is not None, timeout=5000)
    form = desk.find_tab(("record", car.id))
    monkeypatch.setattr(forms, "confirm_delete", lambda *_: False)
    form.delete_button.click()
    wait_idle(qtbot)
    assert services.records.get(car.id).plate == "XC789DE"  # said no: still there
    monkeypatch.setattr(forms, "confirm_delete", lambda *_: True)
    form.delete_button.click()
    qtbot.waitUntil(lambda: desk.find_tab(("record", car.id)) is None, timeout=5000)
    with pytest.raises(NotFound):
        services.records.get(car.id)

    view = desk.open_deleted()
    assert isinstance(view, DeletedView)
    qtbot.waitUntil(lambda: view.table.rowCount() == 1, timeout=5000)
    assert view.table.item(0, 1).text() == car.label()
    view.table.selectRow(0)
    view.restore_button.click()
    qtbot.waitUntil(lambda: view.table.rowCount() == 0, timeout=5000)
    assert services.records.get(car.id).make == "Dacia"
