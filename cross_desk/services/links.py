"""Link any record to any other, and unlink."""

from __future__ import annotations

import dataclasses
from uuid import UUID

from cross_desk.domain import records as r
from cross_desk.domain.access import Action
from cross_desk.domain.changes import Changes
from cross_desk.domain.errors import NotFound, ValidationError
from cross_desk.domain.kinds import EntityKind
from cross_desk.domain.security import AuditAction
from cross_desk.services.base import UseCases
from cross_desk.store.repository import Repository

_EVIDENCE_KINDS = {EntityKind.TIP, EntityKind.SEIZURE, EntityKind.EVENT}


def check_link_ends(repo: Repository, links: list[r.Link]) -> None:
    ids = {x for link in links for x in (link.source_id, link.target_id)}
    evidence = {link.evidence_id for link in links if link.evidence_id}
    refs = repo.refs(ids | evidence)
    if ids - refs.keys():
        raise NotFound("One end of the link no longer exists.")
    for link in links:
        if link.evidence_id is not None:
            ref = refs.get(link.evidence_id)
            if ref is None:
                raise NotFound("The tip or seizure given as evidence no longer exists.")
            if ref.kind not in _EVIDENCE_KINDS:
                raise ValidationError("evidence_id", "Evidence must be a tip, a seizure or an event.")


class Links(UseCases):
    def link(self, link: r.Link) -> r.Link:
        self.require(Action.WRITE_RECORDS)
        link.validate()
        with self.uow() as uow:
            check_link_ends(uow.repo, [link])
            uow.repo.add_links([link], self.who)
            self.audit(uow, AuditAction.LINK, [link.id, link.source_id, link.target_id], kind=link.kind.value)
            uow.commit()
        self.ctx.notify(Changes(frozenset({"link"}), frozenset({link.id, link.source_id, link.target_id})))
        return link

    def update(self, link: r.Link) -> r.Link:
        self.require(Action.WRITE_RECORDS)
        changed = dataclasses.replace(link)
        changed.validate()
        with self.uow() as uow:
            check_link_ends(uow.repo, [changed])
            before = uow.repo.get_link(changed.id)
            uow.repo.update_link(changed, self.who)
            diff = {
                f: (getattr(before, f), getattr(changed, f))
                for f in ("kind", "first_seen", "last_seen", "confidence", "role", "evidence_id", "count", "notes")
                if getattr(before, f) != getattr(changed, f)
            }
            self.audit(uow, AuditAction.UPDATE, [changed.id], kind="link", changes=diff)
            uow.commit()
        self.ctx.notify(Changes(frozenset({"link"}), frozenset({changed.id})))
        return changed

    def get(self, link_id: UUID) -> r.Link:
        self.require(Action.READ_RECORDS)
        with self.uow() as uow:
            return uow.repo.get_link(link_id)

    def unlink(self, link_id: UUID) -> None:
        self.require(Action.WRITE_RECORDS)
        with self.uow() as uow:
            uow.repo.set_link_deleted(link_id, True, self.who)
            self.audit(uow, AuditAction.UNLINK, [link_id])
            uow.commit()
        self.ctx.notify(Changes(frozenset({"link"}), frozenset({link_id})))

    def links_of(self, entity_id: UUID) -> list[r.Link]:
        self.require(Action.READ_RECORDS)
        with self.uow() as uow:
            hidden = self.hidden(uow)
            links = uow.repo.links_touching([entity_id])
            return [x for x in links if x.source_id not in hidden and x.target_id not in hidden]
