"""The demo use case: write the fictional data of ``cross_desk.demo.generator`` into an empty
database in one transaction, with one account per role on a database that has none."""

from __future__ import annotations

from datetime import date

from cross_desk.demo.generator import DEMO_ACCOUNTS, DemoBuilder, DemoSpec
from cross_desk.domain.changes import Changes
from cross_desk.domain.security import AuditAction, User
from cross_desk.services.accounts import HASHER
from cross_desk.services.base import UseCases


class Demo(UseCases):
    def existing_records(self) -> int:
        """How many records the database holds (demo data goes only into an empty one)."""
        with self.uow() as uow:
            return uow.repo.count()

    def load(self, spec: DemoSpec, seed: int = 2026, today: date | None = None) -> dict[str, int]:
        """Generate and write the demo in one transaction; returns counts for the user.

        The same seed and ``today`` give the same data; the fictional year ends just before
        ``today`` (by default the clock's date). On a database without accounts it also
        creates ``DEMO_ACCOUNTS``.
        """
        builder = DemoBuilder(spec, seed, today)
        builder.build()
        for entity in builder.entities:
            entity.validate()
        for link in builder.links:
            link.validate()
        accounts = 0
        with self.uow() as uow:
            if not uow.security.count_users():
                accounts = len(DEMO_ACCOUNTS)
                for role, (username, password) in DEMO_ACCOUNTS.items():
                    uow.security.add_user(
                        User(username=username, role=role, display_name=f"Démo {role.value}"), HASHER.hash(password)
                    )
                    if uow.security.is_postgres:
                        uow.security.create_login(username, password, role)
            uow.repo.add_entities(builder.entities, self.who)
            for identity in builder.identities:
                uow.repo.put_identity(identity)
            uow.repo.add_links(builder.links, self.who)
            for case, members in builder.cases:
                uow.repo.add_case(case, self.who)
                uow.repo.add_members(case.id, members, self.who, new_case=True)
            self.audit(
                uow,
                AuditAction.IMPORT,
                what="demo data",
                seed=seed,
                people=spec.people,
                links=len(builder.links),
            )
            uow.commit()
        with self.uow() as uow:
            uow.refresh_statistics()  # a bulk load changes the data's shape: let the planner know
        counts: dict[str, int] = {}
        for entity in builder.entities:
            counts[entity.KIND.value] = counts.get(entity.KIND.value, 0) + 1
        counts["link"] = len(builder.links)
        counts["case"] = len(builder.cases)
        counts["accounts"] = accounts
        self.ctx.notify(Changes(frozenset({*counts, "case"}), frozenset()))
        return counts
