"""Start the window: the Qt application, fonts, language, the store, and the main window.

The window uses the desktop's font and size (Qt takes them from the platform: the desktop's
settings, QT_FONT_DPI, the screen's scale); the bundled fonts are registered for the nota.
"""

from __future__ import annotations

import importlib
import logging
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from notadesk.core.storage.selection import DatabaseChoice, database_choice
from notadesk.errors import NotadeskError
from notadesk.gui import i18n, operations
from notadesk.gui.collector import MainThreadCollector
from notadesk.gui.main_window import MainWindow
from notadesk.gui.qt import QtCore, QtGui, QtWidgets
from notadesk.paths import ensure_data_dir
from notadesk.resources import resource_path

if TYPE_CHECKING:
    from notadesk.core.storage.store import DraftStore

log = logging.getLogger(__name__)
SETTINGS_FILE = "window.ini"
STARTED_ENV = "NOTADESK_REPORT_SHOWN"

STYLE_SHEET = """
QTabWidget::pane { border-top: 1px solid #c9ced6; }
QGroupBox { font-weight: bold; border: 1px solid #d5d9e0; border-radius: 4px;
            margin-top: 12px; padding-top: 6px; }
QGroupBox::title { subcontrol-origin: margin; left: 8px; padding: 0 4px; color: #1f3b5c; }
QTableView, QTreeView, QListView { selection-background-color: #2a5d8f;
                                   selection-color: white; gridline-color: #e3e6ea; }
QHeaderView::section { background: #eef1f5; border: none; border-right: 1px solid #d5d9e0;
                       border-bottom: 1px solid #d5d9e0; padding: 4px 6px; }
QToolBar { border-bottom: 1px solid #d5d9e0; spacing: 4px; padding: 2px; }
QStatusBar { border-top: 1px solid #d5d9e0; }
"""


def load_fonts() -> list[str]:
    """Register the bundled fonts and return their families."""
    families: list[str] = []
    folder = resource_path("fonts")
    if not folder.is_dir():
        return families
    for path in sorted(folder.glob("*.ttf")):
        font_id = QtGui.QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families.extend(QtGui.QFontDatabase.applicationFontFamilies(font_id))
    return sorted(set(families))


def make_application(argv: list[str] | None = None) -> QtWidgets.QApplication:
    """Return the running QApplication, creating and styling it if needed."""
    app = QtWidgets.QApplication.instance()
    if app is None:
        app = QtWidgets.QApplication(argv or [sys.argv[0]])
    assert isinstance(app, QtWidgets.QApplication)
    app.setApplicationName("notadesk")
    app.setOrganizationName("notadesk")
    app.setStyle("Fusion")
    load_fonts()  # for the nota's own text; the window keeps the desktop's font and size
    app.setStyleSheet(STYLE_SHEET)
    return app


class LazyStore:
    """A DraftStore opened on first use, so the window can show before SQLAlchemy loads."""

    def __init__(self, data_dir: Path, server: str | None = None) -> None:
        self.data_dir = data_dir
        self.server = server
        """The team database's URL (None: SQLite in the data folder)."""
        self._store: DraftStore | None = None

    @property
    def opened(self) -> DraftStore:
        """Return the store, opening (and if needed migrating) the database now."""
        if self._store is None:
            from notadesk.core.storage.store import DraftStore

            self._store = DraftStore.open(self.data_dir, server=self.server)
        return self._store

    @property
    def path(self) -> Path | None:
        """Return the SQLite database file's path (without opening it); None for a team
        database (the quick reads through sqlite3 are then never used)."""
        from notadesk.paths import database_path

        return None if self.server is not None else database_path(self.data_dir)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.opened, name)

    def close(self) -> None:
        """Close the store if it was ever opened."""
        if self._store is not None:
            self._store.close()
            self._store = None


