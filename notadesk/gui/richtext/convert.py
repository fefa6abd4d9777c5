"""The nota's blocks <-> lines <-> a QTextDocument.

A section's blocks become lines: a paragraph is a line at depth 0, a bullet a line at its
depth (1 to 3), a data block a placeholder line at the depth it nests at. Reading a document
back gives the same blocks for every block tree the editor can show; two lists that follow
each other directly come back as one list (they print the same), and empty lines are dropped.
"""

from __future__ import annotations

from collections.abc import Iterable

from notadesk.core.model.nota import (
    Block,
    BulletList,
    CommitmentsBlock,
    FindingsBlock,
    ListEntry,
    ListItem,
    Paragraph,
    PositionsBlock,
    Run,
    Table,
)
from notadesk.gui.qt import QtGui
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
    block_portion,
    format_run,
    list_format,
    object_data,
    paragraph_format,
    placeholder,
    positions_object_format,
    run_format,
    same_style,
    set_block_portion,
)

GENERATED_POSITIONS = "positions-summary"


# --- blocks -> lines -------------------------------------------------------------------------


def blocks_to_lines(blocks: Iterable[Block]) -> list[Line]:
    """Return the lines that show a section's blocks."""
    lines: list[Line] = []
    for block in blocks:
        if isinstance(block, Paragraph):
            lines.append(Line(0, list(block.runs), portion=block.portion))
        elif isinstance(block, BulletList):
            for entry in block.items:
                _entry_lines(entry, 1, lines, block.numbered)
        else:
            lines.append(Line(0, data=block))
    return lines


def _entry_lines(entry: ListEntry, depth: int, out: list[Line], numbered: bool) -> None:
    depth = min(depth, MAX_DEPTH)
    if isinstance(entry, ListItem):
        out.append(Line(depth, list(entry.runs), numbered=numbered, portion=entry.portion))
        for child in entry.children:
            _entry_lines(child, depth + 1, out, entry.children_numbered)
    else:
        out.append(Line(depth, data=entry, numbered=numbered))


# --- lines -> blocks -------------------------------------------------------------------------


def merge_runs(runs: Iterable[Run]) -> list[Run]:
    """Return runs with neighbours of the same style joined and empty text runs dropped."""
    merged: list[Run] = []
    for run in runs:
        if not run.generated and not run.text:
            continue
        last = merged[-1] if merged else None
        if last and not last.generated and not run.generated and same_style(last, run):
            last.text += run.text
        else:
            merged.append(Run(**vars(run)))
    return merged


def _is_empty(line: Line) -> bool:
    return line.data is None and not merge_runs(line.runs)


def lines_to_blocks(lines: list[Line]) -> list[Block]:
    """Return a section's blocks from its lines (the inverse of :func:`blocks_to_lines`)."""
    kept: list[Line] = []
    for i, line in enumerate(lines):
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        # An empty bullet survives only as the parent of the bullets below it.
        if _is_empty(line) and not (line.depth and nxt and nxt.depth > line.depth):
            continue
        kept.append(line)
    blocks: list[Block] = []
    current: BulletList | None = None
    stack: list[ListEntry] = []
    for line in kept:
        runs = merge_runs(line.runs)
        if line.depth == 0 or isinstance(line.data, Table):  # a table never stands in a list
            current, stack = None, []
            if line.data is not None:
                blocks.append(_top_block(line.data))
            else:
                blocks.append(Paragraph(runs=runs, portion=line.portion))
            continue
        if current is None:
            current, stack = BulletList(numbered=line.numbered), []
            blocks.append(current)
        depth = min(line.depth, len(stack) + 1)
        while depth > 1 and not isinstance(stack[depth - 2], ListItem):
            depth -= 1
        entry = _list_entry(line.data, runs, line.portion)
        if depth == 1:
            current.items.append(entry)
        else:
            parent = stack[depth - 2]
            assert isinstance(parent, ListItem)
            if not parent.children:  # the first entry of a level decides its numbering
                parent.children_numbered = line.numbered
            parent.children.append(entry)
        stack = [*stack[: depth - 1], entry]
    return blocks


def _top_block(data: Block | ListEntry) -> Block:
    if isinstance(data, ListItem):
        return BulletList(items=[data])
    return data


