"""The analysis panel beside the chart: its answers are the services' answers on what the chart
shows, and they land on the chart (sizes, colours, selection, emphasis)."""

from __future__ import annotations

from datetime import date
from typing import Any
from uuid import UUID

import pytest

from cross_desk.analysis.results import Metric
from cross_desk.bootstrap import App
from cross_desk.demo.generator import DemoSpec
from cross_desk.domain import records as r
from cross_desk.domain.kinds import LinkKind
from cross_desk.gui.chart import ChartWidget
from cross_desk.gui.chart.analysis_panel import GROUPS_KEY, AnalysisPanel, metric_key
from tests.gui.helpers import drain


def _settle(qtbot: Any, widget: ChartWidget) -> None:
    qtbot.waitUntil(lambda: not widget.busy, timeout=30_000)
    qtbot.waitUntil(lambda: widget._animation.state() != widget._animation.State.Running, timeout=5000)
    qtbot.waitUntil(lambda: not widget.busy, timeout=30_000)


def _wait(qtbot: Any, panel: AnalysisPanel) -> None:
    qtbot.waitUntil(lambda: not panel.busy, timeout=30_000)


@pytest.fixture
def chart(qtbot: Any, sqlite_app: App, english: None) -> Any:
    widget = ChartWidget(sqlite_app.services)
    qtbot.addWidget(widget)
    widget.resize(1400, 900)
    widget.show()
    yield widget
    widget.cancel()
    widget.analysis.cancel()
    drain()


@pytest.fixture
def demo_chart(qtbot: Any, chart: ChartWidget) -> ChartWidget:
    services = chart.services
    services.demo.load(DemoSpec(people=60, links=200), seed=3)
    case = sorted(services.cases.list(), key=lambda c: c.reference)[0]
    chart.show_case(case.id)
    _settle(qtbot, chart)
    return chart


@pytest.fixture
def two_stars(qtbot: Any, chart: ChartWidget) -> tuple[ChartWidget, dict[str, UUID]]:
    """Two gangs of four around their heads, joined only through one go-between."""
    services = chart.services
    ids: dict[str, UUID] = {}
    for name in ("HEAD-A", "A1", "A2", "A3", "HEAD-B", "B1", "B2", "B3", "BROKER"):
        ids[name] = services.records.create(r.Person(surname=name)).id
    pairs = [("HEAD-A", x) for x in ("A1", "A2", "A3")] + [("HEAD-B", x) for x in ("B1", "B2", "B3")]
    pairs += [("HEAD-A", "BROKER"), ("BROKER", "HEAD-B")]
    for a, b in pairs:
        services.links.link(
            r.Link(kind=LinkKind.ASSOCIATE, source_id=ids[a], target_id=ids[b], first_seen=date(2026, 3, 1))
        )
    chart.show_entities([ids["BROKER"]], hops=3)
    _settle(qtbot, chart)
    return chart, ids


def test_key_players_match_the_service_and_size_the_chart(qtbot: Any, demo_chart: ChartWidget) -> None:
    panel = demo_chart.analysis
    panel.run_key_players()
    _wait(qtbot, panel)
    expected = demo_chart.services.analysis.key_players(
        demo_chart.services.analysis.network_of(demo_chart.visible_data()), rank_by=Metric.BETWEENNESS
    )
    table = panel.key_table
    assert table.rowCount() == len(demo_chart.model.visible_set)
    shown = [table.item(row, 1).data(0x0100) for row in range(table.rowCount())]
    assert shown[:5] == [row.node.id for row in expected.rows[:5]]
    # The chart is sized by betweenness: the top record is drawn the largest.
    assert demo_chart.size_by == metric_key(Metric.BETWEENNESS)
    renderer = demo_chart.canvas.renderer
    top = renderer.index[expected.rows[0].node.id]
    assert renderer.sizes[top] == max(renderer.sizes) > min(renderer.sizes)
    # Every metric is offered to the chart's own colour and size boxes.
    assert demo_chart.colour_box.findData(metric_key(Metric.PAGERANK)) >= 0
    # Clicking a row selects that record on the chart.
    table.selectRow(2)
    assert demo_chart.canvas.selection == {shown[2]}


def test_colouring_by_the_ranking_metric(qtbot: Any, demo_chart: ChartWidget) -> None:
    panel = demo_chart.analysis
    panel.run_key_players()
    _wait(qtbot, panel)
    panel.rank_box.setCurrentIndex(panel.rank_box.findData(Metric.PAGERANK))
    panel.colour_check.setChecked(True)
    assert demo_chart.colour_by == metric_key(Metric.PAGERANK)
    assert demo_chart.size_by == metric_key(Metric.PAGERANK)
    assert len({c.rgba() for c in demo_chart.canvas.renderer.colours}) > 2
    panel.colour_check.setChecked(False)
    assert demo_chart.colour_by == "kind"


def test_path_between_two_selected_records_is_highlighted(
    qtbot: Any, two_stars: tuple[ChartWidget, dict[str, UUID]]
) -> None:
    chart, ids = two_stars
    panel = chart.analysis
    chart.canvas.set_selection({ids["A1"], ids["B2"]})
    assert panel.path_button.isEnabled()
    panel.run_paths()
    _wait(qtbot, panel)
    assert panel.paths is not None and len(panel.paths.paths) == 1
    path = panel.paths.paths[0]
    assert set(path.ids) == {ids[n] for n in ("A1", "HEAD-A", "BROKER", "HEAD-B", "B2")}
    renderer = chart.canvas.renderer
    assert {renderer.ids[i] for i in renderer.emphasis} == set(path.ids)
    assert len(renderer.emphasis_pairs) == path.hops == 4
    assert "BROKER" in panel.path_list.item(0).text()
    panel.clear_emphasis()
    assert not renderer.emphasis and not renderer.emphasis_pairs


