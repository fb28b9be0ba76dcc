"""The subcommands. Each ``_cmd_*`` opens the app, calls services, prints plain text."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import Any
from uuid import UUID

from cross_desk.bootstrap import decrypt_database, encrypt_database
from cross_desk.cli.analysis_commands import register as register_analysis
from cross_desk.cli.common import CliError, as_workstation, opened, positive_int, read_passphrase, signed_in
from cross_desk.cli.report_commands import register as register_reports
from cross_desk.demo.generator import DEMO_ACCOUNTS, SIZES, DemoSpec
from cross_desk.domain.access import Role
from cross_desk.domain.errors import ValidationError
from cross_desk.domain.kinds import EntityKind
from cross_desk.domain.security import parse_head
from cross_desk.domain.text import escaped
from cross_desk.settings import Settings


def register(sub: Any) -> None:
    p = sub.add_parser("init", help="create the database, or upgrade it to the current schema")
    p.set_defaults(run=_cmd_init)

    p = sub.add_parser(
        "demo",
        help="fill the database with fictional, generated demo data",
        description="Fill the database with fictional demo data (deterministic for a given seed) and, "
        "if it has no accounts yet, one demo account per role. An empty database is required unless "
        "--force is given.",
    )
    p.add_argument("--size", choices=sorted(SIZES), default="small", help="preset size (default: small)")
    p.add_argument("--people", type=positive_int, help="number of people (overrides the preset; at least 20)")
    p.add_argument("--links", type=positive_int, help="approximate number of links (overrides the preset)")
    p.add_argument("--seed", type=int, default=2026, help="random seed (default: 2026)")
    p.add_argument("--force", action="store_true", help="add demo data even if the database holds records")
    p.set_defaults(run=_cmd_demo)

    p = sub.add_parser("cases", help="list the cases: reference, title, status (needs --user)")
    p.add_argument("--open", action="store_true", help="only cases not closed")
    p.set_defaults(run=_cmd_cases)

    p = sub.add_parser("list", help="list records of one kind (needs --user)")
    p.add_argument("kind", choices=[k.value for k in EntityKind])
    p.add_argument("--limit", type=positive_int, default=50)
    p.set_defaults(run=_cmd_list)

    p = sub.add_parser("search", help="find records by name, alias, plate, phone, IMEI, codename, case (needs --user)")
    p.add_argument("query")
    p.set_defaults(run=_cmd_search)

    p = sub.add_parser("show", help="show one record and its links (needs --user)")
    p.add_argument("id", help="the record's id (as printed by list or search)")
    p.set_defaults(run=_cmd_show)

    user = sub.add_parser("user", help="manage accounts (administrators; the first account needs no sign-in)")
    users = user.add_subparsers(dest="user_command", metavar="ACTION", required=True)
    p = users.add_parser("add", help="add an account (on a database without accounts: the first administrator)")
    p.add_argument("username")
    p.add_argument("--role", choices=[r.value for r in Role], default=Role.INVESTIGATOR.value)
    p.add_argument("--name", default="", help="display name")
    p.set_defaults(run=_cmd_user_add)
    p = users.add_parser("disable", help="disable an account")
    p.add_argument("username")
    p.set_defaults(run=_cmd_user_disable)
    p = users.add_parser("reset-password", help="set a new password for an account")
    p.add_argument("username")
    p.set_defaults(run=_cmd_user_reset)
    p = users.add_parser("list", help="list accounts")
    p.set_defaults(run=_cmd_user_list)

    for name, what in (
        ("encrypt", "encrypt the local SQLite file with a passphrase (SQLCipher)"),
        ("decrypt", "turn an encrypted local SQLite file back into a plain one"),
    ):
        p = sub.add_parser(
            name,
            help=what,
            description=f"{what[0].upper()}{what[1:]}. The passphrase is asked, "
            "or read from CROSS_DESK_PASSPHRASE (encrypt also reads CROSS_DESK_NEW_PASSPHRASE).",
        )
        p.set_defaults(run=_cmd_encrypt if name == "encrypt" else _cmd_decrypt)

    audit = sub.add_parser("audit", help="the audit trail")
    audits = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    p = audits.add_parser(
        "verify",
        help="check the audit chain (no sign-in; prints no content)",
        description="Check every audit row's hash and its link to the previous row; report the first row "
        "altered, removed, inserted or re-ordered, then the head. Give a head recorded earlier (SEQ:HASH) to "
        "also catch a removed tail.",
    )
    p.add_argument("--head", help="a head recorded earlier, SEQ:HASH")
    p.add_argument("--head-file", type=Path, help="a file holding a head recorded earlier")
    p.add_argument("--write-head", type=Path, help="write the current head to this file (to keep elsewhere)")
    p.set_defaults(run=_cmd_audit_verify)

    register_reports(sub)  # report case / report activity (cli/report_commands.py)
    register_analysis(sub)  # analyse key-players / path / groups / … (cli/analysis_commands.py)


def _cmd_init(args: argparse.Namespace) -> int:
    with opened(args, upgrade=True) as app:
        print(f"Database ready: {app.description}")
        if not app.accounts.has_users():
            print("No accounts yet: create the administrator with `cross-desk user add NAME --role administrator`.")
    return 0


def _cmd_demo(args: argparse.Namespace) -> int:
    if args.people is not None and args.people < 20:
        raise CliError("A demo needs at least 20 people.")
    with as_workstation(args, upgrade=True) as services:
        existing = services.demo.existing_records()
        if existing and not args.force:
            print(
                f"The database {services.database} already holds {existing} records: "
                "demo data not added (use --force to add it anyway)."
            )
            return 0
        spec = SIZES[args.size]
        if args.people or args.links:
            spec = DemoSpec(people=args.people or spec.people, links=args.links or spec.links)
        summary = services.demo.load(spec, seed=args.seed)
        print(f"Demo data loaded into {services.database}:")
        for name, count in summary.items():
            print(f"  {name}: {count}")
        if summary.get("accounts"):
            print("Demo accounts (user / password — for the demo only):")
            for role, (username, password) in DEMO_ACCOUNTS.items():
                print(f"  {role.value:<15} {username:<15} {password}")
    return 0


def _cmd_cases(args: argparse.Namespace) -> int:
    with signed_in(args) as services:
        for case in services.cases.list(include_closed=not args.open):
            print(f"{case.reference}\t{case.title}\t{case.status.value}")
    return 0


def _cmd_list(args: argparse.Namespace) -> int:
    with signed_in(args) as services:
        for ref in services.records.list(EntityKind(args.kind), limit=args.limit):
            print(f"{ref.id}\t{ref.label}")
    return 0


def _cmd_search(args: argparse.Namespace) -> int:
    with signed_in(args) as services:
        results = services.search.search(args.query)
        if not len(results):
            # echoed escaped: a control, bidi or undecodable character (argv can carry a lone
            # surrogate) would garble the terminal or fail to print
            print(f"Nothing found for '{escaped(args.query)}'.")
            return 0
        for case in results.cases:
            print(f"case\t{case.reference}\t{case.title}")
        for kind, refs in results.by_kind().items():
            for ref in refs:
                approx = "\t(approximate)" if ref.id in results.approximate else ""
                print(f"{kind.value}\t{ref.id}\t{ref.label}{approx}")
    return 0


def _cmd_show(args: argparse.Namespace) -> int:
    try:
        entity_id = UUID(args.id)
    except ValueError:
        raise CliError(f"'{args.id}' is not a record id.") from None
    with signed_in(args) as services:
        detail = services.records.detail(entity_id)
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


def _cmd_user_add(args: argparse.Namespace) -> int:
    with opened(args) as app:
        if not app.accounts.has_users():
            if args.role != Role.ADMINISTRATOR.value:
                raise CliError("The first account must be an administrator: add --role administrator.")
            user = app.accounts.create_first_admin(args.username, _new_account_password(), args.name)
            print(f"Administrator '{user.username}' created.")
            return 0
    with signed_in(args) as services:
        user = services.users.add(args.username, _new_account_password(), Role(args.role), args.name)
        print(f"Account '{user.username}' ({user.role.value}) created.")
    return 0


def _new_account_password() -> str:
    """The new account's password: CROSS_DESK_NEW_PASSWORD, or asked twice at a terminal."""
    if "CROSS_DESK_NEW_PASSWORD" in os.environ:
        return os.environ["CROSS_DESK_NEW_PASSWORD"]
    if not sys.stdin.isatty():
        raise CliError("No new password: set CROSS_DESK_NEW_PASSWORD or run from a terminal to be asked.")
    first = getpass.getpass("New account's password: ")
    if getpass.getpass("Again: ") != first:
        raise CliError("The two passwords differ; nothing was changed.")
    return first


