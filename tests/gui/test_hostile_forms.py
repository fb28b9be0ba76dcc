"""Hostile text typed into the person form and the tip intake form: saved and read back intact,
or refused beside the field with nothing saved.

ASCII is typed key by key; characters a keyboard does not send one key at a time (bidi
overrides, zero-width joiners, emoji beyond the BMP, NUL) are inserted at the cursor as an input
method or a paste would.
"""

from __future__ import annotations

from typing import Any

from cross_desk.domain import records as r
from cross_desk.domain.kinds import EntityKind, TipChannel
from cross_desk.gui.forms import EntityForm
from cross_desk.gui.intake_forms import TipForm
from tests.gui.helpers import wait_idle

SQL = "O'Brien'; DROP TABLE entity;--"
LIKE = "100% a_b c\\d"
BIDI = "\u202eenoN\u202c Ben\u200bAli\u200dX\ufeff"
EMOJI = "Fatima 👮🏽\u200d♀️🚓"
LONG = "é" * 10_000


def error_of(form: EntityForm, name: str) -> str:
    label = form.errors[name]
    return label.text() if label.isVisibleTo(form) else ""


def save(qtbot: Any, form: Any) -> None:
    form.save()
    qtbot.waitUntil(lambda: not form.saving, timeout=8000)
    wait_idle(qtbot)


def test_person_form_keeps_hostile_text_intact(qtbot: Any, desk: Any) -> None:
    form = desk.new_record(EntityKind.PERSON)
    qtbot.keyClicks(form.editors["surname"].edit, SQL)
    form.editors["given_names"].edit.insert(BIDI)
    form.editors["aliases"].edit.insertPlainText(f"{LIKE}\n{EMOJI}")
    form.editors["notes"].edit.insertPlainText(LONG + "\n" + SQL)
    save(qtbot, form)
    assert not form.is_new, form.banner.text()
    saved = desk.services.records.get(form.record.id)
    assert (saved.surname, saved.given_names) == (SQL, BIDI)
    assert saved.aliases == [LIKE, EMOJI]
    assert saved.notes == LONG + "\n" + SQL


def test_person_form_refuses_a_nul_beside_the_field_and_saves_nothing(qtbot: Any, desk: Any) -> None:
    form = desk.new_record(EntityKind.PERSON)
    qtbot.keyClicks(form.editors["surname"].edit, "Alpha")
    form.editors["surname"].edit.insert("\x00Beta")
    qtbot.waitUntil(lambda: "NUL" in error_of(form, "surname"), timeout=3000)
    save(qtbot, form)
    assert form.is_new and "Nothing was saved" in form.banner.text()
    assert "NUL character" in error_of(form, "surname")
    assert desk.services.records.count() == 0


def test_tip_form_keeps_hostile_text_intact(qtbot: Any, desk: Any) -> None:
    services = desk.services
    services.records.create(r.Source(codename="MERLE 100%_", handlers=[services.actor.username]))
    desk.actions_by_name["new_tip"].trigger()
    form = desk.current_tab()
    assert isinstance(form, TipForm)
    wait_idle(qtbot)  # the sources and cases lists arrive
    channel = form.editors["channel"].combo
    channel.setCurrentIndex(channel.findData(TipChannel.INFORMANT.value))
    source_box = form.editors["source_id"].combo
    source_box.setCurrentIndex(source_box.findText("MERLE 100%_"))
    qtbot.keyClicks(form.editors["summary"].edit, SQL)
    form.editors["sanitised_text"].edit.insertPlainText(f"{BIDI}\n{EMOJI}\n{LIKE}")
    form.editors["original_text"].edit.insertPlainText(LONG)
    qtbot.keyClicks(form.editors["handling_code"].edit, "H2 %_'")
    reliability, credibility = form.editors["grade"].combos
    reliability.setCurrentIndex(reliability.findData("B"))
    credibility.setCurrentIndex(credibility.findData("2"))
    save(qtbot, form)
    assert not form.is_new, form.banner.text()
    tip = services.records.get(form.record.id)
    assert tip.summary == SQL and tip.handling_code == "H2 %_'"
    assert tip.sanitised_text == f"{BIDI}\n{EMOJI}\n{LIKE}"
    assert tip.original_text == LONG
    assert [t.id for t in services.desk.inbox().tips] == [tip.id]
