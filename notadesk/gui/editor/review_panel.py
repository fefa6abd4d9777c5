"""The paraaf round in the window: the comments margin and the Paraaf tab (route + comments).

Everything goes through the core (``core/storage/review.py``); these widgets only show and
ask. Text typed by people is shown as plain text, never as markup.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import TYPE_CHECKING

from notadesk.core.identity import signed_label
from notadesk.core.review import route as routing
from notadesk.core.review.anchors import Anchor, find_quote
from notadesk.core.review.comments import REOPEN, RESOLVE, Thread
from notadesk.core.review.reading import reading_text
from notadesk.gui import operations
from notadesk.gui.editor.history_tab import local_time
from notadesk.gui.qt import Qt, QtCore, QtWidgets, Signal
from notadesk.gui.widgets import button_row, tool_button

if TYPE_CHECKING:
    from notadesk.core.model.nota import Nota
    from notadesk.core.review.route import Route
    from notadesk.core.storage.store import DraftStore


def ask_text(parent: QtWidgets.QWidget, title: str, label: str, *, required: bool) -> str | None:
    """Ask for a (multi-line) text; None when cancelled (tests replace this)."""
    text, ok = QtWidgets.QInputDialog.getMultiLineText(parent, title, label)
    if not ok or (required and not text.strip()):
        return None
    return text


def ask_reviewer(parent: QtWidgets.QWidget) -> tuple[str, str] | None:
    """Ask for a reviewer's name and function (tests replace this)."""
    name, ok = QtWidgets.QInputDialog.getText(
        parent,
        QtWidgets.QApplication.translate("ReviewPanel", "Add reviewer"),
        QtWidgets.QApplication.translate("ReviewPanel", "Name or unit:"),
    )
    if not ok or not name.strip():
        return None
    function, ok = QtWidgets.QInputDialog.getText(
        parent,
        QtWidgets.QApplication.translate("ReviewPanel", "Add reviewer"),
        QtWidgets.QApplication.translate("ReviewPanel", "Function (optional):"),
    )
    return (name, function if ok else "")


def _about(thread: Thread, nota: Nota | None) -> str:
    anchor = thread.comment.anchor
    if anchor.kind == "finding" and nota is not None:
        number = next((f.number for f in nota.findings if f.id == anchor.ref), None)
        found = QtCore.QCoreApplication.translate("ReviewPanel", "Finding %1")
        gone = QtCore.QCoreApplication.translate("ReviewPanel", "A deleted finding")
        return found.replace("%1", str(number)) if number else gone
    if anchor.kind == "commitment" and nota is not None:
        index = next((i for i, c in enumerate(nota.commitments, 1) if c.id == anchor.ref), None)
        found = QtCore.QCoreApplication.translate("ReviewPanel", "Commitment %1")
        gone = QtCore.QCoreApplication.translate("ReviewPanel", "A deleted commitment")
        return found.replace("%1", str(index)) if index else gone
    if anchor.kind == "text":
        quote = thread.quote_now
        return f"«{quote[:80]}…»" if len(quote) > 80 else f"«{quote}»"
    return QtCore.QCoreApplication.translate("ReviewPanel", "The whole nota")


def thread_html(thread: Thread, nota: Nota | None) -> str:
    """Return a thread as rich text for a list entry (people's words escaped)."""
    about = html.escape(_about(thread, nota))
    flags = []
    if thread.orphaned:
        flags.append(QtCore.QCoreApplication.translate("ReviewPanel", "its passage is gone"))
    if thread.resolved:
        flags.append(QtCore.QCoreApplication.translate("ReviewPanel", "resolved"))
    state = f" <i>({html.escape(', '.join(flags))})</i>" if flags else ""
    parts = [f"<b>{about}</b>{state}"]
    for record in (thread.comment, *thread.replies):
        who = html.escape(signed_label(record.author))
        when = html.escape(local_time(record.created))
        text = html.escape(record.text).replace("\n", "<br>")
        parts.append(f"<span style='color:#5f6b73'>{who}, {when}</span><br>{text}")
    return "<br>".join(parts)


