"""Reports: a case dossier and the unit's activity report, as PDF files.

Each use case gathers what the report needs in one unit of work, then lets ``cross_desk.reports``
lay it out (outside the transaction: a long layout holds no database lock). Tips reach the
builders only as ``TipEntry`` (codename, sanitised text): a source's true identity and a tip's
original wording are never read here.

GUI use (in a background job): ``services.reports.case_dossier(case_id, path, marking, sections,
language, progress)`` and ``services.reports.activity(start, end, path, language, progress)``;
``progress(fraction, what)`` is called from the worker thread, and raising from it (e.g. a
cancel) abandons the report without leaving a file behind.
"""

from __future__ import annotations

import calendar
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path
from uuid import UUID

from cross_desk.analysis import centrality
from cross_desk.analysis import layout as chart_layout
from cross_desk.analysis.graph import build_graph
from cross_desk.analysis.results import Metric
from cross_desk.domain import records as r
from cross_desk.domain.access import Action
from cross_desk.domain.errors import DomainError, ValidationError
from cross_desk.domain.kinds import EntityKind, EventKind, LinkKind, NetworkRole, QuantityUnit, Substance, TipChannel
from cross_desk.domain.security import AuditAction
from cross_desk.reports.activity import build_activity_report
from cross_desk.reports.document import check_writable
from cross_desk.reports.dossier import build_case_dossier
from cross_desk.reports.i18n import Words
from cross_desk.reports.model import (
    ALL_SECTIONS,
    DEFAULT_MARKING,
    ActivityData,
    CaseActivity,
    DossierData,
    KeyPlayer,
    PeriodFigures,
    PrintOptions,
    Progress,
    Section,
    TipEntry,
    no_progress,
)
from cross_desk.services.base import UseCases
from cross_desk.store import report_queries as q
from cross_desk.store import restriction
from cross_desk.store.repository import Repository

#: people listed in the key players table
KEY_PLAYERS = 20
LAYOUT_SEED = 2026
#: share of the progress bar spent reading the database and computing the chart
_GATHER = 0.25
SIGNIFICANT_CASES = 20


class EmptyPeriod(DomainError):
    """Nothing was recorded in the period asked for."""


@dataclass(frozen=True)
class PrintRecord:
    """Who printed which dossier, when, under which marking (also written to the audit log)."""

    username: str
    workstation: str
    at: datetime
    case_id: UUID
    reference: str
    marking: str
    sections: tuple[Section, ...]
    language: str
    pages: int


@dataclass(frozen=True)
class ReportResult:
    path: Path
    pages: int
    record: PrintRecord | None = None


# --- periods ------------------------------------------------------------------------------------


def month_of(day: date) -> tuple[date, date]:
    last = calendar.monthrange(day.year, day.month)[1]
    return day.replace(day=1), day.replace(day=last)


def default_period(today: date | None = None) -> tuple[date, date]:
    """The last complete calendar month: what a unit reports upward at the start of a month."""
    today = today or date.today()
    return month_of(today.replace(day=1) - timedelta(days=1))


def previous_period(start: date, end: date) -> tuple[date, date]:
    """The period to compare with: the previous month for a calendar month, else the same
    number of days just before."""
    if start.day == 1 and (start, end) == month_of(start):
        return month_of(start - timedelta(days=1))
    days = (end - start).days + 1
    return start - timedelta(days=days), start - timedelta(days=1)


def _period(start: date, end: date) -> q.Period:
    # Local midnights: the unit's day, not UTC's (an arrest at 00:30 belongs to that day).
    since = datetime.combine(start, time()).astimezone()
    until = datetime.combine(end + timedelta(days=1), time()).astimezone()
    return q.Period(start, end, since, until)


# --- analysis for the dossier: the analysis module's, so every screen prints the same numbers ---


def layout(graph: r.GraphData, seed: int = LAYOUT_SEED) -> dict[UUID, tuple[float, float]]:
    """Chart positions for a case: the chart view's force layout (``cross_desk.analysis.layout``),
    so the printed chart reads like the one on screen. Deterministic for a seed."""
    return chart_layout.compute(chart_layout.graph_from(graph), chart_layout.Algorithm.FORCE, seed=seed)


def key_players(graph: r.GraphData, limit: int = KEY_PLAYERS) -> tuple[list[KeyPlayer], int]:
    """The case's most central people and the betweenness sample size (0 when exact).

    The ranking and the figures are ``centrality.key_players``'s with its defaults, the ones
    ``cross-desk analyse key-players`` and the chart's analysis panel show: a dossier never
    prints a degree or a betweenness another screen contradicts. Only people are listed.
    """
    ranked = centrality.key_players(build_graph(graph), metrics=(Metric.BETWEENNESS,), rank_by=Metric.BETWEENNESS)
    people = [row for row in ranked.rows if row.node.kind == EntityKind.PERSON.value][:limit]
    players = [
        KeyPlayer(row.node.id, row.node.label, EntityKind.PERSON, row.degree, row.betweenness or 0.0) for row in people
    ]
    return players, ranked.betweenness_sample or 0


