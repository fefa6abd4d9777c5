"""Remembering the window's layout in its QSettings file (in the data folder, not a registry)."""

from __future__ import annotations

from notadesk.gui.qt import QtCore, QtWidgets

DEFAULT_SIZE = (1366, 768)
DEFAULT_SPLIT = [480, 886]


def _stored(settings: QtCore.QSettings, key: str) -> QtCore.QByteArray | None:
    value = settings.value(key)
    return value if isinstance(value, QtCore.QByteArray) and not value.isEmpty() else None


def restore(
    settings: QtCore.QSettings,
    window: QtWidgets.QMainWindow,
    splitter: QtWidgets.QSplitter,
    header: QtWidgets.QHeaderView,
) -> None:
    """Restore the window's size and place, the splitter and the list's column widths."""
    geometry = _stored(settings, "window/geometry")
    if geometry is None or not window.restoreGeometry(geometry):
        window.resize(*DEFAULT_SIZE)
    split = _stored(settings, "window/splitter")
    if split is None or not splitter.restoreState(split):
        splitter.setSizes(DEFAULT_SPLIT)
    columns = _stored(settings, "window/columns")
    if columns is not None:
        header.restoreState(columns)


def save(
    settings: QtCore.QSettings,
    window: QtWidgets.QMainWindow,
    splitter: QtWidgets.QSplitter,
    header: QtWidgets.QHeaderView,
) -> None:
    """Remember the window's size and place, the splitter and the list's column widths."""
    settings.setValue("window/geometry", window.saveGeometry())
    settings.setValue("window/splitter", splitter.saveState())
    settings.setValue("window/columns", header.saveState())
