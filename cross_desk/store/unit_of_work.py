"""One transaction per use case: it commits whole or leaves nothing behind."""

from __future__ import annotations

from types import TracebackType

from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm import Session

from cross_desk.domain import records as r
from cross_desk.domain.access import Forbidden
from cross_desk.domain.errors import Conflict, DatabaseUnavailable
from cross_desk.store.charts import ChartStore
from cross_desk.store.database import SessionFactory
from cross_desk.store.repository import Repository
from cross_desk.store.retention import RetentionStore
from cross_desk.store.security import SecurityStore


class UnitOfWork:
    def __init__(self, factory: SessionFactory) -> None:
        self._factory = factory
        self._session: Session | None = None

    def __enter__(self) -> UnitOfWork:
        self._session = self._factory()
        self.repo = Repository(self._session)
        self.security = SecurityStore(self._session)
        self.charts = ChartStore(self._session)
        self.retention = RetentionStore(self._session)
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        assert self._session is not None
        try:
            self._session.rollback()  # no-op after a commit; undoes everything otherwise
        finally:
            self._session.close()
            self._session = None
        if isinstance(exc, IntegrityError):
            raise self._clash(exc) from None
        if _refused_by_server(exc):
            raise Forbidden(REFUSED) from exc  # the server's words stay on the chain, for the log
        if isinstance(exc, OperationalError):
            raise DatabaseUnavailable(f"The database could not be used: {' '.join(str(exc.orig).split())}") from None

    def refresh_statistics(self) -> None:
        """ANALYZE: after bulk loads the query planner otherwise picks poor indexes."""
        assert self._session is not None
        self._session.connection().exec_driver_sql("ANALYZE")
        self._session.commit()

    @property
    def session(self) -> Session:
        """For store modules that work on the session directly (bulk, retention)."""
        assert self._session is not None
        return self._session

    def commit(self) -> None:
        assert self._session is not None
        try:
            self._session.commit()
        except IntegrityError as err:
            self._session.rollback()
            raise self._clash(err) from None
        except DBAPIError as err:
            self._session.rollback()
            if _refused_by_server(err):
                raise Forbidden(REFUSED) from err
            raise

    def _clash(self, err: IntegrityError) -> Conflict:
        """The Conflict to raise for ``err``, after the transaction was rolled back.

        A unique index refusing a plate, number… that the services' check saw free was a race
        with another workstation: the record holding it is looked up (in a new transaction, where
        the winner's commit is visible) so that the user is offered to open it, as when the check
        itself finds it. Otherwise the constraint's name says what clashed; the server's detail
        is never echoed (it may quote a row the user may not read).
        """
        text = str(err.orig)
        claims = self.repo.key_claims
        if claims and "foreign key" not in text.lower():
            with self._factory() as session:
                found = _duplicate_in(Repository(session), claims)
            if found is not None:
                return found
        return Conflict(_integrity_message(text))


def _duplicate_in(repo: Repository, claims: list[r.Entity]) -> Conflict | None:
    """The first unique key of ``claims`` held by another live record, or given twice in them."""
    ours = {e.id for e in claims}
    seen: dict[tuple[str, str, str], r.Entity] = {}
    twice: Conflict | None = None
    for entity in claims:
        for name, value in entity.unique_values():
            holder = repo.key_holder(entity.KIND, name, value, besides=ours)
            if holder is not None:
                return entity.duplicate(name, holder)
            other = seen.setdefault((entity.KIND.value, name, value), entity)
            if other is not entity and other.id != entity.id and twice is None:
                twice = entity.duplicate(name, None)
    return twice


#: PostgreSQL refused a login's statement (grants, row-level security, the triggers of 0005/0007):
#: the services check first, so this is a rule the server holds that the client did not foresee.
REFUSED = "The database server refused this change: your account may not make it."


def _refused_by_server(exc: BaseException | None) -> bool:
    return isinstance(exc, DBAPIError) and getattr(exc.orig, "sqlstate", None) == "42501"


def _integrity_message(text: str) -> str:
    lowered = text.lower()
    # first: PostgreSQL's foreign-key message says "is still referenced", not a case reference
    if "foreign key" in lowered:
        return "A record this change refers to no longer exists."
    if "codename" in lowered:
        return "That codename is already taken."
    if "reference" in lowered:
        return "That case reference is already taken."
    return "This change clashes with records already stored; nothing was saved."
