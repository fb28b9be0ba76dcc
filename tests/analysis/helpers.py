"""Small hand-made networks of records for the analysis tests (ids are fixed UUIDs)."""

from __future__ import annotations

from datetime import date
from uuid import UUID

from cross_desk.domain import records as r
from cross_desk.domain.kinds import EntityKind, LinkKind, NetworkRole


def uid(n: int) -> UUID:
    return UUID(int=n)


class Net:
    """Builds a GraphData: ``person("A")`` etc., then ``link(kind, a, b, …)``."""

    def __init__(self) -> None:
        self.data = r.GraphData()
        self.ids: dict[str, UUID] = {}

    def add(self, kind: EntityKind, label: str, when: date | None = None) -> UUID:
        node_id = uid(len(self.ids) + 1)
        self.ids[label] = node_id
        self.data.nodes[node_id] = r.EntityRef(node_id, kind, label)
        if when is not None:
            self.data.when[node_id] = when
        return node_id

    def person(self, *labels: str) -> list[UUID]:
        return [self.add(EntityKind.PERSON, label) for label in labels]

    def link(
        self,
        kind: LinkKind,
        a: str,
        b: str,
        *,
        first: date | None = None,
        last: date | None = None,
        role: NetworkRole | None = None,
        evidence: str | None = None,
        confidence: r.Confidence = r.Confidence.CONFIRMED,
    ) -> UUID:
        link = r.Link(
            id=uid(10_000 + len(self.data.links)),
            kind=kind,
            source_id=self.ids[a],
            target_id=self.ids[b],
            first_seen=first,
            last_seen=last,
            role=role,
            evidence_id=self.ids[evidence] if evidence else None,
            confidence=confidence,
        )
        link.validate()
        self.data.links.append(link)
        return link.id

    def __getitem__(self, label: str) -> UUID:
        return self.ids[label]
