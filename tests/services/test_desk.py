from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from cross_desk.domain import records as r
from cross_desk.domain.kinds import EntityKind, QuantityUnit, Substance, TipChannel
from cross_desk.services import Services
from cross_desk.services.desk import InboxFilter


def _tip(services: Services, when: datetime, grade: str, channel: TipChannel, **kw: object) -> r.Tip:
    return r.Tip(received_at=when.astimezone(), grade=grade, channel=channel, sanitised_text="Un texte", **kw)


def test_inbox_filters_by_grade_channel_dates_case_and_unassigned(services: Services) -> None:
    case = services.cases.create(r.Case(reference="CROSS-2026-0100", title="Tilleuls"))
    src = services.records.create(r.Source(codename="MERLE"))
    a = services.intake.log_tip(
        _tip(
            services,
            datetime(2026, 3, 1, 10),
            "B2",
            TipChannel.INFORMANT,
            source_id=src.id,
            original_text="Mon cousin Paul dit…",
        ),
        case_ids=[case.id],
    )
    b = services.intake.log_tip(_tip(services, datetime(2026, 3, 5, 9), "F6", TipChannel.PUBLIC_PLATFORM))
    c = services.intake.log_tip(_tip(services, datetime(2026, 4, 2, 18), "B3", TipChannel.SURVEILLANCE))

    everything = services.desk.inbox()
    assert [t.id for t in everything.tips] == [c.id, b.id, a.id]
    assert everything.total == 3 and not everything.truncated
    first = everything.tips[2]
    assert first.source == "MERLE" and first.cases == ((case.id, "CROSS-2026-0100"),)
    assert "cousin" not in first.preview  # never the original wording

    def ids(**kw: object) -> set:
        return {t.id for t in services.desk.inbox(InboxFilter(**kw)).tips}  # type: ignore[arg-type]

    assert ids(grade_codes=(frozenset({"B"}), frozenset())) == {a.id, c.id}
    assert ids(grade_codes=(frozenset({"B"}), frozenset({"3"}))) == {c.id}
    assert ids(channels=frozenset({TipChannel.PUBLIC_PLATFORM})) == {b.id}
    assert ids(received_from=date(2026, 3, 5), received_until=date(2026, 3, 5)) == {b.id}
    assert ids(case_id=case.id) == {a.id}
    assert ids(unassigned=True) == {b.id, c.id}
    cut = services.desk.inbox(InboxFilter(limit=2))
    assert len(cut.tips) == 2 and cut.total == 3 and cut.truncated


def test_case_summary_totals_match_the_seizures(services: Services) -> None:
    case = services.cases.create(r.Case(reference="CROSS-2026-0101", title="Go fast"))
    dealer = services.records.create(r.Person(surname="Ferrand"))
    services.intake.record_seizure(
        r.Seizure(
            seized_on=date(2026, 2, 1),
            substances=[
                r.SubstanceLine(Substance.COCAINE, Decimal("1.250"), QuantityUnit.KILOGRAM),
                r.SubstanceLine(Substance.COCAINE, Decimal("300"), QuantityUnit.GRAM),
                r.SubstanceLine(Substance.CRACK, Decimal("12.5"), QuantityUnit.GRAM),
            ],
            cash_eur=Decimal("1250.50"),
            weapons=1,
        ),
        persons=[dealer.id],
        case_ids=[case.id],
    )
    services.intake.record_seizure(
        r.Seizure(
            seized_on=date(2026, 1, 10),
            substances=[
                r.SubstanceLine(Substance.CRACK, Decimal("0.010"), QuantityUnit.KILOGRAM),
                r.SubstanceLine(Substance.MDMA, Decimal("40"), QuantityUnit.UNITS),
            ],
            cash_eur=Decimal("100"),
            vehicles=1,
        ),
        case_ids=[case.id],
    )
    outside = services.intake.record_seizure(
        r.Seizure(substances=[r.SubstanceLine(Substance.COCAINE, Decimal(5), QuantityUnit.KILOGRAM)])
    )
    services.cases.add_members(case.id, [dealer.id])
    services.intake.record_event(
        r.Event(occurred_at=datetime(2026, 2, 2, 6).astimezone()), persons=[dealer.id], case_ids=[case.id]
    )

    summary = services.desk.case_summary(case.id)
    totals = {(t.substance, t.unit): t.quantity for t in summary.totals}
    assert totals == {
        (Substance.COCAINE, QuantityUnit.KILOGRAM): Decimal("1.55"),
        (Substance.CRACK, QuantityUnit.GRAM): Decimal("22.5"),
        (Substance.MDMA, QuantityUnit.UNITS): Decimal("40"),
    }
    assert summary.cash_eur == Decimal("1350.50") and summary.weapons == 1 and summary.vehicles == 1
    assert [s.seized_on for s in summary.seizures] == [date(2026, 1, 10), date(2026, 2, 1)]
    assert outside.id not in {s.id for s in summary.seizures}
    assert [ref.id for ref in summary.members[EntityKind.PERSON]] == [dealer.id]
    assert len(summary.events) == 1
    # seized_from and involved_in links among members are there; the case header is the case
    assert {link.kind.value for link in summary.links} == {"seized_from", "involved_in"}
    assert summary.case.reference == "CROSS-2026-0101"


def test_deleted_records_most_recent_first(services: Services) -> None:
    p = services.records.create(r.Person(surname="Abadie"))
    v = services.records.create(r.Vehicle(plate="XB-456-CD"))
    services.records.delete(p.id)
    services.records.delete(v.id)
    gone = services.desk.deleted()
    assert [d.ref.id for d in gone] == [v.id, p.id]
    assert gone[0].deleted_by == services.actor.username
    assert [d.ref.id for d in services.desk.deleted(EntityKind.PERSON)] == [p.id]
    services.records.restore(p.id)
    assert [d.ref.id for d in services.desk.deleted()] == [v.id]
