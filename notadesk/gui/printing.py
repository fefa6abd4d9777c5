"""File › Print… and Save as PDF…: the renderer's PDF to a printer or a file.

Printing asks the print dialog for the printer and the number of copies; the copies go into
one PDF from the renderer, numbered where the classification level requires copy numbers.
The print goes through the core's print operations: to a file, written and recorded all or
nothing (``print_to_file``); on paper, recorded in the copy register and audit log before the
printer gets it (``print_on_paper``). Rendering runs on a worker thread while the
window waits (it keeps painting).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from notadesk.core.model.nota import Nota
from notadesk.core.render.letterhead import Letterhead
from notadesk.gui import operations
from notadesk.gui.qt import QtCore, QtGui, QtPdf, QtPrintSupport, QtWidgets

if TYPE_CHECKING:
    from notadesk.core.storage.store import DraftStore

T = TypeVar("T")
MAX_RASTER_DPI = 300
"""Pages sent to a real printer are drawn at no more than this resolution."""
MAX_COPIES = 99


def default_file_name(nota: Nota, woo: bool) -> str:
    """Return the suggested file name: the Onze Referentie (or 'nota'), '-woo' if so."""
    stem = re.sub(r"[^\w.\-]+", "_", nota.reference.strip()).strip("._") or "nota"
    return f"{stem}{'-woo' if woo else ''}.pdf"


def _parafen(store: DraftStore | None, draft_id: str | None, nota: Nota) -> tuple[object, ...]:
    """Return the parafen given on the text being printed (the Parafen block shows them)."""
    if store is None or draft_id is None:
        return ()
    from notadesk.core.review.route import route_of
    from notadesk.core.storage.review import route_events

    try:
        return route_of(nota, route_events(store, draft_id)).given()
    except Exception:  # the print goes on with empty paraaf lines rather than fail
        return ()


def _documents_folder() -> Path:
    folder = QtCore.QStandardPaths.writableLocation(
        QtCore.QStandardPaths.StandardLocation.DocumentsLocation
    )
    return Path(folder) if folder else Path.home()


def woo_refused(parent: QtWidgets.QWidget | None, nota: Nota, title: str) -> bool:
    """Return True (after saying where to record it) when the Woo variant of this nota needs
    a declassification decision that is not recorded yet — the core's rule, asked first."""
    from notadesk.core.policy.markings import marking_level
    from notadesk.core.policy.woo import needs_declassification

    if not needs_declassification(nota):
        return False
    operations.show_error(
        parent,
        title,
        QtCore.QCoreApplication.translate(
            "Printing",
            "The Woo variant of a %1 nota is made only after a recorded declassification "
            "decision: record it first with Nota › Record declassification….",
        ).replace("%1", marking_level(nota.classification.level).marking),
    )
    return True


# --- Save as PDF -----------------------------------------------------------------------------


def save_pdf(
    parent: QtWidgets.QWidget | None,
    nota: Nota,
    woo: bool = False,
    *,
    store: DraftStore | None = None,
    draft_id: str | None = None,
) -> None:
    """Ask for a file name, render the nota (or its Woo variant) and write it atomically.

    The file dialog offers both variants as file types; ``woo`` chooses the one preselected.
    Given the store and the draft, the file is recorded in the copy register where the
    level requires it, as a print is (a PDF can be printed as often as paper can be copied).
    """
    normal_filter = QtCore.QCoreApplication.translate("Printing", "PDF document (*.pdf)")
    woo_filter = QtCore.QCoreApplication.translate(
        "Printing", "Woo publication variant, PDF (*.pdf)"
    )
    suggested = str(_documents_folder() / default_file_name(nota, woo))
    path, chosen = QtWidgets.QFileDialog.getSaveFileName(
        parent,
        QtCore.QCoreApplication.translate("Printing", "Save as PDF"),
        suggested,
        f"{normal_filter};;{woo_filter}",
        woo_filter if woo else normal_filter,
    )
    if not path:
        return
    woo = chosen == woo_filter if chosen else woo
    if not path.lower().endswith(".pdf"):
        path += ".pdf"
    title = QtCore.QCoreApplication.translate("Printing", "Save as PDF")
    if woo and woo_refused(parent, nota, title):
        return

    from notadesk.core.render import RenderOptions, print_to_file, render_nota, write_pdf_atomically

    usable, letterhead = _letterhead_checked(parent, store)
    if not usable:
        return
    options = RenderOptions(
        copies=1,
        woo=woo,
        parafen=_parafen(store, draft_id, nota),
        letterhead=letterhead,
    )

    read_file = _enclosure_reader(store, nota, woo)

    try:
        result = operations.run_in_worker(lambda: render_nota(nota, options, read_file=read_file))
        if store is not None and draft_id is not None:  # recorded before the file is named
            draft = dataclasses.replace(store.get(draft_id), nota=nota)
            print_to_file(store, draft, result, options, Path(path))
        else:
            operations.run_in_worker(lambda: write_pdf_atomically(result.pdf, Path(path)))
    except Exception as exc:
        operations.show_error(parent, title, operations.error_message(exc))


