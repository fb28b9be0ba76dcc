"""Link any record to any other, and unlink."""

from __future__ import annotations

import dataclasses
from collections.abc import Container
from uuid import UUID

from cross_desk.domain import records as r
from cross_desk.domain.access import Action
from cross_desk.domain.changes import Changes
from cross_desk.domain.errors import NotFound, ValidationError
from cross_desk.domain.kinds import EntityKind
from cross_desk.domain.security import AuditAction
from cross_desk.services.base import UseCases
from cross_desk.store.repository import Repository

_NO_LINK = "No such link (it may have been removed)."  # the store's words (Repository.get_link)
_EVIDENCE_KINDS = {EntityKind.TIP, EntityKind.SEIZURE, EntityKind.EVENT}


def check_link_ends(repo: Repository, links: list[r.Link], hidden: Container[UUID] = ()) -> None:
    """Refuse links to records that do not exist; ``hidden`` records (see ``UseCases.hidden``)
    are answered alike, so that an id cannot be tested for a restricted case's record."""
    ids = {x for link in links for x in (link.source_id, link.target_id)}
    evidence = {link.evidence_id for link in links if link.evidence_id}
    refs = {i: ref for i, ref in repo.refs(ids | evidence).items() if i not in hidden}
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
    @staticmethod
    def _visible_link(repo: Repository, link_id: UUID, hidden: Container[UUID], message: str) -> r.Link:
        """The live link ``link_id``; one with an end hidden from the user is answered as a
        missing link (``message``: the store's words for that use case), before any write."""
        try:
            link = repo.get_link(link_id)
        except NotFound:
            raise NotFound(message) from None
        if link.source_id in hidden or link.target_id in hidden:
            raise NotFound(message)
        return link

    def link(self, link: r.Link) -> r.Link:
        self.require(Action.WRITE_RECORDS)
        link.validate()
        with self.uow() as uow:
            check_link_ends(uow.repo, [link], self.hidden(uow))
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
            hidden = self.hidden(uow)
            before = self._visible_link(uow.repo, changed.id, hidden, _NO_LINK)
            if changed.evidence_id is None and before.evidence_id in hidden:
                changed.evidence_id = before.evidence_id  # they saw it blank: keep what is stored
            # Evidence already on the link stays acceptable even if hidden: only a newly given
            # id could be a probe.
            kept = before.evidence_id if before.evidence_id == changed.evidence_id else None
            check_link_ends(uow.repo, [changed], {i for i in hidden if i != kept})
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
            hidden = self.hidden(uow)
            return self.visible_links([self._visible_link(uow.repo, link_id, hidden, _NO_LINK)], hidden)[0]

    def unlink(self, link_id: UUID) -> None:
        self.require(Action.WRITE_RECORDS)
        with self.uow() as uow:
            self._visible_link(uow.repo, link_id, self.hidden(uow), "No such link.")
            uow.repo.set_link_deleted(link_id, True, self.who)
            self.audit(uow, AuditAction.UNLINK, [link_id])
            uow.commit()
        self.ctx.notify(Changes(frozenset({"link"}), frozenset({link_id})))

    def links_of(self, entity_id: UUID) -> list[r.Link]:
        self.require(Action.READ_RECORDS)
        with self.uow() as uow:
            hidden = self.hidden(uow)
            links = uow.repo.links_touching([entity_id])
            return self.visible_links(links, hidden)
