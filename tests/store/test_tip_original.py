"""A tip's original wording in its own table (migration 0007), on both databases: written and read
with the tip, kept from re-attribution by non-handlers, and erased with the tip or its source."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from cross_desk.bootstrap import App
from cross_desk.domain import records as r
from cross_desk.domain.access import Forbidden, Role
from cross_desk.domain.actor import Actor


def _stored(app: App) -> dict[object, str]:
    with app.engine.connect() as conn:
        return {str(row[0]): row[1] for row in conn.execute(text("SELECT tip_id, wording FROM tip_original"))}


def test_wordings_follow_their_tips_and_go_with_them(app: App) -> None:
    admin = app.services
    src = admin.records.create(r.Source(codename="ÉPERVIER", handlers=["traitant.a"]))
    handler = app.services_for(Actor("traitant.a", Role.SOURCE_HANDLER, "ws"))
    tips = [
        handler.intake.log_tip(
            r.Tip(source_id=src.id, original_text=f"ma sœur, {n}", sanitised_text="une source indique", grade="B2")
        )
        for n in ("au marché", "au garage")
    ]
    no_wording = handler.intake.log_tip(r.Tip(source_id=src.id, sanitised_text="rien d'autre", grade="C3"))
    assert len(_stored(app)) == 2  # a tip without a wording has no row
    read = handler.records.get_many([t.id for t in tips])
    assert [t.original_text for t in read] == ["ma sœur, au marché", "ma sœur, au garage"]  # type: ignore[attr-defined]

    investigator = app.services_for(Actor("enq", Role.INVESTIGATOR, "ws"))
    seen = investigator.records.get(tips[0].id)
    assert isinstance(seen, r.Tip) and seen.original_text == ""
    theirs = admin.records.create(r.Source(codename="BUSE", handlers=["enq", "traitant.a"]))
    handler.records.set_source_identity(r.SourceIdentity(source_id=theirs.id, surname="Autrenom"))
    seen.source_id = theirs.id  # moved to a source of their own, they would read it
    with pytest.raises(Forbidden, match="attribute it to another"):
        investigator.records.update(seen)

    supervisor = app.services_for(Actor("chef", Role.SUPERVISOR, "ws"))
    supervisor.retention.erase(tips[0].id, "délai de conservation dépassé")
    assert list(_stored(app).values()) == ["ma sœur, au garage"]
    # the source's erasure takes its tips' wordings: detached, nobody could be kept from them
    supervisor.retention.erase(src.id, "source radiée")
    assert _stored(app) == {}
    # only what the erasure names goes, whoever erases (the tables' owner is not kept out by the policies)
    assert handler.records.source_identity(theirs.id, reason="rendez-vous").surname == "Autrenom"
    left = admin.records.get_many([tips[1].id, no_wording.id])
    assert [(t.source_id, t.original_text, t.sanitised_text) for t in left] == [  # type: ignore[attr-defined]
        (None, "", "une source indique"),
        (None, "", "rien d'autre"),
    ]
