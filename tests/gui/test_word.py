"""File › Import Word document… and Export as Word document… in the real window."""

from __future__ import annotations

import io

import docx

from notadesk.core.render.register import register_entries
from notadesk.gui import word
from notadesk.gui.qt import Qt, QtWidgets
from tests.core.interchange.docx_builders import PNG_1PX, new_document, to_bytes
from tests.gui.window_fixtures import errors, host, window

__all__ = ["errors", "host", "window"]
LEFT = Qt.MouseButton.LeftButton


def _contribution(tmp_path):
    doc = new_document()
    doc.add_paragraph("Bijdrage DGPZ", style="Title")
    doc.add_paragraph("Vooraf.")
    doc.add_heading("Analyse", 1)
    doc.add_paragraph("een", style="List Number")
    doc.add_paragraph("Met plaatje: ").add_run().add_picture(io.BytesIO(PNG_1PX))
    path = tmp_path / "bijdrage.docx"
    path.write_bytes(to_bytes(doc))
    return path


def test_the_report_is_shown_before_anything_changes_and_cancel_keeps_all(
    window, qtbot, tmp_path, monkeypatch
):
    path = _contribution(tmp_path)
    monkeypatch.setattr(word, "choose_docx_to_import", lambda _p: path)
    seen: list[list[str]] = []

    def cancel(_parent, name, report, draft_title, section_title):
        seen.append(word.report_lines(report))
        assert window.store.list() == []  # nothing stored while the person reads the report
        return None

    monkeypatch.setattr(word, "ask_import", cancel)
    window.word.import_action.trigger()
    (lines,) = seen
    assert lines[0] == "Sections: 1, paragraphs: 2, list items: 1, tables: 0."
    assert lines[1].startswith("Images and drawings: not imported — 1 (“Met plaatje:”")
    assert window.store.list() == []


def test_import_as_a_new_draft_opens_it(window, qtbot, tmp_path, monkeypatch):
    path = _contribution(tmp_path)
    monkeypatch.setattr(word, "choose_docx_to_import", lambda _p: path)
    monkeypatch.setattr(word, "ask_import", lambda *_a: word.NEW)
    window.word.import_action.trigger()
    draft = window.editor.draft
    assert draft is not None and draft.nota.subject == "Bijdrage DGPZ"
    assert [s.title for s in draft.nota.sections] == ["bijdrage", "Analyse"]
    assert window.editor.details.subject.text() == "Bijdrage DGPZ"


def test_import_into_the_section_at_the_cursor_and_undo_it_in_one_step(
    window, qtbot, tmp_path, monkeypatch
):
    path = _contribution(tmp_path)
    qtbot.mouseClick(window.welcome.example_button, LEFT)
    before = window.editor.draft
    tab = window.editor.text
    tab.tree.setCurrentItem(tab.tree.topLevelItem(2))
    titles: list[str | None] = []

    def into_section(_parent, _name, _report, _draft_title, section_title):
        titles.append(section_title)
        return word.SECTION

    monkeypatch.setattr(word, "choose_docx_to_import", lambda _p: path)
    monkeypatch.setattr(word, "ask_import", into_section)
    window.word.import_action.trigger()
    assert titles == [before.nota.sections[2].title]
    after = window.editor.draft
    assert after.revision == before.revision + 1
    target = after.nota.sections[2]
    assert target.subsections[-1].title == "Analyse"
    assert "".join(r.text for r in target.blocks[-1].runs) == "Vooraf."
    window.undo_action.trigger()
    undone = window.editor.draft
    assert undone.nota == before.nota and undone.revision == after.revision + 1
    # a second undo is an ordinary undo again: nothing more is taken back
    window.undo_action.trigger()
    assert window.editor.draft.nota == before.nota


def test_a_bad_file_is_one_sentence_and_nothing_changes(
    window, qtbot, tmp_path, monkeypatch, errors
):
    path = tmp_path / "kapot.docx"
    path.write_bytes(b"PK\x03\x04 kapot")
    monkeypatch.setattr(word, "choose_docx_to_import", lambda _p: path)
    monkeypatch.setattr(word, "ask_import", lambda *_a: word.NEW)
    window.word.import_action.trigger()
    assert len(errors) == 1 and "kapot.docx is damaged" in errors[0]
    assert window.store.list() == []


def test_export_as_word_document_writes_and_registers(window, qtbot, tmp_path, monkeypatch):
    import datetime as dt

    from notadesk.core.examples import example_nota

    nota = example_nota()
    nota.classification.level = "nl.stg-confidentieel"
    nota.classification.until = dt.date(2030, 1, 1)
    draft = window.store.create(nota)
    window.drafts.reload()
    window.open_draft(draft.id)
    target = tmp_path / "uit.docx"
    monkeypatch.setattr(word, "choose_docx_target", lambda _p, _n: (target, False))
    window.word.export_action.trigger()
    document = docx.Document(str(target))
    assert nota.subject in [p.text for p in document.paragraphs]
    assert "Stg. CONFIDENTIEEL" in document.sections[0].header.paragraphs[0].text
    (entry,) = register_entries(window.store, draft.id)
    assert "Word" in entry.note


def test_the_dialog_offers_only_the_places_that_exist(qtbot):
    from notadesk.core.interchange.incoming import ConversionReport

    report = ConversionReport(sections=1)
    report.note("comment", "“x”")
    dialog = word.ImportDialog(None, "a.docx", report, None, None)
    qtbot.addWidget(dialog)
    assert dialog.new_button.isChecked() and dialog.choice() == word.NEW
    assert not dialog.sections_button.isEnabled() and not dialog.section_button.isEnabled()
    assert dialog.notes.count() == 1
    with_section = word.ImportDialog(None, "a.docx", ConversionReport(), "Nota", "Kernpunten")
    qtbot.addWidget(with_section)
    assert with_section.choice() == word.SECTION
    assert with_section.notes.item(0).text() == "Everything comes over as it is."
    assert isinstance(with_section.import_button, QtWidgets.QPushButton)
