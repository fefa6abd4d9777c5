"""Type the reference nota's details, findings and commitments into the window, restart, compare."""

from __future__ import annotations

import datetime as dt

from notadesk.core.examples import example_nota
from notadesk.core.model.nota import Nota, RoutingEntry
from notadesk.core.storage.store import DraftStore
from notadesk.gui.app import WindowHost
from notadesk.gui.editor import attachments_tab
from notadesk.gui.editor.findings_tab import COMMENT, GROUP, MAIN, NUMBER, POSITION, TEXT
from notadesk.gui.editor.routing import NAME, PERSONAL, RoutingListEditor
from notadesk.gui.qt import Qt, QtCore
from notadesk.gui.widgets import OptionalDateEdit
from tests.gui.window_fixtures import (
    errors,
    host,
    pick_in_cell,
    type_into_cell,
    type_text,
    window,
)

__all__ = ["errors", "host", "window"]
LEFT = Qt.MouseButton.LeftButton


def _type_line(qtbot, edit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    type_text(edit, text)


def _set_date(qtbot, widget: OptionalDateEdit, value: dt.date | None) -> None:
    if value is None:
        return
    qtbot.mouseClick(widget.check, LEFT)
    assert widget.edit.isEnabled()
    widget.edit.setDate(QtCore.QDate(value.year, value.month, value.day))


def _fill_routing(qtbot, editor: RoutingListEditor, entries: list[RoutingEntry]) -> None:
    for i, entry in enumerate(entries):
        qtbot.mouseClick(editor.add_button, LEFT)
        type_into_cell(qtbot, editor.table, editor.table.model().index(i, NAME), entry.name)
        if entry.personal_data:
            editor.table.setCurrentCell(i, PERSONAL)
            qtbot.keyClick(editor.table, Qt.Key.Key_Space)
        combo = editor.table.cellWidget(i, 2)
        combo.setCurrentIndex(combo.findData(entry.woo_ground))


def _select(combo, value: object) -> None:
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


def _without_ids(nota: Nota) -> tuple:
    numbers = {f.id: f.number for f in nota.findings}
    findings = [(f.number, f.text, f.main, f.group, f.position, f.comment) for f in nota.findings]
    commitments = [
        (c.text, [numbers[i] for i in c.finding_ids], c.owner, c.due, c.status)
        for c in nota.commitments
    ]
    return findings, commitments


def test_type_the_reference_nota_then_restart(window, qtbot, data_dir, tmp_path, monkeypatch):
    ref = example_nota()
    ref.classification.level = "nl.dep-vertrouwelijk"  # exercise the classification fields too
    ref.classification.proposed_by = "DSH/VV"
    ref.classification.set_by = "DGPZ"
    ref.classification.until = dt.date(2032, 9, 23)
    ref.classification.end_event = "na verzending aan de Kamer"
    ref.routing.cc = [RoutingEntry("DEF", False, None), RoutingEntry("J&V", False, None)]
    ref.routing.agreed_with = [RoutingEntry("IOB", False, None)]
    ref.commitments[0].owner = "Defensie"
    ref.commitments[0].due = dt.date(2023, 3, 1)
    ref.commitments[0].status = "in-uitvoering"
    ref.findings[3].comment = "Zie ook de beleidsreactie."

    qtbot.mouseClick(window.welcome.new_button, LEFT)
    editor = window.editor
    assert editor.draft is not None
    details = editor.details

    # Details: every field, by typing and clicking
    _select(details.type_combo, ref.type)
    _type_line(qtbot, details.subject, ref.subject)
    details.date.set_value(None)
    _set_date(qtbot, details.date, ref.date)
    _type_line(qtbot, details.reference, ref.reference)
    _type_line(qtbot, details.due_text, ref.deadlines.due.text)
    _set_date(qtbot, details.due_date, ref.deadlines.due.date)
    _set_date(qtbot, details.parliament, ref.deadlines.parliament)
    _set_date(qtbot, details.received, ref.deadlines.received)
    _select(details.level_combo, ref.classification.level)
    _type_line(qtbot, details.proposed_by, ref.classification.proposed_by)
    _type_line(qtbot, details.set_by, ref.classification.set_by)
    _set_date(qtbot, details.until, ref.classification.until)
    _type_line(qtbot, details.end_event, ref.classification.end_event)
    for role in ("to", "from", "via", "cc", "agreed_with"):
        _fill_routing(qtbot, details.routing[role], ref.routing.entries(role))
    _fill_routing(qtbot, details.drafted_by, ref.drafted_by)

    # Findings: add each, type the number, text, group and comment, pick main and position
    findings = editor.findings
    editor.tabs.setCurrentWidget(findings)
    model = findings.model
    for row, f in enumerate(ref.findings):
        qtbot.mouseClick(findings.add_button, LEFT)
        type_into_cell(qtbot, findings.view, model.index(row, TEXT), f.text)
        type_into_cell(qtbot, findings.view, model.index(row, NUMBER), str(f.number))
        if f.main:
            findings.view.setCurrentIndex(model.index(row, MAIN))
            qtbot.keyClick(findings.view, Qt.Key.Key_Space)
        pick_in_cell(qtbot, findings.view, model.index(row, GROUP), text=f.group)
        pick_in_cell(qtbot, findings.view, model.index(row, POSITION), data=f.position)
        if f.comment:
            type_into_cell(qtbot, findings.view, model.index(row, COMMENT), f.comment)

    # Commitments: add each, type its text and owner, tick its finding(s), date and status
    commitments = editor.commitments
    editor.tabs.setCurrentWidget(commitments)
    by_id = {f.id: f.number for f in ref.findings}
    for c in ref.commitments:
        qtbot.mouseClick(commitments.add_button, LEFT)
        type_text(commitments.text, c.text)
        wanted = {by_id[i] for i in c.finding_ids}
        for i in range(commitments.findings_list.count()):
            item = commitments.findings_list.item(i)
            if item.text().split(".")[0] in {str(n) for n in wanted}:
                rect = commitments.findings_list.visualItemRect(item)
                commitments.findings_list.scrollToItem(item)
                rect = commitments.findings_list.visualItemRect(item)
                qtbot.mouseClick(
                    commitments.findings_list.viewport(),
                    LEFT,
                    pos=QtCore.QPoint(rect.left() + 8, rect.center().y()),
                )
        _type_line(qtbot, commitments.owner, c.owner)
        _set_date(qtbot, commitments.due, c.due)
        _select(commitments.status, c.status)

    # Attachments: a file and a title
    attachment = tmp_path / "IOB-eindevaluatie.pdf"
    attachment.write_bytes(b"%PDF-1.4 stand-in")
    monkeypatch.setattr(attachments_tab, "choose_file_to_add", lambda _parent: attachment)
    tab = editor.attachments
    editor.tabs.setCurrentWidget(tab)
    qtbot.mouseClick(tab.add_button, LEFT)
    type_into_cell(qtbot, tab.table, tab.table.model().index(0, 0), ref.attachments[0].title)

    # autosave happens about a second after the last edit
    assert window.save_state.text().startswith("Unsaved")
    qtbot.waitUntil(lambda: editor.state == "saved" and not editor.dirty, timeout=5000)
    assert window.save_state.text().startswith("All changes saved")
    draft_id = editor.draft.id

    # close the window and start again: the draft reopens and the database has every field
    window.close()
    window.host_closed = True
    store = DraftStore.open(data_dir)
    stored = store.get(draft_id).nota
    store.close()
    host2 = WindowHost(data_dir)
    try:
        win2 = host2.show_window()
        qtbot.addWidget(win2)
        assert win2.editor.draft is not None and win2.editor.draft.id == draft_id
        shown = win2.editor.current_nota()
    finally:
        host2.close()

    for nota in (stored, shown):
        assert nota.type == ref.type
        assert nota.subject == ref.subject
        assert nota.date == ref.date
        assert nota.reference == ref.reference
        assert nota.deadlines == ref.deadlines
        assert nota.classification == ref.classification
        assert nota.routing == ref.routing
        assert nota.drafted_by == ref.drafted_by
        assert _without_ids(nota) == _without_ids(ref)
        assert [a.title for a in nota.attachments] == [ref.attachments[0].title]
        assert nota.attachments[0].file is not None
        assert nota.attachments[0].file.name == "IOB-eindevaluatie.pdf"


def test_undo_in_a_text_field(window, qtbot):
    qtbot.mouseClick(window.welcome.new_button, LEFT)
    subject = window.editor.details.subject
    subject.setFocus()
    qtbot.keyClicks(subject, "Eerste")
    qtbot.keyClicks(subject, " tweede")
    window.undo()
    assert subject.text() != "Eerste tweede"
    window.redo()
    assert subject.text() == "Eerste tweede"
