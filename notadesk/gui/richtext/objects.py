"""The placeholders that stand for data blocks in the editor, drawn as labelled boxes.

A findings, commitments or positions block is one image character on a line of its own: the
cursor steps over it as one unit and Backspace removes it whole. The inline positions summary
is a smaller chip inside the sentence. The images are drawn by the section's document from
the placeholder's data, with labels that name what will be printed there.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from notadesk.core.model.codec import block_from_dict
from notadesk.core.model.nota import (
    Block,
    Commitment,
    CommitmentsBlock,
    Finding,
    FindingsBlock,
    ListEntry,
    PositionsBlock,
    Table,
)
from notadesk.core.policy.positions import positions_summary
from notadesk.gui.qt import QtCore, QtGui
from notadesk.gui.richtext.convert import keep_lines
from notadesk.gui.richtext.formats import PLACEHOLDER_SCHEME


def _numbers(numbers: list[int]) -> str:
    return ", ".join(str(n) for n in numbers)


def describe_block(data: Block | ListEntry | None, findings: list[Finding]) -> str:
    """Return the label of a data-block placeholder: what it will print."""
    if isinstance(data, FindingsBlock):
        quoted = QtCore.QCoreApplication.translate("DataBlocks", ", quoted") if data.quote else ""
        if data.select == "main":
            count = sum(1 for f in findings if f.main)
            return (
                QtCore.QCoreApplication.translate("DataBlocks", "Main findings")
                + f" ({count}){quoted}"
            )
        if data.select == "chosen":
            by_id = {f.id: f.number for f in findings}
            numbers = [by_id[i] for i in data.finding_ids if i in by_id]
            missing = len(data.finding_ids) - len(numbers)
            label = (
                QtCore.QCoreApplication.translate("DataBlocks", "Findings")
                + " "
                + (
                    _numbers(numbers)
                    or QtCore.QCoreApplication.translate("DataBlocks", "(none chosen)")
                )
            )
            if missing:
                label += " · " + QtCore.QCoreApplication.translate(
                    "DataBlocks", "%1 no longer in the table"
                ).replace("%1", str(missing))
            return label + quoted
        return (
            QtCore.QCoreApplication.translate("DataBlocks", "All findings")
            + f" ({len(findings)}){quoted}"
        )
    if isinstance(data, CommitmentsBlock):
        if data.finding_ids:
            by_id = {f.id: f.number for f in findings}
            numbers = [by_id[i] for i in data.finding_ids if i in by_id]
            return (
                QtCore.QCoreApplication.translate("DataBlocks", "Commitments on findings")
                + " "
                + _numbers(numbers)
            )
        return QtCore.QCoreApplication.translate("DataBlocks", "All commitments")
    if isinstance(data, PositionsBlock):
        return QtCore.QCoreApplication.translate("DataBlocks", "Positions summary")
    if isinstance(data, Table):
        return (
            QtCore.QCoreApplication.translate("DataBlocks", "Table (rows × columns): %1 × %2")
            .replace("%1", str(len(data.rows)))
            .replace("%2", str(data.column_count))
        )
    return QtCore.QCoreApplication.translate("DataBlocks", "Data block")


def placeholder_image(label: str, font: QtGui.QFont, inline: bool, ratio: float) -> QtGui.QImage:
    """Draw a placeholder: a tinted rounded box with a label (and a mark for blocks)."""
    font = QtGui.QFont(font)
    if inline:
        font.setPointSizeF(max(6.0, font.pointSizeF() * 0.92))
    metrics = QtGui.QFontMetricsF(font)
    mark = (
        ""
        if inline
        else QtCore.QCoreApplication.translate("DataBlocks", "Inserted from the data") + ":  "
    )
    bold = QtGui.QFont(font)
    bold.setBold(True)
    mark_width = QtGui.QFontMetricsF(bold).horizontalAdvance(mark)
    width = mark_width + metrics.horizontalAdvance(label) + (16 if inline else 28)
    if not inline:
        width = max(width, 320.0)
    height = metrics.height() + (4 if inline else 10)
    image = QtGui.QImage(
        int(width * ratio) + 1, int(height * ratio) + 1, QtGui.QImage.Format.Format_ARGB32
    )
    image.setDevicePixelRatio(ratio)
    image.fill(QtCore.Qt.GlobalColor.transparent)
    painter = QtGui.QPainter(image)
    painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QtGui.QPainter.RenderHint.TextAntialiasing)
    box = QtCore.QRectF(0.5, 0.5, width - 1, height - 1)
    fill = QtGui.QColor("#e9f3ea") if inline else QtGui.QColor("#e6eef8")
    edge = QtGui.QColor("#7fae86") if inline else QtGui.QColor("#7f9cc4")
    painter.setPen(QtGui.QPen(edge, 1.0))
    painter.setBrush(fill)
    painter.drawRoundedRect(box, 4, 4)
    ink = QtGui.QColor("#1f4526") if inline else QtGui.QColor("#1f3550")
    painter.setPen(ink)
    text_box = box.adjusted(8 if inline else 12, 0, -6, 0)
    align = int(QtCore.Qt.AlignmentFlag.AlignVCenter | QtCore.Qt.AlignmentFlag.AlignLeft)
    if mark:
        painter.setFont(bold)
        painter.drawText(text_box, align, mark)
        text_box.setLeft(text_box.left() + mark_width)
    painter.setFont(font)
    painter.drawText(text_box, align, label)
    painter.end()
    return image


FINDINGS_PREVIEW_LINES = 14
"""How many findings a findings block shows in the editor; the rest are counted below."""


def findings_lines(block: FindingsBlock, findings: list[Finding]) -> list[str]:
    """Return the lines a findings block prints ('Bevinding 3: …'), as plain text.

    The choice of findings and their labels come from the print's own story builder, so the
    editor shows what the PDF will.
    """
    import html
    import re

    from notadesk.core.model.nota import Nota
    from notadesk.core.render.story import StoryBuilder

    builder = StoryBuilder(Nota(findings=list(findings)), woo=False)
    out = []
    for prefix, text, quote in builder.findings_lines(block):
        words = " ".join(text.split())
        shown = f"\u201c{words}\u201d" if quote else words
        out.append(html.unescape(re.sub(r"<[^>]+>", "", prefix)) + shown)
    return out


def commitments_lines(
    block: CommitmentsBlock, findings: list[Finding], commitments: list[Commitment]
) -> list[str]:
    """Return the lines a commitments block prints ('Toezegging 2 — bij bevinding 1: …')."""
    import html
    import re

    from notadesk.core.model.nota import Nota
    from notadesk.core.render.story import StoryBuilder

    builder = StoryBuilder(Nota(findings=list(findings), commitments=list(commitments)), woo=False)
    return [
        html.unescape(re.sub(r"<[^>]+>", "", prefix)) + " ".join(text.split())
        for prefix, text, _quote in builder.commitment_lines(block)
    ]


def printed_rows(
    block: FindingsBlock | CommitmentsBlock,
    findings: list[Finding],
    commitments: list[Commitment] | None = None,
) -> list[int]:
    """Return, per line a findings or commitments block prints, its row in its table."""
    from notadesk.core.model.nota import Nota
    from notadesk.core.render.story import StoryBuilder

    nota = Nota(findings=list(findings), commitments=list(commitments or []))
    builder = StoryBuilder(nota, woo=False)
    if isinstance(block, CommitmentsBlock):
        return [n - 1 for n, _c in builder.chosen_commitments(block)]
    rows = {id(f): i for i, f in enumerate(builder.nota.findings)}
    return [rows[id(f)] for f in builder.chosen_findings(block)]


class LinesLayout:
    """Where a block's printed lines stand in its picture: drawn and clicked alike."""

    def __init__(
        self, heading: str, lines: list[str], more: int, font: QtGui.QFont, width: float
    ) -> None:
        self.heading = heading
        self.lines = lines
        self.more = more
        self.font = font
        self.width = width
        self.small = QtGui.QFont(font)
        self.small.setPointSizeF(max(6.0, font.pointSizeF() * 0.85))
        self.small.setBold(True)
        self.metrics = QtGui.QFontMetricsF(font)
        self.indent = self.metrics.horizontalAdvance("•  ")
        self.flags = int(QtCore.Qt.TextFlag.TextWordWrap | QtCore.Qt.AlignmentFlag.AlignLeft)
        self.boxes = [
            self.metrics.boundingRect(
                QtCore.QRectF(0, 0, width - self.indent - 14, 10_000), self.flags, line
            )
            for line in lines
        ]
        self.head = QtGui.QFontMetricsF(self.small).height() + 6
        self.tail = self.metrics.height() + 2 if more > 0 or not lines else 0
        self.height = self.head + sum(b.height() + 3 for b in self.boxes) + self.tail + 6

    def line_at(self, y: float) -> int | None:
        """Return which printed line is at a height in the picture (None: the heading)."""
        top = self.head
        for i, box in enumerate(self.boxes):
            if top <= y < top + box.height() + 3:
                return i
            top += box.height() + 3
        return None


