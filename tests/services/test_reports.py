"""Reports through the services, on SQLite and PostgreSQL: a demo case's dossier and the
activity report, checked against what the other use cases return."""

from __future__ import annotations

import unicodedata
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path
from uuid import UUID

import pytest
from pypdf import PdfReader

from cross_desk.bootstrap import App
from cross_desk.demo.generator import DemoBuilder, DemoSpec
from cross_desk.domain import records as r
from cross_desk.domain.access import Forbidden, OfInterestElsewhere, Role
from cross_desk.domain.actor import Actor
from cross_desk.domain.errors import NotFound, ValidationError
from cross_desk.domain.kinds import DealPointStatus, EntityKind, EventKind, LinkKind, QuantityUnit, Substance
from cross_desk.reports.i18n import Words
from cross_desk.reports.model import Section, seizure_totals
from cross_desk.services import Services
from cross_desk.services.reports import EmptyPeriod, default_period, key_players, layout, month_of, previous_period
from tests.reports.pdftools import contains, page_texts, squash

SPEC = DemoSpec(people=60, links=220)
SEED = 5


@pytest.fixture
def demo(services: Services) -> DemoBuilder:
    today = date.today()  # once: the two must not straddle midnight
    services.demo.load(SPEC, seed=SEED, today=today)
    builder = DemoBuilder(SPEC, SEED, today)  # the same data in memory: true identities, original wordings
    builder.build()
    return builder


def _all(services: Services, kind: EntityKind) -> list[r.Entity]:
    return services.records.get_many([ref.id for ref in services.records.list(kind, limit=None)])


def test_dossier_of_a_demo_case(services: Services, demo: DemoBuilder, tmp_path: Path) -> None:
    case = services.cases.list()[0]
    path = tmp_path / "dossier.pdf"
    result = services.reports.case_dossier(case.id, path, marking="Diffusion restreinte")
    texts = page_texts(path)
    text = "\n".join(texts)

    assert result.pages == len(texts) == len(PdfReader(str(path)).pages)
    assert contains(texts[-1], f"Page {result.pages} sur {result.pages}")
    assert contains(text, case.reference)
    members = services.cases.member_records(case.id)
    words = Words("fr")
    for member in members:
        if isinstance(member, r.Tip):
            assert contains(text, member.summary or member.sanitised_text.split("\n")[0])
        elif isinstance(member, r.Seizure):
            assert contains(text, words.date(member.seized_on))
        elif isinstance(member, r.Event):
            assert contains(text, member.description)
        else:
            assert contains(text, member.label()), member.label()

    # totals are the sums of the case's seizures as the services return them
    seizures = [m for m in members if isinstance(m, r.Seizure)]
    cash = sum((s.cash_eur for s in seizures), Decimal(0))
    assert contains(text, f"Numéraire {words.money(cash)}")
    assert contains(text, f"Nombre de saisies {len(seizures)}")
    for substance, unit, quantity in seizure_totals(seizures).sorted_substances():
        assert contains(text, f"{words.enum(substance)} {words.quantity(quantity, unit)}")

    # who printed what is recorded
    record = result.record
    assert record is not None and record.reference == case.reference and record.marking == "Diffusion restreinte"
    assert record.username == services.actor.username and len(record.sections) == len(Section)
    logged = services.audit.entries(action="print", entity_id=case.id)
    assert len(logged) == 1 and logged[0].username == services.actor.username
    assert logged[0].details["marking"] == "Diffusion restreinte" and logged[0].details["pages"] == result.pages
    assert logged[0].details["reference"] == case.reference


def test_no_source_identity_or_original_wording_anywhere(services: Services, demo: DemoBuilder, tmp_path: Path) -> None:
    person_surnames = {squash(e.surname).upper() for e in demo.entities if isinstance(e, r.Person)}
    originals = [t.original_text for t in demo.entities if isinstance(t, r.Tip) and t.original_text != t.sanitised_text]
    assert demo.identities and originals
    for case in services.cases.list():
        path = tmp_path / f"{case.reference}.pdf"
        services.reports.case_dossier(case.id, path)
        text = "\n".join(page_texts(path))
        folded = squash(text).upper()
        raw = path.read_bytes()
        for identity in demo.identities:
            assert squash(f"{identity.surname}{identity.given_names}").upper() not in folded
            assert squash(f"{identity.given_names}{identity.surname}").upper() not in folded
            assert squash(identity.notes) not in squash(text)
            if squash(identity.surname).upper() not in person_surnames:  # a generated surname may be shared
                assert squash(identity.surname).upper() not in folded, identity.surname
            assert identity.surname.encode() not in raw
        for original in originals:
            assert not contains(text, original[:60])
        assert "qui fréquente" not in text  # the demo's originals say where the source spends time


