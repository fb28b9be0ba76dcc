"""The link chart on the small demo: what it shows, how it grows, filters, saves and exports."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any
from uuid import UUID

import pytest
from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtGui import QImage

from cross_desk.bootstrap import App
from cross_desk.demo.generator import DemoSpec, fictional_year
from cross_desk.domain import records as r
from cross_desk.domain.kinds import EntityKind
from cross_desk.gui.chart import ChartWidget
from cross_desk.gui.chart.model import link_span
from tests.gui.helpers import drain


@pytest.fixture
def demo(sqlite_app: App, english: None) -> Any:
    services = sqlite_app.services
    services.demo.load(DemoSpec(people=60, links=200), seed=3)
    return services


@pytest.fixture
def chart(qtbot: Any, demo: Any) -> Any:
    widget = ChartWidget(demo)
    qtbot.addWidget(widget)
    widget.resize(1400, 900)
    widget.show()
    yield widget
    widget.cancel()
    drain()


def _settle(qtbot: Any, widget: ChartWidget) -> None:
    """Until the chart's jobs (load, layout) are done and their animation has ended."""
    qtbot.waitUntil(lambda: not widget.busy, timeout=30_000)
    qtbot.waitUntil(lambda: widget._animation.state() != widget._animation.State.Running, timeout=5000)
    qtbot.waitUntil(lambda: not widget.busy, timeout=30_000)


def _open_case(qtbot: Any, widget: ChartWidget, services: Any) -> r.Case:
    case = sorted(services.cases.list(), key=lambda c: c.reference)[0]
    widget.show_case(case.id)
    _settle(qtbot, widget)
    return case


def _links_among(services: Any, ids: set[UUID]) -> set[UUID]:
    return {x.id for n in ids for x in services.links.links_of(n) if x.source_id in ids and x.target_id in ids}


def test_the_chart_of_a_case_shows_exactly_its_records_and_links(qtbot: Any, chart: ChartWidget, demo: Any) -> None:
    case = _open_case(qtbot, chart, demo)
    members = {ref.id for ref in demo.cases.members(case.id)}
    assert set(chart.model.refs) == members
    assert set(chart.model.links) == _links_among(demo, members)
    # And that is what is drawn: one node per record, every link in a drawn pair.
    renderer = chart.canvas.renderer
    assert set(renderer.ids) == members
    assert {x.id for pair in renderer.pairs for x in pair.links} == set(chart.model.links)
    # Labels are what services give: a source shows its codename, never a name.
    assert all(ref.label == demo.records.get(ref.id).label() for ref in chart.model.refs.values())


def test_expanding_a_record_adds_exactly_its_neighbours(qtbot: Any, chart: ChartWidget, demo: Any) -> None:
    _open_case(qtbot, chart, demo)
    before = set(chart.model.refs)
    person = next(n for n in chart.model.visible_nodes if chart.model.refs[n].kind == EntityKind.PERSON)
    neighbours = {x.target_id if x.source_id == person else x.source_id for x in demo.links.links_of(person)}
    chart.canvas.set_selection({person})
    chart.expand(1)
    _settle(qtbot, chart)
    assert set(chart.model.refs) == before | neighbours
    everything = set(chart.model.refs)
    assert set(chart.model.links) == _links_among(demo, everything)
    # The records already there stay near where they were (incremental layout).
    assert all(n in chart.model.positions for n in everything)


def test_the_date_filter_hides_links_seen_outside_the_range(qtbot: Any, chart: ChartWidget, demo: Any) -> None:
    _open_case(qtbot, chart, demo)
    start, _ = fictional_year(date.today())  # the demo's year, whatever the date
    first, last = start + timedelta(days=60), start + timedelta(days=150)
    chart.set_date_range(first, last)
    shown = {x.id for x in chart.model.visible_links}
    assert shown
    for link in chart.model.links.values():
        start, end = link_span(link)
        outside = start is not None and end is not None and (end < first or start > last)
        if outside:
            assert link.id not in shown
    for node in chart.model.visible_set & chart.model.when.keys():
        assert first <= chart.model.when[node] <= last
    drawn = {x.id for pair in chart.canvas.renderer.pairs for x in pair.links}
    assert drawn == shown
    chart.set_date_range(None, None)
    assert {x.id for x in chart.model.visible_links} == set(chart.model.links)


def test_a_saved_chart_reopens_with_the_same_positions_pins_filters_and_zoom(
    qtbot: Any, chart: ChartWidget, demo: Any
) -> None:
    case = _open_case(qtbot, chart, demo)
    chart.canvas.set_view(chart.canvas.centre, 0.66)
    pinned = chart.model.visible_nodes[0]
    chart.canvas.set_selection({pinned})
    chart.toggle_pin()
    chart.model.filters.hidden_kinds = {EntityKind.TIP}
    chart._sync_panel_from_filters()
    chart.sync()
    chart.save_as("Pour le parquet")
    qtbot.waitUntil(lambda: chart.saved is not None, timeout=10_000)
    assert [c.name for c in demo.charts.list(case.id)] == ["Pour le parquet"]

    again = ChartWidget(demo)
    qtbot.addWidget(again)
    again.resize(1400, 900)
    again.show()
    again.open_saved(chart.saved.id)
    qtbot.waitUntil(lambda: again.saved is not None and not again.busy, timeout=10_000)
    assert again.model.positions == chart.model.positions
    assert again.model.pinned == {pinned}
    assert again.model.filters.hidden_kinds == {EntityKind.TIP}
    assert again.model.visible_set == chart.model.visible_set
    assert again.canvas.scale == pytest.approx(0.66)
    assert again.case_id == case.id


