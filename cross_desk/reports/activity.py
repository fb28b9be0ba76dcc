"""The unit's activity report for a period: the figures a unit sends upward, each beside the
previous period's, by district, with bar charts and the period's significant cases.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, PageBreak, Paragraph, Table, TableStyle

from cross_desk.domain.kinds import Substance, TipChannel
from cross_desk.reports import document as doc
from cross_desk.reports.chart import bar_chart
from cross_desk.reports.i18n import Words
from cross_desk.reports.model import (
    ActivityData,
    DistrictFigures,
    PeriodFigures,
    PrintOptions,
    Progress,
    SeizureTotals,
    no_progress,
)

#: printed on every copy, whoever prints it and whether or not restricted cases exist, so that
#: the note itself tells nothing (supervisors are not insiders of every restricted case)
RESTRICTED_NOTE = (
    "Restricted cases the author is not part of are left out: the tips, seizures and events that they alone "
    "hold are not counted, and they are not listed among the cases."
)

SECTIONS = (
    ("figures", "Figures for the period"),
    ("substances", "Seizures by substance"),
    ("districts", "Seizures, arrests and fines by district"),
    ("tips", "Tips received"),
    ("cases", "Significant cases"),
)


def build_activity_report(
    data: ActivityData, path: Path, options: PrintOptions | None = None, progress: Progress = no_progress
) -> int:
    """Write the activity report to ``path``; returns the number of pages."""
    options = (options or PrintOptions()).validated()
    words = Words(options.language)
    styles = doc.make_styles()
    report = _Activity(data, words, styles, options)
    marks = doc.PageMarks()
    progress(0.0, "activity")
    story = report.cover()
    story += [Paragraph(doc.markup(words("Contents")), styles.h1), doc.spacer(4)]
    story += [doc.Contents([(key, words(title)) for key, title in SECTIONS], marks, styles), PageBreak()]
    parts: dict[str, Callable[[], list[Flowable]]] = {
        "figures": report.figures,
        "substances": report.substances,
        "districts": report.districts,
        "tips": report.tips,
        "cases": report.cases,
    }
    for key, title in SECTIONS:
        story += doc.section(key, words(title), styles)
        story += parts[key]()
    period = report.period_text(data.current)
    unit = options.unit or "CROSS"
    furniture = doc.Furniture(
        marking=options.marking,
        left_head=f"{unit} — {words('Activity report')}",
        right_head=period,
        left_foot=doc.footer_line(words, options),
        page_text=doc.page_text(words),
        pdf_title=f"{words('Activity report')} {unit} — {period}",
        pdf_author=options.author,
    )
    pages = doc.render(path, story, furniture, marks, progress)
    progress(1.0, "done")
    return pages


def _district_name(words: Words, name: str) -> str:
    return name or words("no district")


class _Activity:
    def __init__(self, data: ActivityData, words: Words, styles: doc.Styles, options: PrintOptions) -> None:
        self.data = data
        self.w = words
        self.s = styles
        self.options = options
        self.now = data.current.total()
        self.before = data.previous.total()

    def period_text(self, figures: PeriodFigures) -> str:
        return self.w("from {start} to {end}", start=self.w.date(figures.start), end=self.w.date(figures.end))

    def cover(self) -> list[Flowable]:
        w, s, o = self.w, self.s, self.options
        unit = o.unit or "CROSS"
        story: list[Flowable] = [
            doc.spacer(22),
            doc.para(unit, s.cover_line),
            doc.spacer(28),
            doc.para(w("Activity report").upper(), s.cover_title),
            doc.para(self.period_text(self.data.current), s.cover_line),
            doc.spacer(26),
        ]
        pairs = [
            (w("Unit"), unit),
            (w("Period"), self.period_text(self.data.current)),
            (w("Previous period"), self.period_text(self.data.previous)),
            (w("Marking"), o.marking),
            (w("Date"), w.date(o.printed_at)),
            (w("Author"), o.author),
        ]
        table = doc.key_value_table(s, pairs, label_width=0.32)
        table.hAlign = "CENTER"
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
        return [*story, table, doc.spacer(30), marking, *doc.cover_break()]

    # --- helpers ---------------------------------------------------------------------------------

    def compare(self, label: str, now: Decimal | int, before: Decimal | int, fmt: Callable[[object], str]) -> list[str]:
        return [label, fmt(now), fmt(before), self.w.change(now, before)]

    def comparison_table(self, first: str, rows: Sequence[Sequence[str]], *, bold_last: bool = False) -> Table:
        w = self.w
        headers = [first, self.period_text(self.data.current), self.period_text(self.data.previous), w("Change")]
        return doc.data_table(self.s, headers, rows, [0.40, 0.22, 0.22, 0.16], right=(1, 2, 3), bold_last=bold_last)

    # --- sections ----------------------------------------------------------------------------------

    def figures(self) -> list[Flowable]:
        w, now, before = self.w, self.now, self.before
        n = lambda v: w.number(v)  # noqa: E731
        kg = lambda v: w.number(v, 3)  # noqa: E731
        money = lambda v: w.money(v)  # noqa: E731
        rows = [
            self.compare(w("Seizure count"), now.seizures.count, before.seizures.count, n),
            self.compare(w("Weight seized (kg)"), now.seizures.weight_kg(), before.seizures.weight_kg(), kg),
            self.compare(w("Cash seized"), now.seizures.cash_eur, before.seizures.cash_eur, money),
            self.compare(w("Weapons seized"), now.seizures.weapons, before.seizures.weapons, n),
            self.compare(w("Vehicles seized"), now.seizures.vehicles, before.seizures.vehicles, n),
            self.compare(w("Arrests (people)"), now.arrests, before.arrests, n),
            self.compare(w("Fixed fines (AFD)"), now.fixed_fines, before.fixed_fines, n),
            self.compare(w("Deal points dismantled"), now.dismantled, before.dismantled, n),
            self.compare(w("Tips received"), now.tips, before.tips, n),
        ]
        return [
            self.comparison_table(w("Figure"), rows),
            doc.para(w("Arrests count the people involved in each arrest (one when nobody is linked)."), self.s.note),
            doc.para(
                w(
                    "A seizure's or an event's district is that of the place it is linked to; a tip's, that of the "
                    "first place it mentions."
                ),
                self.s.note,
            ),
            doc.para(w(RESTRICTED_NOTE), self.s.note),
        ]

    def substances(self) -> list[Flowable]:
        w = self.w
        now, before = self.now.seizures, self.before.seizures
        keys = sorted(set(now.substances) | set(before.substances), key=lambda k: (list(Substance).index(k[0]), k[1]))
        if not keys:
            return [doc.para(w("None recorded."), self.s.body)]
        rows = []
        for substance, unit in keys:
            a, b = (
                now.substances.get((substance, unit), Decimal(0)),
                before.substances.get((substance, unit), Decimal(0)),
            )
            rows.append([w.enum(substance), w.quantity(a, unit), w.quantity(b, unit), w.change(a, b)])
        story: list[Flowable] = [self.comparison_table(w("Substance"), rows)]
        weighed = [(s, u) for s, u in keys if u in ("kg", "g")]
        if weighed:
            names = [w.enum(s) for s, _ in weighed]
            current = [float(_kg(now, s, u)) for s, u in weighed]
            previous = [float(_kg(before, s, u)) for s, u in weighed]
            story += [
                doc.spacer(4),
                bar_chart(names, current, previous, w, doc.BODY_W, title=w("Weight seized (kg)")),
            ]
        return story

    def districts(self) -> list[Flowable]:
        w = self.w
        names = sorted(set(self.data.current.districts) | set(self.data.previous.districts), key=lambda d: (d == "", d))
        empty = DistrictFigures()

        def pair(now: Decimal | int, before: Decimal | int, fmt: Callable[[object], str]) -> str:
            return f"{fmt(now)}\n({fmt(before)})"

        n = lambda v: w.number(v)  # noqa: E731
        rows = []
        for name in [*names, None]:
            if name is None:
                a, b = self.now, self.before
                label = w("Total")
            else:
                a = self.data.current.districts.get(name, empty)
                b = self.data.previous.districts.get(name, empty)
                label = _district_name(w, name)
            rows.append(
                [
                    label,
                    pair(a.seizures.count, b.seizures.count, n),
                    pair(a.seizures.weight_kg(), b.seizures.weight_kg(), lambda v: w.number(v, 3)),
                    pair(a.seizures.cash_eur, b.seizures.cash_eur, lambda v: w.money(v)),
                    pair(a.seizures.weapons, b.seizures.weapons, n),
                    pair(a.seizures.vehicles, b.seizures.vehicles, n),
                    pair(a.arrests, b.arrests, n),
                    pair(a.fixed_fines, b.fixed_fines, n),
                    pair(a.dismantled, b.dismantled, n),
                ]
            )
        headers = [
            w("District"),
            w("Seizures"),
            "kg",
            w("Cash"),
            w("Weapons"),
            w("Vehicles"),
            "Interp." if w.french else "Arrests",
            "AFD",
            "Points de deal démantelés" if w.french else "Deal points dismantled",
        ]
        widths = [0.18, 0.08, 0.11, 0.14, 0.08, 0.10, 0.08, 0.07, 0.16]
        table = doc.data_table(self.s, headers, rows, widths, right=tuple(range(1, 9)), bold_last=True)
        note = doc.para(
            "Chaque case : période (période précédente entre parenthèses)."
            if w.french
            else "Each cell: this period (previous period in brackets).",
            self.s.note,
        )
        labels = [_district_name(w, d) for d in names]
        cur = [self.data.current.districts.get(d, empty) for d in names]
        prev = [self.data.previous.districts.get(d, empty) for d in names]
        charts: list[Flowable] = [
            doc.spacer(4),
            bar_chart(
                labels,
                [float(f.seizures.weight_kg()) for f in cur],
                [float(f.seizures.weight_kg()) for f in prev],
                w,
                doc.BODY_W,
                title=w("Weight seized by district (kg)"),
            ),
            doc.spacer(4),
            bar_chart(
                labels,
                [float(f.arrests) for f in cur],
                [float(f.arrests) for f in prev],
                w,
                doc.BODY_W,
                title=w("Arrests by district (people)"),
            ),
        ]
        return [table, note, *charts]

    def tips(self) -> list[Flowable]:
        w = self.w
        cur, prev = self.data.current, self.data.previous
        story: list[Flowable] = [Paragraph(doc.markup(w("Tips by channel")), self.s.h2)]
        channels = [c for c in TipChannel if c in cur.tips_by_channel or c in prev.tips_by_channel]
        rows = [
            [
                w.enum(c),
                w.number(cur.tips_by_channel.get(c, 0)),
                w.number(prev.tips_by_channel.get(c, 0)),
                w.change(cur.tips_by_channel.get(c, 0), prev.tips_by_channel.get(c, 0)),
            ]
            for c in channels
        ]
        rows.append(
            [w("Total"), w.number(self.now.tips), w.number(self.before.tips), w.change(self.now.tips, self.before.tips)]
        )
        story.append(self.comparison_table(w("Channel"), rows, bold_last=True))
        if channels:
            story += [
                doc.spacer(3),
                bar_chart(
                    [w.enum(c) for c in channels],
                    [float(cur.tips_by_channel.get(c, 0)) for c in channels],
                    [float(prev.tips_by_channel.get(c, 0)) for c in channels],
                    w,
                    doc.BODY_W,
                    title=w("Tips received by channel"),
                ),
            ]
        story.append(Paragraph(doc.markup(w("Tips by grade")), self.s.h2))
        grades = sorted(set(cur.tips_by_grade) | set(prev.tips_by_grade))
        rows = [
            [
                g,
                w.number(cur.tips_by_grade.get(g, 0)),
                w.number(prev.tips_by_grade.get(g, 0)),
                w.change(cur.tips_by_grade.get(g, 0), prev.tips_by_grade.get(g, 0)),
            ]
            for g in grades
        ]
        story.append(self.comparison_table(w("Grade"), rows))
        story.append(Paragraph(doc.markup(w("Tips by district")), self.s.h2))
        names = sorted(set(cur.districts) | set(prev.districts), key=lambda d: (d == "", d))
        empty = DistrictFigures()
        rows = [
            [
                _district_name(w, d),
                w.number(cur.districts.get(d, empty).tips),
                w.number(prev.districts.get(d, empty).tips),
                w.change(cur.districts.get(d, empty).tips, prev.districts.get(d, empty).tips),
            ]
            for d in names
            if cur.districts.get(d, empty).tips or prev.districts.get(d, empty).tips
        ]
        story.append(self.comparison_table(w("District"), rows))
        return story

    def cases(self) -> list[Flowable]:
        w = self.w
        start, end = self.data.current.start, self.data.current.end
        note = doc.para(w(RESTRICTED_NOTE), self.s.note)
        if not self.data.cases:
            return [doc.para(w("No case had seizures, arrests, opening or closing in the period."), self.s.body), note]
        rows = []
        for item in self.data.cases:
            case = item.case
            notes = []
            if item.opened_in(start, end):
                notes.append(f"{w('opened')} {w.date(case.opened_on)}")
            if item.closed_in(start, end):
                notes.append(f"{w('closed')} {w.date(case.closed_on)}")
            rows.append(
                [
                    case.reference,
                    case.title,
                    w.enum(case.status) + (f"\n{'; '.join(notes)}" if notes else ""),
                    w.number(item.seizures),
                    w.number(item.weight_kg, 3),
                    w.money(item.cash_eur),
                    w.number(item.arrests),
                ]
            )
        headers = [
            w("Reference"),
            w("Title"),
            w("Status"),
            w("Seizures"),
            "kg",
            w("Cash"),
            "Interp." if w.french else "Arrests",
        ]
        widths = [0.15, 0.33, 0.14, 0.08, 0.10, 0.12, 0.08]
        return [doc.data_table(self.s, headers, rows, widths, right=(3, 4, 5, 6)), note]


def _kg(totals: SeizureTotals, substance: Substance, unit: str) -> Decimal:
    quantity = totals.substances.get((substance, unit), Decimal(0))  # type: ignore[call-overload]
    return quantity / 1000 if unit == "g" else quantity
