"""The Text tab: the nota's sections and sub-sections, each edited as rich text.

The whole nota reads as one page: a scrolling column with, per section in the outline's
order, its title and an editor on its own document that grows to the text's height.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable

from notadesk.core.model.nota import Block, Commitment, Finding, Nota, Run, Section
from notadesk.core.policy.positions import positions_summary
from notadesk.gui.editor.base import EditorTab
from notadesk.gui.editor.undo import flat_outline
from notadesk.gui.qt import Qt, QtCore, QtGui, QtWidgets, Signal
from notadesk.gui.richtext.convert import (
    document_from_blocks,
    document_to_blocks,
    selection_lines,
)
from notadesk.gui.richtext.editor import RichTextEdit
from notadesk.gui.richtext.formats import (
    OBJECT_CHAR,
    POSITIONS_OBJECT,
    Line,
    object_data,
    placeholder,
)
from notadesk.gui.richtext.objects import SectionDocument, block_tooltip
from notadesk.gui.richtext.paste import LINES_MIME
from notadesk.gui.richtext.toolbar import FormattingToolbar
from notadesk.gui.spelling import SpellService

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
Outline = tuple[tuple[int, str, "Outline"], ...]
"""The sections as the tree shows them: (key of its document, title, sub-sections)."""
MAX_SECTION_LEVEL = 2
MODIFIER_KEYS = frozenset(
    {
        Qt.Key.Key_Shift,
        Qt.Key.Key_Control,
        Qt.Key.Key_Alt,
        Qt.Key.Key_AltGr,
        Qt.Key.Key_Meta,
        Qt.Key.Key_CapsLock,
    }
)
"""Keys that only change what the next key means (Ctrl before C keeps the selection)."""
"""Sections and one level of sub-sections (Toelichting › Proces)."""


def confirm_remove(parent: QtWidgets.QWidget, title: str) -> bool:
    """Ask whether a section that holds text may be removed."""
    answer = QtWidgets.QMessageBox.question(
        parent,
        QtCore.QCoreApplication.translate("TextTab", "Remove section"),
        QtCore.QCoreApplication.translate(
            "TextTab", "Remove the section “%1” and everything in it?"
        ).replace("%1", title),
    )
    return answer == QtWidgets.QMessageBox.StandardButton.Yes


def _button(text: str, tip: str, icon_name: str = "") -> QtWidgets.QToolButton:
    button = QtWidgets.QToolButton()
    button.setText(text)
    button.setToolTip(tip)
    button.setAccessibleName(tip)
    if icon_name:
        from notadesk.gui.widgets import icon

        button.setIcon(icon(icon_name))
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    button.setAutoRaise(True)
    return button


class OutlineTree(QtWidgets.QTreeWidget):
    """The sections' outline; a section is dragged to another place among its siblings."""

    moved = Signal(object)
    """A section was dragged to another place: carries its item."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QtWidgets.QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)

    def dropEvent(self, event: QtGui.QDropEvent) -> None:
        """Move the dragged section before or after the one it is dropped on, if a sibling."""
        dragged = self.currentItem()
        point = event.position().toPoint()
        target = self.itemAt(point)
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()  # the move is ours: Qt's own would nest sections or lose their text
        if dragged is None or target is None or target is dragged:
            return
        below = point.y() > self.visualItemRect(target).center().y()
        self.move_beside(dragged, target, below=below)

    def move_beside(
        self, item: QtWidgets.QTreeWidgetItem, target: QtWidgets.QTreeWidgetItem, *, below: bool
    ) -> bool:
        """Move a section just above or below a sibling; return whether it moved."""
        parent = item.parent()
        if target.parent() is not parent:
            return False
        siblings = parent if parent is not None else self.invisibleRootItem()
        index = siblings.indexOfChild(item)
        wanted = siblings.indexOfChild(target) + (1 if below else 0)
        if wanted > index:
            wanted -= 1
        if wanted == index:
            return False
        expanded = item.isExpanded()
        siblings.takeChild(index)
        siblings.insertChild(wanted, item)
        item.setExpanded(expanded)
        self.moved.emit(item)
        return True


class SectionHeading(QtWidgets.QLabel):
    """A section's title above its text; a click selects the section in the outline."""

    clicked = Signal()

    def mousePressEvent(self, event: QtGui.QMouseEvent) -> None:
        """Select the section (and put the cursor in its text)."""
        self.clicked.emit()
        event.accept()


