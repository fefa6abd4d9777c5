"""Spelling in the Text tab: red underline, suggestions on right-click, the workstation's words."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from notadesk.core.model.nota import Nota, Paragraph, Run, Section
from notadesk.gui.qt import QtGui
from tests.gui.window_fixtures import errors, host, window

__all__ = ["errors", "host", "window"]

TEXT = "Het kabinet onderschrijft de bevindngen van de evaluatie."


def _underlined(text) -> list[str]:
    text.refresh_spelling()
    return [
        s.cursor.selectedText()
        for s in text.extraSelections()
        if s.format.underlineStyle() == QtGui.QTextCharFormat.UnderlineStyle.SpellCheckUnderline
    ]


@pytest.fixture
def editor(window, qtbot):
    nota = Nota(subject="Spelling", sections=[Section("Kernpunten", [Paragraph([Run(TEXT)])])])
    draft = window.store.create(nota)
    editor = window.editor
    editor.open_draft(draft)
    editor.tabs.setCurrentWidget(editor.text_page)  # the dictionary loads now
    assert editor.spelling.wait_until_ready()
    qtbot.waitUntil(lambda: bool(_underlined(editor.text.editor)), timeout=10_000)
    return editor


def test_an_unknown_word_is_underlined_in_red_and_nothing_is_marked_changed(editor):
    assert _underlined(editor.text.editor) == ["bevindngen"]
    assert editor.text.editor.misspelled_words() == ["bevindngen"]
    assert not editor.dirty  # underlining is drawn, not typed: nothing to save
    assert editor.current_nota().sections[0].blocks == [Paragraph([Run(TEXT)])]


def test_right_click_offers_suggestions_and_replaces_the_word(editor, qtbot):
    text = editor.text.editor
    cursor = text.textCursor()
    cursor.setPosition(TEXT.index("bevindngen") + 3)
    point = text.cursorRect(cursor).center()
    menu = text.spelling_menu(point)
    labels = [a.text() for a in menu.actions()]
    assert labels[0] == "bevindingen"
    assert any("dictionary" in label for label in labels)
    assert any("Copy" in label or "Kopiëren" in label for label in labels)  # the usual ones too
    menu.actions()[0].trigger()
    assert text.document().toPlainText() == TEXT.replace("bevindngen", "bevindingen")
    qtbot.waitUntil(lambda: _underlined(text) == [], timeout=5000)
    assert editor.dirty  # a real edit, saved like typing
    text.undo()  # one undo step brings the word back
    assert "bevindngen" in text.document().toPlainText()


def test_adding_a_word_to_the_workstation_dictionary(editor, window, qtbot):
    text = editor.text.editor
    cursor = text.textCursor()
    cursor.setPosition(TEXT.index("bevindngen"))
    menu = text.spelling_menu(text.cursorRect(cursor).center())
    (add,) = [a for a in menu.actions() if "dictionary" in a.text()]
    add.trigger()
    qtbot.waitUntil(lambda: _underlined(text) == [], timeout=5000)
    words = window.store.path.parent / "dictionary.txt"
    assert words.read_text(encoding="utf-8") == "bevindngen\n"


def test_spelling_can_be_switched_off_and_to_english(editor, window, qtbot):
    text = editor.text.editor
    window.spelling_actions["off"].trigger()
    qtbot.waitUntil(lambda: _underlined(text) == [], timeout=5000)
    window.spelling_actions["en"].trigger()
    assert editor.spelling.wait_until_ready()
    qtbot.waitUntil(lambda: len(_underlined(text)) >= 4, timeout=10_000)
    assert window.settings.value("spelling/language") == "en"
