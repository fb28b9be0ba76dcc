"""The database schema as SQLModel tables.

One ``entity`` row per linkable record (identity, label, who/when, version, soft delete), one
detail table per kind keyed by the same id, and ``link`` rows with real foreign keys, so the
whole graph is one query. Quantities are stored as integers (thousandths, cents) so that sums
are exact on SQLite as on PostgreSQL.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any
from uuid import UUID

from sqlalchemy import JSON, BigInteger, Column, Index, MetaData, Text, UniqueConstraint, text, true
from sqlmodel import Field, SQLModel

# Constraint names are stable across databases so that migrations can name them.
SQLModel.metadata = MetaData(
    naming_convention={
        "ix": "ix_%(column_0_label)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "ck": "ck_%(table_name)s_%(constraint_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)


def _entity_fk(**kw: Any) -> Any:
    return Field(foreign_key="entity.id", **kw)


def _text(**kw: Any) -> Any:
    return Field(default="", sa_type=Text, **kw)


class TrackedColumns(SQLModel):
    created_at: datetime
    created_by: str = Field(max_length=200)
    updated_at: datetime
    updated_by: str = Field(max_length=200)
    version: int = 1
    deleted: bool = Field(default=False, index=True)


class EntityRow(TrackedColumns, table=True):
    __tablename__ = "entity"
    __table_args__ = (Index("ix_entity_kind_deleted", "kind", "deleted"),)

    id: UUID = Field(primary_key=True)
    kind: str = Field(max_length=20)
    label: str = Field(max_length=1000)
    agency: str = Field(max_length=20)
    unit: str = Field(default="", max_length=200)
    notes: str = _text()
    #: when the record must be reviewed (kept longer, or erased): Directive 2016/680 art. 5
    review_on: date | None = Field(default=None, index=True)


class PersonRow(SQLModel, table=True):
    __tablename__ = "person"
    id: UUID = _entity_fk(primary_key=True)
    surname: str = Field(default="", max_length=500)
    given_names: str = Field(default="", max_length=500)
    aliases: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    birth_date: str | None = Field(default=None, max_length=10)
    birthplace: str = Field(default="", max_length=500)
    nationality: str = Field(default="", max_length=500)
    sex: str = Field(default="U", max_length=1)
    category: str = Field(max_length=20)


def _holds_keys() -> Any:
    # ``entity.deleted`` lives in another table, and an index covers one table: the detail row
    # carries whether it holds its unique keys (live, and not a duplicate flagged by 0009).
    return Field(default=True, sa_column_kwargs={"server_default": true()})


def live_unique(table: str, column: str) -> Index:
    """One live record per non-empty value of ``column`` (migration 0009): the database, not a
    SELECT before the INSERT, is what stops two workstations recording the same plate at once."""
    where = text(f"holds_keys AND {column} <> ''")
    return Index(f"uq_{table}_{column}_live", column, unique=True, sqlite_where=where, postgresql_where=where)


#: detail table → the columns with a partial unique index (the kinds' UNIQUE_KEYS; a source's
#: codename is unique among all sources, deleted ones too, since 0001)
LIVE_UNIQUE: dict[str, tuple[str, ...]] = {"vehicle": ("plate", "vin"), "phone": ("number", "imei")}


class VehicleRow(SQLModel, table=True):
    __tablename__ = "vehicle"
    __table_args__ = (live_unique("vehicle", "plate"), live_unique("vehicle", "vin"))
    id: UUID = _entity_fk(primary_key=True)
    plate: str = Field(default="", max_length=40, index=True)
    country: str = Field(default="FR", max_length=3)
    make: str = Field(default="", max_length=200)
    model: str = Field(default="", max_length=200)
    colour: str = Field(default="", max_length=100)
    vin: str = Field(default="", max_length=17)
    holds_keys: bool = _holds_keys()


class PhoneRow(SQLModel, table=True):
    __tablename__ = "phone"
    __table_args__ = (live_unique("phone", "number"), live_unique("phone", "imei"))
    id: UUID = _entity_fk(primary_key=True)
    number: str = Field(default="", max_length=20, index=True)
    imei: str = Field(default="", max_length=15, index=True)
    line_type: str = Field(max_length=20)
    operator: str = Field(default="", max_length=200)
    holds_keys: bool = _holds_keys()


class LocationRow(SQLModel, table=True):
    __tablename__ = "location"
    id: UUID = _entity_fk(primary_key=True)
    location_kind: str = Field(max_length=20)
    name: str = Field(default="", max_length=500)
    address: str = _text()
    postcode: str = Field(default="", max_length=20)
    city: str = Field(default="", max_length=200)
    district: str = Field(default="", max_length=200, index=True)
    latitude: float | None = None
    longitude: float | None = None
    deal_status: str | None = Field(default=None, max_length=20)
    deal_status_since: date | None = None


class OrganisationRow(SQLModel, table=True):
    __tablename__ = "organisation"
    id: UUID = _entity_fk(primary_key=True)
    name: str = Field(max_length=500)
    org_kind: str = Field(max_length=30)


class SourceRow(SQLModel, table=True):
    __tablename__ = "source"
    id: UUID = _entity_fk(primary_key=True)
    codename: str = Field(max_length=200, unique=True)
    handlers: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    controller: str = Field(default="", max_length=63)
    status: str = Field(max_length=20)


class SourceIdentityRow(SQLModel, table=True):
    """A source's true identity: its own table so that access can be refused at the table."""

    __tablename__ = "source_identity"
    source_id: UUID = Field(foreign_key="source.id", primary_key=True)
    surname: str = Field(default="", max_length=500)
    given_names: str = Field(default="", max_length=500)
    birth_date: str | None = Field(default=None, max_length=10)
    contact: str = Field(default="", max_length=500)
    notes: str = _text()


