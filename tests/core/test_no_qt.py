"""The core runs without Qt: every module of notadesk.core imports with PySide6 blocked."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

PROBE = r"""
import importlib, pkgutil, sys

class BlockQt:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("PySide6", "shiboken6", "PyQt5", "PyQt6"):
            raise ImportError(f"Qt is blocked in the core: {name}")
        return None

sys.meta_path.insert(0, BlockQt())
import notadesk.core, notadesk.cli
names = ["notadesk.cli", "notadesk.errors", "notadesk.paths", "notadesk.resources"]
names += [m.name for m in pkgutil.walk_packages(notadesk.core.__path__, "notadesk.core.")
          if ".migrations" not in m.name]
for name in names:
    importlib.import_module(name)
for name in ("notadesk.cli.drafts", "notadesk.cli.printing", "notadesk.cli.exchange"):
    if importlib.util.find_spec(name):
        importlib.import_module(name)
        names.append(name)
loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))
assert not loaded, loaded
print(len(names))
"""


def test_core_imports_with_qt_blocked() -> None:
    proc = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, cwd=REPO, timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    assert int(proc.stdout.strip()) >= 15


def test_the_blocker_really_blocks() -> None:
    probe = PROBE.split("import notadesk.core")[0] + "import PySide6.QtCore\n"
    proc = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, cwd=REPO, timeout=60
    )
    assert proc.returncode != 0 and "Qt is blocked" in proc.stderr


def test_cli_demo_with_qt_blocked(tmp_path: Path) -> None:
    probe = PROBE.split("import notadesk.core")[0] + (
        "from notadesk.cli import main\n"
        f"raise SystemExit(main(['--data-dir', {str(tmp_path)!r}, 'demo']))\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, cwd=REPO, timeout=60
    )
    assert proc.returncode == 0, proc.stderr
