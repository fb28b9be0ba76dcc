"""Chart layouts: every node placed, pins kept, incremental runs keep the chart recognisable."""

from __future__ import annotations

import itertools
import math
from uuid import UUID, uuid4

import pytest

from cross_desk.analysis import layout as lay
from cross_desk.demo.generator import DemoBuilder, DemoSpec
from cross_desk.domain.kinds import EntityKind, LinkKind
from cross_desk.domain.records import EntityRef, GraphData, Link
from cross_desk.domain.schema import SCHEMA


def _demo_graph(people: int = 60, links: int = 200, seed: int = 3) -> tuple[GraphData, DemoBuilder]:
    builder = DemoBuilder(DemoSpec(people=people, links=links), seed=seed)
    builder.build()
    data = GraphData(nodes={e.id: e.ref() for e in builder.entities}, links=builder.links)
    return data, builder


def _case_graph() -> lay.LayoutGraph:
    data, builder = _demo_graph()
    _case, members = builder.cases[0]
    return lay.graph_from(data, members)


def _ref(kind: EntityKind, label: str) -> EntityRef:
    return EntityRef(uuid4(), kind, label)


@pytest.mark.parametrize("algorithm", list(lay.Algorithm))
def test_every_algorithm_places_every_node_at_a_finite_point(algorithm: lay.Algorithm) -> None:
    graph = _case_graph()
    positions = lay.compute(graph, algorithm)
    assert set(positions) == set(graph.nodes)
    assert all(math.isfinite(x) and math.isfinite(y) for x, y in positions.values())
    # Nobody sits on anybody: at least a node's width between any two centres.
    points = list(positions.values())
    closest = min(math.dist(a, b) for i, a in enumerate(points) for b in points[i + 1 :])
    assert closest > 36


def test_force_layout_leaves_room_for_labels_on_a_case_chart() -> None:
    graph = _case_graph()
    positions = lay.compute(graph)
    w, h = lay.LABEL_BOX
    points = list(positions.values())
    # Measured in label boxes: two nodes closer than 0.8 of a box would mix their labels.
    worst = min(math.hypot((a[0] - b[0]) / w, (a[1] - b[1]) / h) for i, a in enumerate(points) for b in points[i + 1 :])
    assert worst > 0.8


def test_pinned_nodes_stay_exactly_where_they_were() -> None:
    graph = _case_graph()
    first = lay.compute(graph)
    pinned = set(list(graph.nodes)[:5])
    moved = {n: (x + 1000.0, y - 500.0) if n in pinned else (x, y) for n, (x, y) in first.items()}
    for algorithm in lay.Algorithm:
        again = lay.compute(graph, algorithm, previous=moved, pinned=pinned)
        for n in pinned:
            assert again[n] == moved[n], algorithm


def test_incremental_layout_keeps_existing_nodes_near_and_new_ones_beside_neighbours() -> None:
    data, builder = _demo_graph()
    _case, members = builder.cases[0]
    before = lay.compute(lay.graph_from(data, members))
    member_set = set(members)
    extra = {
        x.target_id if x.source_id in member_set else x.source_id
        for x in data.links
        if (x.source_id in member_set) != (x.target_id in member_set)
    }
    assert extra
    grown = lay.graph_from(data, [*members, *extra])
    after = lay.compute(grown, previous=before, incremental=True)
    assert set(after) == set(grown.nodes)
    moves = [math.dist(before[n], after[n]) for n in before]
    # Half a link at most for nodes already on the chart (plus label spreading of new ones).
    assert max(moves) <= lay.EDGE * 0.75
    xs = [p[0] for p in before.values()]
    ys = [p[1] for p in before.values()]
    span = max(max(xs) - min(xs), max(ys) - min(ys))
    for n in extra:
        neighbours = [
            x.target_id if x.source_id == n else x.source_id
            for x in data.links
            if n in (x.source_id, x.target_id) and (x.target_id in before or x.source_id in before)
        ]
        assert min(math.dist(after[n], after[m]) for m in neighbours) < span / 2


