"""Case references with capitals outside ASCII: found, unique and deconflicted under one folding."""

from __future__ import annotations

import unicodedata
from datetime import date

import pytest

from cross_desk.bootstrap import App
from cross_desk.domain import records as r
from cross_desk.domain.access import OfInterestElsewhere, Role
from cross_desk.domain.actor import Actor
from cross_desk.domain.errors import Conflict


def _as(app: App, name: str, role: Role = Role.INVESTIGATOR):  # type: ignore[no-untyped-def]
    return app.services_for(Actor(name, role, "ws"))


@pytest.mark.parametrize("reference", ["ÉTÉ-NORD", "ДЕЛО-1", "STRASSE-ß"])
def test_the_lead_finds_a_case_by_any_casing_of_its_reference(app: App, reference: str) -> None:
    lead = _as(app, "enq.lead")
    case = lead.cases.create(
        r.Case(reference=reference, title="Été", lead="enq.lead", restricted=True, opened_on=date(2026, 5, 3))
    )
    for typed in (reference, reference.lower(), reference.casefold(), unicodedata.normalize("NFD", reference.lower())):
        assert lead.cases.find(f" {typed} ").id == case.id, typed


def test_a_reference_differing_only_in_non_ascii_case_is_taken(app: App) -> None:
    lead = _as(app, "enq.lead")
    lead.cases.create(r.Case(reference="ÉTÉ-NORD", title="Été", opened_on=date(2026, 5, 3)))
    with pytest.raises(Conflict, match="already exists"):
        lead.cases.create(r.Case(reference="été-nord", title="Doublon", opened_on=date(2026, 5, 3)))


def test_an_outsider_reusing_a_restricted_non_ascii_reference_gets_the_audited_notice(app: App) -> None:
    lead = _as(app, "enq.lead")
    secret = lead.cases.create(
        r.Case(
            reference="ДЕЛО-1",
            title="Зима",
            lead="enq.lead",
            restricted=True,
            team=["sup.team"],
            opened_on=date(2026, 5, 3),
        )
    )
    outsider = _as(app, "enq.out")
    for reference in ("ДЕЛО-1", "дело-1"):
        with pytest.raises(OfInterestElsewhere, match=r"contact enq\.lead"):
            outsider.cases.create(r.Case(reference=reference, title="Autre", opened_on=date(2026, 5, 3)))
    hits = _as(app, "sup.team", Role.SUPERVISOR).audit.entries(action="deconfliction", username="enq.out")
    assert len(hits) == 2 and all(e.entity_ids == (str(secret.id),) for e in hits)
