from __future__ import annotations

from cross_desk.bootstrap import App
from cross_desk.domain import records as r
from cross_desk.gui.main_window import MainWindow
from cross_desk.services.demo import DemoSpec


def test_main_window_lists_searches_and_shows_a_record(qtbot, sqlite_app: App, tmp_path) -> None:  # type: ignore[no-untyped-def]
    services = sqlite_app.services
    services.demo.load(DemoSpec(people=60, links=200), seed=3)
    karim = services.records.create(r.Person(surname="Ben Ali", given_names="Karim"))
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.records.count() > 0, timeout=5000)
    assert window.records.count() == services.records.count(r.EntityKind.PERSON)
    window.search.setText("benali")
    qtbot.waitUntil(lambda: window.records.count() >= 1 and "BEN ALI" in window.records.item(0).text(), timeout=5000)
    window.records.setCurrentRow(0)
    qtbot.waitUntil(lambda: "BEN ALI" in window.details.toHtml(), timeout=5000)
    assert services.database in window.statusBar().currentMessage()
    window.grab().save(str(tmp_path / "main_window.png"))
    assert karim.id == window.records.item(0).data(0x0100)
