"""File › Import Word document… and File › Export as Word document….

Import reads the file on a worker thread, then shows what will come over and what will not
(the core's conversion report) before anything changes; the person chooses where the text
goes — a new draft, new sections of the open draft, or the section where the cursor is — and
accepts or cancels. An accepted import into the open draft is one revision, and Edit › Undo
right after it takes the whole import back. Export writes through the core's export
operation, which records a classified copy like a print.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from notadesk.gui import operations, printing
from notadesk.gui.qt import QtCore, QtGui, QtWidgets
from notadesk.gui.widgets import icon

if TYPE_CHECKING:  # the interchange package loads SQLAlchemy: only when a command needs it
    from notadesk.core.interchange.incoming import ConversionReport, ImportNote
    from notadesk.gui.main_window import MainWindow

NEW, SECTIONS, SECTION = "new", "sections", "section"


def note_label(kind: str) -> str:
    """Return what a kind of note means, in the window's language (no count: no plurals)."""
    labels = {
        "image": QtCore.QCoreApplication.translate(
            "WordActions", "Images and drawings: not imported"
        ),
        "text-box": QtCore.QCoreApplication.translate(
            "WordActions", "Text boxes and the text in them: not imported"
        ),
        "object": QtCore.QCoreApplication.translate(
            "WordActions", "Embedded objects and charts: not imported"
        ),
        "equation": QtCore.QCoreApplication.translate("WordActions", "Equations: not imported"),
        "comment": QtCore.QCoreApplication.translate("WordActions", "Comments: not imported"),
        "symbol": QtCore.QCoreApplication.translate(
            "WordActions", "Characters in a symbol font: not imported"
        ),
        "hidden": QtCore.QCoreApplication.translate("WordActions", "Hidden text: not imported"),
        "toc": QtCore.QCoreApplication.translate(
            "WordActions", "Table of contents: not imported (the sections are the contents)"
        ),
        "tracked-change": QtCore.QCoreApplication.translate(
            "WordActions",
            "Tracked changes not accepted: imported as if accepted (insertions kept, "
            "deletions left out)",
        ),
        "field": QtCore.QCoreApplication.translate(
            "WordActions",
            "Fields (dates, page numbers, references): imported as the text they showed",
        ),
        "footnote": QtCore.QCoreApplication.translate(
            "WordActions", "Footnotes: imported as text in place, in square brackets"
        ),
        "footnote-end": QtCore.QCoreApplication.translate(
            "WordActions", "Footnotes: imported as text at the end"
        ),
        "link": QtCore.QCoreApplication.translate(
            "WordActions", "Links: imported as their text, without the address"
        ),
        "merged-cells": QtCore.QCoreApplication.translate(
            "WordActions", "Merged table cells: split, the text stays in the first cell"
        ),
        "nested-table": QtCore.QCoreApplication.translate(
            "WordActions", "Tables inside table cells: imported as paragraphs in the cell"
        ),
        "cell-list": QtCore.QCoreApplication.translate(
            "WordActions", "Lists inside table cells: imported as paragraphs"
        ),
        "deep-list": QtCore.QCoreApplication.translate(
            "WordActions", "List levels deeper than 3: imported at level 3"
        ),
        "deep-heading": QtCore.QCoreApplication.translate(
            "WordActions", "Heading levels deeper than 3: imported as level 3"
        ),
        "heading-text": QtCore.QCoreApplication.translate(
            "WordActions", "Headings: pasted as bold paragraphs (import the document for sections)"
        ),
    }
    return labels.get(
        kind, QtCore.QCoreApplication.translate("WordActions", "Other elements: not imported")
    )


def report_lines(report: ConversionReport) -> list[str]:
    """Return the report as lines in the window's language."""
    summary = (
        QtCore.QCoreApplication.translate(
            "WordActions", "Sections: %1, paragraphs: %2, list items: %3, tables: %4."
        )
        .replace("%1", str(report.sections))
        .replace("%2", str(report.paragraphs))
        .replace("%3", str(report.list_items))
        .replace("%4", str(report.tables))
    )
    return [summary, *(_note_line(n) for n in report.ordered_notes())]


def _note_line(note: ImportNote) -> str:
    if note.kind == "marking":
        return QtCore.QCoreApplication.translate(
            "WordActions", "The document is marked %1; a new draft takes that marking."
        ).replace("%1", note.places[0] if note.places else "")
    line = f"{note_label(note.kind)} — {note.count}"
    if note.places:
        line += " (" + ", ".join(note.places) + (", …" if note.count > len(note.places) else "")
        line += ")"
    return line


def choose_docx_to_import(parent: QtWidgets.QWidget) -> Path | None:
    """Ask which Word document to import (tests replace this)."""
    name, _ = QtWidgets.QFileDialog.getOpenFileName(
        parent,
        QtCore.QCoreApplication.translate("WordActions", "Import Word document"),
        str(Path.home()),
        QtCore.QCoreApplication.translate("WordActions", "Word document (*.docx)"),
    )
    return Path(name) if name else None


