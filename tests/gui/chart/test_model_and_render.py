"""The chart's model (filters, removal, saved state) and renderer (level of detail, hit tests)."""

from __future__ import annotations

from datetime import date
from typing import Any
from uuid import uuid4

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from cross_desk.domain.kinds import EntityKind, LinkKind
from cross_desk.domain.records import EntityRef, GraphData, Link
from cross_desk.gui.chart import style
from cross_desk.gui.chart.model import ChartModel
from cross_desk.gui.chart.render import ChartRenderer


def _star(spokes: int = 4) -> tuple[GraphData, EntityRef, list[EntityRef]]:
    hub = EntityRef(uuid4(), EntityKind.PERSON, "HUB")
    rims = [EntityRef(uuid4(), EntityKind.PHONE, f"06 39 98 00 {i:02d}") for i in range(spokes)]
    links = [
        Link(kind=LinkKind.USES, source_id=hub.id, target_id=r.id, directed=True, first_seen=date(2026, 1 + i % 12, 1))
        for i, r in enumerate(rims)
    ]
    return GraphData(nodes={r.id: r for r in (hub, *rims)}, links=links), hub, rims


def test_min_links_kind_and_link_kind_filters() -> None:
    data, hub, rims = _star()
    extra = Link(kind=LinkKind.CALLED, source_id=rims[0].id, target_id=rims[1].id, directed=False)
    data.links.append(extra)
    model = ChartModel()
    model.merge(data)
    model.filters.min_links = 2
    model.refresh()
    assert model.visible_set == {hub.id, rims[0].id, rims[1].id}
    model.filters.min_links = 0
    model.filters.hidden_link_kinds = {LinkKind.CALLED}
    model.refresh()
    assert extra not in model.visible_links and len(model.visible_links) == 4
    model.filters.hidden_kinds = {EntityKind.PERSON}
    model.refresh()
    assert hub.id not in model.visible_set and model.visible_links == []


def test_removing_records_drops_their_links_and_the_state_round_trips() -> None:
    data, hub, rims = _star()
    model = ChartModel()
    model.merge(data)
    model.positions = {n: (float(i), -float(i)) for i, n in enumerate(model.refs)}
    model.pinned = {hub.id}
    model.hidden = {rims[3].id}
    model.remove([rims[0].id])
    assert rims[0].id not in model.refs and len(model.links) == 3
    state = model.to_state({"view": {"x": 1.0, "y": 2.0, "scale": 0.5}})
    assert all("label" not in str(v) for v in state.values())  # ids and numbers, never names
    again = ChartModel()
    again.apply_state(state, data)
    assert again.positions == model.positions and again.pinned == {hub.id} and again.hidden == {rims[3].id}
    assert set(again.links) == set(model.links)  # the removed record's link stays off


def _renderer(spokes: int = 30) -> tuple[ChartRenderer, list]:
    data, hub, rims = _star(spokes)
    nodes = [hub, *rims]
    renderer = ChartRenderer()
    xs = [0.0] + [300.0 * (1 + i % 6) for i in range(spokes)]
    ys = [0.0] + [300.0 * (i // 6) for i in range(spokes)]
    renderer.set_graph(
        [r.id for r in nodes],
        [r.kind for r in nodes],
        [r.label for r in nodes],
        xs,
        ys,
        [style.kind_colour(r.kind) for r in nodes],
        None,
        data.links,
    )
    return renderer, nodes


def _paint(renderer: ChartRenderer, view: QRectF, scale: float) -> QImage:
    image = QImage(800, 600, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    renderer.paint(painter, view, scale)
    painter.end()
    return image


def test_far_out_dots_close_in_icons_and_names(qapp: Any) -> None:
    renderer, _nodes = _renderer()
    far = _paint(renderer, QRectF(-2000, -1500, 8000, 6000), 0.1)
    assert renderer.last_mode == "overview"
    near = _paint(renderer, QRectF(-100, -100, 800, 600), 1.0)
    assert renderer.last_mode == "detail"
    for image in (far, near):
        assert len({image.pixel(x, y) for x in range(0, 800, 5) for y in range(0, 600, 5)}) > 5
    hub_colour = style.kind_colour(EntityKind.PERSON)
    # Close in, the hub is a disc in its kind's colour around (100, 100) on the image.
    centre = QColor(near.pixel(100 - 12, 100))
    assert abs(centre.red() - hub_colour.red()) < 30 and abs(centre.blue() - hub_colour.blue()) < 30


def test_hit_tests_use_the_grid_index(qapp: Any) -> None:
    renderer, nodes = _renderer()
    assert renderer.node_at(QPointF(5, -4), scale=1.0) == nodes[0].id
    assert renderer.node_at(QPointF(150, 150), scale=1.0) is None
    inside = renderer.nodes_in(QRectF(250, -50, 400, 400))
    assert set(inside) == {nodes[1].id, nodes[2].id, nodes[7].id, nodes[8].id}
    pair = renderer.pair_at(QPointF(150, 0), scale=1.0)
    assert pair is not None and {renderer.ids[pair.a], renderer.ids[pair.b]} == {nodes[0].id, nodes[1].id}


def test_dragging_moves_only_the_selection(qapp: Any) -> None:
    renderer, nodes = _renderer()
    renderer.begin_drag([nodes[1].id])
    renderer.drag_to(40.0, -10.0)
    _paint(renderer, QRectF(-100, -100, 800, 600), 1.0)
    moved = renderer.end_drag()
    assert moved == {nodes[1].id: (340.0, -10.0)}
    assert renderer.node_at(QPointF(340, -10), 1.0) == nodes[1].id
