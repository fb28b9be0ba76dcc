"""The dependency rule of shared/ARCHITECTURE.md, checked by import-linter's contracts."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_layers_never_import_upwards() -> None:
    exe = shutil.which("lint-imports") or str(Path(sys.executable).parent / "lint-imports")
    result = subprocess.run([exe, str(ROOT / "pyproject.toml")], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "BROKEN" not in result.stdout
    assert "KEPT" in result.stdout


def test_use_cases_reach_the_data_through_the_unit_of_works_stores() -> None:
    """Services call stores (repo, security, charts, retention, the query modules), never a
    session: SQL and transactions stay in the store."""
    offenders = [
        f"{path.name}:{n}"
        for path in sorted((ROOT / "cross_desk" / "services").glob("*.py"))
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if ".session" in line
    ]
    assert offenders == []