def _list_entry(
    data: Block | ListEntry | None, runs: list[Run], portion: str | None = None
) -> ListEntry:
    if isinstance(data, FindingsBlock | CommitmentsBlock | ListItem):
        return data
    if isinstance(data, PositionsBlock):
        return ListItem(runs=[Run(generated=GENERATED_POSITIONS)])
    if isinstance(data, Paragraph):
        return ListItem(runs=list(data.runs), portion=data.portion)
    return ListItem(runs=runs, portion=portion)


# --- lines <-> QTextDocument -----------------------------------------------------------------


def write_lines(cursor: QtGui.QTextCursor, lines: list[Line], *, first_in_place: bool) -> None:
    """Write lines at a cursor; the first goes into the cursor's block if ``first_in_place``."""
    lists: dict[int, QtGui.QTextList] = {}
    current = cursor.block().textList()
    if first_in_place and current is not None:  # later entries of its level join its list
        lists[block_depth(cursor.block())] = current
    for i, line in enumerate(lines):
        if i > 0 or not first_in_place:
            cursor.insertBlock(paragraph_format(), QtGui.QTextCharFormat())
        if i > 0 or not first_in_place:
            set_depth(cursor, line.depth, lists, numbered=line.numbered)
        if i > 0 or not first_in_place or line.portion:
            set_block_portion(cursor, line.portion)
        if line.data is not None:
            cursor.insertText(OBJECT_CHAR, block_object_format(line.data))
        else:
            insert_runs(cursor, line.runs)


def set_depth(
    cursor: QtGui.QTextCursor,
    depth: int,
    lists: dict[int, QtGui.QTextList] | None = None,
    *,
    numbered: bool = False,
) -> None:
    """Put the cursor's block at a list depth (0 takes it out of any list), numbered or not."""
    block = cursor.block()
    current = block.textList()
    if current is not None:
        current.remove(block)
        fmt = cursor.blockFormat()
        fmt.setIndent(0)
        fmt.setObjectIndex(-1)
        cursor.setBlockFormat(fmt)
    if depth <= 0:
        if lists is not None:
            lists.clear()
        return
    depth = min(depth, MAX_DEPTH)
    if lists is not None:
        for deeper in [d for d in lists if d > depth]:
            del lists[deeper]
        wanted = list_format(depth, numbered).style()
        if depth in lists and lists[depth].format().style() == wanted:
            lists[depth].add(cursor.block())
            return
        lists[depth] = cursor.createList(list_format(depth, numbered))
    else:
        cursor.createList(list_format(depth, numbered))


def insert_runs(cursor: QtGui.QTextCursor, runs: list[Run]) -> None:
    """Insert runs at the cursor with their styles."""
    for run in runs:
        if run.generated == GENERATED_POSITIONS:
            cursor.insertText(OBJECT_CHAR, positions_object_format(run))
        elif run.text:
            text = run.text.replace("\r\n", LINE_BREAK).replace("\n", LINE_BREAK)
            text = text.replace("\r", LINE_BREAK)
            cursor.insertText(text.replace(OBJECT_CHAR, ""), run_format(run))


def document_from_lines(doc: QtGui.QTextDocument, lines: list[Line]) -> None:
    """Replace a document's content with lines (without an undo step)."""
    doc.setUndoRedoEnabled(False)
    doc.clear()
    cursor = QtGui.QTextCursor(doc)
    cursor.setBlockFormat(paragraph_format())
    if lines:
        set_depth(cursor, lines[0].depth, numbered=lines[0].numbered)
    write_lines(cursor, lines, first_in_place=True)
    doc.setUndoRedoEnabled(True)


def document_from_blocks(doc: QtGui.QTextDocument, blocks: list[Block]) -> None:
    """Replace a document's content with a section's blocks."""
    document_from_lines(doc, blocks_to_lines(blocks))


class BlockContent(QtGui.QTextBlockUserData):
    """A block's runs and data blocks as last read, kept on the block until it changes.

    The document drops it when an edit touches the block (:func:`forget_changed_blocks`), so
    reading a long section again after typing reads only the lines that were typed in. Its
    runs and data are shared by every reading: treat them as read-only.
    """

    def __init__(self, runs: list[Run], data: list[Block | ListEntry]) -> None:
        super().__init__()
        self.runs = runs
        self.data = data


