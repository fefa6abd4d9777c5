"""Small widgets the window's forms share: icons, an optional date, a button row."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from functools import cache

from notadesk.gui.qt import Qt, QtCore, QtGui, QtWidgets, Signal
from notadesk.resources import resource_path

ICON_SIZES = ("16x16", "22x22", "32x32")


@cache
def icon(name: str) -> QtGui.QIcon:
    """Return a bundled Tango icon by its freedesktop name (empty icon if missing)."""
    result = QtGui.QIcon()
    for size in ICON_SIZES:
        path = resource_path("icons", size, f"{name}.png")
        if path.is_file():
            result.addFile(str(path))
    return result


def tool_button(
    text: str, icon_name: str, tip: str, parent: QtWidgets.QWidget | None = None
) -> QtWidgets.QPushButton:
    """Return a compact push button with an icon, a tooltip and an accessible name."""
    button = QtWidgets.QPushButton(icon(icon_name), text, parent)
    button.setToolTip(tip)
    button.setAccessibleName(tip)
    return button


class OptionalDateEdit(QtWidgets.QWidget):
    """A date that may be empty: a tick box to set it, and a date field with a calendar."""

    changed = Signal()

    def __init__(self, accessible_name: str, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QtWidgets.QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.check = QtWidgets.QCheckBox(self)
        self.check.setAccessibleName(self.tr("%1 is set").replace("%1", accessible_name))
        self.check.setToolTip(self.tr("Tick to set a date; untick to leave it empty"))
        self.edit = QtWidgets.QDateEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("d MMMM yyyy")
        self.edit.setLocale(QtCore.QLocale(QtCore.QLocale.Language.Dutch))
        self.edit.setAccessibleName(accessible_name)
        self.edit.setDate(QtCore.QDate.currentDate())
        self.edit.setEnabled(False)
        self.edit.setMinimumWidth(170)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)
        self.setFocusProxy(self.check)
        self.check.toggled.connect(self._toggled)
        self.edit.dateChanged.connect(lambda _d: self.changed.emit())

    def _toggled(self, on: bool) -> None:
        self.edit.setEnabled(on)
        if on:
            self.edit.setFocus()
        self.changed.emit()

    def value(self) -> dt.date | None:
        """Return the date, or None when it is left empty."""
        if not self.check.isChecked():
            return None
        d = self.edit.date()
        return dt.date(d.year(), d.month(), d.day())

    def set_value(self, value: dt.date | None) -> None:
        """Show a date (or empty) without emitting ``changed``."""
        blockers = [QtCore.QSignalBlocker(self.check), QtCore.QSignalBlocker(self.edit)]
        self.check.setChecked(value is not None)
        self.edit.setEnabled(value is not None)
        if value is not None:
            self.edit.setDate(QtCore.QDate(value.year, value.month, value.day))
        del blockers


SHORT_ROLE = Qt.ItemDataRole.UserRole + 40
"""The item role of a combo box choice's short form (:class:`ShortComboBox`)."""