def choose_docx_target(parent: QtWidgets.QWidget, suggested: str) -> tuple[Path, bool] | None:
    """Ask where to write the Word document and which variant (tests replace this)."""
    normal = QtCore.QCoreApplication.translate("WordActions", "Word document (*.docx)")
    woo = QtCore.QCoreApplication.translate(
        "WordActions", "Woo publication variant, Word document (*.docx)"
    )
    name, chosen = QtWidgets.QFileDialog.getSaveFileName(
        parent,
        QtCore.QCoreApplication.translate("WordActions", "Export as Word document"),
        str(Path.home() / suggested),
        f"{normal};;{woo}",
    )
    if not name:
        return None
    path = Path(name)
    return (path if path.suffix.lower() == ".docx" else path.with_suffix(".docx")), chosen == woo


def ask_import(
    parent: QtWidgets.QWidget,
    file_name: str,
    report: ConversionReport,
    draft_title: str | None,
    section_title: str | None,
) -> str | None:
    """Show what will come over; return where it goes (NEW, SECTIONS, SECTION) or None."""
    dialog = ImportDialog(parent, file_name, report, draft_title, section_title)
    if dialog.exec() != QtWidgets.QDialog.DialogCode.Accepted:
        return None
    return dialog.choice()


class ImportDialog(QtWidgets.QDialog):
    """The import report with the choice where the text goes; Import or Cancel."""

    def __init__(
        self,
        parent: QtWidgets.QWidget | None,
        file_name: str,
        report: ConversionReport,
        draft_title: str | None,
        section_title: str | None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            QtCore.QCoreApplication.translate("WordActions", "Import Word document")
        )
        self.resize(640, 420)
        layout = QtWidgets.QVBoxLayout(self)
        heading = QtWidgets.QLabel(
            QtCore.QCoreApplication.translate("WordActions", "What comes over from %1:").replace(
                "%1", file_name
            )
        )
        heading.setWordWrap(True)
        layout.addWidget(heading)
        lines = report_lines(report)
        summary = QtWidgets.QLabel(lines[0])
        summary.setWordWrap(True)
        layout.addWidget(summary)
        self.notes = QtWidgets.QListWidget()
        for note, line in zip(report.ordered_notes(), lines[1:], strict=True):
            item = QtWidgets.QListWidgetItem(line)
            item.setIcon(icon("dialog-warning" if note.lost else "dialog-information"))
            if note.kind == "marking":
                item.setIcon(icon("security-high"))
            self.notes.addItem(item)
        if report.clean and not report.notes:
            self.notes.addItem(
                QtCore.QCoreApplication.translate("WordActions", "Everything comes over as it is.")
            )
        self.notes.setWordWrap(True)
        self.notes.setMinimumSize(600, 240)
        self.notes.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.NoSelection)
        self.notes.setFocusPolicy(QtCore.Qt.FocusPolicy.NoFocus)
        layout.addWidget(self.notes, 1)
        box = QtWidgets.QGroupBox(
            QtCore.QCoreApplication.translate("WordActions", "Where the text goes")
        )
        choices = QtWidgets.QVBoxLayout(box)
        self.new_button = QtWidgets.QRadioButton(
            QtCore.QCoreApplication.translate("WordActions", "A new draft")
        )
        self.sections_button = QtWidgets.QRadioButton(
            QtCore.QCoreApplication.translate(
                "WordActions", "New sections at the end of “%1”"
            ).replace("%1", draft_title or "")
        )
        self.section_button = QtWidgets.QRadioButton(
            QtCore.QCoreApplication.translate(
                "WordActions", "Into the section “%1”, its headings as sub-sections"
            ).replace("%1", section_title or "")
        )
        self.sections_button.setEnabled(draft_title is not None)
        self.section_button.setEnabled(section_title is not None)
        (self.section_button if section_title is not None else self.new_button).setChecked(True)
        for button in (self.new_button, self.sections_button, self.section_button):
            choices.addWidget(button)
        layout.addWidget(box)
        buttons = QtWidgets.QDialogButtonBox()
        self.import_button = buttons.addButton(
            QtCore.QCoreApplication.translate("WordActions", "Import"),
            QtWidgets.QDialogButtonBox.ButtonRole.AcceptRole,
        )
        buttons.addButton(QtWidgets.QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def choice(self) -> str:
        """Return where the person chose to put the text."""
        if self.section_button.isChecked():
            return SECTION
        if self.sections_button.isChecked():
            return SECTIONS
        return NEW


class WordActions(QtCore.QObject):
    """The two menu actions, and the undo of the last import."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.import_action = QtGui.QAction(
            icon("document-open"), self.tr("Import &Word document…"), window
        )
        self.export_action = QtGui.QAction(
            icon("document-save-as"), self.tr("Export as W&ord document…"), window
        )
        self.import_action.triggered.connect(self.import_docx)
        self.export_action.triggered.connect(self.export_docx)
        self.last_import: tuple[str, int, int] | None = None  # draft, revision before, after
        self.last_report: list[str] = []
        window.editor.state_changed.connect(self._edited)

    # --- import ----------------------------------------------------------------------------

    def import_docx(self) -> None:
        """Read a Word document, show the report, and put the text where the person chose."""
        from notadesk.core.interchange.docx_in import read_docx

        win = self.window
        if not win.editor.save_now():
            return
        path = choose_docx_to_import(win)
        if path is None:
            return
        title = self.tr("Import Word document")
        contribution = operations.guarded(
            win, title, lambda: operations.run_in_worker(lambda: read_docx(path))
        )
        if contribution is None:
            return
        self.last_report = report_lines(contribution.report)
        draft = win.editor.draft
        open_draft = draft if draft is not None and not draft.deleted else None
        section = self._cursor_section() if open_draft is not None else None
        choice = ask_import(
            win,
            path.name,
            contribution.report,
            (open_draft.nota.subject or open_draft.nota.reference) if open_draft else None,
            section[1] if section is not None else None,
        )
        if choice is None:
            return
        if choice == NEW or open_draft is None:
            self._into_new(contribution, path)
        else:
            where = section[0] if choice == SECTION and section is not None else None
            self._into_open(contribution, path, where)

    def _cursor_section(self) -> tuple[int, str] | None:
        text_tab = self.window.editor.text
        finder = getattr(text_tab, "current_section_index", None)
        index = finder() if callable(finder) else None
        if index is None:
            return None
        nota = self.window.editor.current_nota()
        if not 0 <= index < len(nota.sections):
            return None
        return index, nota.sections[index].title

    def _into_new(self, contribution: Any, path: Path) -> None:
        from notadesk.core.interchange.contributions import create_draft_from

        win = self.window
        draft = operations.guarded(
            win,
            self.tr("Import Word document"),
            lambda: create_draft_from(win.store, contribution, path.stem),
        )
        if draft is not None:
            win._show_new(draft)
            win.statusBar().showMessage(self.tr("Imported as a new draft."), 5000)

    def _into_open(self, contribution: Any, path: Path, section: int | None) -> None:
        from notadesk.core.interchange.contributions import checked, import_note
        from notadesk.core.interchange.incoming import into_nota

        win = self.window
        editor = win.editor
        before = editor.draft
        assert before is not None

        def store() -> Any:
            nota = into_nota(editor.current_nota(), contribution, section=section, name=path.stem)
            return win.store.save(
                before.id,
                checked(nota),
                base_revision=before.revision,
                note=import_note(path.stem),
            )

        saved = operations.guarded(win, self.tr("Import Word document"), store)
        if saved is None:
            return
        editor.open_draft(saved)
        win._saved(saved)
        self.last_import = (saved.id, before.revision, saved.revision)
        win.refresh_undo_actions()
        win.statusBar().showMessage(
            self.tr("Imported into this draft. Edit › Undo takes the import back."), 8000
        )

    def _edited(self, _state: str) -> None:
        editor = self.window.editor
        if self.last_import is not None and (
            editor.dirty or editor.draft is None or editor.draft.id != self.last_import[0]
        ):
            self.last_import = None

    def can_undo_import(self) -> bool:
        """Return whether an import was just made into the open draft and nothing since."""
        editor = self.window.editor
        last = self.last_import
        if last is None or editor.draft is None or editor.dirty:
            return False
        draft_id, _before, after = last
        return editor.draft.id == draft_id and editor.draft.revision == after

    def undo_import(self) -> bool:
        """Take the last import back when nothing was edited since; return whether it did."""
        if not self.can_undo_import():
            return False
        assert self.last_import is not None
        draft_id, before, after = self.last_import
        self.last_import = None
        restored = operations.guarded(
            self.window,
            self.tr("Undo import"),
            lambda: self.window.store.restore(
                draft_id, before, base_revision=after, note="Import ongedaan gemaakt"
            ),
        )
        if restored is None:
            return True
        self.window.editor.open_draft(restored)
        self.window._saved(restored)
        self.window.statusBar().showMessage(self.tr("The import was taken back."), 5000)
        return True

    # --- export ----------------------------------------------------------------------------

    def export_docx(self) -> None:
        """Write the open draft as a Word document (recorded like a print)."""
        from notadesk.core.interchange.docx_export import export_docx

        win = self.window
        editor = win.editor
        if editor.draft is None or not editor.save_explicitly():
            return
        if not win._personal_data_checked("export-docx"):
            return
        draft = editor.draft
        stem = re.sub(r"[^\w.\-]+", "_", draft.nota.reference.strip()).strip("._") or "nota"
        chosen = choose_docx_target(win, f"{stem}.docx")
        if chosen is None:
            return
        target, woo = chosen
        if woo and printing.woo_refused(win, draft.nota, self.tr("Export as Word document")):
            return
        result = operations.guarded(  # on this thread: the store is written too
            win,
            self.tr("Export as Word document"),
            lambda: export_docx(win.store, draft, target, woo=woo),
        )
        if result is not None:
            win.statusBar().showMessage(
                self.tr("Written to %1.").replace("%1", str(result.path)), 8000
            )