def _cmd_user_disable(args: argparse.Namespace) -> int:
    with signed_in(args) as services:
        services.users.disable(args.username)
        print(f"Account '{args.username}' disabled.")
    return 0


def _cmd_user_reset(args: argparse.Namespace) -> int:
    with signed_in(args) as services:
        services.users.reset_password(args.username, _new_account_password())
        print(f"Password of '{args.username}' changed.")
    return 0


def _cmd_user_list(args: argparse.Namespace) -> int:
    with signed_in(args) as services:
        for user in services.users.list():
            state = "disabled" if user.disabled else "locked" if user.locked_until else "active"
            print(f"{user.username}\t{user.role.value}\t{state}\t{user.display_name}")
    return 0


def _cmd_audit_verify(args: argparse.Namespace) -> int:
    expected = None
    try:
        if args.head:
            expected = parse_head(args.head)
        elif args.head_file:
            expected = parse_head(args.head_file.read_text(encoding="utf-8"))
    except OSError as err:
        raise CliError(f"Cannot read {args.head_file}: {err.strerror}.") from None
    except ValidationError as err:
        raise CliError(str(err)) from None
    with as_workstation(args) as services:
        report = services.audit.verify(expected)
    head = f"{report.head_seq}:{report.head_hash}"
    if report.restored:
        print(f"Append-only guards were missing and have been restored: {', '.join(report.restored)}.")
    if args.write_head:
        try:
            args.write_head.write_text(head + "\n", encoding="utf-8")
        except OSError as err:
            raise CliError(f"Cannot write {args.write_head}: {err.strerror}.") from None
    if report.ok:
        print(f"Audit chain intact: {report.rows} rows. Head {head}")
        return 0
    print(f"AUDIT CHAIN BROKEN: {report.problem}. Head {head}")
    return 3


def _cmd_encrypt(args: argparse.Namespace) -> int:
    settings = Settings.load(args.database)
    passphrase = os.environ.get("CROSS_DESK_NEW_PASSPHRASE")
    if passphrase is None:
        if not sys.stdin.isatty():
            raise CliError("No passphrase: set CROSS_DESK_NEW_PASSPHRASE or run from a terminal to be asked.")
        passphrase = getpass.getpass("New passphrase: ")
        if getpass.getpass("Again: ") != passphrase:
            raise CliError("The two passphrases differ; nothing was changed.")
    path = encrypt_database(settings, passphrase)
    print(f"{path} is now encrypted. Keep the passphrase safe: without it the data cannot be read.")
    return 0


def _cmd_decrypt(args: argparse.Namespace) -> int:
    path = decrypt_database(Settings.load(args.database), read_passphrase())
    print(f"{path} is no longer encrypted.")
    return 0