# --- Print -----------------------------------------------------------------------------------


class PrintOptionsTab(QtWidgets.QWidget):
    """The print dialog's notadesk tab: the Woo variant and what copy numbers will do."""

    def __init__(self, copy_numbers: bool, parent: QtWidgets.QWidget | None = None) -> None:
        """Create the tab; ``copy_numbers`` says whether this level numbers its copies."""
        super().__init__(parent)
        self.setWindowTitle(QtCore.QCoreApplication.translate("Printing", "Nota"))
        layout = QtWidgets.QVBoxLayout(self)
        self.woo_box = QtWidgets.QCheckBox(
            QtCore.QCoreApplication.translate("Printing", "Print the Woo publication variant")
        )
        layout.addWidget(self.woo_box)
        note = QtWidgets.QLabel(
            QtCore.QCoreApplication.translate(
                "Printing",
                "Each copy gets its own copy number and is entered in the copy register.",
            )
            if copy_numbers
            else QtCore.QCoreApplication.translate(
                "Printing", "Copies are printed without copy numbers."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addStretch(1)


def _make_dialog(
    printer: QtPrintSupport.QPrinter, parent: QtWidgets.QWidget | None, copy_numbers: bool
) -> tuple[QtPrintSupport.QPrintDialog, PrintOptionsTab]:
    dialog = QtPrintSupport.QPrintDialog(printer, parent)
    dialog.setWindowTitle(QtCore.QCoreApplication.translate("Printing", "Print nota"))
    tab = PrintOptionsTab(copy_numbers, dialog)  # owned by the dialog, or Python frees it
    dialog.setOptionTabs([tab])
    return dialog, tab


def print_nota(
    parent: QtWidgets.QWidget | None, store: DraftStore, draft_id: str, nota: Nota
) -> None:
    """Print the nota: the dialog's copy count becomes numbered copies where required.

    The print is recorded with the draft's saved revision (the window saves before printing).
    """
    from notadesk.core.policy.prints import print_level

    title = QtCore.QCoreApplication.translate("Printing", "Print")
    try:
        level = print_level(nota)  # an enclosure marked higher numbers the copies too
        draft = store.get(draft_id)
    except Exception as exc:
        operations.show_error(parent, title, operations.error_message(exc))
        return
    printer = QtPrintSupport.QPrinter(QtPrintSupport.QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QtGui.QPageSize(QtGui.QPageSize.PageSizeId.A4))
    printer.setFullPage(True)
    printer.setDocName(default_file_name(nota, False).removesuffix(".pdf"))
    printer.setOutputFileName(str(_documents_folder() / default_file_name(nota, False)))
    dialog, tab = _make_dialog(printer, parent, level.copy_numbers)
    if dialog.exec() != QtWidgets.QDialog.DialogCode.Accepted:
        return
    copies = max(1, printer.copyCount())
    if copies > MAX_COPIES:
        operations.show_error(
            parent,
            title,
            QtCore.QCoreApplication.translate(
                "Printing", "At most %1 copies can be printed at once."
            ).replace("%1", str(MAX_COPIES)),
        )
        return
    woo = tab.woo_box.isChecked()
    if woo and woo_refused(parent, nota, title):
        return
    to_file = printer.outputFormat() == QtPrintSupport.QPrinter.OutputFormat.PdfFormat

    from notadesk.core.render import RenderOptions, print_on_paper, render_nota

    usable, letterhead = _letterhead_checked(parent, store)
    if not usable:
        return
    options = RenderOptions(
        copies=copies,
        woo=woo,
        parafen=_parafen(store, draft_id, nota),
        letterhead=letterhead,
    )
    try:
        read_file = _enclosure_reader(store, nota, woo)
        result = operations.run_in_worker(lambda: render_nota(nota, options, read_file=read_file))
    except Exception as exc:
        operations.show_error(parent, title, operations.error_message(exc))
        return
    printed = dataclasses.replace(draft, nota=nota)
    if to_file:  # the one print operation: recorded before the file is named
        from notadesk.core.render import print_to_file

        target = printer.outputFileName() or default_file_name(nota, woo)
        try:
            print_to_file(store, printed, result, options, Path(target))
        except Exception as exc:
            operations.show_error(parent, title, operations.error_message(exc))
        return
    printer.setCopyCount(1)  # the copies are in the PDF, each with its number
    recorded: list[bool] = []

    def send(pdf: bytes) -> None:  # after the register and the audit log have the print
        recorded.append(True)
        paint_pdf(printer, pdf)

    try:
        print_on_paper(store, printed, result, options, send)
    except Exception as exc:
        message = operations.error_message(exc)
        if recorded:  # the entries stay; the log says these copies were not printed
            message += " " + QtCore.QCoreApplication.translate(
                "Printing",
                "The copy register keeps the entries of this print; the audit log says it "
                "did not reach the printer.",
            )
        operations.show_error(parent, title, message)


def paint_pdf(printer: QtPrintSupport.QPrinter, pdf: bytes) -> int:
    """Draw every page of a PDF on a printer (at most 300 dpi); return the pages drawn.

    Raises:
        RenderError: the PDF cannot be read back or the printer cannot be started.
    """
    from notadesk.errors import RenderError

    buffer = QtCore.QBuffer()
    buffer.setData(QtCore.QByteArray(pdf))
    buffer.open(QtCore.QIODevice.OpenModeFlag.ReadOnly)
    document = QtPdf.QPdfDocument()
    document.load(buffer)
    pages = document.pageCount()
    if pages <= 0:
        raise RenderError("The printout could not be prepared for the printer.")
    painter = QtGui.QPainter()
    if not painter.begin(printer):
        raise RenderError("The printer could not be started; check that it is available.")
    try:
        dpi = min(printer.resolution(), MAX_RASTER_DPI)
        for page in range(pages):
            if page:
                printer.newPage()
            size_pt = document.pagePointSize(page)
            pixels = QtCore.QSize(
                round(size_pt.width() / 72 * dpi), round(size_pt.height() / 72 * dpi)
            )
            image = document.render(page, pixels)
            target = printer.pageLayout().fullRectPixels(printer.resolution())
            painter.drawImage(QtCore.QRectF(target), image)
    finally:
        painter.end()
        document.close()
        buffer.close()
    return pages


def _enclosure_reader(
    store: DraftStore | None, nota: Nota, woo: bool
) -> Callable[[str], bytes] | None:
    """Read the PDF attachments on this thread, so the worker never touches the store."""
    from notadesk.core.render.enclosures import enclosure_files

    if store is None or woo:
        return None
    return enclosure_files(nota, store.get_blob).__getitem__


def _letterhead(store: DraftStore | None) -> Letterhead | None:
    """Return the letterhead in force: the policy's, else the settings' (none without a store)."""
    from notadesk.core.policy.administrator import load_policy
    from notadesk.core.render.letterhead import letterhead_in_force

    if store is None:
        return None
    return letterhead_in_force(store.settings_starting("letterhead."), load_policy())


def _letterhead_checked(
    parent: QtWidgets.QWidget | None, store: DraftStore | None
) -> tuple[bool, Letterhead | None]:
    """Return whether printing may go on, and the letterhead; an unusable logo is said."""
    from notadesk.errors import NotadeskError

    try:
        return True, _letterhead(store)
    except NotadeskError as exc:
        title = QtCore.QCoreApplication.translate("Printing", "Print")
        operations.show_error(parent, title, operations.error_message(exc))
        return False, None
