"""Application start: Qt setup, language, logging, opening the database, the main window."""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QMessageBox

from cross_desk.bootstrap import App, PassphraseNeeded, WrongPassphrase, open_app
from cross_desk.domain.errors import DomainError
from cross_desk.services import Services
from cross_desk.settings import Settings, SettingsError


def qt_application() -> QApplication:
    """The QApplication, set up once: names for QSettings, language, stylesheet, error log."""
    from cross_desk.gui import errors, i18n
    from cross_desk.gui.icons import icon

    existing = QApplication.instance()
    qt_app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    qt_app.setApplicationName("cross_desk")
    qt_app.setOrganizationName("cross_desk")
    qt_app.setWindowIcon(icon("app"))
    errors.setup_logging()
    errors.install_excepthook()
    i18n.apply_language()
    style = i18n.RESOURCES / "style.qss"
    if style.exists():
        qt_app.setStyleSheet(style.read_text(encoding="utf-8"))
    return qt_app


def start_desk(services: Services):  # type: ignore[no-untyped-def]
    """Open the investigator's desk for signed-in ``services``; returns the window."""
    from cross_desk.gui.main_window import MainWindow

    window = MainWindow(services)
    window.show()
    return window


def open_database(settings: Settings, ask: Any = None) -> App | None:
    """Open the database; an encrypted local file asks its passphrase until it opens or the user
    gives up (None). ``ask(retry)`` returns the passphrase or None (a dialog by default)."""
    try:
        return open_app(settings)
    except PassphraseNeeded:
        pass
    ask = ask or _ask_passphrase
    retry = False
    while True:
        passphrase = ask(retry)
        if passphrase is None:
            return None
        try:
            return open_app(settings, passphrase=passphrase)
        except WrongPassphrase:
            retry = True


def _ask_passphrase(retry: bool) -> str | None:
    text = QCoreApplication.translate("Startup", "This database is encrypted. Passphrase:")
    if retry:
        wrong = QCoreApplication.translate("Startup", "Wrong passphrase; try again.")
        text = f"{wrong}\n{text}"
    value, ok = QInputDialog.getText(None, "cross_desk", text, QLineEdit.EchoMode.Password)
    return value if ok else None


def run_gui(database_url: str | None = None) -> int:
    qt_app = qt_application()
    try:
        app = open_database(Settings.load(database_url))
    except (DomainError, SettingsError) as err:
        from cross_desk.gui.messages import translate

        QMessageBox.critical(None, "cross_desk", translate(str(err)))
        return 1
    if app is None:
        return 0
    if app.notices:
        from cross_desk.gui.messages import translate

        for notice in app.notices:  # e.g. the audit log's guards put back: the user must know
            QMessageBox.warning(None, "cross_desk", translate(notice))
    from cross_desk.gui.sign_in import sign_in

    services = sign_in(app)
    if services is None:
        app.close()
        return 0
    window = start_desk(services)
    try:
        return qt_app.exec()
    finally:
        del window
        app.close()
