"""Fixtures for driving the real main window offscreen, with modal dialogs stubbed."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest

from notadesk.gui import operations
from notadesk.gui.app import WindowHost, make_application
from notadesk.gui.editor.text_tab import TextTab
from notadesk.gui.main_window import MainWindow
from notadesk.gui.qt import Qt, QtCore, QtGui, QtWidgets


@pytest.fixture
def tab(qtbot) -> TextTab:
    """The Text tab alone, shown and active."""
    widget = TextTab()
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    return widget


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Collect the messages the window would show in an error box."""
    shown: list[str] = []
    monkeypatch.setattr(operations, "show_error", lambda _p, _t, message: shown.append(message))
    return shown


@pytest.fixture
def dutch(qapp) -> Iterator[None]:
    """The window's language is Dutch for this test (English again afterwards)."""
    from notadesk.gui.i18n import install_language

    install_language("nl")
    yield
    install_language("en")


@pytest.fixture
def host(qtbot, data_dir: Path, errors: list[str]) -> Iterator[WindowHost]:
    """A window host on the test's own data folder, speaking English."""
    make_application()
    settings = QtCore.QSettings(str(data_dir / "window.ini"), QtCore.QSettings.Format.IniFormat)
    data_dir.mkdir(parents=True, exist_ok=True)
    if not settings.contains("ui/language"):
        settings.setValue("ui/language", "en")
        settings.sync()
    h = WindowHost(data_dir)
    yield h
    h.close()
    # delete the windows now, not whenever the garbage collector runs in a later test
    for widget in QtWidgets.QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow):
            widget.deleteLater()
    QtCore.QCoreApplication.sendPostedEvents(None, QtCore.QEvent.Type.DeferredDelete)
    gc.collect()


@pytest.fixture
def window(host: WindowHost, qtbot) -> MainWindow:
    """The main window, shown and active."""
    win = host.show_window()
    win.activateWindow()
    qtbot.waitExposed(win)
    return win


def type_text(widget: QtWidgets.QWidget, text: str) -> None:
    """Type text key by key, any characters (QTest's keyClicks only knows ASCII)."""
    for ch in text:
        for kind in (QtCore.QEvent.Type.KeyPress, QtCore.QEvent.Type.KeyRelease):
            key = ord(ch.upper()) if ch.isascii() and ch.isalnum() else 0
            event = QtGui.QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch)
            QtWidgets.QApplication.sendEvent(widget, event)


def type_into_cell(qtbot, view: QtWidgets.QAbstractItemView, index: QtCore.QModelIndex,
                   text: str) -> None:  # fmt: skip
    """Open a cell's editor, type text into it, and press Enter."""
    if view.state() != QtWidgets.QAbstractItemView.State.EditingState:
        view.setCurrentIndex(index)
        view.edit(index)
    editor = QtWidgets.QApplication.focusWidget()
    if not isinstance(editor, QtWidgets.QLineEdit):
        found = view.viewport().findChildren(QtWidgets.QLineEdit)
        editor = found[-1]
    editor.selectAll()
    type_text(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.state() != QtWidgets.QAbstractItemView.State.EditingState)


def pick_in_cell(qtbot, view: QtWidgets.QAbstractItemView, index: QtCore.QModelIndex,
                 data: object = None, text: str | None = None) -> None:  # fmt: skip
    """Open a cell's combo editor, choose an entry by data (or type text), press Enter."""
    view.setCurrentIndex(index)
    view.edit(index)
    combos = view.viewport().findChildren(QtWidgets.QComboBox)
    combo = combos[-1]
    if text is not None:
        combo.lineEdit().selectAll()
        type_text(combo.lineEdit(), text)
    else:
        combo.setCurrentIndex(combo.findData(data))
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.state() != QtWidgets.QAbstractItemView.State.EditingState)