class ThreadList(QtWidgets.QListWidget):
    """Comment threads, one entry each, with their replies."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QtWidgets.QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.threads: list[Thread] = []

    def show_threads(self, threads: list[Thread], nota: Nota | None, resolved: bool) -> None:
        """Fill the list (resolved threads only when asked); the selected thread stays so."""
        selected = self.current_thread()
        keep = selected.comment.uuid if selected is not None else None
        self.clear()
        self.threads = [t for t in threads if resolved or not t.resolved]
        for thread in self.threads:
            item = QtWidgets.QListWidgetItem()
            label = QtWidgets.QLabel(thread_html(thread, nota))
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setWordWrap(True)
            label.setMargin(6)
            if thread.orphaned:
                label.setStyleSheet("QLabel { color: #7a4a00; }")
            label.setAccessibleName(self.tr("Comment"))
            item.setData(Qt.ItemDataRole.UserRole, thread.comment.uuid)
            label.setFixedWidth(max(160, self.viewport().width() - 8))
            item.setSizeHint(label.sizeHint())
            self.addItem(item)
            self.setItemWidget(item, label)
            if thread.comment.uuid == keep:
                self.setCurrentItem(item)

    def current_thread(self) -> Thread | None:
        """Return the selected thread."""
        row = self.currentRow()
        return self.threads[row] if 0 <= row < len(self.threads) else None


class CommentsPanel(QtWidgets.QWidget):
    """The comments on the open draft, with add, reply, resolve and reopen.

    Used twice: as the margin beside the editor (``margin=True``: narrow, comments on the
    selected words) and inside the Paraaf tab.
    """

    changed = Signal()
    """Comments were added or resolved (the other panel refreshes)."""

    def __init__(
        self, store: DraftStore, *, margin: bool, parent: QtWidgets.QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.draft_id: str | None = None
        self.nota: Nota | None = None
        self.stale = False
        self.selection: Callable[[], tuple[str, str, int]] = lambda: ("", "", 0)
        """Returns the words selected in the editor, their paragraph and where in it."""
        self.before_comment: Callable[[], bool] | None = None
        self.title = QtWidgets.QLabel(self.tr("Comments"))
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.list = ThreadList(self)
        self.list.setAccessibleName(self.tr("Comments"))
        self.show_resolved = QtWidgets.QCheckBox(self.tr("Show resolved"))
        self.show_resolved.toggled.connect(lambda _on: self.refresh())
        self.add_button = tool_button(
            self.tr("Comment"), "mail-message-new", self.tr("Comment on the selected words")
        )
        self.reply_button = tool_button(
            self.tr("Reply"), "mail-reply-sender", self.tr("Reply to the selected comment")
        )
        self.resolve_button = tool_button(
            self.tr("Resolve"), "dialog-ok", self.tr("Mark the selected comment resolved")
        )
        self.reopen_button = tool_button(
            self.tr("Reopen"), "view-refresh", self.tr("Reopen the selected comment")
        )
        self.add_button.clicked.connect(self.add_comment)
        self.reply_button.clicked.connect(self.reply)
        self.resolve_button.clicked.connect(lambda: self.set_state(RESOLVE))
        self.reopen_button.clicked.connect(lambda: self.set_state(REOPEN))
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 0, 0)
        layout.addWidget(self.title)
        if margin:
            layout.addLayout(button_row(self.add_button, self.reply_button))
            layout.addLayout(button_row(self.resolve_button, self.reopen_button))
        else:
            layout.addLayout(
                button_row(
                    self.add_button, self.reply_button, self.resolve_button, self.reopen_button
                )
            )
        layout.addWidget(self.list, 1)
        layout.addWidget(self.show_resolved)

    def set_draft(self, draft_id: str | None, nota: Nota | None) -> None:
        """Show the comments of a draft (its current revision); read when first shown."""
        self.draft_id, self.nota = draft_id, nota
        self.stale = True
        if self.isVisible() or draft_id is None:
            self.refresh()

    def showEvent(self, event: object) -> None:
        """Read the comments when the panel is shown and they may have changed."""
        super().showEvent(event)  # type: ignore[arg-type]
        if self.stale:
            self.refresh()

    def refresh(self) -> None:
        """Read the comments again."""
        from notadesk.core.storage import review  # (SQLAlchemy: not needed at start)

        self.stale = False
        if self.draft_id is None:
            self.list.show_threads([], None, False)
            self.title.setText(self.tr("Comments"))
            return
        draft_id = self.draft_id
        found = operations.guarded(
            self, self.tr("Comments"), lambda: review.comment_threads(self.store, draft_id)
        )
        threads = found or []
        self.list.show_threads(threads, self.nota, self.show_resolved.isChecked())
        open_count = sum(1 for t in threads if not t.resolved)
        self.title.setText(self.tr("Comments (%1 open)").replace("%1", str(open_count)))

    def anchor_for_selection(self) -> Anchor:
        """Return what a new comment is about: the selected words, or the whole nota.

        The words are looked for in the reading form at their paragraph, so that of several
        places with the same words the selected one is taken.
        """
        words, paragraph, offset = self.selection()
        if not words.strip() or self.draft_id is None:
            return Anchor()
        text = reading_text(self.store.get(self.draft_id).nota)
        near = text.find(paragraph) if paragraph.strip() else -1
        if near >= 0 and text[near + offset : near + offset + len(words)] == words:
            return Anchor("text", near + offset, near + offset + len(words), words)
        words = words.strip()
        return find_quote(text, words, max(near, 0) + offset) or Anchor()

    def add_comment(self) -> None:
        """Comment on the selected words (or the nota as a whole)."""
        self.comment_on(None)

    def comment_on(self, anchor: Anchor | None) -> bool:
        """Comment on a part of the nota (a finding, a commitment), or on the selected words
        when ``anchor`` is None; the draft is saved first. Return whether it was added."""
        from notadesk.core.storage import review  # (SQLAlchemy: not needed at start)

        if self.draft_id is None:
            return False
        if self.before_comment is not None and not self.before_comment():
            return False
        if anchor is None:
            anchor = self.anchor_for_selection()
        text = ask_text(self, self.tr("Comment"), self.tr("Your comment:"), required=True)
        if text is None:
            return False
        draft_id = self.draft_id
        if operations.guarded(
            self,
            self.tr("Comment"),
            lambda: review.add_comment(self.store, draft_id, text, anchor),
        ):
            self.refresh()
            self.changed.emit()
            return True
        return False

    def reply(self) -> None:
        """Reply to the selected thread."""
        from notadesk.core.storage import review  # (SQLAlchemy: not needed at start)

        thread = self.list.current_thread()
        if thread is None or self.draft_id is None:
            return
        text = ask_text(self, self.tr("Reply"), self.tr("Your reply:"), required=True)
        if text is None:
            return
        draft_id, parent = self.draft_id, thread.comment.uuid
        if operations.guarded(
            self,
            self.tr("Reply"),
            lambda: review.add_comment(self.store, draft_id, text, parent_uuid=parent),
        ):
            self.refresh()
            self.changed.emit()

    def set_state(self, action: str) -> None:
        """Resolve or reopen the selected thread."""
        from notadesk.core.storage import review  # (SQLAlchemy: not needed at start)

        thread = self.list.current_thread()
        if thread is None or self.draft_id is None:
            return
        draft_id, uuid = self.draft_id, thread.comment.uuid
        operations.guarded(
            self,
            self.tr("Comments"),
            lambda: review.set_comment_state(self.store, draft_id, uuid, action),
        )
        self.refresh()
        self.changed.emit()


class RoutePanel(QtWidgets.QWidget):
    """The paraaf route of the open draft: each step, and paraaf / return / reviewers."""

    route_changed = Signal(object)
    """A step was recorded; carries the :class:`~notadesk.core.storage.records.Draft` when
    the route changed the status (a new revision), else None."""

    def __init__(self, store: DraftStore, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.draft_id: str | None = None
        self.head = 0
        self.stale = False
        self.route: Route | None = None
        self.before_step: Callable[[], bool] | None = None
        self.table = QtWidgets.QTreeWidget(self)
        self.table.setColumnCount(5)
        self.table.setHeaderLabels(
            [
                self.tr("Step"),
                self.tr("Function"),
                self.tr("State"),
                self.tr("When"),
                self.tr("Remark"),
            ]
        )
        self.table.setRootIsDecorated(False)
        self.table.setAlternatingRowColors(True)
        self.table.setAccessibleName(self.tr("Paraaf route"))
        for column, width in enumerate((150, 170, 190, 210)):
            self.table.header().resizeSection(column, width)
        self.paraaf_button = tool_button(
            self.tr("Initial"), "dialog-ok-apply", self.tr("Give your paraaf on this version")
        )
        self.return_button = tool_button(
            self.tr("Return with remarks"), "mail-reply-sender", self.tr("Send the nota back")
        )
        self.add_button = tool_button(
            self.tr("Add reviewer"), "list-add", self.tr("Add a reviewer after the Via names")
        )
        self.remove_button = tool_button(
            self.tr("Remove reviewer"), "list-remove", self.tr("Remove an added reviewer")
        )
        self.paraaf_button.clicked.connect(lambda: self.step(routing.PARAAF))
        self.return_button.clicked.connect(lambda: self.step(routing.RETURN))
        self.add_button.clicked.connect(self.add_reviewer)
        self.remove_button.clicked.connect(self.remove_reviewer)
        self.summary = QtWidgets.QLabel()
        self.summary.setWordWrap(True)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(
            button_row(self.paraaf_button, self.return_button, self.add_button, self.remove_button)
        )
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)

    def _state_words(self, state: str) -> str:
        return {
            routing.OPEN: self.tr("to initial"),
            routing.GIVEN: self.tr("initialled"),
            routing.STALE: self.tr("initialled an earlier version"),
            routing.RETURNED: self.tr("returned with remarks"),
        }[state]

    def set_draft(self, draft_id: str | None, head: int) -> None:
        """Show the route of a draft whose current revision is ``head``; read when shown."""
        self.draft_id, self.head = draft_id, head
        self.stale = True
        if self.isVisible() or draft_id is None:
            self.refresh()

    def showEvent(self, event: object) -> None:
        """Read the route when the panel is shown and it may have changed."""
        super().showEvent(event)  # type: ignore[arg-type]
        if self.stale:
            self.refresh()

    def refresh(self) -> None:
        """Read the route again."""
        from notadesk.core.storage import review  # (SQLAlchemy: not needed at start)

        self.stale = False
        self.table.clear()
        self.route = None
        if self.draft_id is None:
            self.summary.setText("")
            return
        draft_id = self.draft_id
        self.route = operations.guarded(
            self, self.tr("Route"), lambda: review.draft_route(self.store, draft_id)
        )
        if self.route is None:
            return
        for step in self.route.steps:
            last = step.last
            when = ""
            if last is not None:
                when = self.tr("%1, revision %2").replace("%1", local_time(last.at))
                when = when.replace("%2", str(last.revision_number))
            name = step.name + (" +" if step.added else "")
            item = QtWidgets.QTreeWidgetItem(
                [
                    name,
                    step.function,
                    self._state_words(step.state),
                    when,
                    last.remark if last else "",
                ]
            )
            if step.state == routing.STALE:
                item.setForeground(2, Qt.GlobalColor.darkYellow)
            elif step.state == routing.RETURNED:
                item.setForeground(2, Qt.GlobalColor.darkRed)
            elif step.state == routing.GIVEN:
                item.setForeground(2, Qt.GlobalColor.darkGreen)
            self.table.addTopLevelItem(item)
        if not self.route.steps:
            self.summary.setText(
                self.tr("The route is empty: add Via names on the Details tab, or a reviewer.")
            )
        elif self.route.complete:
            self.summary.setText(self.tr("Every step has initialled this version."))
        else:
            self.summary.setText(
                self.tr("Steps still to initial this version: %1 of %2.")  # (1 or many)
                .replace("%1", str(len(self.route.open_steps)))
                .replace("%2", str(len(self.route.steps)))
            )

    def step(self, action: str) -> None:
        """Record your paraaf or return on the current version."""
        from notadesk.core.storage import review  # (SQLAlchemy: not needed at start)

        if self.draft_id is None:
            return
        if self.before_step is not None and not self.before_step():
            return
        remark = ask_text(
            self,
            self.tr("Initial") if action == routing.PARAAF else self.tr("Return with remarks"),
            self.tr("Remark (optional):")
            if action == routing.PARAAF
            else self.tr("Why does the nota go back?"),
            required=action == routing.RETURN,
        )
        if remark is None:
            return
        draft_id, head = self.draft_id, self.head
        result = operations.guarded(
            self,
            self.tr("Route"),
            lambda: review.record_step(
                self.store, draft_id, action, remark=remark, base_revision=head
            ),
        )
        if result is not None:
            self.head = result.draft.revision
            self.refresh()
            self.route_changed.emit(result.draft if result.status_changed else None)

    def add_reviewer(self) -> None:
        """Add a reviewer after the Via names."""
        from notadesk.core.storage import review  # (SQLAlchemy: not needed at start)

        if self.draft_id is None:
            return
        answer = ask_reviewer(self)
        if answer is None:
            return
        draft_id = self.draft_id
        operations.guarded(
            self,
            self.tr("Route"),
            lambda: review.change_reviewers(self.store, draft_id, routing.ADD, *answer),
        )
        self.refresh()

    def remove_reviewer(self) -> None:
        """Remove the selected added reviewer."""
        from notadesk.core.storage import review  # (SQLAlchemy: not needed at start)

        index = self.table.indexOfTopLevelItem(self.table.currentItem())
        if self.draft_id is None or self.route is None or index < 0:
            return
        draft_id, name = self.draft_id, self.route.steps[index].name
        operations.guarded(
            self,
            self.tr("Route"),
            lambda: review.change_reviewers(self.store, draft_id, routing.REMOVE, name),
        )
        self.refresh()


class ReviewTab(QtWidgets.QWidget):
    """The Paraaf tab: the route above, every comment below."""

    def __init__(self, store: DraftStore, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.route = RoutePanel(store, self)
        self.comments = CommentsPanel(store, margin=False, parent=self)
        splitter = QtWidgets.QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.route)
        splitter.addWidget(self.comments)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(splitter)

    def set_draft(self, draft_id: str | None, head: int, nota: Nota | None) -> None:
        """Show a draft's route and comments."""
        self.route.set_draft(draft_id, head)
        self.comments.set_draft(draft_id, nota)
