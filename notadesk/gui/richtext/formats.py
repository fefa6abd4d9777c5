"""How the nota's inline styles and data blocks are stored in a QTextDocument.

Styles live in character formats: weight, italic and underline are Qt's own; highlight and
the Woo redaction are custom properties (with a background so they show). Data blocks are an
object replacement character whose format names the object and carries the block as JSON.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from notadesk.core.model.codec import block_from_dict, block_to_dict, run_from_dict, run_to_dict
from notadesk.core.model.nota import Block, ListEntry, Run
from notadesk.gui.qt import QtCore, QtGui

OBJECT_CHAR = "\ufffc"
"""The character Qt stands in for an embedded object."""

BLOCK_OBJECT = 1
"""Placeholder kind of a data-block line (findings, commitments, positions block)."""
POSITIONS_OBJECT = 2
"""Placeholder kind of the inline positions summary (``Run(generated="positions-summary")``)."""
PLACEHOLDER_SCHEME = "notadesk"
"""URL scheme of the images that draw placeholders (made by the section's document)."""

HIGHLIGHT_PROPERTY = QtGui.QTextFormat.Property.UserProperty + 1
REDACT_PROPERTY = QtGui.QTextFormat.Property.UserProperty + 2
BLOCK_DATA_PROPERTY = QtGui.QTextFormat.Property.UserProperty + 3
PLACEHOLDER_PROPERTY = QtGui.QTextFormat.Property.UserProperty + 4
PORTION_PROPERTY = QtGui.QTextFormat.Property.UserProperty + 5  # a block's portion marking

HIGHLIGHT_COLOR = QtGui.QColor("#fff176")
REDACT_COLOR = QtGui.QColor("#cfd4da")
HIGHLIGHT_REDACT_COLOR = QtGui.QColor("#d8d08a")

MAX_DEPTH = 3
LIST_STYLES = {
    1: QtGui.QTextListFormat.Style.ListDisc,
    2: QtGui.QTextListFormat.Style.ListCircle,
    3: QtGui.QTextListFormat.Style.ListSquare,
}
NUMBER_STYLES = {
    1: QtGui.QTextListFormat.Style.ListDecimal,
    2: QtGui.QTextListFormat.Style.ListLowerAlpha,
    3: QtGui.QTextListFormat.Style.ListLowerRoman,
}
LINE_BREAK = "\u2028"
"""How a line break inside a paragraph (``"\\n"`` in a run) is held in a QTextDocument."""


@dataclass
class Line:
    """One block of the editor: its list depth (0 = not a bullet), its runs or a data block.

    ``numbered`` says the list level this line stands in is numbered (1. / a. / i.);
    ``portion`` is the line's own marking level (a portion mark), kept as it came.
    """

    depth: int = 0
    runs: list[Run] = field(default_factory=list)
    data: Block | ListEntry | None = None
    numbered: bool = False
    portion: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return the line as JSON-ready data (for the clipboard)."""
        return {
            "depth": self.depth,
            "runs": [run_to_dict(r) for r in self.runs],
            "data": block_to_dict(self.data) if self.data is not None else None,
            "numbered": self.numbered,
            "portion": self.portion,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Line:
        """Return a line from :meth:`to_dict` data."""
        block = data.get("data")
        return cls(
            depth=max(0, min(MAX_DEPTH, int(data.get("depth", 0)))),
            runs=[run_from_dict(r) for r in data.get("runs", [])],
            data=block_from_dict(block) if block else None,
            numbered=bool(data.get("numbered", False)),
            portion=data.get("portion") if isinstance(data.get("portion"), str) else None,
        )


def same_style(a: Run, b: Run) -> bool:
    """Return whether two runs carry the same inline styles."""
    return (a.bold, a.italic, a.underline, a.highlight, a.redact) == (
        b.bold,
        b.italic,
        b.underline,
        b.highlight,
        b.redact,
    )


def redact_tooltip(code: str) -> str:
    """Return the tooltip of a redacted passage: the Woo ground's code and label."""
    from notadesk.core.policy.woo import woo_ground

    try:
        label = woo_ground(code).label
    except KeyError:
        label = QtCore.QCoreApplication.translate("RichText", "unknown ground")
    text = QtCore.QCoreApplication.translate("RichText", "Redacted for Woo publication")
    return f"{text}: {code} {label}"


def run_format(run: Run, base: QtGui.QTextCharFormat | None = None) -> QtGui.QTextCharFormat:
    """Return the character format that shows a run's styles."""
    fmt = QtGui.QTextCharFormat(base) if base is not None else QtGui.QTextCharFormat()
    fmt.setFontWeight(QtGui.QFont.Weight.Bold if run.bold else QtGui.QFont.Weight.Normal)
    fmt.setFontItalic(run.italic)
    fmt.setFontUnderline(run.underline)
    fmt.setProperty(HIGHLIGHT_PROPERTY, bool(run.highlight))
    fmt.setProperty(REDACT_PROPERTY, run.redact or "")
    if run.highlight and run.redact:
        fmt.setBackground(HIGHLIGHT_REDACT_COLOR)
    elif run.highlight:
        fmt.setBackground(HIGHLIGHT_COLOR)
    elif run.redact:
        fmt.setBackground(REDACT_COLOR)
    else:
        fmt.clearBackground()
    if run.redact:
        fmt.setToolTip(redact_tooltip(run.redact))
    elif base is None or placeholder(base) != POSITIONS_OBJECT:
        fmt.setToolTip("")
    return fmt


def plain_format(fmt: QtGui.QTextCharFormat) -> QtGui.QTextCharFormat:
    """Return the styles of a format without any object: what typed text should get."""
    return run_format(format_run(fmt))


def format_run(fmt: QtGui.QTextCharFormat, *, lenient: bool = False) -> Run:
    """Return the styles of a character format as an (empty) run.

    ``lenient`` reads formats that came from outside (pasted HTML): a yellow background
    counts as highlight, and no redaction is taken over.
    """
    run = Run(
        bold=fmt.fontWeight() >= QtGui.QFont.Weight.DemiBold,
        italic=fmt.fontItalic(),
        underline=fmt.fontUnderline(),
    )
    if lenient:
        run.highlight = _is_yellow(fmt)
    else:
        run.highlight = bool(fmt.property(HIGHLIGHT_PROPERTY))
        redact = fmt.property(REDACT_PROPERTY)
        run.redact = str(redact) if redact else None
    return run


def _is_yellow(fmt: QtGui.QTextCharFormat) -> bool:
    if not fmt.hasProperty(QtGui.QTextFormat.Property.BackgroundBrush):
        return False
    brush = fmt.background()
    if brush.style() == QtCore.Qt.BrushStyle.NoBrush:
        return False
    color = brush.color()
    return color.red() > 200 and color.green() > 200 and color.blue() < 140


def placeholder(fmt: QtGui.QTextFormat) -> int:
    """Return the placeholder kind a format draws (0 for ordinary text or foreign images)."""
    if not fmt.isImageFormat():
        return 0
    kind = fmt.property(PLACEHOLDER_PROPERTY)
    return int(kind) if kind in (BLOCK_OBJECT, POSITIONS_OBJECT) else 0


def block_object_format(data: Block | ListEntry) -> QtGui.QTextImageFormat:
    """Return the format of a data-block placeholder: an image drawn from its data."""
    raw = json.dumps(block_to_dict(data), sort_keys=True, separators=(",", ":"))
    fmt = QtGui.QTextImageFormat()
    fmt.setName(f"{PLACEHOLDER_SCHEME}:block?{QtCore.QUrl.toPercentEncoding(raw).data().decode()}")
    fmt.setProperty(PLACEHOLDER_PROPERTY, BLOCK_OBJECT)
    fmt.setProperty(BLOCK_DATA_PROPERTY, raw)
    fmt.setVerticalAlignment(QtGui.QTextCharFormat.VerticalAlignment.AlignMiddle)
    return fmt


def positions_object_format(run: Run) -> QtGui.QTextImageFormat:
    """Return the format of the inline positions summary for a generated run."""
    fmt = QtGui.QTextImageFormat()
    fmt.merge(run_format(run))
    fmt.setObjectType(QtGui.QTextFormat.ObjectTypes.ImageObject)
    fmt.setName(f"{PLACEHOLDER_SCHEME}:positions")
    fmt.setProperty(PLACEHOLDER_PROPERTY, POSITIONS_OBJECT)
    fmt.setVerticalAlignment(QtGui.QTextCharFormat.VerticalAlignment.AlignMiddle)
    return fmt


def object_data(fmt: QtGui.QTextCharFormat) -> Block | ListEntry | None:
    """Return the data block a placeholder format carries (None if it carries none)."""
    raw = fmt.property(BLOCK_DATA_PROPERTY)
    if not raw:
        return None
    try:
        return block_from_dict(json.loads(str(raw)))
    except (ValueError, KeyError, TypeError):
        return None


def list_format(depth: int, numbered: bool = False) -> QtGui.QTextListFormat:
    """Return the list format of bullets (or numbers) at a depth (1 to 3)."""
    fmt = QtGui.QTextListFormat()
    fmt.setIndent(depth)
    fmt.setStyle((NUMBER_STYLES if numbered else LIST_STYLES)[depth])
    return fmt


def block_numbered(block: QtGui.QTextBlock) -> bool:
    """Return whether a block stands in a numbered list."""
    text_list = block.textList()
    return text_list is not None and text_list.format().style() in NUMBER_STYLES.values()


def paragraph_format() -> QtGui.QTextBlockFormat:
    """Return the block format of a line: a little space below, as printed."""
    fmt = QtGui.QTextBlockFormat()
    fmt.setBottomMargin(5)
    fmt.setLineHeight(125, QtGui.QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    return fmt


def block_portion(block: QtGui.QTextBlock) -> str | None:
    """Return the portion marking a block carries, if any."""
    fmt = block.blockFormat()
    if not fmt.hasProperty(PORTION_PROPERTY):
        return None
    return fmt.stringProperty(PORTION_PROPERTY) or None


def set_block_portion(cursor: QtGui.QTextCursor, portion: str | None) -> None:
    """Give the cursor's block a portion marking (None: the nota's, so none of its own)."""
    fmt = cursor.blockFormat()
    if portion:
        fmt.setProperty(PORTION_PROPERTY, portion)
    elif fmt.hasProperty(PORTION_PROPERTY):
        fmt.clearProperty(PORTION_PROPERTY)
    else:
        return
    cursor.setBlockFormat(fmt)


def block_depth(block: QtGui.QTextBlock) -> int:
    """Return a block's list depth: 0 outside a list, else 1 to 3."""
    text_list = block.textList()
    if text_list is None:
        return 0
    return max(1, min(MAX_DEPTH, text_list.format().indent()))
