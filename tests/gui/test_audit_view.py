from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from cross_desk.bootstrap import App
from cross_desk.domain import records as r
from cross_desk.gui.audit_view import AuditView, ReviewView


def test_audit_view_filters_and_exports(qtbot, sqlite_app: App, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    services = sqlite_app.services
    p = services.records.create(r.Person(surname="Trace"))
    services.records.update(r.Person(**{**p.__dict__, "given_names": "Yanis"}))
    view = AuditView(services)
    qtbot.addWidget(view)
    view.resize(1200, 500)
    view.show()
    qtbot.waitUntil(lambda: view.model.rowCount() == 2, timeout=5000)
    view.action.setCurrentIndex(view.action.findData("update"))
    view.refresh()
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=5000)
    assert "Yanis" in view.model.data(view.model.index(0, 6))
    view.grab().save(str(tmp_path / "audit_view.png"))
    count = services.audit.export_csv(tmp_path / "a.csv", recipient="IGPN", **view.filters())
    assert count == 1


def test_review_view_lists_due_records(qtbot, sqlite_app: App) -> None:  # type: ignore[no-untyped-def]
    services = sqlite_app.services
    old = services.records.create(r.Person(surname="Ancien", review_on=date.today() - timedelta(days=1)))
    services.records.create(r.Person(surname="Récent"))
    view = ReviewView(services)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=5000)
    assert view.rows[0][0].id == old.id
