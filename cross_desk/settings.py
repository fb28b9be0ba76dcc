"""Where settings come from: environment first, then the settings file, then defaults.

Only ``cross_desk.bootstrap`` reads these for the database; the GUI keeps its window layout in
QSettings separately.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "cross_desk"
DATABASE_URL_ENV = "CROSS_DESK_DATABASE_URL"
DATA_DIR_ENV = "CROSS_DESK_DATA_DIR"
GATE_PASSWORD_ENV = "CROSS_DESK_GATE_PASSWORD"
#: the role migration 0004 makes; the DBA gives it (or a member of it) a login
DEFAULT_GATE_USER = "cross_desk_gate"


def data_dir() -> Path:
    override = os.environ.get(DATA_DIR_ENV)
    return Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def settings_file() -> Path:
    override = os.environ.get(DATA_DIR_ENV)
    base = Path(override) if override else Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))
    return base / "settings.toml"


@dataclass(frozen=True)
class Settings:
    database_url: str
    grading_scheme: str = "admiralty"
    unit_name: str = "CROSS"
    #: shared server only: the login that records refused sign-ins (see README). Whoever holds
    #: its password can do no more than typing a wrong password does: count a failure.
    gate_user: str = DEFAULT_GATE_USER
    gate_password: str = ""

    @classmethod
    def load(cls, database_url: str | None = None) -> Settings:
        from_file: dict[str, object] = {}
        path = settings_file()
        if path.exists():
            try:
                from_file = tomllib.loads(path.read_text(encoding="utf-8"))
            except (OSError, tomllib.TOMLDecodeError) as err:
                raise SettingsError(f"The settings file {path} cannot be read: {err}") from None
        url = (
            database_url
            or os.environ.get(DATABASE_URL_ENV)
            or str(from_file.get("database_url") or "")
            or f"sqlite:///{data_dir() / 'cross_desk.sqlite3'}"
        )
        return cls(
            database_url=url,
            grading_scheme=str(from_file.get("grading_scheme", "admiralty")),
            unit_name=str(from_file.get("unit_name", "CROSS")),
            gate_user=str(from_file.get("gate_user") or DEFAULT_GATE_USER),
            gate_password=os.environ.get(GATE_PASSWORD_ENV) or str(from_file.get("gate_password") or ""),
        )


class SettingsError(Exception):
    pass
