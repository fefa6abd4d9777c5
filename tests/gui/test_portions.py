"""A portion above the nota's marking in the window: refused, and the roll-up is offered."""

from __future__ import annotations

import datetime as dt

import pytest

from notadesk.core.examples import example_nota
from notadesk.core.storage.store import DraftStore
from notadesk.gui.editor import editor as editor_module
from tests.gui.window_fixtures import errors, host, window

__all__ = ["errors", "host", "window"]


@pytest.fixture
def nato_draft(data_dir):
    nota = example_nota()
    nota.classification.level = "nato.secret"
    nota.classification.until = dt.date(2031, 1, 1)
    nota.classification.set_by = "Hoofd DVB"
    nota.findings[9].portion = "nato.secret"
    store = DraftStore.open(data_dir)
    try:
        return store.create(nota).id
    finally:
        store.close()


def _open_new(window, data_dir, nota) -> str:
    """Store a nota as a new draft and open it in the window; return its id."""
    store = DraftStore.open(data_dir)
    try:
        draft_id = store.create(nota).id
    finally:
        store.close()
    window.open_draft(draft_id)
    return draft_id


def _stored_level(data_dir, draft_id):
    store = DraftStore.open(data_dir)
    try:
        draft = store.get(draft_id)
        return draft.nota.classification.level, draft.revision
    finally:
        store.close()


@pytest.mark.parametrize("accept", [True, False])
def test_lowering_below_a_portion_offers_the_roll_up(
    window, data_dir, nato_draft, monkeypatch, accept
):
    asked: list[tuple[str, str, str]] = []

    def fake_offer(_parent, portion, marking, target):
        asked.append((portion, marking, target))
        return accept

    monkeypatch.setattr(editor_module, "offer_roll_up", fake_offer)
    window.open_draft(nato_draft)
    editor = window.editor
    combo = editor.details.level_combo
    combo.setCurrentIndex(combo.findData("nato.restricted"))
    editor.details.subject.setText("Herzien onderwerp")
    saved = editor.save_now()
    assert asked == [("NATO Secret", "NATO Restricted", "NATO Secret")]
    level, revision = _stored_level(data_dir, nato_draft)
    if accept:
        assert saved and level == "nato.secret" and revision == 2
        assert combo.currentData() == "nato.secret"
        assert editor.draft.nota.findings[9].portion == "nato.secret"  # kept through the tabs
    else:
        assert not saved and level == "nato.secret" and revision == 1
        assert editor.dirty  # nothing typed is lost
        combo.setCurrentIndex(combo.findData("nato.secret"))  # the person raises it after all
        assert editor.save_now() and not editor.dirty


def test_the_text_tab_keeps_portions_of_paragraphs_and_items(window, data_dir):
    from notadesk.core.model.nota import BulletList, ListItem, Paragraph, Run, Section

    nota = example_nota()
    nota.classification.level = "nato.secret"
    nota.classification.until = dt.date(2031, 1, 1)
    nota.sections.append(
        Section(
            title="Gemarkeerd",
            blocks=[
                Paragraph(runs=[Run(text="Alinea NC.")], portion="nato.confidential"),
                Paragraph(runs=[Run(text="Alinea zonder eigen markering.")]),
                BulletList(
                    items=[ListItem(runs=[Run(text="Punt NR.")], portion="nato.restricted")]
                ),
            ],
        )
    )
    draft_id = _open_new(window, data_dir, nota)
    editor = window.editor
    editor.details.subject.setText("Onderwerp gewijzigd")
    assert editor.save_now()
    store = DraftStore.open(data_dir)
    try:
        saved = store.get(draft_id).nota
    finally:
        store.close()
    blocks = saved.sections[-1].blocks
    assert [getattr(b, "portion", None) for b in blocks[:2]] == ["nato.confidential", None]
    assert blocks[2].items[0].portion == "nato.restricted"
    assert saved.subject == "Onderwerp gewijzigd"


def _rich_edit_with(window, words: str):
    from notadesk.gui.richtext.editor import RichTextEdit

    for view in window.editor.text.findChildren(RichTextEdit):
        found = view.document().find(words)
        if not found.isNull():
            return view, found
    raise AssertionError(f"{words!r} is not in the Text tab")


def _choose_in_menu(window, level_id):
    menu = window.portions.menu
    menu.aboutToShow.emit()  # filled as when the person opens Format › Portion marking
    (action,) = [a for a in menu.actions() if a.isCheckable() and a.data() == level_id]
    assert action.isEnabled()
    action.trigger()