class SectionEditor(RichTextEdit):
    """One section's text in the continuous page: as tall as its text, no scrollbar of its own.

    Down on the last line and Up on the first line go on into the next or previous section.
    """

    focused = Signal()
    leave = Signal(int)
    """The cursor goes on past the text: +1 into the next section, -1 into the previous."""
    page = Signal(int)
    """Page Down (+1) or Page Up (-1): the whole page turns, not this section's text."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        """Create an editor that sizes itself to its document."""
        super().__init__(parent)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(
            QtWidgets.QSizePolicy.Policy.Expanding, QtWidgets.QSizePolicy.Policy.Fixed
        )
        self.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
        self.page_port: QtWidgets.QWidget | None = None
        """The window the page scrolls in: only the lines it shows are checked for spelling."""
        self.whole_keys: Callable[[SectionEditor, QtGui.QKeyEvent], bool] | None = None
        """The page's say over a key first (select all, and keys while all is selected)."""
        self.whole_menu: Callable[[SectionEditor, QtWidgets.QMenu], None] | None = None
        """The page's say over the right-click menu (select all)."""
        self.whole_copy: Callable[[], QtCore.QMimeData | None] | None = None
        """What Copy takes when the whole nota is selected (None: this text's selection)."""
        self._fit_height()

    def setDocument(self, document: QtGui.QTextDocument) -> None:
        """Show a section's document and follow its height."""
        super().setDocument(document)
        document.documentLayout().documentSizeChanged.connect(self._fit_height)
        self._fit_height()

    def _fit_height(self, *_args: object) -> None:
        height = self.document().documentLayout().documentSize().height()
        margins = self.contentsMargins()
        self.setFixedHeight(max(int(height + 0.99) + margins.top() + margins.bottom(), 32))

    def lines_in_view(self) -> tuple[int, int]:
        """Only the lines the page shows now (a long section is checked as it scrolls in)."""
        port = self.page_port
        if port is None:
            return super().lines_in_view()
        top = self.viewport().mapTo(port, QtCore.QPoint(0, 0)).y()
        return max(0, -top), min(self.viewport().height(), port.height() - top)

    def wheelEvent(self, event: QtGui.QWheelEvent) -> None:
        """The wheel scrolls the page (this text has nothing of its own to scroll)."""
        if self.page_port is None or event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            super().wheelEvent(event)
            return
        QtWidgets.QApplication.sendEvent(self.page_port, event)

    def focusInEvent(self, event: QtGui.QFocusEvent) -> None:
        """The section with the cursor is the one selected in the outline."""
        super().focusInEvent(event)
        self.focused.emit()

    def createMimeDataFromSelection(self) -> QtCore.QMimeData:
        """Copy the whole nota when it is selected, else this text's selection.

        Qt asks for this on Copy and sets the clipboard itself: the clipboard never holds an
        object Python made for it (one it did crashed the program as it ended).
        """
        whole = self.whole_copy() if self.whole_copy is not None else None
        return whole if whole is not None else super().createMimeDataFromSelection()

    def spelling_menu(self, point: QtCore.QPoint) -> QtWidgets.QMenu:
        """The usual menu; Select all selects the whole nota's text."""
        menu = super().spelling_menu(point)
        if self.whole_menu is not None:
            self.whole_menu(self, menu)
        return menu

    def keyPressEvent(self, event: QtGui.QKeyEvent) -> None:
        """Up on the first line or Down on the last goes on into the neighbouring section."""
        if self.whole_keys is not None and self.whole_keys(self, event):
            event.accept()
            return
        key = event.key()
        plain = not (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier)
        if key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown) and plain:
            self.page.emit(1 if key == Qt.Key.Key_PageDown else -1)
            event.accept()
            return
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and plain:
            down = key == Qt.Key.Key_Down
            probe = QtGui.QTextCursor(self.textCursor())
            move = (
                QtGui.QTextCursor.MoveOperation.Down if down else QtGui.QTextCursor.MoveOperation.Up
            )
            if not probe.movePosition(move):
                self.leave.emit(1 if down else -1)
                event.accept()
                return
        super().keyPressEvent(event)


