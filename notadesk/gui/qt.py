"""The single place notadesk imports Qt from.

Other GUI modules write ``from notadesk.gui.qt import QtCore, QtGui, QtWidgets``.
"""

from __future__ import annotations

import os
import sys

if sys.platform.startswith("linux"):
    # Without a CUPS socket, libcups (under Qt's print support) falls back to TCP
    # localhost:631. Naming the UNIX socket keeps printing off IP altogether; a setting the
    # user made stands. See docs/no-network.md.
    os.environ.setdefault("CUPS_SERVER", "/run/cups/cups.sock")

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
