"""The QTextEdit of the Text tab: only what the PDF prints can be typed, pasted or styled."""

from __future__ import annotations

import atexit
import json
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from notadesk.core.model.nota import Block, CommitmentsBlock, ListEntry, Run, Table
from notadesk.core.spelling import WORD
from notadesk.gui import operations
from notadesk.gui.qt import Qt, QtCore, QtGui, QtWidgets, Signal
from notadesk.gui.richtext.convert import (
    GENERATED_POSITIONS,
    block_lines,
    insert_runs,
    selection_lines,
    set_depth,
    write_lines,
)
from notadesk.gui.richtext.formats import (
    BLOCK_OBJECT,
    LINE_BREAK,
    MAX_DEPTH,
    OBJECT_CHAR,
    POSITIONS_OBJECT,
    Line,
    block_depth,
    block_numbered,
    block_object_format,
    format_run,
    object_data,
    placeholder,
    plain_format,
    positions_object_format,
    run_format,
)
from notadesk.gui.richtext.paste import LINES_MIME, paste_lines

if TYPE_CHECKING:
    from notadesk.gui.spelling import SpellService


def _siblings(block: QtGui.QTextBlock) -> list[QtGui.QTextBlock]:
    """Return the entries of the list level a bullet stands in (under the same parent)."""
    depth = block_depth(block)
    out = [block]
    for step in (QtGui.QTextBlock.previous, QtGui.QTextBlock.next):
        other = step(block)
        while other.isValid() and block_depth(other) >= depth:
            if block_depth(other) == depth:
                out.append(other)
            other = step(other)
    return out


def _level_numbered(block: QtGui.QTextBlock, depth: int) -> bool:
    """Return whether a line moved to ``depth`` joins a numbered level there.

    The nearest line above at that depth (under the same parent) decides; with none, the line
    keeps what it was.
    """
    other = block.previous()
    while other.isValid() and block_depth(other) >= depth:
        if block_depth(other) == depth:
            return block_numbered(other)
        other = other.previous()
    return block_numbered(block)


SPELL_PAUSE_MS = 150
"""How long typing pauses before the lines in view are checked again."""


MODIFIER_KEYS = {Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta,
                 Qt.Key.Key_AltGr}  # fmt: skip


def ends_word(char: str) -> bool:
    """Return whether a typed character ends a word (a space or punctuation)."""
    return char.isspace() or unicodedata.category(char).startswith("P")


