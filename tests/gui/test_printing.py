"""Print and Save as PDF through stubbed dialogs; the PDF is read back with pypdf."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from notadesk.core.examples import example_nota
from notadesk.core.render.register import register_entries
from notadesk.gui import operations, printing
from notadesk.gui.qt import QtPrintSupport, QtWidgets


def _text(path: Path) -> tuple[int, str]:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return len(reader.pages), "\n".join(page.extract_text() for page in reader.pages)


@pytest.fixture
def errors(monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(
        operations, "show_error", lambda parent, title, message: shown.append(message)
    )
    return shown


def _stub_print_dialog(
    monkeypatch, target: Path | None, copies: int, woo: bool = False, accept=True
):
    seen = {}

    class StubPrintDialog(QtWidgets.QDialog):
        def __init__(self, printer, parent=None):
            super().__init__(parent)
            self.printer = printer
            seen["dialog"] = self

        def setOptionTabs(self, tabs):
            self.tabs = tabs
            seen["tabs"] = tabs

        def exec(self):
            if not accept:
                return QtWidgets.QDialog.DialogCode.Rejected
            if target is not None:
                self.printer.setOutputFormat(QtPrintSupport.QPrinter.OutputFormat.PdfFormat)
                self.printer.setOutputFileName(str(target))
            self.printer.setCopyCount(copies)
            self.tabs[0].woo_box.setChecked(woo)
            return QtWidgets.QDialog.DialogCode.Accepted

    monkeypatch.setattr(QtPrintSupport, "QPrintDialog", StubPrintDialog)
    return seen


def _classified_draft(store, level: str):
    nota = example_nota()
    nota.classification.level = level
    nota.classification.proposed_by = "auteur"
    nota.classification.until = dt.date(2032, 1, 1)
    return store.create(nota)


def test_print_to_pdf_numbers_copies_and_fills_the_register(
    qtbot, store, tmp_path, monkeypatch, errors
):
    draft = _classified_draft(store, "nl.stg-confidentieel")
    target = tmp_path / "afdruk.pdf"
    seen = _stub_print_dialog(monkeypatch, target, copies=3)
    printing.print_nota(None, store, draft.id, draft.nota)
    assert errors == []
    pages, text = _text(target)
    assert pages % 3 == 0 and pages >= 3
    for n in (1, 2, 3):
        assert f"Exemplaar {n} van 3" in text
    assert "Stg. CONFIDENTIEEL" in text
    assert "Kabinetsreactie op IOB-eindevaluatie" in text
    entries = register_entries(store, draft.id)
    assert sorted(e.copy_number for e in entries if e.kind == "print") == [1, 2, 3]
    assert "copy number" in seen["tabs"][0].findChildren(QtWidgets.QLabel)[0].text()


def test_print_unclassified_has_no_copy_numbers_and_no_register(
    qtbot, store, tmp_path, monkeypatch, errors
):
    draft = store.create(example_nota())
    target = tmp_path / "afdruk.pdf"
    _stub_print_dialog(monkeypatch, target, copies=2)
    printing.print_nota(None, store, draft.id, draft.nota)
    assert errors == []
    pages, text = _text(target)
    assert pages % 2 == 0  # two whole copies in one PDF
    assert "Exemplaar" not in text
    assert text.count("Min-BuZa.2022.240") >= 2
    assert register_entries(store, draft.id) == []


def test_print_woo_variant_hides_personal_names(qtbot, store, tmp_path, monkeypatch, errors):
    draft = store.create(example_nota())
    target = tmp_path / "woo.pdf"
    _stub_print_dialog(monkeypatch, target, copies=1, woo=True)
    printing.print_nota(None, store, draft.id, draft.nota)
    _pages, text = _text(target)
    assert "naam weggelakt" not in text
    assert "Kabinetsreactie" in text


def test_cancelled_print_writes_and_records_nothing(qtbot, store, tmp_path, monkeypatch, errors):
    draft = _classified_draft(store, "nl.stg-geheim")
    _stub_print_dialog(monkeypatch, tmp_path / "x.pdf", copies=2, accept=False)
    printing.print_nota(None, store, draft.id, draft.nota)
    assert not (tmp_path / "x.pdf").exists()
    assert register_entries(store, draft.id) == []


def test_print_to_an_unwritable_place_is_one_sentence(qtbot, store, tmp_path, monkeypatch, errors):
    draft = _classified_draft(store, "nl.stg-confidentieel")
    _stub_print_dialog(monkeypatch, tmp_path / "geen-map" / "x.pdf", copies=1)
    printing.print_nota(None, store, draft.id, draft.nota)
    assert len(errors) == 1 and "\n" not in errors[0] and "Traceback" not in errors[0]
    assert register_entries(store, draft.id) == []


def test_pages_are_painted_on_a_printer(qtbot, tmp_path):
    from notadesk.core.render import RenderOptions, render_nota

    result = render_nota(example_nota(), RenderOptions(copies=1))
    printer = QtPrintSupport.QPrinter(QtPrintSupport.QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QtPrintSupport.QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "raster.pdf"))
    assert printing.paint_pdf(printer, result.pdf) == result.pages_per_copy
    pages, _ = _text(tmp_path / "raster.pdf")
    assert pages == result.pages_per_copy


def test_save_pdf_writes_the_chosen_variant(qtbot, tmp_path, monkeypatch, errors):
    asked = {}

    def fake_dialog(parent, title, suggested, filters, selected):
        asked.update(suggested=suggested, filters=filters, selected=selected)
        woo_filter = filters.split(";;")[1]
        return str(tmp_path / "uit"), woo_filter

    monkeypatch.setattr(QtWidgets.QFileDialog, "getSaveFileName", staticmethod(fake_dialog))
    printing.save_pdf(None, example_nota())
    assert errors == []
    assert asked["suggested"].endswith("Min-BuZa.2022.240.pdf")
    pages, text = _text(tmp_path / "uit.pdf")
    assert pages >= 2
    assert "Kabinetsreactie" in text
    assert "naam weggelakt" not in text  # the Woo variant was chosen in the dialog
    assert [p.name for p in tmp_path.iterdir()] == ["uit.pdf"]  # no temporary file left


def test_save_pdf_normal_variant_and_cancel(qtbot, tmp_path, monkeypatch, errors):
    answers = [(str(tmp_path / "nota.pdf"), "PDF document (*.pdf)"), ("", "")]
    monkeypatch.setattr(
        QtWidgets.QFileDialog, "getSaveFileName", staticmethod(lambda *a: answers.pop(0))
    )
    printing.save_pdf(None, example_nota())
    _pages, text = _text(tmp_path / "nota.pdf")
    assert "naam weggelakt" in text
    printing.save_pdf(None, example_nota())  # cancelled: nothing happens
    assert errors == [] and [p.name for p in tmp_path.iterdir()] == ["nota.pdf"]


def test_too_many_copies_is_refused_in_one_sentence(qtbot, store, tmp_path, monkeypatch, errors):
    draft = _classified_draft(store, "nl.stg-confidentieel")
    _stub_print_dialog(monkeypatch, tmp_path / "x.pdf", copies=150)
    printing.print_nota(None, store, draft.id, draft.nota)
    assert errors == ["At most 99 copies can be printed at once."]
    assert not (tmp_path / "x.pdf").exists()
    assert register_entries(store, draft.id) == []


def test_save_pdf_of_a_registered_level_is_recorded(qtbot, store, tmp_path, monkeypatch, errors):
    classified = _classified_draft(store, "nl.stg-confidentieel")
    plain = store.create(_renamed(example_nota()))
    answers = [(str(tmp_path / "geheim.pdf"), ""), (str(tmp_path / "open.pdf"), "")]
    monkeypatch.setattr(
        QtWidgets.QFileDialog, "getSaveFileName", staticmethod(lambda *a: answers.pop(0))
    )
    printing.save_pdf(None, classified.nota, store=store, draft_id=classified.id)
    printing.save_pdf(None, plain.nota, store=store, draft_id=plain.id)
    assert errors == []
    (entry,) = register_entries(store, classified.id)
    assert entry.copy_number == 1 and entry.copies == 1
    assert register_entries(store, plain.id) == []  # an unregistered level records nothing
    assert (tmp_path / "geheim.pdf").is_file() and (tmp_path / "open.pdf").is_file()


def _renamed(nota):
    nota.reference = ""
    return nota


def _paper_printer(monkeypatch) -> None:
    """Make the print dialog's printer a paper printer (the test machine has none)."""

    class PaperPrinter(QtPrintSupport.QPrinter):
        def outputFormat(self):
            return QtPrintSupport.QPrinter.OutputFormat.NativeFormat

    monkeypatch.setattr(QtPrintSupport, "QPrinter", PaperPrinter)


