"""The single place notadesk imports Qt from.

Other GUI modules write ``from notadesk.gui.qt import QtCore, QtGui, QtWidgets``.
"""

from __future__ import annotations

from PySide6 import QtCore, QtGui, QtPdf, QtPdfWidgets, QtPrintSupport, QtWidgets

Signal = QtCore.Signal
Slot = QtCore.Slot
Qt = QtCore.Qt

__all__ = [
    "Qt",
    "QtCore",
    "QtGui",
    "QtPdf",
    "QtPdfWidgets",
    "QtPrintSupport",
    "QtWidgets",
    "Signal",
    "Slot",
]
