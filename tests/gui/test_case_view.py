"""The case view: header, members by kind, totals equal to the services' sums, adding members."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QDropEvent

from cross_desk.demo.generator import DemoSpec
from cross_desk.domain import records as r
from cross_desk.domain.kinds import USUAL_UNIT, EntityKind, QuantityUnit
from cross_desk.gui import dnd, formatting, labels
from cross_desk.gui.case_view import CaseView
from tests.gui.helpers import wait_idle


def _case_with_seizures(services: Any) -> r.Case:
    services.demo.load(DemoSpec(people=80, links=300), seed=3)
    return max(services.cases.list(), key=lambda c: len(services.desk.case_summary(c.id).seizures))


def test_totals_by_substance_equal_the_sums_of_the_case_seizures(qtbot: Any, desk: Any) -> None:
    services = desk.services
    case = _case_with_seizures(services)
    view = desk.open_case(case.id)
    assert isinstance(view, CaseView)
    qtbot.waitUntil(lambda: view.summary is not None, timeout=8000)
    assert view.heading.text() == f"{case.reference} — {case.title}"
    assert labels.label(case.status) in view.facts.text()

    # the sums, computed here from the member records themselves
    expected: dict[tuple[str, str], Decimal] = {}
    seizures = [e for e in services.cases.member_records(case.id) if isinstance(e, r.Seizure)]
    assert seizures
    for seizure in seizures:
        for line in seizure.substances:
            usual = USUAL_UNIT[line.substance]
            qty = line.quantity
            if line.unit == QuantityUnit.GRAM and usual == QuantityUnit.KILOGRAM:
                qty, unit = qty / 1000, usual
            elif line.unit == QuantityUnit.KILOGRAM and usual == QuantityUnit.GRAM:
                qty, unit = qty * 1000, usual
            else:
                unit = line.unit
            key = (labels.label(line.substance), unit.value)
            expected[key] = expected.get(key, Decimal(0)) + qty
    shown = {
        (view.totals.item(row, 0).text(), view.totals.item(row, 1).text()) for row in range(view.totals.rowCount())
    }
    assert shown == {
        (name, formatting.quantity(total.normalize(), QuantityUnit(unit))) for (name, unit), total in expected.items()
    }
    cash = sum((s.cash_eur for s in seizures), Decimal(0))
    assert formatting.money(cash) in view.seizure_sums.text()
    assert view.seizures.rowCount() == len(seizures)
    assert view.sections.tabText(1) == f"Seizures ({len(seizures)})"
    # members by kind, as the services count them
    members = services.cases.members(case.id)
    kinds = {ref.kind for ref in members}
    headings = [view.members.topLevelItem(i).text(0) for i in range(view.members.topLevelItemCount())]
    assert headings == [
        f"{labels.plural(k)} ({sum(1 for m in members if m.kind == k)})" for k in EntityKind if k in kinds
    ]
    # events in time order
    times = [e.occurred_at for e in services.desk.case_summary(case.id).events]
    assert times == sorted(times) and view.events.rowCount() == len(times)


def test_members_added_by_search_and_by_drop_then_removed(qtbot: Any, desk: Any) -> None:
    services = desk.services
    case = services.cases.create(r.Case(reference="CROSS-2026-0500", title="Les Acacias"))
    ana = services.records.create(r.Person(surname="Lopez", given_names="Ana"))
    van = services.records.create(r.Vehicle(plate="XD-111-EF", make="Renault", model="Master"))
    view = desk.open_case(case.id)
    qtbot.waitUntil(lambda: view.summary is not None, timeout=5000)

    qtbot.keyClicks(view.picker.edit, "lopez")
    qtbot.waitUntil(lambda: view.picker.results.count() > 0 and not view.picker.searching, timeout=5000)
    qtbot.keyClick(view.picker.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.summary is not None and view.summary.member_count == 1, timeout=5000)

    # a record dragged from a list and dropped on the members
    data = dnd.encode([van.id])
    drop = QDropEvent(
        QPointF(QPoint(20, 20)),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    view.members.dropEvent(drop)
    qtbot.waitUntil(lambda: view.summary.member_count == 2, timeout=5000)
    assert {ref.id for ref in services.cases.members(case.id)} == {ana.id, van.id}

    people = view.members.topLevelItem(0)
    people.child(0).setSelected(True)
    view.remove_button.click()
    qtbot.waitUntil(lambda: view.summary.member_count == 1, timeout=5000)
    wait_idle(qtbot)
    assert [ref.id for ref in services.cases.members(case.id)] == [van.id]
