"""The one way the GUI runs work off its thread: ``run_op``.

A use case runs on a QThreadPool worker; its result or its error comes back to the GUI thread
by signal. Writes are serialised (SQLite has one writer), reads run alongside.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from cross_desk.domain.errors import DomainError

_WRITE_LOCK = threading.Lock()


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(str)


class _Op(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay, write: bool) -> None:
        super().__init__()
        self.fn, self.relay, self.write = fn, relay, write

    def run(self) -> None:
        try:
            if self.write:
                with _WRITE_LOCK:
                    result = self.fn()
            else:
                result = self.fn()
        except DomainError as err:
            self.relay.failed.emit(str(err))
        except Exception as err:  # a bug: keep the app alive, say what happened
            traceback.print_exc()
            self.relay.failed.emit(f"Unexpected error: {err}")
        else:
            self.relay.done.emit(result)


_live: set[_Relay] = set()  # keep relays alive until their op reports back


def run_op(
    fn: Callable[[], Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[str], None] | None = None,
    *,
    write: bool = False,
) -> None:
    relay = _Relay()
    _live.add(relay)

    def finish(_: object = None) -> None:
        _live.discard(relay)

    if on_done:
        relay.done.connect(on_done)
    if on_error:
        relay.failed.connect(on_error)
    relay.done.connect(finish)
    relay.failed.connect(finish)
    QThreadPool.globalInstance().start(_Op(fn, relay, write))
