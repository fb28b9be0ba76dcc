"""Object-level access rules on top of the permission table: source identities and original wordings
for their handlers, restricted cases for their team. The role × use case matrix is in
test_permission_matrix.py."""

from __future__ import annotations

from datetime import date
from uuid import uuid4

import pytest

from cross_desk.bootstrap import App
from cross_desk.domain import records as r
from cross_desk.domain.access import Forbidden, Role
from cross_desk.domain.actor import Actor
from cross_desk.domain.errors import DomainError


def test_identity_only_for_handlers_and_controller(sqlite_app: App) -> None:
    admin = sqlite_app.services
    src = admin.records.create(r.Source(codename="GEAI", handlers=["traitant.a"], controller="chef.b"))
    handler = sqlite_app.services_for(Actor("traitant.a", Role.SOURCE_HANDLER, "ws"))
    handler.records.set_source_identity(r.SourceIdentity(source_id=src.id, surname="Réel", given_names="Nom"))
    assert handler.records.source_identity(src.id, reason="rencontre prévue").surname == "Réel"
    controller = sqlite_app.services_for(Actor("chef.b", Role.SUPERVISOR, "ws"))
    assert controller.records.source_identity(src.id, reason="contrôle mensuel").surname == "Réel"
    other_handler = sqlite_app.services_for(Actor("traitant.z", Role.SOURCE_HANDLER, "ws"))
    with pytest.raises(Forbidden):
        other_handler.records.source_identity(src.id, reason="curiosité")
    administrator = sqlite_app.services_for(Actor("admin", Role.ADMINISTRATOR, "ws"))
    with pytest.raises(Forbidden):
        administrator.records.source_identity(src.id, reason="je suis admin")
    reads = [e for e in admin.audit.entries(action="read_identity")]
    assert len(reads) == 3 and sum(bool(e.details.get("refused")) for e in reads) == 1
    assert all("Réel" not in str(e.details) for e in admin.audit.entries())


def test_original_wording_only_for_handlers(sqlite_app: App) -> None:
    admin = sqlite_app.services
    src = admin.records.create(r.Source(codename="LORIOT", handlers=["traitant.a"]))
    tip = admin.intake.log_tip(
        r.Tip(
            channel=r.TipChannel.INFORMANT,
            source_id=src.id,
            original_text="mon beau-frère au garage",
            sanitised_text="une source indique",
            grade="B2",
        )
    )
    investigator = sqlite_app.services_for(Actor("enq", Role.INVESTIGATOR, "ws"))
    seen = investigator.records.get(tip.id)
    assert seen.original_text == "" and seen.sanitised_text == "une source indique"
    handler = sqlite_app.services_for(Actor("traitant.a", Role.SOURCE_HANDLER, "ws"))
    assert handler.records.get(tip.id).original_text == "mon beau-frère au garage"
    # an investigator's edit of the sanitised text keeps the original wording stored
    seen.sanitised_text = "une source indique (corrigé)"
    investigator.records.update(seen)
    assert handler.records.get(tip.id).original_text == "mon beau-frère au garage"
    assert all("beau-frère" not in str(e.details) for e in admin.audit.entries())


def test_restricted_case_tells_outsiders_whom_to_contact(sqlite_app: App) -> None:
    lead = sqlite_app.services_for(Actor("enq.lead", Role.INVESTIGATOR, "ws"))
    case = lead.cases.create(
        r.Case(
            reference="SECRET-1",
            title="Infiltration",
            lead="enq.lead",
            restricted=True,
            team=["enq.team"],
            opened_on=date(2026, 1, 5),
        )
    )
    person = lead.records.create(r.Person(surname="Cible"))
    lead.cases.add_members(case.id, [person.id])
    team = sqlite_app.services_for(Actor("enq.team", Role.INVESTIGATOR, "ws"))
    assert [c.reference for c in team.cases.list()] == ["SECRET-1"]
    outsider = sqlite_app.services_for(Actor("enq.out", Role.INVESTIGATOR, "ws"))
    assert outsider.cases.list() == []
    assert outsider.cases.cases_of(person.id) == []
    assert outsider.cases.interest_elsewhere(person.id) == ["Of interest to another case — contact enq.lead."]
    with pytest.raises(DomainError, match=r"contact enq\.lead"):
        outsider.cases.members(case.id)
    with pytest.raises(DomainError, match=r"contact enq\.lead"):
        outsider.graphs.case_graph(case.id)
    hits = sqlite_app.services.audit.entries(action="deconfliction")
    assert len(hits) >= 2 and all(e.username == "enq.out" for e in hits)


