"""What changed between two dates: records and links that appeared or went, the biggest moves
in centrality, and groups that formed, merged, split or dissolved.

The network on each date is ``graph.snapshot`` (links current on that date, see
``graph.link_active``). Groups are matched by the members they share: an earlier group flows
into a later one when at least ``OVERLAP`` of the smaller of the two is common to both. Only
groups of ``MIN_GROUP`` or more records are followed (pairs and loners come and go).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Iterable
from datetime import date

import networkx as nx

from cross_desk.analysis.centrality import key_players, node_of
from cross_desk.analysis.communities import communities
from cross_desk.analysis.engine import Engine
from cross_desk.analysis.graph import snapshot
from cross_desk.analysis.progress import CancelFn, ProgressFn, Steps
from cross_desk.analysis.results import (
    ChangeReport,
    Communities,
    CommunityChange,
    CommunityEvent,
    LinkRef,
    Metric,
    MetricChange,
    Node,
)

OVERLAP = 0.5
MIN_GROUP = 3


def compare(
    graph: nx.MultiDiGraph,
    before: date,
    after: date,
    *,
    stale_after_days: int | None = 90,
    metrics: Iterable[Metric] = (Metric.DEGREE, Metric.BETWEENNESS),
    top: int = 50,
    resolution: float = 1.0,
    seed: int = 0,
    engine: Engine | str = Engine.AUTO,
    progress: ProgressFn | None = None,
    cancelled: CancelFn | None = None,
) -> ChangeReport:
    if after < before:
        raise ValueError("the later date comes before the earlier one")
    metrics = tuple(metrics)
    steps = Steps(progress, cancelled)
    kp_then, kp_now, comm_then, comm_now = steps.parts([4, 4, 1, 1])
    then = snapshot(graph, before, stale_after_days)
    now = snapshot(graph, after, stale_after_days)
    added_nodes = [node_of(now, n) for n in now if n not in then]
    gone_nodes = [node_of(then, n) for n in then if n not in now]
    then_links = {k: (u, v) for u, v, k in then.edges(keys=True)}
    now_links = {k: (u, v) for u, v, k in now.edges(keys=True)}
    added_links = [_link(now, k, *ends) for k, ends in now_links.items() if k not in then_links]
    gone_links = [_link(then, k, *ends) for k, ends in then_links.items() if k not in now_links]

    changes: list[MetricChange] = []
    if metrics:
        options = {"metrics": metrics, "rank_by": metrics[0], "seed": seed, "engine": engine}
        a = key_players(then, progress=kp_then.relay(), cancelled=cancelled, **options)  # type: ignore[arg-type]
        b = key_players(now, progress=kp_now.relay(), cancelled=cancelled, **options)  # type: ignore[arg-type]
        for metric in metrics:
            old, new = a.values(metric), b.values(metric)
            moves = []
            for n in set(old) | set(new):
                x, y = old.get(n, 0.0), new.get(n, 0.0)
                if x != y:
                    moves.append(MetricChange(node_of(now if n in now else then, n), metric, x, y))
            moves.sort(key=lambda m: (-abs(m.delta), m.node.label, str(m.node.id)))
            changes.extend(moves[:top])
    c_then = communities(
        then, resolution=resolution, seed=seed, engine=engine, progress=comm_then.relay(), cancelled=cancelled
    )
    c_now = communities(
        now, resolution=resolution, seed=seed, engine=engine, progress=comm_now.relay(), cancelled=cancelled
    )
    steps.finish()
    key = _sort_key
    return ChangeReport(
        before=before,
        after=after,
        added_entities=sorted(added_nodes, key=key),
        gone_entities=sorted(gone_nodes, key=key),
        added_links=sorted(added_links, key=lambda lk: (lk.kind, key(lk.source), key(lk.target))),
        gone_links=sorted(gone_links, key=lambda lk: (lk.kind, key(lk.source), key(lk.target))),
        metric_changes=changes,
        community_changes=match_communities(c_then, c_now),
        communities_before=c_then,
        communities_after=c_now,
        stale_after_days=stale_after_days,
    )


def _sort_key(node: Node) -> tuple[str, str]:
    return (node.label, str(node.id))


def _link(graph: nx.MultiDiGraph, key: Hashable, u: Hashable, v: Hashable) -> LinkRef:
    data = graph.edges[u, v, key]
    return LinkRef(key, node_of(graph, u), node_of(graph, v), str(data.get("kind", "")), bool(data.get("derived")))


def match_communities(before: Communities, after: Communities) -> list[CommunityChange]:
    """Events that turn the earlier groups into the later ones (see the module's rule)."""
    old = {c.index: {m.id for m in c.members} for c in before.communities if c.size >= MIN_GROUP}
    new = {c.index: {m.id for m in c.members} for c in after.communities if c.size >= MIN_GROUP}
    labels = {m.id: m for c in (*before.communities, *after.communities) for m in c.members}
    flows_to: dict[int, list[int]] = defaultdict(list)
    flows_from: dict[int, list[int]] = defaultdict(list)
    for i, members_then in old.items():
        for j, members_now in new.items():
            common = len(members_then & members_now)
            if common and common >= OVERLAP * min(len(members_then), len(members_now)):
                flows_to[i].append(j)
                flows_from[j].append(i)
    events: list[CommunityChange] = []

    def nodes(ids: set[Hashable]) -> tuple[Node, ...]:
        return tuple(sorted((labels[n] for n in ids), key=_sort_key))

    for j, members_now in sorted(new.items()):
        sources = sorted(flows_from.get(j, []))
        was = set().union(*(old[i] for i in sources)) if sources else set()
        if not sources:
            events.append(CommunityChange(CommunityEvent.NEW, (), (j,), nodes(members_now), ()))
        elif len(sources) > 1:
            events.append(
                CommunityChange(
                    CommunityEvent.MERGED, tuple(sources), (j,), nodes(members_now - was), nodes(was - members_now)
                )
            )
        elif len(flows_to[sources[0]]) == 1:
            events.append(
                CommunityChange(
                    CommunityEvent.CONTINUED, tuple(sources), (j,), nodes(members_now - was), nodes(was - members_now)
                )
            )
    for i, members_then in sorted(old.items()):
        targets = sorted(flows_to.get(i, []))
        if not targets:
            events.append(CommunityChange(CommunityEvent.GONE, (i,), (), (), nodes(members_then)))
        elif len(targets) > 1:
            now_ids = set().union(*(new[j] for j in targets))
            events.append(
                CommunityChange(
                    CommunityEvent.SPLIT,
                    (i,),
                    tuple(targets),
                    nodes(now_ids - members_then),
                    nodes(members_then - now_ids),
                )
            )
    order = list(CommunityEvent)
    events.sort(key=lambda e: (order.index(e.event), e.before, e.after))
    return events
