"""The PyInstaller one-folder build runs, and its smoke test passes (packaging/smoke_test.sh).

The build takes about a minute on two cores; it is in the suite because it fits CI's budget.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_pyinstaller_build_passes_its_smoke_test(tmp_path: Path) -> None:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        pytest.fail("PyInstaller is missing: install the test extras (pip install -e '.[test]')")
    dist, work = tmp_path / "dist", tmp_path / "build"
    spec = REPO / "packaging" / "notadesk.spec"
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST")}
    build = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(dist), "--workpath", str(work), str(spec)],
        cwd=tmp_path, env=env, capture_output=True, text=True,
    )  # fmt: skip
    assert build.returncode == 0, build.stderr[-4000:]
    smoke = subprocess.run(
        ["sh", str(REPO / "packaging" / "smoke_test.sh"), str(dist / "notadesk")],
        env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert smoke.returncode == 0, smoke.stdout + smoke.stderr
    assert "smoke test passed" in smoke.stdout
    assert "FAIL" not in smoke.stdout
