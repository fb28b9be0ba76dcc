"""Application start: Qt setup, opening the database, the main window."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QMessageBox

from cross_desk.bootstrap import open_app
from cross_desk.domain.errors import DomainError
from cross_desk.settings import Settings, SettingsError


def run_gui(database_url: str | None = None) -> int:
    qt_app = QApplication.instance() or QApplication(sys.argv)
    qt_app.setApplicationName("cross_desk")
    qt_app.setOrganizationName("cross_desk")
    try:
        app = open_app(Settings.load(database_url))
    except (DomainError, SettingsError) as err:
        QMessageBox.critical(None, "cross_desk", str(err))
        return 1
    from cross_desk.gui.main_window import MainWindow
    from cross_desk.gui.sign_in import sign_in

    services = sign_in(app)
    if services is None:
        app.close()
        return 0
    window = MainWindow(services)
    window.show()
    try:
        return qt_app.exec()
    finally:
        app.close()
