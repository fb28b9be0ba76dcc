"""Logging a tip through the intake form, as an investigator would, then checking the database."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from cross_desk.domain import records as r
from cross_desk.domain.kinds import EntityKind, LinkKind, TipChannel
from cross_desk.gui.intake_forms import TipForm
from cross_desk.gui.picker import EntityPicker
from tests.gui.helpers import wait_idle


def pick(qtbot: Any, picker: EntityPicker, typed: str, want: Any) -> None:
    """Type into a picker, wait for its choices, pick the one ``want`` accepts (keyboard only)."""
    qtbot.keyClicks(picker.edit, typed)
    qtbot.waitUntil(
        lambda: picker.results.isVisible() and not picker.searching and not picker._timer.isActive(), timeout=5000
    )
    rows = [i for i, choice in enumerate(picker._choices) if want(choice)]
    assert rows, f"no choice for {typed!r}: {[getattr(c, 'label', c) for c in picker._choices]}"
    qtbot.keyClick(picker.edit, Qt.Key.Key_Down)
    for _ in range(rows[0]):
        qtbot.keyClick(picker.results, Qt.Key.Key_Down)
    assert picker.results.currentRow() == rows[0]
    qtbot.keyClick(picker.results, Qt.Key.Key_Return)


def is_new(kind: EntityKind) -> Any:
    return lambda c: isinstance(c, r.Entity) and kind == c.KIND


def is_existing(record_id: Any) -> Any:
    return lambda c: isinstance(c, r.EntityRef) and c.id == record_id


def test_tip_with_new_and_existing_mentions_is_saved_in_one_go(qtbot: Any, desk: Any) -> None:
    services = desk.services
    source = services.records.create(r.Source(codename="MERLE"))
    case = services.cases.create(r.Case(reference="CROSS-2026-0042", title="Les Tilleuls"))
    karim = services.records.create(r.Person(surname="Ben Ali", given_names="Karim", aliases=["Le Chat"]))
    clio = services.records.create(r.Vehicle(plate="XB-456-CD", make="Renault", model="Clio"))
    before = services.records.counts()

    desk.actions_by_name["new_tip"].trigger()
    form = desk.current_tab()
    assert isinstance(form, TipForm)
    wait_idle(qtbot)  # the sources and cases lists arrive

    channel = form.editors["channel"].combo
    channel.setCurrentIndex(channel.findData(TipChannel.INFORMANT.value))
    source_box = form.editors["source_id"].combo
    source_box.setCurrentIndex(source_box.findText("MERLE"))
    qtbot.keyClicks(form.editors["summary"].edit, "Livraison samedi aux Tilleuls")
    qtbot.keyClicks(form.editors["sanitised_text"].edit, "Une source indique une livraison samedi.")
    qtbot.keyClicks(form.editors["original_text"].edit, "Mon cousin dit que Karim livre samedi.")
    reliability, credibility = form.editors["grade"].combos
    reliability.setCurrentIndex(reliability.findData("B"))
    credibility.setCurrentIndex(credibility.findData("2"))
    qtbot.keyClicks(form.editors["handling_code"].edit, "H2")
    case_box = form.editors["case"].combo
    case_box.setCurrentIndex(case_box.findData(str(case.id)))

    picker = form.editors["mentions"].picker
    pick(qtbot, picker, "benali", is_existing(karim.id))  # an existing person, typed without the space
    pick(qtbot, picker, "xb 456cd", is_existing(clio.id))  # an existing vehicle, typed another way
    pick(qtbot, picker, "ab123cd", is_new(EntityKind.VEHICLE))  # a new vehicle from its plate
    pick(qtbot, picker, "+33 6 39 98 12 34", is_new(EntityKind.PHONE))  # a new phone
    pick(qtbot, picker, "SARDOU Nina", is_new(EntityKind.PERSON))  # a new person
    assert len(form.editors["mentions"].raw()) == 5
    assert form.is_dirty()

    desk.actions_by_name["save"].trigger()
    qtbot.waitUntil(lambda: not form.is_new and not form.saving, timeout=8000)
    assert not form.is_dirty()
    tip_id = form.record.id

    tip = services.records.get(tip_id)
    assert isinstance(tip, r.Tip)
    assert (tip.grade, tip.channel, tip.source_id, tip.handling_code) == ("B2", TipChannel.INFORMANT, source.id, "H2")
    assert tip.summary == "Livraison samedi aux Tilleuls"
    mentioned = services.intake.mentioned_in(tip_id)
    by_kind: dict[EntityKind, list[r.EntityRef]] = {}
    for ref in mentioned:
        by_kind.setdefault(ref.kind, []).append(ref)
    assert {ref.id for ref in by_kind[EntityKind.PERSON]} >= {karim.id}
    assert clio.id in {ref.id for ref in by_kind[EntityKind.VEHICLE]}
    new_ids = {ref.id for ref in mentioned} - {karim.id, clio.id}
    new_records = {e.KIND: e for e in services.records.get_many(list(new_ids))}
    assert set(new_records) == {EntityKind.PERSON, EntityKind.VEHICLE, EntityKind.PHONE}
    assert new_records[EntityKind.VEHICLE].plate == "AB123CD"  # type: ignore[attr-defined]
    assert new_records[EntityKind.PHONE].number == "+33639981234"  # type: ignore[attr-defined]
    person = new_records[EntityKind.PERSON]
    assert (person.surname, person.given_names) == ("SARDOU", "Nina")  # type: ignore[attr-defined]
    # exactly those records were added, and exactly one "mentioned in" link each, evidenced by the tip
    after = services.records.counts()
    assert {k: after.get(k, 0) - before.get(k, 0) for k in after if after.get(k, 0) != before.get(k, 0)} == {
        EntityKind.TIP: 1,
        EntityKind.PERSON: 1,
        EntityKind.VEHICLE: 1,
        EntityKind.PHONE: 1,
    }
    links = services.links.links_of(tip_id)
    assert len(links) == 5
    assert all(link.kind == LinkKind.MENTIONED_IN and link.evidence_id == tip_id for link in links)
    assert tip_id in {ref.id for ref in services.cases.members(case.id)}
    # the saved form now lists the mentions read-only
    qtbot.waitUntil(lambda: len(form.editors["mentioned"].raw()) == 5, timeout=5000)


def test_informant_fields_show_only_for_informant_tips(qtbot: Any, desk: Any) -> None:
    form = desk.new_record(EntityKind.TIP)
    channel = form.editors["channel"].combo
    channel.setCurrentIndex(channel.findData(TipChannel.INFORMANT.value))
    assert form.editors["original_text"].isVisibleTo(form) and form.editors["source_id"].isVisibleTo(form)
    channel.setCurrentIndex(channel.findData(TipChannel.PUBLIC_PLATFORM.value))
    assert not form.editors["original_text"].isVisibleTo(form)
    assert not form.editors["source_id"].isVisibleTo(form)
    # the grade's two parts come from the scheme in force, each with its meaning
    reliability, credibility = form.editors["grade"].combos
    scheme = desk.services.scheme
    assert [reliability.itemData(i) for i in range(1, reliability.count())] == list(scheme.axes[0].codes)
    assert scheme.axes[1].meaning("6") in credibility.itemText(credibility.count() - 1)


def test_seizure_with_substance_lines_and_a_person(qtbot: Any, desk: Any) -> None:
    services = desk.services
    dealer = services.records.create(r.Person(surname="Ferrand", given_names="Yanis"))
    form = desk.new_record(EntityKind.SEIZURE)
    lines = form.editors["substances"]
    qtbot.mouseClick(lines.add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(lines.add_button, Qt.MouseButton.LeftButton)
    first_kind, first_qty, first_unit = (lines.table.cellWidget(0, c) for c in range(3))
    first_kind.setCurrentIndex(first_kind.findData("cocaine"))
    assert first_unit.currentData() == "kg"  # the substance's usual unit
    first_qty.setValue(1.25)
    second_kind, second_qty, second_unit = (lines.table.cellWidget(1, c) for c in range(3))
    second_kind.setCurrentIndex(second_kind.findData("crack"))
    assert second_unit.currentData() == "g"
    second_qty.setValue(12.5)
    form.editors["cash_eur"].spin.setValue(1250.5)
    pick(qtbot, form.editors["persons"].picker, "ferrand", is_existing(dealer.id))
    form.save()
    qtbot.waitUntil(lambda: not form.is_new and not form.saving, timeout=8000)
    seizure = services.records.get(form.record.id)
    assert [(line.substance.value, str(line.quantity), line.unit.value) for line in seizure.substances] == [
        ("cocaine", "1.25", "kg"),
        ("crack", "12.5", "g"),
    ]
    assert str(seizure.cash_eur) == "1250.5"
    assert [link.kind for link in services.links.links_of(seizure.id)] == [LinkKind.SEIZED_FROM]


def test_original_wording_shows_only_to_the_source_handlers(qtbot: Any, desk: Any) -> None:
    services = desk.services
    me = services.actor.username
    for n, (handlers, shown) in enumerate(((["autre.traitant"], False), ([me], True))):
        source = services.records.create(r.Source(codename=f"PIE-{n}", handlers=handlers))
        tip = services.intake.log_tip(
            r.Tip(
                channel=TipChannel.INFORMANT,
                source_id=source.id,
                grade="B2",
                sanitised_text="Une source indique…",
                original_text="Mon voisin Paul…",
            )
        )
        desk.open_record(tip.id)
        qtbot.waitUntil(lambda tip=tip: desk.find_tab(("record", tip.id)) is not None, timeout=5000)
        form = desk.find_tab(("record", tip.id))
        wait_idle(qtbot)
        assert form.editors["original_text"].isVisibleTo(form) is shown
        assert (form.editors["original_text"].raw() == "Mon voisin Paul…") is shown


def test_a_record_created_inline_can_be_completed_before_the_save(qtbot: Any, desk: Any) -> None:
    from cross_desk.gui.forms import UnsavedForm

    new = r.Person(surname="SARDOU", given_names="Nina")
    form = UnsavedForm(desk.services, new)
    qtbot.addWidget(form)
    qtbot.keyClicks(form.editors["birth_date"].edit, "1994")
    qtbot.keyClicks(form.editors["aliases"].edit, "La Fouine")
    form.save()
    qtbot.waitUntil(lambda: form.result is not None, timeout=5000)
    assert form.result.id == new.id  # the same record, not saved yet
    assert form.result.birth_date is not None and form.result.birth_date.year == 1994
    assert form.result.aliases == ["La Fouine"]
    assert desk.services.search.search("sardou").entities == []
