"""How long records are kept before review (Directive 2016/680 art. 5: no longer than needed)."""

from __future__ import annotations

from datetime import date

from cross_desk.domain.dates import years_later
from cross_desk.domain.kinds import EntityKind
from cross_desk.domain.schema import SCHEMA


def review_date(kind: EntityKind, created: date) -> date:
    """The first review of a record of ``kind`` made on ``created`` (periods in domain/schema.py)."""
    return years_later(created, SCHEMA[kind].review_years)
