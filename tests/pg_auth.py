"""Password authentication on the PostgreSQL test server, for the tests of per-user sign-in.

``.ci/postgres.sh`` starts the server with ``trust`` authentication, where any password opens
any login: a wrong password could not be refused there. ``pg_template`` (tests/conftest.py) makes the
server ask every login but the owner for its password (scram-sha-256), as a unit's server does,
before any PostgreSQL test runs. The owner keeps ``trust``, as the suite connects as the owner
without a password. The lines are added once, marked, and left in place: the server is a
throwaway one.
"""

from __future__ import annotations

from sqlalchemy import text

from cross_desk.store.database import make_engine

MARK = "# cross_desk tests: logins other than the owner give their password"


def require_passwords(params: dict[str, str]) -> None:
    """Put scram-sha-256 lines for every login but the owner's at the top of pg_hba.conf."""
    from tests.conftest import pg_url

    engine = make_engine(pg_url(params, "postgres"))
    try:
        with engine.begin() as conn:
            hba_file = conn.execute(text("SHOW hba_file")).scalar_one()
            current = conn.execute(text("SELECT pg_read_file(:f)"), {"f": hba_file}).scalar_one()
            if MARK in current:
                return
            owner = params["user"]
            lines = [
                MARK,
                f"local all {owner} trust",
                f"host all {owner} 127.0.0.1/32 trust",
                f"host all {owner} ::1/128 trust",
                "local all all scram-sha-256",
                "host all all 127.0.0.1/32 scram-sha-256",
                "host all all ::1/128 scram-sha-256",
                *current.splitlines(),
            ]
            # COPY writes one line per row (server side, as the server's own user); the lines
            # hold no tab or backslash, which COPY's text format would escape.
            values = ", ".join(f"({n}, {_literal(line)})" for n, line in enumerate(lines))
            path = hba_file.replace("'", "''")
            conn.execute(text(f"COPY (SELECT line FROM (VALUES {values}) AS v(n, line) ORDER BY n) TO '{path}'"))
            conn.execute(text("SELECT pg_reload_conf()"))
    finally:
        engine.dispose()


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"
