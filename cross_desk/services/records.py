"""Create, read, update, soft-delete and restore any kind of record."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date
from typing import Any
from uuid import UUID

from cross_desk.domain import records as r
from cross_desk.domain.access import Action, Forbidden, Role
from cross_desk.domain.changes import Changes
from cross_desk.domain.errors import ValidationError
from cross_desk.domain.kinds import EntityKind
from cross_desk.domain.retention import review_date
from cross_desk.domain.security import AuditAction
from cross_desk.services.base import UseCases
from cross_desk.store.repository import Repository

# Never copied into the audit log: it may identify a source, and supervisors read the log.
_REDACTED = {"original_text"}
_NO_RECORD = "No such record (it may have been deleted)."  # the store's words (Repository.get_entity)
_NOT_AUDITED = {"created_at", "created_by", "updated_at", "updated_by", "version", "deleted"}


@dataclass
class EntityDetail:
    """A record with what surrounds it: its links, the records at their other ends, its cases."""

    entity: r.Entity
    links: list[r.Link]
    neighbours: dict[UUID, r.EntityRef]
    cases: list[r.Case]


def snapshot(entity: r.Entity) -> dict[str, Any]:
    """A record's fields for the audit log, with anything that may identify a source redacted."""
    out: dict[str, Any] = {}
    for f in dataclasses.fields(entity):
        if f.name in _NOT_AUDITED:
            continue
        value = getattr(entity, f.name)
        out[f.name] = "[redacted]" if f.name in _REDACTED and value else value
    return out


def changed_fields(before: r.Entity, after: r.Entity) -> dict[str, Any]:
    old, new = snapshot(before), snapshot(after)
    changed = {k for k in new if old.get(k) != new[k]}
    for k in _REDACTED & changed:  # say that it changed, never what it says
        old[k] = new[k] = "[redacted]"
    return {"before": {k: old.get(k) for k in sorted(changed)}, "after": {k: new[k] for k in sorted(changed)}}


