"""The welcome view on a first start: make a new nota or open the example."""

from __future__ import annotations

from notadesk.gui.qt import QtCore, QtWidgets, Signal
from notadesk.gui.widgets import icon


class WelcomeView(QtWidgets.QWidget):
    """Shown instead of the editor while the database holds no draft."""

    new_requested = Signal()
    example_requested = Signal()

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        title = QtWidgets.QLabel(self.tr("Welcome to notadesk"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        text = QtWidgets.QLabel(
            self.tr(
                "There are no drafts yet. Start a new nota, or open the published example "
                "nota (Min-BuZa.2022.240) to see how a finished one looks."
            )
        )
        text.setWordWrap(True)
        text.setMaximumWidth(520)
        self.new_button = QtWidgets.QPushButton(icon("document-new"), self.tr("&New nota"))
        self.example_button = QtWidgets.QPushButton(
            icon("document-open"), self.tr("Open the &example nota")
        )
        for button in (self.new_button, self.example_button):
            button.setMinimumHeight(40)
            button.setMinimumWidth(230)
            button.setIconSize(QtCore.QSize(22, 22))
        self.new_button.setDefault(True)
        self.new_button.clicked.connect(self.new_requested)
        self.example_button.clicked.connect(self.example_requested)
        buttons = QtWidgets.QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.example_button)
        buttons.addStretch(1)
        box = QtWidgets.QVBoxLayout()
        box.addWidget(title)
        box.addSpacing(8)
        box.addWidget(text)
        box.addSpacing(16)
        box.addLayout(buttons)
        outer = QtWidgets.QVBoxLayout(self)
        outer.addStretch(2)
        row = QtWidgets.QHBoxLayout()
        row.addStretch(1)
        row.addLayout(box)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(3)
        self.setFocusProxy(self.new_button)
