"""GUI fixtures: the desk on a fresh SQLite database, isolated settings, English by default."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture
def qsettings(tmp_path: Path, qapp: Any) -> Iterator[None]:
    """QSettings in a temporary folder, so tests never read or write the user's own."""
    from PySide6.QtCore import QCoreApplication, QSettings

    QCoreApplication.setOrganizationName("cross_desk_tests")
    QCoreApplication.setApplicationName("cross_desk_tests")
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    QSettings().clear()
    yield
    QSettings().clear()


@pytest.fixture
def english(qapp: Any, qsettings: None) -> Iterator[None]:
    from cross_desk.gui import i18n

    i18n.apply_language("en")
    yield
    i18n.apply_language("en")


@pytest.fixture
def desk(qtbot: Any, sqlite_app: Any, english: None, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """The main window on an empty database (the test adds what it needs)."""
    from cross_desk.gui import forms
    from cross_desk.gui.main_window import MainWindow
    from tests.gui.helpers import drain

    window = MainWindow(sqlite_app.services, restore_session=False)
    window.resize(1400, 900)
    window.show()
    yield window
    monkeypatch.setattr(forms, "ask_unsaved", lambda *_a: forms.DISCARD)
    drain()
    window.close()
    drain()
