"""Fictional demo data shaped like a unit's year, deterministic for a given seed.

Everything is invented. People get common given names and surnames made of syllables;
the town (Valmorin, postcodes 99xxx: no such French postcode exists) is made up; phone numbers
come from the blocks that ARCEP's national numbering plan reserves for fiction and audiovisual
works (01 99 00 xx xx and 06 39 98 xx xx); plates use SIV series starting with X, Y or Z,
which the SIV has not issued yet; IMEIs start with the "00" reporting body code used for test
IMEIs. There are at most 20 000 fictional numbers, so the large demo shares them out.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from uuid import UUID
from zoneinfo import ZoneInfo

from cross_desk.domain import records as r
from cross_desk.domain.access import Role
from cross_desk.domain.kinds import (
    Agency,
    CaseStatus,
    DealPointStatus,
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

PARIS = ZoneInfo("Europe/Paris")
#: The fictional year: YEAR_DAYS days ending YEAR_ENDS_BEFORE days before the day the demo is
#: loaded, so that whatever the date its events are recent (none in the future, none past
#: review) and the activity report's default month (the last complete one) has figures.
YEAR_DAYS = 320
YEAR_ENDS_BEFORE = 3


def fictional_year(today: date) -> tuple[date, date]:
    """First and last day of the demo's fictional year when loaded on ``today``."""
    last = today - timedelta(days=YEAR_ENDS_BEFORE)
    return last - timedelta(days=YEAR_DAYS - 1), last


MAX_FICTION_PHONES = 20_000

GIVEN_M = [
    "Karim",
    "Yanis",
    "Mehdi",
    "Sofiane",
    "Bilal",
    "Nabil",
    "Rayan",
    "Ilyes",
    "Samir",
    "Moussa",
    "Mamadou",
    "Ibrahima",
    "Youssouf",
    "Kevin",
    "Jordan",
    "Dylan",
    "Lucas",
    "Hugo",
    "Thomas",
    "Nicolas",
    "Julien",
    "Maxime",
    "Anthony",
    "Jérémy",
    "Florian",
    "Ryan",
    "Adama",
    "Cheick",
    "Oumar",
    "Joao",
    "Tiago",
    "Rui",
    "Dimitri",
    "Ivan",
    "Sergueï",
    "Bogdan",
    "Luca",
    "Marco",
    "Hamza",
    "Walid",
    "Zakaria",
    "Anis",
    "Nordine",
    "Farid",
    "Lamine",
    "Aymen",
    "Sami",
    "Enzo",
    "Théo",
    "Mathis",
    "Noah",
]
GIVEN_F = [
    "Sarah",
    "Inès",
    "Yasmine",
    "Leïla",
    "Nadia",
    "Samira",
    "Fatou",
    "Aïssata",
    "Mariam",
    "Laura",
    "Julie",
    "Manon",
    "Camille",
    "Océane",
    "Chloé",
    "Emma",
    "Léa",
    "Ana",
    "Beatriz",
    "Olena",
    "Irina",
    "Sofia",
    "Lina",
    "Amel",
    "Kenza",
    "Naïma",
    "Awa",
    "Djeneba",
    "Eva",
    "Clara",
]
_SYL_A = [
    "Ben",
    "Bou",
    "Ould",
    "Mar",
    "Val",
    "Ker",
    "Lan",
    "Gar",
    "Mor",
    "Dal",
    "Sen",
    "Tor",
    "Bel",
    "Mon",
    "Roc",
    "Fer",
    "Lam",
    "Kad",
    "Sal",
    "Dje",
    "Mab",
    "Tal",
    "Vor",
    "Zer",
]
_SYL_B = ["ad", "ar", "el", "ou", "in", "az", "il", "or", "ab", "ir", "am", "en", "ol", "iss", "oum", "ek"]
_SYL_C = [
    "ki",
    "rane",
    "chir",
    "ville",
    "tier",
    "bert",
    "dane",
    "mani",
    "bane",
    "zid",
    "rou",
    "del",
    "fort",
    "sane",
    "lot",
    "kowski",
    "escu",
    "ardi",
    "ini",
    "elli",
    "ez",
    "aoui",
]
STREETS = [
    "rue des Lilas",
    "avenue des Tilleuls",
    "rue du Moulin",
    "allée des Érables",
    "rue de la Croix-Verte",
    "boulevard du Parc",
    "rue des Genêts",
    "place des Marronniers",
    "rue Jean-Valmont",
    "chemin des Prés",
    "rue de la Fontaine",
    "avenue de la Gare",
    "rue des Acacias",
    "impasse des Roses",
    "cours des Halles",
]
DISTRICTS = ("Les Tilleuls", "La Croix-Verte", "Bellevue-Haut", "Le Moulin", "Centre-Gare", "Les Prés")
CITY = "Valmorin"
SUPPLY_TIMES = ("le mardi", "le week-end", "en fin de mois", "par go fast depuis l’Espagne")
CODENAMES = [
    "MERLE",
    "PINSON",
    "FAUCON",
    "HÉRON",
    "MOINEAU",
    "GEAI",
    "CORBEAU",
    "BUSARD",
    "ÉPERVIER",
    "LORIOT",
    "FAUVETTE",
    "MILAN",
    "GRIVE",
    "BRUANT",
    "ROITELET",
    "MÉSANGE",
    "PIC",
    "ÉTOURNEAU",
    "HIBOU",
    "CHOUETTE",
]
MAKES = (
    ("Renault", "Clio"),
    ("Renault", "Mégane"),
    ("Peugeot", "208"),
    ("Peugeot", "308"),
    ("Volkswagen", "Golf"),
    ("Audi", "A3"),
    ("BMW", "Série 1"),
    ("Mercedes", "Classe A"),
    ("Citroën", "C3"),
    ("Dacia", "Sandero"),
    ("Seat", "Leon"),
    ("Yamaha", "TMAX"),
)
COLOURS = ("noir", "blanc", "gris", "bleu", "rouge", "gris foncé")
OPERATORS = ("Opérateur A", "Opérateur B", "Opérateur C", "MVNO D")
INVESTIGATORS = ("enqueteur.a", "enqueteur.b", "enqueteur.c", "enqueteur.d", "enqueteur.e")
HANDLERS = ("traitant.a", "traitant.b", "traitant.c")
SIV_FIRST = "XYZ"
SIV_LETTERS = "ABCDEFGHJKLMNPQRSTVWXYZ"  # the SIV uses no I, O or U

