from __future__ import annotations

import re

from cross_desk.domain.kinds import EntityKind, LinkKind, TipChannel
from cross_desk.services import Services
from cross_desk.services.demo import DemoBuilder, DemoSpec


def test_demo_is_deterministic_and_fictional() -> None:
    one, two = DemoBuilder(DemoSpec(200, 900), seed=7), DemoBuilder(DemoSpec(200, 900), seed=7)
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


def test_demo_looks_like_a_units_year(services: Services) -> None:
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
