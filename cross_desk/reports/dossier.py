"""The case dossier: what a prosecutor or a briefing gets on paper.

``build_case_dossier(data, path, sections, options, progress)`` lays out a cover page, the
contents, then the chosen sections. It takes plain data (``DossierData``) and writes the PDF
atomically; it never sees a session, a source's identity or a tip's original wording.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from uuid import UUID

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, PageBreak, Paragraph, Table, TableStyle

from cross_desk.domain import records as r
from cross_desk.domain.grading import ADMIRALTY, GradingScheme
from cross_desk.domain.kinds import EntityKind, LinkKind
from cross_desk.reports import document as doc
from cross_desk.reports.chart import LinkChart
from cross_desk.reports.i18n import NBSP, Words
from cross_desk.reports.model import (
    ALL_SECTIONS,
    DossierData,
    PrintOptions,
    Progress,
    Section,
    SeizureTotals,
    TipEntry,
    no_progress,
    seizure_totals,
)

SECTION_TITLES: dict[Section, str] = {
    Section.SUMMARY: "Summary",
    Section.PEOPLE: "People",
    Section.VEHICLES: "Vehicles",
    Section.PHONES: "Phones",
    Section.LOCATIONS: "Locations",
    Section.ORGANISATIONS: "Organisations",
    Section.CHART: "Link chart",
    Section.KEY_PLAYERS: "Key players",
    Section.CHRONOLOGY: "Chronology",
    Section.TIPS: "Tips",
    Section.SEIZURES: "Seizures",
}

#: French meanings of the Admiralty code (shared/DOMAIN.md); other schemes print in English.
ADMIRALTY_FR = {
    "A": "totalement fiable",
    "B": "habituellement fiable",
    "C": "assez fiable",
    "D": "pas toujours fiable",
    "E": "peu fiable",
    "F": "fiabilité impossible à évaluer",
    "1": "confirmée par d’autres sources",
    "2": "probablement vraie",
    "3": "possiblement vraie",
    "4": "douteuse",
    "5": "improbable",
    "6": "impossible à évaluer",
}


def build_case_dossier(
    data: DossierData,
    path: Path,
    sections: Sequence[Section] = ALL_SECTIONS,
    options: PrintOptions | None = None,
    progress: Progress = no_progress,
    scheme: GradingScheme = ADMIRALTY,
) -> int:
    """Write the dossier of ``data.case`` to ``path``; returns the number of pages."""
    options = (options or PrintOptions()).validated()
    words = Words(options.language)
    styles = doc.make_styles()
    wanted = [s for s in ALL_SECTIONS if s in set(sections)]
    builder = _Dossier(data, words, styles, options, scheme)
    marks = doc.PageMarks()
    progress(0.0, "dossier")
    story: list[Flowable] = builder.cover()
    story += [Paragraph(doc.markup(words("Contents")), styles.h1), doc.spacer(4)]
    story += [doc.Contents([(s.value, words(SECTION_TITLES[s])) for s in wanted], marks, styles), PageBreak()]
    for s in wanted:
        # The chart gets a page of its own, as large as the page allows.
        story += doc.section(s.value, words(SECTION_TITLES[s]), styles, new_page=s == Section.CHART)
        story += builder.parts[s]()
    case = data.case
    furniture = doc.Furniture(
        marking=options.marking,
        left_head=f"{options.unit or case.unit or 'CROSS'} — {words('Case dossier')}",
        right_head=f"{case.reference} — {case.title}",
        left_foot=f"{case.reference} · {doc.footer_line(words, options)}",
        page_text=doc.page_text(words),
        pdf_title=f"{words('Case dossier')} {case.reference} — {case.title}",
        pdf_author=options.author,
    )
    pages = doc.render(path, story, furniture, marks, progress)
    progress(1.0, "done")
    return pages


class _Dossier:
    def __init__(
        self, data: DossierData, words: Words, styles: doc.Styles, options: PrintOptions, scheme: GradingScheme
    ) -> None:
        self.data = data
        self.w = words
        self.s = styles
        self.options = options
        self.scheme = scheme
        self.nodes = data.graph.nodes
        self.links_of: dict[UUID, list[tuple[LinkKind, UUID]]] = {}
        for link in data.graph.links:
            self.links_of.setdefault(link.source_id, []).append((link.kind, link.target_id))
            self.links_of.setdefault(link.target_id, []).append((link.kind, link.source_id))
        self.parts = {
            Section.SUMMARY: self.summary,
            Section.PEOPLE: self.people,
            Section.VEHICLES: self.vehicles,
            Section.PHONES: self.phones,
            Section.LOCATIONS: self.locations,
            Section.ORGANISATIONS: self.organisations,
            Section.CHART: self.chart,
            Section.KEY_PLAYERS: self.key_players,
            Section.CHRONOLOGY: self.chronology,
            Section.TIPS: self.tips,
            Section.SEIZURES: self.seizures,
        }

    # --- helpers -----------------------------------------------------------------------------

    def related(self, node: UUID, kinds: set[LinkKind] | None, of_kind: set[EntityKind]) -> list[str]:
        """Labels of the records linked to ``node`` (by ``kinds`` of links) that are ``of_kind``."""
        out: list[str] = []
        for kind, other in self.links_of.get(node, []):
            ref = self.nodes.get(other)
            if ref is None or ref.kind not in of_kind or (kinds is not None and kind not in kinds):
                continue
            if ref.label not in out:
                out.append(ref.label)
        return sorted(out)

    def none(self, flow: list[Flowable]) -> list[Flowable]:
        return flow or [doc.para(self.w("None recorded."), self.s.body)]

    def roles(self, person_id: UUID) -> str:
        return ", ".join(dict.fromkeys(self.w.enum(role) for role in self.data.roles.get(person_id, ())))

    # --- cover -------------------------------------------------------------------------------

    def cover(self) -> list[Flowable]:
        w, s, case, o = self.w, self.s, self.data.case, self.options
        unit = o.unit or case.unit or "CROSS"
        story: list[Flowable] = [
            doc.spacer(22),
            doc.para(unit, s.cover_line),
            doc.spacer(28),
            doc.para(w("Case dossier").upper(), s.cover_line),
            doc.spacer(4),
            doc.para(case.reference, s.cover_title),
            doc.para(case.title, s.cover_line),
            doc.spacer(26),
        ]
        pairs = [
            (w("Unit"), unit),
            (w("Reference"), case.reference),
            (w("Title"), case.title),
            (w("Prosecutor's reference"), case.prosecutor_ref),
            (w("Marking"), o.marking),
            (w("Date"), w.date(o.printed_at)),
            (w("Author"), o.author),
        ]
        story += [doc.key_value_table(s, pairs, label_width=0.36, width=0.8, large=True), doc.spacer(30)]
        stamp = ParagraphStyle("marking", parent=s.cover_title, textColor=doc.MARKING_INK, fontSize=16, leading=20)
        marking = Table([[doc.para(o.marking.upper(), stamp)]], colWidths=[doc.BODY_W * 0.7])
        marking.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), doc.fonts.SANS, 8),
                    ("BOX", (0, 0), (-1, -1), 1.6, doc.MARKING_INK),
                    ("TOPPADDING", (0, 0), (-1, -1), 8),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ]
            )
        )
        story += [marking, doc.spacer(16)]
        notice = ParagraphStyle("notice", parent=s.small, alignment=1)
        story.append(
            doc.para(w("This document contains no source's identity: sources appear by codename only."), notice)
        )
        return story + doc.cover_break()

    # --- sections ------------------------------------------------------------------------------

    def summary(self) -> list[Flowable]:
        w, s, case, data = self.w, self.s, self.data.case, self.data
        pairs = [
            (w("Reference"), case.reference),
            (w("Title"), case.title),
            (w("Status"), w.enum(case.status)),
            (w("Opened on"), w.date(case.opened_on)),
            (w("Closed on"), w.date(case.closed_on) if case.closed_on else "—"),
            (w("Lead investigator"), case.lead),
            (w("Prosecutor's reference"), case.prosecutor_ref),
            (w("Agency"), " — ".join(p for p in (w.enum(case.agency), case.unit) if p)),
            (w("Description"), case.description),
        ]
        story: list[Flowable] = [doc.key_value_table(s, pairs), doc.spacer(5)]
        story.append(Paragraph(doc.markup(w("Records in the case")), s.h2))
        counts: dict[EntityKind, int] = {}
        for ref in data.graph.nodes.values():
            counts[ref.kind] = counts.get(ref.kind, 0) + 1
        rows = [[w.enum(kind).capitalize(), w.number(counts[kind])] for kind in EntityKind if kind in counts]
        rows.append([w("Links among them"), w.number(len(data.graph.links))])
        story.append(doc.data_table(s, [w("Kind"), w("Number")], rows, [0.5, 0.2], right=(1,)))
        totals = seizure_totals(data.seizures)
        if totals.count:
            story.append(Paragraph(doc.markup(w("Seizures")), s.h2))
            story.append(self._totals_table(totals))
        return story

    def _totals_table(self, totals: SeizureTotals) -> Flowable:
        w = self.w
        rows = [[w.enum(sub), w.quantity(q, u)] for sub, u, q in totals.sorted_substances()]
        rows += [
            [w("Cash"), w.money(totals.cash_eur)],
            [w("Weapons"), w.number(totals.weapons)],
            [w("Vehicles"), w.number(totals.vehicles)],
            [w("Seizure count"), w.number(totals.count)],
        ]
        return doc.data_table(self.s, [w("Substance"), w("Quantity")], rows, [0.5, 0.2], right=(1,))

    def people(self) -> list[Flowable]:
        w = self.w
        rows = []
        for p in sorted(self.data.people, key=lambda p: (p.surname.upper(), p.given_names, p.label())):
            born = p.birth_date.display() if p.birth_date else ""
            rows.append([p.label(), born, p.birthplace, p.nationality, w.enum(p.category), self.roles(p.id)])
        if not rows:
            return self.none([])
        headers = [w("Name"), w("Born"), w("Birthplace"), w("Nationality"), w("Category"), w("Role")]
        return [doc.data_table(self.s, headers, rows, [0.31, 0.11, 0.15, 0.13, 0.12, 0.18])]

    def vehicles(self) -> list[Flowable]:
        w = self.w
        rows = []
        for v in sorted(self.data.vehicles, key=lambda v: v.label()):
            people = self.related(v.id, {LinkKind.OWNS, LinkKind.USES, LinkKind.INVOLVED_IN}, {EntityKind.PERSON})
            rows.append([v.label(), v.colour, v.country, v.vin, "; ".join(people)])
        if not rows:
            return self.none([])
        headers = [w("Plate") + " / " + w("Make and model"), w("Colour"), "Pays" if w.french else "Country"]
        headers += [w("VIN"), w("People")]
        return [doc.data_table(self.s, headers, rows, [0.30, 0.10, 0.07, 0.19, 0.34])]

    def phones(self) -> list[Flowable]:
        w = self.w
        rows = []
        for ph in sorted(self.data.phones, key=lambda p: p.label()):
            people = self.related(ph.id, {LinkKind.USES, LinkKind.OWNS}, {EntityKind.PERSON})
            rows.append([ph.label(), ph.imei, w.enum(ph.line_type), ph.operator, "; ".join(people)])
        if not rows:
            return self.none([])
        headers = [w("Number"), w("IMEI"), w("Line"), w("Operator"), w("People")]
        return [doc.data_table(self.s, headers, rows, [0.19, 0.19, 0.11, 0.15, 0.36])]

    def locations(self) -> list[Flowable]:
        w = self.w
        rows = []
        for loc in sorted(self.data.locations, key=lambda p: (p.district, p.label())):
            status = ""
            if loc.deal_status is not None:
                status = w.enum(loc.deal_status)
                if loc.deal_status_since:
                    status += f" ({w.date(loc.deal_status_since)})"
            rows.append([loc.label(), w.enum(loc.location_kind), loc.postcode, loc.district, status])
        if not rows:
            return self.none([])
        headers = [w("Place"), w("Type"), "CP" if w.french else "Postcode", w("District"), w("Deal point status")]
        return [doc.data_table(self.s, headers, rows, [0.40, 0.16, 0.08, 0.16, 0.20])]

    def organisations(self) -> list[Flowable]:
        w = self.w
        rows = []
        for org in sorted(self.data.organisations, key=lambda o: o.label()):
            members = self.related(org.id, {LinkKind.MEMBER_OF, LinkKind.MANAGES}, {EntityKind.PERSON})
            rows.append([org.label(), w.enum(org.org_kind), w.number(len(members))])
        if not rows:
            return self.none([])
        headers = [w("Name"), w("Kind"), w("Members")]
        return [doc.data_table(self.s, headers, rows, [0.55, 0.25, 0.2], right=(2,))]

    def chart(self) -> list[Flowable]:
        data = self.data
        note = self.w("{count} records, {links} links", count=len(data.graph.nodes), links=len(data.graph.links))
        if len(data.graph.nodes) > 60:
            note += ". " + self.w("Node size and labels: the most connected records are labelled.")
        return [
            LinkChart(data.graph, data.positions, self.w, self.s, labels=self.chart_labels()),
            doc.para(note, self.s.note),
        ]

    def chart_labels(self) -> dict[UUID, str]:
        """Short labels for dated records on the chart (their stored labels carry codes)."""
        w = self.w
        out: dict[UUID, str] = {}
        for tip in self.data.tips:
            out[tip.id] = f"{w.enum(EntityKind.TIP)} {w.date(tip.received_at)} [{tip.grade}]"
        for seizure in self.data.seizures:
            out[seizure.id] = f"{w.enum(EntityKind.SEIZURE)} {w.date(seizure.seized_on)}"
        for event in self.data.events:
            out[event.id] = f"{w.enum(event.event_kind)} {w.date(event.occurred_at)}"
        return out

    def key_players(self) -> list[Flowable]:
        w = self.w
        rows = []
        for rank, kp in enumerate(self.data.key_players, 1):
            rows.append(
                [
                    str(rank),
                    kp.label,
                    w.enum(kp.kind),
                    self.roles(kp.id),
                    w.number(kp.degree),
                    w.number(kp.betweenness, 3),
                ]
            )
        if not rows:
            return self.none([])
        headers = [w("Rank"), w("Name"), w("Kind"), w("Role"), w("Degree"), w("Betweenness")]
        table = doc.data_table(self.s, headers, rows, [0.07, 0.36, 0.12, 0.19, 0.11, 0.15], right=(0, 4, 5))
        text = w(
            "Degree counts a record's links in the case; betweenness measures how often it lies on the "
            "shortest paths between others (a broker scores high)."
        )
        if self.data.betweenness_sample:
            text += " " + w(
                "Betweenness estimated from {sample} of the {count} records.",
                sample=self.data.betweenness_sample,
                count=len(self.data.graph.nodes),
            )
        return [table, doc.para(text, self.s.note)]

    def chronology(self) -> list[Flowable]:
        w = self.w
        items: list[tuple[object, str, str, str]] = []
        people_and_places = {EntityKind.PERSON, EntityKind.LOCATION, EntityKind.VEHICLE}
        for tip in self.data.tips:
            text = tip.summary or tip.text.split("\n", 1)[0]
            items.append(
                (tip.received_at, f"{w.enum(EntityKind.TIP)} [{tip.grade}]", text, ""),
            )
        for seizure in self.data.seizures:
            involved = "; ".join(self.related(seizure.id, None, people_and_places))
            items.append((seizure.seized_on, w.enum(EntityKind.SEIZURE), self._seized(seizure), involved))
        for event in self.data.events:
            involved = "; ".join(self.related(event.id, None, people_and_places))
            text = event.description or w.enum(event.event_kind)
            items.append((event.occurred_at, w.enum(event.event_kind), text, involved))
        if not items:
            return self.none([])
        items.sort(key=lambda it: (_day(it[0]), str(it[1])))
        rows = [[_when(w, when), what, text, involved] for when, what, text, involved in items]
        headers = [w("Date"), w("Type"), w("Description"), "Personnes et lieux" if w.french else "People and places"]
        return [doc.data_table(self.s, headers, rows, [0.12, 0.14, 0.40, 0.34])]

    def tips(self) -> list[Flowable]:
        w = self.w
        tips = sorted(self.data.tips, key=lambda t: t.received_at)
        if not tips:
            return self.none([])
        rows: list[list[object]] = []
        for tip in tips:
            body = doc.markup(tip.text)
            if tip.summary:
                body = f"<b>{doc.markup(tip.summary)}</b><br/>{body}"
            rows.append(
                [
                    w.moment(tip.received_at),
                    w.enum(tip.channel),
                    tip.source_codename or "—",
                    tip.grade,
                    tip.handling_code or "—",
                    doc.para(body, self.s.cell, raw=True),
                ]
            )
        headers = [w("Received"), w("Channel"), w("Source"), w("Grade"), w("Handling"), w("Text (sanitised)")]
        table = doc.data_table(self.s, headers, rows, [0.11, 0.12, 0.13, 0.08, 0.09, 0.47])
        return [table, *self._grade_legend(tips)]

    def _grade_legend(self, tips: Sequence[TipEntry]) -> list[Flowable]:
        w = self.w
        grades = sorted({t.grade for t in tips if t.grade})
        lines = []
        for grade in grades:
            try:
                meanings = self.scheme.meanings(grade)
            except Exception:  # a grade from another scheme: print it as it is
                continue
            if w.french and self.scheme.key == ADMIRALTY.key:
                meanings = tuple(ADMIRALTY_FR.get(code, m) for code, m in zip(grade, meanings, strict=False))
            lines.append(f"<b>{doc.markup(grade)}</b>{NBSP}: {doc.markup(' / '.join(meanings))}")
        note = w("Grades: Admiralty code (source reliability A–F, information credibility 1–6).")
        if self.scheme.key != ADMIRALTY.key:
            note = f"{self.scheme.title}: " + ", ".join(a.name for a in self.scheme.axes) + "."
        return [doc.para(note, self.s.note), doc.para(" · ".join(lines), self.s.note, raw=True)] if lines else []

    def _seized(self, seizure: r.Seizure) -> str:
        w = self.w
        parts = [f"{w.quantity(line.quantity, line.unit)} {w.enum(line.substance)}" for line in seizure.substances]
        if seizure.cash_eur:
            parts.append(w.money(seizure.cash_eur))
        if seizure.weapons:
            parts.append(f"{seizure.weapons} {w('Weapons').lower()}")
        if seizure.vehicles:
            parts.append(f"{seizure.vehicles} {w('Vehicles').lower()}")
        text = ", ".join(parts)
        if seizure.description:
            text = f"{text} — {seizure.description}" if text else seizure.description
        return text

    def seizures(self) -> list[Flowable]:
        w = self.w
        seizures = sorted(self.data.seizures, key=lambda z: z.seized_on)
        if not seizures:
            return self.none([])
        rows = []
        for z in seizures:
            place = "; ".join(self.related(z.id, {LinkKind.SEIZED_AT}, {EntityKind.LOCATION}))
            people = "; ".join(self.related(z.id, {LinkKind.SEIZED_FROM, LinkKind.INVOLVED_IN}, {EntityKind.PERSON}))
            contents = "\n".join(
                f"{w.quantity(line.quantity, line.unit)} {w.enum(line.substance)}" for line in z.substances
            )
            rows.append(
                [
                    w.date(z.seized_on),
                    place,
                    people,
                    contents or "—",
                    w.money(z.cash_eur) if z.cash_eur else "—",
                    str(z.weapons) if z.weapons else "—",
                    str(z.vehicles) if z.vehicles else "—",
                ]
            )
        headers = [w("Date"), w("Place"), "Saisi sur" if w.french else "Seized from", w("Seized"), w("Cash")]
        headers += [w("Weapons"), w("Vehicles")]
        story: list[Flowable] = [
            doc.data_table(self.s, headers, rows, [0.10, 0.22, 0.19, 0.20, 0.11, 0.08, 0.10], right=(4, 5, 6))
        ]
        story.append(Paragraph(doc.markup(w("Totals")), self.s.h2))
        story.append(self._totals_table(seizure_totals(seizures)))
        return story


def _day(value: object) -> object:
    if isinstance(value, datetime):
        return value.astimezone().date() if value.tzinfo else value.date()
    return value


def _when(words: Words, value: object) -> str:
    return words.date(value) if isinstance(value, date | datetime) else ""
