"""Finding text the window cuts off: labels, buttons, tabs, combo boxes, headers, toolbars.

``cut_off(root)`` walks every visible widget under ``root`` and returns one line per text that
does not fit the space it is given (elided, clipped, or hidden behind a toolbar's "»").
Tests use it on every tab and dialog at 1366×768.
"""

from __future__ import annotations

import re

from notadesk.gui.qt import Qt, QtGui, QtWidgets

SLACK = 1
"""Pixels of rounding allowed."""
HEADER_PADDING = 2 * 6 + 2
"""The style sheet's header padding (6 px each side) and its border."""


def _shown(text: str) -> str:
    """Return a text as drawn: mnemonic ampersands removed ("&&" is one "&")."""
    return re.sub(r"&(.)", r"\1", text)


def _name(widget: QtWidgets.QWidget) -> str:
    return f"{type(widget).__name__} {widget.objectName() or ''}".strip()


def _label(label: QtWidgets.QLabel) -> str | None:
    if not label.text().strip() or label.width() <= 0:
        return None
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if needed > label.height() + SLACK:
            return f"needs {needed} px of height, has {label.height()}"
        return None
    hint = label.sizeHint()
    if hint.width() > label.width() + SLACK:
        return f"needs {hint.width()} px, has {label.width()}"
    return None


def _button(button: QtWidgets.QAbstractButton) -> str | None:
    if not button.text().strip():
        return None
    if (
        isinstance(button, QtWidgets.QToolButton)
        and button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
    ):
        return None
    needed = button.sizeHint().width()
    if isinstance(button, QtWidgets.QPushButton):
        # the style's minimum width pads short texts: only the text and icon must fit
        margin = 2 * button.style().pixelMetric(QtWidgets.QStyle.PixelMetric.PM_ButtonMargin)
        icon = button.iconSize().width() + 4 if not button.icon().isNull() else 0
        needed = button.fontMetrics().horizontalAdvance(_shown(button.text())) + icon + margin
    if needed > button.width() + SLACK:
        return f"needs {needed} px, has {button.width()}"
    return None


def _combo(combo: QtWidgets.QComboBox) -> str | None:
    shown = getattr(combo, "shown_text", None)  # a box that shows a short form when closed
    text = shown() if callable(shown) else combo.currentText()
    if not text:
        return None
    if combo.isEditable() and combo.lineEdit() is not None:
        available = combo.lineEdit().width() - 4
    else:
        option = QtWidgets.QStyleOptionComboBox()
        combo.initStyleOption(option)
        field = combo.style().subControlRect(
            QtWidgets.QStyle.ComplexControl.CC_ComboBox,
            option,
            QtWidgets.QStyle.SubControl.SC_ComboBoxEditField,
            combo,
        )
        available = field.width()
        if not combo.itemIcon(combo.currentIndex()).isNull():
            available -= combo.iconSize().width() + 4
    needed = combo.fontMetrics().horizontalAdvance(text)
    if needed > available + SLACK:
        return f"“{text}” needs {needed} px, has {available}"
    return None


def _tab_bar(bar: QtWidgets.QTabBar) -> list[str]:
    found = []
    if bar.sizeHint().width() > bar.width() + SLACK:
        found.append(f"tabs need {bar.sizeHint().width()} px, have {bar.width()}")
    for i in range(bar.count()):
        if not bar.isTabVisible(i):
            continue
        rect = bar.tabRect(i)
        if rect.left() < 0 or rect.right() > bar.width():
            found.append(f"tab “{_shown(bar.tabText(i))}” is outside the bar")
    return found


def _header(header: QtWidgets.QHeaderView) -> list[str]:
    model = header.model()
    if model is None or header.orientation() != Qt.Orientation.Horizontal:
        return []
    found = []
    metrics = header.fontMetrics()
    width = header.viewport().width()
    for logical in range(header.count()):
        if header.isSectionHidden(logical):
            continue
        text = model.headerData(logical, Qt.Orientation.Horizontal)
        if not isinstance(text, str) or not text:
            continue
        start = header.sectionViewportPosition(logical)
        if start >= width or start + header.sectionSize(logical) <= 0:
            continue  # scrolled out of view, not cut
        shown = min(start + header.sectionSize(logical), width) - max(start, 0)
        needed = metrics.horizontalAdvance(text) + HEADER_PADDING
        if header.isSortIndicatorShown() and header.sortIndicatorSection() == logical:
            needed += 12
        if needed > shown + SLACK:
            found.append(f"column “{text}” needs {needed} px, shows {shown}")
    return found


def _group(box: QtWidgets.QGroupBox) -> str | None:
    if not box.title():
        return None
    font = QtGui.QFont(box.font())
    font.setBold(True)
    needed = QtGui.QFontMetrics(font).horizontalAdvance(_shown(box.title())) + 24
    if needed > box.width() + SLACK:
        return f"title needs {needed} px, has {box.width()}"
    return None


def cut_off(root: QtWidgets.QWidget) -> list[str]:
    """Return a line for every text under ``root`` that does not fit where it is shown."""
    found: list[str] = []
    for widget in [root, *root.findChildren(QtWidgets.QWidget)]:
        if not widget.isVisible():
            continue
        problems: list[str] = []
        if isinstance(widget, QtWidgets.QLabel):
            problems.append(_label(widget) or "")
            what = widget.text()
        elif isinstance(widget, QtWidgets.QAbstractButton):
            if widget.objectName() == "qt_toolbar_ext_button":
                problems.append("the toolbar hides buttons behind »")
            else:
                problems.append(_button(widget) or "")
            what = widget.text()
        elif isinstance(widget, QtWidgets.QComboBox):
            problems.append(_combo(widget) or "")
            what = widget.currentText()
        elif isinstance(widget, QtWidgets.QTabBar):
            problems.extend(_tab_bar(widget))
            what = " | ".join(widget.tabText(i) for i in range(widget.count()))
        elif isinstance(widget, QtWidgets.QHeaderView):
            problems.extend(_header(widget))
            what = ""
        elif isinstance(widget, QtWidgets.QGroupBox):
            problems.append(_group(widget) or "")
            what = widget.title()
        else:
            continue
        for problem in problems:
            if problem:
                found.append(f"{_name(widget)} “{_shown(what)[:60]}”: {problem}")
    return found


def visible_texts(root: QtWidgets.QWidget) -> list[str]:
    """Return the texts of the visible labels, buttons, tabs, boxes and column titles."""
    texts = [root.windowTitle()]
    for widget in [root, *root.findChildren(QtWidgets.QWidget)]:
        if not widget.isVisible():
            continue
        if isinstance(widget, (QtWidgets.QLabel, QtWidgets.QAbstractButton)):
            texts.append(widget.text())
        elif isinstance(widget, QtWidgets.QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QtWidgets.QComboBox):
            texts.append(widget.currentText())
        elif isinstance(widget, QtWidgets.QLineEdit):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QtWidgets.QTabBar):
            texts.extend(widget.tabText(i) for i in range(widget.count()))
        elif isinstance(widget, QtWidgets.QHeaderView) and widget.model() is not None:
            model, orientation = widget.model(), widget.orientation()
            texts.extend(str(model.headerData(i, orientation) or "") for i in range(widget.count()))
    return [_shown(t).strip() for t in texts if t and t.strip()]
