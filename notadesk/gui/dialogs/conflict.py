"""The choice after a save conflict: take the version saved elsewhere, or keep mine as a copy."""

from __future__ import annotations

from notadesk.gui.qt import QtWidgets

RELOAD, KEEP_COPY = "reload", "copy"


class ConflictDialog(QtWidgets.QMessageBox):
    """Explains the conflict and asks what to do; never silently overwrites either side."""

    def __init__(self, message: str, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(QtWidgets.QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("This draft was changed elsewhere"))
        self.setText(message)
        self.setInformativeText(
            self.tr(
                "Open theirs: their version is shown and your latest edits are set aside.\n"
                "Keep mine as a copy: your version is saved as a new draft, marked as a "
                "conflict copy in the list; theirs stays as it is."
            )
        )
        self.reload_button = self.addButton(
            self.tr("Open theirs"), QtWidgets.QMessageBox.ButtonRole.AcceptRole
        )
        self.copy_button = self.addButton(
            self.tr("Keep mine as a copy"), QtWidgets.QMessageBox.ButtonRole.ActionRole
        )
        self.setDefaultButton(self.copy_button)


def ask_conflict(parent: QtWidgets.QWidget | None, message: str) -> str:
    """Ask how to resolve a conflict; return RELOAD or KEEP_COPY (tests replace this)."""
    box = ConflictDialog(message, parent)
    box.exec()
    return RELOAD if box.clickedButton() is box.reload_button else KEEP_COPY
