"""Track changes: a word-level redline between two revisions, in the nota's reading form.

diff-match-patch compares the two reading texts line by line first (its line mode); where
lines were replaced, their words are compared: each text is cut into words and punctuation
marks (each with the spaces after it) and line breaks, each mapped to one character, the
way its documentation does for lines. The result is a list of lines, each a list of pieces that
are kept, inserted or deleted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from notadesk.core.model.nota import Nota
from notadesk.core.review.reading import reading_text

EQUAL, INSERT, DELETE = 0, 1, -1
_TOKEN = re.compile(r"\n|\w+[^\S\n]*|[^\w\s][^\S\n]*|[^\S\n]+")
DIFF_TIMEOUT = 5.0
"""Seconds diff-match-patch may spend before settling for a coarser (still correct) diff."""


@dataclass(frozen=True)
class Piece:
    """A stretch of one line: kept (0), inserted (1) or deleted (-1)."""

    op: int
    text: str


@dataclass(frozen=True)
class Redline:
    """The changes between two reading texts, line by line."""

    lines: tuple[tuple[Piece, ...], ...]
    inserted_words: int
    deleted_words: int

    @property
    def changed(self) -> bool:
        """Return whether anything differs."""
        return bool(self.inserted_words or self.deleted_words)

    def as_text(self) -> str:
        """Return the redline as text, ``[-deleted-]`` and ``{+inserted+}`` (git's word diff)."""
        out = []
        for line in self.lines:
            parts = []
            for piece in line:
                if piece.op == INSERT:
                    parts.append("{+" + piece.text + "+}")
                elif piece.op == DELETE:
                    parts.append("[-" + piece.text + "-]")
                else:
                    parts.append(piece.text)
            out.append("".join(parts))
        return "\n".join(out)


def tokens(text: str) -> list[str]:
    """Return the words of a text (each with the spaces after it) and its line breaks."""
    return _TOKEN.findall(text)


def word_diff(old: str, new: str) -> list[tuple[int, str]]:
    """Return diff-match-patch's diff of two texts, word by word."""
    from diff_match_patch import diff_match_patch

    index: dict[str, str] = {}

    def encode(words: list[str]) -> str:
        chars = []
        for word in words:
            code = index.get(word)
            if code is None:
                number = len(index)
                # skip the surrogate range: each word needs a character of its own
                code = chr(number + 0x800 if number < 0xD800 - 0x800 else number + 0x1800)
                index[word] = code
            chars.append(code)
        return "".join(chars)

    old_words, new_words = tokens(old), tokens(new)
    a, b = encode(old_words), encode(new_words)
    decode = {code: word for word, code in index.items()}
    dmp = diff_match_patch()
    dmp.Diff_Timeout = DIFF_TIMEOUT
    diffs = dmp.diff_main(a, b, False)
    dmp.diff_cleanupSemantic(diffs)
    return [(op, "".join(decode[c] for c in chars)) for op, chars in diffs]


def _line_diff(old: str, new: str) -> list[tuple[int, str]]:
    from diff_match_patch import diff_match_patch

    dmp = diff_match_patch()
    dmp.Diff_Timeout = DIFF_TIMEOUT
    a, b, lines = dmp.diff_linesToChars(old + "\n", new + "\n")
    diffs = dmp.diff_main(a, b, False)
    dmp.diff_charsToLines(diffs, lines)
    return diffs


def redline_texts(old: str, new: str) -> Redline:
    """Return the redline between two reading texts.

    Lines are compared first; where lines were replaced, their words are. A line break that
    was inserted or deleted starts a new line, so a deleted line shows as a line of its own.
    """
    lines: list[list[Piece]] = []
    counts = {INSERT: 0, DELETE: 0}

    hunk: dict[int, str] = {DELETE: "", INSERT: ""}

    def flush() -> None:
        gone, came = hunk[DELETE][:-1], hunk[INSERT][:-1]  # without the last line break
        if gone and came:
            old_lines, new_lines = gone.split("\n"), came.split("\n")
            pairs = (
                list(zip(old_lines, new_lines, strict=True))
                if len(old_lines) == len(new_lines)
                else [(gone, came)]
            )
            for a, b in pairs:  # replaced line by line when the counts match
                lines.append([])
                for op, text in word_diff(a, b):
                    for i, part in enumerate(text.split("\n")):
                        if i:
                            lines.append([])
                        if part:
                            lines[-1].append(Piece(op, part))
                    if op != EQUAL:
                        counts[op] += sum(1 for t in tokens(text) if t.strip())
        else:
            for op, text in ((DELETE, gone), (INSERT, came)):
                if text or hunk[op]:
                    for line in text.split("\n"):
                        lines.append([Piece(op, line)] if line else [])
                        counts[op] += sum(1 for t in tokens(line) if t.strip())
        hunk[DELETE] = hunk[INSERT] = ""

    for op, text in _line_diff(old, new):
        if op == EQUAL:
            flush()
            for line in text[:-1].split("\n"):
                lines.append([Piece(EQUAL, line)] if line else [])
        else:
            hunk[op] += text
    flush()
    return Redline(
        lines=tuple(tuple(_merge(line)) for line in lines),
        inserted_words=counts[INSERT],
        deleted_words=counts[DELETE],
    )


def _merge(line: list[Piece]) -> list[Piece]:
    out: list[Piece] = []
    for piece in line:
        if out and out[-1].op == piece.op:
            out[-1] = Piece(piece.op, out[-1].text + piece.text)
        else:
            out.append(piece)
    return out


def redline(old: Nota, new: Nota) -> Redline:
    """Return the word-level changes from one version of a nota to another."""
    return redline_texts(reading_text(old), reading_text(new))
