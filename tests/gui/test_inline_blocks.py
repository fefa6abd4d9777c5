"""Findings, commitments and the positions summary show inline as the text they print."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from notadesk.core.model.nota import CommitmentsBlock, FindingsBlock
from notadesk.core.policy.positions import positions_summary
from notadesk.gui.qt import Qt, QtCore
from notadesk.gui.richtext.formats import PLACEHOLDER_SCHEME
from notadesk.gui.richtext.objects import commitments_lines
from tests.gui.window_fixtures import errors, host, window

__all__ = ["errors", "host", "window"]


def _kernpunten(window, qtbot):
    qtbot.mouseClick(window.welcome.example_button, Qt.MouseButton.LeftButton)
    editor = window.editor
    editor.tabs.setCurrentWidget(editor.text_page)
    tab = editor.text
    tab.tree.setCurrentItem(tab.tree.topLevelItem(2))  # Kernpunten
    return editor, tab.editor


def _placeholder(text_editor, kind):
    doc = text_editor.document()
    block = doc.begin()
    while block.isValid():
        cursor = text_editor.textCursor()
        cursor.setPosition(block.position())
        found = text_editor.data_block_on_line(cursor)
        if found is not None and isinstance(found[1], kind):
            return block, found[1]
        block = block.next()
    raise AssertionError(f"no {kind.__name__} in the section")


def _double_click_line(qtbot, text_editor, block, data, index: int) -> None:
    doc = text_editor.document()
    layout = doc.layout_for(data)
    top = doc.documentLayout().blockBoundingRect(block).top() + block.layout().lineAt(0).y()
    y = top + layout.head + sum(b.height() + 3 for b in layout.boxes[:index]) + 4
    text_editor.ensureCursorVisible()
    point = QtCore.QPoint(
        int(doc.documentLayout().blockBoundingRect(block).left() + 80),
        int(y - text_editor.verticalScrollBar().value()),
    )
    qtbot.mouseDClick(text_editor.viewport(), Qt.MouseButton.LeftButton, pos=point)


def test_a_commitments_block_shows_its_lines_and_opens_the_row(window, qtbot):
    editor, text = _kernpunten(window, qtbot)
    block, data = _placeholder(text, CommitmentsBlock)
    nota = editor.current_nota()
    layout = text.document().layout_for(data)
    assert (
        layout.lines
        == commitments_lines(data, nota.findings, nota.commitments)[: len(layout.lines)]
    )
    assert layout.lines and layout.lines[0].startswith("Toezegging")
    rows = text.document().rows_for(data)
    text.verticalScrollBar().setValue(
        int(text.document().documentLayout().blockBoundingRect(block).top()) - 20
    )
    _double_click_line(qtbot, text, block, data, 1)
    assert editor.tabs.currentWidget() is editor.commitments
    assert editor.commitments.table.currentRow() == rows[1]


def test_a_findings_line_opens_the_finding(window, qtbot):
    editor, text = _kernpunten(window, qtbot)
    block, data = _placeholder(text, FindingsBlock)
    rows = text.document().rows_for(data)
    text.verticalScrollBar().setValue(
        int(text.document().documentLayout().blockBoundingRect(block).top()) - 20
    )
    _double_click_line(qtbot, text, block, data, 0)
    assert editor.tabs.currentWidget() is editor.findings
    assert editor.findings.current_row() == rows[0]
    assert len(rows) == len(text.document().layout_for(data).lines)


def test_the_positions_summary_reads_as_printed(window, qtbot):
    editor, text = _kernpunten(window, qtbot)
    url = QtCore.QUrl(f"{PLACEHOLDER_SCHEME}:positions")
    label, inline = text.document().label_for(url)
    summary = positions_summary(editor.current_nota().findings)
    assert inline and summary.startswith(label.rstrip("…"))
