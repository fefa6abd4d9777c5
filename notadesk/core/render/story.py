"""The nota as a list of ReportLab flowables, in the reference's print order.

Routing block, type line, title and subject; the sections with their bullets and data blocks;
the signature block; the attachments last. Page furniture (reference column, markings, page
numbers) is drawn by :mod:`notadesk.core.render.pages`.
"""

from __future__ import annotations

import dataclasses
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any

from notadesk.core.model.nota import (
    BulletList,
    Commitment,
    CommitmentsBlock,
    Finding,
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
from notadesk.core.model.text import list_number
from notadesk.core.policy.portions import portion_mark, prints_portion_marks
from notadesk.core.policy.vocabulary import field_label, type_line_label
from notadesk.core.render.layout import Deferred, LayoutCache, content_key, story_segment
from notadesk.core.render.markup import Name, escape, plain, runs_markup
from notadesk.core.render.scripts import (
    fallback_frags,
    mainly_rtl,
    paragraph_class,
    right_to_left,
)
from notadesk.core.render.styles import (
    bullet_glyph,
    bullet_style,
    colours,
    geometry,
    number_style,
    paragraph_styles,
    routing_style,
    table_padding,
)
from notadesk.core.review.route import GivenParaaf
from notadesk.errors import RenderError

if TYPE_CHECKING:
    from reportlab.platypus import Flowable


PIECE_CHARS = 2000
"""A paragraph longer than this is set as pieces of at most this many characters.

ReportLab re-breaks the rest of a paragraph every time it splits it over a page, so one long
paragraph costs time in the square of its length (a million characters: minutes). Pieces of
about half a page keep the work linear; a piece ends at a line break or a space where there is
one, so the text prints exactly as typed (a line may end a little early where a piece ends).
"""
PIECE_RUNS = 200
"""A paragraph with more runs than this is set in pieces of at most this many runs."""


def pieces(runs: list[Run]) -> list[list[Run]]:
    """Return runs cut into pieces of at most :data:`PIECE_CHARS` characters and
    :data:`PIECE_RUNS` runs, cut at a line break or a space where the text has one.

    A line break a piece ends on is the end of that piece (not printed as an empty line).
    """
    if len(runs) <= PIECE_RUNS and sum(len(r.text) for r in runs) <= PIECE_CHARS:
        return [runs]
    out: list[list[Run]] = []
    current: list[Run] = []
    size = 0
    for run in runs:
        text = run.text
        while size + len(text) > PIECE_CHARS or len(current) >= PIECE_RUNS:
            room = PIECE_CHARS - size if len(current) < PIECE_RUNS else 0
            cut, skip = _cut(text, room, whole=not current)
            if cut:
                current.append(dataclasses.replace(run, text=text[:cut]))
            text = text[cut + skip :]
            out.append(current)
            current, size = [], 0
        if text or not run.text:
            current.append(dataclasses.replace(run, text=text) if text != run.text else run)
            size += len(text)
    if current:
        out.append(current)
    return out


def _cut(text: str, room: int, *, whole: bool) -> tuple[int, int]:
    """Return where to end a piece within ``room`` characters, and how many to drop there."""
    window = text[: room + 1]
    newline = window.rfind("\n")
    if newline >= 0:
        return newline, 1
    space = max(window.rfind(" ", 0, room), window.rfind("\t", 0, room))
    if space >= 0:
        return space + 1, 0
    if whole:  # one word longer than a piece: cut it (ReportLab breaks it over lines anyway)
        return max(room, 1), 0
    return 0, 0


def entry_name(entry: RoutingEntry, *, woo: bool) -> Name:
    """Return a routing entry as printed: in the Woo variant personal data becomes its ground."""
    if woo and entry.personal_data:
        return Name("", redacted_by=entry.woo_ground or "")
    return Name(entry.name)


RTL_STYLES = ("body", "bullet:", "number:", "table_cell", "table_header", "heading", "subheading")
"""Styles (or their prefixes) of the text's own paragraphs: set right to left when mainly
Arabic or Hebrew. The form's fixed parts (routing, column, signature) keep their places."""


@lru_cache(maxsize=8192)
def _parsed(markup: str, style_name: str) -> tuple[str, Any, tuple[Any, ...], bool]:
    # Parsing markup is a third of a render; a preview re-renders mostly the same paragraphs.
    from reportlab.platypus.paragraph import cleanBlockQuotedText, textTransformFrags
    from reportlab.platypus.paraparser import ParaParser

    text = cleanBlockQuotedText(markup)
    parser = ParaParser()
    parser.caseSensitive = 1
    style, frags, _bullet_frags = parser.parse(text, _style(style_name))
    if frags is None:  # cannot happen for escaped text; kept as a clear error
        raise RenderError("A paragraph of the nota could not be typeset.")
    textTransformFrags(frags, style)
    base = style_name.split("|")[0]
    rtl = base.startswith(RTL_STYLES) and mainly_rtl(
        "".join(t for t in (getattr(f, "text", "") for f in frags) if isinstance(t, str))
    )
    return text, style, tuple(fallback_frags(frags)), rtl


def _style(name: str) -> Any:
    if "|" in name:
        return _piece_style(name)
    if name == "routing":
        return routing_style()
    if name.startswith("bullet:"):
        return bullet_style(int(name.removeprefix("bullet:")))
    if name.startswith("number:"):
        return number_style(int(name.removeprefix("number:")))
    return paragraph_styles()[name]


@cache
def _piece_style(name: str) -> Any:
    # "body|first", "body|middle", "body|last": one paragraph set as pieces keeps its spacing
    # before the first piece and after the last only.
    from reportlab.lib.styles import ParagraphStyle

    base_name, part = name.split("|")
    base = _style(base_name)
    return ParagraphStyle(
        name,
        parent=base,
        spaceBefore=base.spaceBefore if part == "first" else 0,
        spaceAfter=base.spaceAfter if part == "last" else 0,
    )


def paragraph(markup: str, style_name: str, bullet: str | None = None) -> Flowable:
    """Return a ReportLab paragraph for safe markup in a named style (parsed once, cached)."""
    text, style, frags, rtl = _parsed(markup, style_name)
    if rtl:  # mainly Arabic or Hebrew: aligned right, the bullet on the right
        para = paragraph_class()("", right_to_left(style), frags=list(frags))
        para.rtl_bullet = bullet
    else:
        para = paragraph_class()("", style, bulletText=bullet, frags=list(frags))
    para.text = text
    para._key = (markup, style_name, bullet)  # what it prints (see render.layout.content_key)
    return para


def _para(markup: str, style: str) -> Flowable:
    return paragraph(markup, style)


def _bullet(markup: str, depth: int) -> Flowable:
    return paragraph(markup, f"bullet:{depth}", bullet_glyph(depth))


def _piece_part(i: int, count: int) -> str:
    if count == 1:
        return ""
    return "|first" if i == 0 else ("|last" if i == count - 1 else "|middle")


@lru_cache(maxsize=256)
def _marker(depth: int, number: int | None) -> tuple[str, str]:
    """Return the style and the bullet text of a list entry: a glyph, or its number."""
    if number is None:
        return f"bullet:{depth}", bullet_glyph(depth)
    return f"number:{depth}", list_number(number, depth)


class _Counter:
    """Numbers the entries of one level of a numbered list (None for a bulleted level)."""

    def __init__(self, numbered: bool) -> None:
        self.numbered = numbered
        self.count = 0

    def next(self) -> int | None:
        if not self.numbered:
            return None
        self.count += 1
        return self.count


class StoryBuilder:
    """Turns one nota into flowables for one variant (normal or Woo)."""

    def __init__(self, nota: Nota, *, woo: bool, parafen: tuple[GivenParaaf, ...] = ()) -> None:
        self.nota = nota
        self.woo = woo
        self.parafen = parafen
        self.findings = nota.finding_by_id()
        self.portion_marks = prints_portion_marks(nota)

    def mark(self, level_id: str | None) -> str:
        """Return the portion mark markup that starts a portion ('<b>(NS)</b> '), or ''."""
        if not self.portion_marks:
            return ""
        mark = portion_mark(self.nota, level_id)
        return f"<b>{escape(mark)}</b>\u00a0" if mark else ""

    def build(self) -> list[Flowable]:
        """Return every flowable of the nota, in print order."""
        return [f for segment in self.segments() for f in segment]  # type: ignore[union-attr]

    def segments(self, cache: LayoutCache | None = None) -> list[list[Flowable] | Deferred]:
        """Return the flowables in print order, cut where they can be laid out apart: the
        first-page block, each section, the end (see :mod:`notadesk.core.render.layout`).

        With a ``cache``, a segment made from the same inputs as in the last render (the
        section, the rest of the nota, the variant, whether portions are marked; for the end,
        the parafen given) is returned :class:`Deferred`: its flowables are made only if it
        must be laid out again. The first-page block and the end are made from the rest of
        the nota alone, never from the sections.
        """
        from notadesk.core.render.signature import signature_block

        rest = None
        if cache is not None:  # the rest of the nota: findings, commitments, marking…
            rest = cache.snapshot("nota", dataclasses.replace(self.nota, sections=[]))
        out: list[list[Flowable] | Deferred] = [
            story_segment(
                cache,
                "head",
                (self.woo, self.portion_marks, rest),
                lambda: [*self.routing_block(), *self.title_block()],
                shared=(rest,),
            )
        ]
        for i, section in enumerate(self.nota.sections):
            out.append(
                story_segment(
                    cache,
                    ("section", i),
                    (self.woo, self.portion_marks, section, rest),
                    lambda section=section: self.section(section, level=1),
                    shared=(rest,),
                )
            )
        out.append(
            story_segment(
                cache,
                "end",
                (self.woo, self.portion_marks, rest, self.parafen),
                lambda: [
                    *signature_block(self.nota, woo=self.woo, parafen=self.parafen),
                    *self.attachments(),
                ],
                shared=(rest,),
            )
        )
        return out

    # --- first page --------------------------------------------------------------------------

    def routing_block(self) -> list[Flowable]:
        """Return the Aan / Van / Via / Kopie aan / Afgestemd met block.

        Each role is one paragraph with its label hanging in the margin (drawn as the
        paragraph's bullet), so any number of names, however long, flows over pages.
        """
        out: list[Flowable] = []
        for role in ("to", "from", "via", "cc", "agreed_with"):
            names = [
                entry_name(e, woo=self.woo).markup()
                for e in self.nota.routing.entries(role)
                if e.name.strip() or (self.woo and e.personal_data)
            ]
            out.append(paragraph("<br/>".join(names) or "\u00a0", "routing", field_label(role)))
        return out

    def title_block(self) -> list[Flowable]:
        """Return the type line, 'nota' and the subject."""
        return [
            _para(escape(type_line_label(self.nota.type)), "type_line"),
            _para(escape(field_label("title")), "title"),
            _para(escape(self.nota.subject), "subject"),
        ]

    # --- sections ----------------------------------------------------------------------------

    def section(
        self, section: Section, *, level: int, lead: list[Flowable] | None = None
    ) -> list[Flowable]:
        """Return a section's heading, blocks and sub-sections.

        A heading is kept on the page of what follows it (``lead`` carries a parent's heading
        down to the first sub-section when the parent has no blocks of its own).
        """
        from reportlab.platypus import KeepTogether

        heading = _para(escape(section.title), "heading" if level == 1 else "subheading")
        heading.outline = (plain(section.title) or "\u2014", level - 1)  # a PDF bookmark
        head = [*(lead or []), heading]
        body: list[Flowable] = []
        for block in section.blocks:
            body.extend(self.block(block))
        out: list[Flowable] = []
        if body:
            out.append(KeepTogether([*head, body[0]]))
            out.extend(body[1:])
            head = []
        for sub in section.subsections:
            out.extend(self.section(sub, level=level + 1, lead=head))
            head = []
        out.extend(head)
        return out

    def block(self, block: Any) -> list[Flowable]:
        """Return the flowables of one block of a section."""
        match block:
            case Paragraph(runs=runs):
                return self.long_paragraph(runs, "body", lead=self.mark(block.portion))
            case BulletList(items=items):
                counter = _Counter(block.numbered)
                return [f for item in items for f in self.entry(item, 1, counter)]
            case Table():
                lead = self.mark(block.portion)
                return [*([_para(lead, "body")] if lead else []), self.table(block)]
            case FindingsBlock() | CommitmentsBlock():
                return self.entry(block, 1, _Counter(False))
            case PositionsBlock():
                from notadesk.core.policy.positions import positions_summary

                return [_para(escape(positions_summary(self.nota.findings)), "body")]
        return []

    def long_paragraph(
        self, runs: list[Run], style: str, bullet: str | None = None, lead: str = ""
    ) -> list[Flowable]:
        """Return one paragraph of runs, set in pieces when it is long (see PIECE_CHARS).

        ``lead`` is markup of ours that starts the paragraph (a portion mark).
        """
        parts = pieces(runs)
        out = []
        for i, part in enumerate(parts):
            markup = runs_markup(part, self.nota, woo=self.woo)
            if i == 0:
                markup = lead + markup
            if not markup and len(parts) > 1:
                markup = "\u00a0"  # an empty line between two line breaks stays a line
            out.append(
                paragraph(markup, style + _piece_part(i, len(parts)), bullet if i == 0 else None)
            )
        return out

    def long_line(
        self, prefix: str, text: str, quote: bool, *, depth: int, number: int | None = None
    ) -> list[Flowable]:
        """Return a bullet (or numbered entry) of escaped ``prefix`` markup and typed text."""
        parts = pieces([Run(text=text)])
        out = []
        for i, part in enumerate(parts):
            markup = escape(part[0].text) if part else ""
            if quote and i == 0:
                markup = "\u201c" + markup
            if quote and i == len(parts) - 1:
                markup += "\u201d"
            if i == 0:
                markup = prefix + markup
            base, mark = _marker(depth, number)
            style = base + _piece_part(i, len(parts))
            out.append(paragraph(markup, style, mark if i == 0 else None))
        return out

    def entry(self, entry: Any, depth: int, counter: _Counter) -> list[Flowable]:
        """Return a list entry (a bullet, or a data block expanded into bullets).

        ``counter`` numbers the entries of a numbered level; a data block's findings or
        commitments each take the next number.
        """
        match entry:
            case ListItem(runs=runs, children=children):
                style, mark = _marker(depth, counter.next())
                out = self.long_paragraph(runs, style, mark, lead=self.mark(entry.portion))
                inner = _Counter(entry.children_numbered)
                for child in children:
                    out.extend(self.entry(child, depth + 1, inner))
                return out
            case FindingsBlock():
                lines = self.findings_lines(entry)
                return [
                    f
                    for line in lines
                    for f in self.long_line(*line, depth=depth, number=counter.next())
                ]
            case CommitmentsBlock():
                lines = self.commitment_lines(entry)
                return [
                    f
                    for line in lines
                    for f in self.long_line(*line, depth=depth, number=counter.next())
                ]
        return []

    def table(self, table: Table) -> Flowable:
        """Return a table across the body width; its header rows repeat on every page.

        A row taller than what is left of a page splits inside its cells (``splitInRow``),
        so no row can stop the layout.
        """
        from reportlab.platypus import Table as RLTable
        from reportlab.platypus import TableStyle

        columns = table.column_count
        width = geometry().body_width
        weights = table.widths if len(table.widths) == columns else [1.0] * columns
        total = sum(weights) or 1.0
        col_widths = [width * w / total for w in weights]
        headers = min(table.header_rows, len(table.rows))
        data = []
        for r, row in enumerate(table.rows):
            style = "table_header" if r < headers else "table_cell"
            data.append(
                [
                    [
                        f
                        for p in cell.paragraphs
                        for f in self.long_paragraph(
                            p.runs, style, lead=self.mark(p.portion) if p.portion else ""
                        )
                    ]
                    for cell in row.cells
                ]
            )
        palette = colours()
        pad = table_padding()
        commands: list[tuple[Any, ...]] = [
            ("GRID", (0, 0), (-1, -1), 0.5, palette["table_grid"]),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), pad),
            ("RIGHTPADDING", (0, 0), (-1, -1), pad),
            ("TOPPADDING", (0, 0), (-1, -1), pad),
            ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
        ]
        if headers:
            commands.append(("BACKGROUND", (0, 0), (-1, headers - 1), palette["table_header"]))
        out = RLTable(
            data,
            colWidths=col_widths,
            repeatRows=headers,
            splitInRow=1,
            hAlign="LEFT",
            spaceBefore=3,
            spaceAfter=8,
        )
        out.setStyle(TableStyle(commands))
        out._key = (  # what it prints (see render.layout.content_key)
            "table",
            tuple(tuple(content_key(cell) for cell in row) for row in data),
            tuple(col_widths),
            headers,
            repr(commands),
        )
        return out

    def chosen_findings(self, block: FindingsBlock) -> list[Finding]:
        """Return the findings a block prints, by number."""
        if block.select == "main":
            chosen = [f for f in self.nota.findings if f.main]
        elif block.select == "chosen":
            wanted = set(block.finding_ids)
            chosen = [f for f in self.nota.findings if f.id in wanted]
        else:
            chosen = list(self.nota.findings)
        return sorted(chosen, key=lambda f: f.number)

    def findings_lines(self, block: FindingsBlock) -> list[tuple[str, str, bool]]:
        """Return per finding the 'Bevinding N: ' markup, its text and whether it is quoted.

        A main finding is 'Hoofdbevinding N' in any list, so a full list shows which they are.
        """
        return [
            (
                self.mark(f.portion)
                + f"{escape(field_label('main_finding' if f.main else 'finding'))} {f.number}"
                + (self._position(f) if block.positions else "")
                + ": ",
                f.text,
                block.quote,
            )
            for f in self.chosen_findings(block)
        ]

    @staticmethod
    def _position(finding: Finding) -> str:
        """Return ' (onderschrijft deels)': the cabinet's position, when it has one."""
        from notadesk.core.policy.vocabulary import label, positions

        if not finding.position:
            return ""
        return f" ({escape(label(positions(), finding.position))})"

    def commitment_lines(self, block: CommitmentsBlock) -> list[tuple[str, str, bool]]:
        """Return per commitment 'Toezegging N — bij bevinding M: ' and its text.

        N is the commitment's place in the commitments table; the lines are ordered by the
        findings they answer. A commitment never prints under a finding's label.
        """
        return [
            (
                self.mark(c.portion) + f"{escape(self._commitment_label(n, self._numbers(c)))}: ",
                c.text,
                False,
            )
            for n, c in self.chosen_commitments(block)
        ]

    def chosen_commitments(self, block: CommitmentsBlock) -> list[tuple[int, Commitment]]:
        """Return the commitments a block prints with their place in the table (from 1), in
        the order printed: by the findings they answer, then by their place."""
        wanted = set(block.finding_ids)
        chosen = [
            (n, c)
            for n, c in enumerate(self.nota.commitments, 1)
            if not wanted or wanted.intersection(c.finding_ids)
        ]
        keyed = [(self._numbers(c), n, c) for n, c in chosen]
        keyed.sort(key=lambda t: (min(t[0]) if t[0] else 10**9, t[1]))
        return [(n, c) for _numbers, n, c in keyed]

    def _numbers(self, commitment: Commitment) -> list[int]:
        found = [self.findings[i].number for i in commitment.finding_ids if i in self.findings]
        return sorted(set(found))

    @staticmethod
    def _commitment_label(number: int, findings: list[int]) -> str:
        from notadesk.core.policy.positions import join_dutch

        label = f"{field_label('commitment')} {number}"
        if not findings:
            return label
        if len(findings) == 1:
            return f"{label} — {field_label('for_finding')} {findings[0]}"
        joined = join_dutch([str(n) for n in findings])
        return f"{label} — {field_label('for_findings')} {joined}"

    # --- the end -----------------------------------------------------------------------------

    def attachments(self) -> list[Flowable]:
        """Return 'Bijlage(n):' with the titles in italics, printed last."""
        titles = [a.title for a in self.nota.attachments if a.title.strip()]
        if not titles:
            return []
        from reportlab.platypus import KeepTogether

        label = field_label("attachment" if len(titles) == 1 else "attachments")
        items = [_bullet(f"<i>{escape(t)}</i>", 1) for t in titles]
        heading = _para(f"{escape(label)}:", "attachments_heading")
        heading.outline = (label, 0)
        return [KeepTogether([heading, items[0]]), *items[1:]]
