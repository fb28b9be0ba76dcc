"""Link analysis use cases: who is central, how two records connect, who brokers between two
groups, which groups exist, what changed, who manages whom.

Each use case takes a ``Scope`` (a case, the neighbourhood of some records, or the whole
database) or a network already loaded with ``network`` (so that a panel running several
analyses on one scope loads it once), and returns the plain results of
``cross_desk.analysis.results``. Long ones take ``progress(done, total)`` and ``cancelled()``
callbacks; a cancelled analysis raises ``Cancelled`` (a DomainError).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from uuid import UUID

from cross_desk.analysis import brokers as brokers_mod
from cross_desk.analysis import centrality, change, communities, hierarchy, paths
from cross_desk.analysis.engine import Engine
from cross_desk.analysis.graph import GraphOptions, Network, build_graph
from cross_desk.analysis.progress import CancelFn, Cancelled, ProgressFn
from cross_desk.analysis.results import (
    Brokers,
    ChangeReport,
    Communities,
    CutPoints,
    Hierarchy,
    KeyPlayers,
    Metric,
    PathMode,
    Paths,
)
from cross_desk.domain.access import Action
from cross_desk.domain.errors import NotFound, ValidationError
from cross_desk.domain.records import GraphData
from cross_desk.services.base import UseCases
from cross_desk.services.graph import MAX_HOPS, Graphs

__all__ = ["Analysis", "Cancelled", "GraphOptions", "Scope"]

MAX_K_PATHS = 20


@dataclass(frozen=True)
class Scope:
    """Which records to analyse: a case, the records within ``hops`` of some, or everything."""

    case_id: UUID | None = None
    entity_ids: tuple[UUID, ...] = ()
    hops: int = 1

    @classmethod
    def case(cls, case_id: UUID) -> Scope:
        return cls(case_id=case_id)

    @classmethod
    def around(cls, entity_ids: Iterable[UUID], hops: int = 1) -> Scope:
        return cls(entity_ids=tuple(entity_ids), hops=hops)

    @classmethod
    def everything(cls) -> Scope:
        return cls()


Source = Scope | Network


class Analysis(UseCases):
    def network(self, scope: Scope, options: GraphOptions | None = None) -> Network:
        """Load the records of ``scope`` as an analysis graph (derived links on request)."""
        self.require(Action.RUN_ANALYSIS)
        graphs = Graphs(self.ctx)
        if scope.case_id is not None:
            data = graphs.case_graph(scope.case_id)
        elif scope.entity_ids:
            if not 0 <= scope.hops <= MAX_HOPS:
                raise ValidationError("hops", f"Choose between 0 and {MAX_HOPS} hops.")
            data = graphs.neighbourhood(scope.entity_ids, scope.hops)
        else:
            data = graphs.whole()
        return build_graph(data, options)

    def network_of(self, data: GraphData, options: GraphOptions | None = None) -> Network:
        """What a chart shows (records and links already read under the user's rights), as an
        analysis graph: the panel beside a chart analyses what the user sees."""
        self.require(Action.RUN_ANALYSIS)
        return build_graph(data, options)

    def _graph(self, source: Source, options: GraphOptions | None) -> Network:
        self.require(Action.RUN_ANALYSIS)
        if isinstance(source, Scope):
            return self.network(source, options)
        return source

    def key_players(
        self,
        source: Source,
        *,
        options: GraphOptions | None = None,
        metrics: Iterable[Metric] = centrality.ALL_METRICS,
        rank_by: Metric = Metric.BETWEENNESS,
        weighted: bool = False,
        betweenness_sample: int | str | None = "auto",
        seed: int = 0,
        engine: Engine | str = Engine.AUTO,
        progress: ProgressFn | None = None,
        cancelled: CancelFn | None = None,
    ) -> KeyPlayers:
        """The key-players table: every record with its metrics, best first by ``rank_by``."""
        graph = self._graph(source, options)
        if isinstance(betweenness_sample, int) and betweenness_sample < 1:
            raise ValidationError("betweenness_sample", "Sample at least one record, or compute exactly.")
        return centrality.key_players(
            graph,
            metrics=metrics,
            rank_by=rank_by,
            weighted=weighted,
            betweenness_sample=betweenness_sample,
            seed=seed,
            engine=engine,
            progress=progress,
            cancelled=cancelled,
        )

    def paths(
        self,
        source: Source,
        a: UUID,
        b: UUID,
        *,
        mode: PathMode = PathMode.SHORTEST,
        k: int = 3,
        max_hops: int = 4,
        weighted: bool = False,
        limit: int = 20,
        options: GraphOptions | None = None,
    ) -> Paths:
        """How ``a`` and ``b`` are connected: every shortest path, the ``k`` shortest, or all
        paths up to ``max_hops``; each hop with its links and their kinds."""
        graph = self._graph(source, options)
        for end in (a, b):
            if end not in graph:
                raise NotFound("That record is not in the network analysed (widen the scope?).")
        if mode == PathMode.K_SHORTEST:
            if not 1 <= k <= MAX_K_PATHS:
                raise ValidationError("k", f"Ask for between 1 and {MAX_K_PATHS} paths.")
            return paths.k_shortest_paths(graph, a, b, k, weighted=weighted)
        if mode == PathMode.ALL_UP_TO:
            if not 1 <= max_hops <= paths.MAX_HOPS:
                raise ValidationError("max_hops", f"Choose between 1 and {paths.MAX_HOPS} hops.")
            return paths.all_paths(graph, a, b, max_hops, limit=min(limit, paths.MAX_PATHS))
        return paths.shortest_paths(graph, a, b, weighted=weighted, limit=limit)

    def brokers(
        self,
        source: Source,
        group_a: Iterable[UUID],
        group_b: Iterable[UUID],
        *,
        weighted: bool = False,
        options: GraphOptions | None = None,
        engine: Engine | str = Engine.AUTO,
        progress: ProgressFn | None = None,
        cancelled: CancelFn | None = None,
    ) -> Brokers:
        """Who carries the shortest paths between two groups (two cases, two communities…)."""
        group_a, group_b = list(group_a), list(group_b)
        if not group_a or not group_b:
            raise ValidationError("group_a", "Choose records for both groups.")
        graph = self._graph(source, options)
        return brokers_mod.brokers(
            graph, group_a, group_b, weighted=weighted, engine=engine, progress=progress, cancelled=cancelled
        )

    def brokers_between_cases(
        self,
        case_a: UUID,
        case_b: UUID,
        *,
        hops: int = 2,
        options: GraphOptions | None = None,
        progress: ProgressFn | None = None,
        cancelled: CancelFn | None = None,
    ) -> Brokers:
        """Brokers between the members of two cases, searched within ``hops`` of either case."""
        self.require(Action.RUN_ANALYSIS)
        graphs = Graphs(self.ctx)
        members_a = list(graphs.case_graph(case_a).nodes)
        members_b = list(graphs.case_graph(case_b).nodes)
        graph = self.network(Scope.around([*members_a, *members_b], hops), options)
        return brokers_mod.brokers(graph, members_a, members_b, progress=progress, cancelled=cancelled)

    def cut_points(self, source: Source, *, options: GraphOptions | None = None) -> CutPoints:
        """Records and relations whose removal splits the network, most cut off first."""
        return brokers_mod.cut_points(self._graph(source, options))

    def communities(
        self,
        source: Source,
        *,
        method: str = "louvain",
        resolution: float = 1.0,
        seed: int = 0,
        options: GraphOptions | None = None,
        engine: Engine | str = Engine.AUTO,
        progress: ProgressFn | None = None,
        cancelled: CancelFn | None = None,
    ) -> Communities:
        """Groups (seeded, so the same data gives the same groups), each with its centre."""
        if method not in communities.METHODS:
            raise ValidationError("method", "Choose Louvain or Leiden.")
        if not 0 < resolution <= 10:
            raise ValidationError("resolution", "The resolution is a number above 0 (1 is usual).")
        graph = self._graph(source, options)
        return communities.communities(
            graph,
            method=method,
            resolution=resolution,
            seed=seed,
            engine=engine,
            progress=progress,
            cancelled=cancelled,
        )

    def changes(
        self,
        source: Source,
        before: date,
        after: date,
        *,
        stale_after_days: int | None = 90,
        metrics: Iterable[Metric] = (Metric.DEGREE, Metric.BETWEENNESS),
        top: int = 50,
        seed: int = 0,
        options: GraphOptions | None = None,
        engine: Engine | str = Engine.AUTO,
        progress: ProgressFn | None = None,
        cancelled: CancelFn | None = None,
    ) -> ChangeReport:
        """What changed between two dates: records and links, centrality, groups."""
        if after <= before:
            raise ValidationError("after", "The second date must come after the first.")
        if stale_after_days is not None and stale_after_days < 0:
            raise ValidationError("stale_after_days", "A number of days cannot be negative.")
        graph = self._graph(source, options)
        return change.compare(
            graph,
            before,
            after,
            stale_after_days=stale_after_days,
            metrics=metrics,
            top=top,
            seed=seed,
            engine=engine,
            progress=progress,
            cancelled=cancelled,
        )

    def hierarchy(self, source: Source, *, options: GraphOptions | None = None) -> Hierarchy:
        """Who appears to manage whom, from 'manages' and 'supplies' links and network roles."""
        return hierarchy.hierarchy(self._graph(source, options))
