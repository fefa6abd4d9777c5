"""Crash recovery: kill the window's process mid-edit; the last autosaved state is there."""

from __future__ import annotations

import gc
import os
import signal
import subprocess
import sys
import textwrap

from notadesk.core.storage.store import DraftStore
from notadesk.gui.app import WindowHost
from notadesk.gui.qt import QtCore
from tests.gui.window_fixtures import errors

__all__ = ["errors"]

CHILD = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from notadesk.gui.app import WindowHost, make_application

    app = make_application()
    host = WindowHost(Path(sys.argv[1]))
    window = host.show_window()
    window.open_example()
    subject = window.editor.details.subject
    subject.setText("Na een crash nog aanwezig")
    end = time.monotonic() + 10
    while window.editor.dirty and time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)
    print("autosaved" if not window.editor.dirty else "not saved", flush=True)
    subject.setText("Nog niet opgeslagen")   # an edit the autosave has not reached yet
    app.processEvents()
    print("editing", flush=True)
    time.sleep(60)
    """
)


def test_kill_mid_edit_keeps_the_last_autosave(data_dir, qtbot):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(data_dir)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "autosaved"
        assert child.stdout.readline().strip() == "editing"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
    assert child.returncode == -signal.SIGKILL

    store = DraftStore.open(data_dir)
    try:
        [summary] = store.list()
        assert summary.subject == "Na een crash nog aanwezig"
        assert summary.revision == 2
    finally:
        store.close()

    host = WindowHost(data_dir)  # start again: the draft reopens as it was autosaved
    try:
        window = host.show_window()
        assert window.editor.draft is not None
        assert window.editor.details.subject.text() == "Na een crash nog aanwezig"
    finally:
        host.close()
        if host.window is not None:  # delete it now, not in a later test's garbage collection
            host.window.deleteLater()
        QtCore.QCoreApplication.sendPostedEvents(None, QtCore.QEvent.Type.DeferredDelete)
        gc.collect()
