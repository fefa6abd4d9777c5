"""The History tab: every revision with its time; view one, restore one, compare two."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from notadesk.core.identity import signed_label
from notadesk.core.model.nota import Nota
from notadesk.core.model.text import nota_outline
from notadesk.errors import JustificationRequired
from notadesk.gui import operations, trust
from notadesk.gui.editor.base import EditorTab
from notadesk.gui.qt import Qt, QtGui, QtWidgets, Signal
from notadesk.gui.widgets import button_row, size_columns, tool_button

if TYPE_CHECKING:
    from notadesk.core.storage.store import Draft, DraftStore, RevisionInfo


def local_time(stamp: str) -> str:
    """Return an ISO UTC time stamp as local date and time (``2026-11-29 14:05:09``)."""
    try:
        moment = dt.datetime.fromisoformat(stamp).astimezone()
    except ValueError:
        return stamp
    return moment.strftime("%Y-%m-%d %H:%M:%S")


class TextDialog(QtWidgets.QDialog):
    """A read-only text in a monospaced view: a past revision or a comparison."""

    def __init__(self, title: str, text: str, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(900, 620)
        self.view = QtWidgets.QPlainTextEdit(self)
        self.view.setReadOnly(True)
        self.view.setAccessibleName(title)
        self.view.setFont(QtGui.QFontDatabase.systemFont(QtGui.QFontDatabase.SystemFont.FixedFont))
        self.view.setPlainText(text)
        buttons = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(buttons)


def show_text(parent: QtWidgets.QWidget, title: str, text: str) -> None:
    """Show a read-only text dialog (tests replace this)."""
    TextDialog(title, text, parent).exec()


def confirm(parent: QtWidgets.QWidget, title: str, question: str) -> bool:
    """Ask a yes/no question (tests replace this)."""
    answer = QtWidgets.QMessageBox.question(parent, title, question)
    return answer == QtWidgets.QMessageBox.StandardButton.Yes


def redline_html(result: object) -> str:
    """Return a redline as HTML: inserted blue and underlined, deleted red and struck out."""
    import html

    from notadesk.core.review.redline import DELETE, INSERT

    lines = []
    marked = False
    for line in result.lines:  # type: ignore[attr-defined]
        parts = []
        if not marked and any(piece.op != 0 for piece in line):
            parts.append("<a name='first-change'></a>")
            marked = True
        for piece in line:
            text = html.escape(piece.text)
            if piece.op == INSERT:
                parts.append(f"<u style='color:#1a5fb4'>{text}</u>")
            elif piece.op == DELETE:
                parts.append(f"<s style='color:#c01c28'>{text}</s>")
            else:
                parts.append(text)
        lines.append(f"<p style='margin:0 0 4px 0'>{''.join(parts) or '&nbsp;'}</p>")
    return "".join(lines)


class HistoryTab(EditorTab):
    """The revisions of the open draft."""

    restored = Signal(object)
    """A revision was restored: carries the new :class:`Draft`."""

    def __init__(self, store: DraftStore, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.draft_id: str | None = None
        self.head = 0
        self.revisions: list[RevisionInfo] = []
        self.redline_numbers: tuple[int, int] | None = None
        self.before_change: Callable[[], bool] | None = None
        self.tree = QtWidgets.QTreeWidget(self)
        self.tree.setColumnCount(5)
        self.tree.setHeaderLabels(
            [self.tr("Revision"), self.tr("Saved"), self.tr("How"), self.tr("By"), self.tr("Note")]
        )
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setAccessibleName(self.tr("Revisions"))
        self.tree.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.ExtendedSelection)
        size_columns(self.tree.header(), {0: 90, 1: 150, 2: 130, 3: 200})
        self.tree.itemActivated.connect(lambda *_: self.view_selected())
        self.view_button = tool_button(
            self.tr("View"), "document-properties", self.tr("Show the selected revision")
        )
        self.restore_button = tool_button(
            self.tr("Restore"), "edit-undo", self.tr("Make the selected revision current again")
        )
        self.compare_button = tool_button(
            self.tr("Compare"), "edit-find", self.tr("Show what changed between two revisions")
        )
        self.note_button = tool_button(
            self.tr("Note…"),
            "document-save",
            self.tr("Save the current version with a note (e.g. 'naar DGPZ voor paraaf')"),
        )
        self.note_requested = self.note_button.clicked
        self.view_button.clicked.connect(self.view_selected)
        self.restore_button.clicked.connect(self.restore_selected)
        self.compare_button.clicked.connect(self.compare_selected)
        hint = QtWidgets.QLabel(
            self.tr(
                "Every save is kept. Select one revision to view or restore it, or two "
                "(Ctrl+click) to compare them. A restore adds a new revision; nothing is lost."
            )
        )
        hint.setWordWrap(True)
        hint.setEnabled(False)
        self.redline = QtWidgets.QTextBrowser(self)
        self.redline.setAccessibleName(self.tr("Changes between revisions"))
        self.redline.setOpenLinks(False)
        self.redline_title = QtWidgets.QLabel()
        self.redline_title.setWordWrap(True)
        pane = QtWidgets.QWidget(self)
        pane_layout = QtWidgets.QVBoxLayout(pane)
        pane_layout.setContentsMargins(0, 0, 0, 0)
        pane_layout.addWidget(self.redline_title)
        pane_layout.addWidget(self.redline, 1)
        left = QtWidgets.QWidget(self)
        left_layout = QtWidgets.QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(
            button_row(self.view_button, self.restore_button, self.compare_button, self.note_button)
        )
        left_layout.addWidget(self.tree, 1)
        left_layout.addWidget(hint)
        splitter = QtWidgets.QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(pane)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(splitter)

    def _origin_text(self, info: RevisionInfo) -> str:
        words = {
            "create": self.tr("created"),
            "save": self.tr("saved"),
            "restore": self.tr("restored from revision %1"),
            "import": self.tr("imported"),
            "route": self.tr("status from the paraaf route"),
        }
        text = words.get(info.origin, info.origin)
        return text.replace("%1", str(info.restored_from or ""))

    def set_draft(self, draft_id: str | None, head: int) -> None:
        """Show the history of a draft whose current revision is ``head``."""
        if draft_id != self.draft_id or head != self.head:
            self.redline_numbers = None
            self.redline.clear()
            self.redline_title.setText("")
        self.draft_id = draft_id
        self.head = head
        if self.isVisible() or draft_id is None:
            self.refresh()
        else:
            self.tree.clear()  # read when the tab is shown

    def refresh(self) -> None:
        """Read the revisions again."""
        self.tree.clear()
        self.revisions = []
        if self.draft_id is None:
            return
        draft_id = self.draft_id
        found = operations.guarded(self, self.tr("History"), lambda: self.store.history(draft_id))
        self.revisions = list(reversed(found or []))
        for info in self.revisions:
            who = signed_label(info.author) if info.author.label else ""
            item = QtWidgets.QTreeWidgetItem(
                [
                    str(info.number),
                    local_time(info.created),
                    self._origin_text(info),
                    who,
                    info.note,
                ]
            )
            item.setToolTip(4, info.note)
            item.setData(0, Qt.ItemDataRole.UserRole, info.number)
            item.setTextAlignment(0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.tree.addTopLevelItem(item)
        if self.redline_numbers is None and len(self.revisions) >= 2:
            self.show_default_redline()

    def show_default_redline(self) -> None:
        """Show what changed since this person's last paraaf (else since the revision before)."""
        from notadesk.core.storage.review import last_seen_revision

        if self.draft_id is None:
            return
        draft_id, head = self.draft_id, self.revisions[0].number
        since = operations.guarded(
            self, self.tr("History"), lambda: last_seen_revision(self.store, draft_id)
        )
        first = since if since is not None and since < head else head - 1
        old, new = self._revision(first), self._revision(head)
        if old is not None and new is not None:
            self.show_redline(first, head, old, new)

    def selected_numbers(self) -> list[int]:
        """Return the selected revision numbers, oldest first."""
        return sorted(i.data(0, Qt.ItemDataRole.UserRole) for i in self.tree.selectedItems())

    def select_numbers(self, numbers: list[int]) -> None:
        """Select revisions by number."""
        self.tree.clearSelection()
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item.data(0, Qt.ItemDataRole.UserRole) in numbers:
                item.setSelected(True)
                self.tree.setCurrentItem(item)

    def _revision(self, number: int) -> Nota | None:
        assert self.draft_id is not None
        draft_id = self.draft_id
        return operations.guarded(
            self, self.tr("History"), lambda: self.store.revision(draft_id, number)
        )

    def view_selected(self) -> None:
        """Show the selected revision, read-only."""
        numbers = self.selected_numbers()
        if len(numbers) != 1:
            return
        nota = self._revision(numbers[0])
        if nota is not None:
            title = self.tr("Revision %1 (read-only)").replace("%1", str(numbers[0]))
            show_text(self, title, "\n".join(nota_outline(nota)))

    def compare_selected(self) -> None:
        """Show what changed between the two selected revisions (or one and the current)."""
        numbers = self.selected_numbers()
        if len(numbers) == 1 and numbers[0] != self.head:
            numbers.append(self.head)
        if len(numbers) != 2:
            return
        old, new = self._revision(numbers[0]), self._revision(numbers[1])
        if old is None or new is None:
            return
        self.show_redline(numbers[0], numbers[1], old, new)

    def show_redline(self, first: int, second: int, old: Nota, new: Nota) -> None:
        """Show the words changed from one revision to another beside the list."""
        from notadesk.core.review.redline import redline

        result = redline(old, new)
        title = self.tr("Changes from revision %1 to %2 (words inserted: %3, deleted: %4)")
        if not result.changed:
            title = self.tr("Revisions %1 and %2 have the same content.")
        self.redline_title.setText(
            title.replace("%1", str(first))
            .replace("%2", str(second))
            .replace("%3", str(result.inserted_words))
            .replace("%4", str(result.deleted_words))
        )
        self.redline.setHtml(redline_html(result))
        self.redline.scrollToAnchor("first-change")
        self.redline_numbers = (first, second)

    def restore_selected(self) -> None:
        """Make the selected revision current again, after asking."""
        numbers = self.selected_numbers()
        if len(numbers) != 1 or self.draft_id is None:
            return
        number, draft_id = numbers[0], self.draft_id
        question = self.tr(
            "Restore revision %1? It becomes a new revision; the present text stays in history."
        ).replace("%1", str(number))
        if not confirm(self, self.tr("Restore"), question):
            return
        if self.before_change is not None and not self.before_change():
            return
        draft = operations.guarded(
            self,
            self.tr("Restore"),
            lambda: self._restore(draft_id, number),
        )
        if draft is not None:
            self.restored.emit(draft)

    def _restore(self, draft_id: str, number: int) -> Draft | None:
        """Restore; when that lowers the marking, ask why first (None: not restored)."""
        try:
            return self.store.restore(draft_id, number, base_revision=self.head)
        except JustificationRequired as exc:
            reason = trust.ask_justification(self, exc.changes, self.store)
            if reason is None:
                return None
            return self.store.restore(
                draft_id, number, base_revision=self.head, justification=reason
            )

    # --- EditorTab -----------------------------------------------------------------------------

    def load(self, nota: Nota) -> None:
        """Nothing to show from the nota itself; :meth:`set_draft` fills the list."""

    def apply(self, nota: Nota) -> None:
        """The history edits nothing."""