def block_layout(
    block: FindingsBlock | CommitmentsBlock,
    findings: list[Finding],
    font: QtGui.QFont,
    width: float,
    commitments: list[Commitment] | None = None,
) -> LinesLayout:
    """Return how a findings or commitments block is drawn: a heading and its printed lines."""
    if isinstance(block, CommitmentsBlock):
        lines = commitments_lines(block, findings, commitments or [])
        source = QtCore.QCoreApplication.translate(
            "DataBlocks", "from the commitments table; double-click a line to open it"
        )
    else:
        lines = findings_lines(block, findings)
        source = QtCore.QCoreApplication.translate(
            "DataBlocks", "from the findings table; double-click here to choose, a line to open it"
        )
    shown = lines[:FINDINGS_PREVIEW_LINES]
    label = describe_block(block, findings) + " — " + source
    return LinesLayout(label, shown, len(lines) - len(shown), font, width)


def findings_image(
    block: FindingsBlock | CommitmentsBlock,
    findings: list[Finding],
    font: QtGui.QFont,
    ratio: float,
    width: float,
    commitments: list[Commitment] | None = None,
) -> QtGui.QImage:
    """Draw a findings or commitments block as the bullets it prints, under a small heading."""
    return lines_image(block_layout(block, findings, font, width, commitments), ratio)


