"""Start the window: the Qt application, fonts, language, the store, and the main window."""

from __future__ import annotations

import logging
import os
import sys
import time
from pathlib import Path

from notadesk.core.storage.store import DraftStore
from notadesk.gui import i18n
from notadesk.gui.main_window import MainWindow
from notadesk.gui.qt import QtCore, QtGui, QtWidgets
from notadesk.paths import ensure_data_dir
from notadesk.resources import resource_path

log = logging.getLogger(__name__)
SETTINGS_FILE = "window.ini"
UI_FONT = "Liberation Sans"
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
    if UI_FONT in load_fonts():
        app.setFont(QtGui.QFont(UI_FONT, 10))
    app.setStyleSheet(STYLE_SHEET)
    return app


class WindowHost(QtCore.QObject):
    """Owns the store and the main window; rebuilds the window when the language changes."""

    def __init__(self, data_dir: Path | None = None) -> None:
        super().__init__()
        self.data_dir = ensure_data_dir(data_dir)
        self.store = DraftStore.open(self.data_dir)
        self.settings = QtCore.QSettings(
            str(self.data_dir / SETTINGS_FILE), QtCore.QSettings.Format.IniFormat
        )
        self.window: MainWindow | None = None

    def language_choice(self) -> str:
        """Return the stored language choice: system, nl or en."""
        return str(self.settings.value("ui/language", i18n.SYSTEM, str))

    def show_window(self) -> MainWindow:
        """Install the language, build the main window, fill it and show it."""
        choice = self.language_choice()
        i18n.install_language(i18n.resolve_language(choice))
        window = MainWindow(self.store, self.settings, choice)
        window.language_requested.connect(self.switch_language)
        window.start()
        window.show()
        self.window = window
        return window

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
        self.store.close()


def run_app(data_dir: Path | None = None) -> int:
    """Open the window on the drafts in ``data_dir``; return the exit status."""
    app = make_application()
    host = WindowHost(data_dir)
    window = host.show_window()
    if os.environ.get(STARTED_ENV):
        # for benchmarks/bench_gui.py: report when the window is on screen, then leave
        def report() -> None:
            print(f"shown {time.time():.6f}", flush=True)
            window.close()
            app.quit()

        QtCore.QTimer.singleShot(0, report)
    try:
        return app.exec()
    finally:
        host.close()