def test_restricted_case_details_leave_no_trace_for_outsiders(sqlite_app: App) -> None:
    lead = sqlite_app.services_for(Actor("enq.lead", Role.INVESTIGATOR, "ws"))
    case = lead.cases.create(r.Case(reference="SECRET-2", title="Filature", lead="enq.lead", restricted=True))
    person = lead.records.create(r.Person(surname="Suivi"))
    lead.cases.add_members(case.id, [person.id])
    tip = lead.intake.log_tip(
        r.Tip(
            channel=r.TipChannel.SURVEILLANCE, original_text="livraison jeudi", grade="A1", summary="livraison jeudi"
        ),
        mentions=[person.id],
        case_ids=[case.id],
    )
    outsider = sqlite_app.services_for(Actor("enq.out", Role.INVESTIGATOR, "ws"))
    assert outsider.records.count(r.EntityKind.TIP) == 0
    assert outsider.records.counts().get(r.EntityKind.TIP, 0) == 0
    assert outsider.records.list(r.EntityKind.TIP) == []
    assert outsider.search.search("livraison jeudi").entities == []
    assert outsider.desk.inbox().tips == []
    assert outsider.links.links_of(person.id) == []
    assert tip.id not in outsider.graphs.neighbourhood([person.id], hops=1).nodes
    assert tip.id not in outsider.graphs.whole().nodes
    with pytest.raises(DomainError):
        outsider.records.get(tip.id)
    assert [d.links for d in [outsider.records.detail(person.id)]] == [[]]
    # the person is not case-specific: still found, with the deconfliction notice
    assert outsider.search.search("suivi").entities[0].id == person.id
    assert outsider.cases.interest_elsewhere(person.id) == ["Of interest to another case — contact enq.lead."]
    # the tip itself is the case's own: no notice either, nothing that says it exists
    assert outsider.cases.interest_elsewhere(tip.id) == outsider.cases.interest_elsewhere(uuid4()) == []
    assert lead.records.count(r.EntityKind.TIP) == 1 and lead.desk.inbox().tips[0].id == tip.id


def test_only_the_controller_or_a_supervisor_reassigns_a_source(sqlite_app: App) -> None:
    supervisor = sqlite_app.services
    source = supervisor.records.create(r.Source(codename="PINSON", handlers=["trait.a"], controller="ctrl.a"))
    handler = sqlite_app.services_for(Actor("trait.a", Role.SOURCE_HANDLER, "ws"))
    mine = handler.records.get(source.id)
    assert isinstance(mine, r.Source)
    mine.handlers = ["trait.a", "trait.b"]
    with pytest.raises(Forbidden, match="controller or a supervisor"):
        handler.records.update(mine)
    mine.handlers = ["trait.a"]
    mine.notes = "rencontre mensuelle"
    handler.records.update(mine)  # other fields: the handler may
    controller = sqlite_app.services_for(Actor("ctrl.a", Role.SOURCE_HANDLER, "ws"))
    theirs = controller.records.get(source.id)
    assert isinstance(theirs, r.Source)
    theirs.handlers = ["trait.b"]
    assert controller.records.update(theirs).handlers == ["trait.b"]
