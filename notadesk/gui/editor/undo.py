"""One undo history for the open draft: every kind of edit, in the order it was made.

Qt's QUndoStack holds two kinds of step:

- a **snapshot step** for a part of the draft that is small (the Details fields, the findings,
  the commitments, the attachments, the outline of sections): the part's state before and after
  the edit, restored by loading it back into its tab. Edits of one field merge into one step
  until a word ends (a space or punctuation typed), so one Ctrl+Z takes back one word group.
- a **text step** for the rich text of a section: a proxy for the step the section's
  QTextDocument recorded itself (``undoCommandAdded``). Undoing it asks the document to undo,
  so formats, lists and data blocks come back exactly. The document merges typing on its own;
  the editor ends a group at a space, punctuation or a cursor jump (``end_text_group``).

The tabs do not know about the history: they emit ``changed`` as before, and the history
compares each part with what it last saw.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from notadesk.gui.qt import QtCore, QtGui, Signal
from notadesk.gui.richtext.editor import ends_word as ends_word_char


def step_name(text: str) -> str:
    """Translate a step's name (the Edit menu shows it)."""
    return QtCore.QCoreApplication.translate("Undo", text)


@dataclass(frozen=True)
class Change:
    """What an edit was called, and whether it may merge with the next one."""

    name: str
    key: object = None
    """Edits with the same (non-None) key merge into one step while the group is open."""
    ends_group: bool = False
    """This edit closes its group (a word was ended): the next edit is a new step."""
    starts_group: bool = False
    """This edit begins a new word: it never merges into the step before."""


def ends_word(before: str, after: str) -> bool:
    """Return whether a text edit typed a space or punctuation at its end (a word ended)."""
    return len(after) > len(before) and bool(after) and ends_word_char(after[-1])


def text_change(name: str, key: object, before: str, after: str) -> Change:
    """Return a change of a text field that merges with the typing before it within a word.

    Fields are stored stripped, so the space typed between two words may not show: a new
    word is seen as one more word than before.
    """
    starts = len(after.split()) > len(before.split())
    return Change(name, key, ends_word(before, after), starts)


class Part:
    """Something the history keeps snapshots of: a tab's fields, or the outline."""

    def __init__(
        self,
        capture: Callable[[], Any],
        restore: Callable[[Any], None],
        describe: Callable[[Any, Any], Change],
    ) -> None:
        self.capture = capture
        self.restore = restore
        self.describe = describe
        self.state: Any = None


class SnapshotStep(QtGui.QUndoCommand):
    """A part's state before and after an edit."""

    def __init__(
        self, history: DraftHistory, part: Part, before: Any, after: Any, change: Change
    ) -> None:
        super().__init__(change.name)
        self.history = history
        self.part = part
        self.before = before
        self.after = after
        self.change = change
        self.closed = change.ends_group
        self._done = True  # pushed after the edit was made: the first redo does nothing

    def id(self) -> int:
        """Snapshot steps may merge (see :meth:`mergeWith`)."""
        return 1

    def mergeWith(self, other: QtGui.QUndoCommand) -> bool:
        """Take the next edit of the same field into this step while its word goes on."""
        if (
            not isinstance(other, SnapshotStep)
            or other.part is not self.part
            or self.change.key is None
            or other.change.key != self.change.key
            or other.change.starts_group
            or self.closed
            or self.history.group_broken
        ):
            return False
        self.after = other.after
        self.closed = other.change.ends_group
        return True

    def redo(self) -> None:
        """Put the edit back (nothing the first time: it was just made)."""
        if self._done:
            self._done = False
            return
        self.history.restore(self.part, self.after)

    def undo(self) -> None:
        """Take the edit back."""
        self.history.restore(self.part, self.before)


class TextStep(QtGui.QUndoCommand):
    """One step a section's document recorded; undone and redone by that document."""

    def __init__(self, history: DraftHistory, document: QtGui.QTextDocument, name: str) -> None:
        super().__init__(name)
        self.history = history
        self.document = document
        self._done = True

    def redo(self) -> None:
        """Redo the document's step (nothing the first time: it was just made)."""
        if self._done:
            self._done = False
            return
        self.history.step_text(self.document, redo=True)

    def undo(self) -> None:
        """Undo the document's step."""
        self.history.step_text(self.document, redo=False)


