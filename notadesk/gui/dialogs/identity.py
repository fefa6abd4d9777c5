"""Who you are: asked once, at the first start, in a bar above the window's contents.

The name and function are the workstation settings ``user.display_name`` and
``user.function``; every revision, comment and paraaf records them with the OS account.
A bar, not a modal dialog: nothing waits for it, and it goes away once answered.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from notadesk.core.identity import SETTING_DISPLAY_NAME, SETTING_FUNCTION, os_account
from notadesk.gui import operations
from notadesk.gui.qt import QtWidgets, Signal

if TYPE_CHECKING:
    from notadesk.core.storage.store import DraftStore


class IdentityBar(QtWidgets.QFrame):
    """Asks for the display name and function the first time the window starts."""

    saved = Signal()

    def __init__(self, store: DraftStore, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setObjectName("identityBar")
        self.setStyleSheet("QFrame#identityBar { background: #e8f1fb; border: 1px solid #9cc0e6; }")
        text = QtWidgets.QLabel(
            self.tr(
                "Your name and function go with every revision, comment and paraaf "
                "(account %1). Asked once; Edit › Your name and function… changes them."
            ).replace("%1", os_account())
        )
        text.setWordWrap(True)
        self.name = QtWidgets.QLineEdit()
        self.name.setPlaceholderText(self.tr("Name, e.g. J. de Vries"))
        self.name.setAccessibleName(self.tr("Your name"))
        self.function = QtWidgets.QLineEdit()
        self.function.setPlaceholderText(self.tr("Function, e.g. beleidsmedewerker DVB"))
        self.function.setAccessibleName(self.tr("Your function"))
        self.save_button = QtWidgets.QPushButton(self.tr("Save"))
        self.save_button.clicked.connect(self.save)
        self.name.returnPressed.connect(self.save)
        self.function.returnPressed.connect(self.save)
        row = QtWidgets.QHBoxLayout()
        row.addWidget(self.name, 2)
        row.addWidget(self.function, 3)
        row.addWidget(self.save_button)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(row)

    def save(self) -> None:
        """Store the name and function; the bar hides when that worked."""
        name, function = self.name.text(), self.function.text()
        if not name.strip():
            self.name.setFocus()
            return

        def store_both() -> bool:
            self.store.set_setting(SETTING_DISPLAY_NAME, name)
            self.store.set_setting(SETTING_FUNCTION, function)
            return True

        if operations.guarded(self, self.tr("Your name"), store_both):
            self.hide()
            self.saved.emit()