def test_paper_print_is_recorded_before_the_printer_gets_it(qtbot, store, monkeypatch, errors):
    from notadesk.errors import RenderError

    draft = _classified_draft(store, "nl.stg-confidentieel")
    _stub_print_dialog(monkeypatch, None, copies=2)
    _paper_printer(monkeypatch)
    entries_when_painted: list[int] = []

    def paint(_printer, _pdf) -> int:
        entries_when_painted.append(len(register_entries(store, draft.id)))
        return 1

    monkeypatch.setattr(printing, "paint_pdf", paint)
    printing.print_nota(None, store, draft.id, draft.nota)
    assert errors == []
    assert entries_when_painted == [2]  # in the register before the first page is drawn

    def refuse(_printer, _pdf) -> int:
        raise RenderError("The printer could not be started; check that it is available.")

    monkeypatch.setattr(printing, "paint_pdf", refuse)
    printing.print_nota(None, store, draft.id, draft.nota)
    assert len(errors) == 1
    assert errors[0].startswith("The printer could not be started")
    assert "copy register keeps the entries" in errors[0]
    assert len(register_entries(store, draft.id)) == 4  # append-only: recorded, then refused
    assert [e.action for e in store.audit_log(draft.id)].count("print-failed") == 1


def test_an_enclosure_marked_higher_numbers_and_registers_the_window_print(
    qtbot, store, tmp_path, monkeypatch, errors
):
    from notadesk.core.model.nota import Attachment, AttachmentFile
    from tests.helpers import one_page_pdf

    data = one_page_pdf("Rapport")
    nota = example_nota()  # Ongerubriceerd, with a Stg. Confidentieel enclosure
    digest = store.put_blob(data)
    nota.attachments.append(
        Attachment(
            id="pdf",
            title="Rapport",
            file=AttachmentFile("rapport.pdf", digest, len(data), "application/pdf"),
            level="nl.stg-confidentieel",
        )
    )
    draft = store.create(nota)
    target = tmp_path / "afdruk.pdf"
    seen = _stub_print_dialog(monkeypatch, target, copies=2)
    printing.print_nota(None, store, draft.id, draft.nota)
    assert errors == []
    assert "copy number" in seen["tabs"][0].findChildren(QtWidgets.QLabel)[0].text()
    _pages, text = _text(target)
    assert "Exemplaar 1 van 2" in text and "Exemplaar 2 van 2" in text
    entries = [e for e in register_entries(store, draft.id) if e.kind == "print"]
    assert [(e.copy_number, e.level) for e in entries] == [
        (1, "nl.stg-confidentieel"),
        (2, "nl.stg-confidentieel"),
    ]
