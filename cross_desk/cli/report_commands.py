"""``cross-desk report case REF -o FILE.pdf`` and ``cross-desk report activity … -o FILE.pdf``.

An unknown reference, a path that cannot be written or a period with nothing recorded print one
line on stderr and exit 1 (``cli.main.run``); no half-written PDF is ever left behind.
"""

from __future__ import annotations

import argparse
from datetime import date, datetime
from pathlib import Path
from typing import Any

from cross_desk.cli.common import CliError, parse_date, signed_in
from cross_desk.domain.errors import ValidationError
from cross_desk.reports.i18n import LANGUAGES
from cross_desk.reports.model import ALL_SECTIONS, DEFAULT_MARKING, Section, parse_sections
from cross_desk.services.reports import default_period, month_of
from cross_desk.settings import Settings


def register(sub: Any) -> None:
    report = sub.add_parser("report", help="print a case dossier or the activity report to PDF (needs --user)")
    reports = report.add_subparsers(dest="report_command", metavar="KIND", required=True)

    p = reports.add_parser(
        "case",
        help="a case's dossier (find REF with `cross-desk cases`)",
        description="Print a case dossier: cover, contents, then the chosen sections. Sources appear by "
        "codename only and tips by their sanitised wording.",
    )
    p.add_argument("reference", metavar="REF", help="the case reference, e.g. CROSS-2026-0001")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf", help="where to write the PDF")
    p.add_argument(
        "--marking",
        default=DEFAULT_MARKING,
        help=f"protective marking printed on every page (default: « {DEFAULT_MARKING} »)",
    )
    p.add_argument(
        "--sections",
        type=_sections,
        default=ALL_SECTIONS,
        metavar="LIST",
        help=f"comma-separated sections to print (default: all): {','.join(s.value for s in ALL_SECTIONS)}",
    )
    p.add_argument("--language", choices=LANGUAGES, default="fr", help="language of the document (default: fr)")
    p.set_defaults(run=_cmd_case)

    p = reports.add_parser(
        "activity",
        help="the unit's activity report for a period (default: last complete month)",
        description="Print the activity report: seizures, arrests, fixed fines, deal points dismantled and "
        "tips, by district, beside the previous period; bar charts; significant cases. Give --from and --to, "
        "or --month, or nothing for the last complete month.",
    )
    p.add_argument("--from", dest="start", type=parse_date, metavar="DATE", help="first day (2026-03-01 or 01/03/2026)")
    p.add_argument("--to", dest="end", type=parse_date, metavar="DATE", help="last day, included")
    p.add_argument("--month", type=_month, metavar="YYYY-MM", help="a calendar month instead of --from/--to")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf", help="where to write the PDF")
    p.add_argument("--language", choices=LANGUAGES, default="fr", help="language of the document (default: fr)")
    p.set_defaults(run=_cmd_activity)


def _sections(text: str) -> tuple[Section, ...]:
    try:
        return parse_sections(text)
    except ValidationError as err:
        raise argparse.ArgumentTypeError(str(err)) from None


def _month(text: str) -> tuple[date, date]:
    try:
        return month_of(datetime.strptime(text.strip(), "%Y-%m").date())
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a month: write 2026-03") from None


def _cmd_case(args: argparse.Namespace) -> int:
    unit = Settings.load(args.database).unit_name
    with signed_in(args) as services:
        case = services.cases.find(args.reference)
        result = services.reports.case_dossier(
            case.id, args.output, marking=args.marking, sections=args.sections, language=args.language, unit=unit
        )
    print(f"Wrote {result.path} ({result.pages} pages): dossier {case.reference}, marking « {args.marking} ».")
    return 0


def _cmd_activity(args: argparse.Namespace) -> int:
    if args.month and (args.start or args.end):
        raise CliError("Give either --month or --from/--to, not both.")
    if (args.start is None) != (args.end is None):
        raise CliError("Give both --from and --to (or --month, or neither for the last complete month).")
    start, end = args.month or ((args.start, args.end) if args.start else default_period())
    unit = Settings.load(args.database).unit_name
    with signed_in(args) as services:
        result = services.reports.activity(start, end, args.output, language=args.language, unit=unit)
    print(f"Wrote {result.path} ({result.pages} pages): activity from {start:%d/%m/%Y} to {end:%d/%m/%Y}.")
    return 0
