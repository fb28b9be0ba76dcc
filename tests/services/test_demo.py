from __future__ import annotations

import re
from datetime import date, datetime

import pytest

from cross_desk.bootstrap import App
from cross_desk.demo.generator import DEMO_ACCOUNTS, DemoBuilder, DemoSpec
from cross_desk.domain import records as r
from cross_desk.domain.access import OfInterestElsewhere, Role
from cross_desk.domain.actor import Actor
from cross_desk.domain.kinds import EntityKind, LinkKind, TipChannel
from cross_desk.services.reports import default_period

TODAY = date.today()


def test_demo_is_deterministic_and_fictional() -> None:
    one, two = DemoBuilder(DemoSpec(200, 900), seed=7, today=TODAY), DemoBuilder(DemoSpec(200, 900), 7, TODAY)
    one.build()
    two.build()
    assert [e.label() for e in one.entities] == [e.label() for e in two.entities]
    assert [x.id for x in one.links] == [x.id for x in two.links]
    phones = [e.number for e in one.entities if e.KIND == EntityKind.PHONE]
    assert phones and all(re.fullmatch(r"\+33(63998|19900)\d{4}", n) for n in phones)
    assert len(set(phones)) == len(phones)
    plates = [e.plate for e in one.entities if e.KIND == EntityKind.VEHICLE]
    assert plates and all(p[0] in "XYZ" for p in plates) and len(set(plates)) == len(plates)
    for entity in one.entities:
        entity.validate()


def test_demo_looks_like_a_units_year(app: App) -> None:
    services = app.services_for(Actor(DEMO_ACCOUNTS[Role.SUPERVISOR][0], Role.SUPERVISOR, "ws"))  # sees all
    counts = services.demo.load(DemoSpec(people=300, links=1500), seed=1)
    assert counts["person"] == 300 and counts["link"] >= 1500 and counts["case"] >= 12
    whole = services.graphs.whole()
    assert len(whole.links) == counts["link"]
    kinds = {link.kind for link in whole.links}
    assert {LinkKind.MEMBER_OF, LinkKind.MANAGES, LinkKind.MENTIONED_IN, LinkKind.SEIZED_FROM} <= kinds
    tips = [services.records.get(ref.id) for ref in services.records.list(EntityKind.TIP, limit=None)]
    assert {t.channel for t in tips} >= {TipChannel.INFORMANT, TipChannel.PUBLIC_PLATFORM}
    assert len({t.grade for t in tips}) >= 5
    case = services.cases.list()[0]
    graph = services.graphs.case_graph(case.id)
    assert len(graph.nodes) > 10 and graph.links


def _day(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value


@pytest.mark.parametrize("today", [date(2026, 12, 4), date(2029, 3, 1), date(2032, 2, 29), date(2031, 1, 1)])
def test_the_demo_year_ends_just_before_the_day_it_is_loaded(today: date) -> None:
    """Whatever the date, the demo's events are recent and past: none in the future, none old
    enough for review, and the activity report's default month has figures."""
    builder = DemoBuilder(DemoSpec(120, 500), seed=5, today=today)
    builder.build()
    days = [_day(e.seized_on) for e in builder.entities if isinstance(e, r.Seizure)]
    days += [_day(e.received_at) for e in builder.entities if isinstance(e, r.Tip)]
    days += [_day(e.occurred_at) for e in builder.entities if isinstance(e, r.Event)]
    days += [d for link in builder.links for d in (link.first_seen, link.last_seen) if d]
    days += [d for case, _ in builder.cases for d in (case.opened_on, case.closed_on) if d]
    assert days and max(days) < today and min(days) > date(today.year - 1, today.month, 1)
    first, last = default_period(today)
    assert any(first <= d <= last for d in days)
    assert all(case.reference.startswith(f"CROSS-{case.opened_on.year}-") for case, _ in builder.cases)


def test_the_demo_holds_a_restricted_case_to_watch_the_wall_work(app: App) -> None:
    app.services.demo.load(DemoSpec(people=300, links=1500), seed=1)
    lead = app.services_for(Actor(DEMO_ACCOUNTS[Role.SUPERVISOR][0], Role.SUPERVISOR, "ws"))
    outsider = app.services_for(Actor(DEMO_ACCOUNTS[Role.INVESTIGATOR][0], Role.INVESTIGATOR, "ws"))
    restricted = [c for c in lead.cases.list() if c.restricted]
    assert len(restricted) == 1
    case = restricted[0]
    members = lead.cases.member_records(case.id)
    assert {EntityKind.TIP, EntityKind.SEIZURE, EntityKind.PERSON} <= {m.KIND for m in members}
    open_people = {ref.id for c in lead.cases.list() if not c.restricted for ref in lead.cases.members(c.id)}
    assert open_people & {m.id for m in members if m.KIND == EntityKind.PERSON}  # shared with an open case
    assert case not in outsider.cases.list()
    with pytest.raises(OfInterestElsewhere, match=DEMO_ACCOUNTS[Role.SUPERVISOR][0]):
        outsider.cases.get(case.id)