def test_two_groups_and_their_broker(qtbot: Any, two_stars: tuple[ChartWidget, dict[str, UUID]]) -> None:
    chart, ids = two_stars
    panel = chart.analysis
    chart.canvas.set_selection({ids[n] for n in ("HEAD-A", "A1", "A2", "A3")})
    panel._set_group("a")
    chart.canvas.set_selection({ids[n] for n in ("HEAD-B", "B1", "B2", "B3")})
    panel._set_group("b")
    assert panel.brokers_button.isEnabled()
    panel.run_brokers()
    _wait(qtbot, panel)
    assert panel.brokers is not None
    assert panel.brokers.rows[0].node.id == ids["BROKER"]
    assert panel.brokers_table.item(0, 1).text() == "BROKER"
    assert ids["BROKER"] in {chart.canvas.renderer.ids[i] for i in chart.canvas.renderer.emphasis}
    # Weak points: the broker and both heads hold the network together.
    panel.run_cut_points()
    _wait(qtbot, panel)
    assert panel.cuts is not None
    assert {p.node.id for p in panel.cuts.points} == {ids["HEAD-A"], ids["HEAD-B"], ids["BROKER"]}
    assert len(chart.canvas.renderer.emphasis_pairs) == len(panel.cuts.bridges) == 8


def test_groups_colour_the_chart_and_select_their_members(
    qtbot: Any, two_stars: tuple[ChartWidget, dict[str, UUID]]
) -> None:
    chart, ids = two_stars
    panel = chart.analysis
    panel.run_communities()
    _wait(qtbot, panel)
    assert panel.communities is not None
    assert panel.group_list.count() == len(panel.communities.communities) >= 2
    assert chart.colour_by == GROUPS_KEY
    membership = panel.communities.membership()
    renderer = chart.canvas.renderer
    colour = {renderer.ids[i]: renderer.colours[i].rgba() for i in range(len(renderer.ids))}
    assert colour[ids["A1"]] == colour[ids["A2"]] != colour[ids["B1"]]
    panel.group_list.item(0).setSelected(True)
    first = {m.id for m in panel.communities.communities[0].members}
    assert chart.canvas.selection == first
    assert all(membership[n] == 0 for n in first)
    # A picked group can become group A for the brokers.
    chart.canvas.set_selection(set())
    panel._set_group("a")
    assert set(panel.group_a) == first


def test_what_changed_between_two_dates(qtbot: Any, demo_chart: ChartWidget) -> None:
    panel = demo_chart.analysis
    first, last = demo_chart.model.date_bounds()
    panel.before_edit.setDate(first)
    panel.after_edit.setDate(last)
    panel.run_changes()
    _wait(qtbot, panel)
    report = panel.changes
    assert report is not None and report.before == first and report.after == last
    assert report.added_entities
    assert f"+{len(report.added_entities)}" in panel.changes_summary.text()
    renderer = demo_chart.canvas.renderer
    assert {renderer.ids[i] for i in renderer.emphasis} == {n.id for n in report.added_entities}
    assert panel.changes_list.count() > 0


def test_cancel_leaves_the_chart_as_it_was(qtbot: Any, demo_chart: ChartWidget) -> None:
    panel = demo_chart.analysis
    size_by = demo_chart.size_by
    panel.run_key_players()
    assert panel.busy and not panel.cancel_button.isHidden()
    panel.cancel()
    assert not panel.busy and panel.cancel_button.isHidden()
    drain()
    qtbot.wait(200)
    drain()
    assert panel.key_players is None
    assert demo_chart.size_by == size_by
    assert "cancelled" in panel.status.text()


def test_an_empty_chart_has_nothing_to_analyse(qtbot: Any, chart: ChartWidget) -> None:
    panel = chart.analysis
    assert not panel.key_button.isEnabled()
    panel.run_key_players()
    assert not panel.busy
    assert "Nothing on the chart" in panel.status.text()


def test_results_go_stale_when_the_chart_changes(qtbot: Any, demo_chart: ChartWidget) -> None:
    panel = demo_chart.analysis
    panel.run_key_players()
    _wait(qtbot, panel)
    assert panel.stale_label.isHidden()
    demo_chart.canvas.set_selection({demo_chart.model.visible_nodes[0]})
    demo_chart.hide_selected()
    assert not panel.stale_label.isHidden()


def test_who_manages_whom(qtbot: Any, chart: ChartWidget) -> None:
    services = chart.services
    boss = services.records.create(r.Person(surname="BOSS")).id
    lieutenant = services.records.create(r.Person(surname="LIEUTENANT")).id
    runner = services.records.create(r.Person(surname="RUNNER")).id
    services.links.link(r.Link(kind=LinkKind.MANAGES, source_id=boss, target_id=lieutenant))
    services.links.link(r.Link(kind=LinkKind.MANAGES, source_id=lieutenant, target_id=runner))
    chart.show_entities([boss], hops=2)
    _settle(qtbot, chart)
    panel = chart.analysis
    panel.run_hierarchy()
    _wait(qtbot, panel)
    assert panel.hierarchy is not None
    assert [n.id for n in panel.hierarchy.tops] == [boss]
    assert panel.hierarchy_list.count() == 2
    assert panel.hierarchy_list.item(0).text().startswith("BOSS → LIEUTENANT")
    assert {chart.canvas.renderer.ids[i] for i in chart.canvas.renderer.emphasis} == {boss}
    panel.hierarchy_list.item(1).setSelected(True)
    assert chart.canvas.selection == {lieutenant, runner}
    assert len(chart.canvas.renderer.emphasis_pairs) == 1
