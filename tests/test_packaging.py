"""What a plain ``pip install .`` carries: every shipped file, found where the code looks."""

from __future__ import annotations

import tomllib
from pathlib import Path, PurePosixPath

from cross_desk.shipped import RESOURCES

ROOT = Path(__file__).resolve().parents[1]


def test_the_package_links_to_the_top_level_resources() -> None:
    assert RESOURCES.resolve() == (ROOT / "resources").resolve()
    assert (RESOURCES / "style.qss").is_file() and (RESOURCES / "translations" / "cross_desk_fr.qm").is_file()


def test_every_shipped_file_is_package_data() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["cross_desk"]
    shipped = [PurePosixPath(p.relative_to(ROOT).as_posix()) for p in (ROOT / "resources").rglob("*") if p.is_file()]
    # setuptools globs as PurePath.match does: a "*" never crosses a "/"
    missing = [f for f in shipped if "__pycache__" not in f.parts and not any(f.match(pat) for pat in patterns)]
    assert shipped and missing == []
