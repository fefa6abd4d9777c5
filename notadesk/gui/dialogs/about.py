"""About notadesk: version, data location, and the promise of no network connections."""

from __future__ import annotations

from pathlib import Path

from notadesk import __version__
from notadesk.gui.qt import Qt, QtWidgets


class AboutDialog(QtWidgets.QDialog):
    """Who we are, where the data lives, and that nothing goes over a network."""

    def __init__(self, data_location: Path, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About notadesk"))
        title = QtWidgets.QLabel(f"<h2>notadesk {__version__}</h2>")
        title.setTextFormat(Qt.TextFormat.RichText)
        body = QtWidgets.QLabel(
            self.tr("Draft, keep and print nota's: decision memos to a minister.")
        )
        body.setWordWrap(True)
        location = QtWidgets.QLabel(self.tr("Data location:"))
        path = QtWidgets.QLineEdit(str(data_location))
        path.setReadOnly(True)
        path.setAccessibleName(self.tr("Data location"))
        location.setBuddy(path)
        network = QtWidgets.QLabel(
            self.tr(
                "This program makes no network connections. Everything stays on this "
                "workstation; drafts leave it only as packages you export yourself."
            )
        )
        network.setWordWrap(True)
        font = network.font()
        font.setBold(True)
        network.setFont(font)
        licence = QtWidgets.QLabel(
            self.tr("Licence: EUPL-1.2. Icons: Tango Icon Library (public domain).")
        )
        licence.setEnabled(False)
        buttons = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QtWidgets.QVBoxLayout(self)
        for w in (title, body, location, path, network, licence):
            layout.addWidget(w)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)
        self.network_label = network
        self.path_field = path


def show_about(parent: QtWidgets.QWidget, data_location: Path) -> None:
    """Show the About dialog (tests stub)."""
    AboutDialog(data_location, parent).exec()
