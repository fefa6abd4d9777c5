"""The list of drafts: sortable columns, filters, full-text search, and the trash."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING

from notadesk.core.policy.markings import all_levels, is_known_level, marking_level
from notadesk.core.policy.vocabulary import format_date, label, statuses, type_lines
from notadesk.gui import operations
from notadesk.gui.qt import Qt, QtCore, QtGui, QtWidgets, Signal
from notadesk.gui.widgets import ListTableModel, icon

if TYPE_CHECKING:
    from notadesk.core.storage.store import Draft, DraftStore, DraftSummary

SUBJECT, REFERENCE, TYPE, STATUS, LEVEL, DATE, DUE = range(7)
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
SEARCH_DELAY_MS = 250
Index = QtCore.QModelIndex | QtCore.QPersistentModelIndex


SHOWN_AT_FIRST = (SUBJECT, STATUS, LEVEL, DUE)
"""The columns a new workstation shows (the list is narrow beside the editor); the others
are a right-click on the column titles away."""
SHORT_DATE = "%d-%m-%Y"


@cache
def _level_label(level_id: str) -> str:
    return marking_level(level_id).label if is_known_level(level_id) else level_id


@cache
def _level_short(level_id: str) -> str:
    """Return the level as the marking reads ("Stg. CONFIDENTIEEL"), or its name."""
    if not is_known_level(level_id):
        return level_id
    level = marking_level(level_id)
    return level.marking or level.label


@cache
def _date_text(iso: str | None, short: bool = False) -> str:
    if not iso:
        return ""
    try:
        day = dt.date.fromisoformat(iso)
    except ValueError:
        return iso
    return day.strftime(SHORT_DATE) if short else format_date(day)


class DraftListModel(ListTableModel):
    """Draft summaries as rows; cells are formatted only when the view asks for them."""

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[DraftSummary] = []
        self.row_of: dict[str, int] = {}
        self.headers = [
            self.tr("Subject"),
            self.tr("Reference"),
            self.tr("Type"),
            self.tr("Status"),
            self.tr("Classification"),
            self.tr("Date"),
            self.tr("Deadline"),
        ]
        self.conflict_brush = QtGui.QBrush(QtGui.QColor("#9c4a00"))

    def set_rows(self, rows: list[DraftSummary]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self.rows = rows
        self.row_of = {r.id: i for i, r in enumerate(rows)}
        self.endResetModel()

    def update_draft(self, draft: Draft) -> bool:
        """Refresh one row from a saved draft; return False when the draft is not listed."""
        row = self.row_of.get(draft.id)
        if row is None:
            return False
        n = draft.nota
        self.rows[row] = dataclasses.replace(
            self.rows[row],
            reference=n.reference,
            subject=n.subject,
            type=n.type,
            status=n.status,
            level=n.classification.level,
            date=n.date.isoformat() if n.date else None,
            due_date=n.deadlines.due.date.isoformat() if n.deadlines.due.date else None,
            updated=draft.updated,
            revision=draft.revision,
        )
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.headers) - 1))
        return True

    def row_items(self) -> Sequence[object]:
        """Return the items the rows show."""
        return self.rows

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Return what a cell shows, sorts by, or which draft it is."""
        if not index.isValid():
            return None
        s = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(s, col)
        if role == SORT_ROLE:
            if col == DATE:
                return s.date or ""
            if col == DUE:
                return s.due_date or "9999"
            if col == LEVEL:
                return marking_level(s.level).rank if is_known_level(s.level) else -1
            return self._display(s, col).casefold()
        if role == ID_ROLE:
            return s.id
        if col == SUBJECT and s.conflict_of:
            if role == Qt.ItemDataRole.ForegroundRole:
                return self.conflict_brush
            if role == Qt.ItemDataRole.DecorationRole:
                return icon("dialog-warning")
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Conflict copy: edits that clashed with a version saved elsewhere")
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == SUBJECT:
                return f"{s.subject} — {s.reference}" if s.subject else s.reference
            if col == LEVEL:
                return _level_label(s.level)
            if col in (DATE, DUE):
                return _date_text(s.date if col == DATE else s.due_date)
        return None

    def _display(self, s: DraftSummary, col: int) -> str:
        if col == SUBJECT:
            subject = s.subject or self.tr("(no subject)")
            return (
                self.tr("%1 (conflict copy)").replace("%1", subject) if s.conflict_of else subject
            )
        if col == REFERENCE:
            return s.reference
        if col == TYPE:
            return label(type_lines(), s.type)
        if col == STATUS:
            return label(statuses(), s.status)
        if col == LEVEL:
            return _level_short(s.level)
        if col == DATE:
            return _date_text(s.date, short=True)
        if col == DUE:
            return _date_text(s.due_date, short=True)
        return ""