class TextTab(EditorTab):
    """Sections on the left (add, rename, reorder, remove), the whole text right.

    ``editor`` is the editor of the current section: the one with the cursor, selected in the
    outline; find, spelling, the toolbar and the print beside the text act on it.
    """

    row_requested = Signal(str, int)
    """A printed line of a data block was double-clicked: open ``findings``/``commitments`` row."""
    notice = Signal(str)
    """A sentence for the status bar (what a key did not do, and why)."""
    text_step = Signal(object, str)
    """A section's document recorded an undo step: carries the document and the step's name."""
    cursor_moved = Signal()
    """The cursor moved in a section's text (or into another section)."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        """Build the tab; it shows nothing until :meth:`load`."""
        super().__init__(parent)
        self._loading = False
        self._findings: list[Finding] = []
        self._commitments: list[Commitment] = []
        self._docs: dict[int, SectionDocument] = {}
        self._blocks: dict[int, list[Block]] = {}
        """Each section's blocks as last converted from its document (dropped on a change)."""
        self._next_key = 1
        self.spelling: SpellService | None = None
        self._views: dict[int, tuple[QtWidgets.QWidget, SectionHeading, SectionEditor]] = {}
        """Each section's part of the page: its box, its title and its editor."""
        self._key_filters: list[QtCore.QObject] = []
        self._following_focus = False
        self.whole_selected = False
        """Every section's text is selected (Ctrl+A): Copy takes the whole nota."""
        self._selecting = False

        self.tree = OutlineTree()
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(QtCore.QCoreApplication.translate("TextTab", "Sections"))
        self.tree.setToolTip(
            QtCore.QCoreApplication.translate(
                "TextTab", "Sections and sub-sections; double-click to rename, drag to reorder"
            )
        )
        self.tree.setEditTriggers(
            QtWidgets.QAbstractItemView.EditTrigger.DoubleClicked
            | QtWidgets.QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.tree.currentItemChanged.connect(self._show_item)
        self.tree.itemClicked.connect(lambda *_: self.editor.setFocus())
        self.tree.moved.connect(self._dragged)
        self.tree.itemChanged.connect(self._title_changed)

        self.add_button = _button(
            QtCore.QCoreApplication.translate("TextTab", "Section"),
            QtCore.QCoreApplication.translate("TextTab", "Add a section"),
            "list-add",
        )
        self.add_sub_button = _button(
            QtCore.QCoreApplication.translate("TextTab", "Sub-section"),
            QtCore.QCoreApplication.translate("TextTab", "Add a sub-section"),
            "list-add",
        )
        self.rename_button = _button(
            QtCore.QCoreApplication.translate("TextTab", "Rename"),
            QtCore.QCoreApplication.translate("TextTab", "Rename the section (F2)"),
        )
        self.up_button = _button(
            "",
            QtCore.QCoreApplication.translate("TextTab", "Move the section up (Ctrl+Shift+Up)"),
            "go-up",
        )
        self.down_button = _button(
            "",
            QtCore.QCoreApplication.translate("TextTab", "Move the section down (Ctrl+Shift+Down)"),
            "go-down",
        )
        self.remove_button = _button(
            "", QtCore.QCoreApplication.translate("TextTab", "Remove the section"), "list-remove"
        )
        self.add_button.clicked.connect(lambda: self.add_section(sub=False))
        self.add_sub_button.clicked.connect(lambda: self.add_section(sub=True))
        self.rename_button.clicked.connect(self.rename_section)
        self.up_button.clicked.connect(lambda: self.move_section(-1))
        self.down_button.clicked.connect(lambda: self.move_section(1))
        self.remove_button.clicked.connect(self.remove_section)

        left = QtWidgets.QWidget()
        left_layout = QtWidgets.QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        heading = QtWidgets.QLabel(QtCore.QCoreApplication.translate("TextTab", "Sections"))
        heading.setBuddy(self.tree)
        left_layout.addWidget(heading)
        left_layout.addWidget(self.tree, 1)
        row1 = QtWidgets.QHBoxLayout()
        for b in (self.add_button, self.add_sub_button):
            row1.addWidget(b)
        row1.addStretch(1)
        row2 = QtWidgets.QHBoxLayout()
        for b in (self.rename_button, self.up_button, self.down_button, self.remove_button):
            row2.addWidget(b)
        row2.addStretch(1)
        left_layout.addLayout(row1)
        left_layout.addLayout(row2)

        self._blank = SectionEditor(self)  # the editor while there is no section
        self._blank.setEnabled(False)
        self._blank.setVisible(False)
        self.editor: SectionEditor = self._blank
        self.toolbar = FormattingToolbar(
            self.editor, lambda: self._findings, lambda: positions_summary(self._findings), self
        )
        self.addActions(self.toolbar.actions())
        self.addActions(self.toolbar.insert_menu.actions())
        for key, step in (("Ctrl+Shift+Up", -1), ("Ctrl+Shift+Down", 1)):
            shortcut = QtGui.QShortcut(QtGui.QKeySequence(key), self.tree)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda step=step: self.move_section(step))
        self.section_label = QtWidgets.QLabel()
        self.section_label.setObjectName("sectionTitle")
        font = self.section_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.section_label.setFont(font)
        self.empty_label = QtWidgets.QLabel(
            QtCore.QCoreApplication.translate("TextTab", "No section: add one on the left.")
        )
        self.empty_label.setVisible(False)

        self.page = QtWidgets.QWidget()
        self.page.setObjectName("wholeText")
        self.page.setAutoFillBackground(True)
        self.page.setBackgroundRole(QtGui.QPalette.ColorRole.Base)
        self.page_layout = QtWidgets.QVBoxLayout(self.page)
        self.page_layout.setContentsMargins(0, 0, 0, 0)
        self.page_layout.setSpacing(0)
        self.page_layout.addStretch(1)
        self.scroll = QtWidgets.QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(self.page)
        self.scroll.verticalScrollBar().valueChanged.connect(self._page_scrolled)
        self.scroll.setAccessibleName(QtCore.QCoreApplication.translate("TextTab", "The text"))
        self.section_label.setVisible(False)  # the page's own titles say where the cursor is

        right = QtWidgets.QWidget()
        right_layout = QtWidgets.QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.section_label)
        right_layout.addWidget(self.empty_label)
        right_layout.addWidget(self.scroll, 1)

        self.splitter = QtWidgets.QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([220, 700])
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.toolbar)  # over the sections and the text: room for every button
        layout.addWidget(self.splitter)
        self.setTabOrder(self.tree, self.add_button)
        self._update_buttons()

    # --- EditorTab -----------------------------------------------------------------------

    def load(self, nota: Nota) -> None:
        """Show the nota's sections; the first one is selected."""
        self._loading = True
        try:
            self._findings = list(nota.findings)
            self._commitments = list(nota.commitments)
            self.tree.clear()
            for box, _heading, _editor in self._views.values():
                box.deleteLater()
            self._views.clear()
            for doc in self._docs.values():
                doc.deleteLater()
            self._docs.clear()
            self._blocks.clear()
            for section in nota.sections:
                self._add_item(section, None)
            self.tree.expandAll()
            self._rebuild_page()
            first = self.tree.topLevelItem(0)
            self.tree.setCurrentItem(first)
            if first is None:
                self._show_item(None, None)
        finally:
            self._loading = False
        self._update_buttons()

    def apply(self, nota: Nota) -> None:
        """Write the sections, their titles and text into ``nota``."""
        nota.sections = [
            self._section(self.tree.topLevelItem(i)) for i in range(self.tree.topLevelItemCount())
        ]

    def current_section_index(self) -> int | None:
        """Return the index of the top-level section the cursor is in (None: no section)."""
        item = self.tree.currentItem()
        if item is None:
            return None
        while item.parent() is not None:
            item = item.parent()
        index = self.tree.indexOfTopLevelItem(item)
        return index if index >= 0 else None

    def focus_field(self, path: str) -> bool:
        """Focus the sections list (``sections``) or one section's text (``sections[1]``)."""
        if not path.startswith("sections"):
            return False
        indexes = [int(n) for n in re.findall(r"\[(\d+)\]", path)]
        item: QtWidgets.QTreeWidgetItem | None = None
        for level, index in enumerate(indexes):
            if level == 0:
                item = self.tree.topLevelItem(index)
            elif item is not None:
                item = item.child(index)
        if item is None:
            self.tree.setFocus()
            return True
        self.tree.setCurrentItem(item)
        self.editor.setFocus()
        return True

    def documents_in_order(self) -> list[tuple[int, SectionDocument]]:
        """Return every section's document with its key, in the outline's order."""
        out: list[tuple[int, SectionDocument]] = []

        def walk(item: QtWidgets.QTreeWidgetItem) -> None:
            key = int(item.data(0, KEY_ROLE))
            out.append((key, self._docs[key]))
            for i in range(item.childCount()):
                walk(item.child(i))

        for i in range(self.tree.topLevelItemCount()):
            walk(self.tree.topLevelItem(i))
        return out

    def _item_for_key(self, key: int) -> QtWidgets.QTreeWidgetItem | None:
        iterator = QtWidgets.QTreeWidgetItemIterator(self.tree)
        while iterator.value() is not None:
            item = iterator.value()
            if int(item.data(0, KEY_ROLE)) == key:
                return item
            iterator += 1
        return None

    def show_span(self, key: int, start: int, end: int) -> None:
        """Show a section and select a span of its text (find: a match)."""
        item = self._item_for_key(key)
        if item is None:
            return
        self.tree.setCurrentItem(item)
        cursor = QtGui.QTextCursor(self.editor.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QtGui.QTextCursor.MoveMode.KeepAnchor)
        self.editor.setTextCursor(cursor)
        self.ensure_cursor_visible(self.editor)

    def replace_span(self, key: int, start: int, end: int, replacement: str) -> bool:
        """Replace a span of a section's text, keeping its style (one undo step)."""
        doc = self._docs.get(key)
        if doc is None or end > doc.characterCount():
            return False
        cursor = QtGui.QTextCursor(doc)
        cursor.setPosition(start)
        cursor.setPosition(end, QtGui.QTextCursor.MoveMode.KeepAnchor)
        if OBJECT_CHAR in cursor.selectedText():
            return False  # a data block is never replaced by text
        fmt = cursor.charFormat()
        with self._views[key][2].named(QtCore.QCoreApplication.translate("Undo", "Replace")):
            cursor.insertText(replacement, fmt)
        return True

    def cursor_context(self) -> tuple[str, str]:
        """Return the title of the section being edited and the text of the cursor's line."""
        item = self.tree.currentItem()
        title = item.text(0) if item is not None else ""
        line = self.editor.textCursor().block().text().replace("\ufffc", "")
        return title, line

    def set_commitments(self, commitments: list[Commitment]) -> None:
        """Use the nota's current commitments for what commitments blocks show."""
        self._commitments = list(commitments)
        for doc in self._docs.values():
            doc.refresh_placeholders()

    def set_findings(self, findings: list[Finding]) -> None:
        """Use the nota's current findings for the placeholders' labels and the chooser."""
        self._findings = list(findings)
        for doc in self._docs.values():
            doc.refresh_placeholders()

    def _placeholder_tooltip(self, fmt: QtGui.QTextCharFormat) -> str:
        if placeholder(fmt) == POSITIONS_OBJECT:
            return positions_summary(self._findings)
        return block_tooltip(object_data(fmt), self._findings)

    # --- the section tree ----------------------------------------------------------------

    def _new_document(self, section: Section, key: int) -> SectionDocument:
        doc = SectionDocument(lambda: self._findings, self, lambda: self._commitments)
        doc.setDocumentMargin(10)
        doc.setDefaultFont(self._blank.font())
        doc.ratio = max(1.0, self.devicePixelRatioF())
        document_from_blocks(doc, section.blocks)
        doc.setModified(False)
        doc.contentsChanged.connect(lambda key=key: self._blocks.pop(key, None))
        doc.contentsChanged.connect(self._emit_changed)
        doc.undoCommandAdded.connect(lambda doc=doc: self._step_added(doc))
        return doc

    def _step_added(self, doc: QtGui.QTextDocument) -> None:
        if self._loading:
            return
        key = next((k for k, d in self._docs.items() if d is doc), None)
        editor = self._views[key][2] if key in self._views else None
        if editor is not None and editor.step_name:
            name = editor.step_name
        elif editor is not None and editor.typing:
            name = QtCore.QCoreApplication.translate("TextTab", "Typing")
        else:
            name = QtCore.QCoreApplication.translate("TextTab", "Edit text")
        self.text_step.emit(doc, name)

    def step_text(self, doc: QtGui.QTextDocument, redo: bool) -> None:
        """Undo or redo a section's own step where the person sees it (its section shown)."""
        key = next((k for k, d in self._docs.items() if d is doc), None)
        item = self._item_for_key(key) if key is not None else None
        if item is not None and self.editor.document() is not doc:
            self.tree.setCurrentItem(item)
        if item is not None and self.editor.document() is doc:
            self.editor.redo() if redo else self.editor.undo()
            self.ensure_cursor_visible(self.editor)
        else:
            doc.redo() if redo else doc.undo()

    # --- the outline (sections and their order) as the undo history keeps it ---------------

    def outline(self) -> Outline:
        """Return the sections' keys, titles and nesting as the tree shows them."""

        def walk(item: QtWidgets.QTreeWidgetItem) -> tuple[int, str, Outline]:
            children = tuple(walk(item.child(i)) for i in range(item.childCount()))
            return int(item.data(0, KEY_ROLE)), item.text(0), children

        return tuple(walk(self.tree.topLevelItem(i)) for i in range(self.tree.topLevelItemCount()))

    def restore_outline(self, outline: Outline) -> None:
        """Show the sections of an earlier outline again, each with its own text document."""
        current = self.tree.currentItem()
        current_key = int(current.data(0, KEY_ROLE)) if current is not None else None
        self._loading = True
        try:
            self.tree.clear()

            def build(entry: tuple[int, str, Outline]) -> QtWidgets.QTreeWidgetItem:
                key, title, children = entry
                item = QtWidgets.QTreeWidgetItem([title])
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
                item.setData(0, KEY_ROLE, key)
                for child in children:
                    item.addChild(build(child))
                return item

            for entry in outline:
                self.tree.addTopLevelItem(build(entry))
            self.tree.expandAll()
            self._rebuild_page()
            keys = [key for key, _title in flat_outline(outline)]
            chosen = current_key if current_key in keys else (keys[0] if keys else None)
            item = self._item_for_key(chosen) if chosen is not None else None
            self.tree.setCurrentItem(item)
            if item is None:
                self._show_item(None, None)
        finally:
            self._loading = False
        self._update_buttons()

    def set_spelling(self, service: SpellService) -> None:
        """Underline misspelled words in every section, with suggestions on right-click."""
        self.spelling = service
        for _box, _heading, editor in self._views.values():
            editor.spelling = service
        service.ready.connect(self._refresh_spelling)

    def _refresh_spelling(self) -> None:
        for _box, _heading, editor in self._views.values():
            if editor.isVisible():
                editor.refresh_spelling()

    def _page_scrolled(self, _value: int) -> None:
        for _box, _heading, editor in self._views.values():
            if editor.isVisible():
                editor.spell_soon()

    def install_key_filter(self, watcher: QtCore.QObject) -> None:
        """Let ``watcher`` see the keys typed in every section's text (now and added later)."""
        self._key_filters.append(watcher)
        for _box, _heading, editor in self._views.values():
            editor.installEventFilter(watcher)

    # --- the page: every section's title and text, one below the other ---------------------

    def _new_view(self, key: int) -> tuple[QtWidgets.QWidget, SectionHeading, SectionEditor]:
        box = QtWidgets.QWidget(self.page)
        layout = QtWidgets.QVBoxLayout(box)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(0)
        heading = SectionHeading(box)
        heading.setObjectName("sectionHeading")
        heading.setCursor(Qt.CursorShape.PointingHandCursor)
        heading.setContentsMargins(10, 0, 10, 0)
        heading.clicked.connect(lambda key=key: self._heading_clicked(key))
        editor = SectionEditor(box)
        editor.setAccessibleName(QtCore.QCoreApplication.translate("TextTab", "Section text"))
        editor.resize(max(self.scroll.viewport().width(), 100), editor.height())
        editor.setDocument(self._docs[key])  # laid out once, at the page's width
        editor.placeholder_tooltip = self._placeholder_tooltip
        editor.row_requested.connect(self.row_requested)
        editor.focused.connect(lambda key=key: self._editor_focused(key))
        editor.leave.connect(lambda step, key=key: self._leave(key, step))
        editor.page.connect(lambda step, editor=editor: self._turn_page(editor, step))
        editor.cursorPositionChanged.connect(lambda editor=editor: self._cursor_moved(editor))
        editor.spelling = self.spelling
        editor.page_port = self.scroll.viewport()
        editor.whole_keys = self._whole_keys
        editor.whole_menu = self._whole_menu
        editor.whole_copy = lambda: self.whole_mime() if self.whole_selected else None
        editor.selectionChanged.connect(lambda editor=editor: self._selection_changed(editor))
        for watcher in self._key_filters:
            editor.installEventFilter(watcher)
        layout.addWidget(heading)
        layout.addWidget(editor)
        return box, heading, editor

    def _page_order(self) -> list[tuple[int, QtWidgets.QTreeWidgetItem, int]]:
        """Return the sections as the page shows them: key, outline item and level."""
        out: list[tuple[int, QtWidgets.QTreeWidgetItem, int]] = []

        def walk(item: QtWidgets.QTreeWidgetItem, level: int) -> None:
            out.append((int(item.data(0, KEY_ROLE)), item, level))
            for i in range(item.childCount()):
                walk(item.child(i), level + 1)

        for i in range(self.tree.topLevelItemCount()):
            walk(self.tree.topLevelItem(i), 1)
        return out

    def _rebuild_page(self) -> None:
        """Put every section's title and text on the page in the outline's order."""
        order = self._page_order()
        for box, _heading, _editor in self._views.values():
            self.page_layout.removeWidget(box)
        shown = set()
        for index, (key, item, level) in enumerate(order):
            view = self._views.get(key)
            if view is None:
                view = self._views[key] = self._new_view(key)
            box, heading, _editor = view
            self._style_heading(heading, item, level)
            self.page_layout.insertWidget(index, box)
            box.setVisible(True)
            shown.add(key)
        for key, (box, _heading, _editor) in self._views.items():
            if key not in shown:
                box.setVisible(False)  # removed; an undo may bring it back
        self.empty_label.setVisible(not order)
        self.scroll.setVisible(bool(order))

    def _style_heading(
        self, heading: SectionHeading, item: QtWidgets.QTreeWidgetItem, level: int
    ) -> None:
        heading.setText(item.text(0) or QtCore.QCoreApplication.translate("TextTab", "(untitled)"))
        font = self.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * (1.25 if level == 1 else 1.05))
        heading.setFont(font)
        heading.setContentsMargins(10 + 16 * (level - 1), 0, 10, 0)

    def _heading_clicked(self, key: int) -> None:
        item = self._item_for_key(key)
        if item is not None:
            self.tree.setCurrentItem(item)
            self.editor.setFocus()

    def _editor_focused(self, key: int) -> None:
        item = self._item_for_key(key)
        if item is None or item is self.tree.currentItem():
            return
        self._following_focus = True
        try:
            self.tree.setCurrentItem(item)
        finally:
            self._following_focus = False

    def _leave(self, key: int, step: int) -> None:
        keys = [k for k, _item, _level in self._page_order()]
        index = keys.index(key) + step if key in keys else -1
        if not 0 <= index < len(keys):
            return
        editor = self._views[keys[index]][2]
        cursor = editor.textCursor()
        cursor.movePosition(
            QtGui.QTextCursor.MoveOperation.Start
            if step > 0
            else QtGui.QTextCursor.MoveOperation.End
        )
        editor.setTextCursor(cursor)
        editor.setFocus()
        self._editor_focused(keys[index])  # also when the window is not active (no focus)
        self.ensure_cursor_visible(editor)

    def _turn_page(self, editor: SectionEditor, step: int) -> None:
        """Scroll the page by a window's height; the cursor goes to the text now at its place."""
        port = self.scroll.viewport()
        rect = editor.cursorRect()
        at = editor.viewport().mapTo(port, rect.center())
        at.setY(min(max(at.y(), 0), port.height() - 1))
        bar = self.scroll.verticalScrollBar()
        bar.setValue(bar.value() + step * bar.pageStep())
        point = self.page.mapFrom(port, at)
        shown = [view for view in self._views.values() if view[0].isVisible()]
        if not shown:
            return

        # The section whose text is at that height (or the nearest one above or below it).
        def distance(view: tuple[QtWidgets.QWidget, SectionHeading, SectionEditor]) -> int:
            top = view[2].mapTo(self.page, QtCore.QPoint(0, 0)).y()
            return (
                0
                if top <= point.y() < top + view[2].height()
                else min(abs(point.y() - top), abs(point.y() - top - view[2].height()))
            )

        target = min(shown, key=distance)[2]
        inside = target.viewport().mapFrom(self.page, point)
        inside.setY(min(max(inside.y(), 0), target.viewport().height() - 1))
        target.setTextCursor(target.cursorForPosition(inside))
        target.setFocus()
        self._editor_focused(next(k for k, v in self._views.items() if v[2] is target))

    def _cursor_moved(self, editor: SectionEditor) -> None:
        if editor is not self.editor:
            return
        if editor.hasFocus():
            self.ensure_cursor_visible(editor)
        self.cursor_moved.emit()

    def ensure_cursor_visible(self, editor: SectionEditor) -> None:
        """Scroll the page so that an editor's cursor shows."""
        rect = editor.cursorRect()
        point = editor.viewport().mapTo(self.page, rect.center())
        self.scroll.ensureVisible(point.x(), point.y(), 10, rect.height() + 10)

    def scroll_to_section(self, key: int) -> None:
        """Scroll the page so that a section's title is at the top."""
        view = self._views.get(key)
        if view is None:
            return
        box = view[0]
        self.scroll.verticalScrollBar().setValue(box.y())
        # A section just added or loaded has its place on the page once the layout has run.
        QtCore.QTimer.singleShot(0, box, lambda: self.scroll.verticalScrollBar().setValue(box.y()))

    def _add_item(
        self,
        section: Section,
        parent: QtWidgets.QTreeWidgetItem | None,
        index: int | None = None,
    ) -> QtWidgets.QTreeWidgetItem:
        item = QtWidgets.QTreeWidgetItem([section.title])
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        key = self._next_key
        self._next_key += 1
        item.setData(0, KEY_ROLE, key)
        self._docs[key] = self._new_document(section, key)
        self._views[key] = self._new_view(key)
        container = parent.addChild if parent else self.tree.addTopLevelItem
        if index is None:
            container(item)
        elif parent:
            parent.insertChild(index, item)
        else:
            self.tree.insertTopLevelItem(index, item)
        for sub in section.subsections:
            self._add_item(sub, item)
        return item

    def _section(self, item: QtWidgets.QTreeWidgetItem) -> Section:
        key = int(item.data(0, KEY_ROLE))
        blocks = self._blocks.get(key)
        if blocks is None:  # converted once per change of its text, not at every pause
            blocks = self._blocks[key] = document_to_blocks(self._docs[key])
        return Section(
            title=item.text(0).strip(),
            blocks=list(blocks),  # a list of its own; the blocks are shared: read, never change
            subsections=[self._section(item.child(i)) for i in range(item.childCount())],
        )

    def document(self, item: QtWidgets.QTreeWidgetItem) -> QtGui.QTextDocument:
        """Return the document holding a section item's text."""
        return self._docs[int(item.data(0, KEY_ROLE))]

    def _emit_changed(self) -> None:
        if not self._loading:
            self.changed.emit()

    def _show_item(
        self,
        item: QtWidgets.QTreeWidgetItem | None,
        _previous: QtWidgets.QTreeWidgetItem | None = None,
    ) -> None:
        if item is None:
            self.editor = self._blank
            self.section_label.setText(
                QtCore.QCoreApplication.translate("TextTab", "No section: add one on the left.")
            )
        else:
            key = int(item.data(0, KEY_ROLE))
            self.editor = self._views[key][2]
            self.section_label.setText(self._path_title(item))
            if not self._following_focus:
                self.scroll_to_section(key)
        self.toolbar.set_editor(self.editor)
        self.cursor_moved.emit()
        self._update_buttons()

    def _path_title(self, item: QtWidgets.QTreeWidgetItem) -> str:
        parts = []
        node: QtWidgets.QTreeWidgetItem | None = item
        while node is not None:
            parts.append(node.text(0) or QtCore.QCoreApplication.translate("TextTab", "(untitled)"))
            node = node.parent()
        return " › ".join(reversed(parts))

    def _title_changed(self, item: QtWidgets.QTreeWidgetItem, _column: int) -> None:
        if item is self.tree.currentItem():
            self.section_label.setText(self._path_title(item))
        view = self._views.get(int(item.data(0, KEY_ROLE)))
        if view is not None:
            self._style_heading(view[1], item, self._level(item))
        self._emit_changed()

    def _level(self, item: QtWidgets.QTreeWidgetItem) -> int:
        level = 1
        while item.parent() is not None:
            item = item.parent()
            level += 1
        return level

    def _update_buttons(self) -> None:
        item = self.tree.currentItem()
        has = item is not None
        for b in (self.rename_button, self.remove_button):
            b.setEnabled(has)
        siblings = self._siblings_count(item) if item else 0
        index = self._index(item) if item else 0
        self.up_button.setEnabled(has and index > 0)
        self.down_button.setEnabled(has and index < siblings - 1)
        self.add_sub_button.setEnabled(has)

    def _siblings_count(self, item: QtWidgets.QTreeWidgetItem) -> int:
        parent = item.parent()
        return parent.childCount() if parent else self.tree.topLevelItemCount()

    def _index(self, item: QtWidgets.QTreeWidgetItem) -> int:
        parent = item.parent()
        return parent.indexOfChild(item) if parent else self.tree.indexOfTopLevelItem(item)

    def add_section(self, sub: bool = False, title: str | None = None) -> None:
        """Add a section after the selected one (or a sub-section under it) and rename it."""
        current = self.tree.currentItem()
        section = Section(
            title=title
            or (
                QtCore.QCoreApplication.translate("TextTab", "New sub-section")
                if sub
                else QtCore.QCoreApplication.translate("TextTab", "New section")
            )
        )
        if sub and current is not None:
            parent = current if self._level(current) < MAX_SECTION_LEVEL else current.parent()
            index = None if parent is current else self._index(current) + 1
            item = self._add_item(section, parent, index)
            parent.setExpanded(True)
        else:
            top = current
            while top is not None and top.parent() is not None:
                top = top.parent()
            index = self.tree.indexOfTopLevelItem(top) + 1 if top else None
            item = self._add_item(section, None, index)
        self._rebuild_page()
        self.tree.setCurrentItem(item)
        self._emit_changed()
        if title is None:
            self.tree.editItem(item, 0)

    def rename_section(self) -> None:
        """Start editing the selected section's title."""
        item = self.tree.currentItem()
        if item is not None:
            self.tree.setFocus()
            self.tree.editItem(item, 0)

    def move_section(self, step: int) -> None:
        """Move the selected section up (-1) or down (+1) among its siblings."""
        item = self.tree.currentItem()
        if item is None:
            return
        index = self._index(item)
        target = index + step
        if not 0 <= target < self._siblings_count(item):
            return
        parent = item.parent()
        expanded = item.isExpanded()
        if parent:
            parent.takeChild(index)
            parent.insertChild(target, item)
        else:
            self.tree.takeTopLevelItem(index)
            self.tree.insertTopLevelItem(target, item)
        item.setExpanded(expanded)
        self._rebuild_page()
        self.tree.setCurrentItem(item)
        self._emit_changed()

    def _dragged(self, item: QtWidgets.QTreeWidgetItem) -> None:
        self._rebuild_page()
        self.tree.setCurrentItem(item)
        self._emit_changed()
        self._update_buttons()

    def remove_section(self) -> None:
        """Remove the selected section (after asking, if it holds text or sub-sections)."""
        item = self.tree.currentItem()
        if item is None:
            return
        has_text = bool(self.document(item).toPlainText().strip()) or item.childCount() > 0
        if has_text and not confirm_remove(self, item.text(0)):
            return
        parent = item.parent()
        index = self._index(item)
        # The section's document stays (until another draft is loaded): undo brings it back.
        if parent:
            parent.takeChild(index)
        else:
            self.tree.takeTopLevelItem(index)
        self._rebuild_page()
        self._emit_changed()
        self._update_buttons()

    # --- the whole nota selected -----------------------------------------------------------

    def select_whole(self) -> None:
        """Select every section's text, as Ctrl+A selects a whole document in a word processor.

        Copy then takes the whole nota (titles and text, data blocks kept for a paste in
        notadesk). Typing, Delete and Paste do not act on several sections at once: the status
        bar says so, and a click or an arrow key puts the cursor back in one section.
        """
        editors = [self._views[key][2] for key, _item, _level in self._page_order()]
        if not editors:
            return
        self._selecting = True
        try:
            for editor in editors:
                cursor = QtGui.QTextCursor(editor.document())
                cursor.select(QtGui.QTextCursor.SelectionType.Document)
                editor.setTextCursor(cursor)
                editor.viewport().update()
        finally:
            self._selecting = False
        self.whole_selected = True

    def clear_whole(self, keep: SectionEditor | None = None) -> None:
        """End the whole-nota selection; ``keep`` keeps its own selection (the cursor's)."""
        if not self.whole_selected:
            return
        self.whole_selected = False
        self._selecting = True
        try:
            for _box, _heading, editor in self._views.values():
                if editor is keep:
                    continue
                cursor = editor.textCursor()
                if cursor.hasSelection():
                    cursor.clearSelection()
                    editor.setTextCursor(cursor)
        finally:
            self._selecting = False

    def whole_mime(self) -> QtCore.QMimeData:
        """Return the whole nota's text for the clipboard: plain, and lines for notadesk."""
        plain: list[str] = []
        lines: list[Line] = []
        for key, item, _level in self._page_order():
            doc = self._docs[key]
            title = item.text(0)
            plain.append(f"{title}\n{doc.toPlainText().replace(OBJECT_CHAR, '')}".rstrip())
            lines.append(Line(0, [Run(text=title, bold=True)]))
            lines.extend(selection_lines(doc, 0, max(0, doc.characterCount() - 1)))
        mime = QtCore.QMimeData()
        mime.setText("\n\n".join(plain))
        mime.setData(LINES_MIME, json.dumps([line.to_dict() for line in lines]).encode("utf-8"))
        return mime

    def _refuse_whole_edit(self) -> None:
        self.notice.emit(
            QtCore.QCoreApplication.translate(
                "TextTab",
                "The whole nota is selected: Copy takes it all; to change text, click in "
                "a section first (edits act within one section).",
            )
        )

    def _whole_keys(self, editor: SectionEditor, event: QtGui.QKeyEvent) -> bool:
        """Handle a key the whole-nota selection decides; return whether it was handled."""
        keys = QtGui.QKeySequence.StandardKey
        if event.matches(keys.SelectAll):
            self.select_whole()
            return True
        if not self.whole_selected or event.key() in MODIFIER_KEYS or event.matches(keys.Copy):
            return False  # Copy: the editor asks whole_mime (createMimeDataFromSelection)
        if (
            event.matches(keys.Cut)
            or event.matches(keys.Paste)
            or event.matches(keys.Delete)
            or event.matches(keys.DeleteStartOfWord)
            or event.matches(keys.DeleteEndOfWord)
            or event.key() in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete, Qt.Key.Key_Return)
            or event.key() == Qt.Key.Key_Enter
            or (event.text() and event.text().isprintable())
        ):
            self._refuse_whole_edit()
            return True
        self.clear_whole(keep=None)  # an arrow key or the like: back to one section
        return False

    def _whole_menu(self, editor: SectionEditor, menu: QtWidgets.QMenu) -> None:
        """Select all selects the whole nota; while it is, Cut, Paste and Delete are off."""
        for action in menu.actions():
            name = action.objectName()
            if name == "select-all":
                whole = QtGui.QAction(action.text(), menu)
                whole.setShortcut(action.shortcut())
                whole.triggered.connect(self.select_whole)
                menu.insertAction(action, whole)
                menu.removeAction(action)
            elif self.whole_selected and name in ("edit-cut", "edit-paste", "edit-delete"):
                action.setEnabled(False)

    def _selection_changed(self, editor: SectionEditor) -> None:
        if self.whole_selected and not self._selecting:
            self.clear_whole(keep=editor)  # a click, an undo: one section again

    def current_document(self) -> QtGui.QTextDocument | None:
        """Return the document shown in the editor (None without sections)."""
        item = self.tree.currentItem()
        return self.document(item) if item else None

    def keyPressEvent(self, event: QtGui.QKeyEvent) -> None:
        """F2 renames the selected section from anywhere in the tab."""
        if event.key() == Qt.Key.Key_F2:
            self.rename_section()
            return
        super().keyPressEvent(event)


__all__ = ["Outline", "SectionEditor", "TextTab", "confirm_remove"]
