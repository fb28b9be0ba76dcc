"""Application start: Qt setup, language, logging, opening the database, the main window."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QMessageBox

from cross_desk.bootstrap import open_app
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


def run_gui(database_url: str | None = None) -> int:
    qt_app = qt_application()
    try:
        app = open_app(Settings.load(database_url))
    except (DomainError, SettingsError) as err:
        from cross_desk.gui.messages import translate

        QMessageBox.critical(None, "cross_desk", translate(str(err)))
        return 1
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