def lines_image(layout: LinesLayout, ratio: float, *, bullets: bool = True) -> QtGui.QImage:
    """Draw printed lines in a tinted box under a small heading."""
    width, height, metrics = layout.width, layout.height, layout.metrics
    image = QtGui.QImage(
        int(width * ratio) + 1, int(height * ratio) + 1, QtGui.QImage.Format.Format_ARGB32
    )
    image.setDevicePixelRatio(ratio)
    image.fill(QtCore.Qt.GlobalColor.transparent)
    painter = QtGui.QPainter(image)
    painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QtGui.QPainter.RenderHint.TextAntialiasing)
    painter.setPen(QtGui.QPen(QtGui.QColor("#7f9cc4"), 1.0))
    painter.setBrush(QtGui.QColor("#f2f6fb"))
    painter.drawRoundedRect(QtCore.QRectF(0.5, 0.5, width - 1, height - 1), 4, 4)
    painter.setFont(layout.small)
    painter.setPen(QtGui.QColor("#1f3550"))
    painter.drawText(
        QtCore.QRectF(8, 3, width - 16, layout.head),
        int(QtCore.Qt.AlignmentFlag.AlignVCenter | QtCore.Qt.AlignmentFlag.AlignLeft),
        QtGui.QFontMetricsF(layout.small).elidedText(
            layout.heading, QtCore.Qt.TextElideMode.ElideRight, width - 16
        ),
    )
    painter.setFont(layout.font)
    painter.setPen(QtGui.QColor("#1a1a1a"))
    indent = layout.indent if bullets else 0.0
    y = layout.head
    for line, box in zip(layout.lines, layout.boxes, strict=True):
        if bullets:
            painter.drawText(QtCore.QPointF(8, y + metrics.ascent()), "•")
        painter.drawText(
            QtCore.QRectF(8 + indent, y, width - indent - 14, box.height()), layout.flags, line
        )
        y += box.height() + 3
    if layout.tail:
        painter.setPen(QtGui.QColor("#5f6b73"))
        note = (
            QtCore.QCoreApplication.translate("DataBlocks", "… and %1 more").replace(
                "%1", str(layout.more)
            )
            if layout.lines
            else QtCore.QCoreApplication.translate("DataBlocks", "(nothing to print)")
        )
        painter.drawText(QtCore.QPointF(8 + indent, y + metrics.ascent()), note)
    painter.end()
    return image


TABLE_PREVIEW_ROWS = 30
"""How many rows a table shows in the editor; the rest are counted below it."""

CELL_LINES = 6
"""How many lines a cell shows in the editor; a longer cell ends its last line with "…"."""


def cell_lines(text: str, font: QtGui.QFont, width: float, most: int = CELL_LINES) -> list[str]:
    """Return the lines a cell's text wraps into at a width, at most ``most`` of them.

    Lines break between words as the print does; a cell longer than ``most`` lines has its
    last line cut with "…" (the print and the table dialog show it whole).
    """
    layout = QtGui.QTextLayout(text, font)
    option = QtGui.QTextOption()
    option.setWrapMode(QtGui.QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    starts: list[tuple[int, int]] = []
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(1.0, width))
        starts.append((line.textStart(), line.textLength()))
    layout.endLayout()
    lines = [text[start : start + length].rstrip() for start, length in starts] or [""]
    if len(lines) > most:
        rest = text[starts[most - 1][0] :]
        cut = QtGui.QFontMetricsF(font).elidedText(
            rest, QtCore.Qt.TextElideMode.ElideRight, max(1.0, width)
        )
        lines = [*lines[: most - 1], cut]
    return lines


