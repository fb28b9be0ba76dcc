"""Ctrl+K: results grouped by kind, keyboard navigation, spelling variants marked, Enter opens."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from cross_desk.domain import records as r
from tests.gui.helpers import wait_idle


def _search(qtbot: Any, desk: Any, text: str) -> Any:
    desk.actions_by_name["find"].trigger()
    popup = desk.search_popup
    assert popup.isVisible()
    popup.edit.clear()
    qtbot.keyClicks(popup.edit, text)
    qtbot.waitUntil(lambda: not popup.pending and popup.results is not None, timeout=5000)
    return popup


def test_results_grouped_by_kind_and_enter_opens_the_record(qtbot: Any, desk: Any) -> None:
    services = desk.services
    services.records.create(r.Person(surname="Ben Ali", given_names="Karim"))
    services.records.create(r.Person(surname="Benalli", given_names="Sofiane"))  # a spelling variant
    org = services.records.create(r.Organisation(name="Réseau Benali"))
    services.cases.create(r.Case(reference="CROSS-2026-0007", title="Benali et autres"))
    popup = _search(qtbot, desk, "benali")
    assert popup.groups() == ["case", "person", "organisation"]
    people = [popup.tree.topLevelItem(1).child(i).text(0) for i in range(popup.tree.topLevelItem(1).childCount())]
    assert people == ["BEN ALI Karim", "≈ BENALLI Sofiane"]  # the exact match first, the variant marked
    # Down moves over the group headings: case → person → person → organisation
    for _ in range(3):
        qtbot.keyClick(popup.edit, Qt.Key.Key_Down)
    assert popup.tree.currentItem().data(0, Qt.ItemDataRole.UserRole) == org.id
    qtbot.keyClick(popup.edit, Qt.Key.Key_Up)
    qtbot.keyClick(popup.edit, Qt.Key.Key_Up)
    qtbot.keyClick(popup.edit, Qt.Key.Key_Down)
    person_id = popup.tree.currentItem().data(0, Qt.ItemDataRole.UserRole)
    qtbot.keyClick(popup.edit, Qt.Key.Key_Return)
    assert not popup.isVisible()
    qtbot.waitUntil(lambda: desk.find_tab(("record", person_id)) is not None, timeout=5000)
    assert desk.current_tab().key() == ("record", person_id)


def test_plates_and_numbers_typed_any_way(qtbot: Any, desk: Any) -> None:
    services = desk.services
    car = services.records.create(r.Vehicle(plate="XB-456-CD"))
    phone = services.records.create(r.Phone(number="06 39 98 00 01"))
    for typed, wanted in (
        ("xb456cd", car.id),
        ("XB 456 CD", car.id),
        ("06 39 98 00 01", phone.id),
        ("+33639980001", phone.id),
        ("0033639980001", phone.id),
    ):
        popup = _search(qtbot, desk, typed)
        ids = [item.data(0, Qt.ItemDataRole.UserRole) for item in popup.selectable_items()]
        assert ids == [wanted], typed
    popup.hide()


def test_enter_right_after_typing_opens_the_first_result(qtbot: Any, desk: Any) -> None:
    case = desk.services.cases.create(r.Case(reference="CROSS-2026-0099", title="Les Lilas"))
    desk.actions_by_name["find"].trigger()
    popup = desk.search_popup
    qtbot.keyClicks(popup.edit, "2026-0099")
    qtbot.keyClick(popup.edit, Qt.Key.Key_Return)  # before the search answered
    qtbot.waitUntil(lambda: desk.find_tab(("case", case.id)) is not None, timeout=5000)
    wait_idle(qtbot)
    assert desk.current_tab().key() == ("case", case.id)
