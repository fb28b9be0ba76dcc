"""``Services``: every use case, for one acting user, on one database."""

from __future__ import annotations

from collections.abc import Callable

from cross_desk.domain.actor import Actor
from cross_desk.domain.grading import GradingScheme
from cross_desk.domain.security import SignInPolicy
from cross_desk.services.accounts import Users
from cross_desk.services.analysis import Analysis
from cross_desk.services.audit import AuditTrail
from cross_desk.services.base import ChangeListener, Context
from cross_desk.services.cases import Cases
from cross_desk.services.charts import Charts
from cross_desk.services.demo import Demo
from cross_desk.services.desk import Desk
from cross_desk.services.graph import Graphs
from cross_desk.services.intake import Intake
from cross_desk.services.links import Links
from cross_desk.services.records import Records
from cross_desk.services.reports import Reports
from cross_desk.services.retention import Retention
from cross_desk.services.search import Search
from cross_desk.store.unit_of_work import UnitOfWork


class Services:
    """Built by ``cross_desk.bootstrap``; the GUI and the CLI hold one and call nothing else.

    Writes notify ``subscribe``d listeners with the ``Changes`` they made, after commit.
    """

    def __init__(
        self,
        new_uow: Callable[[], UnitOfWork],
        actor: Actor,
        scheme: GradingScheme,
        description: str,
        policy: SignInPolicy | None = None,
    ) -> None:
        self.ctx = Context(new_uow=new_uow, actor=actor, scheme=scheme, policy=policy or SignInPolicy())
        self.database = description
        self.records = Records(self.ctx)
        self.links = Links(self.ctx)
        self.intake = Intake(self.ctx, self.records)
        self.cases = Cases(self.ctx)
        self.search = Search(self.ctx)
        self.graphs = Graphs(self.ctx)
        self.charts = Charts(self.ctx)  # saved link charts, several per case
        self.analysis = Analysis(self.ctx)  # link analysis: key players, paths, brokers, groups
        self.demo = Demo(self.ctx)
        self.reports = Reports(self.ctx)  # case dossiers and activity reports (PDF)
        self.users = Users(self.ctx)
        self.audit = AuditTrail(self.ctx)
        self.retention = Retention(self.ctx)
        self.desk = Desk(self.ctx)  # inbox, case at a glance, deleted records (GUI)

    @property
    def actor(self) -> Actor:
        return self.ctx.actor

    @property
    def scheme(self) -> GradingScheme:
        return self.ctx.scheme

    def subscribe(self, listener: ChangeListener) -> None:
        self.ctx.listeners.append(listener)

    def unsubscribe(self, listener: ChangeListener) -> None:
        self.ctx.listeners.remove(listener)
