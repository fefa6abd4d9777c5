"""Reading a Word document (.docx) into the nota's blocks and sections, with a report.

python-docx opens the package (after :mod:`docx_safety` checked the bytes); the body is then
walked as WordprocessingML with lxml, because what matters here — numbering definitions,
fields, tracked changes, footnotes, merged cells, drawings — lies below python-docx's API.
Headings become sections, list paragraphs become bulleted or numbered lists as their
numbering definition (``numbering.xml``, ``numFmt`` per level) says, tables become tables
(merged cells flattened), footnotes come in as text in place, and everything that cannot come
over is counted in the :class:`~notadesk.core.interchange.incoming.ConversionReport`.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from notadesk.core.interchange.docx_safety import check_word_bytes, read_word_file
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
from notadesk.core.model.nota import (
    MAX_HEADER_ROWS,
    Paragraph,
    Run,
    Table,
    TableCell,
    TableRow,
)
from notadesk.errors import WordDocumentError

PORTION_STYLE = "Nota Portion"
"""The character style notadesk's export gives a portion mark (see docx_out)."""
OWN_TAG_PREFIX = "notadesk-"
"""Content controls notadesk's own export wraps around what is not the nota's text."""
MAX_PARAGRAPHS = 10_000
"""The most paragraphs (table cells' included) a Word document may have to be imported."""

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
M = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_TEXTBOX_TAGS = (
    "{http://schemas.microsoft.com/office/word/2010/wordprocessingShape}txbx",
    "{urn:schemas-microsoft-com:vml}textbox",
)
_CHART_URI = "http://schemas.openxmlformats.org/drawingml/2006/chart"
_RT_FOOTNOTES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"
_RT_ENDNOTES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes"
_HEADING = re.compile(r"^(?:heading|kop)\s*(\d)$", re.IGNORECASE)
_LIST_STYLE = re.compile(r"^list(?: bullet| number| continue)?\s+(\d)$", re.IGNORECASE)
_OFF = {"0", "false", "off", "none"}


def read_docx(path: Path) -> Contribution:
    """Read a Word file into a contribution; nothing is stored.

    Raises:
        WordDocumentError: the file is not a Word document notadesk reads safely, is damaged,
            or is beyond a limit (the sentence says which).
    """
    path = Path(path)
    data = read_word_file(path)
    return read_docx_bytes(data, path.name)


def read_docx_bytes(data: bytes, name: str = "The document") -> Contribution:
    """Read the bytes of a Word file into a contribution (see :func:`read_docx`)."""
    check_word_bytes(data, name)
    import docx  # python-docx: imported here, start-up time matters

    try:
        document = docx.Document(io.BytesIO(data))
        body = document.element.body
    except Exception as exc:  # python-docx raises many kinds for a damaged package
        raise WordDocumentError(
            f"{name} is damaged: python-docx cannot read it ({type(exc).__name__})."
        ) from None
    if body is None or body.tag != f"{W}body":
        raise WordDocumentError(
            f"{name} uses the 'Strict Open XML' form or has no body; save it in Word as an "
            "ordinary Word document (.docx)."
        )
    paragraphs = sum(1 for _ in body.iter(f"{W}p"))
    if paragraphs > MAX_PARAGRAPHS:
        raise WordDocumentError(
            f"{name} has {paragraphs:,} paragraphs; notadesk imports documents of up to "
            f"{MAX_PARAGRAPHS:,} paragraphs. Split it and import the parts."
        )
    report = ConversionReport(source=name)
    reader = _Reader(document.part, report)
    reader.walk_body(body)
    contribution = reader.builder.build()
    contribution.marking = _page_marking(document.part)
    if contribution.marking is not None:
        from notadesk.core.policy.markings import marking_level

        report.note("marking", marking_level(contribution.marking).marking)
    return contribution