# Typical seizure sizes (min, max) in the substance's usual unit, and how often each occurs.
SEIZURE_PROFILE: tuple[tuple[Substance, float, float, QuantityUnit, int], ...] = (
    (Substance.CANNABIS_RESIN, 0.05, 40.0, QuantityUnit.KILOGRAM, 40),
    (Substance.HERBAL_CANNABIS, 0.02, 12.0, QuantityUnit.KILOGRAM, 25),
    (Substance.COCAINE, 0.01, 6.0, QuantityUnit.KILOGRAM, 18),
    (Substance.CRACK, 1, 250, QuantityUnit.GRAM, 6),
    (Substance.HEROIN, 0.01, 2.0, QuantityUnit.KILOGRAM, 5),
    (Substance.MDMA, 10, 3000, QuantityUnit.UNITS, 4),
    (Substance.KETAMINE, 0.01, 1.0, QuantityUnit.KILOGRAM, 2),
)


@dataclass(frozen=True)
class DemoSpec:
    people: int
    links: int


SIZES: dict[str, DemoSpec] = {
    "small": DemoSpec(people=400, links=2_000),
    "large": DemoSpec(people=100_000, links=300_000),
}


@dataclass
class Network:
    org: r.Organisation
    members: list[tuple[r.Person, NetworkRole]] = field(default_factory=list)
    deal_points: list[r.Location] = field(default_factory=list)
    stash: r.Location | None = None
    phones: list[r.Phone] = field(default_factory=list)
    vehicles: list[r.Vehicle] = field(default_factory=list)
    district: str = ""
    extra: list[r.Entity] = field(default_factory=list)  # tips, seizures, events

    def people(self) -> list[r.Person]:
        return [p for p, _ in self.members]


