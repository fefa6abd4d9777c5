"""Nota › Record declassification…: who decided, when, and the decision's reference.

The window only asks; :func:`notadesk.core.declassification.record_declassification` checks
and records it (a new revision and an audit entry), as ``notadesk declassify`` does.
"""

from __future__ import annotations

import datetime as dt

from notadesk.gui.qt import QtCore, QtWidgets


class DeclassifyDialog(QtWidgets.QDialog):
    """Asks for the declassification decision of a classified nota."""

    def __init__(self, marking: str, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record declassification"))
        intro = QtWidgets.QLabel(
            self.tr(
                "Record the decision that lifts the marking %1. The Woo variant of the nota "
                "(print and Word) can be made once it is recorded; it shows the marking "
                "struck through with the decision's date and reference. The decision is kept "
                "in the nota's history and audit log."
            ).replace("%1", marking)
        )
        intro.setWordWrap(True)
        self.by = QtWidgets.QLineEdit()
        self.by.setAccessibleName(self.tr("Decided by"))
        self.by.setPlaceholderText(self.tr("e.g. Hoofd DJZ"))
        self.date = QtWidgets.QDateEdit(QtCore.QDate.currentDate())
        self.date.setAccessibleName(self.tr("Date of the decision"))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("d MMMM yyyy")
        self.reference = QtWidgets.QLineEdit()
        self.reference.setAccessibleName(self.tr("Reference of the decision"))
        self.reference.setPlaceholderText(self.tr("e.g. DJZ-2026/117"))
        form = QtWidgets.QFormLayout()
        for text, widget in (
            (self.tr("Decided &by"), self.by),
            (self.tr("&Date"), self.date),
            (self.tr("&Reference"), self.reference),
        ):
            label = QtWidgets.QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        self.buttons = QtWidgets.QDialogButtonBox(
            QtWidgets.QDialogButtonBox.StandardButton.Ok
            | QtWidgets.QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Record"))
        ok.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for field in (self.by, self.reference):
            field.textChanged.connect(self._enable)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def _enable(self, *_args: object) -> None:
        ok = self.buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.by.text().strip() and self.reference.text().strip()))

    def decision(self) -> tuple[str, dt.date, str]:
        """Return who decided, when, and the reference, as filled in."""
        return self.by.text(), self.date.date().toPython(), self.reference.text()


def ask_declassification(
    parent: QtWidgets.QWidget | None, marking: str
) -> tuple[str, dt.date, str] | None:
    """Ask for the decision; None when cancelled (tests replace this)."""
    dialog = DeclassifyDialog(marking, parent)
    if dialog.exec() != QtWidgets.QDialog.DialogCode.Accepted:
        return None
    return dialog.decision()
