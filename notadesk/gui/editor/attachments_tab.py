"""The Attachments tab: files embedded in the draft (Bijlagen), with their titles."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import TYPE_CHECKING

from notadesk.core.editing import new_attachment
from notadesk.core.model.nota import Attachment, Nota
from notadesk.errors import StorageError
from notadesk.gui import operations
from notadesk.gui.editor.base import EditorTab
from notadesk.gui.qt import Qt, QtCore, QtWidgets
from notadesk.gui.widgets import button_row, size_columns, tool_button

if TYPE_CHECKING:
    from notadesk.core.storage.store import DraftStore

TITLE, FILE, SIZE = range(3)
MAX_ATTACHMENT_BYTES = 200 * 1024 * 1024


def choose_file_to_add(parent: QtWidgets.QWidget) -> Path | None:
    """Ask for a file to attach (tests replace this)."""
    name, _ = QtWidgets.QFileDialog.getOpenFileName(
        parent, QtCore.QCoreApplication.translate("AttachmentsTab", "Attach a file")
    )
    return Path(name) if name else None


def choose_save_path(parent: QtWidgets.QWidget, suggested: str) -> Path | None:
    """Ask where to save an attachment (tests replace this)."""
    name, _ = QtWidgets.QFileDialog.getSaveFileName(
        parent, QtCore.QCoreApplication.translate("AttachmentsTab", "Save the file"), suggested
    )
    return Path(name) if name else None


def _size_text(size: int) -> str:
    for unit in ("bytes", "kB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size} {unit}" if unit == "bytes" else f"{size:.1f} {unit}"
        size /= 1024  # type: ignore[assignment]
    return ""


def read_attachment(path: Path) -> bytes:
    """Read a file to attach, refusing what cannot be read or is too large."""
    try:
        if path.stat().st_size > MAX_ATTACHMENT_BYTES:
            raise StorageError(f"{path.name} is larger than 200 MB and cannot be attached.")
        return path.read_bytes()
    except OSError as exc:
        raise StorageError(f"{path.name} cannot be read: {exc.strerror}.") from exc


class AttachmentsTab(EditorTab):
    """The attachments of a nota: add a file, edit its title, remove it, save it back out."""

    def __init__(self, store: DraftStore, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.attachments: list[Attachment] = []
        self._loading = False
        self.table = QtWidgets.QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Title"), self.tr("File"), self.tr("Size")])
        self.table.setAccessibleName(self.tr("Attachments"))
        self.table.setTabKeyNavigation(False)
        self.table.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TITLE, QtWidgets.QHeaderView.ResizeMode.Stretch)
        size_columns(header, {FILE: 240, SIZE: 90})
        self.table.itemChanged.connect(self._title_edited)

        self.add_button = tool_button(
            self.tr("Add file…"), "mail-attachment", self.tr("Attach a file")
        )
        self.title_button = tool_button(
            self.tr("Add title"), "list-add", self.tr("Add an attachment known by title only")
        )
        self.remove_button = tool_button(
            self.tr("Remove"), "list-remove", self.tr("Remove the selected attachment")
        )
        self.save_button = tool_button(
            self.tr("Save file as…"), "document-save-as", self.tr("Save the attached file")
        )
        self.add_button.clicked.connect(self.add_file)
        self.title_button.clicked.connect(self.add_title)
        self.remove_button.clicked.connect(self.remove_attachment)
        self.save_button.clicked.connect(self.save_file)
        hint = QtWidgets.QLabel(
            self.tr("Attachments print as Bijlage in this order; double-click a title to edit it.")
        )
        hint.setEnabled(False)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(
            button_row(self.add_button, self.title_button, self.remove_button, self.save_button)
        )
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)

    def _refresh(self) -> None:
        self._loading = True
        self.table.setRowCount(len(self.attachments))
        for row, a in enumerate(self.attachments):
            title = QtWidgets.QTableWidgetItem(a.title)
            name = QtWidgets.QTableWidgetItem(a.file.name if a.file else self.tr("(title only)"))
            size = QtWidgets.QTableWidgetItem(_size_text(a.file.size) if a.file else "")
            for item in (name, size):
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, TITLE, title)
            self.table.setItem(row, FILE, name)
            self.table.setItem(row, SIZE, size)
        self._loading = False

    def _title_edited(self, item: QtWidgets.QTableWidgetItem) -> None:
        if self._loading or item.column() != TITLE:
            return
        self.attachments[item.row()].title = item.text().strip()
        self.changed.emit()

    def add_file(self) -> None:
        """Ask for a file, store it in the database and list it."""
        path = choose_file_to_add(self)
        if path is None:
            return
        data = operations.guarded(self, self.tr("Attach a file"), lambda: read_attachment(path))
        if data is None:
            return
        digest = operations.guarded(
            self, self.tr("Attach a file"), lambda: self.store.put_blob(data)
        )
        if digest is None:
            return
        probe = Nota(attachments=self.attachments)
        self.attachments.append(new_attachment(probe, path, digest, len(data)))
        self._refresh()
        self.table.setCurrentCell(len(self.attachments) - 1, TITLE)
        self.changed.emit()

    def add_title(self) -> None:
        """Add an attachment with a title and no file, and start typing the title."""
        self.attachments.append(new_attachment(Nota(attachments=self.attachments)))
        self._refresh()
        row = len(self.attachments) - 1
        self.table.setCurrentCell(row, TITLE)
        self.table.setFocus()
        self.table.editItem(self.table.item(row, TITLE))
        self.changed.emit()

    def remove_attachment(self) -> None:
        """Remove the selected attachment from the nota (its stored file stays in history)."""
        row = self.table.currentRow()
        if 0 <= row < len(self.attachments):
            del self.attachments[row]
            self._refresh()
            self.changed.emit()

    def save_file(self) -> None:
        """Write the selected attachment's file to a place the person chooses."""
        row = self.table.currentRow()
        if not 0 <= row < len(self.attachments) or self.attachments[row].file is None:
            return
        file = self.attachments[row].file
        assert file is not None
        target = choose_save_path(self, file.name)
        if target is None:
            return

        def write() -> None:
            data = self.store.get_blob(file.sha256)
            try:
                target.write_bytes(data)
            except OSError as exc:
                raise StorageError(f"{target} cannot be written: {exc.strerror}.") from exc

        operations.guarded(self, self.tr("Save the file"), write)

    # --- EditorTab -----------------------------------------------------------------------------

    def load(self, nota: Nota) -> None:
        """Show the nota's attachments."""
        self.attachments = [copy.deepcopy(a) for a in nota.attachments]
        self._refresh()

    def apply(self, nota: Nota) -> None:
        """Write the attachments into the nota."""
        nota.attachments = [copy.deepcopy(a) for a in self.attachments]

    def focus_field(self, path: str) -> bool:
        """Focus the attachments table for an ``attachments`` path."""
        if not path.startswith("attachments"):
            return False
        self.table.setFocus()
        return True
