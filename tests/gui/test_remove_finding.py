"""Removing a finding that commitments answer names them and asks first."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from notadesk.gui.editor import editor as editor_module
from notadesk.gui.editor.findings_tab import TEXT
from notadesk.gui.qt import Qt
from tests.gui.window_fixtures import errors, host, window

__all__ = ["errors", "host", "window"]


def _open(window, qtbot):
    qtbot.mouseClick(window.welcome.example_button, Qt.MouseButton.LeftButton)
    editor = window.editor
    editor.tabs.setCurrentWidget(editor.findings)
    return editor


def test_a_finding_commitments_answer_is_not_removed_without_asking(window, qtbot, monkeypatch):
    editor = _open(window, qtbot)
    nota = editor.current_nota()
    first = nota.findings[0]
    answering = [c for c in nota.commitments if first.id in c.finding_ids]
    assert len(answering) == 2  # the reference answers finding 1 twice
    asked: list[tuple[int, list[str]]] = []

    def refuse(_parent, number, commitments):
        asked.append((number, commitments))
        return False

    monkeypatch.setattr(editor_module, "confirm_finding_removal", refuse)
    tab = editor.findings
    tab.view.setCurrentIndex(tab.model.index(0, TEXT))
    qtbot.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)
    (number, names) = asked[0]
    assert number == first.number and len(names) == 2
    assert answering[0].text.split()[0] in names[0]
    assert editor.current_nota().findings[0].id == first.id  # still there

    monkeypatch.setattr(editor_module, "confirm_finding_removal", lambda *_a: True)
    qtbot.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)
    after = editor.current_nota()
    assert first.id not in {f.id for f in after.findings}
    assert all(first.id not in c.finding_ids for c in after.commitments)  # no "?" left behind


def test_a_finding_nothing_answers_goes_without_a_question(window, qtbot, monkeypatch):
    editor = _open(window, qtbot)
    nota = editor.current_nota()
    answered = {i for c in nota.commitments for i in c.finding_ids}
    row = next(i for i, f in enumerate(nota.findings) if f.id not in answered)
    monkeypatch.setattr(
        editor_module, "confirm_finding_removal", lambda *_a: pytest.fail("asked needlessly")
    )
    tab = editor.findings
    tab.view.setCurrentIndex(tab.model.index(row, TEXT))
    qtbot.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)
    assert len(editor.current_nota().findings) == len(nota.findings) - 1
