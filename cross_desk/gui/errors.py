"""Unexpected errors: logged with details in the user's log folder, shown as one short line.

No traceback ever reaches the user; the log file keeps it for whoever fixes the bug.
"""

from __future__ import annotations

import logging
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

import platformdirs
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from cross_desk.settings import APP_NAME

log = logging.getLogger("cross_desk")


def log_file() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)) / "cross_desk.log"


def setup_logging() -> Path:
    """Send warnings and errors of the app to a rotating file in the user's log folder."""
    path = log_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = RotatingFileHandler(path, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
    except OSError:
        handler = logging.StreamHandler()  # a read-only home must not stop the app
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    if not any(getattr(h, "baseFilename", None) == str(path) for h in log.handlers):
        log.addHandler(handler)
    log.setLevel(logging.INFO)
    return path


def show_unexpected(text: str | None = None) -> None:
    """Tell the user something went wrong, where the details are, and carry on."""
    app = QApplication.instance()
    if app is None:
        return
    message = text or QCoreApplication.translate(
        "Errors", "Something unexpected went wrong. The application can go on; the details were written to {path}."
    ).replace("{path}", str(log_file()))
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("Errors", "Unexpected error"),
        message,
        QMessageBox.StandardButton.Ok,
        QApplication.activeWindow(),
    )
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()  # not exec(): a modal loop inside a slot would stall whatever raised


def install_excepthook() -> None:
    """Exceptions escaping a slot go to the log and a short dialog, not to a console."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        log.error("unexpected error", exc_info=(kind, value, tb))
        sys.__excepthook__(kind, value, tb)  # a terminal, when there is one, sees it too
        show_unexpected()

    sys.excepthook = hook
