"""The Text tab shows the whole nota as one page: every section's title and text, in order."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from notadesk.core.model.nota import Nota, Paragraph, Run, Section
from notadesk.gui.editor.text_tab import SectionEditor, SectionHeading, TextTab
from notadesk.gui.qt import Qt, QtCore, QtGui, QtWidgets
from tests.gui.window_fixtures import errors, host, tab, type_text, window

__all__ = ["errors", "host", "tab", "window"]

CTRL = Qt.KeyboardModifier.ControlModifier


def _paragraphs(*texts: str) -> list[Paragraph]:
    return [Paragraph(runs=[Run(text=t)]) for t in texts]


def _nota(sections: int = 4, lines: int = 2) -> Nota:
    """Sections ``Deel 1``… each with ``lines`` paragraphs; the second has a sub-section."""
    out = []
    for n in range(1, sections + 1):
        body = [f"Tekst {n}.{line} van het deel." for line in range(1, lines + 1)]
        section = Section(title=f"Deel {n}", blocks=_paragraphs(*body))
        if n == 2:
            section.subsections = [Section(title="Onderdeel", blocks=_paragraphs("Tekst sub."))]
        out.append(section)
    return Nota(sections=out)


def _shown(tab: TextTab, kind: type[QtWidgets.QWidget]) -> list:
    """The page's visible titles or editors, top to bottom as the person sees them."""
    QtWidgets.QApplication.processEvents()  # the page laid out as it will be drawn
    found = [w for w in tab.page.findChildren(kind) if w.isVisibleTo(tab.page)]
    return sorted(found, key=lambda w: w.mapTo(tab.page, w.rect().topLeft()).y())


def _in_view(tab: TextTab, widget: QtWidgets.QWidget) -> bool:
    """Whether some of the widget shows in the page's scrolling window."""
    top = widget.mapTo(tab.scroll.viewport(), widget.rect().topLeft()).y()
    return top < tab.scroll.viewport().height() and top + widget.height() > 0


def test_every_section_is_on_the_page_at_once_in_the_outlines_order(tab, qtbot):
    tab.load(_nota())
    qtbot.wait(10)
    headings = [h.text() for h in _shown(tab, SectionHeading)]
    assert headings == ["Deel 1", "Deel 2", "Onderdeel", "Deel 3", "Deel 4"]
    editors = _shown(tab, SectionEditor)
    texts = [e.toPlainText() for e in editors]
    assert texts == [
        "Tekst 1.1 van het deel.\nTekst 1.2 van het deel.",
        "Tekst 2.1 van het deel.\nTekst 2.2 van het deel.",
        "Tekst sub.",
        "Tekst 3.1 van het deel.\nTekst 3.2 van het deel.",
        "Tekst 4.1 van het deel.\nTekst 4.2 van het deel.",
    ]
    for editor in editors:  # each as tall as its text: nothing hidden behind a scrollbar
        assert editor.verticalScrollBar().maximum() == 0
        size = editor.document().documentLayout().documentSize()
        assert editor.height() >= size.height()
    # A sub-section's title is set in from its section's.
    sub = _shown(tab, SectionHeading)[2]
    assert sub.contentsMargins().left() > _shown(tab, SectionHeading)[0].contentsMargins().left()


def test_the_page_follows_the_outline_when_sections_change(tab, qtbot, monkeypatch):
    tab.load(_nota())
    tab.tree.setCurrentItem(tab.tree.topLevelItem(2))  # Deel 3
    tab.move_section(-1)
    assert [h.text() for h in _shown(tab, SectionHeading)] == [
        "Deel 1", "Deel 3", "Deel 2", "Onderdeel", "Deel 4",
    ]  # fmt: skip
    tab.add_section(title="Slot")
    assert [h.text() for h in _shown(tab, SectionHeading)][2] == "Slot"
    tab.tree.currentItem().setText(0, "Afsluiting")
    assert [h.text() for h in _shown(tab, SectionHeading)][2] == "Afsluiting"
    monkeypatch.setattr("notadesk.gui.editor.text_tab.confirm_remove", lambda *_: True)
    tab.tree.setCurrentItem(tab.tree.topLevelItem(0))
    tab.remove_section()
    assert [h.text() for h in _shown(tab, SectionHeading)] == [
        "Deel 3", "Afsluiting", "Deel 2", "Onderdeel", "Deel 4",
    ]  # fmt: skip


