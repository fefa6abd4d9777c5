"""Numbered lists, line breaks and tables typed and edited in the Text tab's real widgets."""

from __future__ import annotations

import copy

import pytest

pytest.importorskip("pytestqt")

from notadesk.core.examples import example_nota
from notadesk.core.model.nota import (
    BulletList,
    ListItem,
    Nota,
    Paragraph,
    Run,
    Section,
    Table,
    TableCell,
    TableRow,
)
from notadesk.core.storage.documents import envelope, parse_document
from notadesk.gui.editor.text_tab import TextTab
from notadesk.gui.qt import Qt, QtGui, QtWidgets
from notadesk.gui.richtext import objects, table_dialog
from notadesk.gui.richtext.formats import OBJECT_CHAR
from notadesk.gui.richtext.table_dialog import TableDialog
from tests.gui.window_fixtures import errors, host, tab, window

__all__ = ["errors", "host", "tab", "window"]
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _blocks(tab: TextTab, base: Nota) -> list:
    out = copy.deepcopy(base)
    tab.apply(out)
    _meta, checked = parse_document(envelope(out))  # what the store will check
    assert checked.sections == out.sections
    return out.sections[0].blocks


def _start(tab: TextTab, qtbot) -> tuple[Nota, QtWidgets.QTextEdit]:
    nota = Nota(sections=[Section(title="Kernpunten")])
    tab.load(nota)
    tab.editor.setFocus()
    return nota, tab.editor


def test_typing_a_numbered_list_with_lettered_sub_items(tab, qtbot):
    nota, editor = _start(tab, qtbot)
    qtbot.keyClick(editor, Qt.Key.Key_N, CTRL_SHIFT)
    qtbot.keyClicks(editor, "eerste")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    qtbot.keyClicks(editor, "sub")  # indented from a numbered level: numbered too, a. b.
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "sub twee")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClick(editor, Qt.Key.Key_Backtab)
    qtbot.keyClicks(editor, "tweede")
    assert _blocks(tab, nota) == [
        BulletList(
            numbered=True,
            items=[
                ListItem(
                    runs=[Run(text="eerste")],
                    children_numbered=True,
                    children=[
                        ListItem(runs=[Run(text="sub")]),
                        ListItem(runs=[Run(text="sub twee")]),
                    ],
                ),
                ListItem(runs=[Run(text="tweede")]),
            ],
        )
    ]
    # The editor shows what will print: 1. / a.
    block = editor.document().begin()
    assert block.textList().itemText(block) == "1."
    assert block.next().textList().itemText(block.next()) == "a."
    # Numbering off again for the top level: bullets, the sub-level stays numbered.
    cursor = editor.textCursor()
    cursor.movePosition(QtGui.QTextCursor.MoveOperation.Start)
    editor.setTextCursor(cursor)
    qtbot.keyClick(editor, Qt.Key.Key_N, CTRL_SHIFT)
    (lst,) = _blocks(tab, nota)
    assert not lst.numbered and lst.items[0].children_numbered
    assert lst.items[1].runs == [Run(text="tweede")]


def test_numbering_applies_to_the_whole_level(tab, qtbot):
    nota, editor = _start(tab, qtbot)
    qtbot.keyClick(editor, Qt.Key.Key_L, CTRL_SHIFT)
    for word in ("a", "b", "c"):
        qtbot.keyClicks(editor, word)
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "d")
    cursor = editor.textCursor()
    cursor.movePosition(QtGui.QTextCursor.MoveOperation.Up)  # on "c" only
    editor.setTextCursor(cursor)
    qtbot.keyClick(editor, Qt.Key.Key_N, CTRL_SHIFT)
    (lst,) = _blocks(tab, nota)
    assert lst.numbered and len(lst.items) == 4  # all four numbered, as printed


def test_shift_enter_is_a_line_break_inside_the_paragraph(tab, qtbot):
    nota, editor = _start(tab, qtbot)
    qtbot.keyClicks(editor, "boven")
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(editor, "onder")
    assert _blocks(tab, nota) == [Paragraph(runs=[Run(text="boven\nonder")])]
    tab.load(Nota(sections=[Section(title="x", blocks=[Paragraph(runs=[Run(text="a\nb")])])]))
    assert tab.editor.document().blockCount() == 1  # shown as a break, not a new paragraph


