"""An editable list of names for the routing block: add, remove, reorder, personal data, ground."""

from __future__ import annotations

from notadesk.core.model.nota import RoutingEntry
from notadesk.core.policy.woo import woo_grounds
from notadesk.gui.qt import Qt, QtCore, QtWidgets, Signal
from notadesk.gui.widgets import ShortComboBox, icon, size_columns

NAME, PERSONAL, GROUND = range(3)


class RoutingListEditor(QtWidgets.QWidget):
    """The entries of one routing role (Aan, Van, …) as a small table with buttons."""

    changed = Signal()

    def __init__(self, label: str, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = label
        self._loading = False
        self.table = QtWidgets.QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name or unit"), self.tr("Personal"), self.tr("Woo ground")]
        )
        self.table.setAccessibleName(label)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QtWidgets.QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(PERSONAL, QtWidgets.QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(GROUND, QtWidgets.QHeaderView.ResizeMode.Fixed)
        size_columns(header, {PERSONAL: 72, GROUND: 118})
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.setMinimumHeight(80)
        self.table.setMaximumHeight(100)
        self.table.setVerticalScrollMode(QtWidgets.QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.itemChanged.connect(self._item_changed)

        self.add_button = self._button("list-add", self.tr("Add a name to %1"))
        self.remove_button = self._button("list-remove", self.tr("Remove the name from %1"))
        self.up_button = self._button("go-up", self.tr("Move the name up in %1"))
        self.down_button = self._button("go-down", self.tr("Move the name down in %1"))
        self.add_button.clicked.connect(self.add_entry)
        self.remove_button.clicked.connect(self.remove_entry)
        self.up_button.clicked.connect(lambda: self.move_entry(-1))
        self.down_button.clicked.connect(lambda: self.move_entry(1))

        buttons = QtWidgets.QVBoxLayout()
        buttons.setSpacing(2)
        for b in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QtWidgets.QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def _button(self, icon_name: str, tip: str) -> QtWidgets.QToolButton:
        button = QtWidgets.QToolButton(self)
        button.setIcon(icon(icon_name))
        text = tip.replace("%1", self.label)
        button.setToolTip(text)
        button.setAccessibleName(text)
        button.setAutoRaise(True)
        return button

    # --- rows ----------------------------------------------------------------------------------

    def _ground_combo(self, code: str | None) -> QtWidgets.QComboBox:
        combo = ShortComboBox()
        combo.setAccessibleName(self.tr("Woo ground"))
        default = self.tr("default")
        combo.add_item(default, None, default)
        combo.setItemData(
            0, self.tr("The personal-data ground 5.1.2e"), Qt.ItemDataRole.ToolTipRole
        )
        for g in woo_grounds():  # the code in the cell; the list and the tooltip say what it is
            combo.add_item(f"{g.code}  {g.short_label}", g.code, g.code)
            combo.setItemData(combo.count() - 1, g.label, Qt.ItemDataRole.ToolTipRole)
        combo.view().setMinimumWidth(380)
        index = combo.findData(code) if code else 0
        combo.setCurrentIndex(max(index, 0))
        combo.currentIndexChanged.connect(self._emit)
        return combo

    def _insert_row(self, row: int, entry: RoutingEntry) -> None:
        self._loading = True
        self.table.insertRow(row)
        self.table.setItem(row, NAME, QtWidgets.QTableWidgetItem(entry.name))
        tick = QtWidgets.QTableWidgetItem()
        tick.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
        tick.setCheckState(
            Qt.CheckState.Checked if entry.personal_data else Qt.CheckState.Unchecked
        )
        self.table.setItem(row, PERSONAL, tick)
        self.table.setCellWidget(row, GROUND, self._ground_combo(entry.woo_ground))
        self._loading = False

    def set_entries(self, entries: list[RoutingEntry]) -> None:
        """Show entries without emitting ``changed``."""
        self.table.setRowCount(0)
        for entry in entries:
            self._insert_row(self.table.rowCount(), entry)

    def entry(self, row: int) -> RoutingEntry:
        """Return the entry shown in a row."""
        name_item = self.table.item(row, NAME)
        tick = self.table.item(row, PERSONAL)
        combo = self.table.cellWidget(row, GROUND)
        assert isinstance(combo, QtWidgets.QComboBox)
        return RoutingEntry(
            name=(name_item.text() if name_item else "").strip(),
            personal_data=tick is not None and tick.checkState() == Qt.CheckState.Checked,
            woo_ground=combo.currentData(),
        )

    def entries(self) -> list[RoutingEntry]:
        """Return the entries with a name, in order."""
        rows = (self.entry(r) for r in range(self.table.rowCount()))
        return [e for e in rows if e.name]

    # --- actions -------------------------------------------------------------------------------

    def add_entry(self) -> None:
        """Add an empty row and start typing its name."""
        row = self.table.rowCount()
        self._insert_row(row, RoutingEntry())
        self.table.setCurrentCell(row, NAME)
        self.table.setFocus()
        self.table.editItem(self.table.item(row, NAME))
        self.changed.emit()

    def remove_entry(self) -> None:
        """Remove the selected row."""
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.changed.emit()

    def move_entry(self, step: int) -> None:
        """Move the selected row up (-1) or down (+1)."""
        row = self.table.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        entry = self.entry(row)
        self.table.removeRow(row)
        self._insert_row(target, entry)
        self.table.setCurrentCell(target, NAME)
        self.changed.emit()

    def _item_changed(self, _item: QtWidgets.QTableWidgetItem) -> None:
        if not self._loading:
            self.changed.emit()

    def _emit(self, *_args: object) -> None:
        if not self._loading:
            self.changed.emit()

    def focus(self) -> None:
        """Put the keyboard focus in the list (on its first name when there is one)."""
        self.table.setFocus(QtCore.Qt.FocusReason.OtherFocusReason)
        if self.table.rowCount():
            self.table.setCurrentCell(0, NAME)
