"""The Commitments tab: each commitment with the finding(s) it answers, owner, due date, status."""

from __future__ import annotations

import copy

from notadesk.core.editing import finding_label, new_commitment
from notadesk.core.model.nota import Commitment, Finding, Nota
from notadesk.core.policy.portions import portion_levels
from notadesk.core.policy.vocabulary import commitment_statuses, format_date, label
from notadesk.gui.editor.base import EditorTab
from notadesk.gui.portions import portion_text
from notadesk.gui.qt import Qt, QtCore, QtGui, QtWidgets
from notadesk.gui.widgets import OptionalDateEdit, button_row, size_columns, tool_button

TEXT, FINDINGS, OWNER, DUE, STATUS, PORTION = range(6)


class CommitmentsTab(EditorTab):
    """A list of the commitments (toezeggingen) and a form for the selected one."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.commitments: list[Commitment] = []
        self.available: list[Finding] = []
        self.nota_level = ""  # the nota's level: a commitment without its own marking has it
        self._loading = False

        self.table = QtWidgets.QTableWidget(0, 6, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Commitment"), self.tr("Findings"), self.tr("Owner"), self.tr("Due"),
             self.tr("Status"), self.tr("Marking")]
        )  # fmt: skip
        self.table.setAccessibleName(self.tr("Commitments"))
        self.table.setTabKeyNavigation(False)
        self.table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TEXT, QtWidgets.QHeaderView.ResizeMode.Stretch)
        size_columns(header, {FINDINGS: 90, OWNER: 140, DUE: 130, STATUS: 110, PORTION: 130})
        self.table.currentCellChanged.connect(lambda row, *_: self._show(row))
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)

        self.add_button = tool_button(self.tr("Add"), "list-add", self.tr("Add a commitment"))
        self.remove_button = tool_button(
            self.tr("Remove"), "list-remove", self.tr("Remove the selected commitment")
        )
        self.add_button.clicked.connect(self.add_commitment)
        self.remove_button.clicked.connect(self.remove_commitment)

        self.text = QtWidgets.QPlainTextEdit()
        self.text.setAccessibleName(self.tr("Commitment text"))
        self.text.setTabChangesFocus(True)
        self.text.setMaximumHeight(90)
        self.findings_list = QtWidgets.QListWidget()
        self.findings_list.setAccessibleName(self.tr("Findings this commitment answers"))
        self.findings_list.setMaximumHeight(130)
        self.owner = QtWidgets.QLineEdit()
        self.owner.setAccessibleName(self.tr("Owner"))
        self.owner.setPlaceholderText(self.tr("e.g. Defensie, BZ/DSH"))
        self.due = OptionalDateEdit(self.tr("Due date"))
        self.status = QtWidgets.QComboBox()
        self.status.setAccessibleName(self.tr("Commitment status"))
        for s in commitment_statuses():
            self.status.addItem(s.label, s.id)
        self.portion = QtWidgets.QComboBox()
        self.portion.setAccessibleName(self.tr("Marking of the commitment"))

        self.form = QtWidgets.QGroupBox(self.tr("Selected commitment"))
        form = QtWidgets.QFormLayout(self.form)
        for text, widget in (
            (self.tr("&Text"), self.text),
            (self.tr("Answers &finding(s)"), self.findings_list),
            (self.tr("&Owner"), self.owner),
            (self.tr("Due date"), self.due),
            (self.tr("Stat&us"), self.status),
            (self.tr("&Marking"), self.portion),
        ):
            lab = QtWidgets.QLabel(text)
            lab.setBuddy(widget)
            form.addRow(lab, widget)
        self.form.setEnabled(False)

        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(button_row(self.add_button, self.remove_button))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.form)

        self.text.textChanged.connect(self._edited)
        self.owner.textChanged.connect(self._edited)
        self.due.changed.connect(self._edited)
        self.status.currentIndexChanged.connect(self._edited)
        self.portion.currentIndexChanged.connect(self._edited)
        self.findings_list.itemChanged.connect(self._edited)

    # --- showing -------------------------------------------------------------------------------

    def set_available_findings(self, findings: list[Finding]) -> None:
        """Offer these findings for linking (called when the Findings tab changes)."""
        self.available = findings
        self._refresh_rows()
        self._show(self.table.currentRow())

    def _findings_text(self, c: Commitment) -> str:
        numbers = {f.id: str(f.number) for f in self.available}
        return ", ".join(numbers.get(i, "?") for i in c.finding_ids)

    def _set_row(self, row: int, c: Commitment) -> None:
        values = [
            " ".join(c.text.split()),
            self._findings_text(c),
            c.owner,
            format_date(c.due),
            label(commitment_statuses(), c.status),
            self._portion_text(c.portion),
        ]
        for col, value in enumerate(values):
            item = self.table.item(row, col)
            if item is None:
                item = QtWidgets.QTableWidgetItem()
                self.table.setItem(row, col, item)
            item.setText(value)
            if col == TEXT:
                item.setToolTip(c.text)

    def _portion_text(self, portion: str | None) -> str:
        return portion_text(portion, self.nota_level)

    def _fill_portions(self) -> None:
        """Offer the levels of the nota's scheme; no choice: the nota's own."""
        self.portion.clear()
        self.portion.addItem(self._portion_text(None), None)
        for level in portion_levels(self.nota_level):
            self.portion.addItem(level.label, level.id)

    def set_nota_level(self, level_id: str) -> None:
        """Follow the nota's marking as chosen now (the Marking field's default and choices)."""
        if level_id == self.nota_level:
            return
        self.nota_level = level_id
        self._loading = True
        self._fill_portions()
        self._loading = False
        self._refresh_rows()
        self._show(self.table.currentRow())

    def _refresh_rows(self) -> None:
        self.table.setRowCount(len(self.commitments))
        for row, c in enumerate(self.commitments):
            self._set_row(row, c)

    def _show(self, row: int) -> None:
        self._loading = True
        try:
            valid = 0 <= row < len(self.commitments)
            self.form.setEnabled(valid)
            c = self.commitments[row] if valid else Commitment()
            self.text.setPlainText(c.text)
            self.owner.setText(c.owner)
            self.due.set_value(c.due)
            self.status.setCurrentIndex(max(self.status.findData(c.status), 0))
            if c.portion is not None and self.portion.findData(c.portion) < 0:
                self.portion.addItem(self._portion_text(c.portion), c.portion)  # kept as it came
            self.portion.setCurrentIndex(max(self.portion.findData(c.portion), 0))
            self.findings_list.clear()
            for f in self.available:
                item = QtWidgets.QListWidgetItem(finding_label(f, 90))
                item.setData(Qt.ItemDataRole.UserRole, f.id)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                linked = f.id in c.finding_ids
                item.setCheckState(Qt.CheckState.Checked if linked else Qt.CheckState.Unchecked)
                self.findings_list.addItem(item)
        finally:
            self._loading = False

    def _edited(self, *_args: object) -> None:
        row = self.table.currentRow()
        if self._loading or not 0 <= row < len(self.commitments):
            return
        c = self.commitments[row]
        c.text = self.text.toPlainText().strip()
        c.owner = self.owner.text().strip()
        c.due = self.due.value()
        c.status = self.status.currentData()
        c.portion = self.portion.currentData()
        known = {f.id for f in self.available}
        checked = [
            self.findings_list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.findings_list.count())
            if self.findings_list.item(i).checkState() == Qt.CheckState.Checked
        ]
        c.finding_ids = checked + [i for i in c.finding_ids if i not in known]
        self._set_row(row, c)
        self.changed.emit()

    def context_menu(self, row: int) -> QtWidgets.QMenu:
        """Return the menu of a commitment's row: comment on it (the Paraaf tab lists it)."""
        menu = QtWidgets.QMenu(self)
        commitment = self.commitments[row]
        action = menu.addAction(self.tr("Comment on commitment %1…").replace("%1", str(row + 1)))
        action.triggered.connect(lambda: self.comment_requested.emit("commitment", commitment.id))
        return menu

    def _context_menu(self, point: QtCore.QPoint) -> None:
        index = self.table.indexAt(point)
        if index.isValid():
            self.table.setCurrentCell(index.row(), index.column())
            self.context_menu(index.row()).exec(self.table.viewport().mapToGlobal(point))

    def answering(self, finding_id: str) -> list[int]:
        """Return the rows of the commitments that answer a finding."""
        return [i for i, c in enumerate(self.commitments) if finding_id in c.finding_ids]

    def unlink_finding(self, finding_id: str) -> None:
        """Take a removed finding out of every commitment that answered it."""
        changed = False
        for c in self.commitments:
            if finding_id in c.finding_ids:
                c.finding_ids = [i for i in c.finding_ids if i != finding_id]
                changed = True
        if changed:
            self._refresh_rows()
            self._show(self.table.currentRow())
            self.changed.emit()

    def show_text_span(self, row: int, start: int, end: int) -> None:
        """Select a commitment and the span of its text (find: a match there)."""
        self.table.setCurrentCell(row, TEXT)
        cursor = self.text.textCursor()
        cursor.setPosition(min(start, len(self.text.toPlainText())))
        cursor.setPosition(
            min(end, len(self.text.toPlainText())), QtGui.QTextCursor.MoveMode.KeepAnchor
        )
        self.text.setTextCursor(cursor)

    def replace_text_span(self, row: int, start: int, end: int, replacement: str) -> bool:
        """Replace part of a commitment's text (find and replace); return whether it was done."""
        if not 0 <= row < len(self.commitments):
            return False
        c = self.commitments[row]
        c.text = (c.text[:start] + replacement + c.text[end:]).strip()
        self._set_row(row, c)
        if self.table.currentRow() == row:
            self._show(row)
        self.changed.emit()
        return True

    # --- actions -------------------------------------------------------------------------------

    def add_commitment(self) -> None:
        """Add a commitment and start typing its text."""
        self.commitments.append(new_commitment(Nota(commitments=self.commitments)))
        self._refresh_rows()
        self.table.setCurrentCell(len(self.commitments) - 1, TEXT)
        self.text.setFocus()
        self.changed.emit()

    def remove_commitment(self) -> None:
        """Remove the selected commitment."""
        row = self.table.currentRow()
        if 0 <= row < len(self.commitments):
            del self.commitments[row]
            self._refresh_rows()
            self._show(self.table.currentRow())
            self.changed.emit()

    # --- EditorTab -----------------------------------------------------------------------------

    def load(self, nota: Nota) -> None:
        """Show the nota's commitments."""
        self.commitments = [copy.deepcopy(c) for c in nota.commitments]
        self.available = [copy.deepcopy(f) for f in nota.findings]
        self.nota_level = nota.classification.level
        self._loading = True
        self._fill_portions()
        self._loading = False
        self._refresh_rows()
        if self.commitments:
            self.table.setCurrentCell(0, TEXT)
        self._show(self.table.currentRow())

    def apply(self, nota: Nota) -> None:
        """Write the commitments into the nota."""
        nota.commitments = [copy.deepcopy(c) for c in self.commitments]

    def focus_field(self, path: str) -> bool:
        """Select the commitment a path like ``commitments[0].finding_ids`` names."""
        if not path.startswith("commitments"):
            return False
        if path.startswith("commitments["):
            row = int(path[len("commitments[") : path.index("]")])
            if 0 <= row < len(self.commitments):
                self.table.setCurrentCell(row, TEXT)
        target = self.findings_list if path.endswith("finding_ids") else self.text
        target.setFocus(QtCore.Qt.FocusReason.OtherFocusReason)
        return True
