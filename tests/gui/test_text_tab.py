"""The Text tab driven through its real widgets: typing, styles, data blocks, pasting."""

from __future__ import annotations

import copy
from itertools import pairwise

import pytest

pytest.importorskip("pytestqt")

from notadesk.core.examples import example_nota
from notadesk.core.model.nota import (
    BulletList,
    CommitmentsBlock,
    FindingsBlock,
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
from notadesk.gui.editor import text_tab as text_tab_module
from notadesk.gui.editor.text_tab import TextTab
from notadesk.gui.qt import Qt, QtCore, QtGui, QtWidgets
from notadesk.gui.richtext import toolbar as toolbar_module
from notadesk.gui.richtext.formats import OBJECT_CHAR
from tests.gui.window_fixtures import tab

__all__ = ["tab"]


def _applied(tab: TextTab, base: Nota) -> Nota:
    out = copy.deepcopy(base)
    tab.apply(out)
    # What the tab writes must pass the draft schema, as the store will check it.
    _meta, checked = parse_document(envelope(out))
    assert checked.sections == out.sections
    return out


def _type_line(qtbot, editor, text: str) -> None:
    qtbot.keyClicks(editor, text)


def test_example_round_trips_unchanged(tab, qtbot):
    nota = example_nota()
    with qtbot.assertNotEmitted(tab.changed):
        tab.load(nota)
    assert tab.tree.topLevelItemCount() == 4
    assert tab.tree.topLevelItem(3).child(0).text(0) == "Proces"
    assert _applied(tab, nota).sections == example_nota().sections


def test_typing_bullets_three_deep_with_styles(tab, qtbot):
    nota = Nota(sections=[Section(title="Aanleiding")])
    tab.load(nota)
    editor = tab.editor
    editor.setFocus()
    with qtbot.waitSignal(tab.changed):
        _type_line(qtbot, editor, "Inleiding ")
    qtbot.keyClick(editor, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    _type_line(qtbot, editor, "vet")
    qtbot.keyClick(editor, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    _type_line(qtbot, editor, " en ")
    qtbot.keyClick(editor, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    _type_line(qtbot, editor, "schuin")
    qtbot.keyClick(editor, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # A bulleted list: Ctrl+Shift+L, then Tab / Shift+Tab for the depth.
    qtbot.keyClick(
        editor,
        Qt.Key.Key_L,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    _type_line(qtbot, editor, "een")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    qtbot.keyClick(editor, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
    _type_line(qtbot, editor, "twee")
    qtbot.keyClick(editor, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    _type_line(qtbot, editor, "drie")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)  # already 3 deep: stays 3 deep
    _type_line(qtbot, editor, "ook drie")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClick(editor, Qt.Key.Key_Backtab)
    qtbot.keyClick(editor, Qt.Key.Key_Backtab)
    _type_line(qtbot, editor, "weer een")

    result = _applied(tab, nota).sections[0].blocks
    assert result[0] == Paragraph(
        runs=[
            Run(text="Inleiding "),
            Run(text="vet", bold=True),
            Run(text=" en "),
            Run(text="schuin", italic=True),
        ]
    )
    assert result[1] == BulletList(
        items=[
            ListItem(
                runs=[Run(text="een")],
                children=[
                    ListItem(
                        runs=[Run(text="twee", underline=True)],
                        children=[
                            ListItem(runs=[Run(text="drie")]),
                            ListItem(runs=[Run(text="ook drie")]),
                        ],
                    )
                ],
            ),
            ListItem(runs=[Run(text="weer een")]),
        ]
    )
    assert len(result) == 2
    # Undo is the editor's own: the last words typed go away again.
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    after_undo = _applied(tab, nota).sections[0].blocks[1]
    assert isinstance(after_undo, BulletList)
    assert "weer een" not in str(after_undo)


def _select(editor, text: str) -> None:
    doc = editor.document()
    found = doc.find(text)
    assert not found.isNull(), text
    editor.setTextCursor(found)


def test_highlight_and_woo_redaction(tab, qtbot):
    nota = Nota(
        sections=[
            Section(title="T", blocks=[Paragraph(runs=[Run(text="Jan Jansen belt morgen.")])])
        ]
    )
    tab.load(nota)
    editor = tab.editor
    _select(editor, "Jan Jansen")
    action = next(a for a in tab.toolbar.redact_menu.actions() if a.text().startswith("5.1.2e "))
    action.trigger()
    _select(editor, "morgen")
    tab.toolbar.style_actions["highlight"].trigger()
    runs = _applied(tab, nota).sections[0].blocks[0].runs
    assert runs == [
        Run(text="Jan Jansen", redact="5.1.2e"),
        Run(text=" belt "),
        Run(text="morgen", highlight=True),
        Run(text="."),
    ]
    # The redaction shows: grey background and the ground in the tooltip.
    fmt = editor.document().find("Jan").charFormat()
    assert "5.1.2e" in fmt.toolTip()
    assert fmt.background().style() != Qt.BrushStyle.NoBrush
    # And it comes off again.
    _select(editor, "Jan Jansen")
    tab.toolbar.redact_menu.actions()[-1].trigger()
    runs = _applied(tab, nota).sections[0].blocks[0].runs
    assert runs[0] == Run(text="Jan Jansen belt ")


def test_insert_every_data_block(tab, qtbot, monkeypatch):
    nota = example_nota()
    nota.sections = [Section(title="Kernpunten")]
    tab.load(nota)
    editor = tab.editor
    editor.setFocus()
    qtbot.keyClick(
        editor,
        Qt.Key.Key_L,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    _type_line(qtbot, editor, "Het kabinet oordeelt: ")
    tab.toolbar.insert_actions["positions"].trigger()
    _type_line(qtbot, editor, " Zie verder:")
    tab.toolbar.insert_actions["findings-main"].trigger()
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClick(editor, Qt.Key.Key_Backtab)
    _type_line(qtbot, editor, "Gekozen:")

    class StubChooser:
        def __init__(self, findings, chosen, quote, parent=None):
            self.quote = type("Tick", (), {"isChecked": staticmethod(lambda: False)})()
            self.ids = [findings[1].id, findings[9].id]

        def exec(self):
            return toolbar_module.QtWidgets.QDialog.DialogCode.Accepted

        def chosen_ids(self):
            return self.ids

    monkeypatch.setattr(toolbar_module, "FindingsChooser", StubChooser)
    tab.toolbar.insert_actions["findings-chosen"].trigger()
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClick(editor, Qt.Key.Key_Backtab)
    _type_line(qtbot, editor, "Toezeggingen:")
    tab.toolbar.insert_actions["commitments"].trigger()
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClick(editor, Qt.Key.Key_Backtab)
    qtbot.keyClick(editor, Qt.Key.Key_Backtab)
    _type_line(qtbot, editor, "Alle bevindingen:")
    tab.toolbar.insert_actions["findings-all"].trigger()

    blocks = _applied(tab, nota).sections[0].blocks
    assert blocks == [
        BulletList(
            items=[
                ListItem(
                    runs=[
                        Run(text="Het kabinet oordeelt: "),
                        Run(generated="positions-summary"),
                        Run(text=" Zie verder:"),
                    ],
                    children=[FindingsBlock(select="main", quote=True)],
                ),
                ListItem(
                    runs=[Run(text="Gekozen:")],
                    children=[
                        FindingsBlock(select="chosen", finding_ids=["bevinding-2", "bevinding-10"])
                    ],
                ),
                ListItem(runs=[Run(text="Toezeggingen:")], children=[CommitmentsBlock()]),
            ]
        ),
        Paragraph(runs=[Run(text="Alle bevindingen:")]),
        FindingsBlock(select="all"),
    ]
    # A placeholder is one character: one Backspace removes the whole block.
    qtbot.keyClick(editor, Qt.Key.Key_End)
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    blocks = _applied(tab, nota).sections[0].blocks
    assert blocks[-1] == Paragraph(runs=[Run(text="Alle bevindingen:")])


JUNK_HTML = """
<html><body>
<p style="font-family:'Comic Sans MS'; font-size:28pt; color:#ff0000">
  <span style="background:#00ff00">Groen</span> <b>vet</b> <a href="http://evil.example/">link</a>
  <img src="data:image/png;base64,iVBORw0KGgo=" width="50"> <i>schuin</i>
  <span style="background-color:yellow">geel</span> <u>onder</u>
</p>
<ul><li>punt een<ul><li>dieper</li></ul></li></ul>
<table><tr><td>cel A</td><td>cel B</td></tr></table>
<h1 style="font-size:40pt">Kop</h1>
</body></html>
"""


def test_paste_html_keeps_only_allowed_styles(tab, qtbot, monkeypatch):
    from notadesk.gui.richtext import paste

    shown: list[list[str]] = []
    monkeypatch.setattr(paste, "confirm_paste", lambda _p, lines: shown.append(lines) or True)
    nota = Nota(sections=[Section(title="T")])
    tab.load(nota)
    editor = tab.editor
    mime = QtCore.QMimeData()
    mime.setHtml(JUNK_HTML)
    editor.insertFromMimeData(mime)
    blocks = _applied(tab, nota).sections[0].blocks
    text = str(blocks)
    for junk in ("evil", "Comic", "http", OBJECT_CHAR):
        assert junk not in text
    first = blocks[0]
    assert isinstance(first, Paragraph)
    runs = {r.text.strip(): r for r in first.runs if r.text.strip()}
    assert runs["vet"].bold and not runs["vet"].italic
    assert runs["schuin"].italic
    assert runs["onder"].underline
    assert runs["geel"].highlight
    assert not runs["Groen"].highlight  # a green background is not a highlight
    assert "link" in "".join(r.text for r in first.runs)
    assert blocks[1] == BulletList(
        items=[
            ListItem(runs=[Run(text="punt een")], children=[ListItem(runs=[Run(text="dieper")])])
        ]
    )
    # the table stays a table (issue 12: it used to become separate paragraphs); the heading
    # becomes a bold paragraph, and the report said so before anything was pasted
    table = blocks[2]
    assert isinstance(table, Table)
    assert [[p.runs[0].text for c in row.cells for p in c.paragraphs] for row in table.rows] == [
        ["cel A", "cel B"]
    ]
    assert blocks[3] == Paragraph(runs=[Run(text="Kop", bold=True)])
    (lines,) = shown
    assert any(line.startswith("Images and drawings: not imported — 1") for line in lines)
    assert any(line.startswith("Headings: pasted as bold paragraphs") for line in lines)
    assert any(line.startswith("Links: imported as their text") for line in lines)
    # Nothing of the source's fonts, sizes or colours is left in the editor either.
    block = editor.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            it += 1
            assert not fmt.hasProperty(QtGui.QTextFormat.Property.FontPointSize)
            assert not fmt.hasProperty(QtGui.QTextFormat.Property.ForegroundBrush)
            assert not fmt.isAnchor()
        block = block.next()


WORD_HTML = (
    '<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-mic'
    'rosoft-com:office:word">\n'
    '<head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><style><!'
    '-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}'
    " --></style></head>\n"
    "<body lang=NL>\n"
    "<!--StartFragment-->\n"
    "<p class=MsoNormal><b><span style='font-family:\"Arial\",sans-serif;color:#1F3864'"
    ">Kop van de alinea</span></b><o:p></o:p></p>\n"
    "<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1"
    " lfo1'><![if !supportLists]><span style='font-family:Symbol'>·<span style='font:"
    '7.0pt "Times New Roman"\'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></spa'
    "n><![endif]>Eerste punt met <i>cursief</i><o:p></o:p></p>\n"
    "<p class=MsoListParagraphCxSpMiddle style='margin-left:72.0pt;text-indent:-18.0p"
    "t;mso-list:l0 level2 lfo1'><![if !supportLists]><span style='font-family:\"Courie"
    "r New\"'>o<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp; </span></span><"
    "![endif]>Tweede niveau<o:p></o:p></p>\n"
    "<p class=MsoListParagraphCxSpLast style='margin-left:108.0pt;text-indent:-18.0pt"
    ";mso-list:l0 level3 lfo1'><![if !supportLists]><span style='font-family:Wingding"
    "s'>§<span style='font:7.0pt \"Times New Roman\"'>&nbsp; </span></span><![endif]>De"
    "rde niveau<o:p></o:p></p>\n"
    "<p class=MsoNormal><span style='background:yellow;mso-highlight:yellow'>Geel</sp"
    "an> en <u>onder</u><o:p></o:p></p>\n"
    "<!--EndFragment-->\n"
    "</body></html>\n"
    "\n"
)


def test_a_paste_whose_report_is_cancelled_changes_nothing(tab, qtbot, monkeypatch):
    from notadesk.gui.richtext import paste

    monkeypatch.setattr(paste, "confirm_paste", lambda _p, _lines: False)
    nota = Nota(sections=[Section(title="T", blocks=[Paragraph(runs=[Run(text="blijft")])])])
    tab.load(nota)
    mime = QtCore.QMimeData()
    mime.setHtml(JUNK_HTML)
    tab.editor.insertFromMimeData(mime)
    assert _applied(tab, nota).sections[0].blocks == [Paragraph(runs=[Run(text="blijft")])]


def test_paste_from_word_makes_real_bullets_and_drops_word_styling(tab, qtbot):
    nota = Nota(sections=[Section(title="T")])
    tab.load(nota)
    mime = QtCore.QMimeData()
    mime.setHtml(WORD_HTML)
    mime.setText("Kop van de alinea")
    tab.editor.insertFromMimeData(mime)
    assert _applied(tab, nota).sections[0].blocks == [
        Paragraph(runs=[Run(text="Kop van de alinea", bold=True)]),
        BulletList(
            items=[
                ListItem(
                    runs=[Run(text="Eerste punt met "), Run(text="cursief", italic=True)],
                    children=[
                        ListItem(
                            runs=[Run(text="Tweede niveau")],
                            children=[ListItem(runs=[Run(text="Derde niveau")])],
                        )
                    ],
                )
            ]
        ),
        Paragraph(
            runs=[
                Run(text="Geel", highlight=True),
                Run(text=" en "),
                Run(text="onder", underline=True),
            ]
        ),
    ]


def test_copy_and_paste_inside_keeps_data_blocks(tab, qtbot):
    nota = example_nota()
    tab.load(nota)
    tab.tree.setCurrentItem(tab.tree.topLevelItem(2))
    editor = tab.editor
    editor.selectAll()
    mime = editor.createMimeDataFromSelection()
    assert OBJECT_CHAR not in mime.text()
    tab.tree.setCurrentItem(tab.tree.topLevelItem(0))
    editor = tab.editor  # each section has its own editor on the page
    editor.selectAll()
    editor.insertFromMimeData(mime)
    out = _applied(tab, nota)
    assert out.sections[0].blocks == example_nota().sections[2].blocks


def test_sections_add_rename_reorder_remove(tab, qtbot, monkeypatch):
    nota = example_nota()
    tab.load(nota)
    tab.tree.setCurrentItem(tab.tree.topLevelItem(0))
    with qtbot.waitSignal(tab.changed):
        tab.add_section(title="Nieuw")
    assert tab.tree.topLevelItem(1).text(0) == "Nieuw"
    tab.tree.topLevelItem(1).setText(0, "Achtergrond")
    tab.move_section(-1)
    tab.tree.setCurrentItem(tab.tree.topLevelItem(4))  # Toelichting
    tab.add_section(sub=True, title="Financiën")
    asked = []
    monkeypatch.setattr(
        text_tab_module, "confirm_remove", lambda parent, title: asked.append(title)
    )
    tab.tree.setCurrentItem(tab.tree.topLevelItem(1))  # Aanleiding holds text: asks, refused
    tab.remove_section()
    assert asked == ["Aanleiding"]
    monkeypatch.setattr(text_tab_module, "confirm_remove", lambda parent, title: True)
    tab.tree.setCurrentItem(tab.tree.topLevelItem(2))  # Geadviseerd besluit
    tab.remove_section()
    out = _applied(tab, nota)
    assert [s.title for s in out.sections] == [
        "Achtergrond",
        "Aanleiding",
        "Kernpunten",
        "Toelichting",
    ]
    assert [s.title for s in out.sections[3].subsections] == ["Proces", "Financiën"]
    assert out.sections[1].blocks == example_nota().sections[0].blocks
    assert tab.focus_field("sections[3].subsections[0]")
    assert tab.tree.currentItem().text(0) == "Proces"


# --- property: any block tree the editor can show comes back unchanged ----------------------

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from notadesk.core.model.nota import PositionsBlock  # noqa: E402
from notadesk.gui.richtext.convert import (  # noqa: E402
    document_from_blocks,
    document_to_blocks,
)

_TEXT = st.text(
    alphabet=st.characters(
        whitelist_categories=("L", "N", "P", "S", "Zs"),
        blacklist_characters="\ufffc\u2028\u2029",
        whitelist_characters="\n",  # a line break inside a paragraph or bullet
    ),
    min_size=1,
    max_size=12,
)
_IDS = st.lists(st.sampled_from(["bevinding-1", "bevinding-2", "b-3", "x"]), max_size=3)


@st.composite
def _run(draw):
    generated = draw(st.integers(0, 9)) == 0
    return Run(
        text="" if generated else draw(_TEXT),
        bold=draw(st.booleans()),
        italic=draw(st.booleans()),
        underline=draw(st.booleans()),
        highlight=draw(st.booleans()),
        redact=draw(st.sampled_from([None, None, "5.1.2e", "5.1.1c"])),
        generated="positions-summary" if generated else None,
    )


def _style(run):
    return (run.bold, run.italic, run.underline, run.highlight, run.redact, run.generated)


def _distinct_neighbours(runs):
    # Neighbouring text runs of one style are one run: the editor cannot tell them apart.
    return all(a.generated or b.generated or _style(a) != _style(b) for a, b in pairwise(runs))


_RUNS = st.lists(_run(), min_size=1, max_size=4).filter(_distinct_neighbours)
_DATA = st.one_of(
    st.builds(
        FindingsBlock,
        select=st.sampled_from(["all", "main", "chosen"]),
        finding_ids=_IDS,
        quote=st.booleans(),
    ),
    st.builds(CommitmentsBlock, finding_ids=_IDS),
)


def _entries(depth):
    if depth == 3:
        item = st.builds(ListItem, runs=_RUNS, children=st.just([]))
    else:
        item = st.builds(
            ListItem,
            runs=_RUNS,
            children=st.lists(_entries(depth + 1), min_size=1, max_size=3),
            children_numbered=st.booleans(),
        ) | st.builds(ListItem, runs=_RUNS, children=st.just([]))
    return st.one_of(item, item, _DATA)


@st.composite
def _table(draw):
    rows, columns = draw(st.integers(1, 3)), draw(st.integers(1, 3))
    cell = st.builds(TableCell, paragraphs=st.lists(st.builds(Paragraph, runs=_RUNS), max_size=2))
    return Table(
        rows=[TableRow(cells=[draw(cell) for _ in range(columns)]) for _ in range(rows)],
        header_rows=draw(st.integers(0, rows)),
        widths=draw(st.sampled_from([[], [2.0] * columns])),
    )


_BLOCK = st.one_of(
    st.builds(Paragraph, runs=_RUNS),
    st.builds(
        BulletList,
        items=st.lists(_entries(1), min_size=1, max_size=4),
        numbered=st.booleans(),
    ),
    _DATA,
    _table(),
    st.just(PositionsBlock()),
)


def _no_adjacent_lists(blocks):
    return not any(
        isinstance(a, BulletList) and isinstance(b, BulletList) for a, b in pairwise(blocks)
    )


@settings(
    max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(blocks=st.lists(_BLOCK, max_size=6).filter(_no_adjacent_lists))
def test_any_block_tree_round_trips(qapp, blocks):
    doc = QtGui.QTextDocument()
    document_from_blocks(doc, blocks)
    assert document_to_blocks(doc) == blocks


def test_change_a_findings_block_by_double_click(tab, qtbot, monkeypatch):
    nota = example_nota()
    tab.load(nota)
    tab.tree.setCurrentItem(tab.tree.topLevelItem(2))  # Kernpunten
    editor = tab.editor
    offered = {}

    class StubChooser:
        def __init__(self, findings, chosen, quote, parent=None):
            offered.update(chosen=list(chosen), quote=quote)
            self.quote = type("Tick", (), {"isChecked": staticmethod(lambda: True)})()

        def exec(self):
            return toolbar_module.QtWidgets.QDialog.DialogCode.Accepted

        def chosen_ids(self):
            return ["bevinding-9"]

    monkeypatch.setattr(toolbar_module, "FindingsChooser", StubChooser)
    # The main-findings placeholder is the 4th line of Kernpunten; double-click its heading
    # (a printed line below it opens that finding's row instead).
    block = editor.document().findBlockByNumber(3)
    rect = editor.document().documentLayout().blockBoundingRect(block)
    point = QtCore.QPoint(int(rect.left() + 120), int(rect.top() + 6)) - QtCore.QPoint(
        editor.horizontalScrollBar().value(), editor.verticalScrollBar().value()
    )
    qtbot.mouseDClick(editor.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert offered == {"chosen": ["bevinding-1", "bevinding-9"], "quote": True}
    items = _applied(tab, nota).sections[2].blocks[0].items
    assert items[2].children == [
        FindingsBlock(select="chosen", finding_ids=["bevinding-9"], quote=True)
    ]
    # Undo brings the main findings back.
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    items = _applied(tab, nota).sections[2].blocks[0].items
    assert items[2].children == [FindingsBlock(select="main", quote=True)]


def test_sections_move_with_the_keyboard(tab, qtbot):
    tab.load(example_nota())
    tab.tree.setFocus()
    tab.tree.setCurrentItem(tab.tree.topLevelItem(1))
    qtbot.keyClick(
        tab.tree,
        Qt.Key.Key_Up,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert tab.tree.topLevelItem(0).text(0) == "Geadviseerd besluit"
    assert tab.tree.currentItem().text(0) == "Geadviseerd besluit"


def test_placeholders_explain_what_they_print(tab, qtbot):
    tab.load(example_nota())
    tab.tree.setCurrentItem(tab.tree.topLevelItem(2))  # Kernpunten
    editor = tab.editor
    viewport = editor.viewport()

    def tooltip_at_block(number: int, x: int) -> str:
        QtWidgets.QToolTip.hideText()
        rect = (
            editor.document()
            .documentLayout()
            .blockBoundingRect(editor.document().findBlockByNumber(number))
        )
        point = QtCore.QPoint(x, int(rect.center().y()) - editor.verticalScrollBar().value())
        event = QtGui.QHelpEvent(QtCore.QEvent.Type.ToolTip, point, viewport.mapToGlobal(point))
        QtWidgets.QApplication.sendEvent(viewport, event)
        return QtWidgets.QToolTip.text()

    tip = tooltip_at_block(3, int(editor.document().indentWidth() * 2 + 60))
    assert tip.startswith("Main findings (2)")
    assert "1. De inlichtingenbijdrage" in tip and "9. Er is slechts" in tip
    # The inline positions summary shows the sentence it prints.
    block = editor.document().findBlockByNumber(1)
    line = block.layout().lineAt(block.layout().lineCount() - 1)
    position = block.position() + block.length() - 2  # the chip is the line's last character
    x = (
        int(
            block.layout()
            .lineForTextPosition(position - block.position())
            .cursorToX(position - block.position())[0]
        )
        + 20
    )
    rect = editor.document().documentLayout().blockBoundingRect(block)
    point = QtCore.QPoint(x, int(rect.top() + line.y() + line.height() / 2))
    QtWidgets.QToolTip.hideText()
    event = QtGui.QHelpEvent(QtCore.QEvent.Type.ToolTip, point, viewport.mapToGlobal(point))
    QtWidgets.QApplication.sendEvent(viewport, event)
    assert QtWidgets.QToolTip.text() == (
        "Het kabinet onderschrijft bevindingen 1, 2, 8 en 9 deels en 3 t/m 7 en 10 t/m 12 volledig."
    )


def test_placeholder_labels_follow_the_findings(tab, qtbot):
    from notadesk.gui.richtext.objects import describe_block

    nota = example_nota()
    tab.load(nota)
    chosen = FindingsBlock(select="chosen", finding_ids=["bevinding-10", "bevinding-11"])
    assert describe_block(chosen, nota.findings) == "Findings 10, 11"
    assert describe_block(chosen, nota.findings[:10]) == "Findings 10 · 1 no longer in the table"
    assert describe_block(FindingsBlock(select="main", quote=True), nota.findings) == (
        "Main findings (2), quoted"
    )
    doc = tab.document(tab.tree.topLevelItem(2))
    block = doc.findBlockByNumber(5)  # the chosen findings 10, 11, 12
    fmt = block.begin().fragment().charFormat().toImageFormat()
    url = QtCore.QUrl(fmt.name())
    kind = QtGui.QTextDocument.ResourceType.ImageResource.value
    before = doc.resource(kind, url).height()
    tab.set_findings(nota.findings[:10])  # 11 and 12 are gone: their printed lines go too
    after = doc.resource(kind, url).height()
    assert after < before


def test_what_was_read_of_a_line_is_read_again_after_it_changes(tab, qtbot):
    """Lines are read once and kept; a style, a typed word or an undo makes them read again."""
    nota = Nota(sections=[Section(title="A", blocks=[Paragraph(runs=[Run(text="een twee")])])])
    tab.load(nota)
    editor = tab.editor
    assert _applied(tab, nota).sections[0].blocks == [Paragraph(runs=[Run(text="een twee")])]
    cursor = editor.textCursor()
    cursor.setPosition(4)
    cursor.setPosition(8, QtGui.QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    qtbot.keyClick(editor, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    bold = [Paragraph(runs=[Run(text="een "), Run(text="twee", bold=True)])]
    assert _applied(tab, nota).sections[0].blocks == bold
    editor.moveCursor(QtGui.QTextCursor.MoveOperation.End)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "drie")
    blocks = _applied(tab, nota).sections[0].blocks
    assert blocks[0] == bold[0] and "drie" in str(blocks[1])
    editor.document().undo()
    editor.document().undo()
    assert _applied(tab, nota).sections[0].blocks == bold


def test_a_section_dragged_to_another_place_among_its_siblings(tab, qtbot):
    nota = example_nota()
    tab.load(nota)
    tree = tab.tree
    first, third = tree.topLevelItem(0), tree.topLevelItem(2)
    titles = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    tree.setCurrentItem(first)
    tree.scrollToItem(third)
    rect = tree.visualItemRect(third)
    mime = tree.mimeData([first])
    drop = QtGui.QDropEvent(
        QtCore.QPointF(rect.center().x(), rect.bottom() - 2),
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(tab.changed):
        tree.dropEvent(drop)
    moved = [s.title for s in _applied(tab, nota).sections]
    assert moved == [titles[1], titles[2], titles[0], titles[3]]
    by_title = {s.title: s for s in example_nota().sections}
    assert _applied(tab, nota).sections[2] == by_title[titles[0]]  # its text went with it
    # A sub-section is not dragged out of its section.
    sub = tree.topLevelItem(3).child(0)
    assert not tree.move_beside(sub, tree.topLevelItem(0), below=False)
