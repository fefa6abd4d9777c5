"""Reading HTML (what Word and LibreOffice put on the clipboard) into the nota's blocks.

The same :class:`~notadesk.core.interchange.incoming.ContributionBuilder` as the Word import
makes the blocks, and the same report says what did not come over. Python's own HTML parser
reads the text; nothing in it is ever executed or fetched. Word writes lists as paragraphs
with ``mso-list:lN levelK`` and the bullet or number as text in an ``mso-list:Ignore`` span;
LibreOffice and browsers write ``<ul>``/``<ol>``. Both become the model's lists.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from notadesk.core.interchange.incoming import (
    Contribution,
    ContributionBuilder,
    ConversionReport,
    check_cell,
    check_table_size,
    clean_text,
    merge_runs,
    snippet,
)
from notadesk.core.model.nota import MAX_HEADER_ROWS, Paragraph, Run, Table, TableCell, TableRow
from notadesk.errors import ValidationError

MAX_HTML_CHARACTERS = 20_000_000
"""The most HTML text a paste may hold."""
MAX_PARAGRAPHS = 10_000
"""The most paragraphs a paste may hold (as a Word document)."""

_SKIP = {"head", "style", "script", "title", "xml", "template", "noscript"}
_OBJECTS = {"svg", "object", "embed", "iframe", "video", "audio", "canvas", "math"}
_BLOCKS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dt", "dd"}
_MSO_LIST = re.compile(r"mso-list:\s*l(\d+)\s+level(\d+)", re.IGNORECASE)
_NUMBER_MARK = re.compile(r"^\s*(\d+|[a-zA-Z]|[ivxlcdmIVXLCDM]+)[.)]\s*$")
_LEADING_MARK = re.compile(
    r"^[ \u00a0]*([·•\-–o◦§▪■]|\d+[.)]|[a-zA-Z][.)]|[ivxlcdmIVXLCDM]+[.)])[ \u00a0]+"
)
"""A bullet or number older Word versions type before a list paragraph's text."""
_NOTE_REF = re.compile(r"^#(_ftn\d|_edn\d|sdfootnote\d+sym|sdendnote\d+sym)")
_YELLOW = ("yellow", "#ff0", "#ffff00", "rgb(255, 255, 0)", "rgb(255,255,0)")


@dataclass
class _Style:
    bold: bool = False
    italic: bool = False
    underline: bool = False
    highlight: bool = False


@dataclass
class _Cell:
    paragraphs: list[Paragraph] = field(default_factory=list)
    span: int = 1
    rows: int = 1


@dataclass
class _TableState:
    rows: list[list[_Cell | None]] = field(default_factory=list)
    header: int = 0
    in_head: bool = False


def read_html(html: str, name: str = "The pasted text") -> Contribution:
    """Read HTML into a contribution; nothing is stored and nothing is fetched.

    Raises:
        ValidationError: the HTML is larger than a paste may be, or beyond a limit.
    """
    if len(html) > MAX_HTML_CHARACTERS:
        raise ValidationError(
            f"{name} is larger than {MAX_HTML_CHARACTERS // 1_000_000} million characters; "
            "paste it in parts or import it as a Word document.",
            field="(paste)",
        )
    report = ConversionReport(source=name)
    parser = _Reader(report)
    parser.feed(html)
    parser.close()
    parser.finish()
    return parser.builder.build()


