"""The nota as a list of ReportLab flowables, in the reference's print order.

Routing block, type line, title and subject; the sections with their bullets and data blocks;
the signature block; the attachments last. Page furniture (reference column, markings, page
numbers) is drawn by :mod:`notadesk.core.render.pages`.
"""

from __future__ import annotations

from functools import lru_cache
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
    Section,
)
from notadesk.core.policy.vocabulary import field_label, type_line_label
from notadesk.core.render.markup import Name, escape, runs_markup
from notadesk.core.render.styles import (
    bullet_glyph,
    bullet_style,
    paragraph_styles,
    routing_style,
)
from notadesk.errors import RenderError

if TYPE_CHECKING:
    from reportlab.platypus import Flowable


def entry_name(entry: RoutingEntry, *, woo: bool) -> Name:
    """Return a routing entry as printed: in the Woo variant personal data becomes its ground."""
    if woo and entry.personal_data:
        return Name("", redacted_by=entry.woo_ground or "")
    return Name(entry.name)


@lru_cache(maxsize=8192)
def _parsed(markup: str, style_name: str) -> tuple[str, Any, tuple[Any, ...]]:
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
    return text, style, tuple(frags)


def _style(name: str) -> Any:
    if name == "routing":
        return routing_style()
    if name.startswith("bullet:"):
        return bullet_style(int(name.removeprefix("bullet:")))
    return paragraph_styles()[name]


def paragraph(markup: str, style_name: str, bullet: str | None = None) -> Flowable:
    """Return a ReportLab paragraph for safe markup in a named style (parsed once, cached)."""
    from reportlab.platypus import Paragraph as RLParagraph

    text, style, frags = _parsed(markup, style_name)
    para = RLParagraph("", style, bulletText=bullet, frags=list(frags))
    para.text = text
    return para


def _para(markup: str, style: str) -> Flowable:
    return paragraph(markup, style)


def _bullet(markup: str, depth: int) -> Flowable:
    return paragraph(markup, f"bullet:{depth}", bullet_glyph(depth))


class StoryBuilder:
    """Turns one nota into flowables for one variant (normal or Woo)."""

    def __init__(self, nota: Nota, *, woo: bool) -> None:
        self.nota = nota
        self.woo = woo
        self.findings = nota.finding_by_id()

    def build(self) -> list[Flowable]:
        """Return every flowable of the nota, in print order."""
        story: list[Flowable] = self.routing_block()
        story.extend(self.title_block())
        for section in self.nota.sections:
            story.extend(self.section(section, level=1))
        from notadesk.core.render.signature import signature_block

        story.extend(signature_block(self.nota, woo=self.woo))
        story.extend(self.attachments())
        return story

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

        head = [
            *(lead or []),
            _para(escape(section.title), "heading" if level == 1 else "subheading"),
        ]
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
                return [_para(runs_markup(runs, self.nota, woo=self.woo), "body")]
            case BulletList(items=items):
                return [f for item in items for f in self.entry(item, 1)]
            case FindingsBlock() | CommitmentsBlock():
                return self.entry(block, 1)
            case PositionsBlock():
                from notadesk.core.policy.positions import positions_summary

                return [_para(escape(positions_summary(self.nota.findings)), "body")]
        return []

    def entry(self, entry: Any, depth: int) -> list[Flowable]:
        """Return a list entry (a bullet, or a data block expanded into bullets)."""
        match entry:
            case ListItem(runs=runs, children=children):
                out = [_bullet(runs_markup(runs, self.nota, woo=self.woo), depth)]
                for child in children:
                    out.extend(self.entry(child, depth + 1))
                return out
            case FindingsBlock():
                return [_bullet(m, depth) for m in self.findings_lines(entry)]
            case CommitmentsBlock():
                return [_bullet(m, depth) for m in self.commitment_lines(entry)]
        return []

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

    def findings_lines(self, block: FindingsBlock) -> list[str]:
        """Return 'Bevinding N: text' (or 'Hoofdbevinding N: “text”') markup per finding."""
        label = field_label("main_finding" if block.select == "main" else "finding")
        lines = []
        for f in self.chosen_findings(block):
            text = escape(f.text)
            if block.quote:
                text = f"\u201c{text}\u201d"
            lines.append(f"{escape(label)} {f.number}: {text}")
        return lines

    def commitment_lines(self, block: CommitmentsBlock) -> list[str]:
        """Return 'Bevinding N: text' markup per commitment, ordered by finding number."""
        wanted = set(block.finding_ids)
        chosen = [
            c for c in self.nota.commitments if not wanted or wanted.intersection(c.finding_ids)
        ]
        keyed = [(self._numbers(c), i, c) for i, c in enumerate(chosen)]
        keyed.sort(key=lambda t: (min(t[0]) if t[0] else 10**9, t[1]))
        lines = []
        for numbers, _i, c in keyed:
            text = escape(c.text)
            lines.append(f"{escape(self._findings_label(numbers))}: {text}" if numbers else text)
        return lines

    def _numbers(self, commitment: Commitment) -> list[int]:
        found = [self.findings[i].number for i in commitment.finding_ids if i in self.findings]
        return sorted(set(found))

    @staticmethod
    def _findings_label(numbers: list[int]) -> str:
        from notadesk.core.policy.positions import join_dutch

        if len(numbers) == 1:
            return f"{field_label('finding')} {numbers[0]}"
        return f"{field_label('findings')} {join_dutch([str(n) for n in numbers])}"

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
        return [KeepTogether([heading, items[0]]), *items[1:]]
