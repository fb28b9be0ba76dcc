"""The last ways a restricted case's own records could show through (SQLite and PostgreSQL).

A restricted case (lead ``enq.lead``, team ``sup.team``) holds a tip that mentions two people:
"Partagé", also in a public case, and "Discret", in no case and mentioned nowhere else. It also
holds a tip that was deleted. ``sup.out``, a supervisor outside the case, may read, write, delete
and restore records: for each id of the case's own records, every use case must answer exactly as
for an id that never existed, write nothing and leave no audit row; the team sees everything.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any
from uuid import UUID, uuid4

import pytest

from cross_desk.bootstrap import App
from cross_desk.domain import records as r
from cross_desk.domain.access import OfInterestElsewhere, Role
from cross_desk.domain.actor import Actor
from cross_desk.domain.errors import NotFound
from cross_desk.domain.kinds import EntityKind, LinkKind, TipChannel
from cross_desk.services import Services
from cross_desk.services.analysis import Scope


def _at(day: int) -> datetime:
    return datetime.combine(date(2026, 5, day), time(12)).astimezone()


def _tip(summary: str, day: int) -> r.Tip:
    return r.Tip(
        channel=TipChannel.SURVEILLANCE,
        original_text=summary,
        sanitised_text=summary,
        summary=summary,
        grade="B2",
        received_at=_at(day),
    )


@dataclass
class World:
    lead: Services
    insider: Services  # sup.team, a supervisor in the team
    outsider: Services  # sup.out, a supervisor outside it
    secret: r.Case
    public: r.Case
    shared: r.Person  # in the public case, and mentioned by the secret tip
    discreet: r.Person  # reached only through the secret tip
    secret_tip: r.Tip
    gone_tip: r.Tip  # the restricted case's, deleted
    public_tip: r.Tip

    @property
    def mention(self) -> r.Link:
        """The link saying the secret tip mentions the shared person."""
        links = self.insider.links.links_of(self.secret_tip.id)
        return next(x for x in links if x.source_id == self.shared.id)


@pytest.fixture
def world(app: App) -> World:
    def user(name: str, role: Role) -> Services:
        return app.services_for(Actor(name, role, "ws"))

    lead = user("enq.lead", Role.INVESTIGATOR)
    secret = lead.cases.create(
        r.Case(reference="SECRET-7", title="Opération Brume", lead="enq.lead", restricted=True, team=["sup.team"])
    )
    public = lead.cases.create(r.Case(reference="PUB-7", title="Quartier Sud"))
    shared = lead.records.create(r.Person(surname="Partagé"))
    discreet = lead.records.create(r.Person(surname="Discret"))
    lead.cases.add_members(public.id, [shared.id])
    secret_tip = lead.intake.log_tip(
        _tip("rendez-vous au quai", 6), mentions=[shared.id, discreet.id], case_ids=[secret.id]
    )
    gone_tip = lead.intake.log_tip(_tip("ancien renseignement", 7), case_ids=[secret.id])
    lead.records.delete(gone_tip.id)
    public_tip = lead.intake.log_tip(_tip("point de deal", 8), mentions=[shared.id], case_ids=[public.id])
    return World(
        lead,
        user("sup.team", Role.SUPERVISOR),
        user("sup.out", Role.SUPERVISOR),
        secret,
        public,
        shared,
        discreet,
        secret_tip,
        gone_tip,
        public_tip,
    )


def _refusal(call: Callable[[], Any]) -> str:
    with pytest.raises(NotFound) as err:
        call()
    return str(err.value)


def _as_missing(hidden: Callable[[], Any], missing: Callable[[], Any]) -> None:
    """Both calls are refused with the same words: a hidden id reads as one that never was."""
    words = _refusal(missing)
    assert _refusal(hidden) == words


def _last_seq(world: World) -> int:
    return max(e.seq for e in world.insider.audit.entries())


def _ends(data: r.GraphData) -> set[UUID]:
    return {x for link in data.links for x in (link.source_id, link.target_id)}


# --- graphs: neither shown nor walked through --------------------------------------------------------------


def test_neighbourhood_does_not_walk_through_a_hidden_tip(world: World) -> None:
    secret = {world.secret_tip.id, world.gone_tip.id}
    for hops in (1, 2, 3):
        outside = world.outsider.graphs.neighbourhood([world.shared.id], hops)
        assert world.discreet.id not in outside.nodes, hops  # reached only through the secret tip
        assert not (set(outside.nodes) | _ends(outside) | set(outside.when)) & secret
    assert set(world.outsider.graphs.neighbourhood([world.shared.id], 2).nodes) == {
        world.shared.id,
        world.public_tip.id,
    }
    inside = world.insider.graphs.neighbourhood([world.shared.id], 2)
    assert {world.secret_tip.id, world.discreet.id, world.public_tip.id} <= set(inside.nodes)

    # A hidden start is a start that does not exist; a person is never hidden, only cut off.
    assert world.outsider.graphs.neighbourhood([world.secret_tip.id], 2) == world.outsider.graphs.neighbourhood(
        [uuid4()], 2
    )
    alone = world.outsider.graphs.neighbourhood([world.discreet.id], 3)
    assert set(alone.nodes) == {world.discreet.id} and alone.links == []
    assert world.shared.id in world.insider.graphs.neighbourhood([world.discreet.id], 2).nodes


def test_whole_graph_case_graph_and_analysis_scope_leave_the_hidden_tip_out(world: World) -> None:
    whole = world.outsider.graphs.whole()
    assert world.secret_tip.id not in whole.nodes and world.secret_tip.id not in _ends(whole)
    assert world.secret_tip.id not in whole.when
    assert world.discreet.id in whole.nodes  # people are not hidden, only what links them to the tip
    assert world.secret_tip.id in world.insider.graphs.whole().nodes

    public = world.outsider.graphs.case_graph(world.public.id)
    assert set(public.nodes) == {world.shared.id, world.public_tip.id}
    with pytest.raises(OfInterestElsewhere, match=r"enq\.lead"):
        world.outsider.graphs.case_graph(world.secret.id)

    network = world.outsider.analysis.network(Scope.around([world.shared.id], 2))
    assert set(network.nodes) == {world.shared.id, world.public_tip.id}
    assert world.discreet.id in world.insider.analysis.network(Scope.around([world.shared.id], 2)).nodes


# --- intake ---------------------------------------------------------------------------------------------


def test_mentioned_in_a_hidden_tip_is_answered_as_for_a_missing_one(world: World) -> None:
    _as_missing(
        lambda: world.outsider.intake.mentioned_in(world.secret_tip.id),
        lambda: world.outsider.intake.mentioned_in(uuid4()),
    )
    _as_missing(
        lambda: world.outsider.intake.mentioned_in(world.gone_tip.id),
        lambda: world.outsider.intake.mentioned_in(uuid4()),
    )
    assert [ref.id for ref in world.outsider.intake.mentioned_in(world.public_tip.id)] == [world.shared.id]
    assert {ref.id for ref in world.insider.intake.mentioned_in(world.secret_tip.id)} == {
        world.shared.id,
        world.discreet.id,
    }


def test_intake_cannot_name_a_hidden_record_nor_join_an_outside_case(world: World) -> None:
    tips = world.insider.records.count(EntityKind.TIP)
    seq = _last_seq(world)
    _as_missing(
        lambda: world.outsider.intake.log_tip(_tip("vu au quai", 9), mentions=[world.secret_tip.id]),
        lambda: world.outsider.intake.log_tip(_tip("vu au quai", 9), mentions=[uuid4()]),
    )
    _as_missing(
        lambda: world.outsider.intake.record_event(
            r.Event(occurred_at=_at(9), description="contrôle"), place=world.secret_tip.id
        ),
        lambda: world.outsider.intake.record_event(r.Event(occurred_at=_at(9), description="contrôle"), place=uuid4()),
    )
    assert world.insider.records.count(EntityKind.TIP) == tips and _last_seq(world) == seq

    # Logging into the restricted case is deconfliction: whom to contact, audited, nothing saved.
    tip = _tip("vu au quai", 9)
    with pytest.raises(OfInterestElsewhere, match=r"contact enq\.lead"):
        world.outsider.intake.log_tip(tip, mentions=[world.shared.id], case_ids=[world.secret.id])
    _as_missing(lambda: world.insider.records.get(tip.id), lambda: world.insider.records.get(uuid4()))
    assert world.insider.records.count(EntityKind.TIP) == tips
    hits = world.insider.audit.entries(action="deconfliction", username="sup.out")
    assert [e.entity_ids for e in hits] == [(str(world.secret.id),)]

    inside = world.insider.intake.log_tip(tip, mentions=[world.secret_tip.id], case_ids=[world.secret.id])
    assert world.insider.records.get(inside.id).id == tip.id


# --- records --------------------------------------------------------------------------------------------


def test_records_use_cases_answer_a_hidden_id_as_a_missing_one_and_write_nothing(world: World) -> None:
    out = world.outsider.records
    world.lead.records.delete(world.public_tip.id)  # something the outsider may see in the bin
    stored = world.insider.records.get(world.secret_tip.id)
    seq = _last_seq(world)

    _as_missing(lambda: out.get(world.secret_tip.id), lambda: out.get(uuid4()))
    _as_missing(lambda: out.detail(world.secret_tip.id), lambda: out.detail(uuid4()))
    edited = dataclasses.replace(stored, summary="réécrit")
    never_saved = dataclasses.replace(stored, id=uuid4(), summary="réécrit")
    _as_missing(lambda: out.update(edited), lambda: out.update(never_saved))
    _as_missing(lambda: out.delete(world.secret_tip.id), lambda: out.delete(uuid4()))
    _as_missing(lambda: out.restore(world.gone_tip.id), lambda: out.restore(uuid4()))
    _as_missing(lambda: out.restore(world.secret_tip.id), lambda: out.restore(uuid4()))
    assert [ref.id for ref in out.deleted()] == [world.public_tip.id]
    assert [ref.id for ref in out.deleted(EntityKind.TIP)] == [world.public_tip.id]

    # Nothing was written, and the audit trail has no row of these attempts.
    assert _last_seq(world) == seq
    after = world.insider.records.get(world.secret_tip.id)
    assert (after.version, after.summary) == (stored.version, stored.summary)
    assert {ref.id for ref in world.insider.records.deleted()} == {world.gone_tip.id, world.public_tip.id}

    # The team does all of it.
    inside = world.insider.records
    assert inside.detail(world.secret_tip.id).entity.id == world.secret_tip.id
    assert inside.update(dataclasses.replace(stored, summary="réécrit")).summary == "réécrit"
    inside.delete(world.secret_tip.id)
    inside.restore(world.gone_tip.id)
    assert {ref.id for ref in inside.deleted()} == {world.secret_tip.id, world.public_tip.id}


# --- links ----------------------------------------------------------------------------------------------


def test_links_to_a_hidden_record_are_refused_as_for_a_missing_one(world: World) -> None:
    out = world.outsider.links
    mention = world.mention
    seq = _last_seq(world)

    def associate(target: UUID, evidence: UUID | None = None) -> Callable[[], r.Link]:
        return lambda: out.link(
            r.Link(kind=LinkKind.ASSOCIATE, source_id=world.shared.id, target_id=target, evidence_id=evidence)
        )

    _as_missing(associate(world.secret_tip.id), associate(uuid4()))
    _as_missing(associate(world.gone_tip.id), associate(uuid4()))
    _as_missing(associate(world.discreet.id, world.secret_tip.id), associate(world.discreet.id, uuid4()))
    _as_missing(lambda: out.get(mention.id), lambda: out.get(uuid4()))
    noted = dataclasses.replace(mention, notes="vu")
    _as_missing(lambda: out.update(noted), lambda: out.update(dataclasses.replace(noted, id=uuid4())))
    _as_missing(lambda: out.unlink(mention.id), lambda: out.unlink(uuid4()))
    # A visible link cannot be turned into one with a hidden end or hidden evidence either.
    public_mention = next(x for x in out.links_of(world.public_tip.id) if x.source_id == world.shared.id)
    _as_missing(
        lambda: out.update(dataclasses.replace(public_mention, target_id=world.secret_tip.id)),
        lambda: out.update(dataclasses.replace(public_mention, target_id=uuid4())),
    )
    assert _last_seq(world) == seq
    assert world.insider.links.get(mention.id).version == mention.version
    assert {x.target_id for x in out.links_of(world.shared.id)} == {world.public_tip.id}

    inside = world.insider.links
    assert inside.get(mention.id) == mention
    inside.update(noted)
    inside.link(r.Link(kind=LinkKind.OTHER, source_id=world.discreet.id, target_id=world.secret_tip.id))
    inside.unlink(mention.id)
    assert world.shared.id not in {x.source_id for x in inside.links_of(world.secret_tip.id)}


def test_a_link_whose_evidence_is_hidden_can_still_be_edited_by_an_outsider(world: World) -> None:
    # Two people seen together, as the secret tip says: the link is theirs, the evidence is not.
    seen = world.insider.links.link(
        r.Link(
            kind=LinkKind.SEEN_WITH,
            source_id=world.shared.id,
            target_id=world.discreet.id,
            evidence_id=world.secret_tip.id,
        )
    )
    got = world.outsider.links.get(seen.id)
    saved = world.outsider.links.update(dataclasses.replace(got, notes="revus ensemble"))
    assert world.insider.links.get(seen.id).notes == "revus ensemble" and saved.evidence_id == world.secret_tip.id


# --- search ---------------------------------------------------------------------------------------------


@pytest.fixture
def crowded(world: World) -> World:
    """Three tips of the restricted case and three public ones say "brumes"; the secret ones
    come first in the store's order (earlier dates, earlier labels)."""
    for day in (1, 2, 3):
        world.lead.intake.log_tip(_tip("quai des brumes", day), case_ids=[world.secret.id])
    for day in (20, 21, 22):
        world.lead.intake.log_tip(_tip("quai des brumes", day), case_ids=[world.public.id])
    return world


