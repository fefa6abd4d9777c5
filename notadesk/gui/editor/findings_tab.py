"""The Findings tab: a table edited in place, reordered by drag or by buttons."""

from __future__ import annotations

import copy
from collections.abc import Sequence

from notadesk.core.editing import new_finding, renumber_findings
from notadesk.core.model.nota import Finding, Nota
from notadesk.core.policy.portions import portion_levels
from notadesk.core.policy.vocabulary import label, positions
from notadesk.gui.editor.base import EditorTab
from notadesk.gui.editor.undo import step_name
from notadesk.gui.portions import portion_text
from notadesk.gui.qt import Qt, QtCore, QtGui, QtWidgets
from notadesk.gui.widgets import ListTableModel, button_row, size_columns, tool_button

NUMBER, MAIN, GROUP, POSITION, TEXT, COMMENT, PORTION = range(7)
MIME = "application/x-notadesk-finding-rows"
Index = QtCore.QModelIndex | QtCore.QPersistentModelIndex


class FindingsModel(ListTableModel):
    """The findings of one nota as rows."""

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self.findings: list[Finding] = []
        self.groups: list[str] = []
        self.nota_level = ""  # the nota's level: a finding without its own marking has it
        self.headers = [
            self.tr("No."),
            self.tr("Main"),
            self.tr("Group"),
            self.tr("Position"),
            self.tr("Finding"),
            self.tr("Comment"),
            self.tr("Marking"),
        ]

    def set_findings(self, findings: list[Finding], groups: list[str]) -> None:
        """Replace the rows with copies of the findings."""
        self.beginResetModel()
        self.findings = [copy.deepcopy(f) for f in findings]
        self.groups = list(groups)
        self.endResetModel()

    def row_items(self) -> Sequence[object]:
        """Return the items the rows show."""
        return self.findings

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Return what a cell shows or edits."""
        if not index.isValid():
            return None
        f = self.findings[index.row()]
        col = index.column()
        if col == MAIN:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if f.main else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return self.tr("main finding") if f.main else self.tr("not a main finding")
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == NUMBER:
                return f.number
            if col == GROUP:
                return f.group
            if col == POSITION:
                if role == Qt.ItemDataRole.EditRole:
                    return f.position
                return label(positions(), f.position)
            if col == TEXT:
                return f.text
            if col == COMMENT:
                return f.comment
            if col == PORTION:
                if role == Qt.ItemDataRole.EditRole:
                    return f.portion
                return self.portion_text(f.portion)
        if role == Qt.ItemDataRole.ToolTipRole and col in (TEXT, COMMENT):
            return f.text if col == TEXT else f.comment
        if role == Qt.ItemDataRole.TextAlignmentRole and col == NUMBER:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return None

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Store an edited cell."""
        if not index.isValid():
            return False
        f = self.findings[index.row()]
        col = index.column()
        if col == MAIN and role == Qt.ItemDataRole.CheckStateRole:
            f.main = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2, True)
        elif role != Qt.ItemDataRole.EditRole:
            return False
        elif col == NUMBER:
            try:
                f.number = max(0, int(str(value)))
            except ValueError:
                return False
        elif col == GROUP:
            f.group = str(value or "").strip()
            if f.group and f.group not in self.groups:
                self.groups.append(f.group)
        elif col == POSITION:
            f.position = str(value) if value else None
        elif col == TEXT:
            f.text = str(value or "").strip()
        elif col == COMMENT:
            f.comment = str(value or "").strip()
        elif col == PORTION:
            f.portion = str(value) if value else None
        self.dataChanged.emit(index, index)
        return True

    def portion_text(self, portion: str | None) -> str:
        """Return how a portion's marking reads in the table: its level, or the nota's."""
        return portion_text(portion, self.nota_level)

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Return what may be done with a cell."""
        base = Qt.ItemFlag.ItemIsDropEnabled
        if not index.isValid():
            return base
        base |= Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        base |= Qt.ItemFlag.ItemIsDragEnabled
        if index.column() == MAIN:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    # --- moving rows ---------------------------------------------------------------------------

    def move_row(self, source: int, target: int) -> bool:
        """Move one finding so that it ends up at row ``target``."""
        n = len(self.findings)
        if not (0 <= source < n and 0 <= target < n) or source == target:
            return False
        dest = target + 1 if target > source else target
        self.beginMoveRows(QtCore.QModelIndex(), source, source, QtCore.QModelIndex(), dest)
        self.findings.insert(target, self.findings.pop(source))
        self.endMoveRows()
        return True

    def supportedDropActions(self) -> Qt.DropAction:
        """Rows are moved, never copied."""
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        """Return the private type used for dragging rows."""
        return [MIME]

    def mimeData(self, indexes: list[QtCore.QModelIndex]) -> QtCore.QMimeData:
        """Pack the dragged row number."""
        data = QtCore.QMimeData()
        rows = sorted({i.row() for i in indexes})
        data.setData(MIME, QtCore.QByteArray(",".join(map(str, rows)).encode()))
        return data

    def dropMimeData(
        self,
        data: QtCore.QMimeData,
        action: Qt.DropAction,
        row: int,
        _column: int,
        parent: Index,
    ) -> bool:
        """Move the dragged row to where it was dropped."""
        if action != Qt.DropAction.MoveAction or not data.hasFormat(MIME):
            return False
        rows = [int(r) for r in bytes(data.data(MIME).data()).decode().split(",") if r]
        if len(rows) != 1:
            return False
        if row < 0:
            row = parent.row() if parent.isValid() else len(self.findings)
        source = rows[0]
        target = row - 1 if row > source else row
        self.move_row(source, min(target, len(self.findings) - 1))
        return False  # the move is done; the view must not remove the source row


class ChoiceDelegate(QtWidgets.QStyledItemDelegate):
    """Edits a cell with a combo box: fixed choices, or free text with suggestions."""

    def __init__(self, model: FindingsModel, column: int, parent: QtCore.QObject) -> None:
        super().__init__(parent)
        self.model = model
        self.column = column

    def createEditor(
        self, parent: QtWidgets.QWidget, _option: QtWidgets.QStyleOptionViewItem, _index: Index
    ) -> QtWidgets.QWidget:
        """Return a combo box for the column."""
        combo = QtWidgets.QComboBox(parent)
        if self.column == GROUP:
            combo.setEditable(True)
            combo.addItems(self.model.groups)
            combo.setAccessibleName(self.tr("Group"))
        elif self.column == PORTION:
            combo.addItem(self.model.portion_text(None), None)
            for level in portion_levels(self.model.nota_level):
                combo.addItem(level.label, level.id)
            combo.setAccessibleName(self.tr("Marking of the finding"))
        else:
            combo.addItem(self.tr("— no position yet"), None)
            for p in positions():
                combo.addItem(p.label, p.id)
            combo.setAccessibleName(self.tr("Position"))
        return combo

    def setEditorData(self, editor: QtWidgets.QWidget, index: Index) -> None:
        """Show the cell's value in the combo."""
        assert isinstance(editor, QtWidgets.QComboBox)
        value = index.data(Qt.ItemDataRole.EditRole)
        if self.column == GROUP:
            editor.setCurrentText(value or "")
        else:
            editor.setCurrentIndex(max(editor.findData(value), 0))

    def setModelData(
        self, editor: QtWidgets.QWidget, model: QtCore.QAbstractItemModel, index: Index
    ) -> None:
        """Store the combo's choice."""
        assert isinstance(editor, QtWidgets.QComboBox)
        value = editor.currentText() if self.column == GROUP else editor.currentData()
        model.setData(index, value, Qt.ItemDataRole.EditRole)


