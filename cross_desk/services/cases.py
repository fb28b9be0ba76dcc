"""Cases (procédures): create, edit, list, and their members.

A restricted case is seen in full only by its lead and team. Anyone else who reaches it is told
only that it is "of interest to another case — contact <lead>" (deconfliction), and that is
audited; lists and searches leave it out.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from uuid import UUID

from cross_desk.domain import records as r
from cross_desk.domain.access import Action
from cross_desk.domain.changes import Changes
from cross_desk.domain.errors import NotFound
from cross_desk.domain.security import AuditAction
from cross_desk.services.base import UseCases
from cross_desk.services.records import Records
from cross_desk.store.unit_of_work import UnitOfWork


class Cases(UseCases):
    def create(self, case: r.Case) -> r.Case:
        self.require(Action.MANAGE_CASES)
        case.validate()
        with self.uow() as uow:
            self._deconflict_reference(uow, case)
            uow.repo.add_case(case, self.who)
            self.audit(uow, AuditAction.CREATE, [case.id], kind="case", after=dataclasses.asdict(case))
            uow.commit()
        self.ctx.notify(Changes(frozenset({"case"}), frozenset({case.id})))
        return case

    def update(self, case: r.Case) -> r.Case:
        self.require(Action.MANAGE_CASES)
        changed = dataclasses.replace(case)
        changed.validate()
        with self.uow() as uow:
            before = self.open_case(uow, uow.repo.get_case(changed.id))
            self._deconflict_reference(uow, changed)
            uow.repo.update_case(changed, self.who)
            old, new = dataclasses.asdict(before), dataclasses.asdict(changed)
            diff = {k: (old[k], new[k]) for k in new if old[k] != new[k] and k not in ("version", "updated_at")}
            self.audit(uow, AuditAction.UPDATE, [changed.id], kind="case", changes=diff)
            uow.commit()
        self.ctx.notify(Changes(frozenset({"case"}), frozenset({changed.id})))
        return changed

    def _deconflict_reference(self, uow: UnitOfWork, case: r.Case) -> None:
        """A reference already taken by a restricted case one is not on is a deconfliction hit
        (two teams on one procedure), not a duplicate warning naming that case: audited, and
        answered with whom to contact."""
        try:
            taken = uow.repo.find_case(case.reference)
        except NotFound:
            return
        if taken.id != case.id:
            self.open_case(uow, taken)  # insiders go on to the store's "already exists"

    def get(self, case_id: UUID) -> r.Case:
        self.require(Action.READ_RECORDS)
        with self.uow() as uow:
            return self.open_case(uow, uow.repo.get_case(case_id))

    def find(self, reference: str) -> r.Case:
        self.require(Action.READ_RECORDS)
        with self.uow() as uow:
            return self.open_case(uow, uow.repo.find_case(reference))

    def list(self, include_closed: bool = True) -> list[r.Case]:
        self.require(Action.READ_RECORDS)
        with self.uow() as uow:
            return [c for c in uow.repo.list_cases(include_closed) if c.is_insider(self.who)]

    def add_members(self, case_id: UUID, entity_ids: Sequence[UUID]) -> list[UUID]:
        self.require(Action.MANAGE_CASES)
        with self.uow() as uow:
            self.open_case(uow, uow.repo.get_case(case_id))
            # A restricted case's own tip added to another case would become visible to all: for
            # those outside it, such an id is as good as one that does not exist.
            hidden = self.hidden(uow)
            unknown = sum(1 for e in set(entity_ids) if e in hidden)
            if unknown:
                raise NotFound(f"{unknown} of the records to add no longer exist.")
            added = uow.repo.add_members(case_id, entity_ids, self.who)
            if added:
                self.audit(uow, AuditAction.CASE_MEMBERS, [case_id, *added], added=len(added))
            uow.commit()
        self.ctx.notify(Changes(frozenset({"case"}), frozenset({case_id, *added})))
        return added

    def remove_members(self, case_id: UUID, entity_ids: Sequence[UUID]) -> int:
        self.require(Action.MANAGE_CASES)
        with self.uow() as uow:
            self.open_case(uow, uow.repo.get_case(case_id))
            removed = uow.repo.remove_members(case_id, entity_ids)
            if removed:
                self.audit(uow, AuditAction.CASE_MEMBERS, [case_id, *entity_ids], removed=removed)
            uow.commit()
        self.ctx.notify(Changes(frozenset({"case"}), frozenset({case_id, *entity_ids})))
        return removed

    def members(self, case_id: UUID) -> list[r.EntityRef]:
        self.require(Action.READ_RECORDS)
        with self.uow() as uow:
            self.open_case(uow, uow.repo.get_case(case_id))
            refs = uow.repo.refs(uow.repo.member_ids(case_id))
            return sorted(refs.values(), key=lambda ref: (ref.kind, ref.label))

    def member_records(self, case_id: UUID) -> list[r.Entity]:
        """Every member in full, for dossiers and case views (original wordings protected)."""
        self.require(Action.READ_RECORDS)
        with self.uow() as uow:
            self.open_case(uow, uow.repo.get_case(case_id))
            return Records(self.ctx).protect(uow.repo, uow.repo.get_entities(uow.repo.member_ids(case_id)))

    def cases_of(self, entity_id: UUID) -> list[r.Case]:
        """The cases a record belongs to; restricted ones the user is outside of are left out."""
        self.require(Action.READ_RECORDS)
        with self.uow() as uow:
            return [c for c in uow.repo.cases_of(entity_id) if c.is_insider(self.who)]

    def interest_elsewhere(self, entity_id: UUID) -> list[str]:
        """Deconfliction notices for a record: one per restricted case it is in that the user is
        not part of ("of interest to another case — contact <lead>"); each notice is audited."""
        self.require(Action.READ_RECORDS)
        with self.uow() as uow:
            if entity_id in self.hidden(uow):
                # a case's own tip, seizure or event: to outsiders it does not exist, so no notice
                return []
            outside = uow.repo.outside_cases_of(entity_id, self.who)
            for case in outside:
                if case.id not in uow.repo.deconflicted_by_server:  # the server audited it already
                    self.audit(uow, AuditAction.DECONFLICTION, [entity_id, case.id], lead=case.lead)
            uow.commit()
        return [f"Of interest to another case — contact {c.lead or 'the case lead'}." for c in outside]
