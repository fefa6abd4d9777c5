"""Findings reorder, commitment links, history restore, readiness and conflicts, in the window."""

from __future__ import annotations

from notadesk.core.editing import renumber_findings
from notadesk.core.storage.store import DraftStore
from notadesk.gui.dialogs import conflict
from notadesk.gui.editor import editor as editor_module
from notadesk.gui.editor import history_tab
from notadesk.gui.editor.findings_tab import MIME, TEXT
from notadesk.gui.qt import Qt, QtCore, QtWidgets
from tests.gui.window_fixtures import errors, host, type_into_cell, type_text, window

__all__ = ["errors", "host", "window"]
LEFT = Qt.MouseButton.LeftButton


def _open_example(window, qtbot):
    qtbot.mouseClick(window.welcome.example_button, LEFT)
    assert window.editor.draft is not None
    return window.editor


def _stored(data_dir, draft_id):
    store = DraftStore.open(data_dir)
    try:
        return store.get(draft_id)
    finally:
        store.close()


def test_reorder_findings_by_buttons_and_drag(window, qtbot, data_dir):
    editor = _open_example(window, qtbot)
    tab = editor.findings
    editor.tabs.setCurrentWidget(tab)
    before = [f.id for f in tab.model.findings]

    tab.view.setCurrentIndex(tab.model.index(2, TEXT))
    qtbot.mouseClick(tab.up_button, LEFT)
    assert [f.id for f in tab.model.findings][:3] == [before[0], before[2], before[1]]
    assert tab.current_row() == 1
    qtbot.mouseClick(tab.down_button, LEFT)
    qtbot.mouseClick(tab.down_button, LEFT)
    assert [f.id for f in tab.model.findings][:4] == [before[0], before[1], before[3], before[2]]

    # a drag of the first row onto the end goes through the model's drop handling
    data = tab.model.mimeData([tab.model.index(0, TEXT)])
    assert data.hasFormat(MIME)
    tab.model.dropMimeData(data, Qt.DropAction.MoveAction, len(before), 0, QtCore.QModelIndex())
    assert tab.model.findings[-1].id == before[0]

    qtbot.mouseClick(tab.renumber_button, LEFT)
    assert [f.number for f in tab.model.findings] == list(range(1, len(before) + 1))
    assert editor.save_now()
    stored = _stored(data_dir, editor.draft.id).nota
    assert [f.id for f in stored.findings] == [f.id for f in tab.model.findings]
    assert [f.number for f in stored.findings] == list(range(1, len(before) + 1))


def test_link_a_commitment_to_a_new_finding(window, qtbot, data_dir):
    qtbot.mouseClick(window.welcome.new_button, LEFT)
    editor = window.editor
    findings = editor.findings
    editor.tabs.setCurrentWidget(findings)
    for text in ("Eerste bevinding", "Tweede bevinding"):
        qtbot.mouseClick(findings.add_button, LEFT)
        type_into_cell(
            qtbot, findings.view, findings.model.index(findings.current_row(), TEXT), text
        )
    commitments = editor.commitments
    editor.tabs.setCurrentWidget(commitments)
    assert not commitments.form.isEnabled()  # no commitment selected yet
    qtbot.mouseClick(commitments.add_button, LEFT)
    assert commitments.findings_list.count() == 2
    type_text(commitments.text, "Iets toezeggen")
    item = commitments.findings_list.item(1)
    rect = commitments.findings_list.visualItemRect(item)
    qtbot.mouseClick(
        commitments.findings_list.viewport(),
        LEFT,
        pos=QtCore.QPoint(rect.left() + 8, rect.center().y()),
    )
    assert commitments.table.item(0, 1).text() == "2"
    assert editor.save_now()
    stored = _stored(data_dir, editor.draft.id).nota
    assert stored.commitments[0].text == "Iets toezeggen"
    assert stored.commitments[0].finding_ids == [stored.findings[1].id]


def test_restore_a_revision(window, qtbot, data_dir, monkeypatch):
    editor = _open_example(window, qtbot)
    original = editor.details.subject.text()
    editor.details.subject.setFocus()
    editor.details.subject.selectAll()
    type_text(editor.details.subject, "Gewijzigd onderwerp")
    assert editor.save_now()
    assert editor.draft.revision == 2

    asked: list[str] = []
    monkeypatch.setattr(history_tab, "confirm", lambda _p, _t, q: asked.append(q) or True)
    shown: list[str] = []
    monkeypatch.setattr(history_tab, "show_text", lambda _p, title, text: shown.append(text))
    editor.tabs.setCurrentWidget(editor.history)
    assert [r.number for r in editor.history.revisions] == [2, 1]

    editor.history.select_numbers([1, 2])
    qtbot.mouseClick(editor.history.compare_button, LEFT)
    assert editor.history.redline_numbers == (1, 2)
    redline = editor.history.redline.toPlainText()
    assert "Onderwerp: " + original + "Gewijzigd onderwerp" in redline
    assert "1 to 2" in editor.history.redline_title.text()

    editor.history.select_numbers([1])
    qtbot.mouseClick(editor.history.view_button, LEFT)
    assert "Onderwerp: " + original in shown[-1]

    qtbot.mouseClick(editor.history.restore_button, LEFT)
    assert asked, "a restore asks first"
    assert editor.details.subject.text() == original
    stored = _stored(data_dir, editor.draft.id)
    assert stored.revision == 3
    assert stored.nota.subject == original
    assert editor.history.revisions[0].origin == "restore"


