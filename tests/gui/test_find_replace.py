"""Find and replace in the open nota: text of every section, findings, commitments."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from notadesk.core.model.text import nota_outline
from notadesk.gui.editor.find_bar import COMMITMENT, FINDING, TEXT
from notadesk.gui.qt import Qt
from tests.gui.window_fixtures import errors, host, window

__all__ = ["errors", "host", "window"]
CTRL = Qt.KeyboardModifier.ControlModifier


def _open(window, qtbot):
    qtbot.mouseClick(window.welcome.example_button, Qt.MouseButton.LeftButton)
    editor = window.editor
    editor.tabs.setCurrentWidget(editor.text_page)
    editor.text.editor.setFocus()
    return editor


def test_ctrl_f_in_the_nota_finds_across_text_findings_and_commitments(window, qtbot):
    editor = _open(window, qtbot)
    qtbot.keyClick(editor.text.editor, Qt.Key.Key_F, CTRL)
    bar = editor.find_bar
    assert bar.isVisible() and bar.find_field.hasFocus()
    assert not window.drafts.search.hasFocus()  # the list's search keeps its own field
    qtbot.keyClicks(bar.find_field, "MINUSMA")
    kinds = {m.kind for m in bar.matches}
    assert kinds == {TEXT, FINDING, COMMITMENT} or kinds >= {TEXT, FINDING}
    nota = editor.current_nota()
    expected = sum(f.text.count("MINUSMA") for f in nota.findings)
    assert sum(m.kind == FINDING for m in bar.matches) == expected
    # the first match is selected in the text
    assert editor.text.editor.textCursor().selectedText() == "MINUSMA"
    assert bar.count_label.text() == f"1 of {len(bar.matches)}"
    # going to a finding's match shows the Findings tab with its row
    first_finding = next(i for i, m in enumerate(bar.matches) if m.kind == FINDING)
    bar.go(first_finding)
    assert editor.tabs.currentWidget() is editor.findings
    assert editor.findings.current_row() == bar.matches[first_finding].key
    qtbot.keyClick(bar.find_field, Qt.Key.Key_Escape)
    assert not bar.isVisible()


def test_ctrl_h_replaces_one_and_then_all(window, qtbot):
    editor = _open(window, qtbot)
    window.replace_action.trigger()
    bar = editor.find_bar
    assert bar.replace_field.isVisible()
    bar.find_field.setText("kabinet")
    total = len(bar.matches)
    assert total >= 3
    bar.case_box.setChecked(True)  # only lowercase 'kabinet'
    total = len(bar.matches)
    bar.replace_field.setText("regering")
    bar.replace()
    assert len(bar.matches) == total - 1
    count = bar.replace_all()
    assert count == total - 1
    assert count >= 1
    nota = editor.current_nota()
    typed = "\n".join(doc.toPlainText() for _key, doc in editor.text.documents_in_order())
    assert "kabinet" not in typed and "regering" in typed  # (the generated summary is not text)
    assert "regering" in "\n".join(nota_outline(nota))
    assert all("kabinet" not in f.text for f in nota.findings)
    assert all("kabinet" not in c.text for c in nota.commitments)
    assert editor.dirty


def test_replace_in_the_text_is_undone_with_ctrl_z(window, qtbot):
    editor = _open(window, qtbot)
    bar = editor.find_bar
    editor.show_find(replace=True)
    bar.find_field.setText("Eind juni")
    match = bar.matches[0]
    total = len(bar.matches)
    bar.replace_field.setText("Begin juli")
    bar.replace()
    doc = dict(editor.text.documents_in_order())[match.key]
    assert "Begin juli" in doc.toPlainText() and "Eind juni" not in doc.toPlainText()
    assert len(bar.matches) == total - 1
    doc.undo()  # Ctrl+Z in that section
    assert "Eind juni" in doc.toPlainText()


def test_ctrl_f_outside_the_nota_searches_the_drafts(window, qtbot):
    _open(window, qtbot)
    window.drafts.view.setFocus()
    window.find_action.trigger()
    assert window.drafts.search.hasFocus()
    assert not window.editor.find_bar.isVisible()
