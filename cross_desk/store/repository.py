"""Reads and writes of records inside one session. Knows SQL; knows nothing of users' screens.

Every method works on domain objects or plain values. Bulk paths use Core statements, since
one ORM object per row is several times slower on the large demo (see benchmarks/).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, datetime
from typing import Any
from uuid import UUID

from sqlalchemy import Table, delete, func, insert, or_, select, text, update
from sqlalchemy.orm import Session

from cross_desk.domain import records as r
from cross_desk.domain.errors import Conflict, NotFound
from cross_desk.domain.kinds import EntityKind
from cross_desk.domain.text import reference_key
from cross_desk.store import mapping as m
from cross_desk.store import tables as t
from cross_desk.store.bulk import insert_many


def _table(model: Any) -> Table:
    return model.__table__  # type: ignore[no-any-return]


ENTITY = _table(t.EntityRow)
LINK = _table(t.LinkRow)
CASE = _table(t.CaseRow)
MEMBER = _table(t.CaseMemberRow)
SEARCH = _table(t.SearchTermRow)
SUBSTANCE = _table(t.SeizureSubstanceRow)
IDENTITY = _table(t.SourceIdentityRow)
ORIGINAL = _table(t.TipOriginalRow)
DETAIL: dict[EntityKind, Table] = {EntityKind(k): _table(v) for k, v in t.DETAIL_TABLES.items()}


def _raise(error: Exception) -> Any:
    raise error


def utcnow() -> datetime:
    return datetime.now(UTC)


def _chunks(items: Sequence[Any], size: int = 900) -> Iterator[Sequence[Any]]:
    # SQLite limits bound parameters per statement; 900 stays under every build's limit.
    for i in range(0, len(items), size):
        yield items[i : i + size]


class Repository:
    def __init__(self, session: Session) -> None:
        self.session = session
        #: restricted cases the server told this login whom to contact about, auditing it itself
        self.deconflicted_by_server: set[UUID] = set()
        #: records written in this transaction that claim unique keys: if the database's unique
        #: indexes refuse one, the unit of work finds which key and whose record holds it
        self.key_claims: list[r.Entity] = []

    def _exec(self, statement: Any, params: Any = None) -> Any:
        return self.session.execute(statement, params) if params is not None else self.session.execute(statement)

    # --- entities ---------------------------------------------------------------------

    def add_entities(self, entities: Sequence[r.Entity], who: str) -> None:
        """Insert validated records (any kinds) with their search terms, in bulk."""
        if not entities:
            return
        moment = utcnow()
        for e in entities:
            e.created_at = e.updated_at = moment
            e.created_by = e.updated_by = who
            e.version = 1
        self.key_claims.extend(e for e in entities if e.UNIQUE_KEYS)
        insert_many(self.session, ENTITY, [m.entity_values(e) for e in entities])
        by_kind: dict[EntityKind, list[dict[str, Any]]] = {}
        for e in entities:
            by_kind.setdefault(e.KIND, []).append(m.detail_values(e))
        # Sources before tips: a tip's source must exist when the tip row goes in.
        for kind in EntityKind:
            if kind in by_kind:
                insert_many(self.session, DETAIL[kind], by_kind[kind])
        substances = [row for e in entities if isinstance(e, r.Seizure) for row in m.substance_values(e)]
        if substances:
            insert_many(self.session, SUBSTANCE, substances)
        originals = [m.original_values(e) for e in entities if isinstance(e, r.Tip) and e.original_text]
        if originals:
            insert_many(self.session, ORIGINAL, originals)
        insert_many(self.session, SEARCH, [row for e in entities for row in m.search_values(e)])

    def update_entity(self, entity: r.Entity, who: str) -> None:
        """Write a changed record; refuse if its version is not the one stored."""
        new_version = entity.version + 1
        moment = utcnow()
        values = m.entity_values(entity)
        values.update(updated_at=moment, updated_by=who, version=new_version)
        for name in ("id", "created_at", "created_by", "kind", "deleted"):
            values.pop(name)
        result = self._exec(
            update(ENTITY)
            .where(
                ENTITY.c.id == entity.id,
                ENTITY.c.version == entity.version,
                ENTITY.c.kind == entity.KIND.value,
            )
            .values(**values)
        )
        if result.rowcount != 1:
            self._raise_missing_or_stale(entity.id)
        if isinstance(entity, r.Tip):  # before the tip's source may change, while it is the one read
            self._put_original(entity)
        detail = m.detail_values(entity)
        detail.pop("id")
        if entity.UNIQUE_KEYS:
            self.key_claims.append(entity)
        self._exec(update(DETAIL[entity.KIND]).where(DETAIL[entity.KIND].c.id == entity.id).values(**detail))
        if isinstance(entity, r.Seizure):
            self._exec(delete(SUBSTANCE).where(SUBSTANCE.c.seizure_id == entity.id))
            rows = m.substance_values(entity)
            if rows:
                self._exec(insert(SUBSTANCE), rows)
        self._exec(delete(SEARCH).where(SEARCH.c.entity_id == entity.id))
        terms = m.search_values(entity)
        if terms:
            self._exec(insert(SEARCH), terms)
        entity.version, entity.updated_at, entity.updated_by = new_version, moment, who

    def _put_original(self, tip: r.Tip) -> None:
        """Write a tip's original wording (an empty one blanks the stored row, if any).

        On PostgreSQL a row the server hides from this login is neither matched nor added to:
        the services hand over only a wording the acting user may read, and to anyone else the
        one they were shown, none.
        """
        done = self._exec(update(ORIGINAL).where(ORIGINAL.c.tip_id == tip.id).values(wording=tip.original_text))
        if done.rowcount == 0 and tip.original_text:
            self._exec(insert(ORIGINAL), [m.original_values(tip)])

    def _raise_missing_or_stale(self, entity_id: UUID) -> None:
        exists = self._exec(select(ENTITY.c.version).where(ENTITY.c.id == entity_id)).scalar()
        if exists is None:
            raise NotFound("This record no longer exists.")
        raise Conflict("Someone else changed this record since you opened it; reopen it to see their changes.")

    def set_deleted(self, entity_id: UUID, deleted: bool, who: str) -> EntityKind:
        result = self._exec(
            update(ENTITY)
            .where(ENTITY.c.id == entity_id, ENTITY.c.deleted == (not deleted))
            .values(deleted=deleted, updated_at=utcnow(), updated_by=who, version=ENTITY.c.version + 1)
            .returning(ENTITY.c.kind)
        )
        kind = result.scalar()
        if kind is None:
            raise NotFound("No such record." if deleted else "No deleted record with this id.")
        found = EntityKind(kind)
        if found in m.HOLDS_KEYS:
            # deleting frees the record's plate or number; restoring claims it back, which the
            # unique indexes refuse if another live record took it meanwhile
            if not deleted:
                self.key_claims.append(self.get_entity(entity_id))
            table = DETAIL[found]
            self._exec(update(table).where(table.c.id == entity_id).values(holds_keys=not deleted))
        return found

    def get_entity(self, entity_id: UUID, include_deleted: bool = False) -> r.Entity:
        found = self.get_entities([entity_id], include_deleted)
        if not found:
            raise NotFound("No such record (it may have been deleted).")
        return found[0]

    def get_entities(self, entity_ids: Sequence[UUID], include_deleted: bool = False) -> list[r.Entity]:
        """Records by id, in the order asked (missing ones left out)."""
        rows: dict[UUID, Any] = {}
        for chunk in _chunks(list(entity_ids)):
            q = select(ENTITY).where(ENTITY.c.id.in_(chunk))
            if not include_deleted:
                q = q.where(ENTITY.c.deleted.is_(False))
            rows.update({row.id: row._mapping for row in self._exec(q)})
        by_kind: dict[EntityKind, list[UUID]] = {}
        for row in rows.values():
            by_kind.setdefault(EntityKind(row["kind"]), []).append(row["id"])
        out: dict[UUID, r.Entity] = {}
        for kind, ids in by_kind.items():
            table = DETAIL[kind]
            substances: dict[UUID, list[Any]] = {}
            details: dict[UUID, Any] = {}
            for chunk in _chunks(ids):
                q = select(table).where(table.c.id.in_(chunk))
                if kind == EntityKind.TIP:
                    # a wording the server hides from this login comes back empty, as no wording
                    q = q.add_columns(ORIGINAL.c.wording.label("original_text")).outerjoin(
                        ORIGINAL, ORIGINAL.c.tip_id == table.c.id
                    )
                details.update({d.id: d._mapping for d in self._exec(q)})
                if kind == EntityKind.SEIZURE:
                    for s in self._exec(select(SUBSTANCE).where(SUBSTANCE.c.seizure_id.in_(chunk))):
                        substances.setdefault(s.seizure_id, []).append(s._mapping)
            for entity_id in ids:
                out[entity_id] = m.to_entity(rows[entity_id], details[entity_id], substances.get(entity_id))
        return [out[i] for i in entity_ids if i in out]

    def list_refs(
        self,
        kind: EntityKind | None = None,
        *,
        offset: int = 0,
        limit: int | None = 500,
        include_deleted: bool = False,
    ) -> list[r.EntityRef]:
        q = select(ENTITY.c.id, ENTITY.c.kind, ENTITY.c.label)
        if kind is not None:
            q = q.where(ENTITY.c.kind == kind.value)
        if not include_deleted:
            q = q.where(ENTITY.c.deleted.is_(False))
        q = q.order_by(ENTITY.c.label, ENTITY.c.id).offset(offset)
        if limit is not None:
            q = q.limit(limit)
        return [r.EntityRef(row.id, EntityKind(row.kind), row.label) for row in self._exec(q)]

    def refs(self, entity_ids: Iterable[UUID]) -> dict[UUID, r.EntityRef]:
        out: dict[UUID, r.EntityRef] = {}
        for chunk in _chunks(list(set(entity_ids))):
            q = select(ENTITY.c.id, ENTITY.c.kind, ENTITY.c.label).where(
                ENTITY.c.id.in_(chunk), ENTITY.c.deleted.is_(False)
            )
            out.update({row.id: r.EntityRef(row.id, EntityKind(row.kind), row.label) for row in self._exec(q)})
        return out

    def count(self, kind: EntityKind | None = None) -> int:
        q = select(func.count()).select_from(ENTITY).where(ENTITY.c.deleted.is_(False))
        if kind is not None:
            q = q.where(ENTITY.c.kind == kind.value)
        return int(self._exec(q).scalar_one())

    def counts_by_kind(self) -> dict[EntityKind, int]:
        q = select(ENTITY.c.kind, func.count()).where(ENTITY.c.deleted.is_(False)).group_by(ENTITY.c.kind)
        return {EntityKind(kind): n for kind, n in self._exec(q)}

    def find_ids(self, table_kind: EntityKind, column: str, value: Any) -> list[UUID]:
        """Ids of live records whose detail ``column`` equals ``value`` (plates, numbers…)."""
        table = DETAIL[table_kind]
        q = (
            select(table.c.id)
            .join(ENTITY, ENTITY.c.id == table.c.id)
            .where(table.c[column] == value, ENTITY.c.deleted.is_(False))
        )
        return [row.id for row in self._exec(q)]

    def key_holder(self, kind: EntityKind, column: str, value: str, besides: Iterable[UUID] = ()) -> UUID | None:
        """The live record holding unique key ``column`` = ``value``, other than ``besides``."""
        table = DETAIL[kind]
        q = (
            select(table.c.id)
            .join(ENTITY, ENTITY.c.id == table.c.id)
            .where(table.c[column] == value, ENTITY.c.deleted.is_(False), table.c.id.not_in(list(besides)))
        )
        if kind in m.HOLDS_KEYS:  # the one the index counts, before duplicates flagged by 0009
            q = q.order_by(table.c.holds_keys.desc(), ENTITY.c.created_at)
        return self._exec(q.limit(1)).scalar()

    # --- search -----------------------------------------------------------------------

    @property
    def _sqlite(self) -> bool:
        return self.session.get_bind().dialect.name == "sqlite"

    def _term_filter(self, folded_terms: Sequence[str]) -> Any:
        """A condition on search_term rows containing any of the terms, using the trigram index."""
        if self._sqlite and all(len(term) >= 3 for term in folded_terms):
            # Folded terms are letters and digits only, so quoting them is enough for FTS5.
            match = " OR ".join(f'"{term}"' for term in folded_terms)
            fts = text("SELECT rowid FROM search_fts WHERE search_fts MATCH :match").bindparams(match=match)
            return SEARCH.c.id.in_(fts)
        # PostgreSQL answers LIKE '%…%' from its pg_trgm GIN index; short SQLite terms scan.
        return or_(*[SEARCH.c.term.contains(term, autoescape=True) for term in folded_terms])

    def search(self, folded_terms: Sequence[str], kinds: Sequence[EntityKind] | None, limit: int) -> list[r.EntityRef]:
        """Records any of whose folded search terms contain any of ``folded_terms``."""
        if not folded_terms:
            return []
        q = (
            select(ENTITY.c.id, ENTITY.c.kind, ENTITY.c.label)
            .where(
                ENTITY.c.id.in_(select(SEARCH.c.entity_id).where(self._term_filter(folded_terms))),
                ENTITY.c.deleted.is_(False),
            )
            .order_by(ENTITY.c.kind, ENTITY.c.label)
            .limit(limit)
        )
        if kinds:
            q = q.where(ENTITY.c.kind.in_([kd.value for kd in kinds]))
        return [r.EntityRef(row.id, EntityKind(row.kind), row.label) for row in self._exec(q)]

    def similar_terms(self, folded: str, limit: int = 2000) -> list[tuple[UUID, str]]:
        """(entity id, term) pairs sharing trigrams with ``folded``: candidates for fuzzy ranking."""
        grams = sorted({folded[i : i + 3] for i in range(len(folded) - 2)})
        if not grams:
            return []
        if self._sqlite:
            match = " OR ".join(f'"{g}"' for g in grams)
            q = text(
                "SELECT s.entity_id, s.term FROM search_term s JOIN "
                "(SELECT rowid FROM search_fts WHERE search_fts MATCH :match ORDER BY rank LIMIT :limit) f "
                "ON s.id = f.rowid"
            ).bindparams(match=match, limit=limit)
            rows = self._exec(q)
            return [(m.uuid(row[0]), row[1]) for row in rows]
        q = text(  # word_similarity: how well the query matches the best part of a longer term.
            "SELECT entity_id, term FROM search_term WHERE :q <% term "
            "ORDER BY word_similarity(:q, term) DESC LIMIT :limit"
        ).bindparams(q=folded, limit=limit)
        return [(row[0], row[1]) for row in self._exec(q)]

    # --- links ------------------------------------------------------------------------

    def add_links(self, links: Sequence[r.Link], who: str) -> None:
        if not links:
            return
        moment = utcnow()
        for link in links:
            link.created_at = link.updated_at = moment
            link.created_by = link.updated_by = who
            link.version = 1
        for chunk in _chunks(list(links), 5000):
            insert_many(self.session, LINK, [m.link_values(link) for link in chunk])

    def update_link(self, link: r.Link, who: str) -> None:
        values = m.link_values(link)
        for name in ("id", "created_at", "created_by", "deleted"):
            values.pop(name)
        values.update(updated_at=utcnow(), updated_by=who, version=link.version + 1)
        result = self._exec(update(LINK).where(LINK.c.id == link.id, LINK.c.version == link.version).values(**values))
        if result.rowcount != 1:
            raise Conflict("This link was changed or removed by someone else; reopen it.")
        link.version += 1

    def get_link(self, link_id: UUID) -> r.Link:
        row = self._exec(select(LINK).where(LINK.c.id == link_id, LINK.c.deleted.is_(False))).first()
        if row is None:
            raise NotFound("No such link (it may have been removed).")
        return m.to_link(row._mapping)

    def set_link_deleted(self, link_id: UUID, deleted: bool, who: str) -> None:
        result = self._exec(
            update(LINK)
            .where(LINK.c.id == link_id, LINK.c.deleted.is_(not deleted))
            .values(deleted=deleted, updated_at=utcnow(), updated_by=who, version=LINK.c.version + 1)
        )
        if result.rowcount != 1:
            raise NotFound("No such link.")

    def links_touching(self, entity_ids: Iterable[UUID]) -> list[r.Link]:
        """Live links with at least one end in ``entity_ids`` and both ends live."""
        ids = list(set(entity_ids))
        found: dict[UUID, r.Link] = {}
        for chunk in _chunks(ids, 450):
            q = select(LINK).where(
                LINK.c.deleted.is_(False), or_(LINK.c.source_id.in_(chunk), LINK.c.target_id.in_(chunk))
            )
            for row in self._exec(q):
                found[row.id] = m.to_link(row._mapping)
        live = self.live_ids({x for link in found.values() for x in (link.source_id, link.target_id)})
        return [link for link in found.values() if link.source_id in live and link.target_id in live]

    def links_among(self, entity_ids: Iterable[UUID]) -> list[r.Link]:
        """Live links with both ends in ``entity_ids``, which the caller knows to be live.

        Looked up by source only (one index), the target checked here before any row is mapped:
        several times faster than ``links_touching`` for a chart's worth of records.
        """
        wanted = set(entity_ids)
        out: list[r.Link] = []
        for chunk in _chunks(list(wanted)):
            q = select(LINK).where(LINK.c.source_id.in_(chunk), LINK.c.deleted.is_(False))
            out.extend(m.to_link(row._mapping) for row in self._exec(q) if row.target_id in wanted)
        return out

    def live_ids(self, entity_ids: Iterable[UUID]) -> set[UUID]:
        out: set[UUID] = set()
        for chunk in _chunks(list(entity_ids)):
            q = select(ENTITY.c.id).where(ENTITY.c.id.in_(chunk), ENTITY.c.deleted.is_(False))
            out.update(row.id for row in self._exec(q))
        return out

    def dates_of(self, entity_ids: Iterable[UUID]) -> dict[UUID, Any]:
        ids = list(entity_ids)
        out: dict[UUID, Any] = {}
        for kind, column in (
            (EntityKind.TIP, "received_at"),
            (EntityKind.SEIZURE, "seized_on"),
            (EntityKind.EVENT, "occurred_at"),
        ):
            table = DETAIL[kind]
            for chunk in _chunks(ids):
                for row in self._exec(select(table.c.id, table.c[column]).where(table.c.id.in_(chunk))):
                    value = row[1]
                    out[row.id] = value.date() if isinstance(value, datetime) else value
        return out

    def all_dates(self) -> Iterator[tuple[UUID, Any]]:
        for kind, column in (
            (EntityKind.TIP, "received_at"),
            (EntityKind.SEIZURE, "seized_on"),
            (EntityKind.EVENT, "occurred_at"),
        ):
            table = DETAIL[kind]
            for row in self._exec(select(table.c.id, table.c[column])):
                value = row[1]
                yield row.id, value.date() if isinstance(value, datetime) else value

    def iter_all_refs(self) -> Iterator[tuple[UUID, str, str]]:
        q = select(ENTITY.c.id, ENTITY.c.kind, ENTITY.c.label).where(ENTITY.c.deleted.is_(False))
        for row in self._exec(q):
            yield row.id, row.kind, row.label

    def iter_all_links(self) -> Iterator[r.Link]:
        """Every live link, with only what a graph needs (the bulk read of the whole database)."""
        q = select(*(LINK.c[name] for name in m.GRAPH_LINK_COLUMNS)).where(LINK.c.deleted.is_(False))
        for row in self._exec(q):
            yield m.to_graph_link(row)

    # --- cases ------------------------------------------------------------------------

    def add_case(self, case: r.Case, who: str) -> None:
        case.created_at = case.updated_at = utcnow()
        case.created_by = case.updated_by = who
        case.version = 1
        self._check_reference_free(case.reference, None)
        self._exec(insert(CASE), [m.case_values(case)])

    def _check_reference_free(self, reference: str, case_id: UUID | None) -> None:
        q = select(CASE.c.id).where(CASE.c.reference_key == reference_key(reference))
        if case_id is not None:
            q = q.where(CASE.c.id != case_id)
        if self._exec(q).first() is not None:
            raise Conflict(f"A case with reference '{reference}' already exists.")

    def update_case(self, case: r.Case, who: str) -> None:
        self._check_reference_free(case.reference, case.id)
        values = m.case_values(case)
        for name in ("id", "created_at", "created_by", "deleted"):
            values.pop(name)
        moment = utcnow()
        values.update(updated_at=moment, updated_by=who, version=case.version + 1)
        result = self._exec(update(CASE).where(CASE.c.id == case.id, CASE.c.version == case.version).values(**values))
        if result.rowcount != 1:
            raise Conflict("This case was changed by someone else since you opened it; reopen it.")
        case.version += 1
        case.updated_at, case.updated_by = moment, who

    def get_case(self, case_id: UUID) -> r.Case:
        row = self._exec(select(CASE).where(CASE.c.id == case_id, CASE.c.deleted.is_(False))).first()
        if row is None:
            return self._case_elsewhere(case_id, None) or _raise(NotFound("No such case."))
        return m.to_case(row._mapping)

    def find_case(self, reference: str) -> r.Case:
        row = self._exec(
            select(CASE).where(CASE.c.reference_key == reference_key(reference), CASE.c.deleted.is_(False))
        ).first()
        if row is None:
            found = self._case_elsewhere(None, reference)
            return found or _raise(NotFound(f"No case with reference '{reference}'."))
        return m.to_case(row._mapping)

    def _case_elsewhere(self, case_id: UUID | None, reference: str | None) -> r.Case | None:
        """On a server a login does not see a restricted case it is outside of (migration 0008):
        the server says only whom to contact about it, and audits that it did."""
        if not self._on_server:
            return None
        row = self._exec(
            text("SELECT case_id, lead FROM cross_desk_deconflict_case(:id, :key, NULL)"),
            {"id": case_id, "key": reference_key(reference) if reference is not None else None},
        ).first()
        if row is None:
            return None
        self.deconflicted_by_server.add(row.case_id)
        return r.Case(id=row.case_id, reference=reference or "", title="", lead=row.lead, restricted=True)

    def outside_cases_of(self, entity_id: UUID, username: str) -> list[r.Case]:
        """Restricted cases holding ``entity_id`` that ``username`` is outside of; on a server,
        where the login cannot see them, as the server tells them (and audits)."""
        outside = [c for c in self.cases_of(entity_id) if not c.is_insider(username)]
        if outside or not self._on_server:
            return outside
        rows = self._exec(
            text("SELECT case_id, lead FROM cross_desk_deconflict_record(:id, NULL)"), {"id": entity_id}
        ).all()
        self.deconflicted_by_server.update(row.case_id for row in rows)
        return [r.Case(id=row.case_id, reference="", title="", lead=row.lead, restricted=True) for row in rows]

    @property
    def _on_server(self) -> bool:
        return self.session.get_bind().dialect.name == "postgresql"

    def list_cases(self, include_closed: bool = True) -> list[r.Case]:
        q = select(CASE).where(CASE.c.deleted.is_(False)).order_by(CASE.c.reference)
        if not include_closed:
            q = q.where(CASE.c.status != "closed")
        return [m.to_case(row._mapping) for row in self._exec(q)]

    def restricted_for(self, username: str) -> dict[UUID, EntityKind]:
        """Tips, seizures and events that only restricted cases ``username`` is outside of hold.

        They are case-specific details: such a user must not see them, nor count them.
        """
        restricted = [
            m.to_case(row._mapping)
            for row in self._exec(select(CASE).where(CASE.c.restricted.is_(True), CASE.c.deleted.is_(False)))
        ]
        outside = [c.id for c in restricted if not c.is_insider(username)]
        if not outside:
            return {}
        specific = [EntityKind.TIP.value, EntityKind.SEIZURE.value, EntityKind.EVENT.value]
        q = (
            select(MEMBER.c.entity_id, ENTITY.c.kind)
            .join(ENTITY, ENTITY.c.id == MEMBER.c.entity_id)
            .where(MEMBER.c.case_id.in_(outside), ENTITY.c.kind.in_(specific))
        )
        hidden = {row.entity_id: EntityKind(row.kind) for row in self._exec(q)}
        for chunk in _chunks(list(hidden)):
            also = select(MEMBER.c.entity_id).where(MEMBER.c.entity_id.in_(chunk), MEMBER.c.case_id.not_in(outside))
            for row in self._exec(also):
                hidden.pop(row.entity_id, None)
        return hidden

    def case_signature(self) -> tuple[int, Any]:
        """Changes whenever a case is added, edited or deleted: for caches of case texts."""
        row = self._exec(select(func.count(), func.max(CASE.c.updated_at)).select_from(CASE)).one()
        return int(row[0]), row[1]

    def case_texts(self) -> list[tuple[UUID, str, str, str]]:
        """(id, reference, title, prosecutor's reference) of every live case."""
        q = select(CASE.c.id, CASE.c.reference, CASE.c.title, CASE.c.prosecutor_ref).where(CASE.c.deleted.is_(False))
        return [(row.id, row.reference, row.title, row.prosecutor_ref) for row in self._exec(q)]

    def add_members(self, case_id: UUID, entity_ids: Iterable[UUID], who: str, *, new_case: bool = False) -> list[UUID]:
        """Add records to a case; returns those that were not members yet.

        ``new_case``: the case and the records were just written in this transaction (bulk
        loads), so there is nothing to check.
        """
        wanted = list(dict.fromkeys(entity_ids))
        present = set() if new_case else set(self.member_ids(case_id, include_deleted=True))
        new = [e for e in wanted if e not in present]
        missing = set() if new_case else set(new) - self.live_ids(new)
        if missing:
            raise NotFound(f"{len(missing)} of the records to add no longer exist.")
        if new:
            moment = utcnow()
            insert_many(
                self.session,
                MEMBER,
                [{"case_id": case_id, "entity_id": e, "added_at": moment, "added_by": who} for e in new],
            )
        return new

    def remove_members(self, case_id: UUID, entity_ids: Iterable[UUID]) -> int:
        ids = list(entity_ids)
        total = 0
        for chunk in _chunks(ids):
            total += self._exec(
                delete(MEMBER).where(MEMBER.c.case_id == case_id, MEMBER.c.entity_id.in_(chunk))
            ).rowcount
        return total

    def member_ids(self, case_id: UUID, include_deleted: bool = False) -> list[UUID]:
        q = select(MEMBER.c.entity_id).where(MEMBER.c.case_id == case_id)
        if not include_deleted:
            q = q.join(ENTITY, ENTITY.c.id == MEMBER.c.entity_id).where(ENTITY.c.deleted.is_(False))
        return [row.entity_id for row in self._exec(q)]

    def cases_of(self, entity_id: UUID) -> list[r.Case]:
        q = (
            select(CASE)
            .join(MEMBER, MEMBER.c.case_id == CASE.c.id)
            .where(MEMBER.c.entity_id == entity_id, CASE.c.deleted.is_(False))
            .order_by(CASE.c.reference)
        )
        return [m.to_case(row._mapping) for row in self._exec(q)]

    # --- source identities ------------------------------------------------------------

    def get_identity(self, source_id: UUID) -> r.SourceIdentity | None:
        row = self._exec(select(IDENTITY).where(IDENTITY.c.source_id == source_id)).first()
        return m.to_identity(row._mapping) if row else None

    def put_identity(self, identity: r.SourceIdentity) -> None:
        values = m.identity_values(identity)
        exists = self._exec(select(IDENTITY.c.source_id).where(IDENTITY.c.source_id == identity.source_id)).first()
        if exists:
            values.pop("source_id")
            self._exec(update(IDENTITY).where(IDENTITY.c.source_id == identity.source_id).values(**values))
        else:
            self._exec(insert(IDENTITY), [values])