class FindingsTab(EditorTab):
    """The findings (bevindingen) and the cabinet's position on each."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._nota: Nota | None = None
        self.model = FindingsModel(self)
        self.view = QtWidgets.QTableView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Findings"))
        self.view.setTabKeyNavigation(False)
        self.view.setWordWrap(True)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setDragDropMode(QtWidgets.QAbstractItemView.DragDropMode.InternalMove)
        self.view.setDragDropOverwriteMode(False)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setDropIndicatorShown(True)
        self.view.setEditTriggers(
            QtWidgets.QAbstractItemView.EditTrigger.DoubleClicked
            | QtWidgets.QAbstractItemView.EditTrigger.EditKeyPressed
            | QtWidgets.QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.setItemDelegateForColumn(GROUP, ChoiceDelegate(self.model, GROUP, self.view))
        self.view.setItemDelegateForColumn(
            POSITION, ChoiceDelegate(self.model, POSITION, self.view)
        )
        self.view.setItemDelegateForColumn(PORTION, ChoiceDelegate(self.model, PORTION, self.view))
        self.view.verticalHeader().setVisible(False)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(TEXT, QtWidgets.QHeaderView.ResizeMode.Stretch)
        widths = {NUMBER: 44, MAIN: 50, GROUP: 120, POSITION: 160, COMMENT: 160, PORTION: 130}
        size_columns(header, widths)
        self.view.verticalHeader().setSectionResizeMode(
            QtWidgets.QHeaderView.ResizeMode.ResizeToContents
        )

        self.add_button = tool_button(self.tr("Add"), "list-add", self.tr("Add a finding"))
        self.remove_button = tool_button(
            self.tr("Remove"), "list-remove", self.tr("Remove the selected finding")
        )
        self.up_button = tool_button(self.tr("Up"), "go-up", self.tr("Move the finding up"))
        self.down_button = tool_button(self.tr("Down"), "go-down", self.tr("Move the finding down"))
        self.renumber_button = tool_button(
            self.tr("Renumber"), "view-refresh", self.tr("Number the findings 1, 2, 3… in order")
        )
        self.add_button.clicked.connect(self.add_finding)
        self.remove_button.clicked.connect(self.remove_finding)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.renumber_button.clicked.connect(self.renumber)
        QtGui.QShortcut(
            QtGui.QKeySequence("Ctrl+Shift+Up"), self.view, lambda: self.move_selected(-1)
        )
        QtGui.QShortcut(
            QtGui.QKeySequence("Ctrl+Shift+Down"), self.view, lambda: self.move_selected(1)
        )

        hint = QtWidgets.QLabel(
            self.tr(
                "Double-click or start typing to edit a cell. Drag a row, or use Up and Down "
                "(Ctrl+Shift+Up/Down), to reorder."
            )
        )
        hint.setWordWrap(True)
        hint.setEnabled(False)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(
            button_row(
                self.add_button,
                self.remove_button,
                self.up_button,
                self.down_button,
                self.renumber_button,
            )
        )
        layout.addWidget(self.view, 1)
        layout.addWidget(hint)

        for signal in (
            self.model.dataChanged,
            self.model.rowsMoved,
            self.model.rowsInserted,
            self.model.rowsRemoved,
        ):
            signal.connect(self._emit)
        self._loading = False

    def _emit(self, *_args: object) -> None:
        if not self._loading:
            self.changed.emit()

    def context_menu(self, row: int) -> QtWidgets.QMenu:
        """Return the menu of a finding's row: comment on it (the Paraaf tab lists it)."""
        menu = QtWidgets.QMenu(self)
        finding = self.model.findings[row]
        text = self.tr("Comment on finding %1…").replace("%1", str(finding.number))
        action = menu.addAction(text)
        action.triggered.connect(lambda: self.comment_requested.emit("finding", finding.id))
        return menu

    def _context_menu(self, point: QtCore.QPoint) -> None:
        index = self.view.indexAt(point)
        if index.isValid():
            self.view.setCurrentIndex(index)
            self.context_menu(index.row()).exec(self.view.viewport().mapToGlobal(point))

    def set_nota_level(self, level_id: str) -> None:
        """Follow the nota's marking as chosen now (the Marking column's default and choices)."""
        if level_id == self.model.nota_level:
            return
        self.model.nota_level = level_id
        rows = self.model.rowCount()
        if rows:
            self._loading = True  # shown differently, not changed
            self.model.dataChanged.emit(
                self.model.index(0, PORTION), self.model.index(rows - 1, PORTION)
            )
            self._loading = False

    def findings(self) -> list[Finding]:
        """Return the findings as now shown, in order."""
        return [copy.deepcopy(f) for f in self.model.findings]

    def show_text_span(self, row: int, start: int, end: int) -> None:
        """Select a finding's text cell (find: a match in its text)."""
        index = self.model.index(row, TEXT)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)

    def replace_text_span(self, row: int, start: int, end: int, replacement: str) -> bool:
        """Replace part of a finding's text (find and replace); return whether it was done."""
        if not 0 <= row < len(self.model.findings):
            return False
        text = self.model.findings[row].text
        return self.model.setData(
            self.model.index(row, TEXT), text[:start] + replacement + text[end:]
        )

    def current_row(self) -> int:
        """Return the selected row, or -1."""
        index = self.view.currentIndex()
        return index.row() if index.isValid() else -1

    def add_finding(self) -> None:
        """Add a finding at the end and start typing its text."""
        probe = Nota(findings=self.model.findings)
        finding = new_finding(probe)
        row = len(self.model.findings)
        self.model.beginInsertRows(QtCore.QModelIndex(), row, row)
        self.model.findings.append(finding)
        self.model.endInsertRows()
        index = self.model.index(row, TEXT)
        self.view.setCurrentIndex(index)
        self.view.setFocus()
        self.view.edit(index)

    def remove_finding(self) -> None:
        """Remove the selected finding (after asking, when commitments answer it)."""
        row = self.current_row()
        if row < 0:
            return
        finding = self.model.findings[row]
        name = step_name("Remove finding %1").replace("%1", str(finding.number))
        with self.edit_group(name):  # the finding and the commitments' links: one step
            ask = getattr(self, "before_remove", None)
            if ask is not None and not ask(copy.deepcopy(finding)):
                return
            self.model.beginRemoveRows(QtCore.QModelIndex(), row, row)
            del self.model.findings[row]
            self.model.endRemoveRows()

    def move_selected(self, step: int) -> None:
        """Move the selected finding up (-1) or down (+1)."""
        row = self.current_row()
        if row >= 0 and self.model.move_row(row, row + step):
            self.view.setCurrentIndex(
                self.model.index(row + step, self.view.currentIndex().column())
            )

    def renumber(self) -> None:
        """Number the findings in their order."""
        renumber_findings(self.model.findings)
        last = self.model.index(len(self.model.findings) - 1, NUMBER)
        self.model.dataChanged.emit(self.model.index(0, NUMBER), last)

    # --- EditorTab -----------------------------------------------------------------------------

    def load(self, nota: Nota) -> None:
        """Show the nota's findings."""
        self._loading = True
        self.model.nota_level = nota.classification.level
        self.model.set_findings(nota.findings, nota.finding_groups)
        self._loading = False

    def apply(self, nota: Nota) -> None:
        """Write the findings (and any new group) into the nota."""
        nota.findings = self.findings()
        nota.finding_groups = list(self.model.groups)

    def focus_field(self, path: str) -> bool:
        """Select the finding a field path like ``findings[2].number`` names."""
        if not path.startswith("findings"):
            return False
        row = 0
        if path.startswith("findings["):
            row = int(path[len("findings[") : path.index("]")])
        column = NUMBER if path.endswith(".number") else TEXT
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        if 0 <= row < self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(row, column))
        return True
