"""The editor of one draft: its tabs, autosave, conflicts, and the check before definitief."""

from __future__ import annotations

import copy
import logging
import time
from pathlib import Path
from typing import TYPE_CHECKING

from notadesk.core.model.nota import Finding, Nota
from notadesk.core.policy.checks import Problem, check_status_change
from notadesk.core.policy.markings import marking_level
from notadesk.core.policy.portions import rolled_up_level
from notadesk.core.policy.vocabulary import field_label
from notadesk.core.review.anchors import Anchor
from notadesk.core.review.route import Route, route_of
from notadesk.errors import ConflictError, JustificationRequired, ValidationError
from notadesk.gui import operations, trust
from notadesk.gui.dialogs.conflict import RELOAD, ask_conflict
from notadesk.gui.dialogs.readiness import ReadinessDialog
from notadesk.gui.editor.attachments_tab import AttachmentsTab
from notadesk.gui.editor.base import EditorTab
from notadesk.gui.editor.commitments_tab import CommitmentsTab
from notadesk.gui.editor.details_tab import DetailsTab
from notadesk.gui.editor.find_bar import FindBar
from notadesk.gui.editor.findings_tab import TEXT as FINDING_TEXT
from notadesk.gui.editor.findings_tab import FindingsTab
from notadesk.gui.editor.history_tab import HistoryTab, confirm, local_time
from notadesk.gui.editor.review_panel import CommentsPanel, ReviewTab
from notadesk.gui.editor.text_tab import TextTab
from notadesk.gui.editor.undo import (
    DraftHistory,
    Part,
    describe_attachments,
    describe_commitments,
    describe_details,
    describe_findings,
    describe_outline,
)
from notadesk.gui.label_bar import LabelBar
from notadesk.gui.live import ElsewhereBar
from notadesk.gui.preview import PreviewPane
from notadesk.gui.qt import QtCore, QtGui, QtWidgets, Signal
from notadesk.gui.spelling import OFF, SpellService
from notadesk.paths import workstation_dictionary_path

if TYPE_CHECKING:
    from notadesk.core.storage.store import Draft, DraftStore

log = logging.getLogger(__name__)
AUTOSAVE_MS = 1000
NARROW_WIDTH = 1600
"""Below this window width the comments margin and the print beside the text take turns."""
PRINT_PAUSE_MS = 400
"""How long typing pauses before the print beside the text is brought up to date."""
SAVED, UNSAVED, FAILED = "saved", "unsaved", "failed"
TAB_FIELDS = ("sections", "findings", "finding_groups", "commitments", "attachments")
"""The nota's lists the tabs write whole (so the editor never copies them from the base)."""


def _outside_tabs(nota: Nota) -> Nota:
    """Return a copy of what no tab writes (type, dates, status, classification…).

    The editor keeps this of the revision it started from, not a copy of all 50 pages: the
    tabs hold the sections, findings, commitments and attachments themselves.
    """
    light = copy.copy(nota)
    for name in TAB_FIELDS:
        setattr(light, name, [])
    return copy.deepcopy(light)


def show_readiness(parent: QtWidgets.QWidget, problems: list[Problem], status: str) -> str | None:
    """Show the readiness problems; return the field the person chose to go to (tests stub)."""
    dialog = ReadinessDialog(problems, status, parent)
    chosen: list[str] = []
    dialog.field_chosen.connect(chosen.append)
    dialog.exec()
    return chosen[0] if chosen else None


def confirm_finding_removal(parent: QtWidgets.QWidget, number: int, commitments: list[str]) -> bool:
    """Ask whether a finding that commitments answer may go, naming them (tests stub this)."""
    listed = "\n".join(f"• {c}" for c in commitments)
    answer = QtWidgets.QMessageBox.question(
        parent,
        QtCore.QCoreApplication.translate("DraftEditor", "Remove finding"),
        (
            QtCore.QCoreApplication.translate(
                "DraftEditor", "Finding %1 is answered by this commitment:"
            )
            if len(commitments) == 1
            else QtCore.QCoreApplication.translate(
                "DraftEditor", "Finding %1 is answered by these commitments:"
            )
        ).replace("%1", str(number))
        + "\n\n"
        + listed
        + "\n\n"
        + QtCore.QCoreApplication.translate(
            "DraftEditor", "Remove it anyway? The link from the commitments to it goes too."
        ),
    )
    return answer == QtWidgets.QMessageBox.StandardButton.Yes


def _squash(text: str) -> str:
    """Return text without whitespace: printed lines break where the editor's do not."""
    return "".join(text.split())