class TipRow(SQLModel, table=True):
    __tablename__ = "tip"
    id: UUID = _entity_fk(primary_key=True)
    received_at: datetime = Field(index=True)
    channel: str = Field(max_length=30)
    source_id: UUID | None = Field(default=None, foreign_key="source.id", index=True)
    sanitised_text: str = _text()
    grade: str = Field(max_length=5)
    handling_code: str = Field(default="", max_length=50)
    summary: str = Field(default="", max_length=500)


class TipOriginalRow(SQLModel, table=True):
    """A tip's original wording, which may identify its source: its own table so that access can
    be refused at the table (row-level security on PostgreSQL, migration 0007). Only tips that
    have one get a row."""

    __tablename__ = "tip_original"
    tip_id: UUID = Field(foreign_key="tip.id", primary_key=True)
    wording: str = _text()


class SeizureRow(SQLModel, table=True):
    __tablename__ = "seizure"
    id: UUID = _entity_fk(primary_key=True)
    seized_on: date = Field(index=True)
    cash_cents: int = Field(default=0, sa_type=BigInteger)
    weapons: int = 0
    vehicles: int = 0
    description: str = _text()


class SeizureSubstanceRow(SQLModel, table=True):
    __tablename__ = "seizure_substance"
    __table_args__ = (UniqueConstraint("seizure_id", "position"),)
    id: int | None = Field(default=None, primary_key=True)
    seizure_id: UUID = Field(foreign_key="seizure.id", index=True)
    position: int
    substance: str = Field(max_length=30)
    #: thousandths of ``unit``: exact sums on every backend
    quantity_milli: int = Field(sa_type=BigInteger)
    unit: str = Field(max_length=10)


class EventRow(SQLModel, table=True):
    __tablename__ = "event"
    id: UUID = _entity_fk(primary_key=True)
    event_kind: str = Field(max_length=20)
    occurred_at: datetime = Field(index=True)
    ended_at: datetime | None = None
    description: str = _text()


