"""Collect Python's garbage on the GUI thread only.

Python's cyclic garbage collector runs in whichever thread happens to allocate. If it runs on
the preview's render thread and frees a Qt object (a closed dialog caught in a reference
cycle), Qt deletes that object from the wrong thread and the program can crash. As Anki does,
automatic collection is switched off while the window runs, and a timer on the GUI thread
collects instead, generation by generation, at the same thresholds Python would use.
"""

from __future__ import annotations

import gc

from notadesk.gui.qt import QtCore

INTERVAL_MS = 1000


class MainThreadCollector(QtCore.QObject):
    """Runs the garbage collector from a GUI-thread timer instead of at random."""

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        self.collections = 0
        self.timer = QtCore.QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.collect)

    def start(self) -> None:
        """Switch automatic collection off and start collecting on the timer."""
        gc.disable()
        self.timer.start()

    def stop(self) -> None:
        """Stop the timer and hand collection back to Python."""
        self.timer.stop()
        gc.enable()

    def collect(self) -> None:
        """Collect the generations whose counts passed their thresholds."""
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self.thresholds[generation]:
                gc.collect(generation)
                self.collections += 1
                break
