from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from cross_desk.bootstrap import App
from cross_desk.demo.generator import DEMO_ACCOUNTS, DemoSpec
from cross_desk.domain.access import Role
from cross_desk.gui.sign_in import IdleLock, SignInDialog
from tests.store.test_postgres_sign_in import PASSWORD, accounts, client, sql  # noqa: F401 (fixtures)


def test_first_run_creates_the_administrator(qtbot, sqlite_app: App, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = SignInDialog(sqlite_app)
    qtbot.addWidget(dialog)
    assert dialog.first_run
    dialog.username.setText("chef")
    dialog.password.setText("long enough password")
    dialog.again.setText("not the same")
    dialog.submit()
    assert "differ" in dialog.error.text()
    dialog.password.setText("long enough password")
    dialog.again.setText("long enough password")
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.services is not None, timeout=10_000)
    assert dialog.services.actor.role == Role.ADMINISTRATOR
    dialog.grab().save(str(tmp_path / "first_run.png"))


def test_wrong_password_is_said_and_right_one_signs_in(qtbot, sqlite_app: App) -> None:  # type: ignore[no-untyped-def]
    sqlite_app.services.demo.load(DemoSpec(people=20, links=40), seed=1)
    dialog = SignInDialog(sqlite_app)
    qtbot.addWidget(dialog)
    assert not dialog.first_run
    username, password = DEMO_ACCOUNTS[Role.ANALYST]
    dialog.username.setText(username)
    dialog.password.setText("wrong")
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.error.isHidden(), timeout=10_000)
    assert dialog.password.text() == "" and "Wrong" in dialog.error.text()
    dialog.password.setText(password)
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.services is not None, timeout=10_000)
    assert dialog.services.actor.username == username


def test_idle_lock_asks_the_password_again_and_keeps_the_window(qtbot, sqlite_app: App) -> None:  # type: ignore[no-untyped-def]
    sqlite_app.services.demo.load(DemoSpec(people=20, links=40), seed=1)
    username, password = DEMO_ACCOUNTS[Role.INVESTIGATOR]
    window = QLabel("unsaved work")
    qtbot.addWidget(window)
    window.show()
    lock = IdleLock(sqlite_app, username, minutes=1)
    lock.timer.setInterval(50)
    lock.timer.start()
    qtbot.waitUntil(lambda: lock.dialog is not None, timeout=5_000)
    dialog = lock.dialog
    dialog.reject()  # Escape does not unlock
    assert lock.dialog is not None
    dialog.password.setText("wrong")
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=10_000)
    dialog.password.setText(password)
    dialog.submit()
    qtbot.waitUntil(lambda: lock.dialog is None, timeout=10_000)
    assert window.isVisible() and window.text() == "unsaved work"


@pytest.mark.parametrize("db_url", [pytest.param("postgresql", marks=pytest.mark.postgres)], indirect=True)
def test_sign_in_dialog_on_a_shared_server_uses_the_users_own_login(
    qtbot,  # type: ignore[no-untyped-def]
    client: App,  # noqa: F811 (the fixture)
    accounts: dict[str, str],  # noqa: F811
) -> None:
    dialog = SignInDialog(client)
    qtbot.addWidget(dialog)
    assert not dialog.first_run  # the first administrator is the DBA's job there
    dialog.username.setText(accounts["investigator"])
    dialog.password.setText("not the password")
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.error.isHidden(), timeout=10_000)
    assert dialog.error.text() == "Wrong user name or password."
    dialog.password.setText(PASSWORD)
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.services is not None, timeout=10_000)
    assert sql(dialog.services, "SELECT current_user") == [accounts["investigator"]]
    assert client.check_password(accounts["investigator"], PASSWORD)  # what the idle lock asks
    assert not client.check_password(accounts["investigator"], "not the password")
