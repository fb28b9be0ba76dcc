"""The records an investigator keeps. Every kind here is linkable (an ``entity``).

Records are plain dataclasses: services hand them to the GUI, CLI, analysis and reports, and
the store maps them to rows. ``validate()`` checks the rules of one record and normalises
identifiers in place (phones to E.164, plates to their stored form), raising ValidationError
with a message for the user.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import ClassVar
from uuid import UUID, uuid4

from cross_desk.domain import identifiers as ids
from cross_desk.domain.dates import PartialDate, check_order, local_moment, now
from cross_desk.domain.errors import DuplicateKey, ValidationError
from cross_desk.domain.grading import ADMIRALTY, GradingScheme
from cross_desk.domain.kinds import (
    UNDIRECTED_LINK_KINDS,
    USUAL_UNIT,
    Agency,
    CaseStatus,
    DealPointStatus,
    EntityKind,
    EventKind,
    LineType,
    LinkKind,
    LocationKind,
    NetworkRole,
    OrganisationKind,
    PersonCategory,
    QuantityUnit,
    Sex,
    SourceStatus,
    Substance,
    TipChannel,
)
from cross_desk.domain.text import check_text_fields, displayable, quoted, reference_key

MAX_TEXT = 100_000  # a field longer than this is a paste gone wrong, not a note


def _required(field_name: str, value: str, what: str) -> str:
    value = (value or "").strip()
    if not value:
        raise ValidationError(field_name, f"{what} is required.")
    return value


def _check_length(field_name: str, value: str | None, limit: int = MAX_TEXT) -> None:
    if value is not None and len(value) > limit:
        raise ValidationError(field_name, f"This field holds {len(value)} characters; the limit is {limit}.")


@dataclass(kw_only=True)
class Tracked:
    """Who made a record and when; the store fills these, forms never do."""

    created_at: datetime | None = None
    created_by: str = ""
    updated_at: datetime | None = None
    updated_by: str = ""
    version: int = 0
    deleted: bool = False


@dataclass(kw_only=True)
class Entity(Tracked):
    """Anything that can be linked. Subclasses set ``KIND`` and implement ``label``."""

    KIND: ClassVar[EntityKind]
    #: fields no two live records of this kind may share (non-empty, normalised values); the
    #: store has a unique index for each, the services check them first for a friendly answer
    UNIQUE_KEYS: ClassVar[tuple[str, ...]] = ()

    id: UUID = field(default_factory=uuid4)
    agency: Agency = Agency.POLICE
    unit: str = ""
    notes: str = ""
    #: when the record must be reviewed: kept longer, or erased (set by services on creation)
    review_on: date | None = None

    def label(self) -> str:
        """The name lists, charts and reports show; bidi controls shown, never obeyed."""
        return displayable(self._label())

    def _label(self) -> str:
        raise NotImplementedError

    def validate(self) -> None:
        check_text_fields(self)
        _check_length("notes", self.notes)
        _check_length("unit", self.unit, 200)

    def search_terms(self) -> list[str]:
        """Texts a search should find this record by (folded by the store's index)."""
        return [self.label()]

    def ref(self) -> EntityRef:
        return EntityRef(self.id, self.KIND, self.label())

    def unique_values(self) -> list[tuple[str, str]]:
        """(field, stored value) of each unique key this record gives (empty ones give none)."""
        return [(name, value) for name in self.UNIQUE_KEYS if (value := getattr(self, name))]

    def duplicate(self, field_name: str, existing_id: UUID | None) -> DuplicateKey:
        """The error saying that this record's ``field_name`` is held by ``existing_id``."""
        value = getattr(self, field_name)
        if field_name == "plate":
            value = ids.format_plate(value, getattr(self, "country", "FR"))
        elif field_name == "number":
            value = ids.format_phone(value)
        return DuplicateKey(field_name, KEY_NAMES.get(field_name, field_name), displayable(value), existing_id)


#: how a message names each unique key ("Plate AB-123-CD is already recorded: open it?")
KEY_NAMES = {"plate": "Plate", "vin": "VIN", "number": "Phone number", "imei": "IMEI", "codename": "Codename"}


@dataclass(frozen=True, slots=True)
class EntityRef:
    """The least a list, a chart or a report needs to show a record."""

    id: UUID
    kind: EntityKind
    label: str


@dataclass(kw_only=True)
class Person(Entity):
    KIND: ClassVar[EntityKind] = EntityKind.PERSON

    surname: str = ""
    given_names: str = ""
    aliases: list[str] = field(default_factory=list)
    birth_date: PartialDate | None = None
    birthplace: str = ""
    nationality: str = ""
    sex: Sex = Sex.UNKNOWN
    category: PersonCategory = PersonCategory.SUSPECT

    def _label(self) -> str:
        name = " ".join(p for p in (self.surname.upper(), self.given_names) if p)
        if not name and self.aliases:
            return f"« {self.aliases[0]} »"
        if self.aliases:
            return f"{name} « {self.aliases[0]} »"
        return name

    def validate(self) -> None:
        super().validate()
        self.surname = self.surname.strip()
        self.given_names = self.given_names.strip()
        self.aliases = [a.strip() for a in self.aliases if a and a.strip()]
        if not (self.surname or self.given_names or self.aliases):
            raise ValidationError("surname", "A person needs a surname, a given name or an alias.")
        for name in ("surname", "given_names", "birthplace", "nationality"):
            _check_length(name, getattr(self, name), 500)
        for alias in self.aliases:
            _check_length("aliases", alias, 500)

    def search_terms(self) -> list[str]:
        terms = [f"{self.surname} {self.given_names}", f"{self.given_names} {self.surname}"]
        return terms + self.aliases


@dataclass(kw_only=True)
class Vehicle(Entity):
    KIND: ClassVar[EntityKind] = EntityKind.VEHICLE
    UNIQUE_KEYS: ClassVar[tuple[str, ...]] = ("plate", "vin")

    plate: str = ""
    country: str = "FR"
    make: str = ""
    model: str = ""
    colour: str = ""
    vin: str = ""

    def _label(self) -> str:
        plate = ids.format_plate(self.plate, self.country) if self.plate else "?"
        if self.country and self.country != "FR":
            plate = f"{plate} ({self.country})"
        desc = " ".join(p for p in (self.make, self.model) if p)
        return f"{plate} {desc}".strip()

    def validate(self) -> None:
        super().validate()
        self.country = (self.country or "FR").strip().upper()
        if len(self.country) not in (1, 2, 3) or not self.country.isalpha():
            raise ValidationError("country", f"{quoted(self.country)} is not a country code (FR, ES, BE…).")
        if self.plate:
            self.plate = ids.normalise_plate(self.plate, self.country)
        elif not self.vin:
            raise ValidationError("plate", "A vehicle needs a plate or a VIN.")
        if self.vin:
            self.vin = ids.normalise_vin(self.vin)
        _check_length("plate", self.plate, 40)  # a foreign plate is free text
        for name, limit in (("make", 200), ("model", 200), ("colour", 100)):
            _check_length(name, getattr(self, name), limit)

    def search_terms(self) -> list[str]:
        return [t for t in (self.plate, self.vin, f"{self.make} {self.model}") if t.strip()]


@dataclass(kw_only=True)
class Phone(Entity):
    KIND: ClassVar[EntityKind] = EntityKind.PHONE
    UNIQUE_KEYS: ClassVar[tuple[str, ...]] = ("number", "imei")

    number: str = ""
    imei: str = ""
    line_type: LineType = LineType.MOBILE
    operator: str = ""

    def _label(self) -> str:
        if self.number:
            return ids.format_phone(self.number)
        return f"IMEI {self.imei}"

    def validate(self) -> None:
        super().validate()
        if self.number:
            self.number = ids.normalise_phone(self.number)
        if self.imei:
            self.imei = ids.normalise_imei(self.imei)
        if not (self.number or self.imei):
            raise ValidationError("number", "A phone needs a number or an IMEI.")
        _check_length("operator", self.operator, 200)

    def search_terms(self) -> list[str]:
        # The E.164 form and the national one, so "06…", "+336…" and "00336…" all match.
        terms = [self.imei] if self.imei else []
        if self.number:
            terms += [self.number, ids.format_phone(self.number)]
        return terms


@dataclass(kw_only=True)
class Location(Entity):
    KIND: ClassVar[EntityKind] = EntityKind.LOCATION

    location_kind: LocationKind = LocationKind.ADDRESS
    name: str = ""
    address: str = ""
    postcode: str = ""
    city: str = ""
    district: str = ""
    latitude: float | None = None
    longitude: float | None = None
    deal_status: DealPointStatus | None = None
    deal_status_since: date | None = None

    def _label(self) -> str:
        place = ", ".join(p for p in (self.address.replace("\n", ", "), self.city) if p)
        if self.name and place:
            return f"{self.name} ({place})"
        return self.name or place or "?"

    def validate(self) -> None:
        super().validate()
        if not (self.name.strip() or self.address.strip() or self.city.strip()):
            raise ValidationError("address", "A location needs a name, an address or a city.")
        for name, limit in (("name", 500), ("address", MAX_TEXT), ("postcode", 20), ("city", 200), ("district", 200)):
            _check_length(name, getattr(self, name), limit)
        if (self.latitude is None) != (self.longitude is None):
            raise ValidationError("latitude", "Give both latitude and longitude, or neither.")
        if self.latitude is not None and self.longitude is not None:
            if not (math.isfinite(self.latitude) and -90 <= self.latitude <= 90):
                raise ValidationError("latitude", "Latitude must be between -90 and 90.")
            if not (math.isfinite(self.longitude) and -180 <= self.longitude <= 180):
                raise ValidationError("longitude", "Longitude must be between -180 and 180.")
        if self.location_kind == LocationKind.DEAL_POINT:
            if self.deal_status is None:
                self.deal_status = DealPointStatus.ACTIVE
        elif self.deal_status is not None:
            raise ValidationError("deal_status", "Only a deal point has a deal-point status.")
        if self.deal_status_since is not None and self.deal_status is None:
            raise ValidationError("deal_status_since", "A status date needs a status.")

    def search_terms(self) -> list[str]:
        return [t for t in (self.name, self.address, f"{self.postcode} {self.city}") if t.strip()]


@dataclass(kw_only=True)
class Organisation(Entity):
    KIND: ClassVar[EntityKind] = EntityKind.ORGANISATION

    name: str = ""
    org_kind: OrganisationKind = OrganisationKind.TRAFFICKING_NETWORK

    def _label(self) -> str:
        return self.name

    def validate(self) -> None:
        super().validate()
        self.name = _required("name", self.name, "A name")
        _check_length("name", self.name, 500)


@dataclass(kw_only=True)
class Source(Entity):
    """An informant as everyone but the handlers sees them: a codename."""

    KIND: ClassVar[EntityKind] = EntityKind.SOURCE
    UNIQUE_KEYS: ClassVar[tuple[str, ...]] = ("codename",)

    codename: str = ""
    handlers: list[str] = field(default_factory=list)
    #: the handlers' controller (officier contrôleur), who may also read the true identity
    controller: str = ""
    status: SourceStatus = SourceStatus.ACTIVE

    def _label(self) -> str:
        return self.codename

    def validate(self) -> None:
        super().validate()
        self.codename = _required("codename", self.codename, "A codename")
        _check_length("codename", self.codename, 200)
        self.handlers = sorted({h.strip() for h in self.handlers if h and h.strip()})
        self.controller = self.controller.strip()
        _check_length("controller", self.controller, 63)  # a user name

    def may_reveal_to(self, username: str) -> bool:
        """Whether ``username`` may read this source's true identity and original wordings."""
        return username in self.handlers or (bool(self.controller) and username == self.controller)

    def may_reassign(self, username: str, is_supervisor: bool) -> bool:
        """Whether ``username`` may change who handles and controls this source: its controller
        or a supervisor (a handler may not bring someone in; the server refuses it too)."""
        return is_supervisor or (bool(self.controller) and username == self.controller)


@dataclass(kw_only=True)
class SourceIdentity:
    """Who a source really is. Kept in its own table; only the handlers may read it."""

    source_id: UUID
    surname: str = ""
    given_names: str = ""
    birth_date: PartialDate | None = None
    contact: str = ""
    notes: str = ""

    def validate(self) -> None:
        check_text_fields(self)
        if not (self.surname.strip() or self.given_names.strip()):
            raise ValidationError("surname", "A true identity needs a surname or a given name.")
        for name in ("surname", "given_names", "contact"):
            _check_length(name, getattr(self, name), 500)
        _check_length("notes", self.notes)


@dataclass(kw_only=True)
class Tip(Entity):
    """An intelligence report, graded. ``original_text`` may identify the source."""

    KIND: ClassVar[EntityKind] = EntityKind.TIP

    received_at: datetime = field(default_factory=now)
    channel: TipChannel = TipChannel.INFORMANT
    source_id: UUID | None = None
    original_text: str = ""
    sanitised_text: str = ""
    grade: str = ""
    handling_code: str = ""
    summary: str = ""

    def _label(self) -> str:
        head = self.summary or self.sanitised_text.split("\n", 1)[0]
        head = head if len(head) <= 60 else head[:57] + "…"
        return f"{self.received_at:%d/%m/%Y} [{self.grade}] {head}".strip()

    def validate(self, scheme: GradingScheme = ADMIRALTY) -> None:  # type: ignore[override]
        super().validate()
        self.received_at = local_moment(self.received_at, "received_at")
        if not (self.original_text.strip() or self.sanitised_text.strip()):
            raise ValidationError("sanitised_text", "A tip needs its text.")
        if not self.sanitised_text.strip():
            if self.source_id is not None or self.channel == TipChannel.INFORMANT:
                raise ValidationError(
                    "sanitised_text",
                    "A tip from a source needs a sanitised wording that others may read.",
                )
            self.sanitised_text = self.original_text
        if self.channel == TipChannel.INFORMANT and self.source_id is None:
            raise ValidationError("source_id", "A tip from an informant needs its source.")
        if not self.grade.strip() and self.channel == TipChannel.PUBLIC_PLATFORM:
            self.grade = scheme.unknown_source_default
        self.grade = scheme.normalise(self.grade)
        _check_length("original_text", self.original_text)
        _check_length("sanitised_text", self.sanitised_text)
        _check_length("summary", self.summary, 500)
        _check_length("handling_code", self.handling_code, 50)

    def search_terms(self) -> list[str]:
        return [self.summary] if self.summary else []


@dataclass(frozen=True, slots=True)
class SubstanceLine:
    substance: Substance
    quantity: Decimal
    unit: QuantityUnit

    def validate(self) -> None:
        if not self.quantity.is_finite() or self.quantity <= 0:
            raise ValidationError("substances", "A seized quantity must be more than zero.")

    def in_kg(self) -> Decimal | None:
        """Weight in kilograms, or None for counted units and litres."""
        if self.unit == QuantityUnit.KILOGRAM:
            return self.quantity
        if self.unit == QuantityUnit.GRAM:
            return self.quantity / 1000
        return None


@dataclass(kw_only=True)
class Seizure(Entity):
    KIND: ClassVar[EntityKind] = EntityKind.SEIZURE

    seized_on: date = field(default_factory=date.today)
    substances: list[SubstanceLine] = field(default_factory=list)
    cash_eur: Decimal = Decimal(0)
    weapons: int = 0
    vehicles: int = 0
    description: str = ""

    def _label(self) -> str:
        parts = [f"{line.quantity.normalize():f} {line.unit} {line.substance}" for line in self.substances[:2]]
        if self.cash_eur:
            parts.append(f"{self.cash_eur:,.0f} €".replace(",", " "))
        return f"Saisie {self.seized_on:%d/%m/%Y} " + (", ".join(parts) or self.description[:40])

    def validate(self) -> None:
        super().validate()
        for line in self.substances:
            line.validate()
        if not self.cash_eur.is_finite() or self.cash_eur < 0:
            raise ValidationError("cash_eur", "Cash seized cannot be negative.")
        if self.weapons < 0:
            raise ValidationError("weapons", "The number of weapons cannot be negative.")
        if self.vehicles < 0:
            raise ValidationError("vehicles", "The number of vehicles cannot be negative.")
        if not (self.substances or self.cash_eur or self.weapons or self.vehicles or self.description.strip()):
            raise ValidationError("substances", "A seizure needs at least one thing seized.")
        _check_length("description", self.description)


def usual_line(substance: Substance, quantity: Decimal | float | str) -> SubstanceLine:
    return SubstanceLine(substance, Decimal(str(quantity)), USUAL_UNIT[substance])


@dataclass(kw_only=True)
class Event(Entity):
    KIND: ClassVar[EntityKind] = EntityKind.EVENT

    event_kind: EventKind = EventKind.ARREST
    occurred_at: datetime = field(default_factory=now)
    ended_at: datetime | None = None
    description: str = ""

    def _label(self) -> str:
        head = self.description.split("\n", 1)[0][:50]
        return f"{self.event_kind} {self.occurred_at:%d/%m/%Y} {head}".strip()

    def validate(self) -> None:
        super().validate()
        self.occurred_at = local_moment(self.occurred_at, "occurred_at")
        self.ended_at = local_moment(self.ended_at, "ended_at") if self.ended_at else None
        check_order("ended_at", self.occurred_at, self.ended_at)
        _check_length("description", self.description)


class Confidence(StrEnum):
    CONFIRMED = "confirmed"
    PROBABLE = "probable"
    POSSIBLE = "possible"
    DOUBTFUL = "doubtful"

    @property
    def weight(self) -> float:
        return {"confirmed": 1.0, "probable": 0.75, "possible": 0.5, "doubtful": 0.25}[self.value]


@dataclass(kw_only=True)
class Link(Tracked):
    """A typed relation between two entities, with the tip or seizure that evidences it."""

    id: UUID = field(default_factory=uuid4)
    kind: LinkKind = LinkKind.ASSOCIATE
    source_id: UUID
    target_id: UUID
    directed: bool | None = None
    first_seen: date | None = None
    last_seen: date | None = None
    confidence: Confidence = Confidence.PROBABLE
    role: NetworkRole | None = None
    evidence_id: UUID | None = None
    count: int = 1
    agency: Agency = Agency.POLICE
    unit: str = ""
    notes: str = ""

    def validate(self) -> None:
        check_text_fields(self)
        if self.directed is None:
            self.directed = self.kind not in UNDIRECTED_LINK_KINDS
        if self.source_id == self.target_id:
            raise ValidationError("target_id", "A record cannot be linked to itself.")
        check_order("last_seen", self.first_seen, self.last_seen, "last seen")
        if self.role is not None and self.kind not in (LinkKind.MEMBER_OF, LinkKind.MANAGES):
            raise ValidationError("role", "A network role goes on a 'member of' or 'manages' link.")
        if self.count < 1:
            raise ValidationError("count", "A link is seen at least once.")
        _check_length("notes", self.notes)
        _check_length("unit", self.unit, 200)


#: room for a 100-character reference whose letters fold to more than one ("ß" → "ss")
REFERENCE_KEY_LENGTH = 200


@dataclass(kw_only=True)
class Case(Tracked):
    """A procedure (dossier): a set of entities, and the links among them."""

    id: UUID = field(default_factory=uuid4)
    reference: str = ""
    title: str = ""
    status: CaseStatus = CaseStatus.OPEN
    opened_on: date = field(default_factory=date.today)
    closed_on: date | None = None
    lead: str = ""
    prosecutor_ref: str = ""
    description: str = ""
    restricted: bool = False
    #: user names of the team; with ``restricted``, only they (and the lead) see the details
    team: list[str] = field(default_factory=list)
    agency: Agency = Agency.POLICE
    unit: str = ""

    def label(self) -> str:
        return displayable(f"{self.reference} — {self.title}")

    def is_insider(self, username: str) -> bool:
        return not self.restricted or username == self.lead or username in self.team

    def validate(self) -> None:
        check_text_fields(self)
        self.reference = _required("reference", self.reference, "A case reference")
        self.title = _required("title", self.title, "A case title")
        _check_length("reference", self.reference, 100)
        if len(reference_key(self.reference)) > REFERENCE_KEY_LENGTH:  # a few characters fold long
            raise ValidationError("reference", "This reference is too long once its letters are folded.")
        _check_length("title", self.title, 500)
        _check_length("description", self.description)
        for name, limit in (("lead", 200), ("prosecutor_ref", 100), ("unit", 200)):
            _check_length(name, getattr(self, name), limit)
        check_order("closed_on", self.opened_on, self.closed_on, "closing")
        if self.status == CaseStatus.CLOSED and self.closed_on is None:
            raise ValidationError("closed_on", "A closed case needs its closing date.")
        self.team = sorted({t.strip() for t in self.team if t and t.strip()})


ENTITY_TYPES: dict[EntityKind, type[Entity]] = {
    cls.KIND: cls for cls in (Person, Vehicle, Phone, Location, Organisation, Source, Tip, Seizure, Event)
}


@dataclass
class GraphData:
    """A set of records and the links among them, as analysis and the chart take it.

    ``when`` gives the date of dated records (tips, seizures, events) for time filters.
    """

    nodes: dict[UUID, EntityRef] = field(default_factory=dict)
    links: list[Link] = field(default_factory=list)
    when: dict[UUID, date] = field(default_factory=dict)