class DraftHistory(QtCore.QObject):
    """The undo stack of the open draft and the parts it keeps snapshots of."""

    restored = Signal(object)
    """A part was put back to an earlier or later state by undo or redo: carries the Part."""

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self.stack = QtGui.QUndoStack(self)
        self.parts: list[Part] = []
        self.restoring = False
        self.text_stepper: Callable[[QtGui.QTextDocument, bool], None] | None = None
        """Undoes (False) or redoes (True) a document's step where the person sees it."""
        self.group_broken = False
        self._last_document: QtGui.QTextDocument | None = None
        self._group_name: str | None = None
        self._macro_open = False

    # --- the parts -------------------------------------------------------------------------

    def add_part(
        self,
        capture: Callable[[], Any],
        restore: Callable[[Any], None],
        describe: Callable[[Any, Any], Change],
    ) -> Part:
        """Keep snapshots of a part from now on."""
        part = Part(capture, restore, describe)
        part.state = capture()
        self.parts.append(part)
        return part

    def reset(self) -> None:
        """Start a new history (another draft was opened): no step, every part seen anew."""
        self.stack.clear()
        self._last_document = None
        self.resync()

    def resync(self, part: Part | None = None) -> None:
        """Take a part's state as it is now without a step (a change made for the person)."""
        for p in [part] if part is not None else self.parts:
            p.state = p.capture()

    def record(self, part: Part) -> None:
        """Compare a part with its last state; a difference becomes a step."""
        if self.restoring:
            return
        after = part.capture()
        if after == part.state:
            return
        before, part.state = part.state, after
        self._push(SnapshotStep(self, part, before, after, part.describe(before, after)))

    def withdraw(self, part: Part) -> None:
        """The part's last edit was refused and put back: forget its step."""
        current = part.capture()
        top = self.stack.command(self.stack.index() - 1) if self.stack.index() > 0 else None
        if (
            isinstance(top, SnapshotStep)
            and top.part is part
            and top.before == current
            and not self._macro_open
        ):
            top.setObsolete(True)
            self.stack.undo()  # restores the state it already has, and drops the step
        part.state = current

    def restore(self, part: Part, state: Any) -> None:
        """Show a part's state again (undo or redo)."""
        self.restoring = True
        try:
            part.restore(copy.deepcopy(state))
            part.state = state
        finally:
            self.restoring = False
        self.restored.emit(part)

    # --- text ------------------------------------------------------------------------------

    def text_step_added(self, document: QtGui.QTextDocument, name: str) -> None:
        """A section's document recorded a step of its own: put its proxy on the stack."""
        if self.restoring:
            return
        if self._last_document is not None and self._last_document is not document:
            end_text_group(self._last_document)
        self._last_document = document
        self._push(TextStep(self, document, self._group_name or name), text=True)

    def step_text(self, document: QtGui.QTextDocument, *, redo: bool) -> None:
        """Undo or redo a document's own step (through the editor that shows it, if set)."""
        self.restoring = True
        try:
            if self.text_stepper is not None:
                self.text_stepper(document, redo)
            elif redo:
                document.redo()
            else:
                document.undo()
        finally:
            self.restoring = False
        end_text_group(document)  # typing after an undo is a new step, never merged into it

    # --- steps -----------------------------------------------------------------------------

    def _push(self, step: QtGui.QUndoCommand, *, text: bool = False) -> None:
        if not text and self._last_document is not None:
            end_text_group(self._last_document)  # later typing must not join an older step
        if self._group_name is not None and not self._macro_open:
            self.stack.beginMacro(self._group_name)
            self._macro_open = True
        self.stack.push(step)
        self.group_broken = False

    @contextmanager
    def group(self, name: str) -> Iterator[None]:
        """Make every step taken inside one step called ``name`` (none if nothing changed)."""
        if self._group_name is not None:  # already in a group: it takes these steps too
            yield
            return
        self._group_name = name
        try:
            yield
        finally:
            self._group_name = None
            if self._macro_open:
                self.stack.endMacro()
                self._macro_open = False
            self.group_broken = True

    def break_group(self) -> None:
        """The next edit starts a new step (the cursor moved to another field or place)."""
        self.group_broken = True
        if self._last_document is not None:
            end_text_group(self._last_document)

    def undo(self) -> None:
        """Take back the last step."""
        self.break_group()
        self.stack.undo()

    def redo(self) -> None:
        """Put back the step last taken back."""
        self.break_group()
        self.stack.redo()