def table_image(
    table: Table, font: QtGui.QFont, ratio: float, width: float = 560.0
) -> QtGui.QImage:
    """Draw a table as it will print: a grid with its cells' text wrapped, header rows shaded.

    Cells wrap between words as in the print (up to ``CELL_LINES`` lines each) and the first
    ``TABLE_PREVIEW_ROWS`` rows are drawn; the whole table is in the print beside the text.
    Double-click edits it.
    """
    from notadesk.gui.richtext.table_dialog import cell_text

    metrics = QtGui.QFontMetricsF(font)
    pad = 3.0
    columns = max(1, table.column_count)
    weights = table.widths if len(table.widths) == columns else [1.0] * columns
    total = sum(weights) or 1.0
    xs = [0.0]
    for w in weights:
        xs.append(xs[-1] + (width - 1) * w / total)
    shown = table.rows[:TABLE_PREVIEW_ROWS]
    more = len(table.rows) - len(shown)
    bold = QtGui.QFont(font)
    bold.setBold(True)
    laid: list[list[list[str]]] = []
    heights: list[float] = []
    for r, row in enumerate(shown):
        face = bold if r < table.header_rows else font
        cells = [
            cell_lines(" ".join(cell_text(cell).split()), face, xs[c + 1] - xs[c] - 8)
            for c, cell in enumerate(row.cells[:columns])
        ]
        laid.append(cells)
        heights.append(max((len(lines) for lines in cells), default=1) * metrics.height() + 2 * pad)
    line = metrics.height() + 2 * pad
    height = sum(heights) + (line if more > 0 else 0) + 2
    image = QtGui.QImage(
        int(width * ratio) + 1, int(height * ratio) + 1, QtGui.QImage.Format.Format_ARGB32
    )
    image.setDevicePixelRatio(ratio)
    image.fill(QtCore.Qt.GlobalColor.white)
    painter = QtGui.QPainter(image)
    painter.setRenderHint(QtGui.QPainter.RenderHint.TextAntialiasing)
    grid = QtGui.QPen(QtGui.QColor("#8a979f"), 1.0)
    top = 0.5
    for r, cells in enumerate(laid):
        header = r < table.header_rows
        for c, lines in enumerate(cells):
            box = QtCore.QRectF(xs[c] + 0.5, top, xs[c + 1] - xs[c], heights[r])
            painter.setPen(grid)
            painter.setBrush(QtGui.QColor("#e6ecf1") if header else QtGui.QColor("#ffffff"))
            painter.drawRect(box)
            painter.setPen(QtGui.QColor("#1a1a1a"))
            painter.setFont(bold if header else font)
            for n, text in enumerate(lines):
                baseline = top + pad + n * metrics.height() + metrics.ascent()
                painter.drawText(QtCore.QPointF(box.left() + 4, baseline), text)
        top += heights[r]
    if more > 0:
        painter.setPen(QtGui.QColor("#5f6b73"))
        painter.setFont(font)
        note = (
            QtCore.QCoreApplication.translate("DataBlocks", "… and 1 more row")
            if more == 1
            else QtCore.QCoreApplication.translate("DataBlocks", "… and %1 more rows").replace(
                "%1", str(more)
            )
        )
        painter.drawText(
            QtCore.QRectF(4, top, width - 8, line),
            int(QtCore.Qt.AlignmentFlag.AlignVCenter | QtCore.Qt.AlignmentFlag.AlignLeft),
            note,
        )
    painter.end()
    return image


