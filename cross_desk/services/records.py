"""Create, read, update, soft-delete and restore any kind of record."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from uuid import UUID

from cross_desk.domain import records as r
from cross_desk.domain.changes import Changes
from cross_desk.domain.errors import ValidationError
from cross_desk.domain.kinds import EntityKind
from cross_desk.services.base import UseCases
from cross_desk.store.repository import Repository


@dataclass
class EntityDetail:
    """A record with what surrounds it: its links, the records at their other ends, its cases."""

    entity: r.Entity
    links: list[r.Link]
    neighbours: dict[UUID, r.EntityRef]
    cases: list[r.Case]


class Records(UseCases):
    def validate(self, entity: r.Entity) -> None:
        if isinstance(entity, r.Tip):
            entity.validate(self.ctx.scheme)
        else:
            entity.validate()

    def check_unique(self, repo: Repository, entity: r.Entity) -> None:
        """Refuse a second live record with the same plate, number, IMEI or codename."""
        checks: list[tuple[str, str, str]] = []
        if isinstance(entity, r.Vehicle) and entity.plate:
            checks.append(("plate", entity.plate, "plate"))
        if isinstance(entity, r.Phone):
            if entity.number:
                checks.append(("number", entity.number, "number"))
            if entity.imei:
                checks.append(("imei", entity.imei, "IMEI"))
        if isinstance(entity, r.Source):
            checks.append(("codename", entity.codename, "codename"))
        for column, value, what in checks:
            others = [i for i in repo.find_ids(entity.KIND, column, value) if i != entity.id]
            if others:
                raise ValidationError(column, f"A {entity.KIND.value} with this {what} is already recorded.")

    def create(self, entity: r.Entity) -> r.Entity:
        self.validate(entity)
        with self.uow() as uow:
            self.check_unique(uow.repo, entity)
            uow.repo.add_entities([entity], self.who)
            uow.commit()
        self.ctx.notify(Changes(frozenset({entity.KIND.value}), frozenset({entity.id})))
        return entity

    def update(self, entity: r.Entity) -> r.Entity:
        """Save an edited record; ``entity.version`` must be the one that was read."""
        changed = dataclasses.replace(entity)
        self.validate(changed)
        with self.uow() as uow:
            self.check_unique(uow.repo, changed)
            uow.repo.update_entity(changed, self.who)
            uow.commit()
        self.ctx.notify(Changes(frozenset({changed.KIND.value}), frozenset({changed.id})))
        return changed

    def get(self, entity_id: UUID) -> r.Entity:
        with self.uow() as uow:
            return uow.repo.get_entity(entity_id)

    def get_many(self, entity_ids: list[UUID]) -> list[r.Entity]:
        with self.uow() as uow:
            return uow.repo.get_entities(entity_ids)

    def detail(self, entity_id: UUID) -> EntityDetail:
        with self.uow() as uow:
            entity = uow.repo.get_entity(entity_id)
            links = uow.repo.links_touching([entity_id])
            others = {x for link in links for x in (link.source_id, link.target_id)} - {entity_id}
            return EntityDetail(entity, links, uow.repo.refs(others), uow.repo.cases_of(entity_id))

    def list(self, kind: EntityKind | None = None, offset: int = 0, limit: int | None = 500) -> list[r.EntityRef]:
        with self.uow() as uow:
            return uow.repo.list_refs(kind, offset=offset, limit=limit)

    def count(self, kind: EntityKind | None = None) -> int:
        with self.uow() as uow:
            return uow.repo.count(kind)

    def counts(self) -> dict[EntityKind, int]:
        with self.uow() as uow:
            return uow.repo.counts_by_kind()

    def deleted(self, kind: EntityKind | None = None) -> list[r.EntityRef]:
        with self.uow() as uow:
            live = {ref.id for ref in uow.repo.list_refs(kind, limit=None)}
            return [ref for ref in uow.repo.list_refs(kind, limit=None, include_deleted=True) if ref.id not in live]

    def delete(self, entity_id: UUID) -> None:
        """Soft delete: the record leaves lists, searches and charts, and can be restored."""
        with self.uow() as uow:
            kind = uow.repo.set_deleted(entity_id, True, self.who)
            uow.commit()
        self.ctx.notify(Changes(frozenset({kind.value, "link"}), frozenset({entity_id})))

    def restore(self, entity_id: UUID) -> r.Entity:
        with self.uow() as uow:
            kind = uow.repo.set_deleted(entity_id, False, self.who)
            entity = uow.repo.get_entity(entity_id)
            self.check_unique(uow.repo, entity)
            uow.commit()
        self.ctx.notify(Changes(frozenset({kind.value, "link"}), frozenset({entity_id})))
        return entity

    def source_identity(self, source_id: UUID) -> r.SourceIdentity | None:
        """A source's true identity. Access rules arrive with the users issue (#9)."""
        with self.uow() as uow:
            return uow.repo.get_identity(source_id)

    def set_source_identity(self, identity: r.SourceIdentity) -> None:
        identity.validate()
        with self.uow() as uow:
            entity = uow.repo.get_entity(identity.source_id)
            if not isinstance(entity, r.Source):
                raise ValidationError("source_id", "Only a source has a true identity.")
            uow.repo.put_identity(identity)
            uow.commit()
        self.ctx.notify(Changes(frozenset({"source"}), frozenset({identity.source_id})))
