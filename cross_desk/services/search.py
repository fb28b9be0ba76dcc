"""Find anything by what an investigator types: a name, an alias, a plate, a number, a codename."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from cross_desk.domain import records as r
from cross_desk.domain.identifiers import fold, try_normalise_phone
from cross_desk.domain.kinds import EntityKind
from cross_desk.services.base import UseCases

MIN_QUERY = 2


@dataclass
class SearchResults:
    entities: list[r.EntityRef] = field(default_factory=list)
    cases: list[r.Case] = field(default_factory=list)

    def by_kind(self) -> dict[EntityKind, list[r.EntityRef]]:
        grouped: dict[EntityKind, list[r.EntityRef]] = {}
        for ref in self.entities:
            grouped.setdefault(ref.kind, []).append(ref)
        return grouped

    def __len__(self) -> int:
        return len(self.entities) + len(self.cases)


def query_terms(query: str) -> list[str]:
    """The folded forms to look for: the text itself, and its E.164 digits if it is a number."""
    terms = []
    folded = fold(query)
    if len(folded) >= MIN_QUERY:
        terms.append(folded)
    phone = try_normalise_phone(query) if any(c.isdigit() for c in query) else None
    if phone:
        terms.append(fold(phone))
    return list(dict.fromkeys(terms))


class Search(UseCases):
    def search(self, query: str, kinds: Sequence[EntityKind] | None = None, limit: int = 200) -> SearchResults:
        terms = query_terms(query)
        if not terms:
            return SearchResults()
        with self.uow() as uow:
            entities = uow.repo.search(terms, kinds, limit)
            cases = []
            if not kinds:
                cases = [
                    c
                    for c in uow.repo.list_cases()
                    if any(t in fold(c.reference) or t in fold(c.title) or t in fold(c.prosecutor_ref) for t in terms)
                ][:limit]
        return SearchResults(entities, cases)