class SectionDocument(QtGui.QTextDocument):
    """A section's text; it draws the placeholder images from their data."""

    def __init__(
        self,
        findings: Callable[[], list[Finding]],
        parent: QtCore.QObject | None = None,
        commitments: Callable[[], list[Commitment]] | None = None,
    ) -> None:
        """Create the document; ``findings`` (and ``commitments``) give what blocks print."""
        super().__init__(parent)
        self._findings = findings
        self._commitments = commitments or (lambda: [])
        self.ratio = 2.0
        keep_lines(self)  # a section is read at every pause: only changed lines anew

    def block_width(self) -> float:
        """Return the width a data block is drawn at: the text's, within 240 to 560 px."""
        room = self.textWidth() - 2 * self.documentMargin() - 8
        return max(240.0, min(560.0, room)) if room > 0 else 560.0

    def lines_width(self) -> float:
        """Return the width of a block drawn as its printed lines."""
        return max(200.0, self.block_width() - 100)  # room for a nested bullet's indent

    def layout_for(self, data: Block | ListEntry) -> LinesLayout | None:
        """Return where a findings or commitments block's printed lines stand (or None)."""
        if not isinstance(data, FindingsBlock | CommitmentsBlock):
            return None
        return block_layout(
            data, self._findings(), self.defaultFont(), self.lines_width(), self._commitments()
        )

    def rows_for(self, data: FindingsBlock | CommitmentsBlock) -> list[int]:
        """Return the table row of each line a findings or commitments block prints."""
        return printed_rows(data, self._findings(), self._commitments())

    def label_for(self, url: QtCore.QUrl) -> tuple[str, bool]:
        """Return the label a placeholder URL shows and whether it is inline."""
        if url.path() == "positions":
            # The summary sentence as it prints (cut to fit on one line in the editor).
            summary = positions_summary(self._findings()) or QtCore.QCoreApplication.translate(
                "DataBlocks", "Positions summary"
            )
            room = self.textWidth() - 2 * self.documentMargin() - 60  # within a bullet too
            cut = QtGui.QFontMetricsF(self.defaultFont()).elidedText(
                summary, QtCore.Qt.TextElideMode.ElideRight, min(420.0, max(120.0, room))
            )
            return cut, True
        try:
            data = block_from_dict(
                json.loads(url.query(QtCore.QUrl.ComponentFormattingOption.FullyDecoded))
            )
        except (ValueError, KeyError, TypeError):
            data = None
        return describe_block(data, self._findings()), False  # type: ignore[arg-type]

    def loadResource(self, kind: int, url: QtCore.QUrl) -> Any:
        """Draw placeholder images; other resources (pasted images) load as nothing."""
        if url.scheme() != PLACEHOLDER_SCHEME:
            return None
        if url.path() != "positions":
            try:
                data = block_from_dict(
                    json.loads(url.query(QtCore.QUrl.ComponentFormattingOption.FullyDecoded))
                )
            except (ValueError, KeyError, TypeError):
                data = None
            width = self.block_width()
            if isinstance(data, Table):
                return table_image(data, self.defaultFont(), self.ratio, width)
            if isinstance(data, FindingsBlock | CommitmentsBlock):
                return findings_image(
                    data,
                    self._findings(),
                    self.defaultFont(),
                    self.ratio,
                    self.lines_width(),
                    self._commitments(),
                )
            if isinstance(data, PositionsBlock):
                summary = LinesLayout(
                    describe_block(data, self._findings()),
                    [positions_summary(self._findings())],
                    0,
                    self.defaultFont(),
                    self.lines_width(),
                )
                return lines_image(summary, self.ratio, bullets=False)
        label, inline = self.label_for(url)
        return placeholder_image(label, self.defaultFont(), inline, self.ratio)

    def refresh_placeholders(self) -> None:
        """Redraw every placeholder (after the findings changed)."""
        names: set[str] = set()
        block = self.begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fmt = it.fragment().charFormat()
                it += 1
                if fmt.isImageFormat():
                    name = fmt.toImageFormat().name()
                    if name.startswith(PLACEHOLDER_SCHEME + ":"):
                        names.add(name)
            block = block.next()
        if not names:
            return
        for name in names:
            url = QtCore.QUrl(name)
            self.addResource(
                QtGui.QTextDocument.ResourceType.ImageResource.value,
                url,
                self.loadResource(QtGui.QTextDocument.ResourceType.ImageResource.value, url),
            )
        self.documentLayout().documentChanged(0, 0, self.characterCount())


def block_tooltip(data: Block | ListEntry | None, findings: list[Finding]) -> str:
    """Return a placeholder's tooltip: the findings it prints, by number and opening words."""
    if isinstance(data, FindingsBlock):
        if data.select == "main":
            chosen = [f for f in findings if f.main]
        elif data.select == "chosen":
            wanted = set(data.finding_ids)
            chosen = [f for f in findings if f.id in wanted]
        else:
            chosen = list(findings)
        lines = [describe_block(data, findings)]
        for finding in chosen[:12]:
            words = " ".join(finding.text.split())
            lines.append(f"{finding.number}. {words[:70]}{'…' if len(words) > 70 else ''}")
        if len(chosen) > 12:
            lines.append("…")
        return "\n".join(lines)
    return describe_block(data, findings)