#: One account per role on a demo database. The passwords are public (README): demo only.
DEMO_ACCOUNTS: dict[Role, tuple[str, str]] = {
    Role.INVESTIGATOR: ("enqueteur.a", "demo-enqueteur-2026"),
    Role.SOURCE_HANDLER: ("traitant.a", "demo-traitant-2026"),
    Role.ANALYST: ("analyste.a", "demo-analyste-2026"),
    Role.SUPERVISOR: ("superviseur.a", "demo-superviseur-2026"),
    Role.ADMINISTRATOR: ("admin", "demo-admin-2026"),
}


def case_reference(year: int, serial: int) -> str:
    return f"CROSS-{year}-{serial:04d}"


class DemoBuilder:
    """Builds the records and links in memory; ``services.demo.Demo.load`` writes them in one
    transaction."""

    def __init__(self, spec: DemoSpec, seed: int, today: date | None = None) -> None:
        self.spec = spec
        self.rng = random.Random(seed)
        self.year_start, self.year_end = fictional_year(today or date.today())
        self.entities: list[r.Entity] = []
        self.links: list[r.Link] = []
        self.cases: list[tuple[r.Case, list[UUID]]] = []
        self.identities: list[r.SourceIdentity] = []
        self._plate_serial = 0
        self._phone_serial = 0
        self._imeis: set[str] = set()
        self._codename_serial = 0

    # --- small generators -------------------------------------------------------------

    def uid(self) -> UUID:
        return UUID(int=self.rng.getrandbits(128), version=4)

    def day(self) -> date:
        return self.year_start + timedelta(days=self.rng.randrange(YEAR_DAYS))

    def moment(self, on: date | None = None) -> datetime:
        on = on or self.day()
        return datetime.combine(on, time(self.rng.randrange(7, 23), self.rng.randrange(60)), PARIS)

    def surname(self) -> str:
        rng = self.rng
        name = rng.choice(_SYL_A) + (rng.choice(_SYL_B) if rng.random() < 0.5 else "") + rng.choice(_SYL_C)
        return name.capitalize() if not name[0].isupper() else name

    def address(self, district: str) -> tuple[str, str]:
        number = self.rng.randrange(1, 140)
        postcode = f"990{DISTRICTS.index(district) + 1:02d}" if district in DISTRICTS else "99000"
        return f"{number} {self.rng.choice(STREETS)}", postcode

    def plate(self) -> str:
        n = self._plate_serial
        self._plate_serial += 1
        # Walk the series in a scrambled but collision-free order.
        n = (n * 7_919 + 13) % (3 * 23 * 999 * 23 * 23)
        n, last2 = divmod(n, 23)
        n, last1 = divmod(n, 23)
        n, digits = divmod(n, 999)
        n, second = divmod(n, 23)
        first = n % 3
        return f"{SIV_FIRST[first]}{SIV_LETTERS[second]}-{digits + 1:03d}-{SIV_LETTERS[last1]}{SIV_LETTERS[last2]}"

    def phone_number(self) -> str | None:
        if self._phone_serial >= MAX_FICTION_PHONES:
            return None
        n = self._phone_serial
        self._phone_serial += 1
        # The 10 000 fictional mobiles first, then the 10 000 fictional landlines.
        return f"+3363998{n:04d}" if n < 10_000 else f"+3319900{n - 10_000:04d}"

    def imei(self) -> str:
        # The database holds one live phone per IMEI (migration 0009): a repeat is drawn again,
        # which leaves every seed's demo as it was (a repeat of 12 random digits is unlikely).
        while True:
            body = "00" + "".join(str(self.rng.randrange(10)) for _ in range(12))
            total = 0
            for i, ch in enumerate(reversed(body)):
                d = int(ch)
                if i % 2 == 0:
                    d *= 2
                    d = d - 9 if d > 9 else d
                total += d
            imei = body + str((10 - total % 10) % 10)
            if imei not in self._imeis:
                self._imeis.add(imei)
                return imei

    def codename(self) -> str:
        n = self._codename_serial
        self._codename_serial += 1
        base = CODENAMES[n % len(CODENAMES)]
        return base if n < len(CODENAMES) else f"{base}-{n // len(CODENAMES) + 1}"

    def agency(self) -> tuple[Agency, str]:
        roll = self.rng.random()
        if roll < 0.55:
            return Agency.POLICE, self.rng.choice(("SD Valmorin", "BAC Valmorin", "SIR"))
        if roll < 0.85:
            return Agency.GENDARMERIE, self.rng.choice(("BR Valmorin", "PSIG", "SR"))
        if roll < 0.97:
            return Agency.CUSTOMS, "DNRED / BSI"
        return Agency.OTHER, "Police municipale"

    def add(self, entity: r.Entity) -> r.Entity:
        entity.agency, entity.unit = self.agency()
        self.entities.append(entity)
        return entity

    def link(self, kind: LinkKind, a: r.Entity, b: r.Entity, **kw: object) -> r.Link:
        first = kw.pop("first_seen", None) or self.day()
        last = kw.pop("last_seen", None) or min(first + timedelta(days=self.rng.randrange(0, 200)), self.year_end)
        link = r.Link(
            id=self.uid(),
            kind=kind,
            source_id=a.id,
            target_id=b.id,
            first_seen=first,
            last_seen=last,  # type: ignore[arg-type]
            confidence=self.rng.choice(list(r.Confidence)),
            **kw,  # type: ignore[arg-type]
        )
        link.agency, link.unit = self.agency()
        self.links.append(link)
        return link

    def person(self, category: PersonCategory = PersonCategory.SUSPECT) -> r.Person:
        rng = self.rng
        sex = Sex.MALE if rng.random() < 0.86 else Sex.FEMALE
        given = rng.choice(GIVEN_M if sex == Sex.MALE else GIVEN_F)
        birth_year = rng.randrange(1970, 2009)
        precision = rng.random()
        if precision < 0.15:
            born = r.PartialDate(birth_year)
        elif precision < 0.25:
            born = r.PartialDate(birth_year, rng.randrange(1, 13))
        else:
            born = r.PartialDate(birth_year, rng.randrange(1, 13), rng.randrange(1, 29))
        aliases = []
        if rng.random() < 0.45:
            aliases.append(
                rng.choice(
                    (
                        "Le Grand",
                        "Petit",
                        "Tonton",
                        "Le Gaucher",
                        "Bouboule",
                        "Pitbull",
                        "Le Chat",
                        "Zizou",
                        "Vieux",
                        "Gamin",
                    )
                )
                + ("" if rng.random() < 0.7 else f" {rng.randrange(2, 99)}")
            )
        person = r.Person(
            id=self.uid(),
            surname=self.surname(),
            given_names=given,
            aliases=aliases,
            birth_date=born,
            birthplace=rng.choice(
                (
                    CITY,
                    CITY,
                    "Marseille",
                    "Lyon",
                    "Lille",
                    "Alger",
                    "Casablanca",
                    "Bamako",
                    "Porto",
                    "Bucarest",
                )
            ),
            nationality=rng.choice(
                ("française",) * 7 + ("algérienne", "marocaine", "malienne", "portugaise", "roumaine")
            ),
            sex=sex,
            category=category,
        )
        self.add(person)
        return person

    def location(self, kind: LocationKind, district: str, name: str = "") -> r.Location:
        street, postcode = self.address(district)
        loc = r.Location(
            id=self.uid(),
            location_kind=kind,
            name=name,
            address=street,
            postcode=postcode,
            city=CITY,
            district=district,
        )
        if kind == LocationKind.DEAL_POINT:
            roll = self.rng.random()
            loc.deal_status = (
                DealPointStatus.ACTIVE
                if roll < 0.55
                else DealPointStatus.DISRUPTED
                if roll < 0.75
                else DealPointStatus.DISMANTLED
            )
            loc.deal_status_since = self.day()
        self.add(loc)
        return loc

    # --- the year ---------------------------------------------------------------------

    def build(self) -> None:
        rng = self.rng
        sources = [self.source() for _ in range(max(6, min(200, self.spec.people // 60)))]
        # About four people in five belong to a network; the others are customers, kin, witnesses.
        in_networks = max(16, self.spec.people * 4 // 5)
        networks: list[Network] = []
        placed = 0
        while in_networks - placed >= 8 or len(networks) < 2:
            net = self.network(len(networks), max_size=max(8, in_networks - placed))
            networks.append(net)
            placed += len(net.members)
        # People outside networks: customers (fixed fines), relatives, witnesses, victims.
        loose: list[r.Person] = []
        while placed + len(loose) < self.spec.people:
            category = rng.choice(
                (PersonCategory.CONTACT,) * 5
                + (PersonCategory.WITNESS, PersonCategory.VICTIM, PersonCategory.CONVICTED)
            )
            p = self.person(category)
            loose.append(p)
            net = rng.choice(networks)
            member = rng.choice(net.people())
            kind = rng.choice((LinkKind.FAMILY, LinkKind.ASSOCIATE, LinkKind.SEEN_WITH, LinkKind.FREQUENTS))
            if kind == LinkKind.FREQUENTS and net.deal_points:
                self.link(kind, p, rng.choice(net.deal_points))
            else:
                self.link(kind if kind != LinkKind.FREQUENTS else LinkKind.ASSOCIATE, p, member)
            if category == PersonCategory.CONTACT and net.deal_points and rng.random() < 0.3:
                self.fixed_fine(p, rng.choice(net.deal_points), net)
        for net in networks:
            self.tips_for(net, sources)
            self.seizures_for(net)
            self.events_for(net)
        self.between_networks(networks)
        self.top_up_links(networks, loose)
        self.make_cases(networks)
        self.restrict_one_case()

    def source(self) -> r.Source:
        rng = self.rng
        src = r.Source(
            id=self.uid(),
            codename=self.codename(),
            handlers=sorted(rng.sample(HANDLERS, rng.randrange(1, 3))),
            status=rng.choice((SourceStatus.ACTIVE,) * 4 + (SourceStatus.DORMANT, SourceStatus.CLOSED)),
        )
        self.add(src)
        sex_given = rng.choice(GIVEN_M + GIVEN_F)
        self.identities.append(
            r.SourceIdentity(
                source_id=src.id,
                surname=self.surname(),
                given_names=sex_given,
                birth_date=r.PartialDate(rng.randrange(1965, 2004), rng.randrange(1, 13), rng.randrange(1, 29)),
                contact=f"via {src.handlers[0]}",
                notes="Identité fictive générée pour la démonstration.",
            )
        )
        return src

    def network(self, index: int, max_size: int) -> Network:
        rng = self.rng
        district = DISTRICTS[index % len(DISTRICTS)]
        tag = self.surname()
        org = r.Organisation(
            id=self.uid(),
            name=f"Réseau {tag} ({district})",
            org_kind=rng.choice((OrganisationKind.TRAFFICKING_NETWORK,) * 5 + (OrganisationKind.GANG,)),
        )
        self.add(org)
        net = Network(org=org, district=district)
        size = min(rng.randrange(8, 21), max_size)
        roles = [NetworkRole.HEAD, NetworkRole.MANAGER] + ([NetworkRole.MANAGER] if size > 14 else [])
        roles += [NetworkRole.SUPPLIER, NetworkRole.STASH_KEEPER]
        roles += [rng.choice((NetworkRole.DRIVER, NetworkRole.LAUNDERER, NetworkRole.COOK, NetworkRole.TOUT))]
        while len(roles) < size:
            roles.append(
                rng.choice(
                    (
                        NetworkRole.SELLER,
                        NetworkRole.SELLER,
                        NetworkRole.LOOKOUT,
                        NetworkRole.LOOKOUT,
                        NetworkRole.TOUT,
                    )
                )
            )
        for role in roles:
            person = self.person(PersonCategory.CONVICTED if rng.random() < 0.25 else PersonCategory.SUSPECT)
            net.members.append((person, role))
            self.link(LinkKind.MEMBER_OF, person, org, role=role)
        for d in range(rng.randrange(1, 4)):
            net.deal_points.append(self.location(LocationKind.DEAL_POINT, district, f"Point de deal {tag} {d + 1}"))
        net.stash = self.location(LocationKind.STASH, district)
        head = net.members[0][0]
        managers = [p for p, role in net.members if role == NetworkRole.MANAGER]
        workers = [
            (p, role) for p, role in net.members if role in (NetworkRole.SELLER, NetworkRole.LOOKOUT, NetworkRole.TOUT)
        ]
        for manager in managers:
            self.link(LinkKind.MANAGES, head, manager)
        for worker, _role in workers:
            self.link(LinkKind.MANAGES, rng.choice(managers), worker)
            self.link(LinkKind.OPERATES_AT, worker, rng.choice(net.deal_points), role=None)
        for person, role in net.members:
            if role == NetworkRole.SUPPLIER:
                for manager in managers:
                    self.link(LinkKind.SUPPLIES, person, manager)
            if role == NetworkRole.STASH_KEEPER:
                self.link(LinkKind.LIVES_AT, person, net.stash)
            elif rng.random() < 0.5:
                home = self.location(LocationKind.ADDRESS, rng.choice(DISTRICTS))
                self.link(LinkKind.LIVES_AT, person, home)
            number = self.phone_number() if rng.random() < 0.7 else None
            if number:
                phone = r.Phone(
                    id=self.uid(),
                    number=number,
                    imei=self.imei() if rng.random() < 0.5 else "",
                    line_type=rng.choice((LineType.PREPAID, LineType.PREPAID, LineType.MOBILE))
                    if number.startswith("+336")
                    else LineType.LANDLINE,
                    operator=rng.choice(OPERATORS),
                )
                self.add(phone)
                net.phones.append(phone)
                self.link(LinkKind.USES, person, phone)
            if (
                role in (NetworkRole.HEAD, NetworkRole.MANAGER, NetworkRole.DRIVER, NetworkRole.SUPPLIER)
                or rng.random() < 0.1
            ):
                make, model = rng.choice(MAKES)
                vehicle = r.Vehicle(
                    id=self.uid(), plate=self.plate(), make=make, model=model, colour=rng.choice(COLOURS)
                )
                self.add(vehicle)
                net.vehicles.append(vehicle)
                self.link(rng.choice((LinkKind.OWNS, LinkKind.USES)), person, vehicle)
        for _ in range(len(net.phones)):
            if len(net.phones) >= 2:
                a, b = rng.sample(net.phones, 2)
                self.link(LinkKind.CALLED, a, b, count=rng.randrange(1, 120))
        return net

    def tips_for(self, net: Network, sources: list[r.Source]) -> None:
        rng = self.rng
        people = net.people()
        for _ in range(rng.randrange(2, 7)):
            channel = rng.choice(
                (TipChannel.INFORMANT,) * 4
                + (TipChannel.PUBLIC_PLATFORM,) * 3
                + (
                    TipChannel.OTHER_SERVICE,
                    TipChannel.SURVEILLANCE,
                    TipChannel.INTERCEPT,
                    TipChannel.OPEN_SOURCE,
                )
            )
            subject = rng.choice(people)
            spot = rng.choice(net.deal_points)
            mentioned: list[r.Entity] = [subject, spot]
            if net.vehicles and rng.random() < 0.4:
                mentioned.append(rng.choice(net.vehicles))
            source = None
            on = self.day()
            wording = (
                f"{subject.given_names} « {subject.aliases[0] if subject.aliases else subject.surname} » "
                f"tiendrait le point de deal {spot.address} ({net.district}), "
                f"approvisionnement {rng.choice(SUPPLY_TIMES)}."
            )
            if channel == TipChannel.INFORMANT:
                source = rng.choice(sources)
                haunt = rng.choice(("le snack", "la salle de sport", "le garage"))
                original = f"La source, qui fréquente {haunt} du quartier, rapporte : {wording}"
                sanitised = f"Une source indique : {wording}"
                grade = rng.choice(("A2", "B2", "B2", "B3", "C3", "C2", "D4", "E5"))
            elif channel == TipChannel.PUBLIC_PLATFORM:
                original = sanitised = (
                    f"Signalement en ligne : trafic constaté {spot.address}, {rng.randrange(3, 12)} individus, "
                    "guetteurs en bas de l’immeuble."
                )
                grade = "F6"
                mentioned = [spot]
            else:
                original = sanitised = f"Information {channel.value.replace('_', ' ')} : {wording}"
                grade = rng.choice(("A1", "A2", "B1", "B2", "C3"))
            tip = r.Tip(
                id=self.uid(),
                received_at=self.moment(on),
                channel=channel,
                source_id=source.id if source else None,
                original_text=original,
                sanitised_text=sanitised,
                grade=grade,
                handling_code=rng.choice(("", "H1", "H2", "H3")) if channel == TipChannel.INFORMANT else "",
                summary=f"{spot.name or spot.address} — {subject.surname.upper()}"
                if channel != TipChannel.PUBLIC_PLATFORM
                else f"Signalement {spot.address}",
            )
            self.add(tip)
            net.extra.append(tip)
            for m in mentioned:
                self.link(LinkKind.MENTIONED_IN, m, tip, evidence_id=tip.id, first_seen=on, last_seen=on)

    def seizures_for(self, net: Network) -> None:
        rng = self.rng
        weights = [p[4] for p in SEIZURE_PROFILE]
        for _ in range(rng.choices((0, 1, 2, 3), (2, 4, 3, 1))[0]):
            on = self.day()
            lines = []
            for profile in rng.choices(SEIZURE_PROFILE, weights, k=rng.choice((1, 1, 1, 2))):
                substance, low, high, unit, _ = profile
                if any(line.substance == substance for line in lines):
                    continue
                qty = rng.uniform(low, high) if unit != QuantityUnit.UNITS else rng.randrange(int(low), int(high))
                qty = Decimal(str(round(qty, 3 if unit == QuantityUnit.KILOGRAM else 0))) or Decimal(1)
                lines.append(r.SubstanceLine(substance, max(qty, Decimal("0.001")), unit))
            cash = Decimal(rng.choice((0, 0, rng.randrange(200, 5_000), rng.randrange(5_000, 150_000))))
            vehicles = [rng.choice(net.vehicles)] if net.vehicles and rng.random() < 0.2 else []
            seizure = r.Seizure(
                id=self.uid(),
                seized_on=on,
                substances=lines,
                cash_eur=cash,
                weapons=rng.choices((0, 1, 2, 3), (20, 4, 1, 1))[0],
                vehicles=len(vehicles),
                description="Saisie lors d’une interpellation."
                if rng.random() < 0.5
                else "Découverte lors d’une perquisition.",
            )
            self.add(seizure)
            net.extra.append(seizure)
            for person in rng.sample(net.people(), rng.randrange(1, 3)):
                self.link(LinkKind.SEIZED_FROM, seizure, person, evidence_id=seizure.id, first_seen=on, last_seen=on)
            place = net.stash if rng.random() < 0.4 and net.stash else rng.choice(net.deal_points)
            self.link(LinkKind.SEIZED_AT, seizure, place, evidence_id=seizure.id, first_seen=on, last_seen=on)
            for vehicle in vehicles:
                self.link(
                    LinkKind.INVOLVED_IN,
                    vehicle,
                    seizure,
                    evidence_id=seizure.id,
                    first_seen=on,
                    last_seen=on,
                )

    def events_for(self, net: Network) -> None:
        rng = self.rng
        for _ in range(rng.randrange(1, 4)):
            kind = rng.choice(
                (
                    EventKind.ARREST,
                    EventKind.ARREST,
                    EventKind.SEARCH,
                    EventKind.SURVEILLANCE,
                    EventKind.HEARING,
                )
            )
            on = self.day()
            event = r.Event(
                id=self.uid(),
                event_kind=kind,
                occurred_at=self.moment(on),
                description={
                    EventKind.ARREST: "Interpellation",
                    EventKind.SEARCH: "Perquisition",
                    EventKind.SURVEILLANCE: "Surveillance du point de deal",
                    EventKind.HEARING: "Audition",
                }[kind],
            )
            self.add(event)
            net.extra.append(event)
            for person in rng.sample(net.people(), rng.randrange(1, 4)):
                self.link(LinkKind.INVOLVED_IN, person, event, evidence_id=event.id, first_seen=on, last_seen=on)
            place = net.stash if kind == EventKind.SEARCH and net.stash else rng.choice(net.deal_points)
            self.link(LinkKind.OCCURRED_AT, event, place, evidence_id=event.id, first_seen=on, last_seen=on)

    def fixed_fine(self, person: r.Person, place: r.Location, net: Network) -> None:
        on = self.day()
        event = r.Event(
            id=self.uid(),
            event_kind=EventKind.FIXED_FINE,
            occurred_at=self.moment(on),
            description="AFD usage de stupéfiants (200 €)",
        )
        self.add(event)
        net.extra.append(event)
        self.link(LinkKind.INVOLVED_IN, person, event, evidence_id=event.id, first_seen=on, last_seen=on)
        self.link(LinkKind.OCCURRED_AT, event, place, evidence_id=event.id, first_seen=on, last_seen=on)

    def between_networks(self, networks: list[Network]) -> None:
        """Networks know each other: shared suppliers, friends, kin, sightings across the town.

        Partners are drawn at random (not neighbours only), so that, as in real intelligence,
        any two networks are a few links apart and brokers stand between them.
        """
        rng = self.rng
        for net in networks:
            for _ in range(1 + rng.randrange(3)):
                other = rng.choice(networks)
                if other is net:
                    continue
                kind = rng.choice((LinkKind.SUPPLIES, LinkKind.ASSOCIATE, LinkKind.SEEN_WITH, LinkKind.FAMILY))
                if kind == LinkKind.SUPPLIES:
                    a = next(p for p, role in net.members if role == NetworkRole.SUPPLIER)
                    b = rng.choice([p for p, role in other.members if role in (NetworkRole.MANAGER, NetworkRole.HEAD)])
                else:
                    a, b = rng.choice(net.people()), rng.choice(other.people())
                self.link(kind, a, b)

    def top_up_links(self, networks: list[Network], loose: list[r.Person]) -> None:
        rng = self.rng
        everyone = [p for net in networks for p in net.people()]
        while len(self.links) < self.spec.links:
            net = rng.choice(networks)
            a = rng.choice(net.people())
            b = (
                rng.choice(net.people())
                if rng.random() < 0.7
                else rng.choice(everyone if not loose or rng.random() < 0.5 else loose)
            )
            if a is b:
                continue
            self.link(
                rng.choice((LinkKind.ASSOCIATE, LinkKind.SEEN_WITH, LinkKind.SEEN_WITH, LinkKind.FAMILY)),
                a,
                b,
            )

    def make_cases(self, networks: list[Network]) -> None:
        rng = self.rng
        serial = 0
        for i, net in enumerate(networks):
            if i % 3 and len(self.cases) >= 12:
                continue
            serial += 1
            opened = self.year_start + timedelta(days=rng.randrange(0, YEAR_DAYS - 30))
            status = rng.choice((CaseStatus.OPEN,) * 6 + (CaseStatus.SUSPENDED, CaseStatus.CLOSED))
            closed = opened + timedelta(days=rng.randrange(20, 200)) if status == CaseStatus.CLOSED else None
            if closed and closed > self.year_end:
                closed = self.year_end
            case = r.Case(
                id=self.uid(),
                reference=case_reference(opened.year, serial),
                title=f"Trafic de stupéfiants — {net.org.name}",
                status=status,
                opened_on=opened,
                closed_on=closed,
                lead=rng.choice(INVESTIGATORS),
                prosecutor_ref=f"PARQ {opened.year % 100:02d}.{rng.randrange(100, 999)}.{rng.randrange(100, 999)}",
                description=f"Enquête sur le réseau actif dans le quartier {net.district} de {CITY}.",
                agency=rng.choice((Agency.POLICE, Agency.GENDARMERIE)),
                unit="CROSS Valmorin",
            )
            members: list[UUID] = [
                net.org.id,
                *(p.id for p in net.people()),
                *(d.id for d in net.deal_points),
            ]
            members += [net.stash.id] if net.stash else []
            members += [x.id for x in (*net.phones, *net.vehicles, *net.extra)]
            self.cases.append((case, members))

    def restrict_one_case(self) -> None:
        """The last open case becomes restricted, led by the demo's supervisor, so that anyone can
        watch the wall work: its own tips, seizures and events are hidden from everyone but its
        lead and team, while the people it shares with an open case stay everyone's. Draws no
        random number: every other record of a seed stays as it was."""
        lead, team = DEMO_ACCOUNTS[Role.SUPERVISOR][0], [INVESTIGATORS[1]]
        open_cases = [(c, m) for c, m in self.cases if c.status == CaseStatus.OPEN]
        if len(open_cases) < 2:
            return
        (case, members), (_, shared_with) = open_cases[-1], open_cases[0]
        case.restricted, case.lead, case.team = True, lead, team
        case.title = f"Opération Mistral — {case.title}"
        case.description += " Affaire réservée : équipe d'enquête restreinte."
        by_id = {e.id: e for e in self.entities}
        shared = [i for i in shared_with if isinstance(by_id.get(i), r.Person)][:2]
        members.extend(i for i in shared if i not in members)