def test_format_portion_marking_marks_the_item_at_the_cursor_and_it_prints(
    window, qtbot, data_dir, tmp_path, errors
):
    from notadesk.core.render import render_nota
    from notadesk.gui.editor.findings_tab import PORTION
    from tests.core.render.tools import pdftotext

    nota = example_nota()
    nota.classification.level = "nl.stg-confidentieel"
    nota.classification.until = dt.date(2031, 1, 1)
    draft_id = _open_new(window, data_dir, nota)
    editor = window.editor
    editor.tabs.setCurrentWidget(editor._page(editor.text))
    view, found = _rich_edit_with(window, "Eind juni heeft IOB")
    view.setFocus()
    view.setTextCursor(found)
    qtbot.waitUntil(view.hasFocus)
    assert window.portions.label.text() == "Portion: Staatsgeheim confidentieel (the nota's)"
    _choose_in_menu(window, "nl.dep-vertrouwelijk")
    assert window.portions.label.text() == "Portion: Departementaal vertrouwelijk"
    # a finding's marking in its column, a commitment's in its form
    model = editor.findings.model
    assert model.index(9, PORTION).data() == "Staatsgeheim confidentieel (the nota's)"
    assert model.setData(model.index(9, PORTION), "nl.ongerubriceerd")
    editor.commitments.table.setCurrentCell(0, 0)
    combo = editor.commitments.portion
    combo.setCurrentIndex(combo.findData("nl.dep-vertrouwelijk"))
    assert editor.save_now() and errors == []

    store = DraftStore.open(data_dir)
    try:
        saved = store.get(draft_id).nota
    finally:
        store.close()
    items = saved.sections[0].blocks[0].items
    assert [i.portion for i in items] == ["nl.dep-vertrouwelijk", None, None]
    assert saved.findings[9].portion == "nl.ongerubriceerd"
    assert saved.commitments[0].portion == "nl.dep-vertrouwelijk"
    text = " ".join(pdftotext(render_nota(saved).pdf, tmp_path).split())
    assert "(Dep.V) Eind juni heeft IOB" in text
    assert "(Stg.C) De kabinetsreactie dient" in text  # unmarked: the nota's level
    assert "(O) Bevinding 10:" in text and "(Stg.C) Hoofdbevinding 1:" in text

    # back to the nota's own marking: the item carries none of its own again
    view, found = _rich_edit_with(window, "Eind juni heeft IOB")
    view.setFocus()
    view.setTextCursor(found)
    _choose_in_menu(window, None)
    assert editor.save_now()
    store = DraftStore.open(data_dir)
    try:
        assert store.get(draft_id).nota.sections[0].blocks[0].items[0].portion is None
    finally:
        store.close()


def test_a_portion_above_the_nota_chosen_in_the_menu_offers_the_roll_up(
    window, qtbot, data_dir, monkeypatch
):
    asked: list[str] = []
    monkeypatch.setattr(
        editor_module, "offer_roll_up", lambda _p, portion, *_a: asked.append(portion) or True
    )
    window.open_example()
    editor = window.editor
    editor.tabs.setCurrentWidget(editor._page(editor.text))
    view, found = _rich_edit_with(window, "Eind juni heeft IOB")
    view.setFocus()
    view.setTextCursor(found)
    qtbot.waitUntil(view.hasFocus)
    _choose_in_menu(window, "nl.dep-vertrouwelijk")  # the nota is Ongerubriceerd
    assert editor.save_now()
    assert asked == ["Departementaal vertrouwelijk"]
    assert editor.details.level_combo.currentData() == "nl.dep-vertrouwelijk"


def test_a_tables_marking_is_kept_in_its_data_through_the_conversion(qtbot):
    from notadesk.core.model.nota import Paragraph, Run, Table, TableCell, TableRow
    from notadesk.gui.portions import portion_at_cursor, set_portion
    from notadesk.gui.richtext.convert import document_from_blocks, document_to_blocks
    from notadesk.gui.richtext.editor import RichTextEdit
    from notadesk.gui.richtext.objects import SectionDocument

    edit = RichTextEdit()
    qtbot.addWidget(edit)
    edit.setDocument(SectionDocument(lambda: [], edit))  # as the Text tab's sections are
    cell = TableCell(paragraphs=[Paragraph(runs=[Run(text="Cel")])])
    document_from_blocks(
        edit.document(),
        [Paragraph(runs=[Run(text="Ervoor.")]), Table(rows=[TableRow(cells=[cell])])],
    )
    cursor = edit.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    edit.setTextCursor(cursor)  # on the table's line
    assert portion_at_cursor(edit) == (True, None)
    assert set_portion(edit, "nato.confidential")
    assert portion_at_cursor(edit) == (True, "nato.confidential")
    blocks = document_to_blocks(edit.document())
    assert isinstance(blocks[1], Table) and blocks[1].portion == "nato.confidential"
    assert blocks[0].portion is None  # the paragraph before it keeps the nota's
    edit.undo()  # one undo step takes it back
    assert document_to_blocks(edit.document())[1].portion is None


def test_the_marking_column_follows_the_nota_marking_as_chosen(window, qtbot):
    from notadesk.gui.editor.findings_tab import PORTION

    window.open_example()
    editor = window.editor
    model = editor.findings.model
    assert model.index(0, PORTION).data() == "Ongerubriceerd (the nota's)"
    combo = editor.details.level_combo
    combo.setCurrentIndex(combo.findData("nato.secret"))
    assert model.index(0, PORTION).data() == "NATO Secret (the nota's)"
    choices = editor.commitments.portion
    shown = [choices.itemText(i) for i in range(choices.count())]
    assert shown[0] == "NATO Secret (the nota's)" and "NATO Restricted" in shown
    assert "Ongerubriceerd" not in shown