class _Reader(HTMLParser):
    def __init__(self, report: ConversionReport) -> None:
        super().__init__(convert_charrefs=True)
        self.report = report
        self.builder = ContributionBuilder(report)
        self.styles: list[tuple[str, _Style]] = [("", _Style())]
        self.skip = 0
        self.ignore = 0  # inside Word's mso-list:Ignore span (the typed bullet or number)
        self.ignored_text = ""
        self.runs: list[Run] = []
        self.kind: tuple[str, int, bool] = ("p", 0, False)  # kind, level/depth, numbered
        self.lists: list[bool] = []  # open <ul>/<ol>: numbered?
        self.tables: list[_TableState] = []
        self.cell: _Cell | None = None
        self.paragraphs = 0
        self.list_count = 0
        self.list_id = ""
        self.table_count = 0
        self.comment_list = 0
        self.pending: list[str] = []

    # --- text --------------------------------------------------------------------------------

    def handle_data(self, data: str) -> None:
        if self.skip or self.comment_list:
            return
        if self.ignore:
            self.ignored_text += data
            return
        text = clean_text(re.sub(r"[ \t\r\n\f]+", " ", data))
        if not text:
            return
        style = self.styles[-1][1]
        self.runs.append(Run(text, style.bold, style.italic, style.underline, style.highlight))

    def handle_comment(self, data: str) -> None:
        # LibreOffice writes a comment as an HTML comment; Word's fragment markers are not one
        text = data.strip()
        if self.skip or not text or text.startswith("[if") or text.startswith("[endif"):
            return
        if text in ("StartFragment", "EndFragment"):
            return
        self.pending.append("comment")

    # --- tags --------------------------------------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k.lower(): (v or "") for k, v in attrs}
        css = values.get("style", "").lower()
        if tag in _SKIP or self.skip:
            if tag not in ("br", "img", "meta", "link", "hr", "input", "col"):
                self.skip += 1
            return
        if "mso-element:comment-list" in css or "mso-element:endnote-list" in css:
            self.comment_list += 1
            return
        if self.comment_list:
            if tag not in ("br", "img", "meta", "link", "hr"):
                self.comment_list += 1
            return
        if tag in _OBJECTS:
            self.pending.append("object")
            self.skip += 1
            return
        if tag == "img":
            self.pending.append("image")
            return
        if tag == "br":
            self.runs.append(Run("\n"))
            return
        if tag == "sdfield":
            self.pending.append("field")
        if tag == "a":
            href = values.get("href", "")
            if _NOTE_REF.match(href):
                self.pending.append("footnote-end")
            elif "MsoCommentReference" in values.get("class", "") or href.startswith("#_msocom"):
                self.pending.append("comment")
                self.skip += 1
                return
            elif href and not href.startswith("#"):
                self.pending.append("link")
        if tag == "span" and "mso-list:ignore" in css.replace(" ", ""):
            self.ignore += 1
            return
        if self.ignore and tag == "span":
            self.ignore += 1
            return
        if tag in ("ul", "ol"):
            self.flush()
            if not self.lists:
                self.list_count += 1
                self.list_id = f"html{self.list_count}"
            self.lists.append(tag == "ol")
            return
        if tag == "table":
            self.start_table()
            return
        if self.tables and tag in ("thead", "tr", "td", "th"):
            self.table_tag(tag, values)
            return
        if tag in _BLOCKS:
            self.start_block(tag, css)
        self.styles.append((tag, self.style_for(tag, css)))

    def handle_endtag(self, tag: str) -> None:
        if self.skip:
            if tag not in ("br", "img", "meta", "link", "hr", "input", "col"):
                self.skip -= 1
            return
        if self.comment_list:
            self.comment_list -= 1
            return
        if self.ignore and tag == "span":
            self.ignore -= 1
            return
        if tag in ("ul", "ol"):
            self.flush()
            if self.lists:
                self.lists.pop()
            return
        if tag == "table":
            if self.tables:
                self.end_table()
            return
        if self.tables and tag in ("thead", "tr", "td", "th"):
            if tag in ("td", "th"):
                self.flush()
                self.cell = None
            elif tag == "thead":
                self.tables[-1].in_head = False
            return
        for i in range(len(self.styles) - 1, 0, -1):
            if self.styles[i][0] == tag:
                del self.styles[i:]
                break
        if tag in _BLOCKS:
            self.flush()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in ("br", "img", "meta", "link", "hr", "input", "col"):
            self.handle_endtag(tag)

    # --- paragraphs --------------------------------------------------------------------------

    def style_for(self, tag: str, css: str) -> _Style:
        parent = self.styles[-1][1]
        style = _Style(parent.bold, parent.italic, parent.underline, parent.highlight)
        if tag in ("b", "strong") or re.search(r"font-weight:\s*(bold|[6-9]00)", css):
            style.bold = True
        if re.search(r"font-weight:\s*(normal|[1-4]00)", css):
            style.bold = False
        if tag in ("i", "em") or "font-style:italic" in css.replace(" ", ""):
            style.italic = True
        if tag in ("u", "ins") or "text-decoration:underline" in css.replace(" ", ""):
            style.underline = True
        if tag == "mark" or any(
            f"{prop}:{colour}" in css.replace(" ", "")
            for prop in ("background", "background-color", "mso-highlight")
            for colour in (c.replace(" ", "") for c in _YELLOW)
        ):
            style.highlight = True
        return style

    def start_block(self, tag: str, css: str) -> None:
        self.flush()
        if tag[0] == "h" and tag[1:].isdigit():
            self.kind = ("h", int(tag[1:]), False)
        elif tag == "li":
            self.kind = ("li", len(self.lists), bool(self.lists and self.lists[-1]))
        elif self.kind[0] == "li" and tag == "p" and self.lists:
            self.kind = ("li", len(self.lists), self.lists[-1])
        else:
            found = _MSO_LIST.search(css)
            if found:
                self.kind = ("mso", int(found.group(2)), False)
                self.list_id = f"mso{found.group(1)}"
            elif self.lists:
                self.kind = ("li", len(self.lists), self.lists[-1])
            else:
                self.kind = ("p", 0, False)

    def flush(self) -> None:
        runs = self.runs
        self.runs = []
        kind, level, numbered = self.kind
        merged = merge_runs([Run(r.text, r.bold, r.italic, r.underline, r.highlight) for r in runs])
        if kind == "mso":
            mark = self.ignored_text.replace("\u00a0", " ")
            if not mark.strip() and merged:  # no mso-list:Ignore span: the mark is in the text
                found = _LEADING_MARK.match(merged[0].text)
                if found:  # a glyph is no number mark; "1." and "a)" are
                    merged[0].text = merged[0].text[found.end() :]
                    mark = found.group(1)
            numbered = bool(_NUMBER_MARK.match(mark))
        self.ignored_text = ""
        self.kind = ("li", len(self.lists), bool(self.lists[-1])) if self.lists else ("p", 0, False)
        _strip_ends(merged)
        text = "".join(r.text for r in merged)
        for note in self.pending:
            self.report.note(note, snippet(text))
        self.pending = []
        if not merged:
            return
        self.paragraphs += 1
        if self.paragraphs > MAX_PARAGRAPHS:
            raise ValidationError(
                f"The pasted text has more than {MAX_PARAGRAPHS:,} paragraphs; paste it in parts "
                "or import it as a Word document.",
                field="(paste)",
            )
        if self.cell is not None:
            if kind in ("li", "mso"):
                self.report.note("cell-list", snippet(text))
            self.cell.paragraphs.append(Paragraph(runs=merged))
        elif self.tables:
            pass  # text between cells: HTML has none worth keeping
        elif kind == "h":
            self.builder.heading(level, text)
        elif kind in ("li", "mso") and level > 0:
            self.builder.list_item(level, numbered, merged, list_id=self.list_id)
        else:
            self.builder.paragraph(merged)

    def finish(self) -> None:
        self.flush()
        while self.tables:
            self.end_table()

    # --- tables ------------------------------------------------------------------------------

    def start_table(self) -> None:
        self.flush()
        if self.tables:
            self.report.note("nested-table", f"table {self.table_count}")
            self.tables.append(_TableState())
            return
        self.table_count += 1
        self.tables.append(_TableState())

    def table_tag(self, tag: str, values: dict[str, str]) -> None:
        table = self.tables[-1]
        if tag == "thead":
            table.in_head = True
        elif tag == "tr":
            self.flush()
            table.rows.append([])
            if table.in_head and len(table.rows) == table.header + 1:
                table.header += 1
        else:
            self.flush()
            if not table.rows:
                table.rows.append([])
            span = _int(values.get("colspan"))
            rows = _int(values.get("rowspan"))
            cell = _Cell(span=span, rows=rows)
            table.rows[-1].append(cell)
            if tag == "th" and len(table.rows) == table.header + 1 and not table.in_head:
                table.header = len(table.rows)
            self.cell = cell if len(self.tables) == 1 else self._outer_cell()

    def _outer_cell(self) -> _Cell | None:
        # a table inside a cell: its text becomes paragraphs of the outer cell
        outer = self.tables[0]
        for row in reversed(outer.rows):
            for cell in reversed(row):
                if cell is not None:
                    return cell
        return None

    def end_table(self) -> None:
        self.flush()
        self.cell = None
        state = self.tables.pop()
        if self.tables:
            self.cell = self._outer_cell()
            return
        number = self.table_count
        grid: list[list[TableCell]] = []
        pending_rows: dict[int, int] = {}  # column -> rows still covered by a rowspan
        merged = 0
        for source in state.rows:
            row: list[TableCell] = []
            cells = [c for c in source if c is not None]
            while cells or pending_rows.get(len(row), 0) > 0:
                column = len(row)
                if pending_rows.get(column, 0) > 0:
                    pending_rows[column] -= 1
                    row.append(TableCell())
                    merged += 1
                    continue
                if not cells:
                    break
                cell = cells.pop(0)
                for offset in range(cell.span):
                    if cell.rows > 1:
                        pending_rows[column + offset] = cell.rows - 1
                row.append(TableCell(paragraphs=cell.paragraphs))
                row.extend(TableCell() for _ in range(cell.span - 1))
                merged += cell.span - 1
            grid.append(row)
        if merged:
            self.report.note("merged-cells", f"table {number}", merged)
        columns = max((len(r) for r in grid), default=0)
        check_table_size(number, len(grid), columns, ValidationError)
        for row in grid:
            row.extend(TableCell() for _ in range(columns - len(row)))
            for cell in row:
                check_cell(number, cell, ValidationError)
        if grid and columns:
            self.builder.table(
                Table(
                    rows=[TableRow(cells=r) for r in grid],
                    header_rows=min(state.header, MAX_HEADER_ROWS, len(grid)),
                )
            )


def _int(value: str | None) -> int:
    try:
        number = int(value or 1)
    except ValueError:
        return 1
    return max(1, min(number, 1000))


def _strip_ends(runs: list[Run]) -> None:
    while runs and not runs[0].text.strip(" \u00a0"):
        runs.pop(0)
    while runs and not runs[-1].text.strip(" \u00a0"):
        runs.pop()
    if runs:
        runs[0].text = runs[0].text.lstrip(" \u00a0")
        runs[-1].text = runs[-1].text.rstrip(" \u00a0")
    for run in runs:  # a break at a block's end or start adds nothing
        run.text = re.sub(r" *\n *", "\n", run.text)
    if runs:
        runs[0].text = runs[0].text.lstrip("\n")
        runs[-1].text = runs[-1].text.rstrip("\n")
    runs[:] = [r for r in runs if r.text]