def test_sections_positions_and_key_players_can_be_passed_in(
    services: Services, demo: DemoBuilder, tmp_path: Path
) -> None:
    case = services.cases.list()[1]
    graph = services.graphs.case_graph(case.id)
    positions = layout(graph)
    assert set(positions) == set(graph.nodes)
    path = tmp_path / "part.pdf"
    result = services.reports.case_dossier(
        case.id, path, sections=[Section.CHART, Section.PEOPLE], language="en", positions=positions, players=[]
    )
    text = "\n".join(page_texts(path))
    assert contains(text, "People") and contains(text, "Link chart") and not contains(text, "Key players")
    assert result.record is not None and result.record.sections == (Section.PEOPLE, Section.CHART)


def test_progress_is_reported_and_a_cancel_leaves_nothing(
    services: Services, demo: DemoBuilder, tmp_path: Path
) -> None:
    out = tmp_path / "out"  # tmp_path also holds the SQLite database
    out.mkdir()
    case = services.cases.list()[0]
    seen: list[float] = []
    services.reports.case_dossier(case.id, out / "a.pdf", progress=lambda f, _w: seen.append(f))
    assert seen[0] == 0.0 and seen[-1] == 1.0 and seen == sorted(seen)

    class Cancelled(Exception):
        pass

    def cancel(fraction: float, _what: str) -> None:
        if fraction > 0.5:
            raise Cancelled

    with pytest.raises(Cancelled):
        services.reports.case_dossier(case.id, out / "b.pdf", progress=cancel)
    assert sorted(p.name for p in out.iterdir()) == ["a.pdf"]


def test_refusals(app: App, services: Services, demo: DemoBuilder, tmp_path: Path) -> None:
    out = tmp_path / "out"  # tmp_path also holds the SQLite database
    out.mkdir()
    case = services.cases.list()[0]
    with pytest.raises(NotFound):
        services.reports.case_dossier(UUID(int=1), out / "x.pdf")
    with pytest.raises(ValidationError):
        services.reports.case_dossier(case.id, out / "x.pdf", marking=" ")
    with pytest.raises(ValidationError):
        services.reports.case_dossier(case.id, out / "x.pdf", language="de")
    administrator = app.services_for(Actor("admin.test", Role.ADMINISTRATOR, "ws"))
    with pytest.raises(Forbidden):
        administrator.reports.case_dossier(case.id, out / "x.pdf")
    investigator = app.services_for(Actor("enq.test", Role.INVESTIGATOR, "ws"))
    with pytest.raises(Forbidden):
        investigator.reports.activity(date(2026, 3, 1), date(2026, 3, 31), out / "x.pdf")
    assert not list(out.iterdir())


def test_a_restricted_case_prints_for_its_team_only(app: App, services: Services, tmp_path: Path) -> None:
    out = tmp_path / "out"  # tmp_path also holds the SQLite database
    out.mkdir()
    case = services.cases.create(
        r.Case(reference="R-1", title="Sensible", lead="enq.lead", restricted=True, team=["enq.team"])
    )
    outsider = app.services_for(Actor("enq.out", Role.INVESTIGATOR, "ws"))
    with pytest.raises(OfInterestElsewhere, match=r"enq\.lead"):
        outsider.reports.case_dossier(case.id, out / "x.pdf")
    team = app.services_for(Actor("enq.team", Role.INVESTIGATOR, "ws"))
    assert team.reports.case_dossier(case.id, out / "y.pdf").pages >= 3
    assert [p.name for p in out.iterdir()] == ["y.pdf"]


# --- the activity report ---------------------------------------------------------------------


def _local_day(moment: datetime) -> date:
    return moment.astimezone().date()


def _district_of(services: Services, item: UUID, kind: LinkKind) -> str:
    places = []
    for link in services.links.links_of(item):
        if link.kind != kind:
            continue
        other = services.records.get(link.target_id if link.source_id == item else link.source_id)
        if isinstance(other, r.Location) and other.district:
            places.append(other.district)
    return min(places) if places else ""


def _busiest_month(services: Services) -> tuple[date, date]:
    days = [s.seized_on for s in _all(services, EntityKind.SEIZURE)]  # type: ignore[attr-defined]
    first = max({d.replace(day=1) for d in days}, key=lambda m: sum(d.replace(day=1) == m for d in days))
    return month_of(first)


