"""Choosing a portion's own marking in the window: Format › Portion marking, and the status bar.

A portion is a paragraph, a list item or a table of the text (and a finding or a commitment,
chosen in their own tabs). Which levels there are comes from the core
(:func:`notadesk.core.policy.portions.portion_levels`); no choice means the nota's own level.
The text editor keeps a line's portion in its block format (``formats.set_block_portion``) and
a table's in the table's data, so both survive the conversion to the nota and back. A portion
above the nota's marking is refused by the core when saved, and the window offers the roll-up.
"""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Callable

from notadesk.core.model.nota import Table
from notadesk.core.policy.markings import is_known_level, marking_level
from notadesk.core.policy.portions import portion_levels
from notadesk.gui.qt import QtCore, QtGui, QtWidgets
from notadesk.gui.richtext.editor import RichTextEdit
from notadesk.gui.richtext.formats import block_portion, set_block_portion


def portion_at_cursor(edit: RichTextEdit) -> tuple[bool, str | None]:
    """Return whether the cursor's line can carry a portion mark, and the mark it has."""
    found = edit.data_block_on_line()
    if found is not None:
        data = found[1]
        return (True, data.portion) if isinstance(data, Table) else (False, None)
    return True, block_portion(edit.textCursor().block())


def set_portion(edit: RichTextEdit, level_id: str | None) -> bool:
    """Give the paragraphs and list items of the selection (or the table on the cursor's line)
    their own marking; None: the nota's. One undo step. Return whether anything could."""
    found = edit.data_block_on_line()
    if found is not None:
        position, data = found
        if not isinstance(data, Table):
            return False
        edit.replace_data_block(position, dataclasses.replace(data, portion=level_id))
        return True
    cursor = edit.textCursor()
    doc = edit.document()
    first = doc.findBlock(cursor.selectionStart())
    last = doc.findBlock(cursor.selectionEnd())
    cursor.beginEditBlock()
    try:
        block = first
        while block.isValid():
            line = QtGui.QTextCursor(block)
            if edit.data_block_on_line(line) is None:
                set_block_portion(line, level_id)
            if block == last:
                break
            block = block.next()
    finally:
        cursor.endEditBlock()
    return True


def level_label(level_id: str | None) -> str:
    """Return a level's label, or the id itself when it is not known here."""
    if level_id is None:
        return ""
    return marking_level(level_id).label if is_known_level(level_id) else level_id


def portion_text(portion: str | None, nota_level: str) -> str:
    """Return how a portion's marking reads in a table or list: its level, or the nota's."""
    if portion is None:
        return QtCore.QCoreApplication.translate("Portions", "%1 (the nota's)").replace(
            "%1", level_label(nota_level)
        )
    return level_label(portion)


class PortionControl(QtCore.QObject):
    """The Format › Portion marking menu and the status bar's "Portion: …" for the text."""

    def __init__(self, window: QtWidgets.QMainWindow, nota_level: Callable[[], str | None]):
        """``nota_level`` returns the open draft's level id (None: no draft open)."""
        super().__init__(window)
        self.nota_level = nota_level
        self.edit: RichTextEdit | None = None
        self.menu = QtWidgets.QMenu(self.tr("Portion &marking"), window)
        self.menu.setToolTipsVisible(True)
        self.menu.aboutToShow.connect(self._fill_menu)
        self.label = QtWidgets.QLabel()
        self.label.setAccessibleName(self.tr("Portion marking at the cursor"))
        app = QtWidgets.QApplication.instance()
        assert isinstance(app, QtWidgets.QApplication)
        app.focusChanged.connect(self._focus_changed)
        self._fill_menu()

    def _focus_changed(self, _old: QtWidgets.QWidget | None, new: QtWidgets.QWidget | None) -> None:
        if isinstance(new, RichTextEdit) and new is not self.edit:
            if self.edit is not None:
                with contextlib.suppress(RuntimeError, TypeError):  # the old editor is gone
                    self.edit.cursorPositionChanged.disconnect(self.show_current)
            self.edit = new
            new.cursorPositionChanged.connect(self.show_current)
            new.destroyed.connect(self._forget)
        self.show_current()

    def _forget(self, *_args: object) -> None:
        self.edit = None
        self.label.clear()

    def show_current(self) -> None:
        """Show the marking of the portion at the cursor in the status bar."""
        level = self.nota_level()
        if self.edit is None or level is None or not self.edit.hasFocus():
            self.label.clear()
            return
        usable, own = portion_at_cursor(self.edit)
        if not usable:
            self.label.clear()
        elif own is None:
            self.label.setText(
                self.tr("Portion: %1 (the nota's)").replace("%1", level_label(level))
            )
        else:
            self.label.setText(self.tr("Portion: %1").replace("%1", level_label(own)))

    def _fill_menu(self) -> None:
        self.menu.clear()
        level = self.nota_level()
        shown = self.edit is not None and self.edit.isVisible()
        usable, own = portion_at_cursor(self.edit) if shown and self.edit else (False, None)
        group = QtGui.QActionGroup(self.menu)
        choices: list[tuple[str | None, str]] = [
            (None, self.tr("The nota's marking (%1)").replace("%1", level_label(level)))
        ]
        choices += [(lv.id, lv.label) for lv in portion_levels(level or "")]
        for level_id, text in choices:
            action = self.menu.addAction(text)
            action.setCheckable(True)
            action.setChecked(usable and own == level_id)
            action.setEnabled(usable and level is not None)
            action.setData(level_id)
            group.addAction(action)
            action.triggered.connect(lambda _on=False, chosen=level_id: self.choose(chosen))
        if level is not None and not usable:
            hint = self.menu.addAction(
                self.tr("Put the cursor in a paragraph, list item or table of the text")
            )
            hint.setEnabled(False)

    def choose(self, level_id: str | None) -> bool:
        """Give the portion at the cursor this marking (None: the nota's)."""
        if self.edit is None or self.nota_level() is None:
            return False
        done = set_portion(self.edit, level_id)
        self.show_current()
        return done
