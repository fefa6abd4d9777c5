"""A program that copied text from notadesk ends cleanly (the clipboard's object is handed over)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = """
import sys
from notadesk.gui.qt import QtWidgets
from notadesk.gui.richtext.editor import RichTextEdit
from notadesk.gui.richtext.paste import LINES_MIME
app = QtWidgets.QApplication(sys.argv)
editor = RichTextEdit()
editor.setPlainText("Het kabinet besluit")
editor.selectAll()
editor.copy()
assert app.clipboard().mimeData().hasFormat(LINES_MIME)  # what notadesk copies
print(app.clipboard().text())
"""


def test_the_program_ends_cleanly_after_a_copy_and_the_text_stays() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, timeout=120
    )
    # Without the hand-over Qt deleted the Python-made clipboard object after Python had
    # shut down: a segmentation fault (exit -11) at the very end.
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "Het kabinet besluit"
