"""Search on the large demo: the median time of ``services.search.search`` over varied queries.

The database is ``bench_store``'s large demo (100 000 people, built when missing). Queries are
drawn from it with a fixed seed and typed the ways an investigator types them: surnames in lower
case, "given surname", aliases, surnames with a letter doubled or dropped (spelling variants),
plates without dashes or with spaces, phone numbers in national, +33 and 0033 forms, IMEIs,
codenames and case references.

Baseline, measured in the same run on the same folded terms: a plain ``LIKE '%…%'`` scan of the
search terms (what a store without the trigram index would do), with the same join and limit.
"""

from __future__ import annotations

import random
import sqlite3
import statistics
import time
from pathlib import Path
from typing import Any

from benchmarks.bench_store import ACTOR, LARGE_DB, _fresh
from benchmarks.registry import Result, benchmark
from cross_desk.bootstrap import open_app
from cross_desk.demo.generator import SIZES
from cross_desk.domain.identifiers import format_phone
from cross_desk.services.search import query_terms
from cross_desk.settings import Settings

SEED = 5
PER_KIND = 6
LIMIT = 200


def _database() -> Path:
    if not LARGE_DB.exists():
        app = _fresh(LARGE_DB)
        app.services.demo.load(SIZES["large"], seed=2026)
        app.close()
    return LARGE_DB


def _sample(conn: sqlite3.Connection, sql: str, n: int, rng: random.Random) -> list[Any]:
    rows = conn.execute(sql).fetchall()
    return rng.sample(rows, min(n, len(rows)))


def _misspell(word: str, rng: random.Random) -> str:
    i = rng.randrange(1, len(word) - 1)
    return word[:i] + word[i] + word[i:] if rng.random() < 0.5 else word[:i] + word[i + 1 :]


def queries(path: Path) -> list[tuple[str, str]]:
    """(what, query) pairs drawn from the database with a fixed seed."""
    rng = random.Random(SEED)
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        out: list[tuple[str, str]] = []
        people = _sample(conn, "SELECT surname, given_names, aliases FROM person", 400, rng)
        for surname, _given, _aliases in people[:PER_KIND]:
            out.append(("surname", surname.lower()))
        for surname, given, _aliases in people[PER_KIND : 2 * PER_KIND]:
            out.append(("given surname", f"{given} {surname}"))
        aliased = [p for p in people if p[2] and p[2] != "[]"]
        for _s, _g, aliases in aliased[:PER_KIND]:
            out.append(("alias", aliases.strip('[]"').split('", "')[0]))
        for surname, _g, _a in people[3 * PER_KIND : 4 * PER_KIND]:
            if len(surname) >= 5:
                out.append(("spelling variant", _misspell(surname.lower(), rng)))
        for (plate,) in _sample(conn, "SELECT plate FROM vehicle WHERE plate != ''", PER_KIND, rng):
            loose = plate.lower() if rng.random() < 0.5 else f"{plate[:2]} {plate[2:5]} {plate[5:]}"
            out.append(("plate", loose))
        phones = _sample(conn, "SELECT number FROM phone WHERE number != ''", 3 * PER_KIND // 2, rng)
        for i, (number,) in enumerate(phones):
            national = format_phone(number)
            out.append(("phone", [national, number, "00" + number[1:]][i % 3]))
        for (imei,) in _sample(conn, "SELECT imei FROM phone WHERE imei != ''", PER_KIND // 2, rng):
            out.append(("IMEI", imei))
        for (codename,) in _sample(conn, "SELECT codename FROM source", PER_KIND // 2, rng):
            out.append(("codename", codename.lower()))
        for (reference,) in _sample(conn, "SELECT reference FROM case_file", PER_KIND // 2, rng):
            out.append(("case", reference[-9:]))
        return out
    finally:
        conn.close()


def _like_scan(conn: sqlite3.Connection, query: str) -> int:
    terms = query_terms(query)
    if not terms:
        return 0
    where = " OR ".join("term LIKE ?" for _ in terms)
    rows = conn.execute(
        "SELECT e.id, e.kind, e.label FROM entity e WHERE e.deleted = 0 AND e.id IN "
        f"(SELECT entity_id FROM search_term WHERE {where}) ORDER BY e.kind, e.label LIMIT {LIMIT}",
        [f"%{t}%" for t in terms],
    ).fetchall()
    return len(rows)


@benchmark("search_100000", "median time of a search (names, aliases, plates, phones…) among 100 000 people")
def search_100000() -> Result:
    path = _database()
    app = open_app(Settings(f"sqlite:///{path}"), actor=ACTOR)
    services = app.services
    asked = queries(path)
    for _what, q in asked[:5]:  # warm the page cache and the connection pool
        services.search.search(q, limit=LIMIT)
    times: list[float] = []
    empty: list[str] = []
    by_kind: dict[str, list[float]] = {}
    for what, q in asked:
        start = time.perf_counter()
        results = services.search.search(q, limit=LIMIT)
        elapsed = (time.perf_counter() - start) * 1000
        times.append(elapsed)
        by_kind.setdefault(what, []).append(elapsed)
        if not len(results):
            empty.append(q)
    app.close()

    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    baseline: list[float] = []
    for _what, q in asked:
        start = time.perf_counter()
        _like_scan(conn, q)
        baseline.append((time.perf_counter() - start) * 1000)
    conn.close()

    median = statistics.median(times)
    p90 = statistics.quantiles(times, n=10)[-1]
    slowest = max(by_kind, key=lambda k: statistics.median(by_kind[k]))
    note = (
        f"{len(asked)} queries, p90 {p90:.1f} ms, slowest kind '{slowest}' "
        f"(median {statistics.median(by_kind[slowest]):.1f} ms); {len(empty)} found nothing; "
        f"target median < 100 ms; baseline: LIKE '%…%' scan of the folded terms"
    )
    return Result(median, "ms", statistics.median(baseline), "ms", note=note)
