from __future__ import annotations

from datetime import date

import pytest

from cross_desk.domain import records as r
from cross_desk.domain.errors import Conflict, NotFound, ValidationError
from cross_desk.domain.kinds import EntityKind, LinkKind
from cross_desk.services import Services


def test_cases_members_and_unique_reference(services: Services) -> None:
    case = services.cases.create(
        r.Case(reference="CROSS-2026-0007", title="Go fast", prosecutor_ref="PARQ 26.1", opened_on=date(2026, 5, 4))
    )
    with pytest.raises(Conflict, match="already exists"):
        services.cases.create(r.Case(reference="cross-2026-0007", title="Other"))
    a = services.records.create(r.Person(surname="Alpha"))
    assert services.cases.add_members(case.id, [a.id, a.id]) == [a.id]
    assert services.cases.add_members(case.id, [a.id]) == []
    assert services.cases.find("CROSS-2026-0007").id == case.id
    with pytest.raises(NotFound, match="No case with reference"):
        services.cases.find("nope")
    closed = services.cases.update(
        r.Case(**{**case.__dict__, "status": r.CaseStatus.CLOSED, "closed_on": date(2026, 12, 1)})
    )
    assert closed.version == 2
    assert [c.reference for c in services.cases.list(include_closed=False)] == []
    assert services.cases.remove_members(case.id, [a.id]) == 1
    assert services.cases.members(case.id) == []


@pytest.fixture
def people(services: Services) -> dict[str, r.Entity]:
    made: dict[str, r.Entity] = {}
    for entity in (
        r.Person(surname="Ben Ali", given_names="Karim", aliases=["Le Grand"]),
        r.Person(surname="Müller", given_names="Jonas"),
        r.Vehicle(plate="XA-123-BC"),
        r.Phone(number="06 39 98 00 01"),
        r.Source(codename="ÉPERVIER"),
    ):
        made[entity.label()] = services.records.create(entity)
    return made


@pytest.mark.parametrize(
    ("query", "kind"),
    [
        ("Benali", EntityKind.PERSON),
        ("ben ali", EntityKind.PERSON),
        ("le grand", EntityKind.PERSON),
        ("Muller", EntityKind.PERSON),
        ("MÜLLER", EntityKind.PERSON),
        ("xa123bc", EntityKind.VEHICLE),
        ("XA 123 BC", EntityKind.VEHICLE),
        ("xa-123", EntityKind.VEHICLE),
        ("06 39 98 00 01", EntityKind.PHONE),
        ("+33639980001", EntityKind.PHONE),
        ("0033639980001", EntityKind.PHONE),
        ("epervier", EntityKind.SOURCE),
    ],
)
def test_search_finds_by_anything_typed(
    services: Services, people: dict[str, r.Entity], query: str, kind: EntityKind
) -> None:
    results = services.search.search(query)
    assert [ref.kind for ref in results.entities] == [kind]


def test_search_metacharacters_and_cases(services: Services, people: dict[str, r.Entity]) -> None:
    assert len(services.search.search("%")) == 0
    assert len(services.search.search("a_i")) == 0
    services.cases.create(r.Case(reference="CROSS-2026-0042", title="Réseau Tilleuls"))
    assert [c.reference for c in services.search.search("tilleuls").cases] == ["CROSS-2026-0042"]


def test_neighbourhood_and_case_graph(services: Services) -> None:
    a, b, c, d = (services.records.create(r.Person(surname=n)) for n in ("A", "B", "C", "D"))
    services.links.link(r.Link(kind=LinkKind.ASSOCIATE, source_id=a.id, target_id=b.id))
    services.links.link(r.Link(kind=LinkKind.MANAGES, source_id=b.id, target_id=c.id))
    services.links.link(r.Link(kind=LinkKind.SUPPLIES, source_id=c.id, target_id=d.id))
    one = services.graphs.neighbourhood([a.id], hops=1)
    assert set(one.nodes) == {a.id, b.id} and len(one.links) == 1
    two = services.graphs.neighbourhood([a.id], hops=2)
    assert set(two.nodes) == {a.id, b.id, c.id} and len(two.links) == 2
    with pytest.raises(ValidationError):
        services.graphs.neighbourhood([a.id], hops=9)
    case = services.cases.create(r.Case(reference="K1", title="K"))
    services.cases.add_members(case.id, [a.id, b.id, d.id])
    g = services.graphs.case_graph(case.id)
    assert set(g.nodes) == {a.id, b.id, d.id} and len(g.links) == 1
    whole = services.graphs.whole()
    assert len(whole.nodes) == 4 and len(whole.links) == 3


def test_spelling_variants_are_found_but_marked_approximate(services: Services) -> None:
    mohammed = services.records.create(r.Person(surname="Benalli", given_names="Mohammed"))
    services.records.create(r.Phone(number="06 39 98 00 02"))
    results = services.search.search("Mohamed")
    assert [ref.id for ref in results.entities] == [mohammed.id]
    assert results.approximate == {mohammed.id}
    assert services.search.search("benali").entities[0].id == mohammed.id
    # a number one digit off is another phone: never a fuzzy hit
    assert services.search.search("06 39 98 00 03").entities == []
    assert services.search.search("Mohamed", fuzzy=False).entities == []


def test_index_follows_edits_and_deletes(services: Services) -> None:
    p = services.records.create(r.Person(surname="Dalrou"))
    assert services.search.search("dalrou").entities
    services.records.update(r.Person(**{**p.__dict__, "surname": "Kervanian"}))
    assert not services.search.search("dalrou", fuzzy=False).entities
    assert services.search.search("kervan").entities
