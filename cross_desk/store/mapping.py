"""Between domain records and table rows, both ways, as plain dicts of column values.

Working in dicts (not ORM objects) lets the same code serve single saves, bulk loads
(Core executemany) and fast reads; nothing here holds a session.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from decimal import Decimal
from enum import Enum
from typing import Any
from uuid import UUID

from cross_desk.domain import kinds as k
from cross_desk.domain import records as r
from cross_desk.domain.dates import PartialDate
from cross_desk.domain.identifiers import fold
from cross_desk.domain.text import reference_key
from cross_desk.store.tables import LIVE_UNIQUE

ENTITY_COLUMNS = ("id", "agency", "unit", "notes", "review_on")
TRACKED = ("created_at", "created_by", "updated_at", "updated_by", "version", "deleted")

# Domain fields that are not plain columns of the detail table (a tip's original wording has a
# table of its own, which the server refuses to other logins).
_SPECIAL = {"substances", "cash_eur", "birth_date", "original_text"}
_ENUMS: dict[str, type] = {
    "sex": k.Sex,
    "category": k.PersonCategory,
    "line_type": k.LineType,
    "location_kind": k.LocationKind,
    "deal_status": k.DealPointStatus,
    "org_kind": k.OrganisationKind,
    "status": k.SourceStatus,
    "channel": k.TipChannel,
    "event_kind": k.EventKind,
}


def _detail_fields(cls: type[r.Entity]) -> list[str]:
    base = {f.name for f in dataclasses.fields(r.Entity)}
    return [f.name for f in dataclasses.fields(cls) if f.name not in base]


DETAIL_FIELDS: dict[k.EntityKind, list[str]] = {kind: _detail_fields(cls) for kind, cls in r.ENTITY_TYPES.items()}


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    return value


def entity_values(entity: r.Entity) -> dict[str, Any]:
    values = {name: _plain(getattr(entity, name)) for name in ENTITY_COLUMNS + TRACKED}
    values["kind"] = entity.KIND.value
    values["label"] = entity.label()[:1000]
    return values


def detail_values(entity: r.Entity) -> dict[str, Any]:
    values: dict[str, Any] = {"id": entity.id}
    for name in DETAIL_FIELDS[entity.KIND]:
        if name in _SPECIAL:
            continue
        value = getattr(entity, name)
        values[name] = list(value) if isinstance(value, list) else _plain(value)
    if isinstance(entity, r.Person):
        values["birth_date"] = entity.birth_date.iso() if entity.birth_date else None
    if isinstance(entity, r.Seizure):
        values["cash_cents"] = int((entity.cash_eur * 100).to_integral_value())
    if entity.KIND in HOLDS_KEYS:
        values["holds_keys"] = not entity.deleted  # a live record claims its keys in the unique indexes
    return values


#: kinds whose detail table has ``holds_keys`` and partial unique indexes
HOLDS_KEYS: frozenset[k.EntityKind] = frozenset(k.EntityKind(name) for name in LIVE_UNIQUE)


def original_values(tip: r.Tip) -> dict[str, Any]:
    """The ``tip_original`` row of a tip (written only when it has a wording)."""
    return {"tip_id": tip.id, "wording": tip.original_text}


def substance_values(seizure: r.Seizure) -> list[dict[str, Any]]:
    return [
        {
            "seizure_id": seizure.id,
            "position": i,
            "substance": line.substance.value,
            "quantity_milli": int((line.quantity * 1000).to_integral_value()),
            "unit": line.unit.value,
        }
        for i, line in enumerate(seizure.substances)
    ]


def search_values(entity: r.Entity) -> list[dict[str, Any]]:
    seen: set[str] = set()
    rows = []
    for term in entity.search_terms():
        folded = fold(term)[:1000]
        if folded and folded not in seen:
            seen.add(folded)
            rows.append({"entity_id": entity.id, "term": folded})
    return rows


def to_entity(
    entity_row: Mapping[str, Any],
    detail_row: Mapping[str, Any],
    substances: list[Mapping[str, Any]] | None = None,
) -> r.Entity:
    kind = k.EntityKind(entity_row["kind"])
    cls = r.ENTITY_TYPES[kind]
    values: dict[str, Any] = {name: entity_row[name] for name in ENTITY_COLUMNS + TRACKED}
    values["agency"] = k.Agency(values["agency"])
    for name in DETAIL_FIELDS[kind]:
        if name in _SPECIAL:
            continue
        value = detail_row[name]
        enum = _ENUMS.get(name)
        if enum is not None and value is not None:
            value = enum(value)
        values[name] = list(value) if isinstance(value, list) else value
    if cls is r.Person:
        raw = detail_row["birth_date"]
        values["birth_date"] = PartialDate.parse(raw) if raw else None
    if cls is r.Tip:
        # read through a LEFT JOIN: no row, or one the server hides, reads as no wording
        values["original_text"] = detail_row.get("original_text") or ""
    if cls is r.Seizure:
        values["cash_eur"] = Decimal(detail_row["cash_cents"]) / 100
        values["substances"] = [
            r.SubstanceLine(
                k.Substance(s["substance"]),
                Decimal(s["quantity_milli"]) / 1000,
                k.QuantityUnit(s["unit"]),
            )
            for s in sorted(substances or [], key=lambda s: s["position"])
        ]
    return cls(**values)


def link_values(link: r.Link) -> dict[str, Any]:
    return {f.name: _plain(getattr(link, f.name)) for f in dataclasses.fields(r.Link)}


_LINK_FIELDS = tuple(f.name for f in dataclasses.fields(r.Link))
# Enum lookups by value, precomputed: graphs of the whole database map hundreds of thousands.
_LINK_KINDS = {e.value: e for e in k.LinkKind}
_CONFIDENCES = {e.value: e for e in r.Confidence}
_AGENCIES = {e.value: e for e in k.Agency}
_ROLES = {e.value: e for e in k.NetworkRole}


def to_link(row: Mapping[str, Any]) -> r.Link:
    values = {name: row[name] for name in _LINK_FIELDS}
    values["kind"] = _LINK_KINDS[values["kind"]]
    values["confidence"] = _CONFIDENCES[values["confidence"]]
    values["agency"] = _AGENCIES[values["agency"]]
    if values["role"] is not None:
        values["role"] = _ROLES[values["role"]]
    return r.Link(**values)


#: what a graph of the whole database needs of each link (no audit columns)
GRAPH_LINK_COLUMNS = (
    "id",
    "kind",
    "source_id",
    "target_id",
    "directed",
    "first_seen",
    "last_seen",
    "confidence",
    "role",
    "evidence_id",
    "count",
    "agency",
)


def to_graph_link(row: Any) -> r.Link:
    """A link from a ``GRAPH_LINK_COLUMNS`` row; who/when columns are left at their defaults."""
    return r.Link(
        id=row[0],
        kind=_LINK_KINDS[row[1]],
        source_id=row[2],
        target_id=row[3],
        directed=row[4],
        first_seen=row[5],
        last_seen=row[6],
        confidence=_CONFIDENCES[row[7]],
        role=_ROLES[row[8]] if row[8] is not None else None,
        evidence_id=row[9],
        count=row[10],
        agency=_AGENCIES[row[11]],
    )


def case_values(case: r.Case) -> dict[str, Any]:
    values = {f.name: _plain(getattr(case, f.name)) for f in dataclasses.fields(r.Case)}
    values["team"] = list(case.team)
    values["reference_key"] = reference_key(case.reference)
    return values


def to_case(row: Mapping[str, Any]) -> r.Case:
    values = {f.name: row[f.name] for f in dataclasses.fields(r.Case)}
    values["status"] = k.CaseStatus(values["status"])
    values["agency"] = k.Agency(values["agency"])
    values["team"] = list(values["team"] or [])
    return r.Case(**values)


def identity_values(identity: r.SourceIdentity) -> dict[str, Any]:
    values = {f.name: getattr(identity, f.name) for f in dataclasses.fields(r.SourceIdentity)}
    values["birth_date"] = identity.birth_date.iso() if identity.birth_date else None
    return values


def to_identity(row: Mapping[str, Any]) -> r.SourceIdentity:
    values = {f.name: row[f.name] for f in dataclasses.fields(r.SourceIdentity)}
    values["birth_date"] = PartialDate.parse(values["birth_date"]) if values["birth_date"] else None
    return r.SourceIdentity(**values)


def uuid(value: UUID | str) -> UUID:
    return value if isinstance(value, UUID) else UUID(str(value))
