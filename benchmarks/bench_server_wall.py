"""What the shared server's row-level security (migration 0008) costs a login.

Needs a PostgreSQL server: ``CROSS_DESK_BENCH_PG_URL`` is a URL of a login that may create
databases there (``.ci/postgres.sh start`` gives ``postgresql+psycopg://cross_desk_test@127.0.0.1:54329/postgres``).
The database ``cross_desk_bench_wall`` is made there once, with a demo of 20 000 people, whose
restricted case is led by ``superviseur.a``.

Figure: reading the whole database as a graph (``services.graphs.whole``) on ``enqueteur.a``'s
own login, outside that case, so every row goes through the policies' predicates.
Baseline, in the same run: the same read on ``superviseur.a``'s login, from whom nothing is
hidden, so the policies answer once per statement.
"""

from __future__ import annotations

import os

from sqlalchemy.engine import URL, make_url

from benchmarks.registry import Result, benchmark, timer
from cross_desk.bootstrap import open_app
from cross_desk.demo.generator import DEMO_ACCOUNTS, DemoSpec
from cross_desk.domain.access import Role
from cross_desk.domain.actor import Actor
from cross_desk.settings import Settings
from cross_desk.store import migrate
from cross_desk.store.database import make_engine

DATABASE = "cross_desk_bench_wall"
GATE_PASSWORD = "bench gate"


def _server() -> URL:
    url = os.environ.get("CROSS_DESK_BENCH_PG_URL")
    if not url:
        raise RuntimeError("set CROSS_DESK_BENCH_PG_URL to a PostgreSQL URL that may create databases")
    return make_url(url)


def _database(server: URL) -> URL:
    owner = server.set(database=DATABASE)
    admin = make_engine(server).execution_options(isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        exists = conn.exec_driver_sql(f"SELECT 1 FROM pg_database WHERE datname = '{DATABASE}'").first()
        if not exists:
            conn.exec_driver_sql(f"CREATE DATABASE {DATABASE}")
    admin.dispose()
    engine = make_engine(owner)
    migrate.upgrade(engine)
    with engine.begin() as conn:
        conn.exec_driver_sql(f"ALTER ROLE cross_desk_gate LOGIN PASSWORD '{GATE_PASSWORD}'")
    engine.dispose()
    app = open_app(Settings(owner.render_as_string(hide_password=False)), actor=Actor("benchmark", Role.ADMINISTRATOR))
    if not app.services.demo.existing_records():
        app.services.demo.load(DemoSpec(people=20_000, links=60_000), seed=2026)
    app.close()
    return owner


def _whole_graph_seconds(owner: URL, role: Role) -> tuple[float, int]:
    workstation = URL.create(owner.drivername, host=owner.host, port=owner.port, database=owner.database)
    app = open_app(Settings(workstation.render_as_string(), gate_password=GATE_PASSWORD))
    try:
        services = app.sign_in(*DEMO_ACCOUNTS[role])
        services.graphs.whole()  # warm the server's cache and the plan
        with timer() as t:
            graph = services.graphs.whole()
        return t[0], len(graph.links)
    finally:
        app.close()


@benchmark("wall_outsider_graph_20000", "whole graph of a 20 000-person demo on an outsider's own PostgreSQL login")
def wall_outsider_graph() -> Result:
    owner = _database(_server())
    outsider, seen = _whole_graph_seconds(owner, Role.INVESTIGATOR)
    insider, everything = _whole_graph_seconds(owner, Role.SUPERVISOR)
    return Result(
        outsider, "s", insider, "s", note=f"{seen} of {everything} links seen; baseline: a login nothing is hidden from"
    )