def _page_marking(part: Any) -> str | None:
    """Return the highest known marking a header or footer holds as a line of its own."""
    from docx.oxml.parser import parse_xml

    from notadesk.core.policy.markings import all_levels

    by_marking = {lv.marking.casefold(): lv for lv in all_levels() if lv.marking}
    found = []
    for rel in part.rels.values():
        if rel.is_external or not rel.reltype.endswith(("/header", "/footer")):
            continue
        try:
            root = parse_xml(rel.target_part.blob)
        except Exception:  # a damaged header holds no marking we can read
            continue
        for p in root.iter(f"{W}p"):
            text = " ".join("".join(t.text or "" for t in p.iter(f"{W}t")).split()).casefold()
            if text in by_marking:
                found.append(by_marking[text])
    return max(found, key=lambda lv: lv.rank).id if found else None


@cache
def _portion_levels() -> dict[str, str]:
    """Return level ids by their portion mark ('NS' -> 'nato.secret')."""
    from notadesk.core.policy.markings import all_levels

    return {level.portion: level.id for level in all_levels() if level.portion}


# --- styles and numbering ----------------------------------------------------------------------


@dataclass
class _Style:
    name: str
    based_on: str | None
    num_id: str | None
    ilvl: int | None
    outline: int | None
    props: dict[str, bool]


def _val(el: Any, child: str) -> str | None:
    found = el.find(child) if el is not None else None
    if found is None:
        return None
    return found.get(f"{W}val")


def _on(el: Any) -> bool:
    value = el.get(f"{W}val")
    return value is None or value.lower() not in _OFF


def _run_props(rpr: Any) -> dict[str, bool]:
    props: dict[str, bool] = {}
    if rpr is None:
        return props
    for tag, key in ((f"{W}b", "bold"), (f"{W}i", "italic")):
        el = rpr.find(tag)
        if el is not None:
            props[key] = _on(el)
    u = rpr.find(f"{W}u")
    if u is not None:
        props["underline"] = (u.get(f"{W}val") or "single").lower() not in _OFF
    h = rpr.find(f"{W}highlight")
    if h is not None:
        props["highlight"] = (h.get(f"{W}val") or "").lower() not in _OFF
    shd = rpr.find(f"{W}shd")
    if shd is not None and "highlight" not in props:
        # LibreOffice writes a marked passage as character shading rather than a highlight
        fill = (shd.get(f"{W}fill") or "auto").lower()
        props["highlight"] = fill not in ("auto", "ffffff") and shd.get(f"{W}val") != "nil"
    v = rpr.find(f"{W}vanish")
    if v is not None:
        props["hidden"] = _on(v)
    return props


_NO_STYLE = _Style(name="", based_on=None, num_id=None, ilvl=None, outline=None, props={})


class _Styles:
    def __init__(self, part: Any) -> None:
        self.by_id: dict[str, _Style] = {}
        try:
            root = part.styles.element
        except Exception:
            return
        for el in root.iter(f"{W}style"):
            ppr = el.find(f"{W}pPr")
            numpr = ppr.find(f"{W}numPr") if ppr is not None else None
            ilvl = _val(numpr, f"{W}ilvl")
            outline = _val(ppr, f"{W}outlineLvl")
            self.by_id[el.get(f"{W}styleId") or ""] = _Style(
                name=(_val(el, f"{W}name") or "").strip(),
                based_on=_val(el, f"{W}basedOn"),
                num_id=_val(numpr, f"{W}numId"),
                ilvl=int(ilvl) if ilvl and ilvl.isdigit() else None,
                outline=int(outline) if outline and outline.isdigit() else None,
                props=_run_props(el.find(f"{W}rPr")),
            )

    def chain(self, style_id: str | None) -> list[_Style]:
        out: list[_Style] = []
        while style_id and style_id in self.by_id and len(out) < 20:
            style = self.by_id[style_id]
            out.append(style)
            style_id = style.based_on
        return out


