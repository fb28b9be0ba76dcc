"""Refresh the catalogues from the sources, then compile them: ``python resources/translations/update.py``.

``pyside6-lupdate`` collects every ``tr()``/``translate()``/``QT_TRANSLATE_NOOP`` string of
cross_desk/gui into cross_desk_fr.ts and cross_desk_en.ts (keeping what is already translated);
translators fill the .ts files (Qt Linguist: ``pyside6-linguist``); ``pyside6-lrelease`` writes the
.qm files the application loads. Both tools ship with PySide6.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
LANGUAGES = {"fr": "fr_FR", "en": "en_GB"}


def tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}") or str(Path(sys.executable).parent / f"pyside6-{name}")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "cross_desk" / "gui").rglob("*.py"))


def main() -> int:
    files = sources()
    for lang, locale in LANGUAGES.items():
        ts = HERE / f"cross_desk_{lang}.ts"
        subprocess.run(
            [
                tool("lupdate"),
                *files,
                "-source-language",
                "en_GB",
                "-target-language",
                locale,
                "-no-obsolete",
                "-locations",
                "none",
                "-ts",
                str(ts),
            ],
            cwd=ROOT,
            check=True,
        )
        subprocess.run([tool("lrelease"), str(ts), "-qm", str(HERE / f"cross_desk_{lang}.qm")], cwd=ROOT, check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
