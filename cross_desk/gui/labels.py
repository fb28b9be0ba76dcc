"""One translated label for every stored code: kinds, channels, substances, roles, statuses…

Enum values are stored codes (English, lower-case); screens show these labels instead. Labels
are looked up when asked (not at import) so that a language switch shows at once; a small cache
is emptied by ``i18n`` whenever the language changes.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from cross_desk.domain import kinds as k
from cross_desk.domain.records import Confidence
from cross_desk.domain.schema import SCHEMA

_C = "Labels"

#: English source text of each code's label, per enum type (the catalogue translates them)
_LABELS: dict[type[Enum], dict[Enum, str]] = {
    k.EntityKind: {
        k.EntityKind.PERSON: QT_TRANSLATE_NOOP("Labels", "Person"),
        k.EntityKind.VEHICLE: QT_TRANSLATE_NOOP("Labels", "Vehicle"),
        k.EntityKind.PHONE: QT_TRANSLATE_NOOP("Labels", "Phone"),
        k.EntityKind.LOCATION: QT_TRANSLATE_NOOP("Labels", "Location"),
        k.EntityKind.ORGANISATION: QT_TRANSLATE_NOOP("Labels", "Organisation"),
        k.EntityKind.SOURCE: QT_TRANSLATE_NOOP("Labels", "Source"),
        k.EntityKind.TIP: QT_TRANSLATE_NOOP("Labels", "Tip"),
        k.EntityKind.SEIZURE: QT_TRANSLATE_NOOP("Labels", "Seizure"),
        k.EntityKind.EVENT: QT_TRANSLATE_NOOP("Labels", "Event"),
    },
    k.Agency: {
        k.Agency.POLICE: QT_TRANSLATE_NOOP("Labels", "Police"),
        k.Agency.GENDARMERIE: QT_TRANSLATE_NOOP("Labels", "Gendarmerie"),
        k.Agency.CUSTOMS: QT_TRANSLATE_NOOP("Labels", "Customs"),
        k.Agency.OTHER: QT_TRANSLATE_NOOP("Labels", "Other service"),
    },
    k.PersonCategory: {
        k.PersonCategory.SUSPECT: QT_TRANSLATE_NOOP("Labels", "Suspect"),
        k.PersonCategory.CONVICTED: QT_TRANSLATE_NOOP("Labels", "Convicted"),
        k.PersonCategory.VICTIM: QT_TRANSLATE_NOOP("Labels", "Victim"),
        k.PersonCategory.WITNESS: QT_TRANSLATE_NOOP("Labels", "Witness"),
        k.PersonCategory.CONTACT: QT_TRANSLATE_NOOP("Labels", "Contact or associate"),
    },
    k.Sex: {
        k.Sex.FEMALE: QT_TRANSLATE_NOOP("Labels", "Female"),
        k.Sex.MALE: QT_TRANSLATE_NOOP("Labels", "Male"),
        k.Sex.UNKNOWN: QT_TRANSLATE_NOOP("Labels", "Unknown"),
    },
    k.LineType: {
        k.LineType.MOBILE: QT_TRANSLATE_NOOP("Labels", "Mobile"),
        k.LineType.LANDLINE: QT_TRANSLATE_NOOP("Labels", "Landline"),
        k.LineType.VOIP: QT_TRANSLATE_NOOP("Labels", "VoIP"),
        k.LineType.PREPAID: QT_TRANSLATE_NOOP("Labels", "Prepaid"),
        k.LineType.UNKNOWN: QT_TRANSLATE_NOOP("Labels", "Unknown line type"),
    },
    k.LocationKind: {
        k.LocationKind.ADDRESS: QT_TRANSLATE_NOOP("Labels", "Address"),
        k.LocationKind.DEAL_POINT: QT_TRANSLATE_NOOP("Labels", "Deal point"),
        k.LocationKind.STASH: QT_TRANSLATE_NOOP("Labels", "Stash"),
        k.LocationKind.LABORATORY: QT_TRANSLATE_NOOP("Labels", "Laboratory"),
        k.LocationKind.MEETING_PLACE: QT_TRANSLATE_NOOP("Labels", "Meeting place"),
        k.LocationKind.BORDER_CROSSING: QT_TRANSLATE_NOOP("Labels", "Border crossing"),
        k.LocationKind.OTHER: QT_TRANSLATE_NOOP("Labels", "Other place"),
    },
    k.DealPointStatus: {
        k.DealPointStatus.ACTIVE: QT_TRANSLATE_NOOP("Labels", "Active"),
        k.DealPointStatus.DISRUPTED: QT_TRANSLATE_NOOP("Labels", "Disrupted"),
        k.DealPointStatus.DISMANTLED: QT_TRANSLATE_NOOP("Labels", "Dismantled"),
    },
    k.OrganisationKind: {
        k.OrganisationKind.TRAFFICKING_NETWORK: QT_TRANSLATE_NOOP("Labels", "Trafficking network"),
        k.OrganisationKind.GANG: QT_TRANSLATE_NOOP("Labels", "Gang"),
        k.OrganisationKind.COMPANY: QT_TRANSLATE_NOOP("Labels", "Company"),
        k.OrganisationKind.OTHER: QT_TRANSLATE_NOOP("Labels", "Other organisation"),
    },
    k.SourceStatus: {
        k.SourceStatus.ACTIVE: QT_TRANSLATE_NOOP("Labels", "Active source"),
        k.SourceStatus.DORMANT: QT_TRANSLATE_NOOP("Labels", "Dormant"),
        k.SourceStatus.CLOSED: QT_TRANSLATE_NOOP("Labels", "Closed source"),
    },
    k.TipChannel: {
        k.TipChannel.INFORMANT: QT_TRANSLATE_NOOP("Labels", "Informant"),
        k.TipChannel.PUBLIC_PLATFORM: QT_TRANSLATE_NOOP("Labels", "Public report platform"),
        k.TipChannel.OTHER_SERVICE: QT_TRANSLATE_NOOP("Labels", "Other service"),
        k.TipChannel.SURVEILLANCE: QT_TRANSLATE_NOOP("Labels", "Surveillance"),
        k.TipChannel.INTERCEPT: QT_TRANSLATE_NOOP("Labels", "Interception"),
        k.TipChannel.OPEN_SOURCE: QT_TRANSLATE_NOOP("Labels", "Open source"),
    },
    k.Substance: {
        k.Substance.CANNABIS_RESIN: QT_TRANSLATE_NOOP("Labels", "Cannabis resin"),
        k.Substance.HERBAL_CANNABIS: QT_TRANSLATE_NOOP("Labels", "Herbal cannabis"),
        k.Substance.COCAINE: QT_TRANSLATE_NOOP("Labels", "Cocaine"),
        k.Substance.CRACK: QT_TRANSLATE_NOOP("Labels", "Crack"),
        k.Substance.HEROIN: QT_TRANSLATE_NOOP("Labels", "Heroin"),
        k.Substance.MDMA: QT_TRANSLATE_NOOP("Labels", "MDMA / ecstasy"),
        k.Substance.AMPHETAMINE: QT_TRANSLATE_NOOP("Labels", "Amphetamines"),
        k.Substance.METHAMPHETAMINE: QT_TRANSLATE_NOOP("Labels", "Methamphetamine"),
        k.Substance.KETAMINE: QT_TRANSLATE_NOOP("Labels", "Ketamine"),
        k.Substance.CATHINONES: QT_TRANSLATE_NOOP("Labels", "Cathinones"),
        k.Substance.DIVERTED_MEDICINES: QT_TRANSLATE_NOOP("Labels", "Diverted medicines"),
        k.Substance.OTHER: QT_TRANSLATE_NOOP("Labels", "Other substance"),
    },
    k.QuantityUnit: {
        k.QuantityUnit.GRAM: QT_TRANSLATE_NOOP("Labels", "g"),
        k.QuantityUnit.KILOGRAM: QT_TRANSLATE_NOOP("Labels", "kg"),
        k.QuantityUnit.UNITS: QT_TRANSLATE_NOOP("Labels", "units"),
        k.QuantityUnit.LITRE: QT_TRANSLATE_NOOP("Labels", "l"),
    },
    k.EventKind: {
        k.EventKind.ARREST: QT_TRANSLATE_NOOP("Labels", "Arrest"),
        k.EventKind.SEARCH: QT_TRANSLATE_NOOP("Labels", "Search"),
        k.EventKind.SURVEILLANCE: QT_TRANSLATE_NOOP("Labels", "Surveillance"),
        k.EventKind.FIXED_FINE: QT_TRANSLATE_NOOP("Labels", "Fixed fine (AFD)"),
        k.EventKind.HEARING: QT_TRANSLATE_NOOP("Labels", "Hearing"),
        k.EventKind.CONTROL: QT_TRANSLATE_NOOP("Labels", "Check"),
        k.EventKind.OTHER: QT_TRANSLATE_NOOP("Labels", "Other event"),
    },
    k.CaseStatus: {
        k.CaseStatus.OPEN: QT_TRANSLATE_NOOP("Labels", "Open"),
        k.CaseStatus.SUSPENDED: QT_TRANSLATE_NOOP("Labels", "Suspended"),
        k.CaseStatus.CLOSED: QT_TRANSLATE_NOOP("Labels", "Closed"),
    },
    k.LinkKind: {
        k.LinkKind.ASSOCIATE: QT_TRANSLATE_NOOP("Labels", "associate of"),
        k.LinkKind.FAMILY: QT_TRANSLATE_NOOP("Labels", "family of"),
        k.LinkKind.MEMBER_OF: QT_TRANSLATE_NOOP("Labels", "member of"),
        k.LinkKind.MANAGES: QT_TRANSLATE_NOOP("Labels", "manages"),
        k.LinkKind.SUPPLIES: QT_TRANSLATE_NOOP("Labels", "supplies"),
        k.LinkKind.OWNS: QT_TRANSLATE_NOOP("Labels", "owns"),
        k.LinkKind.USES: QT_TRANSLATE_NOOP("Labels", "uses"),
        k.LinkKind.LIVES_AT: QT_TRANSLATE_NOOP("Labels", "lives at"),
        k.LinkKind.FREQUENTS: QT_TRANSLATE_NOOP("Labels", "frequents"),
        k.LinkKind.OPERATES_AT: QT_TRANSLATE_NOOP("Labels", "operates at"),
        k.LinkKind.CALLED: QT_TRANSLATE_NOOP("Labels", "called"),
        k.LinkKind.SEEN_WITH: QT_TRANSLATE_NOOP("Labels", "seen with"),
        k.LinkKind.MENTIONED_IN: QT_TRANSLATE_NOOP("Labels", "mentioned in"),
        k.LinkKind.SEIZED_FROM: QT_TRANSLATE_NOOP("Labels", "seized from"),
        k.LinkKind.SEIZED_AT: QT_TRANSLATE_NOOP("Labels", "seized at"),
        k.LinkKind.INVOLVED_IN: QT_TRANSLATE_NOOP("Labels", "involved in"),
        k.LinkKind.OCCURRED_AT: QT_TRANSLATE_NOOP("Labels", "occurred at"),
        k.LinkKind.HANDLES: QT_TRANSLATE_NOOP("Labels", "handles"),
        k.LinkKind.OTHER: QT_TRANSLATE_NOOP("Labels", "other link"),
    },
    k.NetworkRole: {
        k.NetworkRole.HEAD: QT_TRANSLATE_NOOP("Labels", "Head of network"),
        k.NetworkRole.MANAGER: QT_TRANSLATE_NOOP("Labels", "Manager"),
        k.NetworkRole.SELLER: QT_TRANSLATE_NOOP("Labels", "Seller"),
        k.NetworkRole.LOOKOUT: QT_TRANSLATE_NOOP("Labels", "Lookout"),
        k.NetworkRole.TOUT: QT_TRANSLATE_NOOP("Labels", "Tout"),
        k.NetworkRole.STASH_KEEPER: QT_TRANSLATE_NOOP("Labels", "Stash keeper"),
        k.NetworkRole.SUPPLIER: QT_TRANSLATE_NOOP("Labels", "Supplier"),
        k.NetworkRole.DRIVER: QT_TRANSLATE_NOOP("Labels", "Driver"),
        k.NetworkRole.LAUNDERER: QT_TRANSLATE_NOOP("Labels", "Money launderer"),
        k.NetworkRole.COOK: QT_TRANSLATE_NOOP("Labels", "Cook"),
    },
    Confidence: {
        Confidence.CONFIRMED: QT_TRANSLATE_NOOP("Labels", "Confirmed"),
        Confidence.PROBABLE: QT_TRANSLATE_NOOP("Labels", "Probable"),
        Confidence.POSSIBLE: QT_TRANSLATE_NOOP("Labels", "Possible"),
        Confidence.DOUBTFUL: QT_TRANSLATE_NOOP("Labels", "Doubtful"),
    },
}

#: The schema's plurals (domain/schema.py), written out only so that pyside6-lupdate puts them
#: in the catalogue; plural() reads the schema, and tests/gui/test_language.py keeps the two equal.
_PLURAL_SOURCES = (
    QT_TRANSLATE_NOOP("Labels", "People"),
    QT_TRANSLATE_NOOP("Labels", "Vehicles"),
    QT_TRANSLATE_NOOP("Labels", "Phones"),
    QT_TRANSLATE_NOOP("Labels", "Locations"),
    QT_TRANSLATE_NOOP("Labels", "Organisations"),
    QT_TRANSLATE_NOOP("Labels", "Sources"),
    QT_TRANSLATE_NOOP("Labels", "Tips"),
    QT_TRANSLATE_NOOP("Labels", "Seizures"),
    QT_TRANSLATE_NOOP("Labels", "Events"),
)

#: "New person", "New vehicle"… (menus and the inline "create" offers)
_NEW: dict[k.EntityKind, str] = {
    k.EntityKind.PERSON: QT_TRANSLATE_NOOP("Labels", "New person"),
    k.EntityKind.VEHICLE: QT_TRANSLATE_NOOP("Labels", "New vehicle"),
    k.EntityKind.PHONE: QT_TRANSLATE_NOOP("Labels", "New phone"),
    k.EntityKind.LOCATION: QT_TRANSLATE_NOOP("Labels", "New location"),
    k.EntityKind.ORGANISATION: QT_TRANSLATE_NOOP("Labels", "New organisation"),
    k.EntityKind.SOURCE: QT_TRANSLATE_NOOP("Labels", "New source"),
    k.EntityKind.TIP: QT_TRANSLATE_NOOP("Labels", "New tip"),
    k.EntityKind.SEIZURE: QT_TRANSLATE_NOOP("Labels", "New seizure"),
    k.EntityKind.EVENT: QT_TRANSLATE_NOOP("Labels", "New event"),
}

#: The grading schemes' axis names and meanings (cross_desk.domain.grading), for the catalogue.
#: Screens ask the scheme in force for its codes and meanings and only translate the wording;
#: tests/gui/test_labels.py checks that every scheme's wording is here.
GRADING_WORDS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Grading", "source reliability"),
    QT_TRANSLATE_NOOP("Grading", "information credibility"),
    QT_TRANSLATE_NOOP("Grading", "completely reliable"),
    QT_TRANSLATE_NOOP("Grading", "usually reliable"),
    QT_TRANSLATE_NOOP("Grading", "fairly reliable"),
    QT_TRANSLATE_NOOP("Grading", "not usually reliable"),
    QT_TRANSLATE_NOOP("Grading", "unreliable"),
    QT_TRANSLATE_NOOP("Grading", "reliability cannot be judged"),
    QT_TRANSLATE_NOOP("Grading", "confirmed by other sources"),
    QT_TRANSLATE_NOOP("Grading", "probably true"),
    QT_TRANSLATE_NOOP("Grading", "possibly true"),
    QT_TRANSLATE_NOOP("Grading", "doubtful"),
    QT_TRANSLATE_NOOP("Grading", "improbable"),
    QT_TRANSLATE_NOOP("Grading", "truth cannot be judged"),
    QT_TRANSLATE_NOOP("Grading", "source evaluation"),
    QT_TRANSLATE_NOOP("Grading", "intelligence assessment"),
    QT_TRANSLATE_NOOP("Grading", "handling code"),
    QT_TRANSLATE_NOOP("Grading", "always reliable"),
    QT_TRANSLATE_NOOP("Grading", "mostly reliable"),
    QT_TRANSLATE_NOOP("Grading", "sometimes reliable"),
    QT_TRANSLATE_NOOP("Grading", "untested source"),
    QT_TRANSLATE_NOOP("Grading", "known to be true without reservation"),
    QT_TRANSLATE_NOOP("Grading", "known personally to the source but not to the officer"),
    QT_TRANSLATE_NOOP("Grading", "not personally known to the source but corroborated"),
    QT_TRANSLATE_NOOP("Grading", "cannot be judged"),
    QT_TRANSLATE_NOOP("Grading", "suspected to be false or malicious"),
    QT_TRANSLATE_NOOP("Grading", "may be shared with law-enforcement and prosecuting agencies"),
    QT_TRANSLATE_NOOP("Grading", "may be shared with UK non-prosecuting agencies"),
    QT_TRANSLATE_NOOP("Grading", "may be shared with non-UK law-enforcement agencies"),
    QT_TRANSLATE_NOOP("Grading", "may be disseminated within the originating agency only"),
    QT_TRANSLATE_NOOP("Grading", "no further dissemination: refer to the originator"),
    QT_TRANSLATE_NOOP("Grading", "reliable"),
    QT_TRANSLATE_NOOP("Grading", "untested"),
    QT_TRANSLATE_NOOP("Grading", "not reliable"),
    QT_TRANSLATE_NOOP("Grading", "known directly to the source"),
    QT_TRANSLATE_NOOP("Grading", "known indirectly to the source but corroborated"),
    QT_TRANSLATE_NOOP("Grading", "known indirectly to the source"),
    QT_TRANSLATE_NOOP("Grading", "not known"),
    QT_TRANSLATE_NOOP("Grading", "suspected to be false"),
    QT_TRANSLATE_NOOP("Grading", "lawful sharing permitted"),
    QT_TRANSLATE_NOOP("Grading", "lawful sharing permitted with conditions"),
)

_cache: dict[object, str] = {}


def reset() -> None:
    """Forget cached labels (called when the language changes)."""
    _cache.clear()


def label(value: Enum | None) -> str:
    """The translated label of a stored code ("" for None); unknown codes show as stored."""
    if value is None:
        return ""
    key = (type(value), value)
    found = _cache.get(key)
    if found is None:
        source = _LABELS.get(type(value), {}).get(value)
        found = QCoreApplication.translate(_C, source) if source else str(value.value)
        _cache[key] = found
    return found


def plural(kind: k.EntityKind) -> str:
    return QCoreApplication.translate(_C, SCHEMA[kind].plural)


def new_label(kind: k.EntityKind) -> str:
    return QCoreApplication.translate(_C, _NEW[kind])


def grading(text: str) -> str:
    """A grading scheme's axis name or meaning, translated when the catalogue has it."""
    return QCoreApplication.translate("Grading", text)


def choices(enum: type[Enum]) -> list[tuple[Enum, str]]:
    """(code, label) pairs of an enum, in the enum's order, for combo boxes."""
    return [(member, label(member)) for member in enum]
