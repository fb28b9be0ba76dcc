"""Restricted cases leave no trace for outsiders in counts, reports and lists (SQLite and PostgreSQL).

One world: a restricted case (lead ``enq.lead``, team ``sup.team``, a supervisor) and a public
case sharing a person. The restricted case alone holds a tip, a seizure and an arrest; the public
case holds its own tip and seizure; one tip is in both. ``sup.out`` (a supervisor) and ``enq.out``
(an investigator) are outsiders: each list, count and figure they get is checked against what
the world would show without the restricted case's own records, and the insider against all.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path
from uuid import UUID

import pytest

from cross_desk.bootstrap import App
from cross_desk.domain import records as r
from cross_desk.domain.access import OfInterestElsewhere, Role
from cross_desk.domain.actor import Actor
from cross_desk.domain.errors import Conflict, NotFound
from cross_desk.domain.kinds import EntityKind, EventKind, QuantityUnit, Substance, TipChannel
from cross_desk.reports.activity import RESTRICTED_NOTE
from cross_desk.reports.i18n import Words
from cross_desk.services import Services
from cross_desk.services.desk import InboxFilter
from tests.reports.pdftools import contains, page_texts

MAY = (date(2026, 5, 1), date(2026, 5, 31))
SECRET_WORDS = ("SECRET-9", "Opération Hiver", "livraison mardi", "Hangar sud")


def _at(day: int, hour: int = 12) -> datetime:
    return datetime.combine(date(2026, 5, day), time(hour)).astimezone()


@dataclass
class World:
    lead: Services
    insider: Services  # sup.team, a supervisor in the team
    outsider: Services  # sup.out, a supervisor outside it
    investigator: Services  # enq.out, an investigator outside it
    secret: r.Case
    public: r.Case
    person: r.Person
    place: r.Location
    secret_tip: r.Tip
    secret_seizure: r.Seizure
    secret_arrest: r.Event
    public_tip: r.Tip
    public_seizure: r.Seizure
    shared_tip: r.Tip

    @property
    def secret_ids(self) -> set[UUID]:
        return {self.secret_tip.id, self.secret_seizure.id, self.secret_arrest.id}


@pytest.fixture
def world(app: App) -> World:
    def user(name: str, role: Role) -> Services:
        return app.services_for(Actor(name, role, "ws"))

    lead = user("enq.lead", Role.INVESTIGATOR)
    secret = lead.cases.create(
        r.Case(
            reference="SECRET-9",
            title="Opération Hiver",
            lead="enq.lead",
            restricted=True,
            team=["sup.team"],
            opened_on=date(2026, 5, 3),
        )
    )
    public = lead.cases.create(r.Case(reference="PUB-1", title="Quartier Nord", opened_on=date(2026, 5, 4)))
    person = lead.records.create(r.Person(surname="Partagé"))
    place = lead.records.create(r.Location(name="Point Nord", city="Valmorin", district="Nord"))
    lead.cases.add_members(public.id, [person.id, place.id])
    lead.cases.add_members(secret.id, [person.id, place.id])
    tip = r.Tip(
        channel=TipChannel.SURVEILLANCE,
        original_text="livraison mardi au Hangar sud",
        sanitised_text="livraison mardi au Hangar sud",
        summary="livraison mardi",
        grade="A1",
        received_at=_at(6),
    )
    secret_tip = lead.intake.log_tip(tip, mentions=[person.id, place.id], case_ids=[secret.id])
    secret_seizure = lead.intake.record_seizure(
        r.Seizure(
            seized_on=date(2026, 5, 7),
            substances=[r.SubstanceLine(Substance.COCAINE, Decimal("5"), QuantityUnit.KILOGRAM)],
            cash_eur=Decimal("10000"),
            weapons=2,
            description="Hangar sud",
        ),
        persons=[person.id],
        place=place.id,
        case_ids=[secret.id],
    )
    secret_arrest = lead.intake.record_event(
        r.Event(event_kind=EventKind.ARREST, occurred_at=_at(8), description="Hangar sud"),
        persons=[person.id],
        place=place.id,
        case_ids=[secret.id],
    )
    public_tip = lead.intake.log_tip(
        r.Tip(
            channel=TipChannel.PUBLIC_PLATFORM,
            original_text="point de deal",
            summary="point de deal",
            grade="F6",
            received_at=_at(5),
        ),
        mentions=[place.id],
        case_ids=[public.id],
    )
    public_seizure = lead.intake.record_seizure(
        r.Seizure(
            seized_on=date(2026, 5, 9),
            substances=[r.SubstanceLine(Substance.CANNABIS_RESIN, Decimal("1"), QuantityUnit.KILOGRAM)],
            cash_eur=Decimal("100"),
        ),
        persons=[person.id],
        place=place.id,
        case_ids=[public.id],
    )
    shared_tip = lead.intake.log_tip(
        r.Tip(
            channel=TipChannel.SURVEILLANCE,
            original_text="vu ensemble",
            summary="vu ensemble",
            grade="B2",
            received_at=_at(10),
        ),
        mentions=[person.id],
        case_ids=[public.id, secret.id],
    )
    return World(
        lead,
        user("sup.team", Role.SUPERVISOR),
        user("sup.out", Role.SUPERVISOR),
        user("enq.out", Role.INVESTIGATOR),
        secret,
        public,
        person,
        place,
        secret_tip,
        secret_seizure,
        secret_arrest,
        public_tip,
        public_seizure,
        shared_tip,
    )


def _text(value: object) -> str:
    return repr(value)


def _no_secret(value: object) -> None:
    text = _text(value)
    for word in SECRET_WORDS:
        assert word not in text, word


# --- the activity report ----------------------------------------------------------------------------


def test_activity_figures_leave_out_what_only_an_outside_restricted_case_holds(world: World) -> None:
    outside = world.outsider.reports.activity_data(*MAY)
    inside = world.insider.reports.activity_data(*MAY)
    now_out, now_in = outside.current.total(), inside.current.total()
    assert now_out.seizures.count == 1 and now_in.seizures.count == 2
    assert now_out.seizures.cash_eur == Decimal("100") and now_in.seizures.cash_eur == Decimal("10100")
    assert now_out.seizures.weapons == 0 and now_in.seizures.weapons == 2
    assert (Substance.COCAINE, QuantityUnit.KILOGRAM) not in now_out.seizures.substances
    assert now_in.seizures.substances[(Substance.COCAINE, QuantityUnit.KILOGRAM)] == Decimal("5")
    assert now_out.arrests == 0 and now_in.arrests == 1
    assert now_out.tips == 2 and now_in.tips == 3  # the shared tip counts for everyone
    assert [c.case.reference for c in outside.cases] == ["PUB-1"]
    assert sorted(c.case.reference for c in inside.cases) == ["PUB-1", "SECRET-9"]
    _no_secret(outside)

    # What the outsider got is exactly the unit's figures without those records.
    for record_id in world.secret_ids:
        world.lead.records.delete(record_id)
    without = world.insider.reports.activity_data(*MAY)
    assert (without.current, without.previous) == (outside.current, outside.previous)


def test_activity_report_pdf_names_nothing_restricted_and_says_so_for_everyone(
    world: World, app: App, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    words = Words("fr")
    note = words(RESTRICTED_NOTE)
    outsider_pdf = out / "outsider.pdf"
    world.outsider.reports.activity(*MAY, outsider_pdf)
    text = "\n".join(page_texts(outsider_pdf))
    for word in SECRET_WORDS:
        assert not contains(text, word), word
    assert contains(text, "Nombre de saisies 1 0") and contains(text, words.money(Decimal("100")))
    assert not contains(text, words.money(Decimal("10100"))) and not contains(text, "PersonnesinterpelléesNord")
    assert contains(text, note)
    # The same note on the insider's copy, and on a report with no restricted case at all: it
    # tells no one whether such cases exist.
    insider_pdf = out / "insider.pdf"
    world.insider.reports.activity(*MAY, insider_pdf)
    inside_text = "\n".join(page_texts(insider_pdf))
    assert contains(inside_text, "SECRET-9") and contains(inside_text, words.money(Decimal("10100")))
    assert contains(inside_text, note)
    english = out / "english.pdf"
    world.outsider.reports.activity(*MAY, english, language="en")
    assert contains("\n".join(page_texts(english)), RESTRICTED_NOTE)


def test_activity_report_note_is_printed_without_restricted_cases(services: Services, tmp_path: Path) -> None:
    services.records.create(r.Seizure(seized_on=date(2026, 5, 2), cash_eur=Decimal("50")))
    path = tmp_path / "plain.pdf"
    services.reports.activity(*MAY, path)
    assert contains("\n".join(page_texts(path)), Words("fr")(RESTRICTED_NOTE))


def test_a_period_with_only_restricted_activity_is_empty_for_an_outsider(world: World, tmp_path: Path) -> None:
    world.lead.records.delete(world.public_tip.id)
    world.lead.records.delete(world.public_seizure.id)
    world.lead.records.delete(world.shared_tip.id)
    data = world.outsider.reports.activity_data(*MAY)
    assert data.current.is_empty() and data.cases == [c for c in data.cases if c.case.reference == "PUB-1"]
    assert not world.insider.reports.activity_data(*MAY).current.is_empty()


# --- the desk: inbox, case at a glance, deleted records -------------------------------------------------


def test_inbox_neither_lists_counts_nor_names_an_outside_restricted_case(world: World) -> None:
    for outsider in (world.outsider, world.investigator):
        inbox = outsider.desk.inbox()
        assert {t.id for t in inbox.tips} == {world.public_tip.id, world.shared_tip.id} and inbox.total == 2
        shared = next(t for t in inbox.tips if t.id == world.shared_tip.id)
        assert [ref for _id, ref in shared.cases] == ["PUB-1"]
        _no_secret(inbox)
        cut = outsider.desk.inbox(InboxFilter(limit=1))
        assert len(cut.tips) == 1 and cut.total == 2 and cut.truncated
        assert outsider.desk.inbox(InboxFilter(unassigned=True)).tips == []
        with pytest.raises(OfInterestElsewhere, match=r"enq\.lead"):
            outsider.desk.inbox(InboxFilter(case_id=world.secret.id))
    inbox = world.insider.desk.inbox()
    assert inbox.total == 3 and world.secret_tip.id in {t.id for t in inbox.tips}
    shared = next(t for t in inbox.tips if t.id == world.shared_tip.id)
    assert [ref for _id, ref in shared.cases] == ["PUB-1", "SECRET-9"]
    assert {t.id for t in world.insider.desk.inbox(InboxFilter(case_id=world.secret.id)).tips} == {
        world.secret_tip.id,
        world.shared_tip.id,
    }


def test_case_summary_and_totals_of_a_restricted_case_only_for_its_team(world: World) -> None:
    with pytest.raises(OfInterestElsewhere):
        world.investigator.desk.case_summary(world.secret.id)
    with pytest.raises(OfInterestElsewhere):
        world.outsider.desk.substance_totals(world.secret.id)
    hits = [e for e in world.insider.audit.entries(action="deconfliction") if e.username in ("enq.out", "sup.out")]
    assert len(hits) == 2
    summary = world.insider.desk.case_summary(world.secret.id)
    assert {t.id for t in summary.tips} == {world.secret_tip.id, world.shared_tip.id}
    assert summary.cash_eur == Decimal("10000") and summary.weapons == 2
    assert [(t.substance, t.quantity) for t in summary.totals] == [(Substance.COCAINE, Decimal("5"))]


def test_public_case_sharing_a_member_shows_none_of_the_restricted_case(world: World, tmp_path: Path) -> None:
    for outsider in (world.outsider, world.investigator):
        summary = outsider.desk.case_summary(world.public.id)
        assert {t.id for t in summary.tips} == {world.public_tip.id, world.shared_tip.id}
        assert [s.id for s in summary.seizures] == [world.public_seizure.id] and summary.events == []
        assert summary.cash_eur == Decimal("100")
        ends = {x for link in summary.links for x in (link.source_id, link.target_id)}
        assert not ends & world.secret_ids and not set(summary.refs) & world.secret_ids
        _no_secret(summary)
    path = tmp_path / "dossier.pdf"
    world.investigator.reports.case_dossier(world.public.id, path)
    text = "\n".join(page_texts(path))
    assert contains(text, "PUB-1") and contains(text, "point de deal")
    for word in SECRET_WORDS:
        assert not contains(text, word), word


def test_deleted_records_of_an_outside_restricted_case_stay_unseen(world: World) -> None:
    world.lead.records.delete(world.secret_tip.id)
    world.lead.records.delete(world.public_tip.id)
    assert [d.ref.id for d in world.outsider.desk.deleted()] == [world.public_tip.id]
    assert [d.ref.id for d in world.outsider.desk.deleted(limit=1)] == [world.public_tip.id]
    assert {d.ref.id for d in world.insider.desk.deleted()} == {world.secret_tip.id, world.public_tip.id}


# --- navigator, case list, search -------------------------------------------------------------------------


def test_navigator_counts_case_list_and_search(world: World) -> None:
    inside, outside = world.insider.records.counts(), world.outsider.records.counts()
    for kind in (EntityKind.TIP, EntityKind.SEIZURE, EntityKind.EVENT):
        assert inside[kind] - outside.get(kind, 0) == 1, kind
        assert world.outsider.records.count(kind) == outside.get(kind, 0)
    assert outside[EntityKind.PERSON] == inside[EntityKind.PERSON]  # people are not case-specific
    assert [c.reference for c in world.outsider.cases.list()] == ["PUB-1"]
    assert [c.reference for c in world.insider.cases.list()] == ["PUB-1", "SECRET-9"]
    assert [c.reference for c in world.outsider.cases.cases_of(world.person.id)] == ["PUB-1"]
    found = world.outsider.search.search("hangar")
    assert found.entities == [] and found.cases == []
    assert world.outsider.search.search("SECRET-9").cases == []
    assert {e.id for e in world.insider.search.search("hangar").entities} & world.secret_ids


def test_a_reference_taken_by_an_outside_restricted_case_is_deconfliction(world: World) -> None:
    with pytest.raises(OfInterestElsewhere, match=r"contact enq\.lead"):
        world.investigator.cases.create(r.Case(reference="secret-9", title="Autre"))
    own = world.investigator.cases.create(r.Case(reference="ENQ-2", title="Autre"))
    own.reference = "SECRET-9"
    with pytest.raises(OfInterestElsewhere):
        world.investigator.cases.update(own)
    with pytest.raises(Conflict, match="already exists"):
        world.insider.cases.create(r.Case(reference="SECRET-9", title="Doublon"))
    hits = world.insider.audit.entries(action="deconfliction", username="enq.out")
    assert len(hits) == 2 and all(e.entity_ids == (str(world.secret.id),) for e in hits)


def test_an_outsider_cannot_pull_a_restricted_record_into_a_case_of_theirs(world: World) -> None:
    own = world.investigator.cases.create(r.Case(reference="ENQ-3", title="Mien"))
    with pytest.raises(NotFound, match="1 of the records"):
        world.investigator.cases.add_members(own.id, [world.secret_tip.id, world.person.id])
    assert world.investigator.cases.members(own.id) == []
    assert world.outsider.records.count(EntityKind.TIP) == 2
    assert world.insider.cases.add_members(own.id, [world.secret_tip.id]) == [world.secret_tip.id]


# --- retention and the audit viewer ------------------------------------------------------------------------


def test_retention_due_list_leaves_out_an_outside_restricted_case(world: World) -> None:
    later = date.today() + timedelta(days=365 * 6)
    seen_out = {ref.id for ref, _ in world.outsider.retention.due(on=later)}
    seen_in = {ref.id for ref, _ in world.insider.retention.due(on=later)}
    assert seen_in - seen_out == world.secret_ids
    assert {world.public_tip.id, world.shared_tip.id, world.person.id} <= seen_out
    full = len(seen_out)
    assert len(world.outsider.retention.due(on=later, limit=full)) == full  # the cut comes after filtering
    with pytest.raises(NotFound, match="No such record"):
        world.outsider.retention.extend(world.secret_tip.id, later + timedelta(days=10), "enquête en cours")
    with pytest.raises(NotFound, match="No such record"):
        world.outsider.retention.erase(world.secret_seizure.id, "durée échue")
    world.insider.retention.extend(world.secret_tip.id, later + timedelta(days=10), "enquête en cours")
    assert world.secret_tip.id not in {ref.id for ref, _ in world.insider.retention.due(on=later)}


def test_audit_viewer_withholds_the_content_of_rows_about_an_outside_restricted_case(
    world: World, tmp_path: Path
) -> None:
    rows = world.outsider.audit.entries()
    everything = world.insider.audit.entries()
    assert [(e.seq, e.action, e.username) for e in rows] == [(e.seq, e.action, e.username) for e in everything]
    _no_secret([(e.entity_ids, e.details) for e in rows])
    withheld = [e for e in rows if not e.details and not e.entity_ids]
    assert withheld and all(e.username == "enq.lead" for e in withheld)
    assert any("SECRET-9" in str(e.details) for e in everything)
    assert any("livraison mardi" in str(e.details) for e in everything)
    path = tmp_path / "audit.csv"
    world.outsider.audit.export_csv(path, recipient="inspection")
    exported = path.read_text(encoding="utf-8")
    for word in SECRET_WORDS:
        assert word not in exported, word
    for record_id in (*world.secret_ids, world.secret.id):
        assert str(record_id) not in exported
    assert world.outsider.audit.verify().ok
