"""Words and numbers as printed: French by default (the unit is French), English on request.

Reports are documents, not screens, so they do not go through Qt's catalogue (reports never
import Qt): this table is their catalogue. Source strings are English; ``FR`` gives the French
a French investigator expects (shared/DOMAIN.md).
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from enum import Enum

from cross_desk.domain.errors import ValidationError

LANGUAGES = ("fr", "en")
NBSP = "\u00a0"  # keeps "12 345 kg" and "page 3 of 9" on one line

FR: dict[str, str] = {
    # document furniture
    "Case dossier": "Dossier de procédure",
    "Activity report": "Rapport d'activité",
    "Contents": "Sommaire",
    "Page {page} of {pages}": "Page {page} sur {pages}",
    "Printed on {date} by {author}": "Édité le {date} par {author}",
    "Reference": "Référence",
    "Title": "Intitulé",
    "Unit": "Service",
    "Marking": "Mention de protection",
    "Date": "Date",
    "Author": "Rédacteur",
    "Period": "Période",
    "Previous period": "Période précédente",
    "from {start} to {end}": "du {start} au {end}",
    "This document contains no source's identity: sources appear by codename only.": (
        "Ce document ne contient l'identité d'aucune source : les sources n'apparaissent que sous leur nom de code."
    ),
    # dossier sections
    "Summary": "Synthèse",
    "People": "Personnes",
    "Vehicles": "Véhicules",
    "Phones": "Téléphones",
    "Locations": "Lieux",
    "Organisations": "Organisations",
    "Link chart": "Schéma relationnel",
    "Key players": "Acteurs clés",
    "Chronology": "Chronologie",
    "Tips": "Renseignements",
    "Seizures": "Saisies",
    # summary
    "Status": "Statut",
    "Opened on": "Ouvert le",
    "Closed on": "Clos le",
    "Lead investigator": "Enquêteur en charge",
    "Prosecutor's reference": "N° de parquet",
    "Agency": "Service d'origine",
    "Description": "Description",
    "Records in the case": "Éléments du dossier",
    "Links among them": "Liens entre eux",
    "Total": "Total",
    # columns
    "Name": "Nom",
    "Aliases": "Surnoms",
    "Born": "Né(e)",
    "Birthplace": "Lieu de naissance",
    "Nationality": "Nationalité",
    "Category": "Catégorie",
    "Plate": "Immatriculation",
    "Make and model": "Marque et modèle",
    "Colour": "Couleur",
    "VIN": "VIN",
    "Number": "Numéro",
    "IMEI": "IMEI",
    "Line": "Ligne",
    "Operator": "Opérateur",
    "Place": "Lieu",
    "Type": "Type",
    "District": "Quartier",
    "Deal point status": "Statut du point de deal",
    "Kind": "Type",
    "Members": "Membres",
    "Rank": "Rang",
    "Role": "Rôle",
    "Links": "Liens",
    "Betweenness": "Intermédiarité",
    "Record": "Élément",
    "Received": "Reçu le",
    "Channel": "Canal",
    "Source": "Source",
    "Grade": "Cotation",
    "Handling": "Diffusion",
    "Text (sanitised)": "Texte (expurgé)",
    "Seized": "Saisi",
    "Substance": "Produit",
    "Quantity": "Quantité",
    "Cash": "Numéraire",
    "Weapons": "Armes",
    "Seizure count": "Nombre de saisies",
    "Totals": "Totaux",
    "Totals by substance": "Totaux par produit",
    "none": "néant",
    "None recorded.": "Néant.",
    "unknown": "non renseigné",
    "Legend": "Légende",
    "Node size and labels: the most connected records are labelled.": (
        "Les éléments les plus reliés sont nommés ; les autres sont représentés par leur symbole."
    ),
    "Degree counts a record's links in the case; betweenness measures how often it lies on the "
    "shortest paths between others (a broker scores high).": (
        "Le degré compte les liens d'un élément dans le dossier ; l'intermédiarité mesure combien il se "
        "trouve sur les plus courts chemins entre les autres (un intermédiaire obtient un score élevé)."
    ),
    "{count} records, {links} links": "{count} éléments, {links} liens",
    "Grades: Admiralty code (source reliability A–F, information credibility 1–6).": (
        "Cotation : code de l'Amirauté (fiabilité de la source A–F, crédibilité de l'information 1–6)."
    ),
    "Degree": "Degré",
    "Betweenness estimated from {sample} of the {count} records.": (
        "Intermédiarité estimée à partir de {sample} des {count} éléments."
    ),
    # activity report
    "Figures for the period": "Chiffres de la période",
    "Seizures by substance": "Saisies par produit",
    "Seizures, arrests and fines by district": "Saisies, interpellations et AFD par quartier",
    "Tips by channel": "Renseignements par canal",
    "Tips by grade": "Renseignements par cotation",
    "Tips by district": "Renseignements par quartier",
    "Significant cases": "Affaires marquantes",
    "Figure": "Indicateur",
    "Change": "Évolution",
    "Cash seized": "Avoirs saisis (numéraire)",
    "Weapons seized": "Armes saisies",
    "Vehicles seized": "Véhicules saisis",
    "Arrests (people)": "Personnes interpellées",
    "Fixed fines (AFD)": "Amendes forfaitaires délictuelles (AFD)",
    "Deal points dismantled": "Points de deal démantelés",
    "Tips received": "Renseignements reçus",
    "Weight seized (kg)": "Poids saisi (kg)",
    "Weight seized by district (kg)": "Poids saisi par quartier (kg)",
    "Arrests by district (people)": "Personnes interpellées par quartier",
    "Tips received by channel": "Renseignements reçus par canal",
    "Counted units seized": "Unités saisies",
    "this period": "période étudiée",
    "previous period": "période précédente",
    "Case": "Affaire",
    "Activity in the period": "Activité de la période",
    "seizures": "saisies",
    "arrests": "interpellations",
    "opened": "ouverte",
    "closed": "close",
    "no district": "quartier non renseigné",
    "A seizure's or an event's district is that of the place it is linked to; a tip's, that of the "
    "first place it mentions.": (
        "Le quartier d'une saisie ou d'un événement est celui du lieu auquel il est rattaché ; celui d'un "
        "renseignement, celui du premier lieu qu'il mentionne."
    ),
    "No case had seizures, arrests, opening or closing in the period.": (
        "Aucune affaire n'a connu de saisie, d'interpellation, d'ouverture ou de clôture sur la période."
    ),
    "Restricted cases the author is not part of are left out: the tips, seizures and events that they alone "
    "hold are not counted, and they are not listed among the cases.": (
        "Les procédures à accès restreint dont le rédacteur ne fait pas partie sont exclues : les renseignements, "
        "saisies et événements qu'elles seules détiennent ne sont pas comptés, et elles ne figurent pas parmi "
        "les affaires."
    ),
    "Arrests count the people involved in each arrest (one when nobody is linked).": (
        "Les interpellations comptent les personnes impliquées dans chaque interpellation (une si aucune n'est liée)."
    ),
}

# French typography: the apostrophe is ’, not the typewriter '.
FR = {key: value.replace("'", "’") for key, value in FR.items()}

# Stored codes (domain enums) as printed.
ENUM_FR: dict[str, str] = {
    # entity kinds
    "person": "personne",
    "vehicle": "véhicule",
    "phone": "téléphone",
    "location": "lieu",
    "organisation": "organisation",
    "source": "source",
    "tip": "renseignement",
    "seizure": "saisie",
    "event": "événement",
    # person categories
    "suspect": "mis en cause",
    "convicted": "condamné",
    "victim": "victime",
    "witness": "témoin",
    "contact": "contact",
    # line types
    "mobile": "mobile",
    "landline": "fixe",
    "voip": "VoIP",
    "prepaid": "prépayée",
    # location kinds
    "address": "adresse",
    "deal_point": "point de deal",
    "stash": "lieu de stockage",
    "laboratory": "laboratoire",
    "meeting_place": "lieu de rendez-vous",
    "border_crossing": "point de passage frontalier",
    # deal point status
    "active": "actif",
    "disrupted": "perturbé",
    "dismantled": "démantelé",
    # organisation kinds
    "trafficking_network": "réseau de trafic",
    "gang": "bande",
    "company": "société",
    # tip channels
    "informant": "source humaine",
    "public_platform": "signalement (plateforme)",
    "other_service": "autre service",
    "surveillance": "surveillance",
    "intercept": "interception",
    "open_source": "source ouverte",
    # substances
    "cannabis_resin": "résine de cannabis",
    "herbal_cannabis": "herbe de cannabis",
    "cocaine": "cocaïne",
    "crack": "crack",
    "heroin": "héroïne",
    "mdma": "MDMA / ecstasy",
    "amphetamine": "amphétamines",
    "methamphetamine": "méthamphétamine",
    "ketamine": "kétamine",
    "cathinones": "cathinones",
    "diverted_medicines": "médicaments détournés",
    # units
    "g": "g",
    "kg": "kg",
    "units": "unités",
    "l": "l",
    # event kinds
    "arrest": "interpellation",
    "search": "perquisition",
    "fixed_fine": "AFD",
    "hearing": "audition",
    "control": "contrôle",
    # case status
    "open": "en cours",
    "suspended": "suspendue",
    "closed": "close",
    # agencies
    "police": "police",
    "gendarmerie": "gendarmerie",
    "customs": "douane",
    # roles
    "head": "tête de réseau",
    "manager": "gérant",
    "seller": "vendeur",
    "lookout": "guetteur",
    "tout": "rabatteur",
    "stash_keeper": "nourrice",
    "supplier": "ravitailleur",
    "driver": "chauffeur",
    "launderer": "blanchisseur",
    "cook": "cuisinier",
    # link kinds (legend)
    "associate": "relation",
    "family": "famille",
    "member_of": "membre de",
    "manages": "dirige",
    "supplies": "approvisionne",
    "owns": "possède",
    "uses": "utilise",
    "lives_at": "réside à",
    "frequents": "fréquente",
    "operates_at": "opère à",
    "called": "appel",
    "seen_with": "vu avec",
    "mentioned_in": "cité dans",
    "seized_from": "saisi sur",
    "seized_at": "saisi à",
    "involved_in": "impliqué dans",
    "occurred_at": "survenu à",
    "handles": "traite",
    "other": "autre",
    "unknown": "inconnu",
    # sex
    "F": "F",
    "M": "M",
    "U": "?",
}
ENUM_EN: dict[str, str] = {
    "deal_point": "deal point",
    "stash": "stash",
    "meeting_place": "meeting place",
    "border_crossing": "border crossing",
    "trafficking_network": "trafficking network",
    "public_platform": "public platform",
    "other_service": "other service",
    "open_source": "open source",
    "cannabis_resin": "cannabis resin",
    "herbal_cannabis": "herbal cannabis",
    "mdma": "MDMA / ecstasy",
    "diverted_medicines": "diverted medicines",
    "fixed_fine": "fixed fine (AFD)",
    "stash_keeper": "stash keeper",
    "member_of": "member of",
    "lives_at": "lives at",
    "operates_at": "operates at",
    "seen_with": "seen with",
    "mentioned_in": "mentioned in",
    "seized_from": "seized from",
    "seized_at": "seized at",
    "involved_in": "involved in",
    "occurred_at": "occurred at",
    "voip": "VoIP",
    "U": "?",
}


class Words:
    """Translation and formatting for one document's language."""

    def __init__(self, language: str = "fr") -> None:
        if language not in LANGUAGES:
            raise ValidationError("language", f"Reports are printed in {' or '.join(LANGUAGES)}, not '{language}'.")
        self.language = language
        self.french = language == "fr"

    def __call__(self, text: str, **values: object) -> str:
        out = FR.get(text, text) if self.french else text
        return out.format(**values) if values else out

    def enum(self, value: Enum | str | None) -> str:
        if value is None:
            return ""
        code = value.value if isinstance(value, Enum) else str(value)
        table = ENUM_FR if self.french else ENUM_EN
        return table.get(code, code.replace("_", " "))

    # --- numbers and dates ------------------------------------------------------------

    def number(self, value: Decimal | float | int, places: int = 0) -> str:
        text = f"{value:,.{places}f}"
        if self.french:
            return text.replace(",", NBSP).replace(".", ",")
        return text

    def quantity(self, value: Decimal, unit: str | Enum) -> str:
        """A seized quantity with its unit: up to three decimals, trailing zeros dropped."""
        exact = Decimal(value).quantize(Decimal("0.001"))
        places = max(0, -exact.normalize().as_tuple().exponent) if exact != exact.to_integral() else 0
        return f"{self.number(exact, int(places))}{NBSP}{self.enum(unit)}"

    def money(self, value: Decimal) -> str:
        whole = Decimal(value).quantize(Decimal(1)) == value
        text = self.number(value, 0 if whole else 2)
        return f"{text}{NBSP}€" if self.french else f"€{text}"

    def date(self, value: date | datetime | None) -> str:
        if value is None:
            return ""
        if isinstance(value, datetime):
            value = value.astimezone().date() if value.tzinfo else value.date()
        return value.strftime("%d/%m/%Y") if self.french else value.isoformat()

    def moment(self, value: datetime | None) -> str:
        if value is None:
            return ""
        local = value.astimezone() if value.tzinfo else value
        return local.strftime("%d/%m/%Y %H:%M") if self.french else local.strftime("%Y-%m-%d %H:%M")

    def change(self, current: Decimal | int | float, previous: Decimal | int | float) -> str:
        """Change against the previous period, as a signed percentage ("+12 %", "n/a" from zero)."""
        if not previous:
            return "—" if not current else ("nouveau" if self.french else "new")
        pct = (Decimal(str(current)) - Decimal(str(previous))) * 100 / Decimal(str(previous))
        sign = "+" if pct > 0 else ("−" if pct < 0 else "")
        text = self.number(abs(pct), 0)
        return f"{sign}{text}{NBSP}%" if self.french else f"{sign}{text}%"
