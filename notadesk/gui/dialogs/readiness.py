"""The readiness check: what keeps a nota from becoming definitief; a click jumps to the field."""

from __future__ import annotations

from notadesk.core.policy.checks import Problem
from notadesk.gui.problems import problem_text
from notadesk.gui.qt import Qt, QtWidgets, Signal
from notadesk.gui.widgets import icon


class ReadinessDialog(QtWidgets.QDialog):
    """Lists the problems the core found; activating one emits :attr:`field_chosen`."""

    field_chosen = Signal(str)

    def __init__(
        self, problems: list[Problem], status: str, parent: QtWidgets.QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.problems = problems
        self.setWindowTitle(self.tr("Before the nota can be %1").replace("%1", status))
        self.setMinimumWidth(520)
        self.resize(600, 360)
        intro = QtWidgets.QLabel()
        intro.setWordWrap(True)
        if problems:
            intro.setText(
                self.tr(
                    "The nota cannot become %1 yet. Put these right first; double-click a "
                    "problem (or press Enter) to go to its field."
                ).replace("%1", status)
            )
        else:
            intro.setText(
                self.tr("Nothing is missing: the nota can become %1.").replace("%1", status)
            )
        self.list = QtWidgets.QListWidget(self)
        self.list.setAccessibleName(self.tr("Problems"))
        # Whole sentences, wrapped: a problem is never cut off behind a scroll bar.
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QtWidgets.QListView.ResizeMode.Adjust)
        self.list.setSpacing(2)
        for problem in problems:
            item = QtWidgets.QListWidgetItem(icon("dialog-warning"), problem_text(problem))
            item.setData(Qt.ItemDataRole.UserRole, problem.field)
            self.list.addItem(item)
        if problems:
            self.list.setCurrentRow(0)
        self.list.itemActivated.connect(self._activated)
        buttons = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Close)
        self.go_button = buttons.addButton(
            self.tr("&Go to field"), QtWidgets.QDialogButtonBox.ButtonRole.ActionRole
        )
        self.go_button.setEnabled(bool(problems))
        self.go_button.clicked.connect(lambda: self._activated(self.list.currentItem()))
        buttons.rejected.connect(self.reject)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)

    def choose(self, row: int) -> None:
        """Jump to the field of a problem by its row (what a double-click does)."""
        self._activated(self.list.item(row))

    def _activated(self, item: QtWidgets.QListWidgetItem | None) -> None:
        if item is None:
            return
        self.field_chosen.emit(item.data(Qt.ItemDataRole.UserRole))
        self.accept()
