"""From domain graph data to a networkx graph: the reference structure for every analysis."""

from __future__ import annotations

import networkx as nx

from cross_desk.domain.records import GraphData


def to_networkx(data: GraphData) -> nx.MultiDiGraph:
    """One node per record (kind, label, date) and one edge per link, keyed by the link id.

    Edge ``weight`` is the link's confidence weight times how often it was seen, so that a
    confirmed, repeated relation counts for more than a doubtful single sighting.
    """
    graph = nx.MultiDiGraph()
    when = data.when
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
            },
        )
        for link in data.links
    )
    return graph
