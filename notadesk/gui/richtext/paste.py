"""What may be pasted into the Text tab: clipboard data cleaned down to what the nota prints."""

from __future__ import annotations

import json
import re

from notadesk.core.model.nota import Run
from notadesk.gui.qt import QtCore, QtGui
from notadesk.gui.richtext.convert import document_lines
from notadesk.gui.richtext.formats import OBJECT_CHAR, Line

LINES_MIME = "application/x-notadesk-lines+json"
"""Clipboard format of lines copied inside notadesk (keeps data blocks and redactions)."""


def clean_lines(mime: QtCore.QMimeData) -> list[Line]:
    """Return what may be pasted from clipboard data: text, bullets and the allowed styles.

    HTML (Word, a browser) is read into a scratch document and only paragraphs, list depth,
    bold, italic, underline and a yellow highlight are kept; fonts, colours, sizes, images,
    links and tables are dropped (a table's cells become lines of text).
    """
    if mime.hasFormat(LINES_MIME):
        try:
            raw = json.loads(bytes(mime.data(LINES_MIME).data()).decode("utf-8"))
            return [Line.from_dict(item) for item in raw]
        except (ValueError, KeyError, TypeError, AttributeError):
            pass
    if mime.hasHtml():
        scratch = QtGui.QTextDocument()
        scratch.setHtml(mime.html())
        lines = document_lines(scratch, lenient=True)
        for line in lines:
            _word_bullet(line)
            _strip_ends(line.runs)
        return _trim(lines)
    if mime.hasText():
        text = mime.text().replace("\r\n", "\n").replace("\r", "\n").replace(OBJECT_CHAR, "")
        return _trim([Line(0, [Run(text=part)] if part else []) for part in text.split("\n")])
    return []


WORD_BULLETS = {"·": 1, "•": 1, "-": 1, "–": 1, "o": 2, "◦": 2, "§": 3, "▪": 3, "■": 3}
"""The bullet glyphs Word writes as text before list paragraphs, and their usual depth."""
_WORD_BULLET = re.compile(r"^\s*(" + "|".join(map(re.escape, WORD_BULLETS)) + r")[\s\u00a0]*\u00a0")


def _word_bullet(line: Line) -> None:
    # Word copies a list as paragraphs that start with the bullet as text plus no-break
    # spaces (mso-list); make those real bullets at the depth the glyph stands for.
    if line.depth or line.data is not None or not line.runs:
        return
    text = "".join(r.text for r in line.runs)
    found = _WORD_BULLET.match(text)
    if not found:
        return
    line.depth = WORD_BULLETS[found.group(1)]
    drop = found.end()
    while drop and line.runs:
        first = line.runs[0]
        if len(first.text) <= drop:
            drop -= len(first.text)
            line.runs.pop(0)
        else:
            first.text = first.text[drop:]
            drop = 0


def _strip_ends(runs: list[Run]) -> None:
    # HTML leaves the spaces between tags at the ends of lines; they print as nothing.
    while runs and not runs[0].generated and not runs[0].text.strip():
        runs.pop(0)
    while runs and not runs[-1].generated and not runs[-1].text.strip():
        runs.pop()
    if runs and not runs[0].generated:
        runs[0].text = runs[0].text.lstrip()
    if runs and not runs[-1].generated:
        runs[-1].text = runs[-1].text.rstrip()


def _trim(lines: list[Line]) -> list[Line]:
    def empty(line: Line) -> bool:
        return line.data is None and not any(r.text.strip() or r.generated for r in line.runs)

    while lines and empty(lines[0]):
        lines.pop(0)
    while lines and empty(lines[-1]):
        lines.pop()
    return lines
