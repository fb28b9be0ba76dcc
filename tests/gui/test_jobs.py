"""run_op: results come back on the GUI thread; a progress dialog reports and can cancel."""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtWidgets import QWidget

from cross_desk.domain.errors import ValidationError
from cross_desk.gui.jobs import Job, activity, run_op


def test_result_error_and_progress(qtbot: Any, qapp: Any) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    got: list[Any] = []
    gui_thread = threading.current_thread()

    def work(job: Job) -> int:
        for i in range(3):
            job.report(i, 3)
        return 42

    def done(value: int) -> None:
        got.append((value, threading.current_thread() is gui_thread))

    run_op(work, done, progress="Working…", parent=parent, takes_job=True)
    qtbot.waitUntil(lambda: bool(got), timeout=5000)
    assert got == [(42, True)]

    errors: list[Any] = []

    def fail() -> None:
        raise ValidationError("plate", "A registration plate is required.")

    run_op(fail, None, errors.append, on_failure=errors.append)
    qtbot.waitUntil(lambda: len(errors) == 2, timeout=5000)
    assert isinstance(errors[0], ValidationError) and errors[1] == "A registration plate is required."
    qtbot.waitUntil(lambda: activity().running == 0, timeout=5000)


def test_cancel_drops_the_result(qtbot: Any, qapp: Any) -> None:
    release = threading.Event()
    got: list[Any] = []

    def slow(job: Job) -> str:
        release.wait(5)
        return "late"

    job = run_op(slow, got.append, takes_job=True, progress="Slow…")
    job.cancel()
    release.set()
    qtbot.waitUntil(lambda: activity().running == 0, timeout=5000)
    assert got == [] and job.cancelled