# --- what a step is called -------------------------------------------------------------------

DETAIL_NAMES = {
    "type": "Change type",
    "subject": "Edit subject",
    "status": "Change status",
    "date": "Change date",
    "reference": "Edit reference",
    "deadlines": "Change deadline",
    "drafted_by": "Edit drafted by",
}
TEXT_FIELDS = ("subject", "reference", "proposed_by", "set_by", "end_event")


def describe_details(before: Any, after: Any, role_label: Callable[[str], str]) -> Change:
    """Name an edit of the Details fields (two notas holding only those fields)."""
    if before.classification.level != after.classification.level:
        return Change(step_name("Change classification"))
    for name in ("proposed_by", "set_by", "end_event"):
        old, new = getattr(before.classification, name), getattr(after.classification, name)
        if old != new:
            return text_change(step_name("Edit classification"), name, old, new)
    if before.classification != after.classification:
        return Change(step_name("Edit classification"))
    for role in ("to", "from_", "via", "cc", "agreed_with"):
        old_names, new_names = getattr(before.routing, role), getattr(after.routing, role)
        if old_names == new_names:
            continue
        where = role_label(role.rstrip("_"))
        if len(new_names) > len(old_names):
            return Change(step_name("Add a name to %1").replace("%1", where))
        if len(new_names) < len(old_names):
            return Change(step_name("Remove a name from %1").replace("%1", where))
        return Change(step_name("Edit %1").replace("%1", where))
    for name, label in DETAIL_NAMES.items():
        old, new = getattr(before, name), getattr(after, name)
        if old == new:
            continue
        if name in TEXT_FIELDS:
            return text_change(step_name(label), name, old, new)
        if name == "deadlines" and old.due.text != new.due.text:
            return text_change(step_name(label), "due_text", old.due.text, new.due.text)
        return Change(step_name(label))
    return Change(step_name("Edit details"))


def _rows(
    before: list[Any], after: list[Any], noun: str, number: Callable[[Any, int], int]
) -> Change:
    """Name an edit of a list of rows with ids: added, removed, moved or one row edited."""
    old_ids = [row.id for row in before]
    new_ids = [row.id for row in after]
    if len(new_ids) > len(old_ids):
        return Change(step_name(f"Add {noun}"))
    if len(new_ids) < len(old_ids):
        gone = next((i for i, row in enumerate(before) if row.id not in set(new_ids)), 0)
        return Change(step_name(f"Remove {noun} %1").replace("%1", str(number(before[gone], gone))))
    if old_ids != new_ids:
        return Change(step_name(f"Move {noun}"))
    changed = [i for i, (a, b) in enumerate(zip(before, after, strict=True)) if a != b]
    if len(changed) != 1:
        return Change(step_name(f"Edit {noun}s"))
    i = changed[0]
    old, new = before[i], after[i]
    name = step_name(f"Edit {noun} %1").replace("%1", str(number(new, i)))
    fields = [f for f in vars(old) if getattr(old, f) != getattr(new, f)]
    one = fields[0] if len(fields) == 1 else ""
    if one and isinstance(getattr(old, one), str) and isinstance(getattr(new, one), str):
        return text_change(name, (new.id, one), getattr(old, one), getattr(new, one))
    return Change(name)


def describe_findings(before: Any, after: Any) -> Change:
    """Name an edit of the findings table."""
    if before.findings == after.findings and before.finding_groups != after.finding_groups:
        return Change(step_name("Edit finding groups"))
    old, new = before.findings, after.findings
    same_rows = len(old) == len(new) > 1 and [f.id for f in old] == [f.id for f in new]
    if same_rows and sum(a.number != b.number for a, b in zip(old, new, strict=True)) > 1:
        return Change(step_name("Renumber findings"))
    return _rows(old, new, "finding", lambda f, _i: f.number)


def describe_commitments(before: Any, after: Any) -> Change:
    """Name an edit of the commitments."""
    return _rows(before.commitments, after.commitments, "commitment", lambda _c, i: i + 1)


def describe_attachments(before: Any, after: Any) -> Change:
    """Name an edit of the attachments."""
    return _rows(before.attachments, after.attachments, "attachment", lambda _a, i: i + 1)


def flat_outline(outline: Any) -> list[tuple[int, str]]:
    """Return an outline's (key, title) pairs, sections before their sub-sections."""
    out: list[tuple[int, str]] = []
    for key, title, children in outline:
        out.append((key, title))
        out.extend(flat_outline(children))
    return out


