"""Preferences: the window's language and the workstation's reference prefix."""

from __future__ import annotations

from notadesk.gui.qt import QtWidgets


class PreferencesDialog(QtWidgets.QDialog):
    """Choose the language (system, Nederlands, English) and the reference prefix."""

    def __init__(
        self, language: str, reference_prefix: str, parent: QtWidgets.QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.language = QtWidgets.QComboBox()
        self.language.setAccessibleName(self.tr("Language of the window"))
        self.language.addItem(self.tr("As the system (%1)").replace("%1", "nl/en"), "system")
        self.language.addItem("Nederlands", "nl")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(self.language.findData(language), 0))
        self.prefix = QtWidgets.QLineEdit(reference_prefix)
        self.prefix.setAccessibleName(self.tr("Reference prefix"))
        note = QtWidgets.QLabel(self.tr("The nota itself always keeps its Dutch labels."))
        note.setEnabled(False)
        note.setWordWrap(True)
        form = QtWidgets.QFormLayout()
        lang_label = QtWidgets.QLabel(self.tr("&Language:"))
        lang_label.setBuddy(self.language)
        prefix_label = QtWidgets.QLabel(self.tr("&Reference prefix:"))
        prefix_label.setBuddy(self.prefix)
        form.addRow(lang_label, self.language)
        form.addRow("", note)
        form.addRow(prefix_label, self.prefix)
        buttons = QtWidgets.QDialogButtonBox(
            QtWidgets.QDialogButtonBox.StandardButton.Ok
            | QtWidgets.QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def chosen_language(self) -> str:
        """Return the chosen language: system, nl or en."""
        return str(self.language.currentData())

    def chosen_prefix(self) -> str:
        """Return the reference prefix as typed."""
        return self.prefix.text().strip()


def ask_preferences(
    parent: QtWidgets.QWidget, language: str, prefix: str
) -> tuple[str, str] | None:
    """Show the preferences; return (language, prefix), or None when cancelled (tests stub)."""
    dialog = PreferencesDialog(language, prefix, parent)
    if dialog.exec() != QtWidgets.QDialog.DialogCode.Accepted:
        return None
    return dialog.chosen_language(), dialog.chosen_prefix()