def test_definitief_is_refused_until_ready_and_a_problem_jumps_to_its_field(
    window, qtbot, data_dir, monkeypatch
):
    qtbot.mouseClick(window.welcome.new_button, LEFT)
    editor = window.editor
    seen: list[list[str]] = []

    def fake_dialog(_parent, problems, _status):
        seen.append([p.field for p in problems])
        return "routing.to"

    monkeypatch.setattr(editor_module, "show_readiness", fake_dialog)
    editor.tabs.setCurrentWidget(editor.findings)
    combo = editor.details.status_combo
    combo.setCurrentIndex(combo.findData("definitief"))
    assert seen and "subject" in seen[0] and "routing.to" in seen[0]
    assert combo.currentData() == "concept", "the refused status is taken back"
    assert editor.tabs.currentWidget() is editor.details
    assert editor.details.routing["to"].table.hasFocus()
    assert editor.save_now()
    assert _stored(data_dir, editor.draft.id).nota.status == "concept"

    # once the subject and Aan are filled in, definitief is accepted and stored
    type_text(editor.details.subject, "Klaar voor definitief")
    editor.details.routing["to"].set_entries([])
    qtbot.mouseClick(editor.details.routing["to"].add_button, LEFT)
    type_into_cell(
        qtbot,
        editor.details.routing["to"].table,
        editor.details.routing["to"].table.model().index(0, 0),
        "M",
    )
    seen.clear()
    combo.setCurrentIndex(combo.findData("definitief"))
    assert seen == []
    assert editor.save_now()
    assert _stored(data_dir, editor.draft.id).nota.status == "definitief"


def test_readiness_check_menu_lists_the_core_problems(window, qtbot, monkeypatch):
    editor = _open_example(window, qtbot)
    seen: list[list[str]] = []
    monkeypatch.setattr(
        editor_module, "show_readiness", lambda _p, problems, _s: seen.append(problems) or None
    )
    window.check_action.trigger()
    assert seen == [[]], "the example nota is ready"
    # break the numbering: the check names the finding
    editor.findings.model.findings[1].number = 7
    window.check_action.trigger()
    assert any(p.field.startswith("findings[") for p in seen[-1])


def test_conflict_keep_mine_as_a_copy(window, qtbot, data_dir, monkeypatch):
    editor = _open_example(window, qtbot)
    draft_id = editor.draft.id
    other = DraftStore.open(data_dir)  # someone else saves the same draft in between
    theirs = other.get(draft_id).nota
    theirs.subject = "Hun versie"
    other.save(draft_id, theirs, base_revision=1)
    other.close()

    monkeypatch.setattr(editor_module, "ask_conflict", lambda _p, _m: conflict.KEEP_COPY)
    editor.details.subject.selectAll()
    type_text(editor.details.subject, "Mijn versie")
    assert editor.save_now()
    assert editor.draft.id != draft_id
    assert editor.draft.conflict_of == draft_id
    assert editor.banner.isVisibleTo(window)
    assert _stored(data_dir, draft_id).nota.subject == "Hun versie"
    assert _stored(data_dir, editor.draft.id).nota.subject == "Mijn versie"
    subjects = [window.drafts.model.data(window.drafts.model.index(r, 0)) for r in range(2)]
    assert any("conflict copy" in s for s in subjects)


def test_conflict_reload_theirs(window, qtbot, data_dir, monkeypatch):
    editor = _open_example(window, qtbot)
    draft_id = editor.draft.id
    other = DraftStore.open(data_dir)
    theirs = other.get(draft_id).nota
    theirs.subject = "Hun versie"
    other.save(draft_id, theirs, base_revision=1)
    other.close()
    monkeypatch.setattr(editor_module, "ask_conflict", lambda _p, _m: conflict.RELOAD)
    editor.details.subject.selectAll()
    type_text(editor.details.subject, "Mijn versie")
    assert editor.save_now()
    assert editor.draft.id == draft_id and editor.draft.revision == 2
    assert editor.details.subject.text() == "Hun versie"


def test_renumber_helper_numbers_in_order():
    from notadesk.core.examples import example_nota

    nota = example_nota()
    nota.findings.reverse()
    renumber_findings(nota.findings)
    assert [f.number for f in nota.findings] == list(range(1, len(nota.findings) + 1))


def test_ctrl_s_keeps_a_half_typed_cell(window, qtbot, data_dir):
    editor = _open_example(window, qtbot)
    tab = editor.findings
    editor.tabs.setCurrentWidget(tab)
    index = tab.model.index(0, TEXT)
    tab.view.setCurrentIndex(index)
    tab.view.edit(index)
    cell = QtWidgets.QApplication.focusWidget()
    assert isinstance(cell, QtWidgets.QLineEdit)
    cell.selectAll()
    type_text(cell, "Nog niet met Enter bevestigd")
    window.save_action.trigger()
    assert (
        _stored(data_dir, editor.draft.id).nota.findings[0].text == "Nog niet met Enter bevestigd"
    )
