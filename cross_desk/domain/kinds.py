"""The vocabulary of records: entity kinds, link kinds, roles, categories and statuses.

Enum values are the stored codes (stable, English, lower-case); labels for the interface come
from the GUI's translation catalogue, never from here.
"""

from __future__ import annotations

from enum import StrEnum


class EntityKind(StrEnum):
    PERSON = "person"
    VEHICLE = "vehicle"
    PHONE = "phone"
    LOCATION = "location"
    ORGANISATION = "organisation"
    SOURCE = "source"
    TIP = "tip"
    SEIZURE = "seizure"
    EVENT = "event"


class Agency(StrEnum):
    """The service a record came from: pooling these is why the unit exists."""

    POLICE = "police"
    GENDARMERIE = "gendarmerie"
    CUSTOMS = "customs"
    OTHER = "other"


class PersonCategory(StrEnum):
    """Categories of persons that Directive (EU) 2016/680 art. 6 asks police files to keep apart."""

    SUSPECT = "suspect"
    CONVICTED = "convicted"
    VICTIM = "victim"
    WITNESS = "witness"
    CONTACT = "contact"


class Sex(StrEnum):
    FEMALE = "F"
    MALE = "M"
    UNKNOWN = "U"


class LineType(StrEnum):
    MOBILE = "mobile"
    LANDLINE = "landline"
    VOIP = "voip"
    PREPAID = "prepaid"
    UNKNOWN = "unknown"


class LocationKind(StrEnum):
    ADDRESS = "address"
    DEAL_POINT = "deal_point"
    STASH = "stash"
    LABORATORY = "laboratory"
    MEETING_PLACE = "meeting_place"
    BORDER_CROSSING = "border_crossing"
    OTHER = "other"


class DealPointStatus(StrEnum):
    ACTIVE = "active"
    DISRUPTED = "disrupted"
    DISMANTLED = "dismantled"


class OrganisationKind(StrEnum):
    TRAFFICKING_NETWORK = "trafficking_network"
    GANG = "gang"
    COMPANY = "company"
    OTHER = "other"


class SourceStatus(StrEnum):
    ACTIVE = "active"
    DORMANT = "dormant"
    CLOSED = "closed"


class TipChannel(StrEnum):
    INFORMANT = "informant"
    PUBLIC_PLATFORM = "public_platform"
    OTHER_SERVICE = "other_service"
    SURVEILLANCE = "surveillance"
    INTERCEPT = "intercept"
    OPEN_SOURCE = "open_source"


class Substance(StrEnum):
    CANNABIS_RESIN = "cannabis_resin"
    HERBAL_CANNABIS = "herbal_cannabis"
    COCAINE = "cocaine"
    CRACK = "crack"
    HEROIN = "heroin"
    MDMA = "mdma"
    AMPHETAMINE = "amphetamine"
    METHAMPHETAMINE = "methamphetamine"
    KETAMINE = "ketamine"
    CATHINONES = "cathinones"
    DIVERTED_MEDICINES = "diverted_medicines"
    OTHER = "other"


class QuantityUnit(StrEnum):
    GRAM = "g"
    KILOGRAM = "kg"
    UNITS = "units"
    LITRE = "l"


#: The unit an investigator expects for each substance (../shared/DOMAIN.md).
USUAL_UNIT: dict[Substance, QuantityUnit] = {
    Substance.CANNABIS_RESIN: QuantityUnit.KILOGRAM,
    Substance.HERBAL_CANNABIS: QuantityUnit.KILOGRAM,
    Substance.COCAINE: QuantityUnit.KILOGRAM,
    Substance.CRACK: QuantityUnit.GRAM,
    Substance.HEROIN: QuantityUnit.KILOGRAM,
    Substance.MDMA: QuantityUnit.UNITS,
    Substance.AMPHETAMINE: QuantityUnit.KILOGRAM,
    Substance.METHAMPHETAMINE: QuantityUnit.KILOGRAM,
    Substance.KETAMINE: QuantityUnit.KILOGRAM,
    Substance.CATHINONES: QuantityUnit.KILOGRAM,
    Substance.DIVERTED_MEDICINES: QuantityUnit.UNITS,
    Substance.OTHER: QuantityUnit.KILOGRAM,
}


class EventKind(StrEnum):
    ARREST = "arrest"
    SEARCH = "search"
    SURVEILLANCE = "surveillance"
    FIXED_FINE = "fixed_fine"  # AFD, amende forfaitaire délictuelle
    HEARING = "hearing"
    CONTROL = "control"
    OTHER = "other"


class CaseStatus(StrEnum):
    OPEN = "open"
    SUSPENDED = "suspended"
    CLOSED = "closed"


class LinkKind(StrEnum):
    ASSOCIATE = "associate"
    FAMILY = "family"
    MEMBER_OF = "member_of"
    MANAGES = "manages"
    SUPPLIES = "supplies"
    OWNS = "owns"
    USES = "uses"
    LIVES_AT = "lives_at"
    FREQUENTS = "frequents"
    OPERATES_AT = "operates_at"
    CALLED = "called"
    SEEN_WITH = "seen_with"
    MENTIONED_IN = "mentioned_in"
    SEIZED_FROM = "seized_from"
    SEIZED_AT = "seized_at"
    INVOLVED_IN = "involved_in"
    OCCURRED_AT = "occurred_at"
    HANDLES = "handles"
    OTHER = "other"


#: Link kinds that read the same both ways; the others point from ``source`` to ``target``.
UNDIRECTED_LINK_KINDS: frozenset[LinkKind] = frozenset(
    {LinkKind.ASSOCIATE, LinkKind.FAMILY, LinkKind.SEEN_WITH, LinkKind.CALLED}
)


class NetworkRole(StrEnum):
    """A person's role in a street network (a ``member_of`` link's role)."""

    HEAD = "head"  # tête de réseau
    MANAGER = "manager"  # gérant
    SELLER = "seller"  # charbonneur / vendeur
    LOOKOUT = "lookout"  # guetteur
    TOUT = "tout"  # rabatteur
    STASH_KEEPER = "stash_keeper"  # nourrice
    SUPPLIER = "supplier"  # ravitailleur
    DRIVER = "driver"  # chauffeur / convoyeur
    LAUNDERER = "launderer"  # blanchisseur
    COOK = "cook"  # cuisinier
