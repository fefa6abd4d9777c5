"""The printed pages beside the text: up to date after a pause, following the cursor, hideable."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from notadesk.gui.qt import Qt, QtGui
from tests.gui.window_fixtures import errors, host, window

__all__ = ["errors", "host", "window"]
LEFT = Qt.MouseButton.LeftButton


def _text_page(window, qtbot):
    window.resize(1366, 768)
    with qtbot.waitSignal(window.editor.print_pane.rendered, timeout=60_000):
        qtbot.mouseClick(window.welcome.example_button, LEFT)
        window.editor.tabs.setCurrentWidget(window.editor.text_page)
    return window.editor


def _pdf_text(pane) -> str:
    doc = pane.document
    return "\n".join(doc.getAllText(i).text() for i in range(doc.pageCount()))


def test_the_print_beside_the_text_updates_after_a_pause_in_typing(window, qtbot):
    editor = _text_page(window, qtbot)
    pane = editor.print_pane
    assert pane.isVisible() and editor.text.isVisible()
    text = editor.text.editor
    text.setFocus()
    cursor = text.textCursor()
    cursor.movePosition(QtGui.QTextCursor.MoveOperation.End)
    text.setTextCursor(cursor)
    with qtbot.waitSignal(pane.rendered, timeout=60_000):
        qtbot.keyClicks(text, " Zeppelinhaven")
        assert editor.print_timer.isActive()  # nothing is rendered while typing goes on
    assert "Zeppelinhaven" in "".join(_pdf_text(pane).split())


def test_the_print_follows_the_cursor_to_its_page(window, qtbot):
    editor = _text_page(window, qtbot)
    pane = editor.print_pane
    assert pane.page_count() >= 3
    tree = editor.text.tree
    last = tree.topLevelItem(tree.topLevelItemCount() - 1)  # Toelichting, on a later page
    tree.setCurrentItem(last)
    text = editor.text.editor
    cursor = text.textCursor()
    cursor.movePosition(QtGui.QTextCursor.MoveOperation.End)
    text.setTextCursor(cursor)
    editor.follow_cursor()
    page = pane.current_page()
    assert page > 0
    line = "".join(cursor.block().text().split())[:30]
    assert line in "".join(pane.document.getAllText(page).text().split())
    tree.setCurrentItem(tree.topLevelItem(0))  # back to the first section: the first page
    text.setTextCursor(text.textCursor())
    editor.follow_cursor()
    assert pane.current_page() == 0


def test_the_print_can_be_hidden_and_then_renders_nothing(window, qtbot):
    editor = _text_page(window, qtbot)
    pane = editor.print_pane
    editor.print_beside_action.trigger()
    assert not pane.isVisible()
    text = editor.text.editor
    text.setFocus()
    qtbot.keyClicks(text, "x")
    assert not editor.print_timer.isActive()
    editor.print_beside_action.trigger()
    assert pane.isVisible()


def test_both_stay_usable_at_1366_by_768(window, qtbot):
    editor = _text_page(window, qtbot)
    assert editor.text.editor.width() >= 230  # about 32 characters a line, beside the comments
    assert editor.print_pane.width() >= 260
    pane = editor.print_pane
    qtbot.wait(50)  # let the layouts take the new page label into account
    label = pane.page_label
    assert label.fontMetrics().horizontalAdvance(label.text()) <= label.width()
    for button in (pane.prev_button, pane.next_button, pane.fit_button):
        assert button.width() >= button.sizeHint().width()  # no button squeezed