class _Numbering:
    """Which (numId, level) pairs are numbered rather than bulleted (numbering.xml)."""

    def __init__(self, part: Any, styles: _Styles) -> None:
        self.formats: dict[tuple[str, int], str] = {}
        self.style_levels: dict[tuple[str, str], int] = {}
        root = None
        for rel in part.rels.values():
            if rel.reltype.endswith("/numbering") and not rel.is_external:
                root = rel.target_part.element
        if root is None:
            return
        abstract: dict[str, Any] = {
            a.get(f"{W}abstractNumId") or "": a for a in root.iter(f"{W}abstractNum")
        }
        nums = {n.get(f"{W}numId") or "": n for n in root.iter(f"{W}num")}
        for num_id, num in nums.items():
            target = abstract.get(_val(num, f"{W}abstractNumId") or "")
            link = _val(target, f"{W}numStyleLink") if target is not None else None
            if link:  # a list style: follow it to the numbering it names
                linked = next((s.num_id for s in styles.chain(link) if s.num_id), None)
                linked_num = nums.get(linked or "")
                target = abstract.get(_val(linked_num, f"{W}abstractNumId") or "")
            if target is not None:
                for lvl in target.iter(f"{W}lvl"):
                    level = int(lvl.get(f"{W}ilvl") or 0)
                    self.formats[(num_id, level)] = _val(lvl, f"{W}numFmt") or "decimal"
                    pstyle = _val(lvl, f"{W}pStyle")
                    if pstyle:
                        self.style_levels[(num_id, pstyle)] = level
            for override in num.iter(f"{W}lvlOverride"):
                level = int(override.get(f"{W}ilvl") or 0)
                fmt = override.find(f"{W}lvl/{W}numFmt")
                if fmt is not None:
                    self.formats[(num_id, level)] = fmt.get(f"{W}val") or "decimal"

    def numbered(self, num_id: str, level: int) -> bool | None:
        """Return True (numbered), False (bullets) or None (no list: 'none' or unknown)."""
        fmt = self.formats.get((num_id, level)) or self.formats.get((num_id, 0))
        if fmt is None or fmt == "none":
            return None
        return fmt != "bullet"


def _notes_text(part: Any, reltype: str, tag: str) -> dict[str, str]:
    for rel in part.rels.values():
        if rel.reltype == reltype and not rel.is_external:
            from docx.oxml.parser import parse_xml

            root = parse_xml(rel.target_part.blob)
            out = {}
            for note in root.iter(f"{W}{tag}"):
                if note.get(f"{W}type") in ("separator", "continuationSeparator"):
                    continue
                parts = []
                for p in note.iter(f"{W}p"):
                    text = "".join(t.text or "" for t in p.iter(f"{W}t"))
                    if text.strip():
                        parts.append(" ".join(text.split()))
                out[note.get(f"{W}id") or ""] = " ".join(parts)
            return out
    return {}


# --- the walk ----------------------------------------------------------------------------------