class WindowHost(QtCore.QObject):
    """Owns the store and the main window; rebuilds the window when the language changes."""

    def __init__(
        self,
        data_dir: Path | None = None,
        server: str | None = None,
        *,
        choice: DatabaseChoice | None = None,
    ) -> None:
        super().__init__()
        self.data_dir = ensure_data_dir(data_dir)
        if choice is None:
            choice = DatabaseChoice(server, "option" if server else "default")
        self.database_choice = choice
        """The database in use and who chose it (``core/storage/selection.py``)."""
        self.lazy_store = LazyStore(self.data_dir, choice.server)
        self.store: DraftStore = self.lazy_store  # type: ignore[assignment]
        self.settings = QtCore.QSettings(
            str(self.data_dir / SETTINGS_FILE), QtCore.QSettings.Format.IniFormat
        )
        self.window: MainWindow | None = None

    def language_choice(self) -> str:
        """Return the stored language choice: system, nl or en."""
        return str(self.settings.value("ui/language", i18n.SYSTEM, str))

    def show_window(
        self, *, defer_start: bool = False, on_shown: Callable[[], None] | None = None
    ) -> MainWindow:
        """Install the language, build the main window, fill it and show it.

        With ``defer_start`` the window is shown first and filled from the database right
        after its first paint (what the program does; tests fill it before showing).
        """
        choice = self.language_choice()
        i18n.install_language(i18n.resolve_language(choice))
        window = MainWindow(self.store, self.settings, choice)
        window.database_choice = self.database_choice
        window.language_requested.connect(self.switch_language)
        if defer_start:
            window.restore_layout()
            window.show()
            if on_shown is not None:
                QtCore.QTimer.singleShot(0, on_shown)
            QtCore.QTimer.singleShot(0, window.start)
            window.started.connect(self.warm_up, QtCore.Qt.ConnectionType.QueuedConnection)
        else:
            window.start()
            window.show()
        self.window = window
        return window

    def warm_up(self) -> None:
        """Import the storage layer on a worker thread, then open the store, before any save.

        The window and its last draft are read straight through sqlite3 at start; the first
        save would otherwise wait for SQLAlchemy to load.
        """

        def opened(_module: object) -> None:
            operations.guarded(self.window, "notadesk", lambda: self.lazy_store.opened)

        operations.in_background(
            self.window,
            "notadesk",
            lambda: importlib.import_module("notadesk.core.storage.store"),
            opened,
        )

    def switch_language(self, choice: str) -> MainWindow:
        """Store a new language choice and rebuild the window in it."""
        self.settings.setValue("ui/language", choice)
        old = self.window
        if old is not None:
            old.close()
            old.deleteLater()
        return self.show_window()

    def close(self) -> None:
        """Close the window and the store."""
        if self.window is not None:
            self.window.close()
        self.settings.sync()
        self.lazy_store.close()


def run_app(data_dir: Path | None = None, given: str | None = None) -> int:
    """Open the window on the drafts in ``data_dir`` or in a team database, chosen as for
    the command line (``core/storage/selection.py``; ``given``: ``--database``); return the
    exit status."""
    app = make_application()
    try:
        choice = database_choice(given, data_dir)
        host = WindowHost(data_dir, choice=choice)
    except NotadeskError as exc:  # the data folder cannot be made, the database choice cannot
        # be read (a broken policy or setting): say so in a window
        i18n.install_language(i18n.system_language())
        operations.show_error(None, "notadesk", operations.error_message(exc))
        return 1
    collector = MainThreadCollector(app)
    collector.start()
    if not os.environ.get(STARTED_ENV):
        host.show_window(defer_start=True)
    else:
        # for benchmarks/bench_gui.py: report when the window is on screen and when its list
        # and last draft are in, then leave
        def report(what: str) -> None:
            print(f"{what} {time.time():.6f} {time.process_time():.6f}", flush=True)

        def ready() -> None:
            report("ready")
            window.close()
            app.quit()

        window = host.show_window(defer_start=True, on_shown=lambda: report("shown"))
        window.started.connect(ready, QtCore.Qt.ConnectionType.QueuedConnection)
    try:
        return app.exec()
    finally:
        host.close()
        collector.stop()
