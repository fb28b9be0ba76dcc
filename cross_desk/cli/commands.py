"""The subcommands. Each ``_cmd_*`` opens the app, calls services, prints plain text."""

from __future__ import annotations

import argparse
from typing import Any
from uuid import UUID

from cross_desk.cli.common import CliError, open_from_args
from cross_desk.domain.kinds import EntityKind
from cross_desk.services.demo import SIZES, DemoSpec


def register(sub: Any) -> None:
    p = sub.add_parser("init", help="create the database, or upgrade it to the current schema")
    p.set_defaults(run=_cmd_init)

    p = sub.add_parser(
        "demo",
        help="fill the database with fictional, generated demo data",
        description="Fill the database with fictional demo data (deterministic for a given seed). "
        "An empty database is required unless --force is given.",
    )
    p.add_argument("--size", choices=sorted(SIZES), default="small", help="preset size (default: small)")
    p.add_argument("--people", type=_positive, help="number of people (overrides the preset)")
    p.add_argument("--links", type=_positive, help="approximate number of links (overrides the preset)")
    p.add_argument("--seed", type=int, default=2026, help="random seed (default: 2026)")
    p.add_argument("--force", action="store_true", help="add demo data even if the database holds records")
    p.set_defaults(run=_cmd_demo)

    p = sub.add_parser("cases", help="list the cases: reference, title, status")
    p.add_argument("--open", action="store_true", help="only cases not closed")
    p.set_defaults(run=_cmd_cases)

    p = sub.add_parser("list", help="list records of one kind")
    p.add_argument("kind", choices=[k.value for k in EntityKind])
    p.add_argument("--limit", type=_positive, default=50)
    p.set_defaults(run=_cmd_list)

    p = sub.add_parser("search", help="find records by name, alias, plate, phone, IMEI, codename, case")
    p.add_argument("query")
    p.set_defaults(run=_cmd_search)

    p = sub.add_parser("show", help="show one record and its links")
    p.add_argument("id", help="the record's id (as printed by list or search)")
    p.set_defaults(run=_cmd_show)


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if value <= 0:
        raise argparse.ArgumentTypeError("must be more than zero")
    return value


def _cmd_init(args: argparse.Namespace) -> int:
    app = open_from_args(args, upgrade=True)
    print(f"Database ready: {app.services.database}")
    app.close()
    return 0


def _cmd_demo(args: argparse.Namespace) -> int:
    app = open_from_args(args, upgrade=True)
    try:
        existing = app.services.records.count()
        if existing and not args.force:
            print(
                f"The database {app.services.database} already holds {existing} records: "
                "demo data not added (use --force to add it anyway)."
            )
            return 0
        spec = SIZES[args.size]
        if args.people or args.links:
            spec = DemoSpec(people=args.people or spec.people, links=args.links or spec.links)
        summary = app.services.demo.load(spec, seed=args.seed)
        print(f"Demo data loaded into {app.services.database}:")
        for name, count in summary.items():
            print(f"  {name}: {count}")
        return 0
    finally:
        app.close()


def _cmd_cases(args: argparse.Namespace) -> int:
    app = open_from_args(args)
    try:
        for case in app.services.cases.list(include_closed=not args.open):
            print(f"{case.reference}\t{case.title}\t{case.status.value}")
        return 0
    finally:
        app.close()


def _cmd_list(args: argparse.Namespace) -> int:
    app = open_from_args(args)
    try:
        for ref in app.services.records.list(EntityKind(args.kind), limit=args.limit):
            print(f"{ref.id}\t{ref.label}")
        return 0
    finally:
        app.close()


def _cmd_search(args: argparse.Namespace) -> int:
    app = open_from_args(args)
    try:
        results = app.services.search.search(args.query)
        if not len(results):
            print(f"Nothing found for '{args.query}'.")
            return 0
        for case in results.cases:
            print(f"case\t{case.reference}\t{case.title}")
        for kind, refs in results.by_kind().items():
            for ref in refs:
                print(f"{kind.value}\t{ref.id}\t{ref.label}")
        return 0
    finally:
        app.close()


def _cmd_show(args: argparse.Namespace) -> int:
    try:
        entity_id = UUID(args.id)
    except ValueError:
        raise CliError(f"'{args.id}' is not a record id.") from None
    app = open_from_args(args)
    try:
        detail = app.services.records.detail(entity_id)
        entity = detail.entity
        print(f"{entity.KIND.value}: {entity.label()}")
        print(f"  id: {entity.id}   from: {entity.agency.value} {entity.unit}".rstrip())
        for case in detail.cases:
            print(f"  case: {case.reference} — {case.title}")
        for link in detail.links:
            other = link.target_id if link.source_id == entity.id else link.source_id
            ref = detail.neighbours.get(other)
            arrow = "→" if link.source_id == entity.id else "←"
            role = f" ({link.role.value})" if link.role else ""
            print(f"  {arrow} {link.kind.value}{role}: {ref.label if ref else other}")
        return 0
    finally:
        app.close()
