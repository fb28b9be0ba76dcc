"""What a chart holds and shows: records, links, positions, pins, hidden items and filters.

Plain Python (no Qt), so that filters and the saved state are tested without widgets. The
chart's records are a selection of the database: removing one from the chart never touches
the database. ``refresh()`` recomputes what is visible after any change.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any
from uuid import UUID

from cross_desk.domain.kinds import EntityKind, LinkKind
from cross_desk.domain.records import Confidence, EntityRef, GraphData, Link

Point = tuple[float, float]
STATE_VERSION = 1


@dataclass
class Filters:
    """What the user chose not to see. Empty sets and ``None`` dates show everything."""

    hidden_kinds: set[EntityKind] = field(default_factory=set)
    hidden_link_kinds: set[LinkKind] = field(default_factory=set)
    min_links: int = 0
    date_from: date | None = None
    date_to: date | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "hidden_kinds": sorted(k.value for k in self.hidden_kinds),
            "hidden_link_kinds": sorted(k.value for k in self.hidden_link_kinds),
            "min_links": self.min_links,
            "date_from": self.date_from.isoformat() if self.date_from else None,
            "date_to": self.date_to.isoformat() if self.date_to else None,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Filters:
        def day(value: Any) -> date | None:
            return date.fromisoformat(value) if value else None

        kinds = {k.value for k in EntityKind}
        link_kinds = {k.value for k in LinkKind}
        return cls(
            hidden_kinds={EntityKind(k) for k in data.get("hidden_kinds", []) if k in kinds},
            hidden_link_kinds={LinkKind(k) for k in data.get("hidden_link_kinds", []) if k in link_kinds},
            min_links=int(data.get("min_links", 0)),
            date_from=day(data.get("date_from")),
            date_to=day(data.get("date_to")),
        )


def link_span(link: Link) -> tuple[date | None, date | None]:
    """The dates a link was seen between (one known date stands for both)."""
    first = link.first_seen or link.last_seen
    last = link.last_seen or link.first_seen
    return first, last


_WEIGHT = {c: c.weight for c in Confidence}


def strength(link: Link) -> float:
    """How much a link counts: its confidence weight times how often it was seen."""
    return _WEIGHT[link.confidence] * max(link.count, 1)


class ChartModel:
    def __init__(self) -> None:
        self.refs: dict[UUID, EntityRef] = {}
        self.when: dict[UUID, date] = {}
        self.links: dict[UUID, Link] = {}
        self.positions: dict[UUID, Point] = {}
        self.pinned: set[UUID] = set()
        self.hidden: set[UUID] = set()  # hidden by the user, still on the chart
        self.hidden_links: set[UUID] = set()
        self.filters = Filters()
        # What refresh() found visible, in a stable order.
        self.visible_nodes: list[UUID] = []
        self.visible_set: set[UUID] = set()
        self.visible_links: list[Link] = []
        self._links_of: dict[UUID, list[UUID]] = defaultdict(list)

    # --- content ---------------------------------------------------------------------

    def clear(self) -> None:
        self.__init__()  # type: ignore[misc]

    def merge(self, data: GraphData) -> set[UUID]:
        """Add records and links (labels refreshed); returns the ids that were not on the chart."""
        new = set(data.nodes) - self.refs.keys()
        self.refs.update(data.nodes)
        self.when.update({k: v for k, v in data.when.items() if k in data.nodes})
        for link in data.links:
            if link.source_id in self.refs and link.target_id in self.refs:
                if link.id not in self.links:
                    self._links_of[link.source_id].append(link.id)
                    self._links_of[link.target_id].append(link.id)
                self.links[link.id] = link
        return new

    def add_link(self, link: Link) -> None:
        self.merge(GraphData(nodes={}, links=[link]))

    def remove(self, ids: Iterable[UUID]) -> None:
        """Take records off the chart (and their links); the database keeps them."""
        gone = set(ids) & self.refs.keys()
        if not gone:
            return
        dropped = {lid for n in gone for lid in self._links_of.get(n, ())}
        for lid in dropped:
            link = self.links.pop(lid, None)
            if link is None:
                continue
            for end in (link.source_id, link.target_id):
                if end not in gone:
                    self._links_of[end] = [x for x in self._links_of[end] if x != lid]
        for n in gone:
            self.refs.pop(n, None)
            self.when.pop(n, None)
            self.positions.pop(n, None)
            self._links_of.pop(n, None)
        self.pinned -= gone
        self.hidden -= gone
        self.hidden_links -= dropped

    def remove_links(self, link_ids: Iterable[UUID]) -> None:
        for lid in set(link_ids):
            link = self.links.pop(lid, None)
            if link is None:
                continue
            for end in (link.source_id, link.target_id):
                self._links_of[end] = [x for x in self._links_of[end] if x != lid]
            self.hidden_links.discard(lid)

    def links_of(self, node: UUID) -> list[Link]:
        return [self.links[lid] for lid in self._links_of.get(node, ())]

    def neighbours(self, node: UUID) -> set[UUID]:
        out = set()
        for link in self.links_of(node):
            out.add(link.target_id if link.source_id == node else link.source_id)
        return out

    # --- what is shown -----------------------------------------------------------------

    def date_bounds(self) -> tuple[date, date] | None:
        """The first and last dates known on the chart (links seen, tips, seizures, events)."""
        days: list[date] = [d for d in self.when.values() if d]
        for link in self.links.values():
            days.extend(d for d in (link.first_seen, link.last_seen) if d)
        return (min(days), max(days)) if days else None

    def _date_ok(self, first: date | None, last: date | None) -> bool:
        f = self.filters
        if first is None and last is None:
            return True  # undated: the date filter says nothing about it
        if f.date_from is not None and last is not None and last < f.date_from:
            return False
        return not (f.date_to is not None and first is not None and first > f.date_to)

    def refresh(self) -> None:
        """Recompute the visible records and links from content and filters."""
        f = self.filters
        dated = f.date_from is not None or f.date_to is not None
        candidates = set()
        for n, ref in self.refs.items():
            if n in self.hidden or ref.kind in f.hidden_kinds:
                continue
            if dated and n in self.when and not self._date_ok(self.when[n], self.when[n]):
                continue
            candidates.add(n)
        links = []
        for link in self.links.values():
            if link.id in self.hidden_links or link.kind in f.hidden_link_kinds:
                continue
            if link.source_id not in candidates or link.target_id not in candidates:
                continue
            if dated and not self._date_ok(*link_span(link)):
                continue
            links.append(link)
        if f.min_links > 0:
            count: dict[UUID, int] = defaultdict(int)
            for link in links:
                count[link.source_id] += 1
                count[link.target_id] += 1
            candidates = {n for n in candidates if count[n] >= f.min_links}
            links = [x for x in links if x.source_id in candidates and x.target_id in candidates]
        self.visible_set = candidates
        self.visible_nodes = [n for n in self.refs if n in candidates]  # the order they came in
        self.visible_links = links

    def degree(self) -> dict[UUID, int]:
        """Visible links per visible record."""
        count: dict[UUID, int] = dict.fromkeys(self.visible_set, 0)
        for link in self.visible_links:
            count[link.source_id] += 1
            count[link.target_id] += 1
        return count

    def nodes_of_kind(self, kind: EntityKind) -> list[UUID]:
        return [n for n in self.visible_nodes if self.refs[n].kind == kind]

    # --- saved state -------------------------------------------------------------------

    def to_state(self, extra: dict[str, Any] | None = None) -> dict[str, Any]:
        """The chart as JSON-ready data: ids, positions, pins, hidden items and filters.

        No labels are kept: they are read again from the database when the chart reopens, so
        that a saved chart never holds text the reader may not see.
        """

        def num(v: float) -> float:
            return v if math.isfinite(v) else 0.0

        state: dict[str, Any] = {
            "version": STATE_VERSION,
            "nodes": {
                str(n): [num(self.positions[n][0]), num(self.positions[n][1])] for n in self.refs if n in self.positions
            },
            "unplaced": [str(n) for n in self.refs if n not in self.positions],
            "pinned": sorted(str(n) for n in self.pinned),
            "hidden": sorted(str(n) for n in self.hidden),
            "hidden_links": sorted(str(x) for x in self.hidden_links),
            "links": sorted(str(x) for x in self.links),
            "filters": self.filters.to_json(),
        }
        state.update(extra or {})
        return state

    @staticmethod
    def ids_in_state(state: dict[str, Any]) -> list[UUID]:
        return [UUID(n) for n in (*state.get("nodes", {}), *state.get("unplaced", []))]

    def apply_state(self, state: dict[str, Any], data: GraphData) -> None:
        """Rebuild the chart from a saved state and the records read for it.

        Records and links deleted since are left out; links made since between charted
        records stay off it too, so that the chart reads as it was saved.
        """
        self.clear()
        self.merge(data)
        kept = state.get("links")
        if kept is not None:
            wanted = {UUID(x) for x in kept}
            self.remove_links([lid for lid in self.links if lid not in wanted])
        for key, (x, y) in state.get("nodes", {}).items():
            n = UUID(key)
            if n in self.refs:
                self.positions[n] = (float(x), float(y))
        self.pinned = {UUID(x) for x in state.get("pinned", [])} & self.refs.keys()
        self.hidden = {UUID(x) for x in state.get("hidden", [])} & self.refs.keys()
        self.hidden_links = {UUID(x) for x in state.get("hidden_links", [])} & self.links.keys()
        self.filters = Filters.from_json(state.get("filters", {}))
        self.refresh()