class _Reader:
    def __init__(self, part: Any, report: ConversionReport) -> None:
        self.report = report
        self.builder = ContributionBuilder(report)
        self.styles = _Styles(part)
        self.numbering = _Numbering(part, self.styles)
        self.footnotes = _notes_text(part, _RT_FOOTNOTES, "footnote")
        self.endnotes = _notes_text(part, _RT_ENDNOTES, "endnote")
        self.fields: list[str] = []  # "instr" or "result" per open complex field
        self.tables = 0
        self._place = ""
        self._pending: list[str] = []
        self._portion: str | None = None

    # -- body and block containers

    def walk_body(self, body: Any) -> None:
        for child in body:
            self.block(child)

    def block(self, el: Any) -> None:
        tag = el.tag
        if tag == f"{W}p":
            self.paragraph(el)
        elif tag == f"{W}tbl":
            self.builder.table(self.table(el))
        elif tag == f"{W}sdt" and (_val(el.find(f"{W}sdtPr"), f"{W}tag") or "").startswith(
            OWN_TAG_PREFIX
        ):
            return  # notadesk's own routing block, reference column or attachments list
        elif tag in (f"{W}sdt", f"{W}customXml", f"{W}sdtContent", f"{W}ins", f"{W}moveTo"):
            if tag in (f"{W}ins", f"{W}moveTo"):
                self.report.note("tracked-change")
            for child in el if tag != f"{W}sdt" else el.iterfind(f"{W}sdtContent"):
                self.block(child)
        elif tag in (f"{W}del", f"{W}moveFrom"):
            self.report.note("tracked-change")
        elif tag == f"{M}oMathPara":
            self.report.note("equation")
        elif tag == f"{MC}AlternateContent":
            self.report.note("object")
        # sectPr, bookmarks, proofing marks and the like hold no text

    # -- paragraphs

    def paragraph(self, p: Any) -> None:
        ppr = p.find(f"{W}pPr")
        style_id = _val(ppr, f"{W}pStyle")
        chain = self.styles.chain(style_id)
        name = chain[0].name if chain else ""
        runs = self.paragraph_runs(p)
        portion = self.take_portion()
        text = "".join(r.text for r in runs)
        self.flush_notes(text)
        lowered = name.lower()
        if lowered.startswith("toc"):
            if text.strip():
                self.report.note("toc", snippet(text))
            return
        if lowered == "title":
            self.builder.title(text)
            return
        level = self.heading_level(ppr, name, chain)
        if level is not None:
            self.builder.heading(level, text)
            return
        listed = self.list_position(ppr, style_id, name, chain)
        if listed is not None and merge_runs(runs):
            depth, numbered, num_id = listed
            self.builder.list_item(depth, numbered, runs, portion, num_id)
        else:
            self.builder.paragraph(runs, portion)

    def take_portion(self) -> str | None:
        """Return the level of the portion mark the paragraph just read began with, if any."""
        mark, self._portion = self._portion, None
        if mark is None:
            return None
        found = _portion_levels().get(mark.strip(" \u00a0").strip("()"))
        if found is None:
            self.report.note("other", snippet(mark))
        return found

    def heading_level(self, ppr: Any, name: str, chain: list[_Style]) -> int | None:
        found = _HEADING.match(name)
        if found:
            return max(1, int(found.group(1)))
        outline = _val(ppr, f"{W}outlineLvl")
        if outline is None:
            outline_level = next((s.outline for s in chain if s.outline is not None), None)
        else:
            outline_level = int(outline) if outline.isdigit() else None
        if outline_level is not None and outline_level < 9:
            return outline_level + 1
        return None

    def list_position(
        self, ppr: Any, style_id: str | None, name: str, chain: list[_Style]
    ) -> tuple[int, bool, str] | None:
        numpr = ppr.find(f"{W}numPr") if ppr is not None else None
        num_id = _val(numpr, f"{W}numId")
        ilvl_text = _val(numpr, f"{W}ilvl")
        if num_id is None:
            num_id = next((s.num_id for s in chain if s.num_id), None)
        if num_id is None or num_id == "0":
            return None
        if ilvl_text is not None and ilvl_text.isdigit():
            level = int(ilvl_text)
        else:
            level = next((s.ilvl for s in chain if s.ilvl is not None), None)
            if level is None:
                level = self.numbering.style_levels.get((num_id, style_id or ""), 0)
        numbered = self.numbering.numbered(num_id, level)
        if numbered is None:
            return None
        depth = level + 1
        styled = _LIST_STYLE.match(name)
        if styled:  # "List Bullet 2": a separate level-0 list Word indents as level 2
            depth = max(depth, int(styled.group(1)))
            return depth, numbered, ""  # its own numId, yet nested in the list before it
        return depth, numbered, num_id

    def flush_notes(self, text: str) -> None:
        place = snippet(text)
        for kind in self._pending:
            self.report.note(kind, place)
        self._pending = []

    def paragraph_runs(self, p: Any) -> list[Run]:
        runs: list[Run] = []
        self.inline(p, runs)
        return runs

    def inline(self, el: Any, runs: list[Run]) -> None:
        for child in el:
            tag = child.tag
            if tag == f"{W}r":
                self.run(child, runs)
            elif tag == f"{W}hyperlink":
                self._pending.append("link")
                self.inline(child, runs)
            elif tag in (f"{W}ins", f"{W}moveTo"):
                self._pending.append("tracked-change")
                self.inline(child, runs)
            elif tag in (f"{W}del", f"{W}moveFrom"):
                self._pending.append("tracked-change")
            elif tag == f"{W}fldSimple":
                self._pending.append("field")
                self.inline(child, runs)
            elif tag in (f"{W}smartTag", f"{W}customXml", f"{W}sdtContent", f"{W}dir", f"{W}bdo"):
                self.inline(child, runs)
            elif tag == f"{W}sdt":
                for content in child.iterfind(f"{W}sdtContent"):
                    self.inline(content, runs)
            elif tag in (f"{M}oMath", f"{M}oMathPara"):
                self._pending.append("equation")
            elif tag == f"{MC}AlternateContent":
                self._pending.append(self.drawing_kind(child))

    def run(self, r: Any, runs: list[Run]) -> None:
        rstyle = _val(r.find(f"{W}rPr"), f"{W}rStyle")
        if rstyle and self.styles.by_id.get(rstyle, _NO_STYLE).name == PORTION_STYLE:
            # notadesk's own portion mark ('(NS) '): the portion's level, not text
            self._portion = "".join(t.text or "" for t in r.iter(f"{W}t"))
            return
        props = dict(self.run_style(r))
        if props.get("hidden"):
            if any((t.text or "").strip() for t in r.iter(f"{W}t")):
                self._pending.append("hidden")
            return
        parts: list[str] = []
        for child in r:
            tag = child.tag
            if tag == f"{W}fldChar":
                self.field_char(child.get(f"{W}fldCharType"))
            elif tag == f"{W}instrText" or (self.fields and "instr" in self.fields):
                continue
            elif tag == f"{W}t":
                parts.append(clean_text((child.text or "").replace("\n", " ")))
            elif tag == f"{W}tab" or tag == f"{W}ptab":
                parts.append(" ")
            elif tag in (f"{W}br", f"{W}cr"):
                if (child.get(f"{W}type") or "textWrapping") == "textWrapping":
                    parts.append("\n")
            elif tag == f"{W}noBreakHyphen":
                parts.append("\u2011")
            elif tag == f"{W}footnoteReference":
                parts.append(self.note_text("footnote", child, self.footnotes))
            elif tag == f"{W}endnoteReference":
                parts.append(self.note_text("footnote", child, self.endnotes))
            elif tag == f"{W}commentReference":
                self._pending.append("comment")
            elif tag == f"{W}sym":
                self._pending.append("symbol")
            elif tag in (f"{W}drawing", f"{W}pict", f"{MC}AlternateContent"):
                self._pending.append(self.drawing_kind(child))
            elif tag in (f"{W}object", f"{W}embeddedObject"):
                self._pending.append("object")
        text = "".join(parts)
        if text:
            runs.append(
                Run(
                    text=text,
                    bold=props.get("bold", False),
                    italic=props.get("italic", False),
                    underline=props.get("underline", False),
                    highlight=props.get("highlight", False),
                )
            )

    def run_style(self, r: Any) -> dict[str, bool]:
        rpr = r.find(f"{W}rPr")
        props: dict[str, bool] = {}
        for style in reversed(self.styles.chain(_val(rpr, f"{W}rStyle"))):
            props.update(style.props)
        props.update(_run_props(rpr))
        return props

    def field_char(self, kind: str | None) -> None:
        if kind == "begin":
            if not self.fields:
                self._pending.append("field")
            self.fields.append("instr")
        elif kind == "separate" and self.fields:
            self.fields[-1] = "result"
        elif kind == "end" and self.fields:
            self.fields.pop()

    def note_text(self, kind: str, ref: Any, notes: dict[str, str]) -> str:
        self._pending.append(kind)
        text = notes.get(ref.get(f"{W}id") or "", "")
        return f" [voetnoot: {clean_text(text)}]" if text else ""

    @staticmethod
    def drawing_kind(el: Any) -> str:
        for tag in _TEXTBOX_TAGS:
            if next(el.iter(tag), None) is not None:
                return "text-box"
        for graphic in el.iter(
            "{http://schemas.openxmlformats.org/drawingml/2006/main}graphicData"
        ):
            if graphic.get("uri") == _CHART_URI:
                return "object"
        return "image"

    # -- tables

    def table(self, tbl: Any, nested: bool = False) -> Table:
        self.tables += 1
        number = self.tables
        grid = [int(g.get(f"{W}w") or 0) for g in tbl.iterfind(f"{W}tblGrid/{W}gridCol")]
        rows: list[list[TableCell]] = []
        header = 0
        counting_header = True
        merges: list[tuple[int, int]] = []  # (row, column) of vertically continued cells
        for tr in self._rows(tbl):
            trpr = tr.find(f"{W}trPr")
            is_header = trpr is not None and any(_on(h) for h in trpr.iterfind(f"{W}tblHeader"))
            if counting_header and is_header:
                header += 1
            else:
                counting_header = False
            cells: list[TableCell] = [TableCell() for _ in range(self._grid_count(tr, "Before"))]
            for tc in self._cells(tr):
                tcpr = tc.find(f"{W}tcPr")
                span = _val(tcpr, f"{W}gridSpan")
                width = int(span) if span and span.isdigit() and int(span) > 1 else 1
                vmerge = tcpr.find(f"{W}vMerge") if tcpr is not None else None
                if vmerge is not None and (vmerge.get(f"{W}val") or "continue") == "continue":
                    merges.append((len(rows), len(cells)))
                    cells.extend(TableCell() for _ in range(width))
                    continue
                cells.append(self.cell(tc, number))
                if width > 1:
                    self.report.note("merged-cells", f"table {number}", width - 1)
                    cells.extend(TableCell() for _ in range(width - 1))
            cells.extend(TableCell() for _ in range(self._grid_count(tr, "After")))
            rows.append(cells)
        if merges:
            self.report.note("merged-cells", f"table {number}", len(merges))
        columns = max([len(grid), *(len(r) for r in rows)]) if rows else 0
        check_table_size(number, len(rows), columns, WordDocumentError)
        for cells in rows:
            cells.extend(TableCell() for _ in range(columns - len(cells)))
        widths: list[float] = []
        if len(grid) == columns and all(g > 0 for g in grid) and len(set(grid)) > 1:
            total = sum(grid)
            widths = [round(g / total, 4) for g in grid]
        return Table(
            rows=[TableRow(cells=c) for c in rows],
            header_rows=min(header, MAX_HEADER_ROWS, len(rows)),
            widths=widths,
        )

    @staticmethod
    def _rows(tbl: Any) -> list[Any]:
        out = []
        for child in tbl:
            if child.tag == f"{W}tr":
                out.append(child)
            elif child.tag in (f"{W}sdt", f"{W}customXml"):
                out.extend(child.iter(f"{W}tr"))
        return out

    @staticmethod
    def _cells(tr: Any) -> list[Any]:
        out = []
        for child in tr:
            if child.tag == f"{W}tc":
                out.append(child)
            elif child.tag in (f"{W}sdt", f"{W}customXml"):
                out.extend(c for c in child.iter(f"{W}tc"))
        return out

    @staticmethod
    def _grid_count(tr: Any, where: str) -> int:
        value = _val(tr.find(f"{W}trPr"), f"{W}grid{where}")
        return int(value) if value and value.isdigit() else 0

    def cell(self, tc: Any, number: int) -> TableCell:
        paragraphs: list[Paragraph] = []
        for child in tc:
            if child.tag == f"{W}p":
                self.cell_paragraph(child, paragraphs)
            elif child.tag == f"{W}tbl":
                self.report.note("nested-table", f"table {number}")
                for p in child.iter(f"{W}p"):
                    self.cell_paragraph(p, paragraphs)
            elif child.tag in (f"{W}sdt", f"{W}customXml"):
                for p in child.iter(f"{W}p"):
                    self.cell_paragraph(p, paragraphs)
        cell = TableCell(paragraphs=paragraphs)
        check_cell(number, cell, WordDocumentError)
        return cell

    def cell_paragraph(self, p: Any, out: list[Paragraph]) -> None:
        ppr = p.find(f"{W}pPr")
        chain = self.styles.chain(_val(ppr, f"{W}pStyle"))
        runs = merge_runs(self.paragraph_runs(p))
        portion = self.take_portion()
        text = "".join(r.text for r in runs)
        self.flush_notes(text)
        if not runs:
            return
        name = chain[0].name if chain else ""
        if self.list_position(ppr, _val(ppr, f"{W}pStyle"), name, chain) is not None:
            self.report.note("cell-list", snippet(text))
        out.append(Paragraph(runs=runs, portion=portion))
