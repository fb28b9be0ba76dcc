"""Progress and cancellation for long analyses, without knowing who listens (GUI, CLI, tests).

A computation calls ``progress(done, total)`` now and then and stops with ``Cancelled`` as soon
as it sees ``cancelled()`` turn true. Both are optional. Checks happen between chunks of work
(never inside igraph's C loops), so a cancel takes effect within one chunk.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from cross_desk.domain.errors import DomainError

ProgressFn = Callable[[int, int], None]
CancelFn = Callable[[], bool]

SCALE = 1000  # progress is reported in thousandths of the whole analysis


class Cancelled(DomainError):
    """The user stopped the analysis before it finished."""

    def __init__(self) -> None:
        super().__init__("The analysis was cancelled.")


class Steps:
    """A stretch of an analysis: counts its own work and reports it as a share of the whole.

    ``parts`` splits a stretch into consecutive stretches (one per metric, say), each of which
    counts its own units with ``start(total)`` and ``advance()``.
    """

    def __init__(
        self,
        progress: ProgressFn | None = None,
        cancelled: CancelFn | None = None,
        lo: float = 0.0,
        hi: float = 1.0,
    ) -> None:
        self._progress = progress
        self._cancelled = cancelled
        self.lo, self.hi = lo, hi
        self.total, self.done = 1, 0
        self._last = -1

    def check(self) -> None:
        if self._cancelled is not None and self._cancelled():
            raise Cancelled()

    def start(self, total: int) -> Steps:
        self.total, self.done = max(total, 1), 0
        self.check()
        return self

    def advance(self, amount: int = 1) -> None:
        """``amount`` more units done: report, then raise ``Cancelled`` if asked to stop."""
        self.done = min(self.done + amount, self.total)
        self._report(self.lo + (self.hi - self.lo) * self.done / self.total)
        self.check()

    def finish(self) -> None:
        self.done = self.total
        self._report(self.hi)

    def relay(self) -> ProgressFn:
        """A ``progress`` callback for a sub-computation that reports on its own scale."""

        def report(done: int, total: int) -> None:
            self.total = max(total, 1)
            self.done = min(done, self.total)
            self._report(self.lo + (self.hi - self.lo) * self.done / self.total)

        return report

    def parts(self, weights: Sequence[float]) -> list[Steps]:
        whole = sum(weights) or 1.0
        out, at = [], self.lo
        for weight in weights:
            end = at + (self.hi - self.lo) * weight / whole
            out.append(Steps(self._progress, self._cancelled, at, end))
            at = end
        return out

    def _report(self, fraction: float) -> None:
        value = min(SCALE, round(fraction * SCALE))
        if self._progress is not None and value != self._last:
            self._last = value
            self._progress(value, SCALE)
