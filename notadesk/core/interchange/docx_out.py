"""A nota as an editable Word document (.docx) for colleagues without notadesk.

Made with python-docx: the routing block and the reference column (as tables), the type line,
the subject (Word's Title style), the sections as Heading 1–3, paragraphs with their run
formats, bulleted and numbered lists as real Word numbering (one ``w:num`` per group of
sibling items, so every list and every nested level counts from 1), tables with repeated
header rows, the findings and commitments the nota prints as text, and the attachments. Every
page carries the marking in its header and footer and "Pagina X van Y" as PAGE and NUMPAGES
fields; a status that calls for it puts the CONCEPT watermark in the header. The Woo variant
replaces redacted passages and personal names by their Woo ground and leaves every name out of
the document properties.

Writing the file and recording it (copy register, audit log) is
:func:`notadesk.core.interchange.docx_export.export_docx`.
"""

from __future__ import annotations

import datetime as dt
import io
from functools import cache
from typing import Any

from notadesk.core.model.nota import (
    BulletList,
    CommitmentsBlock,
    FindingsBlock,
    ListItem,
    Nota,
    Paragraph,
    PositionsBlock,
    RoutingEntry,
    Run,
    Section,
    Table,
)
from notadesk.core.policy.markings import marking_level
from notadesk.core.policy.vocabulary import (
    field_label,
    format_date,
    status_shows_watermark,
    type_line_label,
)
from notadesk.resources import load_json

PORTION_STYLE = "Nota Portion"
"""The character style of a portion mark ('(NS) '): the importer reads it back, not as text."""
FRONT_TAG = "notadesk-front"
"""The content control holding the routing block and reference column (skipped on import)."""
ATTACHMENTS_TAG = "notadesk-attachments"
"""The content control holding the list of attachments (skipped on import)."""
MAX_HEADING_LEVEL = 9
_W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_BULLET_ABSTRACT, _NUMBER_ABSTRACT = 9001, 9002


@cache
def _spec() -> dict[str, Any]:
    return dict(load_json("styles", "docx.json"))


@cache
def _words() -> dict[str, str]:
    return dict(load_json("styles", "nota.json")["words"])


def nota_to_docx(nota: Nota, *, woo: bool = False) -> bytes:
    """Return the nota as the bytes of a .docx file (the Woo variant when ``woo``)."""
    import docx

    document = docx.Document()
    writer = _DocxWriter(document, nota, woo=woo)
    writer.write()
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


