"""What a write changed, so each open view can decide whether to refresh."""

from __future__ import annotations

from dataclasses import dataclass, field
from uuid import UUID


@dataclass(frozen=True)
class Changes:
    """Kinds touched ("person", "link", "case"…) and the ids written."""

    kinds: frozenset[str] = field(default_factory=frozenset)
    ids: frozenset[UUID] = field(default_factory=frozenset)

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.kinds | other.kinds, self.ids | other.ids)

    def touches(self, *kinds: str) -> bool:
        return bool(self.kinds & set(kinds))
