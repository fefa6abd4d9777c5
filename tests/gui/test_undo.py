"""One undo history for the open draft: every kind of edit, named in the Edit menu."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from notadesk.gui.editor import editor as editor_module
from notadesk.gui.editor import text_tab as text_tab_module
from notadesk.gui.editor.findings_tab import TEXT
from notadesk.gui.i18n import install_language
from notadesk.gui.qt import Qt, QtGui, QtWidgets
from tests.gui.window_fixtures import errors, host, type_text, window

__all__ = ["errors", "host", "window"]

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _open(window, qtbot):
    qtbot.mouseClick(window.welcome.example_button, Qt.MouseButton.LeftButton)
    return window.editor


def _text_editor(editor):
    editor.tabs.setCurrentWidget(editor.text_page)
    text = editor.text.editor
    text.setFocus()
    cursor = text.textCursor()
    cursor.movePosition(QtGui.QTextCursor.MoveOperation.End)
    text.setTextCursor(cursor)
    return text


def _section_text(editor) -> str:
    return editor.text.editor.document().toPlainText()


def _undo_text(window) -> str:
    return window.undo_action.text().replace("&", "")


def test_typing_is_undone_by_word_groups_with_ctrl_z(window, qtbot):
    editor = _open(window, qtbot)
    text = _text_editor(editor)
    before = _section_text(editor)
    type_text(text, " Het kabinet besluit vandaag")
    assert _section_text(editor) == before + " Het kabinet besluit vandaag"
    assert _undo_text(window) == "Undo Typing"
    qtbot.keyClick(text, Qt.Key.Key_Z, CTRL)
    assert _section_text(editor) == before + " Het kabinet besluit "
    qtbot.keyClick(text, Qt.Key.Key_Z, CTRL)
    assert _section_text(editor) == before + " Het kabinet "
    qtbot.keyClick(text, Qt.Key.Key_Z, CTRL_SHIFT)
    assert _section_text(editor) == before + " Het kabinet besluit "
    # The editor's own undo is not used: the draft's stack took the step back.
    assert editor.undo_stack.canRedo()


def test_a_cursor_jump_ends_the_group(window, qtbot):
    editor = _open(window, qtbot)
    text = _text_editor(editor)
    before = _section_text(editor)
    type_text(text, "abc")
    qtbot.keyClick(text, Qt.Key.Key_Left)
    type_text(text, "x")
    assert _section_text(editor) == before + "abxc"
    window.undo_action.trigger()
    assert _section_text(editor) == before + "abc"
    window.undo_action.trigger()
    assert _section_text(editor) == before


def test_undo_and_redo_across_kinds_of_edit(window, qtbot):
    editor = _open(window, qtbot)
    start = editor.current_nota()
    # 1. type in the text
    text = _text_editor(editor)
    type_text(text, "Nieuw")
    typed = editor.current_nota()
    # 2. add a finding
    editor.tabs.setCurrentWidget(editor.findings)
    qtbot.mouseClick(editor.findings.add_button, Qt.MouseButton.LeftButton)
    editor.commit_open_edits()
    added = editor.current_nota()
    assert len(added.findings) == len(start.findings) + 1
    # 3. remove a routing name
    editor.tabs.setCurrentWidget(editor.details)
    routing = next(r for r in editor.details.routing.values() if r.table.rowCount())
    routing.table.setCurrentCell(0, 0)
    qtbot.mouseClick(routing.remove_button, Qt.MouseButton.LeftButton)
    removed = editor.current_nota()
    assert _undo_text(window).startswith("Undo Remove a name from")
    # 4. change the level
    combo = editor.details.level_combo
    combo.setCurrentIndex((combo.currentIndex() + 1) % combo.count())
    changed = editor.current_nota()
    assert changed.classification.level != start.classification.level
    assert _undo_text(window) == "Undo Change classification"

    states = [start, typed, added, removed, changed]
    for expected in reversed(states[:-1]):
        window.undo_action.trigger()
        assert editor.current_nota() == expected
    assert not editor.undo_stack.canUndo()
    for expected in states[1:]:
        window.redo_action.trigger()
        assert editor.current_nota() == expected
        # the focus stays in the draft, on the tab where the edit came back
        assert editor.isAncestorOf(QtWidgets.QApplication.focusWidget())
    # Undone edits are saved like any other.
    window.undo_action.trigger()
    assert editor.dirty
    assert editor.save_now()
    assert window.store.get(editor.draft.id).nota.classification == removed.classification


def test_removing_a_finding_and_its_links_is_one_step(window, qtbot, monkeypatch):
    editor = _open(window, qtbot)
    before = editor.current_nota()
    first = before.findings[0]
    assert any(first.id in c.finding_ids for c in before.commitments)
    monkeypatch.setattr(editor_module, "confirm_finding_removal", lambda *_a: True)
    editor.tabs.setCurrentWidget(editor.findings)
    tab = editor.findings
    tab.view.setCurrentIndex(tab.model.index(0, TEXT))
    qtbot.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)
    after = editor.current_nota()
    assert all(first.id not in c.finding_ids for c in after.commitments)
    assert _undo_text(window) == f"Undo Remove finding {first.number}"
    window.undo_action.trigger()
    assert editor.current_nota() == before  # the finding and every link back
    assert editor.commitments.table.item(0, 1).text() != "?"
    window.redo_action.trigger()
    assert editor.current_nota() == after


def test_a_refused_removal_leaves_no_step(window, qtbot, monkeypatch):
    editor = _open(window, qtbot)
    monkeypatch.setattr(editor_module, "confirm_finding_removal", lambda *_a: False)
    editor.tabs.setCurrentWidget(editor.findings)
    tab = editor.findings
    tab.view.setCurrentIndex(tab.model.index(0, TEXT))
    qtbot.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)
    assert not editor.undo_stack.canUndo()


def test_sections_removed_and_moved_come_back(window, qtbot, monkeypatch):
    editor = _open(window, qtbot)
    before = editor.current_nota()
    tab = editor.text
    editor.tabs.setCurrentWidget(editor.text_page)
    monkeypatch.setattr(text_tab_module, "confirm_remove", lambda *_a: True)
    tab.tree.setCurrentItem(tab.tree.topLevelItem(1))
    tab.move_section(1)
    moved = editor.current_nota()
    assert [s.title for s in moved.sections] != [s.title for s in before.sections]
    assert _undo_text(window) == "Undo Move section"
    tab.tree.setCurrentItem(tab.tree.topLevelItem(0))
    title = tab.tree.topLevelItem(0).text(0)
    tab.remove_section()
    assert _undo_text(window) == f"Undo Remove section “{title}”"
    window.undo_action.trigger()
    assert editor.current_nota() == moved  # its text came back with it
    window.undo_action.trigger()
    assert editor.current_nota() == before


def test_typing_in_a_commitment_is_undone_in_the_drafts_history(window, qtbot):
    editor = _open(window, qtbot)
    editor.tabs.setCurrentWidget(editor.commitments)
    box = editor.commitments.text
    box.setFocus()
    box.moveCursor(QtGui.QTextCursor.MoveOperation.End)
    original = box.toPlainText()
    type_text(box, " extra woorden")
    assert _undo_text(window).startswith("Undo Edit commitment")
    qtbot.keyClick(box, Qt.Key.Key_Z, CTRL)
    assert box.toPlainText() == original + " extra"
    qtbot.keyClick(box, Qt.Key.Key_Z, CTRL)
    assert box.toPlainText() == original


def test_opening_another_draft_starts_a_new_history(window, qtbot):
    editor = _open(window, qtbot)
    type_text(_text_editor(editor), "woord")
    assert editor.undo_stack.canUndo()
    editor.open_draft(window.store.get(editor.draft.id))
    assert not editor.undo_stack.canUndo()
    assert _undo_text(window) == "Undo"


def test_the_search_box_keeps_its_own_undo(window, qtbot):
    editor = _open(window, qtbot)
    type_text(_text_editor(editor), "woord")
    search = window.drafts.search
    search.setFocus()
    qtbot.keyClicks(search, "zoek")
    qtbot.keyClick(search, Qt.Key.Key_Z, CTRL)
    assert search.text() == ""
    assert editor.undo_stack.canUndo()  # the draft's typing is still there to undo
    assert isinstance(QtWidgets.QApplication.focusWidget(), QtWidgets.QLineEdit)


def test_the_dutch_window_names_the_steps_in_dutch(window, qtbot, monkeypatch):
    editor = _open(window, qtbot)
    monkeypatch.setattr(editor_module, "confirm_finding_removal", lambda *_a: True)
    install_language("nl")
    try:
        type_text(_text_editor(editor), "woord")
        assert _undo_text(window) == "Ongedaan maken: Typen"
        editor.tabs.setCurrentWidget(editor.findings)
        tab = editor.findings
        tab.view.setCurrentIndex(tab.model.index(0, TEXT))
        number = editor.current_nota().findings[0].number
        qtbot.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)
        assert _undo_text(window) == f"Ongedaan maken: Bevinding {number} verwijderen"
        window.undo_action.trigger()
        assert window.redo_action.text().replace("&", "") == (
            f"Opnieuw: Bevinding {number} verwijderen"
        )
    finally:
        install_language("en")


def test_a_table_edit_is_one_named_step(window, qtbot, monkeypatch):
    from notadesk.core.model.nota import Paragraph, Run, Table, TableCell, TableRow
    from notadesk.gui.richtext import table_dialog

    editor = _open(window, qtbot)
    text = _text_editor(editor)
    before = editor.current_nota()
    cell = TableCell(paragraphs=[Paragraph(runs=[Run(text="NL")])])
    first = Table(rows=[TableRow(cells=[cell])])
    monkeypatch.setattr(table_dialog, "edit_table", lambda _p, _t=None: first)
    editor.text.toolbar.insert_actions["table"].trigger()
    assert _undo_text(window) == "Undo Insert table"
    inserted = editor.current_nota()
    bigger = Table(rows=[TableRow(cells=[cell]), TableRow(cells=[cell])])
    monkeypatch.setattr(table_dialog, "edit_table", lambda _p, _t=None: bigger)
    text.setFocus()
    editor.text.toolbar.change_table()
    assert _undo_text(window) == "Undo Edit table"
    assert editor.current_nota() != inserted
    window.undo_action.trigger()
    assert editor.current_nota() == inserted
    window.undo_action.trigger()
    assert editor.current_nota() == before


def test_sections_added_and_renamed_are_undone(window, qtbot):
    editor = _open(window, qtbot)
    before = editor.current_nota()
    tab = editor.text
    editor.tabs.setCurrentWidget(editor.text_page)
    tab.tree.setCurrentItem(tab.tree.topLevelItem(0))
    tab.add_section(title="Nieuw onderdeel")
    assert _undo_text(window) == "Undo Add section"
    added = editor.current_nota()
    tab.tree.topLevelItem(1).setText(0, "Andere naam")
    assert _undo_text(window) == "Undo Rename section"
    window.undo_action.trigger()
    assert editor.current_nota() == added
    window.undo_action.trigger()
    assert editor.current_nota() == before


def test_undo_acts_on_the_draft_from_the_drafts_list_too(window, qtbot):
    editor = _open(window, qtbot)
    before = _section_text(editor)
    type_text(_text_editor(editor), "woord")
    window.drafts.view.setFocus()
    window.undo_action.trigger()
    assert _section_text(editor) == before
    window.redo_action.trigger()
    assert _section_text(editor) == before + "woord"


def test_the_text_menu_undoes_and_redoes_in_the_drafts_history(window, qtbot):
    editor = _open(window, qtbot)
    text = _text_editor(editor)
    before = _section_text(editor)
    # Nothing to take back yet: Undo and Redo are grey, in the menu as in the Edit menu.
    assert not window.undo_action.isEnabled()
    assert not window.redo_action.isEnabled()
    type_text(text, " Het kabinet besluit")
    assert not window.redo_action.isEnabled()
    menu = text.spelling_menu(text.cursorRect().center())
    actions = {a.text().replace("&", "").split("\t")[0]: a for a in menu.actions()}
    # The Edit menu's own Undo, named and enabled — not Qt's grey one of the document alone.
    undo = actions["Undo Typing"]
    assert undo.isEnabled()
    assert not any(a.objectName() in ("edit-undo", "edit-redo") for a in menu.actions())
    undo.trigger()
    assert _section_text(editor) == before + " Het kabinet "
    menu.deleteLater()
    menu = text.spelling_menu(text.cursorRect().center())
    redo = next(a for a in menu.actions() if a.text().replace("&", "").startswith("Redo"))
    assert redo.isEnabled()
    redo.trigger()
    assert _section_text(editor) == before + " Het kabinet besluit"
    while window.undo_action.isEnabled():
        window.undo_action.trigger()
    assert _section_text(editor) == before
    assert window.redo_action.isEnabled()


def test_outside_the_draft_undo_follows_the_field_in_focus(window, qtbot):
    editor = _open(window, qtbot)
    type_text(_text_editor(editor), "woord")
    assert window.undo_action.isEnabled()  # the draft's typing
    search = window.drafts.search
    search.setFocus()
    qtbot.waitUntil(lambda: QtWidgets.QApplication.focusWidget() is search)
    # the search box has nothing to take back (the window looks at the field in focus)
    qtbot.waitUntil(lambda: not window.undo_action.isEnabled())
    qtbot.keyClicks(search, "zoek")
    qtbot.waitUntil(lambda: window.undo_action.isEnabled())
    assert not window.redo_action.isEnabled()
    window.undo_action.trigger()
    assert search.text() == ""
    qtbot.waitUntil(lambda: not window.undo_action.isEnabled() and window.redo_action.isEnabled())
    _text_editor(editor)  # back in the text: the draft's history again
    qtbot.waitUntil(lambda: window.undo_action.isEnabled())
