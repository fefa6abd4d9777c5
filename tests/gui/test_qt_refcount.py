"""Guard against the PySide6 build that leaks references to None (fatal after a while).

PySide6 6.12.0 on Python 3.11 drops a reference to ``None`` on every call into a Qt method
returning nothing; after some thousands of calls Python aborts with ``none_dealloc``. A
window someone types in for hours must not run on such a build.
"""

from __future__ import annotations

import sys

from notadesk.gui.qt import QtWidgets


def test_calls_into_qt_keep_none_alive(qapp: QtWidgets.QApplication) -> None:
    calls = 5000
    before = sys.getrefcount(None)
    for _ in range(calls):
        qapp.processEvents()
    lost = before - sys.getrefcount(None)
    # Other code may take or drop a few references meanwhile; a leak loses one per call.
    assert lost < calls // 10, f"{lost} references to None lost in {calls} calls into Qt"
