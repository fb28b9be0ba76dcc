"""Where the files shipped with the application are: icons, translations, fonts, stylesheet.

They live in the project's top-level ``resources/``; ``cross_desk/resources`` links to it, so
that a wheel (``pip install .``, not only an editable install) carries them as package data,
found here through ``importlib.resources`` wherever the package is installed.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

RESOURCES = Path(str(files("cross_desk") / "resources"))