class LinkRow(TrackedColumns, table=True):
    __tablename__ = "link"
    id: UUID = Field(primary_key=True)
    kind: str = Field(max_length=30)
    source_id: UUID = _entity_fk(index=True)
    target_id: UUID = _entity_fk(index=True)
    directed: bool = True
    first_seen: date | None = None
    last_seen: date | None = None
    confidence: str = Field(max_length=20)
    role: str | None = Field(default=None, max_length=30)
    evidence_id: UUID | None = _entity_fk(default=None, index=True)
    count: int = 1
    agency: str = Field(max_length=20)
    unit: str = Field(default="", max_length=200)
    notes: str = _text()


class CaseRow(TrackedColumns, table=True):
    __tablename__ = "case_file"
    id: UUID = Field(primary_key=True)
    reference: str = Field(max_length=100, unique=True)
    #: ``domain.text.reference_key(reference)``: what finding and uniqueness compare (see 0010)
    reference_key: str = Field(max_length=200, unique=True, index=True)
    title: str = Field(max_length=500)
    status: str = Field(max_length=20)
    opened_on: date
    closed_on: date | None = None
    lead: str = Field(default="", max_length=200)
    prosecutor_ref: str = Field(default="", max_length=100)
    description: str = _text()
    restricted: bool = False
    #: user names of the case team, who alone see a restricted case's details
    team: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    agency: str = Field(max_length=20)
    unit: str = Field(default="", max_length=200)


class CaseMemberRow(SQLModel, table=True):
    __tablename__ = "case_member"
    case_id: UUID = Field(foreign_key="case_file.id", primary_key=True)
    entity_id: UUID = _entity_fk(primary_key=True, index=True)
    added_at: datetime
    added_by: str = Field(max_length=200)


class SearchTermRow(SQLModel, table=True):
    """Folded texts each record can be found by (names, aliases, plates, numbers…)."""

    __tablename__ = "search_term"
    id: int | None = Field(default=None, primary_key=True)
    entity_id: UUID = _entity_fk(index=True)
    term: str = Field(max_length=1000, index=True)


DETAIL_TABLES: dict[str, type[SQLModel]] = {
    "person": PersonRow,
    "vehicle": VehicleRow,
    "phone": PhoneRow,
    "location": LocationRow,
    "organisation": OrganisationRow,
    "source": SourceRow,
    "tip": TipRow,
    "seizure": SeizureRow,
    "event": EventRow,
}

metadata = SQLModel.metadata


class SavedChartRow(TrackedColumns, table=True):
    """A link chart as a user left it (visible set, positions, pins, filters, zoom)."""

    __tablename__ = "saved_chart"
    id: UUID = Field(primary_key=True)
    case_id: UUID | None = Field(default=None, foreign_key="case_file.id", index=True)
    name: str = Field(max_length=200)
    state: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))


class UserRow(SQLModel, table=True):
    """An account. On PostgreSQL each user also has a database login of the same name."""

    __tablename__ = "user_account"
    id: UUID = Field(primary_key=True)
    username: str = Field(max_length=63, unique=True)
    display_name: str = Field(default="", max_length=200)
    role: str = Field(max_length=20)
    password_hash: str = Field(max_length=200)
    disabled: bool = False
    failed_attempts: int = 0
    locked_until: datetime | None = None
    created_at: datetime
    updated_at: datetime


class AuditRow(SQLModel, table=True):
    """Append-only, hash-chained log of who read or changed what (Directive 2016/680 art. 25).

    ``seq`` is given by the application (head + 1), never by a sequence, so that a removed or
    inserted row shows as a gap or a clash; ``hash`` covers the row's content and ``prev_hash``.
    """

    __tablename__ = "audit_log"
    seq: int = Field(primary_key=True, sa_type=BigInteger, sa_column_kwargs={"autoincrement": False})
    at: datetime = Field(index=True)
    username: str = Field(max_length=63, index=True)
    workstation: str = Field(max_length=200)
    action: str = Field(max_length=40, index=True)
    entity_ids: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    details: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    prev_hash: str = Field(max_length=64)
    hash: str = Field(max_length=64)