def test_a_click_in_the_outline_scrolls_to_the_section_and_puts_the_cursor_there(tab, qtbot):
    tab.load(_nota(sections=12, lines=12))  # far taller than the window
    last = tab.tree.topLevelItem(11)
    target = tab._views[int(last.data(0, Qt.ItemDataRole.UserRole + 1))][2]
    qtbot.waitUntil(lambda: not _in_view(tab, target))
    tab.tree.scrollToItem(last)
    point = tab.tree.visualItemRect(last).center()
    qtbot.mouseClick(tab.tree.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert tab.scroll.verticalScrollBar().value() > 0
    assert _in_view(tab, target)
    assert tab.editor is target
    qtbot.waitUntil(lambda: QtWidgets.QApplication.focusWidget() is target)


def test_putting_the_cursor_in_a_section_selects_it_in_the_outline(tab, qtbot):
    tab.load(_nota())
    editor = _shown(tab, SectionEditor)[3]  # Deel 3
    qtbot.mouseClick(editor.viewport(), Qt.MouseButton.LeftButton, pos=editor.rect().center())
    assert tab.tree.currentItem() is tab.tree.topLevelItem(2)
    assert tab.editor is editor
    assert tab.toolbar.editor is editor  # bold, bullets … act on the text with the cursor


def test_down_at_the_end_of_a_section_goes_on_into_the_next(tab, qtbot):
    tab.load(_nota())
    first, second = _shown(tab, SectionEditor)[:2]
    first.setFocus()
    first.moveCursor(QtGui.QTextCursor.MoveOperation.End)
    qtbot.keyClick(first, Qt.Key.Key_Up)  # not the first line: stays in the section
    assert tab.editor is first
    qtbot.keyClick(first, Qt.Key.Key_Down)
    qtbot.keyClick(first, Qt.Key.Key_Down)  # on the last line: on into Deel 2
    assert tab.editor is second
    assert second.textCursor().position() == 0
    assert tab.tree.currentItem() is tab.tree.topLevelItem(1)
    qtbot.waitUntil(lambda: QtWidgets.QApplication.focusWidget() is second)
    qtbot.keyClick(second, Qt.Key.Key_Up)  # on the first line: back to the end of Deel 1
    assert tab.editor is first
    assert first.textCursor().atEnd()
    assert tab.tree.currentItem() is tab.tree.topLevelItem(0)


def test_typing_in_the_third_section_is_undone_with_ctrl_z_in_the_drafts_history(window, qtbot):
    qtbot.mouseClick(window.welcome.example_button, Qt.MouseButton.LeftButton)
    editor = window.editor
    editor.tabs.setCurrentWidget(editor.text_page)
    tab = editor.text
    third = tab.tree.topLevelItem(2)
    tab.tree.scrollToItem(third)
    point = tab.tree.visualItemRect(third).center()
    qtbot.mouseClick(tab.tree.viewport(), Qt.MouseButton.LeftButton, pos=point)
    text = tab.editor
    assert text.document() is tab.document(third)
    before = text.toPlainText()
    others = [e.toPlainText() for e in _shown(tab, SectionEditor) if e is not text]
    text.moveCursor(QtGui.QTextCursor.MoveOperation.End)
    type_text(text, "Akkoord")
    assert text.toPlainText() == before + "Akkoord"
    assert editor.undo_stack.canUndo()
    qtbot.keyClick(text, Qt.Key.Key_Z, CTRL)
    assert text.toPlainText() == before
    assert editor.undo_stack.canRedo()  # the draft's history took the step back
    assert [e.toPlainText() for e in _shown(tab, SectionEditor) if e is not text] == others


def test_the_wheel_over_a_sections_text_scrolls_the_page(tab, qtbot):
    tab.load(_nota(sections=12, lines=12))
    editor = _shown(tab, SectionEditor)[0]
    port = editor.viewport()
    at = QtCore.QPointF(40, 40)
    wheel = QtGui.QWheelEvent(
        at, QtCore.QPointF(port.mapToGlobal(at.toPoint())), QtCore.QPoint(0, 0),
        QtCore.QPoint(0, -120), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase, False,
    )  # fmt: skip
    QtWidgets.QApplication.sendEvent(port, wheel)
    assert tab.scroll.verticalScrollBar().value() > 0


def test_page_down_turns_the_whole_page_and_the_cursor_goes_along(tab, qtbot):
    tab.load(_nota(sections=12, lines=12))
    _shown(tab, SectionEditor)
    first = tab.editor
    first.setFocus()
    first.moveCursor(QtGui.QTextCursor.MoveOperation.Start)
    qtbot.keyClick(first, Qt.Key.Key_PageDown)
    bar = tab.scroll.verticalScrollBar()
    assert bar.value() == bar.pageStep()
    assert tab.editor is not first  # a window further down: another section's text
    assert tab.tree.currentItem() is not tab.tree.topLevelItem(0)
    assert _in_view(tab, tab.editor)
    cursor = tab.editor.cursorRect().center()
    on_screen = tab.editor.viewport().mapTo(tab.scroll.viewport(), cursor).y()
    assert 0 <= on_screen < tab.scroll.viewport().height()  # the cursor where the person looks
    qtbot.keyClick(tab.editor, Qt.Key.Key_PageUp)
    assert bar.value() == 0
    assert tab.editor is first
    assert tab.tree.currentItem() is tab.tree.topLevelItem(0)


def test_spelling_is_checked_in_the_sections_the_page_shows(window, qtbot):
    sections = [
        Section(f"Deel {n}", _paragraphs(*[f"Het kabinet besluit {n}.{i}." for i in range(12)]))
        for n in range(1, 13)
    ]
    sections[0].blocks.append(Paragraph([Run("Een bevindngen bovenaan.")]))
    sections[-1].blocks.append(Paragraph([Run("Een evaluatje onderaan.")]))
    editor = window.editor
    window.open_draft(window.store.create(Nota(subject="Lang", sections=sections)).id)
    editor.tabs.setCurrentWidget(editor.text_page)
    qtbot.waitUntil(editor.text.scroll.isVisible)
    assert editor.spelling.wait_until_ready()
    tab = editor.text
    first, *_, last = _shown(tab, SectionEditor)
    first.refresh_spelling()
    last.refresh_spelling()
    assert first.misspelled_words() == ["bevindngen"]
    assert last.misspelled_words() == []  # far below the window: not checked yet
    tab.tree.setCurrentItem(tab.tree.topLevelItem(11))  # the page scrolls down to it
    qtbot.waitUntil(lambda: last.misspelled_words() == ["evaluatje"], timeout=5_000)


def _selected(tab: TextTab) -> list[str]:
    return [
        e.textCursor().selectedText().replace("\u2029", "\n") for e in _shown(tab, SectionEditor)
    ]


def test_ctrl_a_selects_the_whole_nota_and_copy_takes_every_section(tab, qtbot):
    tab.load(_nota(sections=3))
    editors = _shown(tab, SectionEditor)
    editors[1].setFocus()
    qtbot.keyClick(editors[1], Qt.Key.Key_A, CTRL)
    assert tab.whole_selected
    assert _selected(tab) == [e.toPlainText() for e in editors]  # every section, not one
    qtbot.keyClick(editors[1], Qt.Key.Key_Control)  # Ctrl pressed before C keeps it
    qtbot.keyClick(editors[1], Qt.Key.Key_C, CTRL)
    clip = QtWidgets.QApplication.clipboard().mimeData()
    plain = clip.text()
    for title in ("Deel 1", "Deel 2", "Onderdeel", "Deel 3"):
        assert title in plain
    assert plain.index("Tekst 1.1") < plain.index("Deel 2") < plain.index("Tekst sub.")
    assert plain.index("Tekst sub.") < plain.index("Tekst 3.2")
    assert clip.hasFormat("application/x-notadesk-lines+json")  # pastes back with its data


def test_typing_over_the_whole_nota_changes_nothing_and_says_why(tab, qtbot):
    tab.load(_nota(sections=2))
    before = [e.toPlainText() for e in _shown(tab, SectionEditor)]
    notices: list[str] = []
    tab.notice.connect(notices.append)
    changed: list[object] = []
    tab.changed.connect(lambda: changed.append(1))
    editor = _shown(tab, SectionEditor)[0]
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_A, CTRL)
    for key in (Qt.Key.Key_X, Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
        qtbot.keyClick(editor, key)
    qtbot.keyClick(editor, Qt.Key.Key_V, CTRL)
    assert [e.toPlainText() for e in _shown(tab, SectionEditor)] == before  # nothing lost
    assert not changed
    assert len(notices) == 4 and "click in a section" in notices[0]
    assert tab.whole_selected  # still selected: Copy can still take it


def test_a_click_or_an_arrow_key_ends_the_whole_selection(tab, qtbot):
    tab.load(_nota(sections=3))
    editors = _shown(tab, SectionEditor)
    editors[0].setFocus()
    qtbot.keyClick(editors[0], Qt.Key.Key_A, CTRL)
    qtbot.keyClick(editors[0], Qt.Key.Key_Right)
    assert not tab.whole_selected
    assert all(not text for text in _selected(tab))
    qtbot.keyClick(editors[0], Qt.Key.Key_A, CTRL)
    qtbot.mouseClick(editors[2].viewport(), Qt.MouseButton.LeftButton, pos=QtCore.QPoint(5, 5))
    assert not tab.whole_selected
    assert all(not text for text in _selected(tab))
    type_text(editors[2], "Z")  # typing acts in the section clicked, as always
    assert "Z" in editors[2].toPlainText()


def test_the_menus_select_all_takes_the_whole_nota(tab, qtbot):
    tab.load(_nota(sections=2))
    editor = _shown(tab, SectionEditor)[1]
    menu = editor.spelling_menu(QtCore.QPoint(5, 5))
    select_all = next(a for a in menu.actions() if a.text().replace("&", "").startswith("Select"))
    select_all.trigger()
    assert tab.whole_selected
    menu.deleteLater()
    menu = editor.spelling_menu(QtCore.QPoint(5, 5))
    labels = {a.text().replace("&", "").split("\t")[0]: a for a in menu.actions() if a.text()}
    assert not labels["Paste"].isEnabled() and not labels["Cut"].isEnabled()
    labels["Copy"].trigger()
    assert "Deel 1" in QtWidgets.QApplication.clipboard().text()
    assert "Deel 2" in QtWidgets.QApplication.clipboard().text()


def test_ctrl_c_copies_a_selection_and_never_types_over_it(tab, qtbot):
    tab.load(_nota(sections=1))
    editor = _shown(tab, SectionEditor)[0]
    editor.setFocus()
    before = editor.toPlainText()
    cursor = editor.textCursor()
    cursor.setPosition(0)
    cursor.movePosition(
        QtGui.QTextCursor.MoveOperation.EndOfWord, QtGui.QTextCursor.MoveMode.KeepAnchor
    )
    editor.setTextCursor(cursor)
    qtbot.keyClick(editor, Qt.Key.Key_C, CTRL)  # the test's key event carries the text "c"
    assert editor.toPlainText() == before
    assert QtWidgets.QApplication.clipboard().text() == "Tekst"
