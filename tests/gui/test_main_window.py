"""The main window: navigator, lists, details panel, status bar, remembered layout and case."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings

from cross_desk.bootstrap import App
from cross_desk.demo.generator import DemoSpec
from cross_desk.domain import records as r
from cross_desk.domain.kinds import EntityKind
from cross_desk.gui.main_window import SETTING_LAST_CASE, MainWindow
from cross_desk.gui.record_list import ID_ROLE, RecordListView
from tests.gui.helpers import drain, wait_idle


def test_navigator_lists_and_details(qtbot: Any, desk: Any) -> None:
    services = desk.services
    services.demo.load(DemoSpec(people=60, links=200), seed=3)
    karim = services.records.create(r.Person(surname="Quintard", given_names="Karim", aliases=["Le Chat"]))
    keys = [desk.navigator.item(i).data(0x0100) for i in range(desk.navigator.count())]
    assert keys == [
        "cases",
        "inbox",
        "person",
        "vehicle",
        "phone",
        "location",
        "organisation",
        "source",
        "seizure",
        "event",
        "tip",
        "deleted",
    ]
    people_count = services.records.count(EntityKind.PERSON)
    qtbot.waitUntil(lambda: desk.navigator.item(2).text() == f"People  ({people_count})", timeout=5000)

    desk.open_navigator("person")
    view = desk.current_tab()
    assert isinstance(view, RecordListView)
    qtbot.waitUntil(lambda: view.model.rowCount() == people_count, timeout=5000)
    view.filter.setText("quintard")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=5000)
    index = view.model.index(0, 0)
    assert view.model.data(index, ID_ROLE) == karim.id
    view.view.setCurrentIndex(index)
    qtbot.waitUntil(lambda: "QUINTARD" in desk.details.toHtml(), timeout=5000)
    assert "Le Chat" in desk.details.toHtml()
    assert services.database in desk.db_label.text()
    assert services.actor.username in desk.user_label.text()
    # a change made elsewhere shows in the open list and the details without a refresh
    services.records.update(r.Person(**{**karim.__dict__, "given_names": "Karim Sofiane"}))
    qtbot.waitUntil(lambda: "Karim Sofiane" in desk.details.toHtml(), timeout=5000)
    qtbot.waitUntil(lambda: "Karim Sofiane" in view.model.data(view.model.index(0, 0)), timeout=5000)


def test_layout_and_last_case_are_remembered(qtbot: Any, sqlite_app: App, english: None) -> None:
    services = sqlite_app.services
    case = services.cases.create(r.Case(reference="CROSS-2026-0777", title="Les Peupliers"))
    first = MainWindow(services, restore_session=True)
    first.resize(1290, 740)
    first.show()
    first.open_case(case.id)
    first.details_dock.hide()
    # the case opens off the GUI thread: on a loaded machine it may take longer than idle waits
    qtbot.waitUntil(lambda: first.find_tab(("case", case.id)) is not None, timeout=15000)
    wait_idle(qtbot)
    first.close()
    drain()
    assert QSettings().value(SETTING_LAST_CASE) == str(case.id)

    second = MainWindow(services, restore_session=True)
    second.show()
    qtbot.waitUntil(lambda: second.find_tab(("case", case.id)) is not None, timeout=5000)
    assert second.size().height() == 740  # the width is clamped to the small offscreen screen
    assert not second.details_dock.isVisible()
    assert second.find_tab(("inbox",)) is not None
    wait_idle(qtbot)
    second.close()
    drain()


def test_new_records_are_offered_only_to_roles_that_may_create_them(qtbot: Any, sqlite_app: App, english: None) -> None:
    from cross_desk.domain.access import Role, allowed, creating_needs
    from cross_desk.domain.actor import Actor
    from cross_desk.gui.inbox_view import InboxView

    for role in (Role.ANALYST, Role.INVESTIGATOR, Role.SOURCE_HANDLER):
        services = sqlite_app.services_for(Actor(f"user.{role.value}", role, "ws"))
        window = MainWindow(services, restore_session=False)
        a = window.actions_by_name
        for kind in ("tip", "case", "person", "source"):
            assert a[f"new_{kind}"].isVisible() == allowed(role, creating_needs(kind)), (role, kind)
        assert window.new_menu.menuAction().isVisible() == (role != Role.ANALYST)
        first = window.toolbar.actions()[0]
        assert not first.isSeparator() and (first is a["save"]) == (role == Role.ANALYST)
        inbox = window.find_tab(("inbox",)) or InboxView(services, window.bus)
        assert inbox.new_button.isHidden() == (role == Role.ANALYST)
        people = RecordListView(services, window.bus, EntityKind.PERSON)
        assert people.new_button.isHidden() == (role == Role.ANALYST)
        sources = RecordListView(services, window.bus, EntityKind.SOURCE)
        assert sources.new_button.isHidden() == (role in (Role.INVESTIGATOR, Role.ANALYST))
        wait_idle(qtbot)
        window.close()
        drain()