class ShortComboBox(QtWidgets.QComboBox):
    """A combo box that shows its choice's short form when closed; the open list, the
    tooltip and the accessible description give it whole (a Woo ground's code, a level)."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeAdjustPolicy(
            QtWidgets.QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.currentIndexChanged.connect(self._explain)

    def add_item(self, text: str, data: object, short: str) -> None:
        """Add a choice: its whole text (in the list), its data and its short form."""
        self.addItem(text, data)
        self.setItemData(self.count() - 1, short, SHORT_ROLE)
        self.setItemData(self.count() - 1, text, Qt.ItemDataRole.ToolTipRole)

    def shown_text(self) -> str:
        """Return what the closed box shows: the short form, else the whole text."""
        short = self.currentData(SHORT_ROLE)
        return short if isinstance(short, str) and short else self.currentText()

    def _explain(self, _index: int) -> None:
        self.setToolTip(self.currentText())
        self.setAccessibleDescription(self.currentText())

    def sizeHint(self) -> QtCore.QSize:
        """Return a size that fits the longest short form."""
        hint = super().sizeHint()
        widest = max(
            (
                self.fontMetrics().horizontalAdvance(
                    self.itemData(i, SHORT_ROLE) or self.itemText(i)
                )
                for i in range(self.count())
            ),
            default=0,
        )
        option = QtWidgets.QStyleOptionComboBox()
        self.initStyleOption(option)
        size = QtCore.QSize(widest, self.fontMetrics().height())
        contents = self.style().sizeFromContents(
            QtWidgets.QStyle.ContentsType.CT_ComboBox, option, size, self
        )
        return QtCore.QSize(contents.width(), hint.height())

    def minimumSizeHint(self) -> QtCore.QSize:
        """Return the same as :meth:`sizeHint`: the short form always fits."""
        return self.sizeHint()

    def paintEvent(self, _event: QtGui.QPaintEvent) -> None:
        """Draw the box with the short form of the choice."""
        painter = QtWidgets.QStylePainter(self)
        option = QtWidgets.QStyleOptionComboBox()
        self.initStyleOption(option)
        option.currentText = self.shown_text()
        painter.drawComplexControl(QtWidgets.QStyle.ComplexControl.CC_ComboBox, option)
        painter.drawControl(QtWidgets.QStyle.ControlElement.CE_ComboBoxLabel, option)


def size_to_current_page(tabs: QtWidgets.QTabWidget) -> None:
    """Let a tab widget be as narrow as its current page allows, not as its widest page.

    A page not shown gets the Ignored size policy, which takes its minimum size out of the
    tab widget's; the page shown gets its own policy back.
    """
    policies = {id(tabs.widget(i)): tabs.widget(i).sizePolicy() for i in range(tabs.count())}
    ignored = QtWidgets.QSizePolicy(
        QtWidgets.QSizePolicy.Policy.Ignored, QtWidgets.QSizePolicy.Policy.Ignored
    )

    def apply(current: int) -> None:
        for i in range(tabs.count()):
            page = tabs.widget(i)
            own = policies.setdefault(id(page), page.sizePolicy())
            page.setSizePolicy(own if i == current else ignored)

    tabs.currentChanged.connect(apply)
    apply(tabs.currentIndex())


def size_columns(header: QtWidgets.QHeaderView, widths: dict[int, int]) -> None:
    """Give columns their widths, never narrower than their titles in the window's font."""
    for col, width in widths.items():
        header.resizeSection(col, max(width, header.sectionSizeHint(col)))


def button_row(*buttons: QtWidgets.QWidget) -> QtWidgets.QHBoxLayout:
    """Return a horizontal layout of buttons pushed to the left."""
    row = QtWidgets.QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    for b in buttons:
        row.addWidget(b)
    row.addStretch(1)
    return row


def heading(text: str) -> QtWidgets.QLabel:
    """Return a bold section heading label."""
    label = QtWidgets.QLabel(text)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.1)
    label.setFont(font)
    return label


def _field_in_focus() -> QtWidgets.QWidget | None:
    """Return the text field that has the keyboard focus (a spin box's line), if any."""
    widget = QtWidgets.QApplication.focusWidget()
    if isinstance(widget, QtWidgets.QAbstractSpinBox):
        return widget.findChild(QtWidgets.QLineEdit)
    return widget


def edit_in_focus(action: str) -> None:
    """Call ``undo`` or ``redo`` on the text field that has the keyboard focus, if any."""
    method = getattr(_field_in_focus(), action, None)
    if callable(method):
        method()


def undo_in_focus() -> tuple[bool, bool]:
    """Return whether the text field in focus can undo and redo (no field: neither)."""
    widget = _field_in_focus()
    if isinstance(widget, QtWidgets.QLineEdit):
        editable = not widget.isReadOnly()
        return editable and widget.isUndoAvailable(), editable and widget.isRedoAvailable()
    if isinstance(widget, QtWidgets.QTextEdit | QtWidgets.QPlainTextEdit):
        document = widget.document()
        editable = not widget.isReadOnly()
        return editable and document.isUndoAvailable(), editable and document.isRedoAvailable()
    return False, False


Index = QtCore.QModelIndex | QtCore.QPersistentModelIndex


class ListTableModel(QtCore.QAbstractTableModel):
    """A table over a Python list: one row per item, one column per header."""

    headers: list[str]

    def row_items(self) -> Sequence[object]:
        """Return the items the rows show."""
        raise NotImplementedError

    def rowCount(self, parent: Index = QtCore.QModelIndex()) -> int:  # noqa: B008
        """Return the number of rows."""
        return 0 if parent.isValid() else len(self.row_items())

    def columnCount(self, parent: Index = QtCore.QModelIndex()) -> int:  # noqa: B008
        """Return the number of columns."""
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self,
        section: int,
        orientation: QtCore.Qt.Orientation,
        role: int = QtCore.Qt.ItemDataRole.DisplayRole,
    ) -> object:
        """Return the column titles."""
        horizontal = orientation == QtCore.Qt.Orientation.Horizontal
        if horizontal and role == QtCore.Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None
