"""Helpers for GUI tests: waiting for background jobs."""

from __future__ import annotations

from typing import Any


def drain() -> None:
    """Wait for background jobs, so none outlives the test's database."""
    from PySide6.QtCore import QCoreApplication, QThreadPool

    QThreadPool.globalInstance().waitForDone(10_000)
    QCoreApplication.processEvents()


def wait_idle(qtbot: Any, timeout: int = 8000) -> None:
    """Until no background job is running and queued results were delivered."""
    from cross_desk.gui.jobs import activity

    qtbot.waitUntil(lambda: activity().running == 0, timeout=timeout)
