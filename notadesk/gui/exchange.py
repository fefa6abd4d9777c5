"""File › Export… and Import…: .nota packages on removable media, with the core's reports."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from notadesk.gui import operations, trust
from notadesk.gui.editor.history_tab import show_text
from notadesk.gui.qt import QtCore, QtGui, QtWidgets
from notadesk.gui.widgets import icon

if TYPE_CHECKING:  # the interchange package loads SQLAlchemy: only when a command needs it
    from notadesk.core.interchange import ExportReport
    from notadesk.gui.main_window import MainWindow

PACKAGE_FILTER = "notadesk (*.nota)"


def start_folder() -> str:
    """Return where the package dialogs open: the first removable medium, else home."""
    from notadesk.core.interchange.media import removable_media_dirs

    media = removable_media_dirs()
    return str(media[0]) if media else str(Path.home())


def choose_export_path(parent: QtWidgets.QWidget, suggested: str) -> Path | None:
    """Ask where to write a package (tests replace this)."""
    start = str(Path(start_folder()) / suggested)
    name, _ = QtWidgets.QFileDialog.getSaveFileName(
        parent,
        QtCore.QCoreApplication.translate("ExchangeActions", "Export drafts"),
        start,
        PACKAGE_FILTER,
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix == ".nota" else path.with_suffix(".nota")


def choose_import_path(parent: QtWidgets.QWidget) -> Path | None:
    """Ask which package to import (tests replace this)."""
    name, _ = QtWidgets.QFileDialog.getOpenFileName(
        parent,
        QtCore.QCoreApplication.translate("ExchangeActions", "Import drafts"),
        start_folder(),
        PACKAGE_FILTER,
    )
    return Path(name) if name else None


def ask_export_scope(parent: QtWidgets.QWidget, has_open: bool) -> str | None:
    """Ask whether to export the open draft or all drafts: ``open``, ``all`` or None."""
    if not has_open:
        return "all"
    box = QtWidgets.QMessageBox(parent)
    box.setWindowTitle(QtCore.QCoreApplication.translate("ExchangeActions", "Export drafts"))
    box.setText(
        QtCore.QCoreApplication.translate(
            "ExchangeActions", "Export the open draft only, or every draft not in the trash?"
        )
    )
    one = box.addButton(
        QtCore.QCoreApplication.translate("ExchangeActions", "The open draft"),
        QtWidgets.QMessageBox.ButtonRole.AcceptRole,
    )
    every = box.addButton(
        QtCore.QCoreApplication.translate("ExchangeActions", "Every draft"),
        QtWidgets.QMessageBox.ButtonRole.ActionRole,
    )
    box.addButton(QtWidgets.QMessageBox.StandardButton.Cancel)
    box.exec()
    clicked = box.clickedButton()
    return "open" if clicked is one else "all" if clicked is every else None


def confirm_import(parent: QtWidgets.QWidget, lines: list[str]) -> bool:
    """Show what an import would do and ask to go on (tests replace this)."""
    box = QtWidgets.QMessageBox(parent)
    box.setWindowTitle(QtCore.QCoreApplication.translate("ExchangeActions", "Import drafts"))
    box.setText(
        QtCore.QCoreApplication.translate("ExchangeActions", "The package is intact. Import it?")
    )
    box.setDetailedText("\n".join(lines))
    box.setInformativeText("\n".join(lines[:8]))
    box.setStandardButtons(
        QtWidgets.QMessageBox.StandardButton.Yes | QtWidgets.QMessageBox.StandardButton.No
    )
    return box.exec() == QtWidgets.QMessageBox.StandardButton.Yes


class ExchangeActions(QtCore.QObject):
    """The two menu actions and what they do."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.export_action = QtGui.QAction(icon("document-save-as"), self.tr("&Export…"), window)
        self.import_action = QtGui.QAction(icon("document-open"), self.tr("&Import…"), window)
        self.export_action.setShortcut("Ctrl+Shift+E")
        self.import_action.setShortcut("Ctrl+Shift+I")
        self.export_action.triggered.connect(self.export)
        self.import_action.triggered.connect(self.import_)
        self.last_report: list[str] = []

    def export(self) -> None:
        """Write the open draft, or every draft, to a package."""
        from notadesk.core import interchange

        win = self.window
        if not win.editor.save_now():
            return
        draft = win.editor.draft
        scope = ask_export_scope(win, draft is not None and not draft.deleted)
        if scope is None:
            return
        ids = [draft.id] if scope == "open" and draft is not None else None
        if ids and draft is not None:
            nota = win.editor.current_nota()
            go_to = win.editor.focus_field
            if not trust.check_personal_data(
                win, win.store, draft.id, nota, "export", go_to, record=False
            ):
                return
        stem = draft.nota.reference if ids and draft is not None else "notadesk-drafts"
        target = choose_export_path(win, f"{stem}.nota")
        if target is None:
            return
        win.statusBar().showMessage(self.tr("Exporting…"))
        operations.in_background(
            win,
            self.tr("Export drafts"),
            lambda: interchange.export_package(win.store, ids, target),
            self._exported,
        )

    def _exported(self, report: ExportReport) -> None:
        self.last_report = report.lines()
        if report.personal_data:
            self.last_report.append(self.tr("Personal data in the text? Check these places:"))
            self.last_report.extend(f"  {line}" for line in report.personal_data)
        self.window.statusBar().showMessage(self.tr("Exported."), 5000)
        show_text(self.window, self.tr("Export report"), "\n".join(self.last_report))

    def import_(self) -> None:
        """Check a package, say what importing it would do, and import it."""
        from notadesk.core import interchange

        win = self.window
        if not win.editor.save_now():
            return
        path = choose_import_path(win)
        if path is None:
            return
        planned = operations.guarded(
            win,
            self.tr("Import drafts"),
            lambda: interchange.import_package(win.store, path, dry_run=True),
        )
        if planned is None or not confirm_import(win, planned.lines()):
            return
        report = operations.guarded(
            win, self.tr("Import drafts"), lambda: interchange.import_package(win.store, path)
        )
        if report is None:
            return
        self.last_report = report.lines()
        win.drafts.show_trash(False)
        win.drafts.reload()
        if win.editor.draft is not None:  # an import may have added revisions to it
            fresh = operations.guarded(
                win, self.tr("Import drafts"), lambda: win.store.get(win.editor.draft.id)
            )
            if fresh is not None:
                win.editor.open_draft(fresh)
        show_text(win, self.tr("Import report"), "\n".join(self.last_report))