KEEPS_LINES = "notadeskKeepsLines"
"""The dynamic property of a document whose blocks keep what was read of them."""


def keep_lines(doc: QtGui.QTextDocument) -> None:
    """Let a document's blocks keep what was read of them, dropped when an edit touches them.

    Only documents that ask for it keep anything: in any other, every reading reads anew.
    """
    doc.contentsChange.connect(
        lambda position, _removed, added: forget_changed_blocks(doc, position, added)
    )
    doc.setProperty(KEEPS_LINES, True)


def forget_changed_blocks(doc: QtGui.QTextDocument, position: int, added: int) -> None:
    """Drop what was kept of the blocks an edit touched (``QTextDocument.contentsChange``)."""
    block = doc.findBlock(position)
    end = position + added
    while block.isValid() and block.position() <= end:
        if block.userData() is not None:
            block.setUserData(None)
        block = block.next()


def _block_content(
    block: QtGui.QTextBlock, *, lenient: bool, span: tuple[int, int] | None
) -> tuple[list[Run], list[Block | ListEntry]]:
    runs: list[Run] = []
    data: list[Block | ListEntry] = []
    it = block.begin()
    while not it.atEnd():
        fragment = it.fragment()
        it += 1
        if not fragment.isValid():
            continue
        fmt = fragment.charFormat()
        text = fragment.text()
        if span is not None:
            lo = max(span[0], fragment.position()) - fragment.position()
            hi = min(span[1], fragment.position() + fragment.length()) - fragment.position()
            text = text[lo:hi] if lo < hi else ""
        kind = placeholder(fmt)
        objects = text.count(OBJECT_CHAR)
        text = text.replace(OBJECT_CHAR, "").replace(LINE_BREAK, "\n").replace("\u2029", " ")
        style = format_run(fmt, lenient=lenient)
        if kind == BLOCK_OBJECT and not lenient:
            found = object_data(fmt)
            if found is not None:
                data.extend(found for _ in range(objects))
        elif kind == POSITIONS_OBJECT and not lenient:
            for _ in range(objects):
                runs.append(Run(**{**vars(style), "generated": GENERATED_POSITIONS}))
        if text:
            runs.append(Run(**{**vars(style), "text": text}))
    return runs, data


def block_lines(
    block: QtGui.QTextBlock,
    *,
    lenient: bool = False,
    span: tuple[int, int] | None = None,
    kept: bool = False,
) -> list[Line]:
    """Return the line(s) one document block holds: its text, then any data blocks in it.

    ``span`` limits the reading to document positions ``[start, end)`` (a selection);
    ``kept``: the document keeps what was read (:func:`keep_lines`), so use and keep it.
    """
    depth = block_depth(block)
    numbered = block_numbered(block)
    if kept and span is None and not lenient:
        kept = block.userData()
        if isinstance(kept, BlockContent):
            runs, data = kept.runs, kept.data
        else:
            runs, data = _block_content(block, lenient=False, span=None)
            block.setUserData(BlockContent(runs, data))
    else:
        runs, data = _block_content(block, lenient=lenient, span=span)
    lines: list[Line] = []
    if runs or not data:
        lines.append(Line(depth, list(runs), numbered=numbered, portion=block_portion(block)))
    lines.extend(Line(depth, data=d, numbered=numbered) for d in data)
    return lines


def document_lines(doc: QtGui.QTextDocument, *, lenient: bool = False) -> list[Line]:
    """Return every line of a document, tables and all, in reading order."""
    lines: list[Line] = []
    kept = bool(doc.property(KEEPS_LINES))
    block = doc.begin()
    while block.isValid():
        lines.extend(block_lines(block, lenient=lenient, kept=kept))
        block = block.next()
    return lines


def selection_lines(doc: QtGui.QTextDocument, start: int, end: int) -> list[Line]:
    """Return the lines of a selection, data blocks and styles included."""
    lines: list[Line] = []
    block = doc.findBlock(start)
    while block.isValid() and block.position() <= end:
        lines.extend(block_lines(block, span=(start, end)))
        block = block.next()
    return lines


def document_to_blocks(doc: QtGui.QTextDocument) -> list[Block]:
    """Return a section's blocks from the document that edits them."""
    return lines_to_blocks(document_lines(doc))
