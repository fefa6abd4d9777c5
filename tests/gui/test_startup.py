"""The window starts without loading what only a command needs (its start-up speed depends
on it; the figures are benchmarks/bench_gui.py's, not a test's)."""

from __future__ import annotations

import subprocess
import sys

from notadesk.core.drafting import create_example
from notadesk.core.storage.store import DraftStore
from tests.gui import window_fixtures

errors = window_fixtures.errors
host = window_fixtures.host

HEAVY = ("sqlalchemy", "alembic", "reportlab", "pikepdf", "docx", "cryptography", "stdnum")


def test_the_window_modules_load_none_of_the_heavy_libraries() -> None:
    probe = (
        "import sys, notadesk.gui.app, notadesk.gui.main_window\n"
        f"print(' '.join(m for m in {HEAVY!r} if m in sys.modules))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=120
    )
    assert done.stdout.split() == []


def test_first_start_asks_for_the_name_without_opening_the_full_store(host, qtbot) -> None:
    draft, _ = create_example(host.store)
    host.settings.setValue("window/last_draft", draft.id)
    host.lazy_store.close()  # as at a fresh start: nothing opened yet
    window = host.show_window()
    qtbot.waitUntil(lambda: window.identity.isVisible(), timeout=5000)  # no name set yet
    assert host.lazy_store._store is None  # the name was looked up through sqlite3

    store = DraftStore.open(host.data_dir)
    store.set_setting("user.display_name", "J. de Vries")
    store.close()
    window.identity.hide()
    window._ask_identity()
    assert not window.identity.isVisible()
    assert host.lazy_store._store is None
