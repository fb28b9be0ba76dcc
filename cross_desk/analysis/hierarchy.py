"""Who manages whom: hints from link kinds and direction, and a level for each person.

- a ``manages`` link: its source manages its target;
- a ``supplies`` link: its source sits upstream of its target;
- ``member_of`` roles in one organisation: the head over the managers, and over the other
  members when the organisation has no manager; a sole manager over the other members (with
  several managers, who answers to whom is not known from roles alone).

Levels come from the hints (0 = nobody above). Contradictory hints (A over B and B over A,
directly or around a loop) are reported as cycles for the analyst to check; the people in a
cycle share a level.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable

import networkx as nx

from cross_desk.analysis.centrality import node_of
from cross_desk.analysis.results import Hierarchy, HierarchyBasis, HierarchyHint, Node
from cross_desk.domain.kinds import LinkKind, NetworkRole

_UPPER_ROLES = (NetworkRole.HEAD.value, NetworkRole.MANAGER.value)


def hierarchy(graph: nx.MultiDiGraph) -> Hierarchy:
    if not (graph.is_directed() and graph.is_multigraph()):
        raise TypeError("hierarchy needs the multigraph of links (to_networkx or build_graph)")
    found: dict[tuple[Hashable, Hashable, HierarchyBasis], tuple[list[Hashable], Hashable | None]] = {}
    members: dict[Hashable, dict[str, list[Hashable]]] = defaultdict(lambda: defaultdict(list))
    for u, v, key, data in graph.edges(keys=True, data=True):
        kind = data.get("kind")
        if data.get("derived"):
            continue
        if kind == LinkKind.MANAGES.value:
            found.setdefault((u, v, HierarchyBasis.MANAGES), ([], None))[0].append(key)
        elif kind == LinkKind.SUPPLIES.value:
            found.setdefault((u, v, HierarchyBasis.SUPPLIES), ([], None))[0].append(key)
        elif kind == LinkKind.MEMBER_OF.value:
            members[v][data.get("role") or ""].append(u)
    for org, by_role in members.items():
        heads = by_role.get(NetworkRole.HEAD.value, [])
        managers = by_role.get(NetworkRole.MANAGER.value, [])
        others = [p for role, people in by_role.items() if role not in _UPPER_ROLES for p in people]
        pairs = [(h, m) for h in heads for m in managers]
        if not managers:
            pairs += [(h, p) for h in heads for p in others]
        elif len(managers) == 1:
            pairs += [(managers[0], p) for p in others]
        for sup, sub in pairs:
            if sup != sub:
                found.setdefault((sup, sub, HierarchyBasis.ROLE), ([], org))
    hints = [
        HierarchyHint(
            node_of(graph, sup), node_of(graph, sub), basis, tuple(keys), node_of(graph, org) if org else None
        )
        for (sup, sub, basis), (keys, org) in found.items()
    ]
    levels, cycles = _levels(graph, [(h.superior.id, h.subordinate.id) for h in hints])
    has_subordinates = {h.superior.id for h in hints}
    tops = sorted(
        (node_of(graph, n) for n, level in levels.items() if level == 0 and n in has_subordinates),
        key=lambda n: (n.label, str(n.id)),
    )
    hints.sort(key=lambda h: (levels.get(h.superior.id, 0), h.superior.label, h.subordinate.label, h.basis.value))
    return Hierarchy(
        hints=hints, levels=levels, tops=tops, cycles=[tuple(node_of(graph, n) for n in c) for c in cycles]
    )


def _levels(
    graph: nx.Graph, pairs: list[tuple[Hashable, Hashable]]
) -> tuple[dict[Hashable, int], list[list[Hashable]]]:
    order = nx.DiGraph(pairs)
    cycles = [
        sorted(c, key=lambda n: (str(graph.nodes[n].get("label", n)), str(n)))
        for c in nx.strongly_connected_components(order)
        if len(c) > 1
    ]
    condensed = nx.condensation(order)
    level_of: dict[int, int] = {}
    for block in nx.topological_sort(condensed):
        above = [level_of[p] for p in condensed.predecessors(block)]
        level_of[block] = max(above) + 1 if above else 0
    mapping = condensed.graph["mapping"]
    return {n: level_of[mapping[n]] for n in order}, cycles


__all__ = ["Hierarchy", "HierarchyBasis", "HierarchyHint", "Node", "hierarchy"]
