"""No part of notadesk is written to reach the network or open a browser.

The runtime tests prove what the commands do; this one reads every module, so a future update
check, telemetry call, crash upload or web link is caught even on a path the runs don't take.
"""

from __future__ import annotations

import ast
from pathlib import Path

import notadesk

PACKAGE = Path(notadesk.__file__).resolve().parent

FORBIDDEN_MODULES = {
    "socket",
    "ssl",
    "http",
    "urllib.request",
    "ftplib",
    "smtplib",
    "poplib",
    "imaplib",
    "xmlrpc",
    "webbrowser",
    "requests",
    "httpx",
    "aiohttp",
    "urllib3",
    "PySide6.QtNetwork",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
}
# Qt names that reach the network or hand a URL to the desktop's browser.
FORBIDDEN_NAMES = {
    "QtNetwork",
    "QtWebEngineWidgets",
    "QNetworkAccessManager",
    "QNetworkInformation",
    "QTcpSocket",
    "QUdpSocket",
    "QSslSocket",
    "QHostInfo",
    "QDesktopServices",
    "openUrl",
}


def _forbidden_module(name: str) -> bool:
    return any(name == m or name.startswith(m + ".") for m in FORBIDDEN_MODULES)


def network_uses(source: str, filename: str = "<source>") -> list[str]:
    """Return every forbidden import, name, or external-link switch in a module's source."""
    found = []
    for node in ast.walk(ast.parse(source, filename)):
        where = f"{filename}:{getattr(node, 'lineno', 0)}"
        if isinstance(node, ast.Import):
            found += [f"{where} import {a.name}" for a in node.names if _forbidden_module(a.name)]
        elif isinstance(node, ast.ImportFrom) and node.module:
            if _forbidden_module(node.module):
                found.append(f"{where} from {node.module} import ...")
            found += [
                f"{where} from {node.module} import {a.name}"
                for a in node.names
                if a.name in FORBIDDEN_NAMES or _forbidden_module(f"{node.module}.{a.name}")
            ]
        elif isinstance(node, ast.Name) and node.id in FORBIDDEN_NAMES:
            found.append(f"{where} {node.id}")
        elif isinstance(node, ast.Attribute) and node.attr in FORBIDDEN_NAMES:
            found.append(f"{where} .{node.attr}")
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "setOpenExternalLinks"
            and not (
                node.args and isinstance(node.args[0], ast.Constant) and not node.args[0].value
            )
        ):
            found.append(f"{where} setOpenExternalLinks(...) may open a browser")
    return found


def test_notadesk_source_has_no_network_or_browser_code() -> None:
    modules = sorted(PACKAGE.rglob("*.py"))
    assert len(modules) > 20
    found = []
    for path in modules:
        found += network_uses(path.read_text(encoding="utf-8"), str(path.relative_to(PACKAGE)))
    assert found == []


def test_the_scan_sees_each_kind_of_network_code() -> None:
    samples = {
        "import urllib.request": "import urllib.request",
        "from http import client": "from http import",
        "from PySide6.QtNetwork import QNetworkAccessManager": "QtNetwork",
        "from notadesk.gui.qt import QtGui\nQtGui.QDesktopServices.openUrl(u)": "openUrl",
        "label.setOpenExternalLinks(True)": "setOpenExternalLinks",
        "import webbrowser": "webbrowser",
    }
    for source, expected in samples.items():
        assert any(expected in hit for hit in network_uses(source)), source
    assert network_uses("label.setOpenExternalLinks(False)\nimport json") == []
