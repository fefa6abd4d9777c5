"""`notadesk import-docx` and `notadesk export-docx`, as a person at a terminal uses them."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest

from notadesk.core.examples import example_nota
from notadesk.core.render.register import register_entries
from tests.core.interchange.docx_builders import new_document, to_bytes
from tests.helpers import cli_in_process, run_cli


@pytest.fixture
def contribution(tmp_path):
    doc = new_document()
    doc.add_paragraph("Bijdrage DGPZ", style="Title")
    doc.add_heading("Analyse", 1)
    doc.add_paragraph("Eerste alinea.")
    doc.add_paragraph("punt", style="List Number")
    path = tmp_path / "bijdrage DGPZ.docx"
    path.write_bytes(to_bytes(doc))
    return path


def test_import_docx_makes_a_new_draft_and_prints_its_id(capsys, store, contribution):
    result = cli_in_process(capsys, "import-docx", str(contribution))
    assert result.status == 0, result.err
    draft = store.get(result.out.strip())
    assert draft.nota.subject == "Bijdrage DGPZ"
    assert [s.title for s in draft.nota.sections] == ["Analyse"]
    assert "1 section, 1 paragraph, 1 list item and 0 tables came over" in result.err
    assert "(s)" not in result.err


def test_import_docx_into_a_section_is_one_new_revision(capsys, store, contribution):
    draft = store.create(example_nota())
    result = cli_in_process(
        capsys, "import-docx", str(contribution), "--into", draft.nota.reference, "--section", "2"
    )
    assert result.status == 0, result.err
    after = store.get(draft.id)
    assert after.revision == draft.revision + 1
    assert store.history(draft.id)[-1].note == "Word-document geïmporteerd: bijdrage DGPZ"
    assert after.nota.sections[1].subsections[-1].title == "Analyse"
    # one restore takes the whole import back
    store.restore(draft.id, draft.revision)
    assert store.get(draft.id).nota == draft.nota


def test_a_section_that_does_not_exist_changes_nothing(capsys, store, contribution):
    draft = store.create(example_nota())
    result = cli_in_process(
        capsys, "import-docx", str(contribution), "--into", draft.id, "--section", "99"
    )
    assert result.status == 1
    assert "has no section 99" in result.err and "Traceback" not in result.err
    assert store.get(draft.id).revision == draft.revision


def test_dry_run_reports_and_stores_nothing(capsys, store, contribution):
    result = cli_in_process(capsys, "import-docx", str(contribution), "--dry-run")
    assert result.status == 0 and "came over" in result.err and result.out == ""
    assert store.list() == []


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"plain text", "is not a Word document"),
        (b"PK\x03\x04broken", "is damaged"),
    ],
)
def test_bad_files_are_one_sentence_and_store_nothing(capsys, store, tmp_path, content, expected):
    path = tmp_path / "x.docx"
    path.write_bytes(content)
    result = cli_in_process(capsys, "import-docx", str(path))
    assert result.status == 1 and expected in result.err
    assert result.err.startswith("notadesk: ") and result.err.strip().count("\n") == 0
    assert store.list() == []


def test_section_without_into_is_a_usage_error(capsys, contribution):
    result = cli_in_process(capsys, "import-docx", str(contribution), "--section", "1")
    assert result.status == 2 and "--section needs --into" in result.err


def test_export_docx_writes_prints_the_sha256_and_registers_a_classified_copy(tmp_path, data_dir):
    from notadesk.core.storage.store import DraftStore

    nota = example_nota()
    nota.classification.level = "nl.stg-confidentieel"
    nota.classification.until = dt.date(2030, 1, 1)
    with DraftStore.open(data_dir) as s:
        draft = s.create(nota)
    target = tmp_path / "nota.docx"
    result = run_cli("export-docx", draft.nota.reference, "-o", str(target), data_dir=data_dir)
    assert result.status == 0, result.err
    digest, path = result.out.split()
    assert path == str(target) and digest == hashlib.sha256(target.read_bytes()).hexdigest()
    assert "1 entry added to the copy register" in result.err
    with DraftStore.open(data_dir) as s:
        (entry,) = register_entries(s, draft.id)
    assert entry.pdf_sha256 == digest


def test_export_docx_woo_and_import_it_back(capsys, store, tmp_path):
    draft = store.create(example_nota())
    target = tmp_path / "woo.docx"
    result = cli_in_process(capsys, "export-docx", draft.id[:8], "-o", str(target), "--woo")
    assert result.status == 0, result.err
    back = cli_in_process(capsys, "import-docx", str(target))
    assert back.status == 0, back.err
    assert store.get(back.out.strip()).nota.subject == draft.nota.subject


def test_a_file_name_with_a_line_break_still_imports_with_a_clean_note(capsys, store, tmp_path):
    doc = new_document()
    doc.add_paragraph("Tekst zonder kop.")
    path = tmp_path / "regel\neinde.docx"
    path.write_bytes(to_bytes(doc))
    result = cli_in_process(capsys, "import-docx", str(path))
    assert result.status == 0, result.err
    draft = store.get(result.out.strip())
    assert draft.nota.sections[0].title == "regel einde"
    assert store.history(draft.id)[0].note == "Word-document geïmporteerd: regel einde"


def test_export_docx_warns_of_personal_data_and_records_that_it_did(capsys, store, tmp_path):
    from notadesk.core.model.nota import Paragraph, Run
    from notadesk.core.storage.tables import AuditRow

    nota = example_nota()
    nota.sections[0].blocks.insert(0, Paragraph([Run("Bel 06-12345678 of mail a@b.nl.")]))
    draft = store.create(nota)
    result = cli_in_process(capsys, "export-docx", draft.id, "-o", str(tmp_path / "x.docx"))
    assert result.status == 0, result.err
    assert "personal data?" in result.err
    with store.reading() as s:
        rows = s.query(AuditRow).filter_by(draft_id=draft.id, action="personal-data").all()
    assert rows and "before export-docx" in rows[0].detail
