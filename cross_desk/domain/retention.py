"""How long records are kept before review (Directive 2016/680 art. 5: no longer than needed)."""

from __future__ import annotations

from datetime import date

from cross_desk.domain.dates import years_later
from cross_desk.domain.kinds import EntityKind

#: Years from creation to the first review, by kind. Tips age fastest: unconfirmed
#: intelligence must not linger.
REVIEW_YEARS: dict[EntityKind, int] = {
    EntityKind.TIP: 3,
    EntityKind.PERSON: 5,
    EntityKind.SOURCE: 5,
    EntityKind.PHONE: 3,
    EntityKind.VEHICLE: 3,
}
DEFAULT_REVIEW_YEARS = 5


def review_date(kind: EntityKind, created: date) -> date:
    return years_later(created, REVIEW_YEARS.get(kind, DEFAULT_REVIEW_YEARS))