def test_activity_figures_are_the_sums_of_the_records(services: Services, demo: DemoBuilder) -> None:
    start, end = _busiest_month(services)
    data = services.reports.activity_data(start, end)
    assert (data.previous.start, data.previous.end) == previous_period(start, end)
    total = data.current.total()

    seizures = [s for s in _all(services, EntityKind.SEIZURE) if start <= s.seized_on <= end]  # type: ignore[attr-defined]
    expected = seizure_totals(seizures)  # type: ignore[arg-type]
    assert seizures
    assert total.seizures.count == expected.count
    assert total.seizures.cash_eur == expected.cash_eur
    assert total.seizures.weapons == expected.weapons and total.seizures.vehicles == expected.vehicles
    assert total.seizures.substances == expected.substances

    by_district: dict[str, Decimal] = {}
    for seizure in seizures:
        district = _district_of(services, seizure.id, LinkKind.SEIZED_AT)
        by_district[district] = by_district.get(district, Decimal(0)) + seizure.cash_eur  # type: ignore[attr-defined]
    assert {d: f.seizures.cash_eur for d, f in data.current.districts.items() if f.seizures.count} == by_district

    events = [e for e in _all(services, EntityKind.EVENT) if start <= _local_day(e.occurred_at) <= end]  # type: ignore[attr-defined]
    fines = [e for e in events if e.event_kind == EventKind.FIXED_FINE]  # type: ignore[attr-defined]
    assert total.fixed_fines == len(fines)
    arrested = 0
    for event in (e for e in events if e.event_kind == EventKind.ARREST):  # type: ignore[attr-defined]
        people = {
            link.source_id if link.target_id == event.id else link.target_id
            for link in services.links.links_of(event.id)
            if link.kind == LinkKind.INVOLVED_IN
        }
        kinds = [services.records.get(p).KIND for p in people]
        arrested += max(1, kinds.count(EntityKind.PERSON))
    assert total.arrests == arrested

    locations = _all(services, EntityKind.LOCATION)
    dismantled = [
        loc
        for loc in locations
        if loc.deal_status == DealPointStatus.DISMANTLED
        and loc.deal_status_since
        and start <= loc.deal_status_since <= end  # type: ignore[attr-defined]
    ]
    assert total.dismantled == len(dismantled)

    tips = [t for t in _all(services, EntityKind.TIP) if start <= _local_day(t.received_at) <= end]  # type: ignore[attr-defined]
    assert (
        total.tips
        == len(tips)
        == sum(data.current.tips_by_channel.values())
        == sum(data.current.tips_by_grade.values())
    )
    for tip in tips:
        assert data.current.tips_by_grade[tip.grade] >= 1  # type: ignore[attr-defined]


def test_activity_report_pdf(services: Services, demo: DemoBuilder, tmp_path: Path) -> None:
    start, end = _busiest_month(services)
    path = tmp_path / "activity.pdf"
    result = services.reports.activity(start, end, path, unit="CROSS Valmorin")
    data = services.reports.activity_data(start, end)
    text = "\n".join(page_texts(path))
    words = Words("fr")
    total, before = data.current.total(), data.previous.total()
    assert result.pages == len(PdfReader(str(path)).pages)
    assert contains(
        text,
        f"Avoirs saisis (numéraire) {words.money(total.seizures.cash_eur)} {words.money(before.seizures.cash_eur)}",
    )
    assert contains(text, f"Nombre de saisies {total.seizures.count} {before.seizures.count}")
    assert contains(text, f"Renseignements reçus {total.tips} {before.tips}")
    assert contains(text, f"du {start:%d/%m/%Y} au {end:%d/%m/%Y}") and contains(text, "CROSS Valmorin")
    logged = services.audit.entries(action="print")
    assert [e.details["document"] for e in logged] == ["activity_report"] and logged[0].details["start"] == str(start)
    for item in data.cases:
        assert contains(text, item.case.reference)


def test_an_empty_period_writes_nothing(services: Services, demo: DemoBuilder, tmp_path: Path) -> None:
    path = tmp_path / "empty.pdf"
    with pytest.raises(EmptyPeriod, match="01/01/2031"):
        services.reports.activity(date(2031, 1, 1), date(2031, 1, 31), path)
    with pytest.raises(ValidationError):
        services.reports.activity(date(2026, 3, 31), date(2026, 3, 1), path)
    assert not path.exists()


