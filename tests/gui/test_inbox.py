"""The tips inbox: filters by grade, channel, dates, case and "no case yet"; sorting."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QDate, Qt

from cross_desk.domain import records as r
from cross_desk.domain.kinds import TipChannel
from cross_desk.gui.inbox_view import ID_ROLE, InboxView, TipTableModel
from tests.gui.helpers import wait_idle


def _shown(view: InboxView) -> list[Any]:
    return [view.proxy.data(view.proxy.index(row, 0), ID_ROLE) for row in range(view.proxy.rowCount())]


def _tip(when: datetime, grade: str, channel: TipChannel, summary: str, **kw: Any) -> r.Tip:
    return r.Tip(
        received_at=when.astimezone(), grade=grade, channel=channel, summary=summary, sanitised_text=summary, **kw
    )


def test_inbox_filters_and_sorts(qtbot: Any, desk: Any) -> None:
    services = desk.services
    src = services.records.create(r.Source(codename="MERLE"))
    case = services.cases.create(r.Case(reference="CROSS-2026-0300", title="Les Genêts"))
    a = services.intake.log_tip(
        _tip(datetime(2026, 3, 1, 10), "B2", TipChannel.INFORMANT, "Livraison rue Haute", source_id=src.id),
        case_ids=[case.id],
    )
    b = services.intake.log_tip(_tip(datetime(2026, 3, 5, 9), "F6", TipChannel.PUBLIC_PLATFORM, "Signalement Lilas"))
    c = services.intake.log_tip(_tip(datetime(2026, 4, 2, 18), "A3", TipChannel.SURVEILLANCE, "Allées et venues"))
    view = desk.open_inbox()

    def settle() -> None:
        qtbot.waitUntil(lambda: not view._timer.isActive(), timeout=3000)
        wait_idle(qtbot)

    settle()
    assert _shown(view) == [c.id, b.id, a.id]  # newest first

    reliability = view.grade_boxes[0]
    reliability.setCurrentIndex(reliability.findData("B"))
    settle()
    assert _shown(view) == [a.id]
    view.reset_filters()
    view.channel.setCurrentIndex(view.channel.findData(TipChannel.PUBLIC_PLATFORM.value))
    settle()
    assert _shown(view) == [b.id]
    view.reset_filters()
    view.date_from.setDate(QDate(2026, 3, 2))
    view.date_until.setDate(QDate(2026, 3, 31))
    settle()
    assert _shown(view) == [b.id]
    view.reset_filters()
    view.case.setCurrentIndex(view.case.findData(str(case.id)))
    settle()
    assert _shown(view) == [a.id]
    view.unassigned.setChecked(True)  # "in no case yet" replaces the case filter
    settle()
    assert view.case.currentIndex() == 0 and set(_shown(view)) == {b.id, c.id}
    view.reset_filters()
    settle()
    view.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # by grade
    assert _shown(view) == [c.id, a.id, b.id]
    view.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)  # by source codename
    assert _shown(view)[0] == a.id
    view.text.setText("lilas")  # the free-text filter works on the loaded rows at once
    assert _shown(view) == [b.id]
    assert view.count.text() == "1 tip"
    # a new tip shows up without a manual refresh
    view.text.clear()
    d = services.intake.log_tip(_tip(datetime(2026, 5, 1, 8), "C3", TipChannel.OPEN_SOURCE, "Annonce en ligne"))
    qtbot.waitUntil(lambda: d.id in _shown(view), timeout=5000)


def test_inbox_never_names_a_restricted_case_to_an_outsider(qtbot: Any, desk: Any, sqlite_app: Any) -> None:
    from cross_desk.domain.access import Role
    from cross_desk.domain.actor import Actor

    lead = sqlite_app.services_for(Actor("enq.lead", Role.INVESTIGATOR, "ws"))
    secret = lead.cases.create(r.Case(reference="SECRET-7", title="Opération Hiver", lead="enq.lead", restricted=True))
    public = lead.cases.create(r.Case(reference="PUB-7", title="Quartier Nord"))
    shared = lead.intake.log_tip(
        _tip(datetime(2026, 3, 1, 10), "B2", TipChannel.SURVEILLANCE, "Vus ensemble"), case_ids=[public.id, secret.id]
    )
    lead.intake.log_tip(
        _tip(datetime(2026, 3, 2, 10), "A1", TipChannel.SURVEILLANCE, "Livraison mardi"), case_ids=[secret.id]
    )
    view = desk.open_inbox()  # the desk's user (a supervisor) is not on the restricted case
    view.reload()  # written by another user's session: no change notice reaches this one
    view._load_cases()
    qtbot.waitUntil(lambda: _shown(view) == [shared.id], timeout=5000)
    wait_idle(qtbot)
    cases_column = TipTableModel.COLUMNS.index("cases")
    assert view.proxy.data(view.proxy.index(0, cases_column)) == "PUB-7"
    assert [view.case.itemText(i) for i in range(1, view.case.count())] == ["PUB-7 — Quartier Nord"]
    assert view.count.text() == "1 tip"
    view.text.setText("secret")  # the free-text filter searches the case column too
    assert _shown(view) == []
