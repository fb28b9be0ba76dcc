"""Saved link charts: a chart as a user left it (records shown, positions, pins, filters, zoom),
kept with its case and reopened identically. Several charts per case, each with its own name.

The state is the chart's own JSON (see ``cross_desk.gui.chart.model``); it holds record ids
and numbers, never labels, so a saved chart cannot carry text its reader may not see.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from uuid import UUID, uuid4

from cross_desk.analysis import layout as _layout
from cross_desk.domain.access import Action
from cross_desk.domain.changes import Changes
from cross_desk.domain.errors import Conflict, ValidationError
from cross_desk.domain.records import GraphData
from cross_desk.domain.security import AuditAction
from cross_desk.services.base import UseCases
from cross_desk.store.unit_of_work import UnitOfWork

#: Layouts and their cancellation, for the chart (which reaches analysis through services).
Algorithm = _layout.Algorithm
LayoutCancelled = _layout.LayoutCancelled
Point = tuple[float, float]

MAX_NAME = 200
MAX_STATE_BYTES = 20_000_000  # 100 000 positioned records fit; a runaway state does not


@dataclass
class SavedChart:
    """A chart's name and state; ``version`` 0 means not saved yet."""

    name: str
    state: dict[str, Any] = field(default_factory=dict)
    case_id: UUID | None = None
    id: UUID = field(default_factory=uuid4)
    version: int = 0
    created_at: datetime | None = None
    created_by: str = ""
    updated_at: datetime | None = None
    updated_by: str = ""

    def validate(self) -> None:
        self.name = " ".join((self.name or "").split())
        if not self.name:
            raise ValidationError("name", "A chart needs a name.")
        if len(self.name) > MAX_NAME:
            raise ValidationError("name", f"A chart name holds at most {MAX_NAME} characters.")
        if not isinstance(self.state, dict):
            raise ValidationError("state", "A chart's state must be a JSON object.")
        try:
            text = json.dumps(self.state, allow_nan=False)
        except (TypeError, ValueError) as err:
            raise ValidationError("state", f"The chart cannot be saved as JSON ({err}).") from None
        if len(text.encode()) > MAX_STATE_BYTES:
            raise ValidationError("state", "This chart is too large to save; remove records from it first.")


@dataclass(frozen=True)
class ChartInfo:
    """A saved chart in a list: no state."""

    id: UUID
    case_id: UUID | None
    name: str
    updated_at: datetime
    updated_by: str
    version: int


def _chart(row: dict[str, Any]) -> SavedChart:
    return SavedChart(
        id=row["id"],
        case_id=row["case_id"],
        name=row["name"],
        state=row["state"],
        version=row["version"],
        created_at=row["created_at"],
        created_by=row["created_by"],
        updated_at=row["updated_at"],
        updated_by=row["updated_by"],
    )


def _finite(state: Any) -> Any:
    """JSON has no NaN or infinity: a position that went wrong is stored as 0."""
    if isinstance(state, float):
        return state if math.isfinite(state) else 0.0
    if isinstance(state, dict):
        return {k: _finite(v) for k, v in state.items()}
    if isinstance(state, list):
        return [_finite(v) for v in state]
    return state


