"""Saved charts: several per case, reopened as saved, overwrites checked, restricted cases kept."""

from __future__ import annotations

import pytest

from cross_desk.domain import records as r
from cross_desk.domain.access import Forbidden, Role
from cross_desk.domain.actor import Actor
from cross_desk.domain.errors import Conflict, NotFound, ValidationError
from cross_desk.services import Services
from cross_desk.services.charts import SavedChart


def _case(services: Services, reference: str = "CROSS-2026-0101", **kw: object) -> r.Case:
    return services.cases.create(r.Case(reference=reference, title="Les Tilleuls", **kw))  # type: ignore[arg-type]


def _state(n: int = 3) -> dict:
    nodes = {f"00000000-0000-4000-8000-{i:012d}": [i * 150.5, -i * 20.25] for i in range(n)}
    return {"version": 1, "nodes": nodes, "pinned": [next(iter(nodes))], "view": {"x": 1.5, "y": -2.0, "scale": 0.75}}


def test_charts_are_saved_with_their_case_listed_by_name_and_reopened_identically(services: Services) -> None:
    case = _case(services)
    other = _case(services, "CROSS-2026-0102")
    first = services.charts.save(SavedChart(name="  Réseau   des Tilleuls ", state=_state(), case_id=case.id))
    services.charts.save(SavedChart(name="Avant la perquisition", state=_state(5), case_id=case.id))
    services.charts.save(SavedChart(name="Autre", state=_state(1), case_id=other.id))
    assert first.name == "Réseau des Tilleuls" and first.version == 1 and first.created_by == services.actor.username
    listed = services.charts.list(case.id)
    assert [c.name for c in listed] == ["Avant la perquisition", "Réseau des Tilleuls"]
    again = services.charts.get(first.id)
    assert again.state == _state() and again.case_id == case.id
    assert services.charts.list(None) == []


def test_saving_again_bumps_the_version_and_a_stale_copy_is_refused(services: Services) -> None:
    case = _case(services)
    chart = services.charts.save(SavedChart(name="A", state=_state(), case_id=case.id))
    chart.state = _state(4)
    newer = services.charts.save(chart)
    assert newer.version == 2 and len(services.charts.get(chart.id).state["nodes"]) == 4
    stale = SavedChart(name="A", state=_state(1), case_id=case.id, id=chart.id, version=1)
    with pytest.raises(Conflict):
        services.charts.save(stale)


def test_two_charts_of_a_case_cannot_share_a_name_and_bad_states_are_refused(services: Services) -> None:
    case = _case(services)
    services.charts.save(SavedChart(name="A", state=_state(), case_id=case.id))
    with pytest.raises(Conflict):
        services.charts.save(SavedChart(name="A", state=_state(), case_id=case.id))
    with pytest.raises(ValidationError):
        services.charts.save(SavedChart(name="   ", state=_state(), case_id=case.id))
    with pytest.raises(ValidationError):
        services.charts.save(SavedChart(name="B", state={"when": object()}, case_id=case.id))
    # A position that went wrong (NaN) is stored as 0 rather than breaking the JSON.
    saved = services.charts.save(SavedChart(name="C", state={"nodes": {"x": [float("nan"), 1.0]}}, case_id=case.id))
    assert services.charts.get(saved.id).state["nodes"]["x"] == [0.0, 1.0]


def test_deleted_charts_disappear_and_missing_ones_are_not_found(services: Services) -> None:
    case = _case(services)
    chart = services.charts.save(SavedChart(name="A", state=_state(), case_id=case.id))
    services.charts.delete(chart.id)
    assert services.charts.list(case.id) == []
    with pytest.raises(NotFound):
        services.charts.get(chart.id)
    with pytest.raises(NotFound):
        services.charts.delete(chart.id)
    # The name is free again once the chart is deleted.
    services.charts.save(SavedChart(name="A", state=_state(), case_id=case.id))


def test_a_restricted_case_keeps_its_charts_to_its_team(services: Services) -> None:
    case = _case(services, restricted=True, lead=services.actor.username)
    chart = services.charts.save(SavedChart(name="A", state=_state(), case_id=case.id))
    outsider = Services(services.ctx.new_uow, Actor("autre.enqueteur", Role.SUPERVISOR), services.scheme, "test")
    with pytest.raises(Forbidden):
        outsider.charts.get(chart.id)
    with pytest.raises(Forbidden):
        outsider.charts.list(case.id)


def test_an_analyst_saves_charts_but_an_administrator_does_not(services: Services) -> None:
    case = _case(services)
    analyst = Services(services.ctx.new_uow, Actor("analyste", Role.ANALYST), services.scheme, "test")
    analyst.charts.save(SavedChart(name="A", state=_state(), case_id=case.id))
    admin = Services(services.ctx.new_uow, Actor("admin", Role.ADMINISTRATOR), services.scheme, "test")
    with pytest.raises(Forbidden):
        admin.charts.save(SavedChart(name="B", state=_state(), case_id=case.id))