def _scaled(progress: Progress, start: float, end: float) -> Progress:
    def report(fraction: float, what: str) -> None:
        progress(start + (end - start) * max(0.0, min(1.0, fraction)), what)

    return report


class Reports(UseCases):
    def case_dossier(
        self,
        case_id: UUID,
        path: Path | str,
        marking: str = DEFAULT_MARKING,
        sections: Sequence[Section] = ALL_SECTIONS,
        language: str = "fr",
        progress: Progress | None = None,
        *,
        positions: Mapping[UUID, tuple[float, float]] | None = None,
        players: Sequence[KeyPlayer] | None = None,
        unit: str = "",
    ) -> ReportResult:
        """Print a case's dossier to ``path``.

        ``positions`` (node id → x, y in any units) lets the chart view pass its own layout;
        ``players`` lets the analysis panel pass its key players. Without them, this asks the
        analysis module for a layout and for the key players (``layout``, ``key_players``).
        """
        self.require(Action.PRINT_DOSSIER)
        progress = progress or no_progress
        Words(language)  # refuse an unknown language before any work
        options = PrintOptions(marking, language, author=self.who, unit=unit).validated()
        target = check_writable(Path(path))
        if not sections:
            raise ValidationError("sections", "Choose at least one section to print.")
        progress(0.0, "reading")
        data = self._dossier_data(case_id)
        progress(_GATHER * 0.5, "analysis")
        if positions is not None:
            data.positions = dict(positions)
        elif Section.CHART in sections:
            data.positions = layout(data.graph)
        if players is not None:
            data.key_players = list(players)
        elif Section.KEY_PLAYERS in sections:
            data.key_players, data.betweenness_sample = key_players(data.graph)
        pages = build_case_dossier(
            data, target, sections, options, _scaled(progress, _GATHER, 1.0), scheme=self.ctx.scheme
        )
        record = PrintRecord(
            username=self.who,
            workstation=self.ctx.actor.workstation,
            at=options.printed_at,
            case_id=data.case.id,
            reference=data.case.reference,
            marking=options.marking,
            sections=tuple(s for s in ALL_SECTIONS if s in set(sections)),
            language=options.language,
            pages=pages,
        )
        self._record_print(record, target)
        return ReportResult(target, pages, record)

    def _dossier_data(self, case_id: UUID) -> DossierData:
        with self.uow() as uow:
            case = self.open_case(uow, uow.repo.get_case(case_id))
            members = uow.repo.member_ids(case_id)
            entities = uow.repo.get_entities(members)
            links = uow.repo.links_touching(members)
            tips = [e for e in entities if isinstance(e, r.Tip)]
            # Sources by codename only: the Source record never holds the true identity.
            source_ids = list({t.source_id for t in tips if t.source_id is not None})
            codenames = {s.id: s.codename for s in uow.repo.get_entities(source_ids) if isinstance(s, r.Source)}
        nodes = {e.id: e.ref() for e in entities}
        kept = [link for link in links if link.source_id in nodes and link.target_id in nodes]
        roles: dict[UUID, list[NetworkRole]] = {}
        for link in kept:
            if link.role is not None and link.kind in (LinkKind.MEMBER_OF, LinkKind.MANAGES):
                roles.setdefault(link.source_id, []).append(link.role)
        return DossierData(
            case=case,
            people=[e for e in entities if isinstance(e, r.Person)],
            vehicles=[e for e in entities if isinstance(e, r.Vehicle)],
            phones=[e for e in entities if isinstance(e, r.Phone)],
            locations=[e for e in entities if isinstance(e, r.Location)],
            organisations=[e for e in entities if isinstance(e, r.Organisation)],
            tips=[TipEntry.of(t, codenames.get(t.source_id, "") if t.source_id else "") for t in tips],
            seizures=[e for e in entities if isinstance(e, r.Seizure)],
            events=[e for e in entities if isinstance(e, r.Event)],
            graph=r.GraphData(nodes=nodes, links=kept),
            roles=roles,
        )

    def _record_print(self, record: PrintRecord, target: Path) -> None:
        """Log a dossier print in the audit trail (who, when, which case, which marking).

        A dossier that cannot be logged is not handed out: if the audit row cannot be written,
        the PDF is removed and the error raised.
        """
        try:
            with self.uow() as uow:
                self.audit(
                    uow,
                    AuditAction.PRINT,
                    [record.case_id],
                    document="case_dossier",
                    reference=record.reference,
                    marking=record.marking,
                    sections=[s.value for s in record.sections],
                    language=record.language,
                    pages=record.pages,
                    file=target.name,
                )
                uow.commit()
        except BaseException:
            target.unlink(missing_ok=True)
            raise

    # --- the activity report ---------------------------------------------------------------------

    def activity_data(self, start: date, end: date) -> ActivityData:
        """The figures of ``start``..``end`` (inclusive) and of the period before, by district."""
        self.require(Action.ACTIVITY_REPORT)
        if end < start:
            raise ValidationError("end", f"The period ends ({end:%d/%m/%Y}) before it starts ({start:%d/%m/%Y}).")
        before = previous_period(start, end)
        with self.uow() as uow:
            # Restricted cases the reader is not on leave no trace: their own tips, seizures and
            # events are not counted, and they are not listed. Supervisors are not insiders by
            # role; the report says so in a note printed on every copy, whoever prints it.
            outside = restriction.outside_cases(uow.repo, self.who)
            current = _figures(uow.repo, start, end, outside)
            previous = _figures(uow.repo, *before, outside)
            period = _period(start, end)
            activity = {row.case_id: row for row in q.case_activity(uow.repo, period)}
            touched = set(activity) | set(q.cases_opened_or_closed(uow.repo, period))
            cases = {c.id: c for c in uow.repo.list_cases() if c.id in touched and c.id not in outside}
        rows = []
        for case_id, case in cases.items():
            row = activity.get(case_id)
            rows.append(
                CaseActivity(
                    case=case,
                    seizures=row.seizures if row else 0,
                    weight_kg=Decimal(row.weight_micro_kg) / 1_000_000 if row else Decimal(0),
                    cash_eur=Decimal(row.cash_cents) / 100 if row else Decimal(0),
                    arrests=row.arrests if row else 0,
                )
            )
        rows.sort(key=lambda c: (-c.weight_kg, -c.cash_eur, -c.arrests, -c.seizures, c.case.reference))
        return ActivityData(current=current, previous=previous, cases=rows[:SIGNIFICANT_CASES])

    def activity(
        self,
        start: date,
        end: date,
        path: Path | str,
        language: str = "fr",
        progress: Progress | None = None,
        *,
        unit: str = "",
    ) -> ReportResult:
        """Print the unit's activity report for ``start``..``end`` (inclusive) to ``path``."""
        self.require(Action.ACTIVITY_REPORT)
        progress = progress or no_progress
        Words(language)
        options = PrintOptions("Diffusion restreinte", language, author=self.who, unit=unit or "CROSS").validated()
        target = check_writable(Path(path))
        progress(0.0, "reading")
        data = self.activity_data(start, end)
        if data.current.is_empty():
            raise EmptyPeriod(
                f"Nothing was recorded from {start:%d/%m/%Y} to {end:%d/%m/%Y} (no seizure, arrest, fine, "
                "dismantled deal point or tip): no report written."
            )
        pages = build_activity_report(data, target, options, _scaled(progress, _GATHER, 1.0))
        try:
            with self.uow() as uow:
                self.audit(
                    uow,
                    AuditAction.PRINT,
                    document="activity_report",
                    start=start.isoformat(),
                    end=end.isoformat(),
                    marking=options.marking,
                    pages=pages,
                    file=target.name,
                )
                uow.commit()
        except BaseException:
            target.unlink(missing_ok=True)
            raise
        return ReportResult(target, pages)


