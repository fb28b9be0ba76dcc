"""Saved link charts (the ``saved_chart`` table): a chart's state as JSON, several per case."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any
from uuid import UUID

from sqlalchemy import Table, insert, select, update
from sqlalchemy.orm import Session

from cross_desk.domain.errors import Conflict, NotFound
from cross_desk.store.tables import SavedChartRow

CHART: Table = SavedChartRow.__table__  # type: ignore[attr-defined]

#: Columns a chart list needs: everything but the (possibly large) state.
_SUMMARY = (
    CHART.c.id,
    CHART.c.case_id,
    CHART.c.name,
    CHART.c.created_at,
    CHART.c.created_by,
    CHART.c.updated_at,
    CHART.c.updated_by,
    CHART.c.version,
)


class ChartStore:
    """Reads and writes of saved charts within one session; rows come back as plain dicts."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def list(self, case_id: UUID | None) -> list[dict[str, Any]]:
        """Live charts of a case (or, with ``None``, those saved without a case), by name."""
        where = CHART.c.case_id.is_(None) if case_id is None else CHART.c.case_id == case_id
        q = select(*_SUMMARY).where(where, CHART.c.deleted.is_(False)).order_by(CHART.c.name, CHART.c.id)
        return [dict(row._mapping) for row in self.session.execute(q)]

    def get(self, chart_id: UUID) -> dict[str, Any]:
        row = self.session.execute(select(CHART).where(CHART.c.id == chart_id, CHART.c.deleted.is_(False))).first()
        if row is None:
            raise NotFound("No such saved chart (it may have been deleted).")
        return dict(row._mapping)

    def name_taken(self, case_id: UUID | None, name: str, other_than: UUID | None = None) -> bool:
        where = CHART.c.case_id.is_(None) if case_id is None else CHART.c.case_id == case_id
        q = select(CHART.c.id).where(where, CHART.c.name == name, CHART.c.deleted.is_(False))
        return any(row.id != other_than for row in self.session.execute(q))

    def add(self, chart_id: UUID, case_id: UUID | None, name: str, state: dict[str, Any], who: str) -> dict[str, Any]:
        moment = datetime.now(UTC)
        values = {
            "id": chart_id,
            "case_id": case_id,
            "name": name,
            "state": state,
            "created_at": moment,
            "created_by": who,
            "updated_at": moment,
            "updated_by": who,
            "version": 1,
            "deleted": False,
        }
        self.session.execute(insert(CHART).values(**values))
        return values

    def update(self, chart_id: UUID, version: int, name: str, state: dict[str, Any], who: str) -> dict[str, Any]:
        """Overwrite a chart if it is still at ``version`` (someone else may have saved it since)."""
        moment = datetime.now(UTC)
        result = self.session.execute(
            update(CHART)
            .where(CHART.c.id == chart_id, CHART.c.version == version, CHART.c.deleted.is_(False))
            .values(name=name, state=state, updated_at=moment, updated_by=who, version=version + 1)
        )
        if result.rowcount != 1:  # type: ignore[attr-defined]
            self.get(chart_id)  # NotFound if it is gone
            raise Conflict("Someone else saved this chart since you opened it; save it under another name.")
        return self.get(chart_id)

    def delete(self, chart_id: UUID, who: str) -> None:
        result = self.session.execute(
            update(CHART)
            .where(CHART.c.id == chart_id, CHART.c.deleted.is_(False))
            .values(deleted=True, updated_at=datetime.now(UTC), updated_by=who, version=CHART.c.version + 1)
        )
        if result.rowcount != 1:  # type: ignore[attr-defined]
            raise NotFound("No such saved chart (it may have been deleted).")
