"""Where a comment points, and where that passage is now.

A comment on a passage stores the revision it was made on, the character offsets of the
passage in that revision's reading text (:func:`~notadesk.core.review.reading.reading_text`)
and the quoted words. The stored anchor never changes; to show it on a later revision the
offsets are carried over with diff-match-patch (a diff of the two reading texts and its
``diff_xIndex``), then the quoted words are looked for close by. A passage whose every
character was deleted is *orphaned*: the comment stays, shown with its quote, never lost.
A comment on a finding or a commitment points at its id and is orphaned when that is gone.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from notadesk.core.model.nota import Nota
from notadesk.errors import ValidationError

KINDS = ("text", "finding", "commitment", "nota")
MAX_QUOTE = 5_000
DIFF_TIMEOUT = 1.0
"""Seconds a diff may take before diff-match-patch settles for a coarser one."""


@dataclass(frozen=True)
class Anchor:
    """What a comment is about, on the revision it was made on."""

    kind: str = "nota"
    """``text`` (a passage), ``finding``, ``commitment``, or ``nota`` (the whole)."""
    start: int = 0
    end: int = 0
    quote: str = ""
    ref: str = ""
    """The finding or commitment id."""

    def as_json(self) -> dict[str, Any]:
        """Return the anchor as JSON (only the parts its kind uses)."""
        if self.kind == "text":
            return {"kind": "text", "start": self.start, "end": self.end, "quote": self.quote}
        if self.kind in ("finding", "commitment"):
            return {"kind": self.kind, "id": self.ref}
        return {"kind": "nota"}


def anchor_from_json(data: Any) -> Anchor:
    """Return an anchor from :meth:`Anchor.as_json` output.

    Raises:
        ValidationError: the data is not an anchor.
    """
    if not isinstance(data, dict) or data.get("kind") not in KINDS:
        raise ValidationError("A comment's anchor is not one of text, finding, commitment, nota.")
    kind = data["kind"]
    if kind == "text":
        start, end, quote = data.get("start"), data.get("end"), data.get("quote")
        if not (
            isinstance(start, int)
            and isinstance(end, int)
            and isinstance(quote, str)
            and not isinstance(start, bool)
            and not isinstance(end, bool)
            and 0 <= start <= end
            and end - start == len(quote) <= MAX_QUOTE
        ):
            raise ValidationError("A comment's passage has impossible offsets or quote.")
        return Anchor("text", start, end, quote)
    if kind in ("finding", "commitment"):
        ref = data.get("id")
        if not isinstance(ref, str) or not ref or len(ref) > 100:
            raise ValidationError(f"A comment on a {kind} does not name it.")
        return Anchor(kind, ref=ref)
    return Anchor()


def passage(text: str, start: int, end: int) -> Anchor:
    """Return the anchor for ``text[start:end]`` of a reading text.

    Raises:
        ValidationError: the offsets are outside the text, or the passage is empty or long.
    """
    if not (0 <= start < end <= len(text)):
        raise ValidationError("Select the words the comment is about.")
    if end - start > MAX_QUOTE:
        raise ValidationError(f"A comment can be about at most {MAX_QUOTE} characters of text.")
    return Anchor("text", start, end, text[start:end])


def find_quote(text: str, quote: str, near: int = 0) -> Anchor | None:
    """Return the anchor for the occurrence of ``quote`` nearest ``near``, or None."""
    best: int | None = None
    at = text.find(quote)
    while at != -1:
        if best is None or abs(at - near) < abs(best - near):
            best = at
        if at > near:
            break
        at = text.find(quote, at + 1)
    return None if best is None or not quote else Anchor("text", best, best + len(quote), quote)


@dataclass(frozen=True)
class Placement:
    """Where an anchor is on the current revision."""

    start: int
    end: int
    orphaned: bool
    exact: bool
    """The quoted words are there unchanged."""


class TextMap:
    """Carries offsets from an old reading text to a new one (one diff, many anchors)."""

    def __init__(self, old: str, new: str) -> None:
        self.old, self.new = old, new
        if old == new:
            self.diffs: list[tuple[int, str]] = [(0, old)]
            return
        from diff_match_patch import diff_match_patch

        dmp = diff_match_patch()
        dmp.Diff_Timeout = DIFF_TIMEOUT
        self.diffs = dmp.diff_main(old, new, len(old) > 10_000)
        self._dmp = dmp

    def index(self, location: int) -> int:
        """Return where an offset of the old text is in the new one."""
        if len(self.diffs) == 1 and self.diffs[0][0] == 0:
            return location
        return int(self._dmp.diff_xIndex(self.diffs, location))

    def kept(self, start: int, end: int) -> int:
        """Return how many characters of ``old[start:end]`` are still in the new text."""
        kept, at = 0, 0
        for op, text in self.diffs:
            if op == 1:
                continue
            if op == 0:
                kept += max(0, min(end, at + len(text)) - max(start, at))
            at += len(text)
            if at >= end:
                break
        return kept

    def place(self, anchor: Anchor) -> Placement:
        """Return where a passage of the old text is in the new one."""
        new = self.new
        start, end = self.index(anchor.start), self.index(anchor.end)
        end = max(start, end)
        if new[start:end] == anchor.quote:
            return Placement(start, end, False, True)
        slack = 2 * len(anchor.quote) + 200
        window_start = max(0, start - slack)
        window = new[window_start : end + slack]
        found = find_quote(window, anchor.quote, start - window_start)
        if found is not None:
            return Placement(found.start + window_start, found.end + window_start, False, True)
        if self.kept(anchor.start, anchor.end) == 0:
            return Placement(start, start, True, False)
        return Placement(start, end, False, False)


def place_on(anchor: Anchor, nota: Nota, text_map: TextMap | None) -> Placement:
    """Return where an anchor is on a nota (``text_map`` carries text anchors to it)."""
    if anchor.kind == "finding":
        there = any(f.id == anchor.ref for f in nota.findings)
        return Placement(0, 0, not there, there)
    if anchor.kind == "commitment":
        there = any(c.id == anchor.ref for c in nota.commitments)
        return Placement(0, 0, not there, there)
    if anchor.kind == "text" and text_map is not None:
        return text_map.place(anchor)
    return Placement(0, 0, False, True)
