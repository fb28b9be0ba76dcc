"""What link analysis answers, as plain frozen dataclasses a table, a chart or a report can show.

Every result names records by their entity id (the graph's node key) together with the label
and kind to show, so a panel can select on the chart and fill a table without another lookup.
Labels are the ones the services put on the graph (a source's codename, a tip's sanitised
summary), never a source's true identity.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

NodeId = Hashable


@dataclass(frozen=True, slots=True)
class Node:
    """A record as a result names it."""

    id: Any
    label: str
    kind: str


class Metric(StrEnum):
    DEGREE = "degree"  # number of distinct neighbours
    WEIGHTED_DEGREE = "weighted_degree"  # sum of link weights (confidence x times seen)
    BETWEENNESS = "betweenness"  # share of shortest paths through the node (normalised 0-1)
    CLOSENESS = "closeness"  # how near the node is to everyone it can reach (Wasserman-Faust)
    EIGENVECTOR = "eigenvector"  # connected to well-connected nodes (unit Euclidean norm)
    PAGERANK = "pagerank"  # random-walk share, sums to 1


@dataclass(frozen=True, slots=True)
class KeyPlayer:
    """One row of the key-players table; a metric not computed is None."""

    node: Node
    rank: int  # 1 = highest on the ranking metric
    degree: int
    weighted_degree: float
    betweenness: float | None = None
    closeness: float | None = None
    eigenvector: float | None = None
    pagerank: float | None = None

    def value(self, metric: Metric) -> float | None:
        return getattr(self, metric.value)  # type: ignore[no-any-return]


@dataclass(frozen=True)
class KeyPlayers:
    """Every node with its metrics, best first by ``ranked_by``.

    ``betweenness_sample`` is the number of source nodes sampled (None when exact); sampled
    values are estimates, scaled like networkx's ``betweenness_centrality(k=…)``.
    """

    rows: list[KeyPlayer]
    ranked_by: Metric
    metrics: tuple[Metric, ...]
    engine: str
    nodes: int
    edges: int
    betweenness_sample: int | None = None
    seed: int | None = None
    weighted: bool = False
    notes: tuple[str, ...] = ()  # e.g. a metric that did not converge (its values are None)

    def top(self, n: int) -> list[KeyPlayer]:
        return self.rows[:n]

    def values(self, metric: Metric) -> dict[Any, float]:
        """Node id → value, for sizing or colouring nodes on a chart."""
        return {row.node.id: v for row in self.rows if (v := row.value(metric)) is not None}


@dataclass(frozen=True, slots=True)
class Step:
    """One hop of a path, with the links that make it (several links may join two records)."""

    source: Node
    target: Node
    link_ids: tuple[Any, ...]
    kinds: tuple[str, ...]
    derived: bool  # every link of this hop is derived (co-mention, shared phone…), none stored
    forward: bool | None  # a directed link points source → target (None: undirected links only)


@dataclass(frozen=True, slots=True)
class Path:
    nodes: tuple[Node, ...]
    steps: tuple[Step, ...]
    cost: float  # hops, or the sum of link distances (1 / weight) for a weighted search

    @property
    def hops(self) -> int:
        return len(self.steps)

    @property
    def ids(self) -> tuple[Any, ...]:
        return tuple(n.id for n in self.nodes)


class PathMode(StrEnum):
    SHORTEST = "shortest"  # every shortest path (up to a limit)
    K_SHORTEST = "k_shortest"  # the k shortest simple paths, shortest first (Yen)
    ALL_UP_TO = "all_up_to"  # every simple path up to a number of hops (up to a limit)


@dataclass(frozen=True)
class Paths:
    source: Node
    target: Node
    mode: PathMode
    paths: list[Path]
    truncated: bool = False  # more paths exist than the limit allowed
    weighted: bool = False

    @property
    def connected(self) -> bool:
        return bool(self.paths)


@dataclass(frozen=True, slots=True)
class Broker:
    node: Node
    rank: int
    paths_carried: float  # (s, t) pairs worth of shortest paths through the node, s in A, t in B
    share: float  # paths_carried / connected pairs
    group: str | None  # "A" or "B" when the broker belongs to one of the groups


@dataclass(frozen=True)
class Brokers:
    group_a: tuple[Node, ...]
    group_b: tuple[Node, ...]
    rows: list[Broker]
    pairs_connected: int
    pairs_total: int
    engine: str


@dataclass(frozen=True, slots=True)
class CutPoint:
    """A record whose removal splits its part of the network ("articulation point")."""

    node: Node
    pieces: int  # parts its component falls into once it is removed
    cut_off: int  # records no longer reachable from the largest remaining part


@dataclass(frozen=True, slots=True)
class Bridge:
    """A relation (one or more links between two records) whose removal splits the network."""

    a: Node
    b: Node
    link_ids: tuple[Any, ...]
    kinds: tuple[str, ...]
    cut_off: int  # records on the smaller side


@dataclass(frozen=True)
class CutPoints:
    points: list[CutPoint]  # most cut off first
    bridges: list[Bridge]  # most cut off first


@dataclass(frozen=True, slots=True)
class Community:
    index: int  # 0 = largest
    members: tuple[Node, ...]
    central: Node  # highest weighted degree inside the community
    central_score: float

    @property
    def size(self) -> int:
        return len(self.members)


@dataclass(frozen=True)
class Communities:
    communities: list[Community]
    modularity: float
    method: str  # "louvain" or "leiden"
    engine: str
    seed: int
    resolution: float

    def membership(self) -> dict[Any, int]:
        """Node id → community index, for colouring a chart."""
        return {m.id: c.index for c in self.communities for m in c.members}


@dataclass(frozen=True, slots=True)
class LinkRef:
    id: Any
    source: Node
    target: Node
    kind: str
    derived: bool


@dataclass(frozen=True, slots=True)
class MetricChange:
    node: Node
    metric: Metric
    before: float
    after: float

    @property
    def delta(self) -> float:
        return self.after - self.before


class CommunityEvent(StrEnum):
    NEW = "new"  # a group with no predecessor
    GONE = "gone"  # a group that has no successor
    MERGED = "merged"  # two or more earlier groups now one
    SPLIT = "split"  # one earlier group now in two or more
    CONTINUED = "continued"  # the same group, perhaps grown or shrunk


@dataclass(frozen=True, slots=True)
class CommunityChange:
    event: CommunityEvent
    before: tuple[int, ...]  # community indexes in the earlier snapshot
    after: tuple[int, ...]  # community indexes in the later snapshot
    joined: tuple[Node, ...] = ()  # members now, not then
    left: tuple[Node, ...] = ()  # members then, not now


@dataclass(frozen=True)
class ChangeReport:
    """What changed between two dates in one network."""

    before: date
    after: date
    added_entities: list[Node]
    gone_entities: list[Node]
    added_links: list[LinkRef]
    gone_links: list[LinkRef]
    metric_changes: list[MetricChange]  # biggest moves first
    community_changes: list[CommunityChange]
    communities_before: Communities
    communities_after: Communities
    stale_after_days: int | None = None


class HierarchyBasis(StrEnum):
    MANAGES = "manages"  # a 'manages' link from superior to subordinate
    SUPPLIES = "supplies"  # a 'supplies' link: the supplier sits upstream
    ROLE = "role"  # roles in the same organisation: head over manager over the rest


@dataclass(frozen=True, slots=True)
class HierarchyHint:
    superior: Node
    subordinate: Node
    basis: HierarchyBasis
    link_ids: tuple[Any, ...] = ()
    organisation: Node | None = None


@dataclass(frozen=True)
class Hierarchy:
    """Who appears to manage whom: hints, and a level per person (0 = top)."""

    hints: list[HierarchyHint]
    levels: dict[Any, int] = field(default_factory=dict)
    tops: list[Node] = field(default_factory=list)
    cycles: list[tuple[Node, ...]] = field(default_factory=list)  # contradictory hints to check

    def subordinates(self, node_id: Any) -> list[Node]:
        return [h.subordinate for h in self.hints if h.superior.id == node_id]

    def superiors(self, node_id: Any) -> list[Node]:
        return [h.superior for h in self.hints if h.subordinate.id == node_id]
