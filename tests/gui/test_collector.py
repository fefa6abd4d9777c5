"""Garbage is collected on the GUI thread, never by chance on the render thread."""

from __future__ import annotations

import gc
import threading

from notadesk.gui.collector import MainThreadCollector
from notadesk.gui.qt import QtWidgets


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_collection_moves_to_the_gui_thread(qtbot, qapp: QtWidgets.QApplication) -> None:
    collector = MainThreadCollector()
    collector.start()
    try:
        assert not gc.isenabled()
        freed: list[str] = []

        class Tracked(_Cycle):
            def __del__(self) -> None:
                freed.append(threading.current_thread().name)

        def make_garbage() -> None:
            for _ in range(gc.get_threshold()[0] * 3):
                Tracked()

        worker = threading.Thread(target=make_garbage, name="render")
        worker.start()
        worker.join()
        assert freed == []  # the worker made garbage but never collected it
        qtbot.waitUntil(lambda: len(freed) > 0, timeout=5000)
        assert set(freed) == {threading.main_thread().name}
        assert collector.collections >= 1
    finally:
        collector.stop()
    assert gc.isenabled()
