"""New from template, Save as template and Duplicate draft in the window."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from notadesk.gui.dialogs import templates as template_dialogs
from notadesk.gui.dialogs.templates import TemplateDialog
from notadesk.gui.qt import Qt
from tests.gui.window_fixtures import errors, host, window

__all__ = ["errors", "host", "window"]


def test_new_from_a_template_chosen_in_its_dialog(window, qtbot, monkeypatch):
    def choose(parent, found, problems):
        dialog = TemplateDialog(found, problems, parent)
        qtbot.addWidget(dialog)
        texts = [dialog.list.item(i).text() for i in range(dialog.list.count())]
        row = next(i for i, t in enumerate(texts) if t.startswith("Kabinetsreactie"))
        dialog.list.setCurrentRow(row)
        return dialog.chosen()

    monkeypatch.setattr(template_dialogs, "choose_template", choose)
    window.template_action.trigger()
    editor = window.editor
    assert editor.draft is not None
    nota = editor.current_nota()
    assert [s.title for s in nota.sections][:2] == ["Aanleiding", "Geadviseerd besluit"]
    assert [e.name for e in nota.routing.via] == ["SG", "DGPZ"]
    assert editor.tabs.currentWidget() is editor.details
    assert window.drafts.model.rowCount() == 1


def test_save_as_template_then_duplicate(window, qtbot, monkeypatch):
    qtbot.mouseClick(window.welcome.example_button, Qt.MouseButton.LeftButton)
    original = window.editor.draft
    monkeypatch.setattr(template_dialogs, "ask_template_name", lambda _p, _s: "Evaluatie DSH")
    window.save_template_action.trigger()
    folder = window.store.path.parent / "templates"
    assert [p.name for p in folder.glob("*.json")] == ["evaluatie-dsh.json"]
    offered: list[str] = []

    def choose(parent, found, problems):
        offered.extend(t.name for t in found if t.own)
        return None  # cancelled: nothing made

    monkeypatch.setattr(template_dialogs, "choose_template", choose)
    window.template_action.trigger()
    assert offered == ["Evaluatie DSH"]
    assert window.drafts.model.rowCount() == 1

    window.duplicate_action.trigger()
    copy = window.editor.draft
    assert copy.id != original.id
    assert window.drafts.model.rowCount() == 2
    assert copy.nota.reference and copy.nota.reference != original.nota.reference
    assert copy.nota.sections == original.nota.sections
    assert copy.nota.status == "concept"
