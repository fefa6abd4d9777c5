"""The marking on screen: a bar above the editor in the level's colours and words.

As the labelling add-ins of word processors show a document's label, the bar shows the open
draft's marking (the words that print, from the scheme data) while it is edited, with its end
date or end event and who set it. The words and colours come from
``resources/markings/schemes.json``; nothing here decides what a level means.
"""

from __future__ import annotations

from notadesk.core.model.nota import Classification
from notadesk.core.policy.markings import is_known_level, label_colours, marking_level
from notadesk.gui.qt import Qt, QtCore, QtWidgets


class LabelBar(QtWidgets.QFrame):
    """Shows a classification: the marking in bold, then its duration and who set it."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("labelBar")
        self.setAccessibleName(self.tr("Classification label"))
        self.marking = QtWidgets.QLabel(self)
        self.marking.setObjectName("labelBarMarking")
        self.marking.setTextFormat(Qt.TextFormat.PlainText)
        font = self.marking.font()
        font.setBold(True)
        self.marking.setFont(font)
        self.details = QtWidgets.QLabel(self)
        self.details.setObjectName("labelBarDetails")
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setWordWrap(False)
        layout = QtWidgets.QHBoxLayout(self)
        layout.setContentsMargins(10, 3, 10, 3)
        layout.addWidget(self.marking)
        layout.addSpacing(12)
        layout.addWidget(self.details, 1)
        self.colours = ("", "")
        self.setSizePolicy(
            QtWidgets.QSizePolicy.Policy.Preferred, QtWidgets.QSizePolicy.Policy.Fixed
        )
        self.set_classification(Classification())

    def set_classification(self, cls: Classification) -> None:
        """Show a classification (an unknown level shows as such, in grey)."""
        if not is_known_level(cls.level):
            words = self.tr("Unknown level: %1").replace("%1", cls.level)
            colours = ("#5f6b73", "#ffffff")
        else:
            level = marking_level(cls.level)
            words = level.marking or level.label
            colours = label_colours(level)
        self.marking.setText(words)
        parts = []
        if cls.until is not None:
            locale = QtCore.QLocale()
            date = QtCore.QDate(cls.until.year, cls.until.month, cls.until.day)
            parts.append(
                self.tr("until %1").replace(
                    "%1", locale.toString(date, QtCore.QLocale.FormatType.LongFormat)
                )
            )
        elif cls.end_event.strip():
            parts.append(self.tr("until %1").replace("%1", cls.end_event.strip()))
        if cls.set_by.strip():
            parts.append(self.tr("set by %1").replace("%1", cls.set_by.strip()))
        self.details.setText(" · ".join(parts))
        self.details.setToolTip(self.details.text())
        if colours != self.colours:
            self.colours = colours
            background, text = colours
            self.setStyleSheet(
                f"QFrame#labelBar {{ background: {background}; }}"
                f" QFrame#labelBar QLabel {{ color: {text}; background: transparent; }}"
            )
        self.setToolTip(words)
