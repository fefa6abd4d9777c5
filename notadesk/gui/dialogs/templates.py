"""Choosing a template for a new nota, and naming a draft's structure as a template."""

from __future__ import annotations

from notadesk.core.templates import Template
from notadesk.gui.qt import Qt, QtWidgets


class TemplateDialog(QtWidgets.QDialog):
    """The templates by directorate; the workstation's own last. Double-click to choose."""

    def __init__(
        self,
        templates: list[Template],
        problems: list[str],
        parent: QtWidgets.QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.templates = templates
        self.setWindowTitle(self.tr("New nota from a template"))
        self.setMinimumSize(520, 360)
        self.list = QtWidgets.QListWidget(self)
        self.list.setAccessibleName(self.tr("Templates"))
        self.list.setWordWrap(True)
        for template in templates:
            where = self.tr("this workstation") if template.own else template.directorate
            text = f"{template.name}  —  {where}" if where else template.name
            item = QtWidgets.QListWidgetItem(text)
            sections = ", ".join(s.get("title", "") for s in template.nota.get("sections", []))
            item.setToolTip(sections)
            self.list.addItem(item)
        if templates:
            self.list.setCurrentRow(0)
        self.list.itemActivated.connect(lambda _item: self.accept())
        layout = QtWidgets.QVBoxLayout(self)
        intro = QtWidgets.QLabel(
            self.tr("A template gives the new nota its sections and routing; the text is yours.")
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        if problems:
            warning = QtWidgets.QLabel("\n".join(problems))
            warning.setWordWrap(True)
            warning.setTextFormat(Qt.TextFormat.PlainText)
            warning.setStyleSheet("color: #8a1c1c;")
            layout.addWidget(warning)
        buttons = QtWidgets.QDialogButtonBox(
            QtWidgets.QDialogButtonBox.StandardButton.Ok
            | QtWidgets.QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Ok).setEnabled(bool(templates))
        layout.addWidget(buttons)

    def chosen(self) -> Template | None:
        """Return the selected template."""
        row = self.list.currentRow()
        return self.templates[row] if 0 <= row < len(self.templates) else None


def choose_template(
    parent: QtWidgets.QWidget | None, templates: list[Template], problems: list[str]
) -> Template | None:
    """Ask which template to start from; None when cancelled (tests stub this)."""
    dialog = TemplateDialog(templates, problems, parent)
    if dialog.exec() != QtWidgets.QDialog.DialogCode.Accepted:
        return None
    return dialog.chosen()


def ask_template_name(parent: QtWidgets.QWidget | None, suggestion: str) -> str | None:
    """Ask for the name of a new template; None when cancelled (tests stub this)."""
    name, ok = QtWidgets.QInputDialog.getText(
        parent,
        QtWidgets.QApplication.translate("TemplateDialog", "Save as template"),
        QtWidgets.QApplication.translate(
            "TemplateDialog", "Name of the template (its sections and routing are kept):"
        ),
        text=suggestion,
    )
    return name if ok else None
