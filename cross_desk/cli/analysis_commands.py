"""``cross-desk analyse …``: the link-analysis questions on a case, around records, or on the
whole database, printed as a table (or written as CSV) for an analyst's notes or a script.

Scope: ``--case REF``, or ``--around ID [ID …] --hops N``, or nothing for the whole database.
Long computations show their progress on stderr when it is a terminal; Ctrl+C stops them.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any
from uuid import UUID

from cross_desk.analysis.results import CommunityEvent, Metric, Node, PathMode
from cross_desk.cli.common import CliError, parse_date, positive_int, signed_in
from cross_desk.services import Services
from cross_desk.services.analysis import Scope

METRIC_NAMES = {m.value: m for m in Metric}


def register(sub: Any) -> None:
    analyse = sub.add_parser(
        "analyse",
        help="link analysis: key players, paths, groups, brokers, weak points, changes (needs --user)",
        description="Answer one link-analysis question on a case (--case), the records around some "
        "(--around), or the whole database (default). Sources appear by codename only.",
    )
    questions = analyse.add_subparsers(dest="analyse_command", metavar="QUESTION", required=True)

    def question(name: str, help_text: str, run: Callable[[argparse.Namespace], int]) -> argparse.ArgumentParser:
        p = questions.add_parser(name, help=help_text, description=help_text[0].upper() + help_text[1:] + ".")
        scope = p.add_mutually_exclusive_group()
        scope.add_argument("--case", metavar="REF", help="analyse this case's records and links")
        scope.add_argument("--around", nargs="+", metavar="ID", help="analyse the records within --hops of these")
        p.add_argument("--hops", type=int, default=2, help="with --around: how many links out (default: 2)")
        p.add_argument("--csv", type=Path, metavar="FILE", help="write the table as CSV (UTF-8) instead")
        p.set_defaults(run=run)
        return p

    p = question("key-players", "who is central: every record ranked by a centrality measure", _cmd_key_players)
    p.add_argument("--rank-by", choices=sorted(METRIC_NAMES), default=Metric.BETWEENNESS.value)
    p.add_argument("--top", type=positive_int, default=20, help="how many to print (default: 20)")
    p.add_argument(
        "--sample",
        type=positive_int,
        help="estimate betweenness from this many records (default: exact up to a size, then sampled)",
    )

    p = question("path", "how two records are connected: the shortest ways, with the links along them", _cmd_path)
    p.add_argument("a", metavar="ID_A")
    p.add_argument("b", metavar="ID_B")
    ways = p.add_mutually_exclusive_group()
    ways.add_argument("--k", type=positive_int, help="the K shortest ways instead of every shortest one")
    ways.add_argument("--up-to", type=positive_int, metavar="N", help="every way of at most N links")

    p = question("groups", "which groups exist (seeded: the same data gives the same groups)", _cmd_groups)
    p.add_argument("--method", choices=("louvain", "leiden"), default="louvain")
    p.add_argument("--resolution", type=float, default=1.0, help="above 1: more, smaller groups (default: 1)")
    p.add_argument("--members", action="store_true", help="list every member, not only the centre")

    p = question("brokers", "who connects two cases: records carrying the shortest ways between them", _cmd_brokers)
    p.add_argument("--between", nargs=2, required=True, metavar="REF", help="the two case references")
    p.add_argument("--top", type=positive_int, default=20)

    question("weak-points", "records and relations whose removal splits the network", _cmd_weak_points)

    p = question("changes", "what changed between two dates: records, links, centrality, groups", _cmd_changes)
    p.add_argument("--from", dest="start", type=parse_date, required=True, metavar="DATE")
    p.add_argument("--to", dest="end", type=parse_date, required=True, metavar="DATE")
    p.add_argument("--lapse", type=int, default=90, help="a link not seen for this many days is gone (0: never)")


def _ids(texts: Iterable[str]) -> list[UUID]:
    out = []
    for text in texts:
        try:
            out.append(UUID(text))
        except ValueError:
            raise CliError(f"'{text}' is not a record id (see `cross-desk search`).") from None
    return out


def _scope(services: Services, args: argparse.Namespace) -> Scope:
    if args.case:
        return Scope.case(services.cases.find(args.case).id)
    if args.around:
        return Scope.around(_ids(args.around), args.hops)
    return Scope.everything()


class _Progress:
    """A percentage on stderr, on a terminal only (a script's stderr stays clean)."""

    def __init__(self) -> None:
        self.shown = -1
        self.on = sys.stderr.isatty()

    def __call__(self, done: int, total: int) -> None:
        if not self.on or total <= 0:
            return
        percent = 100 * done // total
        if percent != self.shown:
            self.shown = percent
            print(f"\r  {percent:3d} %", end="", file=sys.stderr, flush=True)

    def end(self) -> None:
        if self.on and self.shown >= 0:
            print("\r" + " " * 10 + "\r", end="", file=sys.stderr, flush=True)


def _table(args: argparse.Namespace, header: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    """Print aligned columns, or write CSV with ``--csv``."""
    if args.csv:
        try:
            with args.csv.open("w", newline="", encoding="utf-8") as out:
                writer = csv.writer(out)
                writer.writerow(header)
                writer.writerows(rows)
        except OSError as err:
            raise CliError(f"Cannot write {args.csv}: {err.strerror or err}.") from None
        print(f"Wrote {args.csv} ({len(rows)} rows).")
        return
    texts = [[str(c) for c in header], *[[_text(c) for c in row] for row in rows]]
    widths = [min(60, max(len(r[i]) for r in texts)) for i in range(len(header))]
    for k, row in enumerate(texts):
        print("  ".join(_cut(c, w).ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
        if k == 0:
            print("  ".join("-" * w for w in widths))


def _text(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.4g}"
    return "" if value is None else str(value)


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _who(node: Node) -> str:
    return f"{node.label} [{node.kind}]"


def _cmd_key_players(args: argparse.Namespace) -> int:
    rank_by = METRIC_NAMES[args.rank_by]
    progress = _Progress()
    with signed_in(args) as services:
        result = services.analysis.key_players(
            _scope(services, args),
            rank_by=rank_by,
            betweenness_sample=args.sample or "auto",
            progress=progress,
        )
    progress.end()
    metrics = list(result.metrics)
    rows = [
        [row.rank, row.node.label, row.node.kind, *(row.value(m) for m in metrics), str(row.node.id)]
        for row in result.rows[: (None if args.csv else args.top)]
    ]
    sample = f", betweenness sampled from {result.betweenness_sample}" if result.betweenness_sample else ""
    print(f"{result.nodes} records, {result.edges} linked pairs{sample} ({result.engine}).", file=sys.stderr)
    for note in result.notes:
        print(note, file=sys.stderr)
    _table(args, ["rank", "record", "kind", *(m.value for m in metrics), "id"], rows)
    return 0


def _cmd_path(args: argparse.Namespace) -> int:
    a, b = _ids([args.a, args.b])
    mode = PathMode.K_SHORTEST if args.k else PathMode.ALL_UP_TO if args.up_to else PathMode.SHORTEST
    with signed_in(args) as services:
        scope = _scope(services, args) if (args.case or args.around) else Scope.around([a, b], args.hops)
        result = services.analysis.paths(scope, a, b, mode=mode, k=args.k or 3, max_hops=args.up_to or 4)
    if not result.connected:
        print(f"{_who(result.source)} and {_who(result.target)} are not connected within this scope.")
        return 0
    rows = []
    for number, path in enumerate(result.paths, 1):
        for step in path.steps:
            arrow = "←" if step.forward is False else "→"
            kinds = ", ".join(step.kinds) + (" (derived)" if step.derived else "")
            rows.append([number, path.hops, step.source.label, arrow, step.target.label, kinds])
    _table(args, ["way", "links", "from", "", "to", "link kinds"], rows)
    if result.truncated:
        print("There are more ways than shown: narrow the question (--k, --up-to).", file=sys.stderr)
    return 0


def _cmd_groups(args: argparse.Namespace) -> int:
    progress = _Progress()
    with signed_in(args) as services:
        result = services.analysis.communities(
            _scope(services, args), method=args.method, resolution=args.resolution, progress=progress
        )
    progress.end()
    print(
        f"{len(result.communities)} groups, modularity {result.modularity:.2f} "
        f"({result.method}, seed {result.seed}, {result.engine}).",
        file=sys.stderr,
    )
    if args.members:
        rows = [[c.index + 1, m.label, m.kind, str(m.id)] for c in result.communities for m in c.members]
        _table(args, ["group", "member", "kind", "id"], rows)
    else:
        rows = [[c.index + 1, c.size, c.central.label, c.central.kind] for c in result.communities]
        _table(args, ["group", "records", "centre", "kind"], rows)
    return 0


def _cmd_brokers(args: argparse.Namespace) -> int:
    progress = _Progress()
    with signed_in(args) as services:
        case_a, case_b = (services.cases.find(ref) for ref in args.between)
        result = services.analysis.brokers_between_cases(case_a.id, case_b.id, hops=args.hops, progress=progress)
    progress.end()
    print(
        f"{result.pairs_connected} of {result.pairs_total} pairs ({case_a.reference}, {case_b.reference}) "
        "are connected.",
        file=sys.stderr,
    )
    rows = [
        [b.rank, b.node.label, b.node.kind, b.paths_carried, f"{b.share:.0%}", b.group or "", str(b.node.id)]
        for b in result.rows[: (None if args.csv else args.top)]
    ]
    _table(args, ["rank", "broker", "kind", "ways carried", "share", "in case", "id"], rows)
    return 0


def _cmd_weak_points(args: argparse.Namespace) -> int:
    with signed_in(args) as services:
        result = services.analysis.cut_points(_scope(services, args))
    rows: list[list[Any]] = [[p.node.label, p.node.kind, p.pieces, p.cut_off, str(p.node.id)] for p in result.points]
    rows += [[f"{b.a.label} — {b.b.label}", ", ".join(b.kinds), 2, b.cut_off, ""] for b in result.bridges]
    _table(args, ["record or relation", "kind", "pieces", "cut off", "id"], rows)
    return 0


def _cmd_changes(args: argparse.Namespace) -> int:
    progress = _Progress()
    with signed_in(args) as services:
        result = services.analysis.changes(
            _scope(services, args), args.start, args.end, stale_after_days=args.lapse or None, progress=progress
        )
    progress.end()
    rows: list[list[Any]] = []
    rows += [["new record", n.label, n.kind, ""] for n in result.added_entities]
    rows += [["gone quiet", n.label, n.kind, ""] for n in result.gone_entities]
    rows += [["new link", f"{x.source.label} — {x.target.label}", x.kind, ""] for x in result.added_links]
    rows += [["lapsed link", f"{x.source.label} — {x.target.label}", x.kind, ""] for x in result.gone_links]
    for event in result.community_changes:
        if event.event != CommunityEvent.CONTINUED or event.joined or event.left:
            detail = f"before {list(event.before)}, after {list(event.after)}"
            rows.append([f"group {event.event.value}", detail, "", f"+{len(event.joined)} −{len(event.left)}"])
    rows += [
        [f"{c.metric.value}", c.node.label, c.node.kind, f"{c.before:.4g} → {c.after:.4g}"]
        for c in result.metric_changes
    ]
    print(
        f"From {result.before:%d/%m/%Y} to {result.after:%d/%m/%Y}: records +{len(result.added_entities)} "
        f"−{len(result.gone_entities)}, links +{len(result.added_links)} −{len(result.gone_links)}, groups "
        f"{len(result.communities_before.communities)} → {len(result.communities_after.communities)}.",
        file=sys.stderr,
    )
    _table(args, ["change", "what", "kind", "value"], rows)
    return 0
