"""What may be pasted into the Text tab: clipboard data cleaned down to what the nota prints."""

from __future__ import annotations

import json
import re

from notadesk.core.model.nota import Run
from notadesk.gui.qt import QtCore, QtGui, QtWidgets
from notadesk.gui.richtext.convert import blocks_to_lines, document_lines
from notadesk.gui.richtext.formats import OBJECT_CHAR, Line

LINES_MIME = "application/x-notadesk-lines+json"
"""Clipboard format of lines copied inside notadesk (keeps data blocks and redactions)."""


def paste_lines(mime: QtCore.QMimeData, parent: QtWidgets.QWidget | None) -> list[Line]:
    """Return what to paste: HTML from Word or LibreOffice through the Word import's conversion.

    The conversion (``notadesk.core.interchange.html_in``) keeps paragraphs, bulleted and
    numbered lists with their levels, tables (merged cells flattened), line breaks, bold,
    italic, underline and a highlight, and reports everything else; when it reports anything,
    the person sees the report first and may cancel (nothing is pasted then). Headings become
    bold paragraphs (a paste goes into one section). Other clipboard data: :func:`clean_lines`.
    """
    if mime.hasHtml() and not mime.hasFormat(LINES_MIME):
        from notadesk.core.interchange.html_in import read_html
        from notadesk.core.interchange.incoming import as_blocks
        from notadesk.errors import NotadeskError
        from notadesk.gui import operations, word

        try:
            contribution = read_html(mime.html())
            blocks = as_blocks(contribution)
        except NotadeskError as exc:
            operations.show_error(
                parent, QtCore.QCoreApplication.translate("Paste", "Paste"), str(exc)
            )
            return []
        if not contribution.report.clean and not confirm_paste(
            parent, word.report_lines(contribution.report)
        ):
            return []
        return _trim(blocks_to_lines(blocks))
    return clean_lines(mime)


def confirm_paste(parent: QtWidgets.QWidget | None, lines: list[str]) -> bool:
    """Show what the paste will not bring over; return whether to paste (tests replace this)."""
    box = QtWidgets.QMessageBox(parent)
    box.setIcon(QtWidgets.QMessageBox.Icon.Information)
    box.setWindowTitle(QtCore.QCoreApplication.translate("Paste", "Paste from a Word document"))
    box.setText("\n".join(lines))
    paste = box.addButton(
        QtCore.QCoreApplication.translate("Paste", "Paste"),
        QtWidgets.QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(QtWidgets.QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is paste


def clean_lines(mime: QtCore.QMimeData) -> list[Line]:
    """Return what may be pasted from clipboard data: text, bullets and the allowed styles.

    notadesk's own lines come back whole. HTML without a window to ask (see
    :func:`paste_lines`) is read into a scratch document and only paragraphs, list depth,
    bold, italic, underline and a yellow highlight are kept.
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