def _fill(dialog: TableDialog, texts: list[list[str]]) -> None:
    for r, row in enumerate(texts):
        for c, text in enumerate(row):
            dialog.grid.item(r, c).setText(text)


def test_inserting_and_editing_a_table(tab, qtbot, monkeypatch):
    nota, editor = _start(tab, qtbot)
    qtbot.keyClicks(editor, "Voor de tabel")
    seen: list[Table | None] = []

    def fake_edit(parent, table=None):
        seen.append(table)
        dialog = TableDialog(table, parent)
        qtbot.addWidget(dialog)
        if table is None:  # new: 3 x 3; make it 4 rows, 2 columns, with text
            assert (dialog.grid.rowCount(), dialog.grid.columnCount()) == (3, 3)
            dialog.grid.setCurrentCell(2, 2)
            qtbot.mouseClick(dialog.add_row_button, Qt.MouseButton.LeftButton)
            qtbot.mouseClick(dialog.remove_column_button, Qt.MouseButton.LeftButton)
            _fill(dialog, [["Land", "Bijdrage"], ["NL", "1"], ["BE", "2\nregels"], ["", ""]])
        else:  # edit: a second header row and a third column
            dialog.header_rows.setValue(2)
            dialog.grid.setCurrentCell(0, 1)
            qtbot.mouseClick(dialog.add_column_button, Qt.MouseButton.LeftButton)
            dialog.grid.item(0, 2).setText("Noot")
        return dialog.table()

    monkeypatch.setattr(table_dialog, "edit_table", fake_edit)
    tab.toolbar.insert_actions["table"].trigger()
    blocks = _blocks(tab, nota)
    assert blocks[0] == Paragraph(runs=[Run(text="Voor de tabel")])
    table = blocks[1]
    assert isinstance(table, Table) and table.header_rows == 1
    assert [[table_dialog.cell_text(c) for c in row.cells] for row in table.rows] == [
        ["Land", "Bijdrage"],
        ["NL", "1"],
        ["BE", "2\nregels"],
        ["", ""],
    ]
    assert table.rows[2].cells[1].paragraphs == [
        Paragraph(runs=[Run(text="2")]),
        Paragraph(runs=[Run(text="regels")]),
    ]
    # Tab on the table's line does not put the table in a list.
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert isinstance(_blocks(tab, nota)[1], Table)
    # Double-click the table: edit it.
    rect = editor.cursorRect()
    qtbot.mouseDClick(editor.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert seen[-1] == table
    edited = _blocks(tab, nota)[1]
    assert edited.header_rows == 2 and edited.column_count == 3
    assert edited.rows[0].cells[2].paragraphs == [Paragraph(runs=[Run(text="Noot")])]
    assert edited.rows[1].cells[0] is not None and edited.rows[1].cells[1] == table.rows[1].cells[1]


def test_an_unchanged_cell_keeps_its_styles(qtbot):
    styled = TableCell(
        [Paragraph(runs=[Run(text="vet", bold=True), Run(text=" geheim", redact="5.1.2a")])]
    )
    table = Table(
        rows=[TableRow([TableCell([Paragraph(runs=[Run(text="Kop")])])]), TableRow([styled])]
    )
    dialog = TableDialog(table)
    qtbot.addWidget(dialog)
    assert dialog.table() == table
    dialog.grid.item(0, 0).setText("Andere kop")
    out = dialog.table()
    assert out.rows[1].cells[0] == styled
    assert out.rows[0].cells[0] == TableCell([Paragraph(runs=[Run(text="Andere kop")])])


def test_a_table_shows_as_its_grid_in_the_editor(tab, qtbot):
    table = Table(
        rows=[TableRow([TableCell([Paragraph(runs=[Run(text=f"r{r}")])])]) for r in range(20)]
    )
    tab.load(Nota(sections=[Section(title="T", blocks=[table])]))
    doc = tab.editor.document()
    assert OBJECT_CHAR in doc.toPlainText()
    fmt = None
    it = doc.begin().begin()
    while not it.atEnd():
        fmt = it.fragment().charFormat()
        it += 1
    image = doc.resource(
        QtGui.QTextDocument.ResourceType.ImageResource.value,
        QtGui.QTextImageFormat(fmt).name(),
    )
    assert isinstance(image, QtGui.QImage) and image.width() > 300
    assert image.height() > 20 * 15  # every row drawn (up to TABLE_PREVIEW_ROWS)


def test_a_long_cell_wraps_in_the_editor_instead_of_being_cut(qtbot):
    font = QtGui.QFont()
    text = "de medische ondersteuning is vertraagd tot het derde kwartaal van 2023"
    words = text.split()
    lines = objects.cell_lines(text, font, 120.0)
    assert len(lines) > 1  # wrapped, not cut on one line
    assert " ".join(lines).split() == words  # every word shown, in order
    metrics = QtGui.QFontMetricsF(font)
    assert all(metrics.horizontalAdvance(line) <= 120.0 for line in lines)
    # A cell longer than the lines a cell shows ends its last line with "…".
    long = objects.cell_lines(" ".join(words * 20), font, 120.0)
    assert len(long) == objects.CELL_LINES and long[-1].endswith("…")
    # The row is as tall as its longest cell.
    cell = TableCell([Paragraph(runs=[Run(text=" ".join(words))])])
    short = TableCell([Paragraph(runs=[Run(text="kort")])])
    one = objects.table_image(Table(rows=[TableRow([short, short])]), font, 1.0, 300.0)
    wrapped = objects.table_image(Table(rows=[TableRow([short, cell])]), font, 1.0, 300.0)
    assert (
        wrapped.height()
        >= one.height()
        + (len(objects.cell_lines(" ".join(words), font, 142.0)) - 1) * metrics.height()
        - 1
    )


def test_a_long_table_in_the_print_beside_the_text_repeats_its_header(window, qtbot):
    nota = example_nota()
    rows = [TableRow([TableCell([Paragraph(runs=[Run(text="KOPREGEL")])])])]
    rows += [
        TableRow([TableCell([Paragraph(runs=[Run(text=f"rij {i} " + "tekst " * 12)])])])
        for i in range(150)
    ]
    nota.sections[0].blocks.append(Table(rows=rows))
    draft = window.store.create(nota)
    pane = window.editor.print_pane
    with qtbot.waitSignal(pane.rendered, timeout=60_000):
        window.editor.open_draft(draft)
        window.editor.tabs.setCurrentWidget(window.editor.text_page)
    pages = [pane.document.getAllText(i).text() for i in range(pane.page_count())]
    with_rows = [p for p in pages if "rij " in p]
    assert len(with_rows) >= 3
    assert all("KOPREGEL" in p for p in with_rows)


def test_a_loaded_numbered_list_counts_on_after_its_sub_items(tab):
    lst = BulletList(
        numbered=True,
        items=[
            ListItem([Run("a")], [ListItem([Run("a1")]), ListItem([Run("a2")])], True),
            ListItem([Run("b")]),
        ],
    )
    tab.load(Nota(sections=[Section(title="K", blocks=[lst])]))
    doc = tab.editor.document()
    shown = []
    block = doc.begin()
    while block.isValid():
        shown.append(block.textList().itemText(block))
        block = block.next()
    assert shown == ["1.", "a.", "b.", "2."]


def test_a_findings_block_shows_the_lines_it_prints(qtbot):
    from notadesk.core.model.nota import FindingsBlock
    from notadesk.gui.richtext.objects import findings_lines

    nota = example_nota()
    lines = findings_lines(FindingsBlock(select="main", quote=True), nota.findings)
    mains = sorted((f for f in nota.findings if f.main), key=lambda f: f.number)
    assert len(lines) == len(mains) == 2
    assert lines[0].startswith(f"Hoofdbevinding {mains[0].number}: \u201c")
    assert lines[0].endswith("\u201d")
    assert " ".join(mains[0].text.split())[:40] in lines[0]


def test_a_commitments_block_shows_the_lines_it_prints(qtbot):
    from notadesk.core.model.nota import CommitmentsBlock
    from notadesk.gui.richtext.objects import commitments_lines

    nota = example_nota()
    lines = commitments_lines(CommitmentsBlock(), nota.findings, nota.commitments)
    assert len(lines) == len(nota.commitments)
    assert all(line.startswith("Toezegging ") for line in lines)
    first = " ".join(nota.commitments[0].text.split())[:30]
    assert any(first in line for line in lines)