def test_figures_follow_deletions_and_places(services: Services, tmp_path: Path) -> None:
    place = services.records.create(r.Location(name="Point A", city="Valmorin", district="Nord"))
    seizure = services.records.create(
        r.Seizure(
            seized_on=date(2026, 5, 10),
            substances=[r.SubstanceLine(Substance.COCAINE, Decimal("250"), QuantityUnit.GRAM)],
            cash_eur=Decimal("1200.50"),
        )
    )
    services.links.link(r.Link(kind=LinkKind.SEIZED_AT, source_id=seizure.id, target_id=place.id))
    lost = services.records.create(r.Seizure(seized_on=date(2026, 5, 11), cash_eur=Decimal("999")))
    services.records.delete(lost.id)
    moment = datetime.combine(date(2026, 5, 31), time(23, 30)).astimezone()  # late on the last day, local time
    fine = services.records.create(r.Event(event_kind=EventKind.FIXED_FINE, occurred_at=moment))
    services.links.link(r.Link(kind=LinkKind.OCCURRED_AT, source_id=fine.id, target_id=place.id))
    data = services.reports.activity_data(date(2026, 5, 1), date(2026, 5, 31))
    nord = data.current.districts["Nord"]
    assert nord.seizures.count == 1 and nord.seizures.cash_eur == Decimal("1200.50")
    assert nord.seizures.substances == {(Substance.COCAINE, QuantityUnit.KILOGRAM): Decimal("0.25")}
    assert nord.fixed_fines == 1
    assert data.current.total().seizures.count == 1  # the deleted seizure does not count


def test_periods() -> None:
    assert month_of(date(2026, 2, 14)) == (date(2026, 2, 1), date(2026, 2, 28))
    assert previous_period(date(2026, 3, 1), date(2026, 3, 31)) == (date(2026, 2, 1), date(2026, 2, 28))
    assert previous_period(date(2026, 3, 10), date(2026, 3, 16)) == (date(2026, 3, 3), date(2026, 3, 9))
    assert default_period(date(2026, 1, 15)) == (date(2025, 12, 1), date(2025, 12, 31))
    start, end = default_period()
    assert end < date.today() and end - start < timedelta(days=31)


def test_a_district_typed_composed_or_decomposed_is_one_district(services: Services) -> None:
    composed = "Müller"
    decomposed = unicodedata.normalize("NFD", composed)
    for n, district in enumerate((composed, decomposed), 1):
        place = services.records.create(r.Location(name=f"Point {n}", city="Valmorin", district=district))
        seizure = services.records.create(r.Seizure(seized_on=date(2026, 5, 10 + n), cash_eur=Decimal("100")))
        services.links.link(r.Link(kind=LinkKind.SEIZED_AT, source_id=seizure.id, target_id=place.id))
    data = services.reports.activity_data(date(2026, 5, 1), date(2026, 5, 31))
    assert list(data.current.districts) == [composed]
    assert data.current.districts[composed].seizures.count == 2


def test_key_players_count_relations_as_the_analysis_does() -> None:
    """Two link records between the same pair are one relation: the dossier's degree is the
    analysis module's (distinct neighbours), not a count of link records."""
    ids = [UUID(int=i) for i in range(1, 5)]
    names = ["ALPHA Anne", "BRAVO Bruno", "CHARLIE Chloé"]
    nodes = {i: r.EntityRef(i, EntityKind.PERSON, name) for i, name in zip(ids, names, strict=False)}
    nodes[ids[3]] = r.EntityRef(ids[3], EntityKind.PHONE, "+33639980001")
    links = [
        r.Link(source_id=ids[0], target_id=ids[1], kind=LinkKind.ASSOCIATE),
        r.Link(source_id=ids[1], target_id=ids[0], kind=LinkKind.SUPPLIES),
        r.Link(source_id=ids[1], target_id=ids[2], kind=LinkKind.ASSOCIATE),
        r.Link(source_id=ids[2], target_id=ids[3], kind=LinkKind.USES),
    ]
    players, sample = key_players(r.GraphData(nodes=nodes, links=links))
    assert sample == 0
    # The phone is not listed; BRAVO lies on every path between the others.
    assert [(p.label, p.degree, round(p.betweenness, 6)) for p in players] == [
        ("BRAVO Bruno", 2, round(2 / 3, 6)),
        ("CHARLIE Chloé", 2, round(2 / 3, 6)),
        ("ALPHA Anne", 1, 0.0),
    ]
