"""Find anything by what an investigator types: a name, an alias, a plate, a number, a codename.

Exact matches come from the folded-term index (accents, case, spaces and punctuation ignored, so
"Benali" finds "Ben Ali" and "ab123cd" finds "AB-123-CD"). Then, for words, spelling variants
("Mohamed"/"Mohammed", "Benalli") come from trigram candidates ranked with rapidfuzz. Numbers
are never matched fuzzily: a phone one digit off is another phone.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any
from uuid import UUID

from rapidfuzz import fuzz

from cross_desk.domain import records as r
from cross_desk.domain.access import Action
from cross_desk.domain.identifiers import fold, try_normalise_phone
from cross_desk.domain.kinds import EntityKind
from cross_desk.services.base import UseCases
from cross_desk.store.repository import Repository

MIN_QUERY = 2
MIN_FUZZY = 4
#: trigram candidates ranked by rapidfuzz: enough for variants, few enough to stay fast
FUZZY_CANDIDATES = 300
#: spelling variants are looked for when exact matches are this few (a common name needs none)
FUZZY_WHEN_FEWER = 20


@dataclass
class SearchResults:
    entities: list[r.EntityRef] = field(default_factory=list)
    cases: list[r.Case] = field(default_factory=list)
    #: ids among ``entities`` found as spelling variants rather than exact matches
    approximate: set[UUID] = field(default_factory=set)

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


def fuzzy_score(query: str, term: str) -> float:
    """How well a folded query matches a folded term, 0–100; a query inside a longer term counts."""
    if len(term) > len(query):
        return fuzz.partial_ratio(query, term)
    return fuzz.ratio(query, term)


def _threshold(query: str) -> float:
    return 86.0 if len(query) <= 5 else 80.0


class Search(UseCases):
    def __init__(self, ctx) -> None:  # type: ignore[no-untyped-def]
        super().__init__(ctx)
        # Folded texts of every case, refreshed only when a case changed: folding 2 000 cases
        # on every keystroke cost more than the search itself.
        self._case_signature: tuple[int, Any] | None = None
        self._case_texts: list[tuple[UUID, str]] = []

    def _matching_cases(self, repo: Repository, terms: list[str], limit: int) -> list[r.Case]:
        signature = repo.case_signature()
        if signature != self._case_signature:
            self._case_texts = [(i, " ".join(fold(x) for x in texts)) for i, *texts in repo.case_texts()]
            self._case_signature = signature
        found = []
        for case_id, text in self._case_texts:
            if any(t in text for t in terms):
                case = repo.get_case(case_id)
                if case.is_insider(self.who):
                    found.append(case)
                    if len(found) >= limit:
                        break
        return sorted(found, key=lambda c: c.reference)

    def search(
        self, query: str, kinds: Sequence[EntityKind] | None = None, limit: int = 200, fuzzy: bool = True
    ) -> SearchResults:
        self.require(Action.READ_RECORDS)
        terms = query_terms(query)
        if not terms:
            return SearchResults()
        word = terms[0]
        with self.uow() as uow:
            # Hidden records are dropped before anything is counted or cut: a page cut first and
            # filtered after would come back short, and the shortfall would hint at them. So ask
            # for as many more as could be dropped.
            hidden = self.hidden(uow)
            entities = [ref for ref in uow.repo.search(terms, kinds, limit + len(hidden)) if ref.id not in hidden]
            entities = entities[:limit]
            approximate: set[UUID] = set()
            wordy = sum(c.isdigit() for c in word) * 2 < len(word)
            # A full name that matched exactly needs no variants; one word may ("Mohamed").
            exact_full_name = bool(entities) and len(query.split()) > 1
            few = len(entities) < min(limit, FUZZY_WHEN_FEWER)
            if fuzzy and wordy and len(word) >= MIN_FUZZY and few and not exact_full_name:
                found = {ref.id for ref in entities}
                best: dict[UUID, float] = {}
                # Hidden records are tips, seizures and events, one search term each at most:
                # so many more candidates keep hidden ones from crowding out visible variants.
                for entity_id, term in uow.repo.similar_terms(word, limit=FUZZY_CANDIDATES + len(hidden)):
                    if entity_id in found or entity_id in hidden:
                        continue
                    score = fuzzy_score(word, term)
                    if score >= _threshold(word) and score > best.get(entity_id, 0.0):
                        best[entity_id] = score
                refs = uow.repo.refs(best)
                ranked = sorted(
                    (ref for ref in refs.values() if not kinds or ref.kind in kinds),
                    key=lambda ref: (-best[ref.id], ref.label),
                )[: limit - len(entities)]
                entities += ranked
                approximate = {ref.id for ref in ranked}
            cases = self._matching_cases(uow.repo, terms, limit) if not kinds else []
        return SearchResults(entities, cases, approximate)
