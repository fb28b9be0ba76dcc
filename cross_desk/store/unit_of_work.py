"""One transaction per use case: it commits whole or leaves nothing behind."""

from __future__ import annotations

from types import TracebackType

from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm import Session

from cross_desk.domain.access import Forbidden
from cross_desk.domain.errors import Conflict, DatabaseUnavailable
from cross_desk.store.database import SessionFactory
from cross_desk.store.repository import Repository
from cross_desk.store.security import SecurityStore


class UnitOfWork:
    def __init__(self, factory: SessionFactory) -> None:
        self._factory = factory
        self._session: Session | None = None

    def __enter__(self) -> UnitOfWork:
        self._session = self._factory()
        self.repo = Repository(self._session)
        self.security = SecurityStore(self._session)
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
            raise Conflict(_integrity_message(str(exc.orig))) from None
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
            # The constraint name tells what clashed; never echo the row (it may be restricted).
            raise Conflict(_integrity_message(str(err.orig))) from None
        except DBAPIError as err:
            self._session.rollback()
            if _refused_by_server(err):
                raise Forbidden(REFUSED) from err
            raise


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
