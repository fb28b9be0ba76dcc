"""From domain graph data to a networkx graph: the reference structure for every analysis.

``to_networkx`` gives the stored facts: one node per record, one edge per link. ``build_graph``
adds, on request, *derived* links (people mentioned in the same tip, seized together, sharing a
phone, a vehicle or an address): they are marked ``derived=True``, carry the record they come
through in ``via``, and are never written back as facts. ``project`` folds any of these into the
undirected simple weighted graph that the metrics use; ``snapshot`` keeps what was current on a
date.
"""

from __future__ import annotations

import gc
from collections import defaultdict
from collections.abc import Hashable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from itertools import combinations
from typing import Any

import networkx as nx

from cross_desk.domain.kinds import EntityKind, LinkKind
from cross_desk.domain.records import GraphData

#: The graph the analyses take (``build_graph``'s): named here so that callers (the services)
#: can say what they hold without importing networkx themselves.
Network = nx.MultiDiGraph


@contextmanager
def no_gc() -> Iterator[None]:
    """Pause the cycle collector while building big graphs: the objects made are not garbage,
    and collections triggered every few thousand allocations cost more than the build itself."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def to_networkx(data: GraphData) -> nx.MultiDiGraph:
    """One node per record (kind, label, date) and one edge per link, keyed by the link id.

    Edge ``weight`` is the link's confidence weight times how often it was seen, so that a
    confirmed, repeated relation counts for more than a doubtful single sighting. Stored links
    have ``derived=False``.
    """
    graph = nx.MultiDiGraph()
    when = data.when
    with no_gc():
        graph.add_nodes_from(
            (node_id, {"kind": ref.kind.value, "label": ref.label, "when": when.get(node_id)})
            for node_id, ref in data.nodes.items()
        )
        graph.add_edges_from(
            (
                link.source_id,
                link.target_id,
                link.id,
                {
                    "kind": link.kind.value,
                    "directed": link.directed,
                    "weight": link.confidence.weight * link.count,
                    "first_seen": link.first_seen,
                    "last_seen": link.last_seen,
                    "role": link.role.value if link.role else None,
                    "evidence": link.evidence_id,
                    "derived": False,
                },
            )
            for link in data.links
        )
    return graph


class DerivedKind(StrEnum):
    """Relations an analyst may infer between two people; never stored as facts."""

    CO_MENTIONED = "co_mentioned"  # both mentioned in the same tip
    SEIZED_TOGETHER = "seized_together"  # both named in the same seizure
    SHARES_PHONE = "shares_phone"  # both use the same phone
    SHARES_VEHICLE = "shares_vehicle"  # both use or own the same vehicle
    SHARES_ADDRESS = "shares_address"  # both live at the same place


# For each derived kind: the stored link kinds that join a person to the shared record, which
# end of those links the person is on, and the kind of record shared.
_DERIVATION: dict[DerivedKind, tuple[frozenset[str], str, str]] = {
    DerivedKind.CO_MENTIONED: (frozenset({LinkKind.MENTIONED_IN.value}), "source", EntityKind.TIP.value),
    DerivedKind.SEIZED_TOGETHER: (frozenset({LinkKind.SEIZED_FROM.value}), "target", EntityKind.SEIZURE.value),
    DerivedKind.SHARES_PHONE: (frozenset({LinkKind.USES.value, LinkKind.OWNS.value}), "source", EntityKind.PHONE.value),
    DerivedKind.SHARES_VEHICLE: (
        frozenset({LinkKind.USES.value, LinkKind.OWNS.value}),
        "source",
        EntityKind.VEHICLE.value,
    ),
    DerivedKind.SHARES_ADDRESS: (frozenset({LinkKind.LIVES_AT.value}), "source", EntityKind.LOCATION.value),
}

DERIVED_WEIGHT = 0.5  # an inference counts for half a stored link of the same confidence


@dataclass(frozen=True)
class GraphOptions:
    """How to build the analysis graph from the records of a case, a neighbourhood or everything.

    ``derived`` adds inferred links between people. ``entity_kinds`` / ``link_kinds`` keep only
    those kinds (derivation happens first, so "people only, with shared phones" works).
    ``max_shared`` skips a shared record with more people than this: a tip naming 300 people
    says little about any two of them, and would add 45 000 links.
    """

    derived: frozenset[DerivedKind] = frozenset()
    entity_kinds: frozenset[str] | None = None
    link_kinds: frozenset[str] | None = None
    max_shared: int = 50


def build_graph(data: GraphData, options: GraphOptions | None = None) -> nx.MultiDiGraph:
    options = options or GraphOptions()
    graph = to_networkx(data)
    if options.derived:
        add_derived(graph, options.derived, options.max_shared)
    if options.entity_kinds is not None:
        keep_nodes = options.entity_kinds
        graph.remove_nodes_from([n for n, kind in graph.nodes(data="kind") if kind not in keep_nodes])
    if options.link_kinds is not None:
        keep_links = options.link_kinds | {k.value for k in options.derived}
        graph.remove_edges_from(
            [(u, v, k) for u, v, k, kind in graph.edges(keys=True, data="kind") if kind not in keep_links]
        )
    return graph


def add_derived(graph: nx.MultiDiGraph, kinds: frozenset[DerivedKind], max_shared: int = 50) -> int:
    """Add derived links between people in place; returns how many were added.

    Each derived edge joins two people once per shared record (key ``(kind, via, a, b)``),
    with ``derived=True``, ``via`` the shared record and ``evidence`` the tip or seizure when
    there is one. It is seen from the later of the two first sightings to the later of the two
    last ones. How many shared records were skipped for ``max_shared`` is kept in
    ``graph.graph["derived_skipped"]``.
    """
    kind_of = graph.nodes
    added, skipped = 0, 0
    for derived in sorted(kinds):
        link_kinds, person_end, shared_kind = _DERIVATION[derived]
        groups: dict[Hashable, dict[Hashable, dict[str, Any]]] = defaultdict(dict)
        for u, v, data in graph.edges(data=True):
            if data.get("derived") or data["kind"] not in link_kinds:
                continue
            person, shared = (u, v) if person_end == "source" else (v, u)
            if kind_of[person].get("kind") == EntityKind.PERSON.value and kind_of[shared].get("kind") == shared_kind:
                groups[shared].setdefault(person, data)
        evidence_kind = derived in (DerivedKind.CO_MENTIONED, DerivedKind.SEIZED_TOGETHER)
        for shared, people in groups.items():
            if len(people) < 2:
                continue
            if len(people) > max_shared:
                skipped += 1
                continue
            for (a, da), (b, db) in combinations(sorted(people.items(), key=lambda item: str(item[0])), 2):
                graph.add_edge(
                    a,
                    b,
                    key=(derived.value, shared, a, b),
                    kind=derived.value,
                    directed=False,
                    weight=DERIVED_WEIGHT * min(da["weight"], db["weight"]),
                    first_seen=_later(da.get("first_seen"), db.get("first_seen")),
                    last_seen=_later(da.get("last_seen"), db.get("last_seen")),
                    role=None,
                    evidence=shared if evidence_kind else None,
                    derived=True,
                    via=shared,
                )
                added += 1
    graph.graph["derived_skipped"] = graph.graph.get("derived_skipped", 0) + skipped
    return added


def _later(a: date | None, b: date | None) -> date | None:
    if a is None:
        return b
    if b is None:
        return a
    return max(a, b)


_DISTANCE_GRAIN = 2.0**20


def edge_distance(weight: float) -> float:
    """A link's length for weighted paths: strong ties are short (1 / weight).

    Rounded to a multiple of 2^-20 so that sums along paths are exact in floating point: two
    paths of equal length then tie exactly, and networkx and igraph count the same shortest
    paths (with raw 1/weight, 1/0.75 + 1/0.75 and 1/0.375 may differ in the last bit).
    """
    return round(_DISTANCE_GRAIN / weight) / _DISTANCE_GRAIN if weight > 0 else float("inf")


def project(graph: nx.Graph) -> nx.Graph:
    """The undirected simple weighted graph the metrics use.

    Links between the same two records fold into one edge: ``weight`` is the sum of their
    weights, ``distance`` its length for weighted shortest paths (``edge_distance``),
    ``links`` their keys, ``kinds`` their kinds, ``derived`` whether all of them are derived.
    An undirected simple graph comes back unchanged.
    """
    if not graph.is_directed() and not graph.is_multigraph():
        return graph
    simple = nx.Graph()
    with no_gc():
        simple.add_nodes_from(graph.nodes(data=True))
        adj = simple._adj  # filling the adjacency directly is 3x faster than add_edge
        edges = graph.edges(keys=True, data=True) if graph.is_multigraph() else _keyless(graph)
        for u, v, key, data in edges:
            if u == v:
                continue
            attrs = adj[u].get(v)
            if attrs is None:
                attrs = {"weight": 0.0, "links": [], "kinds": set(), "derived": True}
                adj[u][v] = attrs
                adj[v][u] = attrs
            attrs["weight"] += data.get("weight", 1.0)
            attrs["links"].append(key)
            if "kind" in data:
                attrs["kinds"].add(data["kind"])
            attrs["derived"] = attrs["derived"] and bool(data.get("derived"))
        for _u, _v, attrs in simple.edges(data=True):
            attrs["distance"] = edge_distance(attrs["weight"])
            attrs["kinds"] = tuple(sorted(attrs["kinds"]))
    return simple


def _keyless(graph: nx.Graph) -> Iterator[tuple[Hashable, Hashable, Any, dict[str, Any]]]:
    for u, v, data in graph.edges(data=True):
        yield u, v, data.get("id"), data


def link_active(data: dict[str, Any], on: date, stale_after_days: int | None) -> bool:
    """Whether a link counts as current on ``on``.

    A link exists from its first sighting (always, if it has none). It goes stale once it has
    not been seen for ``stale_after_days`` (never, if None). A link that records a dated fact
    (a mention in a tip, a seizure, an event: it has ``evidence``) never goes stale: the fact
    stays true.
    """
    first, last = data.get("first_seen"), data.get("last_seen")
    if first is not None and first > on:
        return False
    if stale_after_days is None or data.get("evidence") is not None:
        return True
    seen = last or first
    return seen is None or seen >= on - timedelta(days=stale_after_days)


def snapshot(graph: nx.MultiDiGraph, on: date, stale_after_days: int | None = None) -> nx.MultiDiGraph:
    """The network as it stood on ``on``: current links (see ``link_active``) and the records
    present then. A dated record (tip, seizure, event) is present from its date; an undated one
    while it has a current link, or always if it has no link at all.
    """
    present: set[Hashable] = set()
    for node, when in graph.nodes(data="when"):
        if when is not None:
            if when <= on:
                present.add(node)
        elif graph.degree(node) == 0:
            present.add(node)
    active = [(u, v, k) for u, v, k, d in graph.edges(keys=True, data=True) if link_active(d, on, stale_after_days)]
    dated = {n for n, when in graph.nodes(data="when") if when is not None}
    kept = []
    for u, v, k in active:
        if (u in dated and u not in present) or (v in dated and v not in present):
            continue
        kept.append((u, v, k))
        present.add(u)
        present.add(v)
    out = nx.MultiDiGraph()
    out.graph.update((k, v) for k, v in graph.graph.items() if k != "cross_desk.indexed")
    out.add_nodes_from((n, graph.nodes[n]) for n in present)
    out.add_edges_from((u, v, k, graph.edges[u, v, k]) for u, v, k in kept)
    return out
