"""The one way the GUI runs work off its thread: ``run_op``.

A use case runs on a QThreadPool worker; its result or its error comes back to the GUI thread
by signal. Writes are serialised (SQLite has one writer), reads run alongside. A job may show a
progress dialog with Cancel: cancelling stops waiting and drops the result (a use case is one
transaction and cannot be stopped half-way); a job that takes a ``Job`` argument can also report
progress and look at ``cancelled`` to stop early. ``activity`` tells the status bar how many
jobs are running. An unexpected exception (a bug) is logged with its traceback, never shown.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from cross_desk.domain.errors import DomainError

_WRITE_LOCK = threading.Lock()
log = logging.getLogger("cross_desk.gui")


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(str)
    failure = Signal(object)  # the exception itself, for forms that put a message beside a field
    progress = Signal(int, int)


class Job:
    """A running job: its progress and whether the user cancelled it (thread-safe)."""

    def __init__(self, relay: _Relay) -> None:
        self._relay = relay
        self._cancelled = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def cancel(self) -> None:
        self._cancelled.set()

    def report(self, done: int, total: int) -> None:
        """Call from the job: ``done`` of ``total`` steps (total 0 = unknown)."""
        self._relay.progress.emit(done, total)


class _Activity(QObject):
    changed = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self.running = 0

    def add(self, delta: int) -> None:
        self.running += delta
        self.changed.emit(self.running)


_activity: _Activity | None = None


def activity() -> _Activity:
    """How many jobs are running, for a busy indicator (created on the GUI thread)."""
    global _activity
    if _activity is None:
        _activity = _Activity()
    return _activity


class _Op(QRunnable):
    def __init__(self, fn: Callable[..., Any], relay: _Relay, write: bool, job: Job | None) -> None:
        super().__init__()
        self.fn, self.relay, self.write, self.job = fn, relay, write, job

    def call(self) -> Any:
        return self.fn(self.job) if self.job is not None else self.fn()

    def run(self) -> None:
        try:
            if self.write:
                with _WRITE_LOCK:
                    result = self.call()
            else:
                result = self.call()
        except DomainError as err:
            self.relay.failure.emit(err)
            self.relay.failed.emit(str(err))
        except Exception as err:  # a bug: keep the app alive, log the details, say it briefly
            log.exception("unexpected error in a background job")
            self.relay.failure.emit(err)
            self.relay.failed.emit(
                QCoreApplication.translate(
                    "Jobs", "Unexpected error ({name}); the details were written to the log."
                ).replace("{name}", type(err).__name__)
            )
        else:
            self.relay.done.emit(result)


_live: set[_Relay] = set()  # keep relays alive until their op reports back


def _alive(callback: Callable[..., Any] | None) -> bool:
    """False when ``callback`` belongs to a widget closed and deleted while the job ran.

    That is a bound method of a deleted QObject, or a closure over one (``lambda r: self.x(r)``).
    """
    if callback is None:
        return False
    owners = [getattr(callback, "__self__", None)]
    for cell in getattr(callback, "__closure__", None) or ():
        try:
            owners.append(cell.cell_contents)
        except ValueError:  # an empty cell
            continue
    return all(shiboken6.isValid(o) for o in owners if isinstance(o, QObject))


def run_op(
    fn: Callable[..., Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[str], None] | None = None,
    *,
    write: bool = False,
    on_failure: Callable[[BaseException], None] | None = None,
    progress: str | None = None,
    parent: QWidget | None = None,
    takes_job: bool = False,
) -> Job:
    """Run ``fn`` off the GUI thread; ``on_done(result)`` or ``on_error(message)`` on it.

    ``progress``: a text for a progress dialog (shown after 400 ms, with Cancel unless ``write``).
    ``takes_job``: ``fn`` is called with the ``Job`` (to report progress or see a cancel).
    """
    relay = _Relay()
    _live.add(relay)
    job = Job(relay)
    busy = activity()
    busy.add(1)
    dialog: QProgressDialog | None = None
    if progress:
        dialog = QProgressDialog(progress, "", 0, 0, parent)
        dialog.setWindowTitle(QCoreApplication.translate("Jobs", "Please wait"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        if write:
            dialog.setCancelButton(None)  # a write commits whole or not at all: it cannot be abandoned
        else:
            dialog.setCancelButtonText(QCoreApplication.translate("Jobs", "Cancel"))
            dialog.canceled.connect(job.cancel)

        def show_progress(done: int, total: int) -> None:
            if dialog is not None:
                dialog.setMaximum(total)
                dialog.setValue(done)

        relay.progress.connect(show_progress)
        # QProgressDialog only appears after setValue is called; a timer keeps that from the job.
        QTimer.singleShot(0, lambda: dialog.setValue(0) if dialog is not None else None)

    def finish(_: object = None) -> None:
        _live.discard(relay)
        busy.add(-1)
        if dialog is not None:
            # closing a QProgressDialog emits "canceled": it must not cancel the job that just ended
            with contextlib.suppress(RuntimeError, TypeError):
                dialog.canceled.disconnect(job.cancel)
            dialog.close()
            dialog.deleteLater()

    def deliver(result: object) -> None:
        finish()
        if on_done and not job.cancelled and _alive(on_done):
            on_done(result)

    def deliver_error(message: str) -> None:
        if on_error and not job.cancelled and _alive(on_error):
            on_error(message)

    def deliver_failure(err: object) -> None:
        finish()
        if not isinstance(err, DomainError):
            from cross_desk.gui.errors import show_unexpected

            show_unexpected()
        if on_failure and not job.cancelled and _alive(on_failure):
            on_failure(err)  # type: ignore[arg-type]

    relay.done.connect(deliver)
    # failure comes first (same thread, in order), then the message
    relay.failure.connect(deliver_failure)
    relay.failed.connect(deliver_error)
    QThreadPool.globalInstance().start(_Op(fn, relay, write, job if takes_job else None))
    return job