def _figures(repo: Repository, start: date, end: date, outside: Sequence[UUID] = ()) -> PeriodFigures:
    period = _period(start, end)
    figures = PeriodFigures(start, end)
    for row in q.seizures(repo, period, outside):
        totals = figures.district(row.district).seizures
        totals.count += row.seizures
        totals.cash_eur += Decimal(row.cash_cents) / 100
        totals.weapons += row.weapons
        totals.vehicles += row.vehicles
    for line in q.substances(repo, period, outside):
        figures.district(line.district).seizures.add_line(
            Substance(line.substance), Decimal(line.quantity_milli) / 1000, QuantityUnit(line.unit)
        )
    for event in q.events(repo, period, (EventKind.ARREST, EventKind.FIXED_FINE), outside):
        fig = figures.district(event.district)
        if event.event_kind == EventKind.ARREST.value:
            fig.arrests += event.people
        else:
            fig.fixed_fines += event.events
    for district, n in q.dismantled_deal_points(repo, period).items():
        figures.district(district).dismantled += n
    for tip in q.tips(repo, period, outside):
        figures.district(tip.district).tips += tip.tips
        channel = TipChannel(tip.channel)
        figures.tips_by_channel[channel] = figures.tips_by_channel.get(channel, 0) + tip.tips
        figures.tips_by_grade[tip.grade] = figures.tips_by_grade.get(tip.grade, 0) + tip.tips
    return figures
