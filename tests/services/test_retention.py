from __future__ import annotations

from datetime import date, timedelta

import pytest
import time_machine

from cross_desk.domain import records as r
from cross_desk.domain.errors import NotFound, ValidationError
from cross_desk.domain.kinds import LinkKind
from cross_desk.services import Services


def test_review_dates_by_kind_then_extend_or_erase(services: Services) -> None:
    tip = services.intake.log_tip(r.Tip(channel=r.TipChannel.SURVEILLANCE, original_text="vu au point", grade="B2"))
    person = services.records.create(r.Person(surname="Ancien"))
    assert services.records.get(tip.id).review_on == date.today().replace(year=date.today().year + 3)
    assert services.records.get(person.id).review_on == date.today().replace(year=date.today().year + 5)
    assert services.retention.due() == []
    later = date.today() + timedelta(days=365 * 6)
    due = services.retention.due(on=later)
    assert {ref.id for ref, _ in due} == {tip.id, person.id}
    with pytest.raises(ValidationError, match="reason"):
        services.retention.extend(person.id, later + timedelta(days=1), "")
    services.retention.extend(person.id, later + timedelta(days=400), "enquête toujours ouverte")
    assert [ref.id for ref, _ in services.retention.due(on=later)] == [tip.id]


@pytest.mark.parametrize(
    ("today", "tip_review", "person_review"),
    [
        (date(2028, 2, 29), date(2031, 2, 28), date(2033, 2, 28)),  # no 29 February then
        (date(2027, 12, 31), date(2030, 12, 31), date(2032, 12, 31)),
    ],
)
def test_review_dates_on_awkward_days(services: Services, today: date, tip_review: date, person_review: date) -> None:
    with time_machine.travel(today, tick=True):
        tip = services.intake.log_tip(r.Tip(channel=r.TipChannel.SURVEILLANCE, original_text="vu", grade="C3"))
        person = services.records.create(r.Person(surname="Bissextile"))
        assert services.records.get(tip.id).review_on == tip_review
        assert services.records.get(person.id).review_on == person_review


def test_erase_removes_the_record_and_what_only_exists_for_it(services: Services) -> None:
    a = services.records.create(r.Person(surname="Effacer"))
    b = services.records.create(r.Person(surname="Garder"))
    tip = services.intake.log_tip(
        r.Tip(channel=r.TipChannel.SURVEILLANCE, original_text="ensemble", grade="B2"), mentions=[a.id, b.id]
    )
    services.links.link(r.Link(kind=LinkKind.ASSOCIATE, source_id=a.id, target_id=b.id, evidence_id=tip.id))
    case = services.cases.create(r.Case(reference="R-1", title="R"))
    services.cases.add_members(case.id, [a.id, b.id])
    services.retention.erase(a.id, "durée de conservation échue")
    with pytest.raises(NotFound):
        services.records.get(a.id)
    assert services.search.search("effacer").entities == []
    assert [ref.id for ref in services.cases.members(case.id)] == [b.id]
    assert all(a.id not in (link.source_id, link.target_id) for link in services.links.links_of(b.id))
    services.retention.erase(tip.id, "durée de conservation échue")
    erasures = services.audit.entries(action="erase")
    assert len(erasures) == 2 and all("Effacer" not in str(e.details) for e in erasures)
    assert services.audit.verify().ok