def describe_outline(before: Any, after: Any) -> Change:
    """Name an edit of the sections' outline: added, removed, renamed or moved."""
    old, new = dict(flat_outline(before)), dict(flat_outline(after))
    if len(new) > len(old):
        return Change(step_name("Add section"))
    if len(new) < len(old):
        title = next((t for k, t in old.items() if k not in new), "")
        return Change(step_name("Remove section “%1”").replace("%1", title))
    if old != new:
        return Change(step_name("Rename section"))
    return Change(step_name("Move section"))


# Every name above, listed for lupdate (step_name() here is a plain function it does not see).
_NAMES = (
    QtCore.QT_TRANSLATE_NOOP("Undo", "Add finding"),
    QtCore.QT_TRANSLATE_NOOP("Undo", "Remove finding %1"),
    QtCore.QT_TRANSLATE_NOOP("Undo", "Move finding"),
    QtCore.QT_TRANSLATE_NOOP("Undo", "Edit findings"),
    QtCore.QT_TRANSLATE_NOOP("Undo", "Edit finding %1"),
    QtCore.QT_TRANSLATE_NOOP("Undo", "Add commitment"),
    QtCore.QT_TRANSLATE_NOOP("Undo", "Remove commitment %1"),
    QtCore.QT_TRANSLATE_NOOP("Undo", "Move commitment"),
    QtCore.QT_TRANSLATE_NOOP("Undo", "Edit commitments"),
    QtCore.QT_TRANSLATE_NOOP("Undo", "Edit commitment %1"),
    QtCore.QT_TRANSLATE_NOOP("Undo", "Add attachment"),
    QtCore.QT_TRANSLATE_NOOP("Undo", "Remove attachment %1"),
    QtCore.QT_TRANSLATE_NOOP("Undo", "Move attachment"),
    QtCore.QT_TRANSLATE_NOOP("Undo", "Edit attachments"),
    QtCore.QT_TRANSLATE_NOOP("Undo", "Edit attachment %1"),
    QtCore.QT_TRANSLATE_NOOP("Undo", "Change type"),
    QtCore.QT_TRANSLATE_NOOP("Undo", "Edit subject"),
    QtCore.QT_TRANSLATE_NOOP("Undo", "Change status"),
    QtCore.QT_TRANSLATE_NOOP("Undo", "Change date"),
    QtCore.QT_TRANSLATE_NOOP("Undo", "Edit reference"),
    QtCore.QT_TRANSLATE_NOOP("Undo", "Change deadline"),
    QtCore.QT_TRANSLATE_NOOP("Undo", "Edit drafted by"),
    QtCore.QT_TRANSLATE_NOOP("Undo", "Change classification"),
    QtCore.QT_TRANSLATE_NOOP("Undo", "Edit classification"),
    QtCore.QT_TRANSLATE_NOOP("Undo", "Add a name to %1"),
    QtCore.QT_TRANSLATE_NOOP("Undo", "Remove a name from %1"),
    QtCore.QT_TRANSLATE_NOOP("Undo", "Edit %1"),
    QtCore.QT_TRANSLATE_NOOP("Undo", "Edit details"),
    QtCore.QT_TRANSLATE_NOOP("Undo", "Renumber findings"),
    QtCore.QT_TRANSLATE_NOOP("Undo", "Edit finding groups"),
    QtCore.QT_TRANSLATE_NOOP("Undo", "Add section"),
    QtCore.QT_TRANSLATE_NOOP("Undo", "Remove section “%1”"),
    QtCore.QT_TRANSLATE_NOOP("Undo", "Rename section"),
    QtCore.QT_TRANSLATE_NOOP("Undo", "Move section"),
)


def end_text_group(document: QtGui.QTextDocument) -> None:
    """Make the document's next edit a step of its own instead of merging with the last one.

    QTextDocument merges an edit into its last step only while the document is modified
    (typing after a save starts a new step); clearing the flag ends the group.
    """
    document.setModified(False)


__all__ = [
    "Change",
    "DraftHistory",
    "Part",
    "describe_attachments",
    "describe_commitments",
    "describe_details",
    "describe_findings",
    "describe_outline",
    "end_text_group",
    "ends_word",
    "flat_outline",
    "step_name",
]