def offer_roll_up(parent: QtWidgets.QWidget, portion: str, marking: str, target: str) -> bool:
    """Ask whether to raise the nota's marking to its highest portion (tests replace this)."""
    box = QtWidgets.QMessageBox(parent)
    box.setIcon(QtWidgets.QMessageBox.Icon.Warning)
    box.setWindowTitle(
        QtCore.QCoreApplication.translate("Portions", "A portion is marked higher than the nota")
    )
    box.setText(
        QtCore.QCoreApplication.translate(
            "Portions",
            "A part of the nota is marked {portion}, above the nota's marking {marking}.",
        )
        .replace("{portion}", portion)
        .replace("{marking}", marking)
    )
    box.setInformativeText(
        QtCore.QCoreApplication.translate(
            "Portions", "Raise the nota's marking to {level}?"
        ).replace("{level}", target)
    )
    raise_button = box.addButton(
        QtCore.QCoreApplication.translate("Portions", "Raise the marking"),
        QtWidgets.QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(QtWidgets.QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is raise_button


class DraftEditor(QtWidgets.QWidget):
    """Holds the tabs of the open draft and saves their fields through the store."""

    state_changed = Signal(str)
    """``saved``, ``unsaved`` or ``failed``."""
    saved = Signal(object)
    """A new revision was stored: carries the :class:`Draft`."""
    draft_replaced = Signal(object)
    """Another draft is now open (a conflict copy, or theirs reloaded): carries the Draft."""

    def __init__(self, store: DraftStore, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.draft: Draft | None = None
        self.base: Nota | None = None
        """What no tab writes, of the revision the edits start from (see _outside_tabs)."""
        self.dirty = False
        self.state = SAVED
        self.last_save_ms = 0.0
        self._loading = False

        self.details = DetailsTab()
        self.text: EditorTab = TextTab()
        self.findings = FindingsTab()
        self.commitments = CommitmentsTab()
        self.attachments = AttachmentsTab(store)
        self.history = HistoryTab(store)
        self.review = ReviewTab(store)
        self.margin = CommentsPanel(store, margin=True)
        self.margin.setAccessibleName(self.tr("Comments margin"))
        self.margin.selection = self.selected_words
        self.margin.before_comment = self.save_now
        self.review.route.before_step = self.save_now
        self.review.comments.before_comment = self.save_now
        self.preview: QtWidgets.QWidget | None = PreviewPane()
        # The print beside the text: its own pane (and render thread), refreshed after a pause.
        self.print_pane: QtWidgets.QWidget | None = PreviewPane(delay_ms=0, compact=True)
        self.text_page = QtWidgets.QSplitter(QtCore.Qt.Orientation.Horizontal, self)
        self.text_page.setObjectName("textAndPrint")
        self.text_page.setChildrenCollapsible(False)
        self.text_page.addWidget(self.text)
        if self.print_pane is not None:
            self.print_pane.setObjectName("printBesideText")
            self.print_pane.setMinimumWidth(200)
            self.text_page.addWidget(self.print_pane)
            self.text_page.setStretchFactor(0, 3)
            self.text_page.setStretchFactor(1, 2)
            self.text_page.setSizes([560, 340])
            narrow_outline = getattr(self.text, "splitter", None)
            if isinstance(narrow_outline, QtWidgets.QSplitter):
                narrow_outline.setSizes([150, 600])
        self.print_beside_action = QtGui.QAction(self.tr("Print &beside the text"), self)
        self.print_beside_action.setCheckable(True)
        self.print_beside_action.setChecked(self.print_pane is not None)
        self.print_beside_action.setEnabled(self.print_pane is not None)
        self.print_beside_action.setShortcut(QtGui.QKeySequence("Ctrl+Alt+P"))
        self.print_beside_action.toggled.connect(self.show_print_beside)
        self.margin_action = QtGui.QAction(self.tr("&Comments beside the text"), self)
        self.margin_action.setCheckable(True)
        self.margin_action.setChecked(False)
        self.margin_action.setShortcut(QtGui.QKeySequence("Ctrl+Alt+M"))
        self.margin_action.toggled.connect(self.show_margin)
        data_dir = getattr(store, "data_dir", None)
        own_words = workstation_dictionary_path(Path(data_dir)) if data_dir else None
        self.spelling = SpellService(own_words, self)
        self.spelling_language = "nl"
        """The dictionary to check with once the text is first shown (``nl``, ``en``, ``off``)."""
        set_spelling = getattr(self.text, "set_spelling", None)
        if set_spelling is not None:
            set_spelling(self.spelling)
        self._page_texts: list[str] = []

        self.tabs = QtWidgets.QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.setAccessibleName(self.tr("Parts of the nota"))
        self.edit_tabs: list[EditorTab] = [
            self.details,
            self.text,
            self.findings,
            self.commitments,
            self.attachments,
        ]
        names = [
            self.tr("&Details"),
            self.tr("&Text"),
            self.tr("&Findings"),
            self.tr("C&ommitments"),
            self.tr("&Attachments"),
        ]
        for tab, name in zip(self.edit_tabs, names, strict=True):
            self.tabs.addTab(self._page(tab), name)
            tab.changed.connect(self._changed)
        self.tabs.addTab(self.review, self.tr("Pa&raaf"))
        self.tabs.addTab(self.history, self.tr("&History"))
        if self.preview is not None:
            self.tabs.addTab(self.preview, self.tr("&Preview"))
        self.tabs.currentChanged.connect(self._tab_shown)

        self.banner = QtWidgets.QLabel(self)
        self.banner.setWordWrap(True)
        self.banner.setVisible(False)
        self.banner.setStyleSheet(
            "QLabel { background: #fff4ce; border: 1px solid #e0c46c; padding: 6px; }"
        )
        self.label_bar = LabelBar(self)
        self.label_bar.setVisible(False)
        # The margin is part of the text page (beside the text and its print), so the tabs
        # keep the whole width and their names stay whole when it shows.
        self.text_page.addWidget(self.margin)
        self.text_page.setStretchFactor(self.text_page.count() - 1, 1)
        self.margin.setVisible(False)
        self.find_bar = FindBar(self)
        self.find_bar.closed.connect(self._find_closed)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.label_bar)
        layout.addWidget(self.banner)
        self.elsewhere = ElsewhereBar(self)
        self.elsewhere.reload_requested.connect(self.reload_theirs)
        self.elsewhere.compare_requested.connect(self.compare_theirs)
        layout.addWidget(self.elsewhere)
        layout.addWidget(self.tabs)
        layout.addWidget(self.find_bar)

        self.timer = QtCore.QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(AUTOSAVE_MS)
        self.timer.timeout.connect(self.save_now)
        self.print_timer = QtCore.QTimer(self)
        self.print_timer.setSingleShot(True)
        self.print_timer.setInterval(PRINT_PAUSE_MS)
        self.print_timer.timeout.connect(self.update_print_beside)
        self.follow_timer = QtCore.QTimer(self)
        self.follow_timer.setSingleShot(True)
        self.follow_timer.setInterval(120)
        self.follow_timer.timeout.connect(self.follow_cursor)
        if self.print_pane is not None:
            self.print_pane.rendered.connect(self._print_rendered)
        cursor_moved = getattr(self.text, "cursor_moved", None)
        if cursor_moved is not None:  # in any section's text: the print follows
            cursor_moved.connect(self.follow_timer.start)

        self.findings.changed.connect(self._findings_changed)
        self.findings.before_remove = self._may_remove_finding
        self.commitments.changed.connect(self._commitments_changed)
        self.details.changed.connect(self._show_label)
        self.details.status_requested.connect(self._status_requested)
        self.history.restored.connect(self._restored)
        self.history.before_change = self.save_now
        self.review.route.route_changed.connect(self._route_changed)
        self.history.note_requested.connect(lambda *_: self.save_with_note())
        self.margin.changed.connect(self.review.comments.refresh)
        self.review.comments.changed.connect(self.margin.refresh)
        for tab in (self.findings, self.commitments):  # their context menu: Comment on …
            tab.comment_requested.connect(
                lambda kind, ref: self.margin.comment_on(Anchor(kind, ref=ref))
            )
        row_requested = getattr(self.text, "row_requested", None)
        if row_requested is not None:
            row_requested.connect(self.open_row)
        self._build_history()

    # --- the undo history ----------------------------------------------------------------------

    def _build_history(self) -> None:
        """One undo stack for the draft: snapshots of the tabs' fields, the text's own steps."""
        self.undo_history = DraftHistory(self)
        self.undo_stack = self.undo_history.stack
        self.details_part = self.undo_history.add_part(
            lambda: self._fields_of(self.details), self._restore_details,
            lambda a, b: describe_details(a, b, field_label),
        )  # fmt: skip
        self.findings_part = self.undo_history.add_part(
            lambda: self._fields_of(self.findings), self._restore_findings, describe_findings
        )
        self.commitments_part = self.undo_history.add_part(
            lambda: self._fields_of(self.commitments),
            self._restore_commitments,
            describe_commitments,
        )
        self.attachments_part = self.undo_history.add_part(
            lambda: self._fields_of(self.attachments), self.attachments.load, describe_attachments
        )
        parts: list[tuple[EditorTab, Part]] = [
            (self.details, self.details_part),
            (self.findings, self.findings_part),
            (self.commitments, self.commitments_part),
            (self.attachments, self.attachments_part),
        ]
        outline = getattr(self.text, "outline", None)
        if outline is not None:
            self.outline_part: Part | None = self.undo_history.add_part(
                outline,
                self.text.restore_outline,  # type: ignore[attr-defined]
                describe_outline,
            )
            parts.append((self.text, self.outline_part))
            self.text.text_step.connect(self.undo_history.text_step_added)  # type: ignore[attr-defined]
            self.undo_history.text_stepper = self.text.step_text  # type: ignore[attr-defined]
        else:
            self.outline_part = None
        self._tab_of_part = {id(part): tab for tab, part in parts}
        for tab, part in parts:
            tab.changed.connect(lambda part=part: self._record(part))
            tab.edit_group = self.undo_history.group
        self.undo_history.restored.connect(self._part_restored)
        # Ctrl+Z in the many-line text fields acts on the draft's history, not the field's own.
        self.commitments.text.installEventFilter(self)
        install_key_filter = getattr(self.text, "install_key_filter", None)
        if install_key_filter is not None:  # every section's text, also those added later
            install_key_filter(self)

    @staticmethod
    def _fields_of(tab: EditorTab) -> Nota:
        """Return a nota holding only what a tab edits (a snapshot for the history)."""
        nota = Nota()
        tab.apply(nota)
        return nota

    def _record(self, part: Part) -> None:
        if not self._loading and self.draft is not None:
            self.undo_history.record(part)

    def _restore_details(self, nota: Nota) -> None:
        if not nota.reference:  # the store gave the draft its reference since: keep it
            nota.reference = self.details.reference.text()
        self.details.load(nota)

    def _restore_findings(self, nota: Nota) -> None:
        row = self.findings.current_row()
        self.findings.load(nota)
        if self.findings.model.rowCount():
            row = min(max(row, 0), self.findings.model.rowCount() - 1)
            self.findings.view.setCurrentIndex(self.findings.model.index(row, FINDING_TEXT))

    def _restore_commitments(self, nota: Nota) -> None:
        row = self.commitments.table.currentRow()
        self.commitments.load(nota)
        self.commitments.set_available_findings(self.findings.findings())
        if 0 <= row < len(self.commitments.commitments):
            self.commitments.table.setCurrentCell(row, 0)

    def _part_restored(self, part: Part) -> None:
        """Undo or redo put a part back: show it, and save it like any edit."""
        tab = self._tab_of_part.get(id(part))
        if part is self.findings_part:
            self._findings_changed()
        elif part is self.commitments_part:
            self._commitments_changed()
        elif part is self.details_part:
            self._show_label()
        if tab is not None and self.tabs.currentWidget() is not self._page(tab):
            self.tabs.setCurrentWidget(self._page(tab))
        focus = QtWidgets.QApplication.focusWidget()
        if tab is not None and (focus is None or not self.isAncestorOf(focus)):
            # The tab that was hidden held the focus: keep it in the draft, on what changed.
            where = {
                id(self.details): self.details.subject,
                id(self.findings): self.findings.view,
                id(self.commitments): self.commitments.table,
                id(self.attachments): self.attachments.table,
            }.get(id(tab), getattr(tab, "tree", tab))
            where.setFocus(QtCore.Qt.FocusReason.OtherFocusReason)
        self._changed()

    def undo(self) -> None:
        """Take back the draft's last edit, whatever its kind."""
        if self.draft is not None and not self.draft.deleted:
            self.undo_history.undo()

    def redo(self) -> None:
        """Put back the edit last taken back."""
        if self.draft is not None and not self.draft.deleted:
            self.undo_history.redo()

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:
        """Ctrl+Z and Ctrl+Shift+Z in the text fields undo and redo in the draft's history."""
        kind = event.type()
        if kind in (QtCore.QEvent.Type.ShortcutOverride, QtCore.QEvent.Type.KeyPress):
            assert isinstance(event, QtGui.QKeyEvent)
            keys = QtGui.QKeySequence.StandardKey
            for key, step in ((keys.Undo, self.undo), (keys.Redo, self.redo)):
                if event.matches(key):
                    event.accept()
                    if kind == QtCore.QEvent.Type.KeyPress:
                        step()
                    return True
        return super().eventFilter(watched, event)

    # --- opening -------------------------------------------------------------------------------

    def open_draft(self, draft: Draft) -> None:
        """Show a draft in every tab; edits start from its current revision."""
        self.timer.stop()
        self.undo_stack.clear()  # another draft, or the same one anew: a new history
        self.draft = draft
        self.base = _outside_tabs(draft.nota)
        self.elsewhere.setVisible(False)
        self._loading = True
        try:
            for tab in self.edit_tabs:
                tab.load(copy.deepcopy(draft.nota))
        finally:
            self._loading = False
        self.undo_history.reset()
        self.history.set_draft(draft.id, draft.revision)
        self.review.set_draft(draft.id, draft.revision, draft.nota)
        self.margin.set_draft(draft.id, draft.nota)
        read_only = draft.deleted
        for tab in self.edit_tabs:
            tab.setEnabled(not read_only)
        self.banner.setVisible(read_only or draft.conflict_of is not None)
        if read_only:
            self.banner.setText(
                self.tr("This draft is in the trash. Restore it from the trash to edit it.")
            )
        elif draft.conflict_of:
            self.banner.setText(
                self.tr(
                    "This draft is a conflict copy: it holds edits that clashed with a version "
                    "saved elsewhere. Compare the two and keep what is right."
                )
            )
        self._set_dirty(False)
        self._show_label()
        self._refresh_preview()
        self.update_print_beside()

    def close_draft(self) -> None:
        """Forget the open draft (after saving it)."""
        self.save_now()
        self.timer.stop()
        self.undo_stack.clear()
        self.draft = None
        self.base = None
        self.history.set_draft(None, 0)
        self.label_bar.setVisible(False)
        self.review.set_draft(None, 0, None)
        self.margin.set_draft(None, None)
        self.find_bar.setVisible(False)

    def _show_label(self) -> None:
        # The marking as the Details tab shows it now: visible while the draft is edited.
        if self.draft is None:
            return
        classification = self.details.classification()
        self.label_bar.set_classification(classification)
        self.label_bar.setVisible(True)
        self.findings.set_nota_level(classification.level)  # a portion's default and choices
        self.commitments.set_nota_level(classification.level)

    # --- state ---------------------------------------------------------------------------------

    def current_nota(self) -> Nota:
        """Return the nota as the tabs now show it."""
        assert self.base is not None, "no draft is open"
        nota = _outside_tabs(self.base)  # the tabs fill in the rest
        for tab in self.edit_tabs:
            tab.apply(nota)
        return nota

    def _set_dirty(self, dirty: bool) -> None:
        self.dirty = dirty
        self.state = UNSAVED if dirty else SAVED
        self.state_changed.emit(self.state)

    def _changed(self) -> None:
        if self._loading or self.draft is None:
            return
        if not self.dirty:
            self._set_dirty(True)
        self.timer.start()
        if self._print_shown():
            self.print_timer.start()

    def _may_remove_finding(self, finding: Finding) -> bool:
        rows = self.commitments.answering(finding.id)
        if not rows:
            return True
        names = []
        for row in rows:
            text = " ".join(self.commitments.commitments[row].text.split())
            names.append(f"{row + 1}. {text[:90]}{'…' if len(text) > 90 else ''}")
        if not confirm_finding_removal(self, finding.number, names):
            return False
        self.commitments.unlink_finding(finding.id)
        return True

    def _page(self, tab: QtWidgets.QWidget) -> QtWidgets.QWidget:
        """Return the page of the tab widget that holds an editor tab."""
        return self.text_page if tab is self.text else tab

    # --- the print beside the text -------------------------------------------------------------

    def _print_shown(self) -> bool:
        return (
            self.print_pane is not None
            and self.print_beside_action.isChecked()
            and self.tabs.currentWidget() is self.text_page
        )

    def _narrow(self) -> bool:
        """Return whether the text, its print and the comments do not fit side by side."""
        return self.window().width() < NARROW_WIDTH

    def show_margin(self, on: bool) -> None:
        """Show or hide the comments beside the text (in a narrow window, instead of the print)."""
        if on and self._narrow() and self.print_beside_action.isChecked():
            self.print_beside_action.setChecked(False)
        self._tab_shown(self.tabs.currentIndex())

    def show_print_beside(self, on: bool) -> None:
        """Show or hide the printed pages beside the text."""
        if on and self._narrow() and self.margin_action.isChecked():
            self.margin_action.setChecked(False)
        if self.print_pane is None:
            return
        self.print_pane.setVisible(on)
        if on:
            self.update_print_beside()

    def update_print_beside(self) -> None:
        """Render the nota as the tabs show it now into the pane beside the text."""
        self.print_timer.stop()
        if self.print_pane is None or self.base is None or not self._print_shown():
            return
        self.print_pane.set_nota(self.current_nota(), handed_over=True)
        self.print_pane.refresh_now()

    def _print_rendered(self, _pages: int) -> None:
        assert self.print_pane is not None
        document = self.print_pane.document
        self._page_texts = [
            _squash(document.getAllText(i).text()) for i in range(document.pageCount())
        ]
        self.follow_cursor()

    def print_page_for_cursor(self) -> int | None:
        """Return the printed page that shows where the text cursor is (None if unknown)."""
        context = getattr(self.text, "cursor_context", None)
        if context is None or not self._page_texts:
            return None
        title, line = context()
        start = 0
        heading = _squash(title)
        if heading:
            start = next((i for i, t in enumerate(self._page_texts) if heading in t), 0)
        words = _squash(line)[:40]
        if len(words) < 6:
            return start
        for i in range(start, len(self._page_texts)):
            if words in self._page_texts[i]:
                return i
        return start

    def follow_cursor(self) -> None:
        """Scroll the print beside the text to the page where the cursor is."""
        if self.print_pane is None or not self._print_shown():
            return
        page = self.print_page_for_cursor()
        if page is not None and page != self.print_pane.current_page():
            self.print_pane.go_to_page(page)

    def _findings_changed(self) -> None:
        findings = self.findings.findings()
        self.commitments.set_available_findings(findings)
        set_findings = getattr(self.text, "set_findings", None)
        if set_findings is not None:  # the Text tab labels its findings blocks with them
            set_findings(findings)

    def _commitments_changed(self) -> None:
        set_commitments = getattr(self.text, "set_commitments", None)
        if set_commitments is not None:  # the Text tab shows its commitments blocks' lines
            set_commitments(copy.deepcopy(self.commitments.commitments))

    def open_row(self, table: str, row: int) -> None:
        """Show a finding's or a commitment's row in its tab (a line of a data block)."""
        if table == "commitments":
            self.tabs.setCurrentWidget(self.commitments)
            if 0 <= row < len(self.commitments.commitments):
                self.commitments.table.setCurrentCell(row, 0)
                self.commitments.table.setFocus()
            return
        self.tabs.setCurrentWidget(self.findings)
        if 0 <= row < self.findings.model.rowCount():
            index = self.findings.model.index(row, FINDING_TEXT)
            self.findings.view.setCurrentIndex(index)
            self.findings.view.scrollTo(index)
            self.findings.view.setFocus()

    def show_find(self, *, replace: bool = False) -> None:
        """Open the find bar (with the replace field for Ctrl+H), the selected words as term."""
        if self.draft is None:
            return
        term = ""
        text_editor = getattr(self.text, "editor", None)
        if isinstance(text_editor, QtWidgets.QTextEdit) and text_editor.hasFocus():
            term = text_editor.textCursor().selectedText()
        self.find_bar.open(replace=replace, term=term)

    def _find_closed(self) -> None:
        if self.tabs.currentWidget() is self.text_page:
            text_editor = getattr(self.text, "editor", None)
            if isinstance(text_editor, QtWidgets.QWidget):
                text_editor.setFocus()

    def set_spelling_language(self, language: str) -> None:
        """Check spelling in a language (``nl``, ``en``) or not (``off``)."""
        self.spelling_language = language
        if self.spelling.language != OFF or self.tabs.currentWidget() is self.text_page:
            self.spelling.set_language(language)

    def selected_words(self) -> tuple[str, str, int]:
        """Return the words selected in the Text tab, their paragraph and where they start in it.

        The paragraph tells a new comment which of several places with the same words it is
        about.
        """
        current = getattr(self.text, "editor", None)
        views = self.text.findChildren(QtWidgets.QTextEdit)
        if current in views:  # the section with the cursor first
            views.remove(current)
            views.insert(0, current)
        for view in views:
            cursor = view.textCursor()
            if cursor.hasSelection():
                block = view.document().findBlock(cursor.selectionStart())
                offset = cursor.selectionStart() - block.position()
                return cursor.selectedText().replace("\u2029", "\n"), block.text(), offset
        return "", "", 0

    def save_with_note(self, note: str | None = None) -> bool:
        """Save the current version with a note (asked when not given); return whether done."""
        from notadesk.gui.editor.review_panel import ask_text

        if self.draft is None or self.draft.deleted:
            return False
        if note is None:
            note = ask_text(
                self, self.tr("Note"), self.tr("A note with this version:"), required=True
            )
            if note is None:
                return False
        self.timer.stop()
        nota = self.current_nota()
        draft_id, base = self.draft.id, self.draft.revision
        draft = operations.guarded(
            self,
            self.tr("Save"),
            lambda: self.store.save(
                draft_id, nota, base_revision=base, note=" ".join(note.split())
            ),
        )
        if draft is None:
            return False
        self._after_save(draft)
        return True

    def _route_changed(self, draft: Draft | None) -> None:
        if draft is not None:  # the route moved the status: a new revision
            self.open_draft(draft)
            self.saved.emit(draft)
            self.tabs.setCurrentWidget(self.review)

    def _tab_shown(self, _index: int) -> None:
        show_margin = (
            self.margin_action.isChecked()
            and self.tabs.currentWidget() is self.text_page
            and self.draft is not None
        )
        self.margin.setVisible(show_margin)
        sizes = self.text_page.sizes()  # the text, the print (if any), the margin
        if show_margin and sizes[-1] < 200:
            total = sum(sizes)
            # At 1366 px the text and its print need the room: the margin starts narrow there.
            wanted = 250 if total >= 1100 else max(170, self.margin.minimumSizeHint().width())
            others = sizes[:-1]
            room, shared = max(total - wanted, 1), max(sum(others), 1)
            self.text_page.setSizes([room * size // shared for size in others] + [wanted])
        if self.tabs.currentWidget() is self.text_page:
            # The dictionary loads when the text is first shown, not while the window starts.
            self.spelling.set_language(self.spelling_language)
            self.update_print_beside()
        if self.tabs.currentWidget() is self.preview:
            self._refresh_preview()
        elif self.tabs.currentWidget() is self.history:
            self.history.refresh()

    def _refresh_preview(self) -> None:
        if self.preview is None or self.base is None:
            return
        if self.tabs.currentWidget() is not self.preview and not self.preview.isVisible():
            return
        set_nota = getattr(self.preview, "set_nota", None)
        if set_nota is not None:
            set_nota(self.current_nota(), handed_over=True)

    # --- saving --------------------------------------------------------------------------------

    def commit_open_edits(self) -> None:
        """Take the text of a table cell still being edited into its table (before a save)."""
        focus = QtWidgets.QApplication.focusWidget()
        if focus is None:
            return
        for view in self.findChildren(QtWidgets.QAbstractItemView):
            editing = view.state() == QtWidgets.QAbstractItemView.State.EditingState
            if not editing or not view.viewport().isAncestorOf(focus):
                continue
            editor = focus
            while editor.parentWidget() is not view.viewport():
                editor = editor.parentWidget()
            index = view.currentIndex()
            view.itemDelegateForIndex(index).setModelData(editor, view.model(), index)

    def save_explicitly(self) -> bool:
        """Save now because the person asked (Ctrl+S, closing): half-typed cells included."""
        self.commit_open_edits()
        return self.save_now()

    def save_now(self) -> bool:
        """Store the edits as a new revision now; return whether nothing is left unsaved."""
        self.timer.stop()
        if self.draft is None or not self.dirty or self.draft.deleted:
            return True
        started = time.perf_counter()
        nota = self.current_nota()
        draft_id, base = self.draft.id, self.draft.revision
        try:
            draft = self._save_with_justification(draft_id, nota, base)
            if draft is None:
                self._set_failed()
                return False
        except ConflictError as exc:
            return self._resolve_conflict(operations.error_message(exc), nota)
        except ValidationError as exc:
            self._set_failed()
            if rolled_up_level(nota) != nota.classification.level:
                return self._offer_roll_up(nota)
            if exc.field:
                old = self.base.status if self.base else None
                problems = check_status_change(old, nota, self._route_of(nota))
                self.details.set_status(self.base.status if self.base else "concept")
                self._show_problems(problems or [Problem(exc.field, str(exc))], nota.status)
            else:
                operations.show_error(self, self.tr("Save"), str(exc))
            return False
        except Exception as exc:
            self._set_failed()
            operations.show_error(self, self.tr("Save"), operations.error_message(exc))
            return False
        self.last_save_ms = (time.perf_counter() - started) * 1000
        self._after_save(draft)
        return True

    def _save_with_justification(self, draft_id: str, nota: Nota, base: int) -> Draft | None:
        """Save; when the core asks why a marking is lowered, ask the person and save again.

        Declined: the level and end date go back to what was saved, and the rest is saved
        (None when even that needs a justification, e.g. a removed Woo ground).
        """
        try:
            return self.store.save(draft_id, nota, base_revision=base)
        except JustificationRequired as exc:
            reason = trust.ask_justification(self, exc.changes, self.store)
            if reason is not None:
                return self.store.save(draft_id, nota, base_revision=base, justification=reason)
            if self.base is None:
                return None
            nota.classification.level = self.base.classification.level
            nota.classification.until = self.base.classification.until
            self.details.restore_classification(self.base.classification)
            self.undo_history.withdraw(self.details_part)
            try:
                return self.store.save(draft_id, nota, base_revision=base)
            except JustificationRequired:
                return None

    def _offer_roll_up(self, nota: Nota) -> bool:
        """A portion is marked above the nota: offer to raise the nota's marking to cover it."""
        target = marking_level(rolled_up_level(nota))
        overall = marking_level(nota.classification.level)
        if not offer_roll_up(self, target.label, overall.label, target.label):
            return False
        self.details.set_level(target.id)  # a change like any other: saved, undoable
        return self.save_now()

    def _set_failed(self) -> None:
        self.state = FAILED
        self.state_changed.emit(FAILED)

    def _after_save(self, draft: Draft) -> None:
        reference_was_empty = not self.details.reference.text().strip()
        self.draft = draft
        self.base = _outside_tabs(draft.nota)
        if reference_was_empty and draft.nota.reference:
            self._loading = True
            self.details.reference.setText(draft.nota.reference)
            self._loading = False
            self.undo_history.resync(self.details_part)  # the store's reference: no step
        self.history.head = draft.revision
        self.review.route.head = draft.revision
        if self.tabs.currentWidget() is self.history:
            self.history.refresh()
        self.margin.set_draft(draft.id, draft.nota)  # the passages moved with the edit
        self.review.set_draft(draft.id, draft.revision, draft.nota)
        self._set_dirty(False)
        self.saved.emit(draft)
        self._refresh_preview()

    def _resolve_conflict(self, message: str, mine: Nota) -> bool:
        assert self.draft is not None
        draft_id = self.draft.id
        choice = ask_conflict(self, message)
        if choice == RELOAD:
            theirs = operations.guarded(self, self.tr("Save"), lambda: self.store.get(draft_id))
            if theirs is None:
                return False
            self.open_draft(theirs)
            self.draft_replaced.emit(theirs)
            return True
        mine.reference = ""
        copy_draft = operations.guarded(
            self,
            self.tr("Save"),
            lambda: self.store.create(mine, conflict_of=draft_id),
        )
        if copy_draft is None:
            self._set_failed()
            return False
        self.open_draft(copy_draft)
        self.draft_replaced.emit(copy_draft)
        return True

    # --- saved elsewhere (the team database) --------------------------------------------------

    def changed_elsewhere(self) -> bool:
        """Check whether the open draft was saved elsewhere; if so say by whom and offer
        Reload or Compare, before any save could conflict. Return whether it was."""
        if self.draft is None:
            return False
        draft_id, mine = self.draft.id, self.draft.revision
        history = operations.guarded(self, self.tr("Open"), lambda: self.store.history(draft_id))
        newer = [r for r in history or [] if r.number > mine]
        if not newer:
            return False
        last = newer[-1]
        who = last.author.display_name or last.author.account or self.tr("Someone")
        if last.author.display_name and last.author.account:
            who = f"{last.author.display_name} ({last.author.account})"
        self.timer.stop()  # no autosave into a conflict while the person decides
        self.elsewhere.show_change(who, local_time(last.created), last.number)
        return True

    def reload_theirs(self) -> None:
        """Show the version saved elsewhere (unsaved edits here are dropped, after asking)."""
        if self.draft is None:
            return
        draft_id = self.draft.id
        if self.dirty and not confirm(
            self,
            self.tr("Reload"),
            self.tr(
                "Your unsaved edits to this draft will be lost. Reload the version saved elsewhere?"
            ),
        ):
            return
        theirs = operations.guarded(self, self.tr("Reload"), lambda: self.store.get(draft_id))
        if theirs is None:
            return
        self.open_draft(theirs)
        self.draft_replaced.emit(theirs)

    def compare_theirs(self) -> None:
        """Show the words that differ between the version here and the one saved elsewhere."""
        if self.draft is None:
            return
        draft_id, mine = self.draft.id, self.draft.revision
        theirs = operations.guarded(self, self.tr("Compare"), lambda: self.store.get(draft_id))
        if theirs is None:
            return
        self.tabs.setCurrentWidget(self.history)
        self.history.show_redline(mine, theirs.revision, self.current_nota(), theirs.nota)

    def _restored(self, draft: Draft) -> None:
        self.open_draft(draft)
        self.saved.emit(draft)

    # --- readiness -----------------------------------------------------------------------------

    def _status_requested(self, old: str, new: str) -> None:
        if self.base is None:
            return
        nota = self.current_nota()
        problems = check_status_change(old, nota, self._route_of(nota))
        if problems:
            self.details.set_status(old)
            self.undo_history.withdraw(self.details_part)  # refused: nothing to undo
            self._show_problems(problems, new)

    def _route_of(self, nota: Nota) -> Route | None:
        """Return the paraaf route the nota would have (None when it cannot be read)."""
        from notadesk.core.storage.review import route_events  # (SQLAlchemy: not at start)

        if self.draft is None:
            return None
        try:
            return route_of(nota, route_events(self.store, self.draft.id))
        except Exception:  # the store says so itself when the save is tried
            log.exception("route not read")
            return None

    def check_readiness(self) -> list[Problem]:
        """Show what keeps the open nota from becoming definitief; return the problems."""
        if self.base is None:
            return []
        nota = self.current_nota()
        nota.status = "definitief"
        problems = check_status_change(None, nota, self._route_of(nota))
        self._show_problems(problems, "definitief")
        return problems

    def _show_problems(self, problems: list[Problem], status: str) -> None:
        field = show_readiness(self, problems, status)
        if field:
            self.focus_field(field)

    def focus_field(self, path: str) -> bool:
        """Switch to the tab holding a field and put the cursor there."""
        if path == "route":  # the paraaf route's open steps: the Paraaf tab
            self.tabs.setCurrentWidget(self.review)
            self.review.route.table.setFocus(QtCore.Qt.FocusReason.OtherFocusReason)
            return True
        for tab in self.edit_tabs:
            if tab.focus_field(path):
                self.tabs.setCurrentWidget(self._page(tab))
                tab.focus_field(path)
                return True
        return False
