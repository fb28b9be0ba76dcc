from __future__ import annotations

from pathlib import Path

from cross_desk.bootstrap import encrypt_database, open_app
from cross_desk.gui.app import open_database
from cross_desk.settings import Settings

PASSPHRASE = "a long 'passphrase' @ start"


def test_encrypted_database_asks_its_passphrase_until_right(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    settings = Settings(f"sqlite:///{tmp_path / 'enc.sqlite3'}")
    open_app(settings).close()
    encrypt_database(settings, PASSPHRASE)
    asked: list[bool] = []
    answers = iter(["wrong one!", PASSPHRASE])

    def ask(retry: bool) -> str | None:
        asked.append(retry)
        return next(answers)

    app = open_database(settings, ask)
    assert app is not None and "encrypted" in app.description
    assert asked == [False, True]
    app.close()
    assert open_database(settings, lambda retry: None) is None
