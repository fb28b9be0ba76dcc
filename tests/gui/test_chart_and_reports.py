"""The link chart opens in a tab from a case or records; the dossier prints through a job."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QUrl

from cross_desk.domain import records as r
from cross_desk.gui import main_window as mw
from tests.gui.helpers import wait_idle


def _case(services: Any) -> r.Case:
    case = services.cases.create(r.Case(reference="CROSS-2026-0600", title="Les Ormes"))
    a = services.records.create(r.Person(surname="Roux", given_names="Enzo"))
    b = services.records.create(r.Vehicle(plate="XE-222-FG", make="Peugeot"))
    services.links.link(r.Link(kind=r.LinkKind.USES, source_id=a.id, target_id=b.id))
    services.cases.add_members(case.id, [a.id, b.id])
    return case


def test_link_chart_opens_in_a_tab_from_the_case_view(qtbot: Any, desk: Any) -> None:
    pytest.importorskip("cross_desk.gui.chart")
    case = _case(desk.services)
    view = desk.open_case(case.id)
    qtbot.waitUntil(lambda: view.summary is not None, timeout=5000)
    view.chart_button.trigger()
    tab = desk.find_tab(("chart-case", case.id))
    assert isinstance(tab, mw.ChartTab)
    assert desk.current_tab() is tab
    wait_idle(qtbot, 15_000)
    desk.close_tab(desk.tabs.indexOf(tab))


def test_analyse_opens_the_case_chart_with_its_analysis_panel(qtbot: Any, desk: Any) -> None:
    case = _case(desk.services)
    view = desk.open_case(case.id)
    qtbot.waitUntil(lambda: view.summary is not None, timeout=5000)
    assert desk.actions_by_name["analyse"].isVisible()  # the test desk signs in as a supervisor
    desk.actions_by_name["analyse"].trigger()
    tab = desk.find_tab(("chart-case", case.id))
    assert isinstance(tab, mw.ChartTab) and desk.current_tab() is tab
    assert tab.chart.panel.currentWidget() is tab.chart.analysis
    wait_idle(qtbot, 15_000)
    desk.close_tab(desk.tabs.indexOf(tab))


def test_print_dossier_runs_in_the_background_and_opens_the_pdf(
    qtbot: Any, desk: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if not hasattr(desk.services, "reports"):
        pytest.skip("no reports in this build")
    case = _case(desk.services)
    target = tmp_path / "dossier.pdf"
    opened: list[QUrl] = []
    monkeypatch.setattr(mw, "ask_save_path", lambda *_a: str(target))
    monkeypatch.setattr(mw.QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    view = desk.open_case(case.id)
    qtbot.waitUntil(lambda: view.summary is not None, timeout=5000)
    assert desk.actions_by_name["print"].isVisible()
    desk.actions_by_name["print"].trigger()
    qtbot.waitUntil(lambda: bool(opened), timeout=60_000)
    assert opened[0].toLocalFile() == str(target)
    assert target.read_bytes()[:5] == b"%PDF-"