class DraftFilter(QtCore.QSortFilterProxyModel):
    """Filters rows by status, classification and the ids a search found."""

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self.status: str | None = None
        self.level: str | None = None
        self.ids: set[str] | None = None
        self.setSortRole(SORT_ROLE)

    def set_filters(self, status: str | None, level: str | None, ids: set[str] | None) -> None:
        """Show only rows with this status, level, and id among ``ids`` (None: any)."""
        if not hasattr(self, "beginFilterChange"):  # Qt before 6.9
            self.status, self.level, self.ids = status, level, ids
            self.invalidateFilter()
            return
        self.beginFilterChange()
        self.status, self.level, self.ids = status, level, ids
        self.endFilterChange(QtCore.QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, _parent: Index) -> bool:
        """Return whether a row passes every filter."""
        if self.status is None and self.level is None and self.ids is None:
            return True
        model = self.sourceModel()
        assert isinstance(model, DraftListModel)
        s = model.rows[row]
        return (
            (self.status is None or s.status == self.status)
            and (self.level is None or s.level == self.level)
            and (self.ids is None or s.id in self.ids)
        )


class DraftListPanel(QtWidgets.QWidget):
    """The drafts (or the trash) with a search box and filters above them."""

    draft_selected = Signal(str)
    """The person chose a draft: carries its id."""
    restore_requested = Signal(str)

    def __init__(self, store: DraftStore, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.showing_trash = False
        self.model = DraftListModel(self)
        self.proxy = DraftFilter(self)
        self.proxy.setSourceModel(self.model)

        self.search = QtWidgets.QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search subject, reference, text… (Ctrl+Shift+F)"))
        self.search.setAccessibleName(self.tr("Search the drafts"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("edit-find"), QtWidgets.QLineEdit.ActionPosition.LeadingPosition)
        self.status_filter = QtWidgets.QComboBox(self)
        self.status_filter.setAccessibleName(self.tr("Show drafts with status"))
        self.status_filter.addItem(self.tr("Every status"), None)
        for s in statuses():
            self.status_filter.addItem(s.label, s.id)
        self.level_filter = QtWidgets.QComboBox(self)
        self.level_filter.setAccessibleName(self.tr("Show drafts with classification"))
        self.level_filter.addItem(self.tr("Every classification"), None)
        for level in all_levels():
            self.level_filter.addItem(level.label, level.id)
        for combo in (self.status_filter, self.level_filter):  # long levels: in the list only
            combo.setSizeAdjustPolicy(
                QtWidgets.QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(12)
        self.trash_button = QtWidgets.QToolButton(self)
        self.trash_button.setIcon(icon("user-trash"))
        self.trash_button.setText(self.tr("Trash"))
        self.trash_button.setCheckable(True)
        self.trash_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.trash_button.setToolTip(self.tr("Show the drafts in the trash"))
        self.trash_button.setAccessibleName(self.tr("Show the trash"))
        self.restore_button = QtWidgets.QPushButton(
            icon("edit-undo"), self.tr("Restore from trash"), self
        )
        self.restore_button.setVisible(False)

        self.view = QtWidgets.QTableView(self)
        self.view.setModel(self.proxy)
        self.view.setAccessibleName(self.tr("Drafts"))
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)
        self.view.setAlternatingRowColors(True)
        self.view.setShowGrid(False)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(24)
        self.view.verticalHeader().setSectionResizeMode(QtWidgets.QHeaderView.ResizeMode.Fixed)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)  # the tooltip has it all
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(SUBJECT, QtWidgets.QHeaderView.ResizeMode.Stretch)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        self.fit_columns()
        self.count_label = QtWidgets.QLabel(self)
        self.count_label.setEnabled(False)

        filters = QtWidgets.QHBoxLayout()
        filters.addWidget(self.status_filter, 1)
        filters.addWidget(self.level_filter, 1)
        filters.addWidget(self.trash_button)
        bottom = QtWidgets.QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.restore_button)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 0, 6)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)

        self.search_timer = QtCore.QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(lambda _t: self.search_timer.start())
        self.search.returnPressed.connect(self.apply_filters)
        self.status_filter.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.level_filter.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.trash_button.toggled.connect(self.show_trash)
        self.restore_button.clicked.connect(self._restore_clicked)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)

    # --- columns -------------------------------------------------------------------------------

    def fit_columns(self) -> None:
        """Give each column the width of its widest title or value, in the window's font;
        show Subject, Status, Classification and Deadline, hide the others."""
        header = self.view.horizontalHeader()
        metrics = self.view.fontMetrics()
        values = {
            REFERENCE: ["Min-BuZa.2022.240"],
            TYPE: [t.label for t in type_lines()],
            STATUS: [s.label for s in statuses()],
            LEVEL: ["Dep. VERTROUWELIJK"],  # longer markings are elided, with a tooltip
            DATE: ["30-09-2022"],
            DUE: ["30-09-2022"],
        }
        for col, texts in values.items():
            width = max(metrics.horizontalAdvance(t) for t in texts) + 2 * 5
            header.resizeSection(col, max(width, header.sectionSizeHint(col)))
        for col in range(self.model.columnCount()):
            header.setSectionHidden(col, col not in SHOWN_AT_FIRST)

    def _column_menu(self, point: QtCore.QPoint) -> None:
        header = self.view.horizontalHeader()
        self.column_menu().exec(header.mapToGlobal(point))

    def column_menu(self) -> QtWidgets.QMenu:
        """Return the menu on the column titles: every column to show or hide (the subject
        always shows)."""
        header = self.view.horizontalHeader()
        menu = QtWidgets.QMenu(self)
        for col, title in enumerate(self.model.headers):
            if col == SUBJECT:
                continue
            action = menu.addAction(title)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(col))
            action.toggled.connect(lambda on, c=col: header.setSectionHidden(c, not on))
        return menu

    # --- data ----------------------------------------------------------------------------------

    def reload(self, select_id: str | None = None) -> None:
        """Read the drafts (or the trash) again and select a draft."""
        keep = select_id or self.current_id()
        rows = operations.guarded(self, self.tr("Drafts"), self._read_rows)
        self.view.selectionModel().blockSignals(True)
        self.model.set_rows(rows or [])
        self.view.selectionModel().blockSignals(False)
        self._update_count()
        if keep:
            self.select(keep, emit=False)

    def _read_rows(self) -> list[DraftSummary]:
        from notadesk.core.storage.fastread import read_summaries

        # straight through sqlite3 when the schema is current (no SQLAlchemy needed at start)
        path = self.store.path  # (None: a team database, read through the store)
        rows = read_summaries(path, deleted=self.showing_trash) if path else None
        if rows is None:
            rows = self.store.list(deleted=self.showing_trash)
        return rows

    def apply_filters(self) -> None:
        """Apply the status and classification filters and the search text."""
        self.search_timer.stop()
        query = self.search.text().strip()
        ids: set[str] | None = None
        if query and self.showing_trash:  # the index covers live drafts; the trash is small
            needle = query.casefold()
            ids = {
                r.id for r in self.model.rows if needle in f"{r.subject} {r.reference}".casefold()
            }
        elif query:
            limit = max(200, self.model.rowCount())
            hits = operations.guarded(
                self, self.tr("Search"), lambda: self.store.search(query, limit=limit)
            )
            ids = {h.draft.id for h in hits or []}
        self.proxy.set_filters(
            self.status_filter.currentData(), self.level_filter.currentData(), ids
        )
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if self.showing_trash:
            text = self.tr("%n in the trash", "", total)
        elif shown == total:
            text = self.tr("%n draft(s)", "", total)
        else:
            text = self.tr("%1 of %n draft(s)", "", total).replace("%1", str(shown))
        self.count_label.setText(text)

    def show_trash(self, on: bool) -> None:
        """Show the trash instead of the drafts, or back."""
        if self.trash_button.isChecked() != on:
            self.trash_button.setChecked(on)
            return
        self.showing_trash = on
        self.restore_button.setVisible(on)
        self.reload()
        self.apply_filters()

    # --- selection -----------------------------------------------------------------------------

    def current_id(self) -> str | None:
        """Return the id of the selected draft."""
        index = self.view.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def select(self, draft_id: str, *, emit: bool = True) -> bool:
        """Select a draft's row; return whether it is listed."""
        row = self.model.row_of.get(draft_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, SUBJECT))
        if not index.isValid():
            return False
        selection = self.view.selectionModel()
        if not emit:
            selection.blockSignals(True)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        if not emit:
            selection.blockSignals(False)
            self.view.viewport().update()
        return True

    def _current_changed(self, current: QtCore.QModelIndex, _previous: QtCore.QModelIndex) -> None:
        if current.isValid():
            self.draft_selected.emit(current.data(ID_ROLE))

    def _restore_clicked(self) -> None:
        draft_id = self.current_id()
        if draft_id:
            self.restore_requested.emit(draft_id)