class RichTextEdit(QtWidgets.QTextEdit):
    """A QTextEdit limited to the nota's paragraphs, bullets, styles and data blocks."""

    placeholder_activated = Signal()
    """A data-block placeholder was double-clicked (the cursor is on its line)."""
    row_requested = Signal(str, int)
    """A printed line of a findings or commitments block was double-clicked: its table, row."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        """Create the editor (no document of its own until one is set)."""
        super().__init__(parent)
        self.setAcceptRichText(True)
        self.setTabChangesFocus(False)
        self.setAutoFormatting(QtWidgets.QTextEdit.AutoFormattingFlag.AutoNone)
        self.cursorPositionChanged.connect(self._keep_typing_plain)
        self.placeholder_tooltip: Callable[[QtGui.QTextCharFormat], str] | None = None
        """Returns the tooltip of a placeholder (what it prints now); set by the Text tab."""
        self.spelling: SpellService | None = None
        """Offers suggestions for the word under a right-click; set by the Text tab."""
        self.spell_format = QtGui.QTextCharFormat()
        self.spell_format.setUnderlineStyle(
            QtGui.QTextCharFormat.UnderlineStyle.SpellCheckUnderline
        )
        self.spell_format.setUnderlineColor(QtGui.QColor("#d0021b"))
        self.spell_timer = QtCore.QTimer(self)
        self.spell_timer.setSingleShot(True)
        self.spell_timer.setInterval(SPELL_PAUSE_MS)
        self.spell_timer.timeout.connect(self.refresh_spelling)
        self.textChanged.connect(self.spell_timer.start)
        self.verticalScrollBar().valueChanged.connect(self.spell_soon)
        self.redraw_timer = QtCore.QTimer(self)
        self.redraw_timer.setSingleShot(True)
        self.redraw_timer.setInterval(200)
        self.redraw_timer.timeout.connect(self._redraw_blocks)
        self.typing = False
        """True while a key press is handled: an undo step begun then is called Typing."""
        self.step_name: str | None = None
        """The name of the undo step an edit being made now begins (set by :meth:`named`)."""

    def event(self, event: QtCore.QEvent) -> bool:
        """Placeholders explain themselves in a tooltip: what they will print."""
        if event.type() == QtCore.QEvent.Type.ToolTip and self.placeholder_tooltip is not None:
            assert isinstance(event, QtGui.QHelpEvent)
            point = self.viewport().mapFromGlobal(event.globalPos())
            position = (
                self.document()
                .documentLayout()
                .hitTest(
                    QtCore.QPointF(
                        point.x() + self.horizontalScrollBar().value(),
                        point.y() + self.verticalScrollBar().value(),
                    ),
                    Qt.HitTestAccuracy.ExactHit,
                )
            )
            if position >= 0:
                cursor = QtGui.QTextCursor(self.document())
                cursor.setPosition(position + 1)
                fmt = cursor.charFormat()
                if placeholder(fmt):
                    QtWidgets.QToolTip.showText(
                        event.globalPos(), self.placeholder_tooltip(fmt), self.viewport()
                    )
                    return True
        return super().event(event)

    # --- typing --------------------------------------------------------------------------

    def _keep_typing_plain(self) -> None:
        # After a placeholder the cursor would type in the placeholder's format. (With a
        # selection, setCurrentCharFormat would restyle the selection: leave it alone.)
        if self.textCursor().hasSelection():
            return
        fmt = self.currentCharFormat()
        if placeholder(fmt) in (BLOCK_OBJECT, POSITIONS_OBJECT):
            self.setCurrentCharFormat(plain_format(fmt))

    def keyPressEvent(self, event: QtGui.QKeyEvent) -> None:
        """Tab and Shift+Tab indent and outdent bullets; elsewhere they move the focus."""
        key = event.key()
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and not (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            outdent = key == Qt.Key.Key_Backtab or bool(
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            )
            if self.textCursor().block().textList() is not None:
                self.change_depth(-1 if outdent else 1)
            else:
                self.focusNextPrevChild(not outdent)
            event.accept()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            # Shift+Enter: a line break inside the paragraph or bullet ("\\n" in the nota).
            self.textCursor().insertText(LINE_BREAK)
            event.accept()
            return
        cursor = self.textCursor()
        modifiers = event.modifiers()
        shortcut = bool(modifiers & Qt.KeyboardModifier.ControlModifier) and not (
            modifiers & Qt.KeyboardModifier.AltModifier  # Ctrl+Alt: AltGr typing a character
        )
        if event.text().isprintable() and event.text() and cursor.hasSelection() and not shortcut:
            # Typing over a selection: drop it first so the new text never takes over a
            # placeholder's format.
            cursor.removeSelectedText()
            self.setTextCursor(cursor)
        self._keep_typing_plain()
        self.typing = True
        try:
            super().keyPressEvent(event)
        finally:
            self.typing = False
        text = event.text()
        if key not in MODIFIER_KEYS and (not text or not text.isprintable() or ends_word(text[-1])):
            # A space, punctuation or a cursor key ends a word group: one Ctrl+Z takes back
            # one group, never a whole typed passage (see gui/editor/undo.py).
            self.document().setModified(False)

    def mousePressEvent(self, event: QtGui.QMouseEvent) -> None:
        """A click moves the cursor: typing after it is a new undo step."""
        self.document().setModified(False)
        super().mousePressEvent(event)

    # --- lists ---------------------------------------------------------------------------

    def change_depth(self, step: int) -> None:
        """Indent (+1) or outdent (-1) the selected bullets, within 0 to 3 deep."""
        cursor = self.textCursor()
        doc = self.document()
        first = doc.findBlock(cursor.selectionStart())
        last = doc.findBlock(cursor.selectionEnd())
        edit = QtGui.QTextCursor(doc)
        edit.beginEditBlock()
        block = first
        while block.isValid():
            depth = block_depth(block)
            previous = block.previous()
            limit = block_depth(previous) + 1 if previous.isValid() else 1
            wanted = max(0, min(MAX_DEPTH, depth + step, limit))
            if step > 0 and depth == 0:
                wanted = 1
            if any(isinstance(line.data, Table) for line in block_lines(block)):
                wanted = depth  # a table stays out of lists
            if wanted != depth:
                numbered = _level_numbered(block, wanted)
                edit.setPosition(block.position())
                set_depth(edit, wanted, numbered=numbered)
            if block == last:
                break
            block = block.next()
        edit.endEditBlock()

    def toggle_numbering(self) -> None:
        """Number the list level(s) of the selected lines, or bullet them if all are numbered.

        A level is numbered or bulleted as a whole (so it prints as it shows): the choice
        applies to every entry of the level the cursor is in. A plain line becomes a numbered
        entry.
        """
        cursor = self.textCursor()
        doc = self.document()
        first = doc.findBlock(cursor.selectionStart())
        last = doc.findBlock(cursor.selectionEnd())
        chosen = []
        block = first
        while block.isValid():
            chosen.append(block)
            if block == last:
                break
            block = block.next()
        numbered = not all(block_depth(b) > 0 and block_numbered(b) for b in chosen)
        targets: dict[int, int] = {}  # block number -> depth
        for b in chosen:
            depth = max(1, block_depth(b))
            targets[b.blockNumber()] = depth
            if block_depth(b) > 0:
                for sibling in _siblings(b):
                    targets[sibling.blockNumber()] = depth
        edit = QtGui.QTextCursor(doc)
        edit.beginEditBlock()
        lists: dict[int, QtGui.QTextList] = {}
        block = doc.findBlockByNumber(min(targets))
        end = max(targets)
        while block.isValid() and block.blockNumber() <= end:
            edit.setPosition(block.position())
            if block.blockNumber() in targets:
                set_depth(edit, targets[block.blockNumber()], lists, numbered=numbered)
            elif block_depth(block) > 0:
                set_depth(edit, block_depth(block), lists, numbered=block_numbered(block))
            else:
                lists.clear()
            block = block.next()
        edit.endEditBlock()

    def toggle_bullets(self) -> None:
        """Make the selected lines bullets, or plain paragraphs if they all are bullets."""
        cursor = self.textCursor()
        doc = self.document()
        first = doc.findBlock(cursor.selectionStart())
        last = doc.findBlock(cursor.selectionEnd())
        blocks = []
        block = first
        while block.isValid():
            blocks.append(block)
            if block == last:
                break
            block = block.next()
        all_bullets = all(block_depth(b) > 0 for b in blocks)
        edit = QtGui.QTextCursor(doc)
        edit.beginEditBlock()
        lists: dict[int, QtGui.QTextList] = {}
        for b in blocks:
            edit.setPosition(b.position())
            depth = 0 if all_bullets else max(1, block_depth(b))
            set_depth(edit, depth, lists, numbered=bool(depth) and block_numbered(b))
        edit.endEditBlock()

    # --- styles --------------------------------------------------------------------------

    def selection_runs(self) -> list[Run]:
        """Return the styles of the selected text (or of the typing position)."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return [format_run(self.currentCharFormat())]
        runs = []
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        block = self.document().findBlock(start)
        while block.isValid() and block.position() <= end:
            it = block.begin()
            while not it.atEnd():
                frag = it.fragment()
                it += 1
                lo = max(start, frag.position())
                hi = min(end, frag.position() + frag.length())
                if lo < hi and placeholder(frag.charFormat()) != BLOCK_OBJECT:
                    runs.append(format_run(frag.charFormat()))
            block = block.next()
        return runs

    def restyle(self, change: Callable[[Run], None]) -> None:
        """Apply ``change`` to the styles of every selected stretch (or the typing style)."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            run = format_run(self.currentCharFormat())
            change(run)
            self.setCurrentCharFormat(run_format(run))
            return
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        doc = self.document()
        pieces: list[tuple[int, int, QtGui.QTextCharFormat]] = []
        block = doc.findBlock(start)
        while block.isValid() and block.position() <= end:
            it = block.begin()
            while not it.atEnd():
                frag = it.fragment()
                it += 1
                lo = max(start, frag.position())
                hi = min(end, frag.position() + frag.length())
                if lo < hi:
                    pieces.append((lo, hi, frag.charFormat()))
            block = block.next()
        edit = QtGui.QTextCursor(doc)
        edit.beginEditBlock()
        for lo, hi, fmt in pieces:
            if placeholder(fmt) == BLOCK_OBJECT:
                continue
            run = format_run(fmt)
            change(run)
            if placeholder(fmt) == POSITIONS_OBJECT:
                new = positions_object_format(run)
                new.setToolTip(fmt.toolTip())
            else:
                new = run_format(run)
            edit.setPosition(lo)
            edit.setPosition(hi, QtGui.QTextCursor.MoveMode.KeepAnchor)
            edit.setCharFormat(new)
        edit.endEditBlock()

    def toggle_style(self, name: str) -> None:
        """Switch bold, italic, underline or highlight on the selection (off if all have it)."""
        runs = self.selection_runs()
        value = not (runs and all(getattr(r, name) for r in runs))
        self.restyle(lambda run: setattr(run, name, value))

    def set_redaction(self, code: str | None) -> None:
        """Mark the selection to be withheld on Woo publication under a ground (None: clear)."""
        self.restyle(lambda run: setattr(run, "redact", code))

    # --- data blocks ---------------------------------------------------------------------

    def insert_data_block(self, data: Block | ListEntry) -> None:
        """Insert a data-block placeholder line at the cursor.

        On an empty line the placeholder takes that line; otherwise it goes on a new line
        below, one level deeper when the line is a bullet (a child of that bullet).
        """
        name = (
            QtCore.QCoreApplication.translate("Undo", "Insert table")
            if isinstance(data, Table)
            else QtCore.QCoreApplication.translate("Undo", "Insert data block")
        )
        with self.named(name):
            self._insert_data_block(data)

    def _insert_data_block(self, data: Block | ListEntry) -> None:
        cursor = self.textCursor()
        cursor.beginEditBlock()
        block = cursor.block()
        depth = block_depth(block)
        if isinstance(data, Table):  # a table stands on a line of its own, never in a list
            if block.length() > 1:
                cursor.movePosition(QtGui.QTextCursor.MoveOperation.EndOfBlock)
                cursor.insertBlock(block.blockFormat(), QtGui.QTextCharFormat())
            set_depth(cursor, 0)
            cursor.insertText(OBJECT_CHAR, block_object_format(data))
            cursor.endEditBlock()
            self.setTextCursor(cursor)
            return
        if block.length() > 1:
            on_placeholder = any(line.data is not None for line in block_lines(block))
            cursor.movePosition(QtGui.QTextCursor.MoveOperation.EndOfBlock)
            cursor.insertBlock(block.blockFormat(), QtGui.QTextCharFormat())
            deeper = depth and not on_placeholder
            set_depth(cursor, min(MAX_DEPTH, depth + 1) if deeper else depth)
        cursor.insertText(OBJECT_CHAR, block_object_format(data))
        cursor.endEditBlock()
        self.setTextCursor(cursor)

    def insert_positions_summary(self, tooltip: str = "") -> None:
        """Insert the positions summary inline at the cursor (a generated run)."""
        cursor = self.textCursor()
        run = format_run(self.currentCharFormat())
        run.generated = GENERATED_POSITIONS
        fmt = positions_object_format(run)
        fmt.setToolTip(tooltip)
        cursor.insertText(OBJECT_CHAR, fmt)
        self.setTextCursor(cursor)
        self.setCurrentCharFormat(run_format(format_run(fmt)))

    def data_block_on_line(
        self, cursor: QtGui.QTextCursor | None = None
    ) -> tuple[int, Block | ListEntry] | None:
        """Return the position and data of the placeholder on the cursor's line, if any."""
        block = (cursor or self.textCursor()).block()
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            it += 1
            fmt = fragment.charFormat()
            if placeholder(fmt) == BLOCK_OBJECT:
                data = object_data(fmt)
                offset = fragment.text().find(OBJECT_CHAR)
                if data is not None and offset >= 0:
                    return fragment.position() + offset, data
        return None

    @contextmanager
    def named(self, name: str) -> Iterator[None]:
        """Call the undo step the edits inside begin ``name`` (Edit › Undo shows it)."""
        self.step_name = name
        try:
            yield
        finally:
            self.step_name = None

    def replace_data_block(self, position: int, data: Block | ListEntry) -> None:
        """Give the placeholder at a position new data (one undo step)."""
        cursor = QtGui.QTextCursor(self.document())
        cursor.setPosition(position)
        cursor.setPosition(position + 1, QtGui.QTextCursor.MoveMode.KeepAnchor)
        name = (
            QtCore.QCoreApplication.translate("Undo", "Edit table")
            if isinstance(data, Table)
            else QtCore.QCoreApplication.translate("Undo", "Change data block")
        )
        with self.named(name):
            cursor.setCharFormat(block_object_format(data))

    def mouseDoubleClickEvent(self, event: QtGui.QMouseEvent) -> None:
        """Double-clicking a printed line of a findings or commitments block opens its row;
        elsewhere on a placeholder it asks to change it."""
        cursor = self.cursorForPosition(event.position().toPoint())
        found = self.data_block_on_line(cursor)
        if found is not None:
            row = self._row_at(cursor, found[1], event.position().y())
            if row is not None:
                self.row_requested.emit(*row)
                event.accept()
                return
            self.setTextCursor(cursor)
            self.placeholder_activated.emit()
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def _row_at(
        self, cursor: QtGui.QTextCursor, data: Block | ListEntry, y: float
    ) -> tuple[str, int] | None:
        """Return the table and row of the printed line at a height, if one is there."""
        doc = self.document()
        layout_for = getattr(doc, "layout_for", None)
        layout = layout_for(data) if layout_for is not None else None
        if layout is None:
            return None
        block = cursor.block()
        top = doc.documentLayout().blockBoundingRect(block).top()
        line = block.layout().lineAt(0) if block.layout().lineCount() else None
        image_top = top + (line.y() if line is not None else 0.0)
        index = layout.line_at(y + self.verticalScrollBar().value() - image_top)
        rows = doc.rows_for(data)  # type: ignore[attr-defined]
        if index is None or index >= len(rows):
            return None
        kind = "commitments" if isinstance(data, CommitmentsBlock) else "findings"
        return kind, rows[index]

    # --- spelling ------------------------------------------------------------------------

    def setDocument(self, document: QtGui.QTextDocument) -> None:
        """Show another section's document (its words are checked a moment later)."""
        self.setExtraSelections([])
        super().setDocument(document)
        self.spell_timer.start()
        self.redraw_timer.start()  # its data blocks drawn to this editor's width

    def resizeEvent(self, event: QtGui.QResizeEvent) -> None:
        """More or other lines in view: check them a moment later; data blocks are drawn
        again to the new width once the resizing stops."""
        super().resizeEvent(event)
        self.spell_soon()
        if event.size().width() != event.oldSize().width():
            self.redraw_timer.start()

    def _redraw_blocks(self) -> None:
        refresh = getattr(self.document(), "refresh_placeholders", None)
        if refresh is not None:
            refresh()

    def spell_soon(self, *_args: object) -> None:
        # Scrolling (and the layout of a long section, which scrolls as it goes) does not
        # postpone the check again and again: it runs 150 ms after the first such event.
        if not self.spell_timer.isActive():
            self.spell_timer.start()

    def refresh_spelling(self) -> None:
        """Underline the misspelled words of the lines in view (drawn, never stored)."""
        self.spell_timer.stop()
        checker = self.spelling.active() if self.spelling is not None else None
        if checker is None:
            self.setExtraSelections([])
            return
        doc = self.document()
        top, bottom = self.lines_in_view()
        block = self.cursorForPosition(QtCore.QPoint(0, top)).block()
        selections = []
        while block.isValid():
            top = self.cursorRect(QtGui.QTextCursor(block)).top()
            if top > bottom:
                break
            for miss in checker.misspellings(block.text()):
                selection = QtWidgets.QTextEdit.ExtraSelection()
                cursor = QtGui.QTextCursor(doc)
                cursor.setPosition(block.position() + miss.start)
                cursor.setPosition(
                    block.position() + miss.start + miss.length,
                    QtGui.QTextCursor.MoveMode.KeepAnchor,
                )
                selection.cursor = cursor
                selection.format = self.spell_format
                selections.append(selection)
            block = block.next()
        self.setExtraSelections(selections)

    def lines_in_view(self) -> tuple[int, int]:
        """Return the top and bottom of what shows of the text, in viewport coordinates."""
        return 0, self.viewport().height()

    def misspelled_words(self) -> list[str]:
        """Return the words underlined now (what the person sees)."""
        return [s.cursor.selectedText() for s in self.extraSelections()]

    def misspelled_at(self, cursor: QtGui.QTextCursor) -> tuple[int, str] | None:
        """Return the document position and text of a misspelled word at a cursor, if any."""
        checker = self.spelling.active() if self.spelling is not None else None
        if checker is None:
            return None
        block = cursor.block()
        offset = cursor.position() - block.position()
        for match in WORD.finditer(block.text()):
            if match.start() <= offset <= match.end():
                if checker.is_correct(match.group()):
                    return None
                return block.position() + match.start(), match.group()
        return None

    def spelling_menu(self, point: QtCore.QPoint) -> QtWidgets.QMenu:
        """Return the context menu for a point: suggestions first when a word is misspelled."""
        menu = self.createStandardContextMenu(point)
        self._use_shared_history(menu)
        found = self.misspelled_at(self.cursorForPosition(point))
        if found is None or self.spelling is None:
            return menu
        checker = self.spelling.active()
        assert checker is not None
        position, word = found
        first = menu.actions()[0] if menu.actions() else None
        suggestions = checker.suggestions(word)
        for suggestion in suggestions:
            action = QtGui.QAction(suggestion, menu)
            font = action.font()
            font.setBold(True)
            action.setFont(font)
            action.triggered.connect(
                lambda _=False, s=suggestion: self.replace_word(position, word, s)
            )
            menu.insertAction(first, action)
        if not suggestions:
            none = QtGui.QAction(
                QtCore.QCoreApplication.translate("RichTextEdit", "No suggestions"), menu
            )
            none.setEnabled(False)
            menu.insertAction(first, none)
        add = QtGui.QAction(
            QtCore.QCoreApplication.translate(
                "RichTextEdit", "Add “%1” to this workstation’s dictionary"
            ).replace("%1", word),
            menu,
        )
        add.triggered.connect(lambda: self.add_to_dictionary(word))
        menu.insertAction(first, add)
        menu.insertSeparator(first)
        return menu

    def shared_history(self) -> tuple[QtGui.QAction, QtGui.QAction] | None:
        """Return the window's Undo and Redo when this text is part of a draft's one history.

        A window that keeps one history for everything it edits (the drafting window) offers
        it as ``undo_action`` and ``redo_action``; a text on its own has none.
        """
        window = self.window()
        undo = getattr(window, "undo_action", None)
        redo = getattr(window, "redo_action", None)
        if isinstance(undo, QtGui.QAction) and isinstance(redo, QtGui.QAction):
            return undo, redo
        return None

    def _use_shared_history(self, menu: QtWidgets.QMenu) -> None:
        """Put the window's Undo and Redo in the menu in place of the document's own.

        Qt's menu offers the document's undo, which the draft's history has taken over (so it
        is always grey); the window's actions name the step and take it back like Ctrl+Z.
        """
        shared = self.shared_history()
        if shared is None:
            return
        for action in menu.actions():
            name = action.objectName()
            if name in ("edit-undo", "edit-redo"):
                menu.insertAction(action, shared[0] if name == "edit-undo" else shared[1])
                menu.removeAction(action)

    def contextMenuEvent(self, event: QtGui.QContextMenuEvent) -> None:
        """Right-click: spelling suggestions, then the usual editing commands."""
        menu = self.spelling_menu(event.pos())
        menu.exec(event.globalPos())
        menu.deleteLater()

    def replace_word(self, position: int, word: str, replacement: str) -> None:
        """Replace a word at a position by another (one undo step), keeping its style."""
        cursor = QtGui.QTextCursor(self.document())
        cursor.setPosition(position)
        cursor.setPosition(position + len(word), QtGui.QTextCursor.MoveMode.KeepAnchor)
        if cursor.selectedText() != word:
            return  # the text moved on since the menu opened
        fmt = cursor.charFormat()
        with self.named(QtCore.QCoreApplication.translate("Undo", "Correct spelling")):
            cursor.insertText(replacement, fmt)

    def add_to_dictionary(self, word: str) -> None:
        """Add a word to this workstation's dictionary; it is underlined nowhere any more."""
        if self.spelling is None:
            return
        checker = self.spelling.active()
        if checker is None:
            return
        if operations.guarded(
            self,
            QtCore.QCoreApplication.translate("RichTextEdit", "Spelling"),
            lambda: checker.add_word(word) or True,
        ):
            self.spelling.ready.emit()
            self.refresh_spelling()

    # --- clipboard -----------------------------------------------------------------------

    def createMimeDataFromSelection(self) -> QtCore.QMimeData:
        """Copy plain text and, for pasting back in notadesk, the lines with their data.

        The clipboard then holds an object made here; :func:`hand_over_clipboard` replaces it
        with its text before the program ends.
        """
        mime = QtCore.QMimeData()
        cursor = self.textCursor()
        lines = selection_lines(self.document(), cursor.selectionStart(), cursor.selectionEnd())
        mime.setText(cursor.selection().toPlainText().replace(OBJECT_CHAR, ""))
        mime.setData(LINES_MIME, json.dumps([line.to_dict() for line in lines]).encode("utf-8"))
        return mime

    def canInsertFromMimeData(self, source: QtCore.QMimeData) -> bool:
        """Accept text, HTML and notadesk lines; nothing else (no images, no files)."""
        return source.hasFormat(LINES_MIME) or source.hasHtml() or source.hasText()

    def insertFromMimeData(self, source: QtCore.QMimeData) -> None:
        """Paste only what the nota can print, after its report (see :func:`paste_lines`)."""
        lines = paste_lines(source, self)
        if not lines:
            return
        cursor = self.textCursor()
        cursor.beginEditBlock()
        if cursor.hasSelection():
            cursor.removeSelectedText()
        here = block_depth(cursor.block())
        if all(line.depth == 0 for line in lines) and here:
            lines = [Line(here, line.runs, line.data) for line in lines]
        first = lines[0]
        if first.data is None:
            insert_runs(cursor, first.runs)
            rest = lines[1:]
        else:
            rest = lines
        if rest:
            tail = QtGui.QTextCursor(cursor)
            tail.movePosition(
                QtGui.QTextCursor.MoveOperation.EndOfBlock, QtGui.QTextCursor.MoveMode.KeepAnchor
            )
            moved = tail.selection()
            tail.removeSelectedText()
            write_lines(cursor, rest, first_in_place=False)
            if not moved.isEmpty():
                cursor.insertFragment(moved)
        cursor.endEditBlock()
        self.setTextCursor(cursor)
        self.ensureCursorVisible()


def hand_over_clipboard() -> None:
    """As the program ends: leave the text copied from notadesk on the clipboard in an object
    Qt made itself.

    What notadesk copies is a QMimeData made in Python (its lines for a paste back in
    notadesk). Qt deletes the clipboard's content only after Python has shut down, and
    deleting an object made in Python then crashes the program at its very end. Replaced
    while Python still runs, the text stays for other programs.
    """
    if QtGui.QGuiApplication.instance() is None:
        return
    clipboard = QtGui.QGuiApplication.clipboard()
    mime = clipboard.mimeData()
    if mime is not None and mime.hasFormat(LINES_MIME):
        clipboard.setText(mime.text())


atexit.register(hand_over_clipboard)