class Records(UseCases):
    def validate(self, entity: r.Entity) -> None:
        if isinstance(entity, r.Tip):
            entity.validate(self.ctx.scheme)
        else:
            entity.validate()

    def require_write(self, entity: r.Entity) -> None:
        self.require(Action.MANAGE_SOURCES if isinstance(entity, r.Source) else Action.WRITE_RECORDS)

    def check_unique(self, repo: Repository, *entities: r.Entity) -> None:
        """Refuse a second live record with the same plate, VIN, number, IMEI or codename.

        Raises DuplicateKey naming the record that holds it, so the user may open it. This is
        the friendly answer; the store's unique indexes are the guarantee (two workstations can
        both pass this check at once), and their refusal reaches the user as the same error.
        """
        ours = {e.id for e in entities}
        given: set[tuple[str, str, str]] = set()
        for entity in entities:
            for name, value in entity.unique_values():
                holder = repo.key_holder(entity.KIND, name, value, besides=ours)
                if holder is not None:
                    raise entity.duplicate(name, holder)
                key = (entity.KIND.value, name, value)
                if key in given:
                    raise entity.duplicate(name, None)
                given.add(key)

    def prepare_new(self, entity: r.Entity) -> None:
        """Validate a record about to be created and give it its review date."""
        self.require_write(entity)
        self.validate(entity)
        if entity.review_on is None:
            entity.review_on = review_date(entity.KIND, date.today())

    def hidden_originals(self, repo: Repository, tips: list[r.Tip]) -> set[UUID]:
        """Ids of tips whose original wording the acting user may not read."""
        sourced = [t for t in tips if t.source_id]
        if not sourced:
            return set()
        sources = {s.id: s for s in repo.get_entities([t.source_id for t in sourced], include_deleted=True)}  # type: ignore[misc]
        return {
            t.id
            for t in sourced
            if not (isinstance(s := sources.get(t.source_id), r.Source) and s.may_reveal_to(self.who))  # type: ignore[arg-type]
        }

    def protect(self, repo: Repository, entities: list[r.Entity]) -> list[r.Entity]:
        """Blank the original wording of tips whose source the acting user does not handle."""
        hidden = self.hidden_originals(repo, [e for e in entities if isinstance(e, r.Tip) and e.original_text])
        for entity in entities:
            if entity.id in hidden:
                entity.original_text = ""  # type: ignore[attr-defined]
        return entities

    def create(self, entity: r.Entity) -> r.Entity:
        self.prepare_new(entity)
        with self.uow() as uow:
            self.check_unique(uow.repo, entity)
            uow.repo.add_entities([entity], self.who)
            self.audit(uow, AuditAction.CREATE, [entity.id], kind=entity.KIND.value, after=snapshot(entity))
            uow.commit()
        self.ctx.notify(Changes(frozenset({entity.KIND.value}), frozenset({entity.id})))
        return entity

    def update(self, entity: r.Entity) -> r.Entity:
        """Save an edited record; ``entity.version`` must be the one that was read."""
        self.require_write(entity)
        changed = dataclasses.replace(entity)
        self.validate(changed)
        with self.uow() as uow:
            self.refuse_hidden(uow, [changed.id], _NO_RECORD)  # as ``get_entity`` for a missing one
            before = uow.repo.get_entity(changed.id)
            if (
                isinstance(changed, r.Source)
                and isinstance(before, r.Source)
                and (set(changed.handlers) != set(before.handlers) or changed.controller != before.controller)
                and not before.may_reassign(self.who, self.ctx.actor.role == Role.SUPERVISOR)
            ):
                raise Forbidden("Only the source's controller or a supervisor may change its handlers or controller.")
            if isinstance(changed, r.Tip) and isinstance(before, r.Tip) and self.hidden_originals(uow.repo, [before]):
                if changed.source_id != before.source_id:  # to a source of their own, or none, to read it
                    raise Forbidden("Only the handlers and controller of a tip's source may attribute it to another.")
                changed.original_text = before.original_text  # they saw it blank: keep what is stored
            self.check_unique(uow.repo, changed)
            uow.repo.update_entity(changed, self.who)
            self.audit(
                uow, AuditAction.UPDATE, [changed.id], kind=changed.KIND.value, **changed_fields(before, changed)
            )
            uow.commit()
        self.ctx.notify(Changes(frozenset({changed.KIND.value}), frozenset({changed.id})))
        return changed

    def get(self, entity_id: UUID) -> r.Entity:
        self.require(Action.READ_RECORDS)
        with self.uow() as uow:
            self.refuse_hidden(uow, [entity_id], _NO_RECORD)
            return self.protect(uow.repo, [uow.repo.get_entity(entity_id)])[0]

    def get_many(self, entity_ids: list[UUID]) -> list[r.Entity]:
        self.require(Action.READ_RECORDS)
        with self.uow() as uow:
            hidden = self.hidden(uow)
            return self.protect(uow.repo, uow.repo.get_entities([i for i in entity_ids if i not in hidden]))

    def detail(self, entity_id: UUID) -> EntityDetail:
        self.require(Action.READ_RECORDS)
        with self.uow() as uow:
            hidden = self.refuse_hidden(uow, [entity_id], _NO_RECORD)
            entity = self.protect(uow.repo, [uow.repo.get_entity(entity_id)])[0]
            links = self.visible_links(uow.repo.links_touching([entity_id]), hidden)
            others = {x for link in links for x in (link.source_id, link.target_id)} - {entity_id}
            cases = [c for c in uow.repo.cases_of(entity_id) if c.is_insider(self.who)]
            return EntityDetail(entity, links, uow.repo.refs(others), cases)

    def list(self, kind: EntityKind | None = None, offset: int = 0, limit: int | None = 500) -> list[r.EntityRef]:
        self.require(Action.READ_RECORDS)
        with self.uow() as uow:
            hidden = self.hidden(uow)
            return [ref for ref in uow.repo.list_refs(kind, offset=offset, limit=limit) if ref.id not in hidden]

    def count(self, kind: EntityKind | None = None) -> int:
        self.require(Action.READ_RECORDS)
        with self.uow() as uow:
            hidden = self.hidden(uow)
            return uow.repo.count(kind) - sum(1 for k in hidden.values() if kind is None or k == kind)

    def counts(self) -> dict[EntityKind, int]:
        self.require(Action.READ_RECORDS)
        with self.uow() as uow:
            counts = uow.repo.counts_by_kind()
            for kind in self.hidden(uow).values():
                counts[kind] -= 1
            return counts

    def deleted(self, kind: EntityKind | None = None) -> list[r.EntityRef]:
        self.require(Action.READ_RECORDS)
        with self.uow() as uow:
            # hidden whether deleted or not: a restricted case's own records stay unseen
            unseen = {ref.id for ref in uow.repo.list_refs(kind, limit=None)} | self.hidden(uow).keys()
            return [ref for ref in uow.repo.list_refs(kind, limit=None, include_deleted=True) if ref.id not in unseen]

    def delete(self, entity_id: UUID) -> None:
        """Soft delete: the record leaves lists, searches and charts, and can be restored."""
        self.require(Action.DELETE_RECORDS)
        with self.uow() as uow:
            self.refuse_hidden(uow, [entity_id], "No such record.")  # as ``set_deleted`` for a missing one
            kind = uow.repo.set_deleted(entity_id, True, self.who)
            if kind == EntityKind.SOURCE:  # as for creating or editing one: handlers and supervisors
                self.require(Action.MANAGE_SOURCES)  # raised before the commit: nothing is deleted
            self.audit(uow, AuditAction.DELETE, [entity_id], kind=kind.value)
            uow.commit()
        self.ctx.notify(Changes(frozenset({kind.value, "link"}), frozenset({entity_id})))

    def restore(self, entity_id: UUID) -> r.Entity:
        self.require(Action.RESTORE_RECORDS)
        with self.uow() as uow:
            self.refuse_hidden(uow, [entity_id], "No deleted record with this id.")
            kind = uow.repo.set_deleted(entity_id, False, self.who)
            entity = uow.repo.get_entity(entity_id)
            self.check_unique(uow.repo, entity)
            self.audit(uow, AuditAction.RESTORE, [entity_id], kind=kind.value)
            uow.commit()
        self.ctx.notify(Changes(frozenset({kind.value, "link"}), frozenset({entity_id})))
        return entity

    def source_identity(self, source_id: UUID, reason: str) -> r.SourceIdentity | None:
        """A source's true identity, for its handlers and controller only; every read is audited."""
        self.require(Action.READ_SOURCE_IDENTITY)
        if len((reason or "").strip()) < 5:
            raise ValidationError("reason", "Give the reason for reading this identity (it is logged).")
        with self.uow() as uow:
            source = uow.repo.get_entity(source_id)
            if not isinstance(source, r.Source) or not source.may_reveal_to(self.who):
                self.audit(uow, AuditAction.READ_IDENTITY, [source_id], reason=reason.strip(), refused=True)
                uow.commit()
                raise Forbidden("Only this source's handlers and controller may read its identity.")
            identity = uow.repo.get_identity(source_id)
            self.audit(uow, AuditAction.READ_IDENTITY, [source_id], reason=reason.strip())
            uow.commit()
            return identity

    def set_source_identity(self, identity: r.SourceIdentity) -> None:
        self.require(Action.MANAGE_SOURCES)
        identity.validate()
        with self.uow() as uow:
            entity = uow.repo.get_entity(identity.source_id)
            if not isinstance(entity, r.Source):
                raise ValidationError("source_id", "Only a source has a true identity.")
            if not entity.may_reveal_to(self.who):
                raise Forbidden("Only this source's handlers and controller may record its identity.")
            uow.repo.put_identity(identity)
            # which fields were written, never their values
            fields = sorted(
                f.name for f in dataclasses.fields(identity) if getattr(identity, f.name) and f.name != "source_id"
            )
            self.audit(uow, AuditAction.WRITE_IDENTITY, [identity.source_id], fields=fields)
            uow.commit()
        self.ctx.notify(Changes(frozenset({"source"}), frozenset({identity.source_id})))