class Charts(UseCases):
    # --- layouts (computation only: no database) -----------------------------------------

    def layout(
        self,
        data: GraphData,
        algorithm: _layout.Algorithm = _layout.Algorithm.FORCE,
        *,
        previous: Mapping[UUID, Point] | None = None,
        pinned: Iterable[UUID] = (),
        incremental: bool = False,
        progress: Callable[[float], None] | None = None,
        cancel: Callable[[], bool] | None = None,
    ) -> dict[UUID, Point]:
        """Positions for a chart's records; see ``cross_desk.analysis.layout.compute``.

        Long: run it off the GUI thread. Raises ``LayoutCancelled`` when ``cancel()`` turns true.
        """
        self.require(Action.READ_RECORDS)
        graph = _layout.graph_from(data)
        return _layout.compute(
            graph,
            algorithm,
            previous=previous,
            pinned=pinned,
            incremental=incremental,
            progress=progress,
            cancel=cancel,
        )

    def place_new(self, data: GraphData, previous: Mapping[UUID, Point]) -> dict[UUID, Point]:
        """Instant places for records that have none yet, beside their neighbours."""
        self.require(Action.READ_RECORDS)
        return _layout.place_new(_layout.graph_from(data), previous)

    def groups(self, data: GraphData) -> dict[UUID, int]:
        """A group number per record (communities, largest first from 0), to colour by."""
        self.require(Action.READ_RECORDS)
        return {n: int(c) - 1 for n, c in _layout.communities(_layout.graph_from(data)).items()}

    # --- saved charts --------------------------------------------------------------------

    def _check_case(self, uow: UnitOfWork, case_id: UUID | None) -> None:
        if case_id is None:
            return
        self.open_case(uow, uow.repo.get_case(case_id))  # NotFound when it does not exist

    def list(self, case_id: UUID | None) -> list[ChartInfo]:
        """Charts saved with a case (``None``: charts saved without one), by name."""
        self.require(Action.READ_RECORDS)
        with self.uow() as uow:
            self._check_case(uow, case_id)
            rows = uow.charts.list(case_id)
        return [
            ChartInfo(r["id"], r["case_id"], r["name"], r["updated_at"], r["updated_by"], r["version"]) for r in rows
        ]

    def get(self, chart_id: UUID) -> SavedChart:
        self.require(Action.READ_RECORDS)
        with self.uow() as uow:
            chart = _chart(uow.charts.get(chart_id))
            self._check_case(uow, chart.case_id)
        return chart

    def save(self, chart: SavedChart) -> SavedChart:
        """Create the chart (``version`` 0) or overwrite it; returns it with its new version.

        Two charts of one case cannot share a name; overwriting a chart someone else saved
        since it was opened is refused (``Conflict``), so nobody's work is lost silently.
        """
        self.require(Action.RUN_ANALYSIS)
        chart.state = _finite(chart.state)
        chart.validate()
        with self.uow() as uow:
            self._check_case(uow, chart.case_id)
            store = uow.charts
            if store.name_taken(chart.case_id, chart.name, other_than=chart.id):
                raise Conflict(f"A chart named “{chart.name}” is already saved with this case.")
            if chart.version == 0:
                row = store.add(chart.id, chart.case_id, chart.name, chart.state, self.who)
                action = AuditAction.CREATE
            else:
                row = store.update(chart.id, chart.version, chart.name, chart.state, self.who)
                action = AuditAction.UPDATE
            nodes = len(chart.state.get("nodes", {}))
            self.audit(uow, action, [chart.id], kind="chart", case=chart.case_id, name=chart.name, records=nodes)
            uow.commit()
        saved = _chart({**row, "state": chart.state})
        self.ctx.notify(Changes(frozenset({"chart"}), frozenset(x for x in (saved.id, saved.case_id) if x)))
        return saved

    def log_export(self, record_ids: list[UUID], how: str, file_name: str = "", case_id: UUID | None = None) -> None:
        """Write to the audit log that a picture of these records left the application.

        ``how`` is "png", "svg" or "print". A chart shown on screen is a consultation; a
        picture or a print is a disclosure, which the audit log must show with its records.
        """
        self.require(Action.PRINT_DOSSIER if how == "print" else Action.EXPORT)
        action = AuditAction.PRINT if how == "print" else AuditAction.EXPORT
        with self.uow() as uow:
            self.audit(uow, action, record_ids, what="link chart", format=how, file=file_name, case=case_id)
            uow.commit()

    def delete(self, chart_id: UUID) -> None:
        self.require(Action.RUN_ANALYSIS)
        with self.uow() as uow:
            store = uow.charts
            row = store.get(chart_id)
            self._check_case(uow, row["case_id"])
            store.delete(chart_id, self.who)
            self.audit(uow, AuditAction.DELETE, [chart_id], kind="chart", name=row["name"])
            uow.commit()
        self.ctx.notify(Changes(frozenset({"chart"}), frozenset({chart_id})))
