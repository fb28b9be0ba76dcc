from __future__ import annotations

from datetime import date

import pytest

from cross_desk.analysis.change import compare
from cross_desk.analysis.graph import to_networkx
from cross_desk.analysis.hierarchy import hierarchy
from cross_desk.analysis.results import CommunityEvent, HierarchyBasis, Metric
from cross_desk.domain.kinds import EntityKind, LinkKind, NetworkRole
from tests.analysis.helpers import Net

JAN, MAR, JUN = date(2026, 1, 15), date(2026, 3, 1), date(2026, 6, 1)


def two_cliques_that_merge() -> Net:
    """Two groups of four in winter; in spring one of them drops a member, a bridge forms
    between them, and a tip about a newcomer arrives."""
    net = Net()
    west, east = ["W1", "W2", "W3", "W4"], ["E1", "E2", "E3", "E4"]
    net.person(*west, *east, "Newcomer")
    net.add(EntityKind.TIP, "tip", date(2026, 5, 20))
    for group in (west, east):
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                last = date(2026, 1, 31) if "W4" in (a, b) else date(2026, 6, 30)
                net.link(LinkKind.ASSOCIATE, a, b, first=date(2026, 1, 1), last=last)
    for a in west[:3]:
        for b in east:
            net.link(LinkKind.SEEN_WITH, a, b, first=date(2026, 4, 1), last=date(2026, 6, 30))
    net.link(LinkKind.MENTIONED_IN, "Newcomer", "tip", evidence="tip", first=date(2026, 5, 20), last=date(2026, 5, 20))
    return net


def test_what_changed_between_two_dates() -> None:
    net = two_cliques_that_merge()
    report = compare(to_networkx(net.data), JAN, JUN, stale_after_days=60, resolution=1.0)
    assert {n.label for n in report.added_entities} == {"Newcomer", "tip"}
    assert {n.label for n in report.gone_entities} == {"W4"}
    assert len(report.added_links) == 12 + 1 and {lk.kind for lk in report.added_links} == {"seen_with", "mentioned_in"}
    assert len(report.gone_links) == 3 and all(
        lk.source.label == "W4" or lk.target.label == "W4" for lk in report.gone_links
    )
    degree = {(c.node.label, c.metric): c for c in report.metric_changes}
    assert degree[("W1", Metric.DEGREE)].before == 3 and degree[("W1", Metric.DEGREE)].after == 6
    assert degree[("W4", Metric.DEGREE)].after == 0
    assert len(report.communities_before.communities) == 2
    [merge] = report.community_changes  # the pair (Newcomer, tip) is too small to follow
    assert (merge.event, merge.before, merge.after) == (CommunityEvent.MERGED, (0, 1), (0,))
    assert [n.label for n in merge.left] == ["W4"] and merge.joined == ()


def test_change_needs_dates_in_order() -> None:
    with pytest.raises(ValueError, match="before"):
        compare(to_networkx(two_cliques_that_merge().data), JUN, JAN)


def test_hierarchy_hints_from_links_and_roles() -> None:
    net = Net()
    net.person("Head", "Manager", "Seller", "Lookout", "Supplier", "Other boss")
    net.add(EntityKind.ORGANISATION, "Réseau Tilleuls")
    net.link(LinkKind.MEMBER_OF, "Head", "Réseau Tilleuls", role=NetworkRole.HEAD)
    net.link(LinkKind.MEMBER_OF, "Manager", "Réseau Tilleuls", role=NetworkRole.MANAGER)
    net.link(LinkKind.MEMBER_OF, "Seller", "Réseau Tilleuls", role=NetworkRole.SELLER)
    net.link(LinkKind.MEMBER_OF, "Lookout", "Réseau Tilleuls", role=NetworkRole.LOOKOUT)
    manages = net.link(LinkKind.MANAGES, "Manager", "Seller")
    net.link(LinkKind.SUPPLIES, "Supplier", "Head")
    found = hierarchy(to_networkx(net.data))
    pairs = {(h.superior.label, h.subordinate.label, h.basis) for h in found.hints}
    assert pairs == {
        ("Head", "Manager", HierarchyBasis.ROLE),
        ("Manager", "Seller", HierarchyBasis.ROLE),
        ("Manager", "Lookout", HierarchyBasis.ROLE),
        ("Manager", "Seller", HierarchyBasis.MANAGES),
        ("Supplier", "Head", HierarchyBasis.SUPPLIES),
    }
    by_link = next(h for h in found.hints if h.basis == HierarchyBasis.MANAGES)
    assert by_link.link_ids == (manages,)
    role = next(h for h in found.hints if h.basis == HierarchyBasis.ROLE)
    assert role.organisation is not None and role.organisation.label == "Réseau Tilleuls"
    level = {n: found.levels[net[n]] for n in ("Supplier", "Head", "Manager", "Seller", "Lookout")}
    assert level == {"Supplier": 0, "Head": 1, "Manager": 2, "Seller": 3, "Lookout": 3}
    assert [t.label for t in found.tops] == ["Supplier"]
    assert [s.label for s in found.subordinates(net["Manager"])] == ["Lookout", "Seller", "Seller"]
    assert found.cycles == []


def test_contradictory_hints_are_reported_as_a_cycle() -> None:
    net = Net()
    net.person("A", "B")
    net.link(LinkKind.MANAGES, "A", "B")
    net.link(LinkKind.MANAGES, "B", "A")
    found = hierarchy(to_networkx(net.data))
    assert [[n.label for n in c] for c in found.cycles] == [["A", "B"]]
    assert found.levels[net["A"]] == found.levels[net["B"]] == 0


def test_change_before_anything_was_known() -> None:
    report = compare(to_networkx(two_cliques_that_merge().data), date(2020, 1, 1), date(2020, 2, 1))
    assert report.added_entities == report.gone_entities == report.added_links == []
    assert report.communities_before.communities == [] and report.community_changes == []
