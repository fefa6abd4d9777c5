"""Comments on a draft: threads (a comment and its replies), resolved or open, and where
each points on the current revision.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from notadesk.core.identity import NOBODY, Person
from notadesk.core.model.nota import Nota
from notadesk.core.review.anchors import Anchor, Placement, TextMap, place_on
from notadesk.core.review.reading import reading_text
from notadesk.errors import ValidationError

MAX_COMMENT = 10_000
RESOLVE, REOPEN = "resolve", "reopen"


@dataclass(frozen=True)
class CommentRecord:
    """A stored comment or reply."""

    uuid: str
    parent_uuid: str | None
    revision_uuid: str
    created: str
    author: Person
    text: str
    anchor: Anchor


@dataclass(frozen=True)
class CommentState:
    """A stored resolve or reopen of a thread."""

    uuid: str
    comment_uuid: str
    at: str
    action: str
    author: Person = NOBODY


@dataclass(frozen=True)
class Thread:
    """A comment, its replies, whether it is resolved, and where it is now."""

    comment: CommentRecord
    replies: tuple[CommentRecord, ...]
    resolved: bool
    resolved_by: Person | None
    placement: Placement
    quote_now: str
    """The words the passage holds on the current revision (the quote when orphaned)."""
    states: tuple[CommentState, ...] = field(default=(), repr=False)

    @property
    def orphaned(self) -> bool:
        """Return whether the passage, finding or commitment is gone."""
        return self.placement.orphaned


def clean_comment(text: str) -> str:
    """Return a comment's text fit to store (line breaks and tabs allowed).

    Raises:
        ValidationError: empty, too long, or holding another control character.
    """
    if not isinstance(text, str) or not text.strip():
        raise ValidationError("A comment needs some text.")
    if len(text) > MAX_COMMENT:
        raise ValidationError(f"A comment is longer than {MAX_COMMENT} characters.")
    if any((ord(c) < 32 and c not in "\n\t") or 0x7F <= ord(c) < 0xA0 for c in text):
        raise ValidationError("A comment may not contain control characters.")
    return text.strip()


def threads(
    records: Sequence[CommentRecord],
    states: Sequence[CommentState],
    head: Nota,
    head_uuid: str,
    revision_text: dict[str, str],
) -> list[Thread]:
    """Return the threads of a draft on its current revision, in reading order.

    ``revision_text`` holds the reading text of every revision a comment was made on (the
    caller reads them once); a comment whose revision is unknown is placed by its quote.
    """
    head_text = reading_text(head)
    maps: dict[str, TextMap] = {}
    by_parent: dict[str, list[CommentRecord]] = {}
    roots = []
    known = {r.uuid for r in records}
    for record in sorted(records, key=lambda r: (r.created, r.uuid)):
        if record.parent_uuid and record.parent_uuid in known:
            by_parent.setdefault(record.parent_uuid, []).append(record)
        else:
            roots.append(record)
    state_of: dict[str, list[CommentState]] = {}
    for state in sorted(states, key=lambda s: (s.at, s.uuid)):
        state_of.setdefault(state.comment_uuid, []).append(state)
    out = []
    for root in roots:
        text_map = None
        if root.anchor.kind == "text":
            source = revision_text.get(root.revision_uuid, head_text)
            if root.revision_uuid == head_uuid:
                source = head_text
            key = root.revision_uuid if root.revision_uuid in revision_text else head_uuid
            text_map = maps.get(key)
            if text_map is None:
                text_map = maps[key] = TextMap(source, head_text)
        placement = place_on(root.anchor, head, text_map)
        now = ""
        if root.anchor.kind == "text":
            now = head_text[placement.start : placement.end]
            if placement.orphaned:
                now = root.anchor.quote
        history = tuple(state_of.get(root.uuid, []))
        last = history[-1] if history else None
        resolved = last is not None and last.action == RESOLVE
        out.append(
            Thread(
                comment=root,
                replies=tuple(by_parent.get(root.uuid, [])),
                resolved=resolved,
                resolved_by=last.author if resolved and last else None,
                placement=placement,
                quote_now=now,
                states=history,
            )
        )
    order = _reading_order(head)
    out.sort(key=lambda t: (_position(t, order), t.comment.created))
    return out


def _reading_order(nota: Nota) -> dict[str, int]:
    from notadesk.core.review.reading import reading_lines

    order: dict[str, int] = {}
    at = 0
    for line in reading_lines(nota):
        if line.ref and line.ref not in order and line.part in ("finding", "commitment"):
            order[line.ref] = at
        at += len(line.text) + 1
    return order


def _position(thread: Thread, order: dict[str, int]) -> int:
    anchor = thread.comment.anchor
    if thread.orphaned:
        return 1 << 40
    if anchor.kind == "text":
        return thread.placement.start
    if anchor.kind in ("finding", "commitment"):
        return order.get(anchor.ref, 1 << 39)
    return -1
