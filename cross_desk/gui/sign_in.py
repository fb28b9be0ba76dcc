"""Signing in at start, creating the first administrator, and the idle lock.

The password check (Argon2id, and the growing delays after failures) runs off the GUI thread.
The idle lock hides nothing away and closes nothing: it covers the open windows with a modal
dialog that asks the same user's password again, so unsaved work is still there afterwards.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from cross_desk.bootstrap import App
from cross_desk.gui.jobs import run_op
from cross_desk.gui.messages import translate
from cross_desk.services import Services


class SignInDialog(QDialog):
    """User name and password; on a database without accounts, creates the administrator."""

    def __init__(self, app: App, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.services: Services | None = None
        self.first_run = not app.has_users()
        self.setWindowTitle(self.tr("cross_desk — sign in"))
        self.setMinimumWidth(420)

        title = QLabel(self.tr("Create the administrator account") if self.first_run else self.tr("Sign in"))
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        database = QLabel(app.description)
        database.setWordWrap(True)
        database.setStyleSheet("color: palette(mid);")
        explain = QLabel(
            self.tr("This database has no accounts yet. The first account administers the others.")
            if self.first_run
            else ""
        )
        explain.setWordWrap(True)
        explain.setVisible(self.first_run)

        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        if self.first_run:
            form.addRow(self.tr("Password again"), self.again)

        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Create and sign in") if self.first_run else self.tr("Sign in")
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        for widget in (title, database, explain):
            layout.addWidget(widget)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.username.setFocus()

    def submit(self) -> None:
        username, password = self.username.text().strip(), self.password.text()
        if not username or not password:
            self.show_error(self.tr("Enter your user name and password."))
            return
        if self.first_run and password != self.again.text():
            self.show_error(self.tr("The two passwords differ."))
            return
        self.buttons.setEnabled(False)
        self.error.hide()
        app, first = self.app, self.first_run

        def work() -> Services:
            if first:
                app.accounts.create_first_admin(username, password)
            return app.sign_in(username, password)

        run_op(work, self._signed_in, self.show_error)

    def _signed_in(self, services: Services) -> None:
        self.services = services
        self.accept()

    def show_error(self, message: str) -> None:
        self.buttons.setEnabled(True)
        self.password.clear()
        self.again.clear()
        self.password.setFocus()
        self.error.setText(self.say(message))
        self.error.show()

    def say(self, message: str) -> str:
        """Sign-in's own messages in the interface language; others as the desk shows them."""
        fixed = {
            "Wrong user name or password.": self.tr("Wrong user name or password."),
            "This account is disabled: ask an administrator.": self.tr(
                "This account is disabled: ask an administrator."
            ),
        }
        if message in fixed:
            return fixed[message]
        if m := _LOCKED.match(message):
            return self.tr("This account is locked after too many failed attempts, until %1.").replace("%1", m[1])
        if m := _UNREACHABLE.match(message):
            return self.tr(
                "Cannot reach the server %1: check the network, or ask your administrator "
                "whether the database server is running."
            ).replace("%1", m[1])
        if m := _BEHIND.match(message):
            return self.tr(
                "The database %1 is not at the current schema: ask your administrator to run `cross-desk init`."
            ).replace("%1", m[1])
        return translate(message)


# the English messages of cross_desk.bootstrap and services.accounts, with their values
_LOCKED = re.compile(r"^This account is locked after too many failed attempts, until (.+)\.$")
_UNREACHABLE = re.compile(r"^Cannot reach the server (\S+): ")
_BEHIND = re.compile(r"^The database (.+) is not at the current schema: ask your administrator")


class LockDialog(QDialog):
    """Asks the signed-in user's password again after the idle time."""

    def __init__(self, app: App, username: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app, self.username = app, username
        self.setWindowTitle(self.tr("cross_desk — locked"))
        self.setModal(True)
        message = QLabel(
            self.tr(
                "The session was locked after inactivity. Your work is kept.\nEnter the password of %1 to go on."
            ).replace("%1", username)
        )
        message.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Unlock"))
        buttons.accepted.connect(self.submit)
        layout = QVBoxLayout(self)
        layout.addWidget(message)
        layout.addWidget(self.password)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def submit(self) -> None:
        password = self.password.text()
        self.password.clear()
        app, username = self.app, self.username
        run_op(lambda: app.check_password(username, password), self._checked, self._failed)

    def _checked(self, ok: bool) -> None:
        if ok:
            self.accept()
        else:
            self._failed(self.tr("Wrong password."))

    def _failed(self, message: str) -> None:
        self.error.setText(translate(message))
        self.error.show()

    def reject(self) -> None:  # Escape must not unlock
        pass


class IdleLock(QObject):
    """Locks the session after ``minutes`` without keyboard or mouse input."""

    _ACTIVITY = frozenset(
        {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel}
    )

    def __init__(self, app: App, username: str, minutes: int) -> None:
        super().__init__()
        self.app, self.username = app, username
        self.timer = QTimer(self, singleShot=True, interval=minutes * 60_000)
        self.timer.timeout.connect(self.lock)
        self.dialog: LockDialog | None = None
        QApplication.instance().installEventFilter(self)  # type: ignore[union-attr]
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self._ACTIVITY and self.dialog is None:
            self.timer.start()
        return False

    def lock(self) -> None:
        if self.dialog is not None:
            return
        self.dialog = LockDialog(self.app, self.username, QApplication.activeWindow())
        self.dialog.finished.connect(self._unlocked)
        self.dialog.open()

    def _unlocked(self) -> None:
        self.dialog = None
        self.timer.start()


_idle_lock: IdleLock | None = None


def sign_in(app: App) -> Services | None:
    """Ask for a user name and password; the signed-in services, or None if the user gave up."""
    dialog = SignInDialog(app)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.services is None:
        return None
    global _idle_lock
    _idle_lock = IdleLock(app, dialog.services.actor.username, app.policy.idle_lock_minutes)
    return dialog.services
