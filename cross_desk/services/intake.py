"""Logging a tip, a seizure or an event together with what it involves, in one transaction."""

from __future__ import annotations

from collections.abc import Sequence
from uuid import UUID

from cross_desk.domain import records as r
from cross_desk.domain.access import Action
from cross_desk.domain.changes import Changes
from cross_desk.domain.errors import NotFound, ValidationError
from cross_desk.domain.kinds import EntityKind, LinkKind
from cross_desk.domain.security import AuditAction
from cross_desk.services.base import UseCases
from cross_desk.services.links import check_link_ends
from cross_desk.services.records import Records, snapshot

_NO_RECORD = "No such record (it may have been deleted)."  # the store's words for a missing record


class Intake(UseCases):
    def __init__(self, ctx, records: Records) -> None:  # type: ignore[no-untyped-def]
        super().__init__(ctx)
        self._records = records

    def log_tip(
        self,
        tip: r.Tip,
        mentions: Sequence[UUID] = (),
        new_entities: Sequence[r.Entity] = (),
        case_ids: Sequence[UUID] = (),
    ) -> r.Tip:
        """Save a tip, the new records it mentions, its mention links and case membership.

        Each mentioned record (existing or new) gets a ``mentioned_in`` link to the tip, with
        the tip as its evidence. All of it is saved, or none of it.
        """
        links = [
            r.Link(
                kind=LinkKind.MENTIONED_IN,
                source_id=other,
                target_id=tip.id,
                evidence_id=tip.id,
                first_seen=tip.received_at.date(),
                last_seen=tip.received_at.date(),
                agency=tip.agency,
                unit=tip.unit,
            )
            for other in dict.fromkeys([*mentions, *(e.id for e in new_entities)])
        ]
        self._save(tip, new_entities, links, case_ids)
        return tip

    def record_seizure(
        self,
        seizure: r.Seizure,
        persons: Sequence[UUID] = (),
        vehicles: Sequence[UUID] = (),
        place: UUID | None = None,
        case_ids: Sequence[UUID] = (),
        new_entities: Sequence[r.Entity] = (),
    ) -> r.Seizure:
        day = seizure.seized_on
        common = {
            "evidence_id": seizure.id,
            "first_seen": day,
            "last_seen": day,
            "agency": seizure.agency,
            "unit": seizure.unit,
        }
        links = [
            r.Link(kind=LinkKind.SEIZED_FROM, source_id=seizure.id, target_id=p, **common)
            for p in dict.fromkeys(persons)
        ]
        links += [
            r.Link(kind=LinkKind.INVOLVED_IN, source_id=v, target_id=seizure.id, **common)
            for v in dict.fromkeys(vehicles)
        ]
        if place is not None:
            links.append(r.Link(kind=LinkKind.SEIZED_AT, source_id=seizure.id, target_id=place, **common))
        self._save(seizure, new_entities, links, case_ids)
        return seizure

    def record_event(
        self,
        event: r.Event,
        persons: Sequence[UUID] = (),
        place: UUID | None = None,
        case_ids: Sequence[UUID] = (),
        new_entities: Sequence[r.Entity] = (),
    ) -> r.Event:
        day = event.occurred_at.date()
        common = {
            "evidence_id": event.id,
            "first_seen": day,
            "last_seen": day,
            "agency": event.agency,
            "unit": event.unit,
        }
        links = [
            r.Link(kind=LinkKind.INVOLVED_IN, source_id=p, target_id=event.id, **common) for p in dict.fromkeys(persons)
        ]
        if place is not None:
            links.append(r.Link(kind=LinkKind.OCCURRED_AT, source_id=event.id, target_id=place, **common))
        self._save(event, new_entities, links, case_ids)
        return event

    def mentioned_in(self, tip_id: UUID) -> list[r.EntityRef]:
        """What a tip mentions. A tip that does not exist, or that only restricted cases the
        user is outside of hold, is answered alike (``NotFound``)."""
        self.require(Action.READ_RECORDS)
        with self.uow() as uow:
            hidden = self.refuse_hidden(uow, [tip_id], _NO_RECORD)
            if not uow.repo.live_ids([tip_id]):
                raise NotFound(_NO_RECORD)
            links = [
                link
                for link in uow.repo.links_touching([tip_id])
                if link.kind == LinkKind.MENTIONED_IN and link.target_id == tip_id
            ]
            refs = uow.repo.refs(link.source_id for link in links if link.source_id not in hidden)
            return sorted(refs.values(), key=lambda ref: (ref.kind, ref.label))

    def _save(
        self, main: r.Entity, new_entities: Sequence[r.Entity], links: list[r.Link], case_ids: Sequence[UUID]
    ) -> None:
        if case_ids:
            self.require(Action.MANAGE_CASES)
        for entity in (main, *new_entities):
            self._records.prepare_new(entity)
        for link in links:
            link.validate()
        with self.uow() as uow:
            # Before any write: joining a restricted case one is outside of is a deconfliction
            # hit (audited, committed alone); naming a hidden record answers as a missing one.
            for case_id in dict.fromkeys(case_ids):
                self.open_case(uow, uow.repo.get_case(case_id))
            hidden = self.hidden(uow)
            if isinstance(main, r.Tip) and main.source_id is not None:
                source = uow.repo.refs([main.source_id]).get(main.source_id)
                if source is None or source.kind != EntityKind.SOURCE:
                    raise ValidationError("source_id", "The tip's source is not a recorded source.")
            self._records.check_unique(uow.repo, main, *new_entities)
            uow.repo.add_entities([main, *new_entities], self.who)
            check_link_ends(uow.repo, links, hidden)
            uow.repo.add_links(links, self.who)
            members = [main.id, *(e.id for e in new_entities)]
            for case_id in dict.fromkeys(case_ids):
                uow.repo.add_members(case_id, members, self.who)
            for entity in (main, *new_entities):
                self.audit(uow, AuditAction.CREATE, [entity.id], kind=entity.KIND.value, after=snapshot(entity))
            if links:
                self.audit(
                    uow,
                    AuditAction.LINK,
                    [main.id, *(link.source_id for link in links)],
                    kinds=sorted({link.kind.value for link in links}),
                    count=len(links),
                )
            if case_ids:
                self.audit(uow, AuditAction.CASE_MEMBERS, [*case_ids, *members], added=len(members))
            uow.commit()
        kinds = {main.KIND.value, "link", *(e.KIND.value for e in new_entities)}
        if case_ids:
            kinds.add("case")
        ids = {main.id, *(e.id for e in new_entities), *case_ids}
        self.ctx.notify(Changes(frozenset(kinds), frozenset(ids)))