def test_an_exported_picture_has_the_size_asked_for_and_shows_the_chart(
    qtbot: Any, chart: ChartWidget, demo: Any, tmp_path: Path
) -> None:
    _open_case(qtbot, chart, demo)
    path = tmp_path / "chart.png"
    assert chart.export_png(str(path), QSize(1600, 1000))
    image = QImage(str(path))
    assert (image.width(), image.height()) == (1600, 1000)
    colours = {image.pixel(x, y) for x in range(0, 1600, 7) for y in range(0, 1000, 7)}
    assert len(colours) > 20  # nodes in kind colours, links, labels: not a blank page
    white = sum(1 for x in range(0, 1600, 7) for y in range(0, 1000, 7) if image.pixel(x, y) == 0xFFFFFFFF)
    assert white < 0.97 * (1600 // 7 + 1) * (1000 // 7 + 1)
    svg = tmp_path / "chart.svg"
    chart.export_svg(str(svg))
    text = svg.read_text(encoding="utf-8")
    assert "<svg" in text and text.count("<path") + text.count("<image") > 10
    # Both left the application: the audit log says so, with the records shown.
    qtbot.waitUntil(lambda: len(demo.audit.entries(action="export")) == 2, timeout=10_000)
    logged = demo.audit.entries(action="export")[0]
    assert {UUID(x) for x in logged.entity_ids} == chart.model.visible_set


def test_rubber_band_find_hide_remove_and_select_a_kind(qtbot: Any, chart: ChartWidget, demo: Any) -> None:
    _open_case(qtbot, chart, demo)
    canvas = chart.canvas
    canvas.fit()
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=QPoint(2, 2))
    qtbot.mouseMove(canvas, QPoint(canvas.width() - 2, canvas.height() - 2))
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=QPoint(canvas.width() - 2, canvas.height() - 2))
    assert canvas.selection == chart.model.visible_set

    with qtbot.waitSignal(chart.selection_changed):
        chart.select_kind(EntityKind.PHONE)
    phones = {n for n in chart.model.visible_set if chart.model.refs[n].kind == EntityKind.PHONE}
    assert canvas.selection == phones

    target = chart.model.visible_nodes[-1]
    chart.find(chart.model.refs[target].label)
    assert target in canvas.selection

    count = len(chart.model.refs)
    chart.hide_selected()
    assert target not in chart.model.visible_set and len(chart.model.refs) == count
    chart.show_hidden()
    assert target in chart.model.visible_set
    chart.canvas.set_selection({target})
    chart.remove_selected()
    assert target not in chart.model.refs
    assert demo.records.get(target).id == target  # still in the database


def test_a_link_made_on_the_chart_is_saved_and_drawn(
    qtbot: Any, chart: ChartWidget, demo: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cross_desk.gui.chart import dialogs

    _open_case(qtbot, chart, demo)
    people = [n for n in chart.model.visible_nodes if chart.model.refs[n].kind == EntityKind.PERSON][:2]
    chart.canvas.set_selection(set(people))
    monkeypatch.setattr(dialogs.LinkDialog, "exec", lambda self: dialogs.QDialog.DialogCode.Accepted)
    before = len(chart.model.links)
    chart.new_link()
    qtbot.waitUntil(lambda: len(chart.model.links) == before + 1, timeout=10_000)
    made = next(x for x in chart.model.links.values() if {x.source_id, x.target_id} == set(people) and x.created_by)
    assert demo.links.get(made.id).kind == made.kind


def test_the_timeline_has_a_lane_per_record_with_its_dated_marks(qtbot: Any, chart: ChartWidget, demo: Any) -> None:
    _open_case(qtbot, chart, demo)
    chart.toggle_timeline()
    data = chart.timeline.data
    assert data.lanes
    dated = chart.model.when
    for lane in data.lanes:
        assert lane.node not in dated
        for day, mark in lane.marks:
            assert dated[mark] == day
            assert mark in chart.model.neighbours(lane.node)
    lane = data.lanes[0]
    chart._timeline_pick(lane.node, False)
    assert chart.canvas.selection == {lane.node}
    assert chart.timeline.selection == {lane.node}


def test_a_record_renamed_elsewhere_is_renamed_on_the_chart(qtbot: Any, chart: ChartWidget, demo: Any) -> None:
    _open_case(qtbot, chart, demo)
    person_id = next(n for n in chart.model.visible_nodes if chart.model.refs[n].kind == EntityKind.PERSON)
    person = demo.records.get(person_id)
    person.surname = "Renommé"
    demo.records.update(person)
    qtbot.waitUntil(lambda: "RENOMMÉ" in chart.model.refs[person_id].label, timeout=10_000)
    assert chart.canvas.renderer.labels[chart.canvas.renderer.index[person_id]] == chart.model.refs[person_id].label