def test_search_fills_a_page_after_leaving_hidden_records_out(crowded: World) -> None:
    outside = crowded.outsider.search
    full = outside.search("brumes", kinds=[EntityKind.TIP])
    assert len(full.entities) == 3 and all(ref.label.startswith(("20/", "21/", "22/")) for ref in full.entities)
    page = outside.search("brumes", kinds=[EntityKind.TIP], limit=2)
    assert [ref.id for ref in page.entities] == [ref.id for ref in full.entities[:2]]
    inside = crowded.insider.search.search("brumes", kinds=[EntityKind.TIP], limit=2)
    assert all(ref.label.startswith(("01/", "02/")) for ref in inside.entities)
    assert len(crowded.insider.search.search("brumes", kinds=[EntityKind.TIP]).entities) == 6


def test_spelling_variants_fill_a_page_after_leaving_hidden_records_out(crowded: World) -> None:
    # No term contains "quaidesbrumez": every hit is a spelling variant, by score then label.
    page = crowded.outsider.search.search("quai des brumez", kinds=[EntityKind.TIP], limit=2)
    assert len(page.entities) == 2 and page.approximate == {ref.id for ref in page.entities}
    assert all(ref.label.startswith(("20/", "21/")) for ref in page.entities)
    inside = crowded.insider.search.search("quai des brumez", kinds=[EntityKind.TIP], limit=2)
    assert all(ref.label.startswith(("01/", "02/")) for ref in inside.entities)


def test_a_visible_link_evidenced_by_a_hidden_tip_shows_no_evidence(world: World) -> None:
    """Two people seen together: the link is everyone's, the tip behind it the case's own."""
    seen = world.lead.links.link(
        r.Link(
            kind=LinkKind.ASSOCIATE,
            source_id=world.shared.id,
            target_id=world.discreet.id,
            evidence_id=world.secret_tip.id,
        )
    )
    assert world.insider.links.get(seen.id).evidence_id == world.secret_tip.id
    outsider = world.outsider
    assert outsider.links.get(seen.id).evidence_id is None
    assert [x.evidence_id for x in outsider.links.links_of(world.shared.id) if x.id == seen.id] == [None]
    assert [x.evidence_id for x in outsider.records.detail(world.shared.id).links if x.id == seen.id] == [None]
    for data in (outsider.graphs.neighbourhood([world.shared.id], 1), outsider.graphs.whole()):
        assert all(x.evidence_id != world.secret_tip.id for x in data.links)
    # an outsider's edit keeps the evidence they could not see
    edited = outsider.links.get(seen.id)
    edited.notes = "vus ensemble au marché"
    outsider.links.update(edited)
    assert world.insider.links.get(seen.id).evidence_id == world.secret_tip.id