class _DocxWriter:
    def __init__(self, document: Any, nota: Nota, *, woo: bool) -> None:
        from docx.oxml.ns import qn

        self.doc = document
        self.nota = nota
        self.woo = woo
        self.qn = qn
        self.spec = _spec()
        self.findings = nota.finding_by_id()
        self._numbering = document.part.numbering_part.element
        self._next_num = 9001
        self._style_ids: dict[str, str] = {}
        from notadesk.core.policy.portions import prints_portion_marks

        self.portion_marks = prints_portion_marks(nota)

    # --- the whole ---------------------------------------------------------------------------

    def write(self) -> None:
        self.page_and_styles()
        self.properties()
        self.header_and_footer()
        self.front_matter()
        for section in self.nota.sections:
            self.section(section, 1)
        self.attachments()

    def page_and_styles(self) -> None:
        from docx.shared import Mm, Pt

        page = self.spec["page"]
        sec = self.doc.sections[0]
        sec.page_width, sec.page_height = Mm(page["width"]), Mm(page["height"])
        sec.top_margin, sec.bottom_margin = Mm(page["top"]), Mm(page["bottom"])
        sec.left_margin, sec.right_margin = Mm(page["left"]), Mm(page["right"])
        sec.header_distance, sec.footer_distance = Mm(page["header"]), Mm(page["footer"])
        font = self.spec["font"]
        for name in ("Normal", "Title", "Heading 1", "Heading 2", "Heading 3", "List Paragraph"):
            style = self.doc.styles[name]
            style.font.name = font["name"]
            rfonts = style.element.get_or_add_rPr().get_or_add_rFonts()
            for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
                rfonts.set(self.qn(attr), font["name"])
            for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
                rfonts.attrib.pop(self.qn(attr), None)
        self.doc.styles["Normal"].font.size = Pt(font["size"])
        self.doc.styles["Title"].font.size = Pt(self.spec["title_size"])
        for level, size in enumerate(self.spec["heading_sizes"], start=1):
            self.doc.styles[f"Heading {level}"].font.size = Pt(size)

    def properties(self) -> None:
        props = self.doc.core_properties
        level = marking_level(self.nota.classification.level)
        names = [e.name for e in self.nota.drafted_by if e.name.strip() and not e.personal_data]
        stamp = dt.datetime.combine(self.nota.date or dt.date(2000, 1, 1), dt.time(), dt.UTC)
        props.title = self.nota.subject[:255]
        props.subject = self.nota.reference
        props.keywords = level.marking
        props.category = type_line_label(self.nota.type)
        props.comments = ""
        props.author = "" if self.woo else "; ".join(names)[:255]
        props.last_modified_by = ""
        props.created = props.modified = stamp
        props.last_printed = stamp
        props.revision = 1
        props.identifier = ""
        props.language = "nl-NL"
        props.content_status = self.nota.status
        props.version = ""

    # --- header, footer, watermark ------------------------------------------------------------

    def header_and_footer(self) -> None:
        from docx.enum.text import WD_ALIGN_PARAGRAPH

        level = marking_level(self.nota.classification.level)
        marking = level.marking if level.marking and level.rank > 0 else ""
        cancelled = self._cancelled()
        sec = self.doc.sections[0]
        head = sec.header.paragraphs[0]
        head.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if marking:
            self._marking_run(head, marking, cancelled)
        if status_shows_watermark(self.nota.status):
            head._p.append(self._watermark(_words()["watermark"]))
        foot = sec.footer.paragraphs[0]
        foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if marking:
            self._marking_run(foot, marking, cancelled)
        pages = sec.footer.add_paragraph()
        pages.alignment = WD_ALIGN_PARAGRAPH.CENTER
        template = _words()["page"]
        before, rest = template.split("{page}", 1)
        middle, after = rest.split("{pages}", 1)
        pages.add_run(before)
        self._field(pages, "PAGE", "1")
        pages.add_run(middle)
        self._field(pages, "NUMPAGES", "1")
        if after:
            pages.add_run(after)
        if level.copy_numbers and not cancelled:  # one registered copy: copy 1 of 1
            copy = sec.footer.add_paragraph(_words()["copy"].format(copy=1, copies=1))
            copy.alignment = WD_ALIGN_PARAGRAPH.CENTER

    def _cancelled(self) -> str:
        """Return "gederubriceerd op …" for the Woo variant of a declassified nota, else ""."""
        decision = self.nota.classification.declassified
        if not self.woo or decision is None:
            return ""
        return _words()["declassified"].format(
            date=format_date(decision.date), reference=decision.reference
        )

    def _marking_run(self, paragraph: Any, marking: str, cancelled: str = "") -> None:
        from docx.shared import Pt, RGBColor

        spec = self.spec["marking"]
        run = paragraph.add_run(marking)
        run.bold = bool(spec["bold"])
        run.font.size = Pt(spec["size"])
        run.font.color.rgb = RGBColor.from_string(spec["colour"])
        if cancelled:  # the marking no longer holds: struck through, with the decision
            run.font.strike = True
            paragraph.add_run(f" — {cancelled}")

    def _field(self, paragraph: Any, instruction: str, shown: str) -> None:
        from docx.oxml import OxmlElement

        def char(kind: str) -> Any:
            el = OxmlElement("w:fldChar")
            el.set(self.qn("w:fldCharType"), kind)
            return el

        paragraph.add_run()._r.append(char("begin"))
        instr = OxmlElement("w:instrText")
        instr.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        instr.text = f" {instruction} "
        paragraph.add_run()._r.append(instr)
        paragraph.add_run()._r.append(char("separate"))
        paragraph.add_run(shown)
        paragraph.add_run()._r.append(char("end"))

    def _watermark(self, text: str) -> Any:
        from xml.sax.saxutils import quoteattr

        from docx.oxml.parser import parse_xml

        spec = self.spec["watermark"]
        width = spec["width_mm"] * 72 / 25.4
        height = spec["height_mm"] * 72 / 25.4
        style = (
            f"position:absolute;margin-left:0;margin-top:0;width:{width:.1f}pt;"
            f"height:{height:.1f}pt;rotation:{spec['angle']};z-index:-251657216;"
            "mso-position-horizontal:center;mso-position-horizontal-relative:margin;"
            "mso-position-vertical:center;mso-position-vertical-relative:margin"
        )
        xml = (
            f'<w:r xmlns:w="{_W_NS}" xmlns:v="urn:schemas-microsoft-com:vml" '
            'xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w10="urn:schemas-microsoft-com:office:word"><w:pict>'
            '<v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" '
            'path="m@7,l@8,m@5,21600l@6,21600e"><v:path textpathok="t" o:connecttype="custom"/>'
            '<v:textpath on="t" fitshape="t"/><o:lock v:ext="edit" text="t" shapetype="t"/>'
            "</v:shapetype>"
            '<v:shape id="PowerPlusWaterMarkObject1" o:spid="_x0000_s1025" type="#_x0000_t136" '
            f'style="{style}" o:allowincell="f" fillcolor="#{spec["colour"]}" stroked="f">'
            '<v:fill opacity=".5"/>'
            f'<v:textpath style="font-family:&quot;Arial&quot;;font-size:1pt" '
            f"string={quoteattr(text)}/>"
            '<w10:wrap anchorx="margin" anchory="margin"/></v:shape></w:pict></w:r>'
        )
        return parse_xml(xml)

    # --- first page ----------------------------------------------------------------------------

    def front_matter(self) -> None:
        body = self.doc.element.body
        start = len(body) - (1 if len(body) and body[-1].tag == self.qn("w:sectPr") else 0)
        rows = [
            (field_label(role), [self._entry(e) for e in self.nota.routing.entries(role)])
            for role in ("to", "from", "via", "cc", "agreed_with")
        ]
        self._label_table([(label, "\n".join(n for n in names if n)) for label, names in rows])
        self._label_table(self._reference_column())
        type_line = self.doc.add_paragraph()
        type_line.add_run(type_line_label(self.nota.type)).bold = True
        self.doc.add_paragraph(field_label("title"))
        # everything so far goes into one content control the importer knows and skips
        moved = [el for el in list(body)[start:] if el.tag != self.qn("w:sectPr")]
        sdt = self._content_control(FRONT_TAG, moved)
        body.insert(start, sdt)
        self._styled_paragraph("Title").add_run(self.nota.subject)

    def _entry(self, entry: RoutingEntry) -> str:
        if self.woo and entry.personal_data:
            return self._ground_label(entry.woo_ground)
        return " ".join(entry.name.split())

    def _reference_column(self) -> list[tuple[str, str]]:
        nota = self.nota
        due = nota.deadlines.due
        level = marking_level(nota.classification.level)
        marking = ""
        if level.marking and level.rank > 0:
            cls = nota.classification
            marking = level.marking
            if self._cancelled():
                marking += "\n" + self._cancelled()
            elif cls.until is not None:
                until = _words()["classification_until"].format(date=format_date(cls.until))
                marking += "\n" + until
            elif cls.end_event.strip():
                marking += "\n" + cls.end_event.strip()
        entries = [
            (field_label("date"), format_date(nota.date)),
            (field_label("reference"), nota.reference),
            (field_label("drafted_by"), "\n".join(self._entry(e) for e in nota.drafted_by)),
            (field_label("due"), " ".join(p for p in (due.text, format_date(due.date)) if p)),
            (field_label("parliament"), format_date(nota.deadlines.parliament)),
            (field_label("received"), format_date(nota.deadlines.received)),
            (_words()["classification"], marking),
        ]
        return [(label, value) for label, value in entries if value.strip()]

    def _label_table(self, rows: list[tuple[str, str]]) -> None:
        from docx.shared import Mm, RGBColor

        if not rows:
            return
        table = self.doc.add_table(rows=0, cols=2)
        for label, value in rows:
            cells = table.add_row().cells
            run = cells[0].paragraphs[0].add_run(label)
            run.font.color.rgb = RGBColor.from_string(self.spec["label_colour"])
            self._add_text(cells[1].paragraphs[0], value)
        for column, width in zip(table.columns, (Mm(40), Mm(120)), strict=True):
            column.width = width
            for cell in column.cells:
                cell.width = width

    def _content_control(self, tag: str, children: list[Any]) -> Any:
        from docx.oxml import OxmlElement

        sdt = OxmlElement("w:sdt")
        pr = OxmlElement("w:sdtPr")
        tag_el = OxmlElement("w:tag")
        tag_el.set(self.qn("w:val"), tag)
        pr.append(tag_el)
        sdt.append(pr)
        content = OxmlElement("w:sdtContent")
        for child in children:
            content.append(child)  # lxml moves the element
        sdt.append(content)
        return sdt

    # --- sections and blocks -------------------------------------------------------------------

    def section(self, section: Section, level: int) -> None:
        heading = self._styled_paragraph(f"Heading {min(level, MAX_HEADING_LEVEL)}")
        heading.add_run(" ".join(section.title.split()))
        for block in section.blocks:
            self.block(block)
        for sub in section.subsections:
            self.section(sub, level + 1)

    def block(self, block: Any) -> None:
        match block:
            case Paragraph(runs=runs):
                paragraph = self.doc.add_paragraph()
                self._mark(paragraph, block.portion)
                self._runs(paragraph, runs)
            case BulletList():
                self._list_group(block.items, 1, block.numbered)
            case Table():
                if self.portion_marks:
                    self._mark(self.doc.add_paragraph(), block.portion)
                self.table(block)
            case FindingsBlock() | CommitmentsBlock():
                self._list_group([block], 1, False)
            case PositionsBlock():
                from notadesk.core.policy.positions import positions_summary

                self.doc.add_paragraph(positions_summary(self.nota.findings))

    def _mark(self, paragraph: Any, level_id: str | None) -> None:
        """Start a portion with its mark, as the print does ('(NS) ', bold), where it marks."""
        if not self.portion_marks:
            return
        from docx.enum.style import WD_STYLE_TYPE

        from notadesk.core.policy.portions import portion_mark

        mark = portion_mark(self.nota, level_id)
        if not mark:
            return
        if PORTION_STYLE not in self._style_ids:
            style = self.doc.styles.add_style(PORTION_STYLE, WD_STYLE_TYPE.CHARACTER)
            style.font.bold = True
            self._style_ids[PORTION_STYLE] = style.style_id
        run = paragraph.add_run(mark + "\u00a0")
        run._r.get_or_add_rPr().get_or_add_rStyle().val = self._style_ids[PORTION_STYLE]

    def _styled_paragraph(self, style_name: str) -> Any:
        """Add a paragraph in a named style (the id looked up once: python-docx scans)."""
        style_id = self._style_ids.get(style_name)
        if style_id is None:
            style_id = self._style_ids[style_name] = self.doc.styles[style_name].style_id
        paragraph = self.doc.add_paragraph()
        paragraph._p.get_or_add_pPr().get_or_add_pStyle().val = style_id
        return paragraph

    def _list_group(self, entries: list[Any], depth: int, numbered: bool) -> None:
        num_id = self._new_num(numbered, depth)
        for entry in entries:
            if isinstance(entry, ListItem):
                paragraph = self._list_paragraph(num_id, depth)
                self._mark(paragraph, entry.portion)
                self._runs(paragraph, entry.runs)
                if entry.children:
                    self._list_group(entry.children, depth + 1, entry.children_numbered)
            elif isinstance(entry, FindingsBlock):
                for portion, text in self._findings_texts(entry):
                    paragraph = self._list_paragraph(num_id, depth)
                    self._mark(paragraph, portion)
                    paragraph.add_run(text)
            elif isinstance(entry, CommitmentsBlock):
                for portion, text in self._commitment_texts(entry):
                    paragraph = self._list_paragraph(num_id, depth)
                    self._mark(paragraph, portion)
                    paragraph.add_run(text)

    def _list_paragraph(self, num_id: int, depth: int) -> Any:
        from docx.oxml import OxmlElement

        paragraph = self._styled_paragraph("List Paragraph")
        ppr = paragraph._p.get_or_add_pPr()
        numpr = OxmlElement("w:numPr")
        ilvl = OxmlElement("w:ilvl")
        ilvl.set(self.qn("w:val"), str(min(depth, 3) - 1))
        num = OxmlElement("w:numId")
        num.set(self.qn("w:val"), str(num_id))
        numpr.append(ilvl)
        numpr.append(num)
        ppr.insert(1 if ppr.find(self.qn("w:pStyle")) is not None else 0, numpr)
        return paragraph

    def _new_num(self, numbered: bool, depth: int) -> int:
        """Return a new list instance (counting from 1) of the bullet or number definition."""
        from docx.oxml import OxmlElement

        if self._next_num == 9001:
            self._add_abstract_nums()
        num_id = self._next_num
        self._next_num += 1
        num = OxmlElement("w:num")
        num.set(self.qn("w:numId"), str(num_id))
        abstract = OxmlElement("w:abstractNumId")
        abstract.set(self.qn("w:val"), str(_NUMBER_ABSTRACT if numbered else _BULLET_ABSTRACT))
        num.append(abstract)
        override = OxmlElement("w:lvlOverride")
        override.set(self.qn("w:ilvl"), str(min(depth, 3) - 1))
        start = OxmlElement("w:startOverride")
        start.set(self.qn("w:val"), "1")
        override.append(start)
        num.append(override)
        self._numbering.append(num)
        return num_id

    def _add_abstract_nums(self) -> None:
        from xml.sax.saxutils import quoteattr

        from docx.oxml.parser import parse_xml

        indent = int(self.spec["list_indent_twips"])
        for abstract_id, levels in (
            (_BULLET_ABSTRACT, [("bullet", glyph) for glyph in self.spec["bullets"]]),
            (_NUMBER_ABSTRACT, [(n["format"], n["text"]) for n in self.spec["numbers"]]),
        ):
            lvls = "".join(
                f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
                f'<w:lvlText w:val={quoteattr(text)}/><w:lvlJc w:val="left"/>'
                f'<w:pPr><w:ind w:left="{indent * (i + 1)}" w:hanging="{indent}"/></w:pPr>'
                + (
                    '<w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/></w:rPr>'
                    if fmt == "bullet"
                    else ""
                )
                + "</w:lvl>"
                for i, (fmt, text) in enumerate(levels)
            )
            element = parse_xml(
                f'<w:abstractNum xmlns:w="{_W_NS}" w:abstractNumId="{abstract_id}">'
                f'<w:multiLevelType w:val="multilevel"/>{lvls}</w:abstractNum>'
            )
            first_num = self._numbering.find(self.qn("w:num"))
            if first_num is not None:
                first_num.addprevious(element)
            else:
                self._numbering.append(element)

    def _findings_texts(self, block: FindingsBlock) -> list[tuple[str | None, str]]:
        """Return (portion, text) per finding as the print words it (render/story.py):
        'Hoofdbevinding 2 (onderschrijft deels): “…”'."""
        from notadesk.core.policy.vocabulary import label, positions

        if block.select == "main":
            chosen = [f for f in self.nota.findings if f.main]
        elif block.select == "chosen":
            wanted = set(block.finding_ids)
            chosen = [f for f in self.nota.findings if f.id in wanted]
        else:
            chosen = list(self.nota.findings)
        out = []
        for f in sorted(chosen, key=lambda f: f.number):
            head = f"{field_label('main_finding' if f.main else 'finding')} {f.number}"
            if block.positions and f.position:
                head += f" ({label(positions(), f.position)})"
            text = f"\u201c{f.text}\u201d" if block.quote else f.text
            out.append((f.portion, f"{head}: {text}"))
        return out

    def _commitment_texts(self, block: CommitmentsBlock) -> list[tuple[str | None, str]]:
        """Return (portion, text) per commitment as the print words it:
        'Toezegging 3 — bij bevinding 2: …', ordered by the findings they answer."""
        from notadesk.core.policy.positions import join_dutch

        wanted = set(block.finding_ids)
        keyed = []
        for n, c in enumerate(self.nota.commitments, 1):
            if wanted and not wanted.intersection(c.finding_ids):
                continue
            numbers = sorted({self.findings[x].number for x in c.finding_ids if x in self.findings})
            keyed.append((min(numbers) if numbers else 10**9, n, numbers, c))
        keyed.sort(key=lambda t: (t[0], t[1]))
        out = []
        for _first, n, numbers, c in keyed:
            head = f"{field_label('commitment')} {n}"
            if len(numbers) == 1:
                head += f" — {field_label('for_finding')} {numbers[0]}"
            elif numbers:
                head += f" — {field_label('for_findings')} {join_dutch([str(x) for x in numbers])}"
            out.append((c.portion, f"{head}: {c.text}"))
        return out

    def table(self, table: Table) -> None:
        from docx.oxml import OxmlElement
        from docx.shared import Mm

        columns = table.column_count
        if not columns:
            return
        out = self.doc.add_table(rows=0, cols=columns)
        out.style = self.doc.styles[self.spec["table_style"]]
        out.autofit = False
        for r, row in enumerate(table.rows):
            new_row = out.add_row()
            header = r < table.header_rows
            if header:
                trpr = new_row._tr.get_or_add_trPr()
                flag = OxmlElement("w:tblHeader")
                trpr.append(flag)
            for cell, source in zip(new_row.cells, row.cells, strict=False):
                if header:
                    shd = OxmlElement("w:shd")
                    shd.set(self.qn("w:val"), "clear")
                    shd.set(self.qn("w:color"), "auto")
                    shd.set(self.qn("w:fill"), "D9D9D9")
                    cell._tc.get_or_add_tcPr().append(shd)
                for i, paragraph in enumerate(source.paragraphs):
                    target = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
                    if paragraph.portion is not None:
                        self._mark(target, paragraph.portion)
                    self._runs(target, paragraph.runs)
        total = self.spec["page"]["width"] - self.spec["page"]["left"] - self.spec["page"]["right"]
        widths = table.widths if len(table.widths) == columns else [1.0] * columns
        whole = sum(widths) or 1.0
        for column, share in zip(out.columns, widths, strict=True):
            width = Mm(total * share / whole)
            column.width = width
            for cell in column.cells:
                cell.width = width
        self.doc.add_paragraph()  # Word glues two tables that touch; keep them apart

    # --- runs ----------------------------------------------------------------------------------

    def _runs(self, paragraph: Any, runs: list[Run]) -> None:
        from docx.enum.text import WD_COLOR_INDEX

        redacting: str | None = None
        for run in runs:
            if self.woo and run.redact:
                if redacting != run.redact:
                    self._redaction(paragraph, run.redact)
                    redacting = run.redact
                continue
            redacting = None
            if run.generated == "positions-summary":
                from notadesk.core.policy.positions import positions_summary

                text = positions_summary(self.nota.findings)
            elif run.generated:
                continue
            else:
                text = run.text
            if not text:
                continue
            target = paragraph.add_run()
            self._add_text_to_run(target, text)
            if run.bold:
                target.bold = True
            if run.italic:
                target.italic = True
            if run.underline:
                target.underline = True
            if run.highlight:
                target.font.highlight_color = WD_COLOR_INDEX.YELLOW

    def _redaction(self, paragraph: Any, code: str | None) -> None:
        from docx.oxml import OxmlElement

        run = paragraph.add_run(self._ground_label(code))
        shd = OxmlElement("w:shd")
        shd.set(self.qn("w:val"), "clear")
        shd.set(self.qn("w:color"), "auto")
        shd.set(self.qn("w:fill"), self.spec["redaction_shading"])
        run._r.get_or_add_rPr().append(shd)

    @staticmethod
    def _ground_label(code: str | None) -> str:
        from notadesk.core.policy.woo import woo_ground

        try:
            ground = woo_ground(code)
        except KeyError:
            return f"[{code or ''}]"
        return f"[{ground.code} {ground.short_label}]"

    def _add_text(self, paragraph: Any, text: str) -> None:
        self._add_text_to_run(paragraph.add_run(), text)

    @staticmethod
    def _add_text_to_run(run: Any, text: str) -> None:
        lines = text.split("\n")
        for i, line in enumerate(lines):
            if i:
                run.add_break()
            if line:
                run._r.add_t(line)

    def attachments(self) -> None:
        titles = [a.title for a in self.nota.attachments if a.title.strip()]
        if not titles:
            return
        body = self.doc.element.body
        start = len(body) - (1 if len(body) and body[-1].tag == self.qn("w:sectPr") else 0)
        label = field_label("attachment" if len(titles) == 1 else "attachments")
        self.doc.add_paragraph().add_run(f"{label}:").italic = True
        num_id = self._new_num(False, 1)
        for title in titles:
            self._list_paragraph(num_id, 1).add_run(" ".join(title.split())).italic = True
        moved = [el for el in list(body)[start:] if el.tag != self.qn("w:sectPr")]
        body.insert(start, self._content_control(ATTACHMENTS_TAG, moved))
