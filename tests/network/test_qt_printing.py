"""Qt's printing goes through libcups, which falls back to TCP (localhost:631) when no local
CUPS socket exists. ``CUPS_SERVER=/run/cups/cups.sock`` keeps it on the UNIX socket; see
docs/no-network.md. These tests show both halves with strace (the Python guard cannot see C).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.network.probe import require_strace, run_guarded

PRINTING = """
from PySide6 import QtWidgets, QtPrintSupport
app = QtWidgets.QApplication([])
printer = QtPrintSupport.QPrinter(QtPrintSupport.QPrinter.PrinterMode.HighResolution)
QtPrintSupport.QPrintDialog(printer)
print(len(QtPrintSupport.QPrinterInfo.availablePrinters()), "printers")
"""
CUPS_SOCKET = "/run/cups/cups.sock"


@pytest.fixture(autouse=True)
def _needs_strace() -> None:
    require_strace()


def test_printing_with_the_cups_setting_opens_no_ip_socket(tmp_path: Path) -> None:
    probe = run_guarded(["-c", PRINTING], tmp_path, extra_env={"CUPS_SERVER": CUPS_SOCKET})
    assert probe.status == 0, probe.err
    assert "printers" in probe.out
    assert probe.problems() == []


def test_printing_without_the_setting_falls_back_to_tcp(tmp_path: Path) -> None:
    if Path(CUPS_SOCKET).exists():
        pytest.skip("a local CUPS daemon listens here, so libcups does not fall back to TCP")
    probe = run_guarded(["-c", PRINTING], tmp_path, extra_env={"CUPS_SERVER": None})
    assert probe.status == 0, probe.err
    assert any("631" in line or "AF_INET" in line for line in probe.ip_syscalls)


def test_notadesks_qt_door_sets_the_cups_socket_itself(tmp_path: Path) -> None:
    # The window imports Qt only through notadesk.gui.qt, which names the CUPS socket, so
    # printing from notadesk stays off IP even when the environment does not say so.
    through_notadesk = PRINTING.replace(
        "from PySide6 import QtWidgets, QtPrintSupport",
        "from notadesk.gui.qt import QtWidgets, QtPrintSupport",
    )
    probe = run_guarded(["-c", through_notadesk], tmp_path, extra_env={"CUPS_SERVER": None})
    assert probe.status == 0, probe.err
    assert "printers" in probe.out
    assert probe.problems() == []
