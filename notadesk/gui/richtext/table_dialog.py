"""The table editor: rows, columns, header rows and cell text of a table in the nota's text.

A table stands in the Text tab as one placeholder line; inserting or double-clicking it opens
this dialog. Cells are edited as plain text, a line break with Enter; a cell whose text is not
changed keeps its styles (bold, redaction…) exactly as they were.
"""

from __future__ import annotations

from notadesk.core.model.nota import (
    MAX_CELL_CHARACTERS,
    MAX_HEADER_ROWS,
    MAX_TABLE_COLUMNS,
    MAX_TABLE_ROWS,
    Paragraph,
    Run,
    Table,
    TableCell,
    TableRow,
)
from notadesk.gui.qt import Qt, QtCore, QtGui, QtWidgets

CELL_ROLE = Qt.ItemDataRole.UserRole + 1
"""The original :class:`TableCell` of an item (kept while its text is unchanged)."""


def cell_text(cell: TableCell) -> str:
    """Return a cell's text: paragraphs on their own lines, line breaks kept."""
    return "\n".join("".join(r.text for r in p.runs) for p in cell.paragraphs)


def text_cell(text: str) -> TableCell:
    """Return a cell holding typed text (one paragraph per line, no styles)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")[:MAX_CELL_CHARACTERS]
    if not text:
        return TableCell([])
    return TableCell(
        [Paragraph(runs=[Run(text=line)] if line else []) for line in text.split("\n")]
    )


class _CellDelegate(QtWidgets.QStyledItemDelegate):
    """Cells are edited in a small plain-text box: Enter is a new line, Tab the next cell."""

    def createEditor(
        self,
        parent: QtWidgets.QWidget,
        option: QtWidgets.QStyleOptionViewItem,
        index: QtCore.QModelIndex | QtCore.QPersistentModelIndex,
    ) -> QtWidgets.QWidget:
        editor = QtWidgets.QPlainTextEdit(parent)
        editor.setTabChangesFocus(True)
        editor.setMinimumHeight(60)
        return editor

    def setEditorData(
        self, editor: QtWidgets.QWidget, index: QtCore.QModelIndex | QtCore.QPersistentModelIndex
    ) -> None:
        assert isinstance(editor, QtWidgets.QPlainTextEdit)
        editor.setPlainText(str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def setModelData(
        self,
        editor: QtWidgets.QWidget,
        model: QtCore.QAbstractItemModel,
        index: QtCore.QModelIndex | QtCore.QPersistentModelIndex,
    ) -> None:
        assert isinstance(editor, QtWidgets.QPlainTextEdit)
        text = editor.toPlainText()[:MAX_CELL_CHARACTERS]
        model.setData(index, text, Qt.ItemDataRole.EditRole)


class TableDialog(QtWidgets.QDialog):
    """Edit a table: add and remove rows and columns, choose the header rows, type cells."""

    def __init__(self, table: Table | None = None, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Table"))
        self.resize(640, 420)  # wider when the buttons need it (large fonts, Dutch)
        table = table or Table(rows=[TableRow([TableCell([]) for _ in range(3)]) for _ in range(3)])
        self.widths = list(table.widths)
        self.grid = QtWidgets.QTableWidget(self)
        self.grid.setAccessibleName(self.tr("Table cells"))
        self.grid.setItemDelegate(_CellDelegate(self.grid))
        self.grid.setWordWrap(True)
        self.grid.horizontalHeader().setSectionResizeMode(QtWidgets.QHeaderView.ResizeMode.Stretch)
        self.grid.verticalHeader().setSectionResizeMode(
            QtWidgets.QHeaderView.ResizeMode.ResizeToContents
        )
        self.grid.setRowCount(len(table.rows))
        self.grid.setColumnCount(table.column_count)
        for r, row in enumerate(table.rows):
            for c, cell in enumerate(row.cells):
                self._set_cell(r, c, cell)
        self.header_rows = QtWidgets.QSpinBox(self)
        self.header_rows.setRange(0, MAX_HEADER_ROWS)
        self.header_rows.setValue(min(table.header_rows, MAX_HEADER_ROWS))
        self.header_rows.setAccessibleName(self.tr("Header rows"))
        self.header_rows.setToolTip(
            self.tr("Header rows print bold and repeat at the top of every page the table spans")
        )
        self.header_rows.valueChanged.connect(self._show_headers)

        self.add_row_button = QtWidgets.QPushButton(self.tr("Add &row"))
        self.remove_row_button = QtWidgets.QPushButton(self.tr("Remove r&ow"))
        self.add_column_button = QtWidgets.QPushButton(self.tr("Add &column"))
        self.remove_column_button = QtWidgets.QPushButton(self.tr("Remove co&lumn"))
        self.add_row_button.clicked.connect(self.add_row)
        self.remove_row_button.clicked.connect(self.remove_row)
        self.add_column_button.clicked.connect(self.add_column)
        self.remove_column_button.clicked.connect(self.remove_column)

        tools = QtWidgets.QHBoxLayout()
        for button in (
            self.add_row_button,
            self.remove_row_button,
            self.add_column_button,
            self.remove_column_button,
        ):
            tools.addWidget(button)
        tools.addStretch(1)
        header_label = QtWidgets.QLabel(self.tr("&Header rows:"))
        header_label.setBuddy(self.header_rows)
        tools.addWidget(header_label)
        tools.addWidget(self.header_rows)
        buttons = QtWidgets.QDialogButtonBox(
            QtWidgets.QDialogButtonBox.StandardButton.Ok
            | QtWidgets.QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addWidget(self.grid, 1)
        layout.addWidget(buttons)
        self._show_headers()
        self._update_buttons()

    # --- cells ---------------------------------------------------------------------------

    def _set_cell(self, row: int, column: int, cell: TableCell) -> None:
        item = QtWidgets.QTableWidgetItem(cell_text(cell))
        item.setData(CELL_ROLE, cell)
        self.grid.setItem(row, column, item)

    def _empty(self, row: int, column: int) -> None:
        self._set_cell(row, column, TableCell([]))

    def _show_headers(self, *_args: object) -> None:
        headers = self.header_rows.value()
        for r in range(self.grid.rowCount()):
            for c in range(self.grid.columnCount()):
                item = self.grid.item(r, c)
                if item is None:
                    continue
                font = item.font()
                font.setBold(r < headers)
                item.setFont(font)
                item.setBackground(QtGui.QColor("#e6ecf1") if r < headers else QtGui.QBrush())

    def _update_buttons(self) -> None:
        rows, columns = self.grid.rowCount(), self.grid.columnCount()
        self.add_row_button.setEnabled(rows < MAX_TABLE_ROWS)
        self.remove_row_button.setEnabled(rows > 1)
        self.add_column_button.setEnabled(columns < MAX_TABLE_COLUMNS)
        self.remove_column_button.setEnabled(columns > 1)

    def add_row(self) -> None:
        """Add an empty row below the current one (or at the end)."""
        row = self.grid.currentRow() + 1 if self.grid.currentRow() >= 0 else self.grid.rowCount()
        if self.grid.rowCount() >= MAX_TABLE_ROWS:
            return
        self.grid.insertRow(row)
        for c in range(self.grid.columnCount()):
            self._empty(row, c)
        self._show_headers()
        self._update_buttons()

    def remove_row(self) -> None:
        """Remove the current row (a table keeps at least one)."""
        if self.grid.rowCount() > 1:
            self.grid.removeRow(max(0, self.grid.currentRow()))
        self._update_buttons()

    def add_column(self) -> None:
        """Add an empty column right of the current one (or at the end)."""
        if self.grid.columnCount() >= MAX_TABLE_COLUMNS:
            return
        column = (
            self.grid.currentColumn() + 1
            if self.grid.currentColumn() >= 0
            else self.grid.columnCount()
        )
        self.grid.insertColumn(column)
        for r in range(self.grid.rowCount()):
            self._empty(r, column)
        if self.widths:
            self.widths.insert(column, sum(self.widths) / len(self.widths))
        self._show_headers()
        self._update_buttons()

    def remove_column(self) -> None:
        """Remove the current column (a table keeps at least one)."""
        if self.grid.columnCount() <= 1:
            return
        column = max(0, self.grid.currentColumn())
        self.grid.removeColumn(column)
        if self.widths:
            del self.widths[column]
        self._update_buttons()

    # --- the result ----------------------------------------------------------------------

    def table(self) -> Table:
        """Return the table as the dialog shows it."""
        rows = []
        for r in range(self.grid.rowCount()):
            cells = []
            for c in range(self.grid.columnCount()):
                item = self.grid.item(r, c)
                text = item.text() if item is not None else ""
                original = item.data(CELL_ROLE) if item is not None else None
                if isinstance(original, TableCell) and cell_text(original) == text:
                    cells.append(original)
                else:
                    cells.append(text_cell(text))
            rows.append(TableRow(cells))
        widths = self.widths if len(self.widths) == self.grid.columnCount() else []
        return Table(rows=rows, header_rows=min(self.header_rows.value(), len(rows)), widths=widths)


def edit_table(parent: QtWidgets.QWidget | None, table: Table | None = None) -> Table | None:
    """Ask for a table (a new one when ``table`` is None); None when cancelled (tests stub)."""
    dialog = TableDialog(table, parent)
    if dialog.exec() != QtWidgets.QDialog.DialogCode.Accepted:
        return None
    return dialog.table()