def test_hierarchy_puts_the_manager_above_the_seller_and_the_network_above_members() -> None:
    head, manager, seller = (_ref(EntityKind.PERSON, name) for name in ("HEAD", "MANAGER", "SELLER"))
    network = _ref(EntityKind.ORGANISATION, "Réseau")
    links = [
        Link(kind=LinkKind.MANAGES, source_id=head.id, target_id=manager.id, directed=True),
        Link(kind=LinkKind.MANAGES, source_id=manager.id, target_id=seller.id, directed=True),
        Link(kind=LinkKind.MEMBER_OF, source_id=head.id, target_id=network.id, directed=True),
        Link(kind=LinkKind.ASSOCIATE, source_id=seller.id, target_id=head.id, directed=False),
    ]
    data = GraphData(nodes={r.id: r for r in (head, manager, seller, network)}, links=links)
    positions = lay.compute(lay.graph_from(data), lay.Algorithm.HIERARCHY)
    y = {n: positions[n][1] for n in positions}
    assert y[network.id] < y[head.id] < y[manager.id] < y[seller.id]


def test_circles_by_kind_put_each_kind_on_its_own_circle() -> None:
    graph = _case_graph()
    positions = lay.compute(graph, lay.Algorithm.CIRCLE_KIND)
    by_kind: dict[str, list[tuple[float, float]]] = {}
    for n, p in positions.items():
        by_kind.setdefault(graph.kinds[n], []).append(p)
    for points in by_kind.values():
        if len(points) < 3:
            continue
        cx = sum(p[0] for p in points) / len(points)
        cy = sum(p[1] for p in points) / len(points)
        radii = [math.dist(p, (cx, cy)) for p in points]
        assert max(radii) - min(radii) < 1e-6 * max(radii) + 1e-6


def test_grid_orders_by_kind_then_name_in_rows() -> None:
    graph = _case_graph()
    positions = lay.compute(graph, lay.Algorithm.GRID)
    rows = sorted({round(y, 6) for _, y in positions.values()})
    assert all(b - a == pytest.approx(lay.ROW_GAP) for a, b in itertools.pairwise(rows))
    order = sorted(positions, key=lambda n: (positions[n][1], positions[n][0]))
    ranks = [SCHEMA[EntityKind(graph.kinds[n])].chart_rank for n in order]
    assert ranks == sorted(ranks)


def test_separate_components_do_not_overlap() -> None:
    a = [_ref(EntityKind.PERSON, f"A{i}") for i in range(6)]
    b = [_ref(EntityKind.PHONE, f"B{i}") for i in range(6)]
    links = [Link(kind=LinkKind.ASSOCIATE, source_id=x.id, target_id=y.id) for x, y in itertools.pairwise(a)]
    links += [Link(kind=LinkKind.CALLED, source_id=x.id, target_id=y.id) for x, y in itertools.pairwise(b)]
    loner = _ref(EntityKind.VEHICLE, "alone")
    data = GraphData(nodes={r.id: r for r in (*a, *b, loner)}, links=links)
    positions = lay.compute(lay.graph_from(data))

    def box(group: list[EntityRef]) -> tuple[float, float, float, float]:
        xs = [positions[r.id][0] for r in group]
        ys = [positions[r.id][1] for r in group]
        return min(xs), min(ys), max(xs), max(ys)

    ax0, ay0, ax1, ay1 = box(a)
    bx0, by0, bx1, by1 = box(b)
    assert ax1 < bx0 or bx1 < ax0 or ay1 < by0 or by1 < ay0


def test_a_cancelled_layout_raises_and_progress_is_reported() -> None:
    data, _ = _demo_graph(people=400, links=1500)
    graph = lay.graph_from(data)
    seen: list[float] = []
    with pytest.raises(lay.LayoutCancelled):
        lay.compute(graph, progress=seen.append, cancel=lambda: len(seen) >= 2)
    done: list[float] = []
    lay.compute(_case_graph(), progress=done.append)
    assert done[-1] == 1.0 and done == sorted(done)


def test_place_new_puts_newcomers_beside_their_neighbours_and_keeps_the_rest() -> None:
    graph = _case_graph()
    positions = lay.compute(graph)
    newcomer: UUID = next(iter(graph.nodes))
    partial = {n: p for n, p in positions.items() if n != newcomer}
    placed = lay.place_new(graph, partial)
    assert all(placed[n] == partial[n] for n in partial)
    neighbours = {b if a == newcomer else a for a, b, _ in graph.edges if newcomer in (a, b)}
    centre = (
        sum(placed[m][0] for m in neighbours) / len(neighbours),
        sum(placed[m][1] for m in neighbours) / len(neighbours),
    )
    # Beside the middle of its neighbours: most of a link's length from it, in some direction.
    assert math.dist(placed[newcomer], centre) == pytest.approx(0.8 * lay.EDGE)
