"""Cases (procédures): create, edit, list, and their members."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from uuid import UUID

from cross_desk.domain import records as r
from cross_desk.domain.changes import Changes
from cross_desk.services.base import UseCases


class Cases(UseCases):
    def create(self, case: r.Case) -> r.Case:
        case.validate()
        with self.uow() as uow:
            uow.repo.add_case(case, self.who)
            uow.commit()
        self.ctx.notify(Changes(frozenset({"case"}), frozenset({case.id})))
        return case

    def update(self, case: r.Case) -> r.Case:
        changed = dataclasses.replace(case)
        changed.validate()
        with self.uow() as uow:
            uow.repo.update_case(changed, self.who)
            uow.commit()
        self.ctx.notify(Changes(frozenset({"case"}), frozenset({changed.id})))
        return changed

    def get(self, case_id: UUID) -> r.Case:
        with self.uow() as uow:
            return uow.repo.get_case(case_id)

    def find(self, reference: str) -> r.Case:
        with self.uow() as uow:
            return uow.repo.find_case(reference)

    def list(self, include_closed: bool = True) -> list[r.Case]:
        with self.uow() as uow:
            return uow.repo.list_cases(include_closed)

    def add_members(self, case_id: UUID, entity_ids: Sequence[UUID]) -> list[UUID]:
        with self.uow() as uow:
            uow.repo.get_case(case_id)
            added = uow.repo.add_members(case_id, entity_ids, self.who)
            uow.commit()
        self.ctx.notify(Changes(frozenset({"case"}), frozenset({case_id, *added})))
        return added

    def remove_members(self, case_id: UUID, entity_ids: Sequence[UUID]) -> int:
        with self.uow() as uow:
            uow.repo.get_case(case_id)
            removed = uow.repo.remove_members(case_id, entity_ids)
            uow.commit()
        self.ctx.notify(Changes(frozenset({"case"}), frozenset({case_id, *entity_ids})))
        return removed

    def members(self, case_id: UUID) -> list[r.EntityRef]:
        with self.uow() as uow:
            uow.repo.get_case(case_id)
            refs = uow.repo.refs(uow.repo.member_ids(case_id))
            return sorted(refs.values(), key=lambda ref: (ref.kind, ref.label))

    def member_records(self, case_id: UUID) -> list[r.Entity]:
        """Every member in full, for dossiers and case views."""
        with self.uow() as uow:
            uow.repo.get_case(case_id)
            return uow.repo.get_entities(uow.repo.member_ids(case_id))

    def cases_of(self, entity_id: UUID) -> list[r.Case]:
        with self.uow() as uow:
            return uow.repo.cases_of(entity_id)
