"""Graphs of records for the chart and the analysis: a case, a neighbourhood, everything."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any
from uuid import UUID

from cross_desk.domain import records as r
from cross_desk.domain.access import Action
from cross_desk.domain.errors import ValidationError
from cross_desk.domain.kinds import EntityKind
from cross_desk.services.base import UseCases
from cross_desk.store.repository import Repository

MAX_HOPS = 3


def _graph(repo: Repository, node_ids: Iterable[UUID], links: list[r.Link], hidden: Any = ()) -> r.GraphData:
    nodes = {i: ref for i, ref in repo.refs(node_ids).items() if i not in hidden}
    kept = UseCases.visible_links((x for x in links if x.source_id in nodes and x.target_id in nodes), hidden)
    return r.GraphData(nodes=nodes, links=kept, when=repo.dates_of(nodes))


class Graphs(UseCases):
    def neighbourhood(self, entity_ids: Iterable[UUID], hops: int = 1) -> r.GraphData:
        """The records within ``hops`` links of ``entity_ids``, and every link among them."""
        self.require(Action.READ_RECORDS)
        if not 0 <= hops <= MAX_HOPS:
            raise ValidationError("hops", f"Choose between 0 and {MAX_HOPS} hops.")
        with self.uow() as uow:
            # A hidden record is neither shown nor walked through: a person reached only through
            # a restricted case's tip would otherwise give that tip away. A hidden start is
            # treated as one that does not exist.
            hidden = self.hidden(uow)
            seen = uow.repo.live_ids(entity_ids) - hidden.keys()
            frontier = set(seen)
            for _ in range(hops):
                links = uow.repo.links_touching(frontier)
                reached = {x for link in links for x in (link.source_id, link.target_id)} - hidden.keys()
                frontier = reached - seen
                seen |= reached
                if not frontier:
                    break
            return _graph(uow.repo, seen, uow.repo.links_among(seen), hidden)

    def case_graph(self, case_id: UUID) -> r.GraphData:
        """A case's members and the links among them (a case is a set, not a copy)."""
        self.require(Action.READ_RECORDS)
        with self.uow() as uow:
            self.open_case(uow, uow.repo.get_case(case_id))
            members = uow.repo.member_ids(case_id)
            # Members of a case one may open are never hidden (hidden means held by outside
            # cases only); filtering anyway keeps this true if that rule ever changes.
            return _graph(uow.repo, members, uow.repo.links_among(members), self.hidden(uow))

    def whole(self) -> r.GraphData:
        """Every live record and link: for analysis of the whole database."""
        self.require(Action.READ_RECORDS)
        with self.uow() as uow:
            hidden = self.hidden(uow)
            nodes = {
                i: r.EntityRef(i, EntityKind(kind), label)
                for i, kind, label in uow.repo.iter_all_refs()
                if i not in hidden
            }
            links = [x for x in uow.repo.iter_all_links() if x.source_id in nodes and x.target_id in nodes]
            if hidden:
                links = self.visible_links(links, hidden)
            when = {i: d for i, d in uow.repo.all_dates() if i in nodes}
            return r.GraphData(nodes=nodes, links=links, when=when)
