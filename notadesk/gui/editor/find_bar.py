"""Find and replace in the open nota: its text (every section), findings and commitments.

Ctrl+F with the cursor in the draft opens the bar, Ctrl+H opens it with the replace field.
The matches run in reading order: the sections as the outline lists them, then the findings,
then the commitments. Going to a match shows it where it is edited (the section in the text,
the finding's row, the commitment's text). A replacement in the text is one undo step of that
section's text; in a finding or a commitment it is an edit of that row, saved like typing.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from notadesk.gui.qt import Qt, QtGui, QtWidgets, Signal

if TYPE_CHECKING:
    from notadesk.gui.editor.editor import DraftEditor

TEXT, FINDING, COMMITMENT = "text", "finding", "commitment"


@dataclass(frozen=True)
class Match:
    """Where a match is: ``kind``, which section document or row, and the span in its text."""

    kind: str
    key: int  # a section's key in the Text tab, or a finding's / commitment's row
    start: int
    end: int


def _spans(text: str, term: str, case: bool) -> Iterator[tuple[int, int]]:
    haystack, needle = (text, term) if case else (text.casefold(), term.casefold())
    if len(haystack) != len(text) or not needle:  # casefold changed lengths (ß): exact only
        haystack, needle = text, term
    if not needle:
        return
    at = haystack.find(needle)
    while at >= 0:
        yield at, at + len(needle)
        at = haystack.find(needle, at + len(needle))


class FindBar(QtWidgets.QFrame):
    """The find (and replace) bar below the draft's tabs."""

    closed = Signal()

    def __init__(self, editor: DraftEditor) -> None:
        super().__init__(editor)
        self.editor = editor
        self.matches: list[Match] = []
        self.current = -1
        self.setObjectName("findBar")
        self.setFrameShape(QtWidgets.QFrame.Shape.StyledPanel)
        self.find_field = QtWidgets.QLineEdit(self)
        self.find_field.setPlaceholderText(self.tr("Find in this nota"))
        self.find_field.setAccessibleName(self.tr("Find in this nota"))
        self.find_field.setClearButtonEnabled(True)
        self.replace_field = QtWidgets.QLineEdit(self)
        self.replace_field.setPlaceholderText(self.tr("Replace with"))
        self.replace_field.setAccessibleName(self.tr("Replace with"))
        self.case_box = QtWidgets.QCheckBox(self.tr("Match &case"), self)
        self.count_label = QtWidgets.QLabel(self)
        self.count_label.setMinimumWidth(90)
        self.previous_button = QtWidgets.QToolButton(self)
        self.previous_button.setText(self.tr("Previous"))
        self.previous_button.setToolTip(self.tr("Previous match (Shift+Enter)"))
        self.next_button = QtWidgets.QToolButton(self)
        self.next_button.setText(self.tr("Next"))
        self.next_button.setToolTip(self.tr("Next match (Enter)"))
        self.replace_button = QtWidgets.QPushButton(self.tr("&Replace"), self)
        self.replace_all_button = QtWidgets.QPushButton(self.tr("Replace &all"), self)
        self.close_button = QtWidgets.QToolButton(self)
        self.close_button.setText("✕")
        self.close_button.setToolTip(self.tr("Close (Esc)"))
        self.close_button.setAccessibleName(self.tr("Close the find bar"))
        layout = QtWidgets.QHBoxLayout(self)
        layout.setContentsMargins(6, 3, 6, 3)
        layout.addWidget(self.find_field, 2)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.next_button)
        layout.addWidget(self.count_label)
        layout.addWidget(self.case_box)
        layout.addWidget(self.replace_field, 2)
        layout.addWidget(self.replace_button)
        layout.addWidget(self.replace_all_button)
        layout.addWidget(self.close_button)
        self.find_field.textChanged.connect(self.search)
        self.case_box.toggled.connect(self.search)
        self.find_field.returnPressed.connect(self.next)
        self.replace_field.returnPressed.connect(self.replace)
        self.next_button.clicked.connect(self.next)
        self.previous_button.clicked.connect(self.previous)
        self.replace_button.clicked.connect(self.replace)
        self.replace_all_button.clicked.connect(self.replace_all)
        self.close_button.clicked.connect(self.close_bar)
        for key, slot in (("Esc", self.close_bar), ("Shift+Return", self.previous)):
            shortcut = QtGui.QShortcut(QtGui.QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.set_replacing(False)
        self.setVisible(False)

    # --- showing ---------------------------------------------------------------------------

    def set_replacing(self, on: bool) -> None:
        """Show or hide the replace field and buttons."""
        for widget in (self.replace_field, self.replace_button, self.replace_all_button):
            widget.setVisible(on)

    def open(self, *, replace: bool, term: str = "") -> None:
        """Show the bar with the cursor in its find field (the selected words as the term)."""
        self.set_replacing(replace)
        self.setVisible(True)
        if term and "\u2029" not in term:
            self.find_field.setText(term)
        self.find_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_field.selectAll()
        self.search()

    def close_bar(self) -> None:
        """Hide the bar and go back to the text."""
        self.setVisible(False)
        self.closed.emit()

    # --- searching -------------------------------------------------------------------------

    def _case(self) -> bool:
        return self.case_box.isChecked()

    def collect(self) -> list[Match]:
        """Return every match of the term, in reading order."""
        term = self.find_field.text()
        if not term:
            return []
        out: list[Match] = []
        text = self.editor.text
        for key, document in getattr(text, "documents_in_order", lambda: [])():
            content = document.toPlainText()
            out += [Match(TEXT, key, s, e) for s, e in _spans(content, term, self._case())]
        for row, finding in enumerate(self.editor.findings.findings()):
            out += [Match(FINDING, row, s, e) for s, e in _spans(finding.text, term, self._case())]
        for row, commitment in enumerate(self.editor.commitments.commitments):
            spans = _spans(commitment.text, term, self._case())
            out += [Match(COMMITMENT, row, s, e) for s, e in spans]
        return out

    def search(self, *_args: object) -> None:
        """Find the term again (after it or the nota changed) and show the first match."""
        self.matches = self.collect()
        self.current = -1
        self._show_count()
        if self.matches:
            self.go(0)

    def _show_count(self) -> None:
        if not self.find_field.text():
            self.count_label.setText("")
        elif not self.matches:
            self.count_label.setText(self.tr("Not found"))
        else:
            self.count_label.setText(
                self.tr("%1 of %2")
                .replace("%1", str(self.current + 1 if self.current >= 0 else 0))
                .replace("%2", str(len(self.matches)))
            )
        found = bool(self.matches)
        for widget in (self.next_button, self.previous_button, self.replace_button):
            widget.setEnabled(found)
        self.replace_all_button.setEnabled(found)

    def next(self) -> None:
        """Go to the next match (after the last, the first)."""
        if self.matches:
            self.go((self.current + 1) % len(self.matches))

    def previous(self) -> None:
        """Go to the previous match (before the first, the last)."""
        if self.matches:
            self.go((self.current - 1) % len(self.matches))

    def go(self, index: int) -> None:
        """Show match ``index`` where it is edited, selected."""
        self.current = index
        match = self.matches[index]
        editor = self.editor
        if match.kind == TEXT:
            editor.tabs.setCurrentWidget(editor.text_page)
            editor.text.show_span(match.key, match.start, match.end)  # type: ignore[attr-defined]
        elif match.kind == FINDING:
            editor.tabs.setCurrentWidget(editor.findings)
            editor.findings.show_text_span(match.key, match.start, match.end)
        else:
            editor.tabs.setCurrentWidget(editor.commitments)
            editor.commitments.show_text_span(match.key, match.start, match.end)
        self._show_count()

    # --- replacing -------------------------------------------------------------------------

    def _replace_one(self, match: Match, replacement: str) -> bool:
        editor = self.editor
        if match.kind == TEXT:
            return bool(
                editor.text.replace_span(  # type: ignore[attr-defined]
                    match.key, match.start, match.end, replacement
                )
            )
        tab = editor.findings if match.kind == FINDING else editor.commitments
        return tab.replace_text_span(match.key, match.start, match.end, replacement)

    def replace(self) -> None:
        """Replace the current match and go to the next one."""
        if not self.matches:
            return
        index = max(self.current, 0)
        self._replace_one(self.matches[index], self.replace_field.text())
        self.matches = self.collect()
        self._show_count()
        if self.matches:
            self.go(min(index, len(self.matches) - 1))

    def replace_all(self) -> int:
        """Replace every match; return how many were replaced."""
        replacement = self.replace_field.text()
        count = 0
        with self.editor.undo_history.group(self.tr("Replace all")):  # one undo step
            for match in reversed(self.collect()):  # from the end: earlier spans stay valid
                count += self._replace_one(match, replacement)
        self.matches = self.collect()
        self.current = -1
        self._show_count()
        self.count_label.setText(
            self.tr("1 replaced")
            if count == 1
            else self.tr("%1 replaced").replace("%1", str(count))
        )
        return count
