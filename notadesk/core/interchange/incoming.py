"""Text that comes in from elsewhere (a Word document, a paste): blocks, sections and a report.

A reader (``docx_in`` for .docx files, ``html_in`` for HTML on the clipboard) walks its source
and tells a :class:`ContributionBuilder` what it finds, in order: headings, paragraphs, list
items with their depth and numbering, tables, and whatever could not come over. The builder
makes the nota's blocks and sections from that, the same way for every source, and a
:class:`ConversionReport` lists every loss or change so that the person sees it *before*
anything changes. :func:`into_new_nota` and :func:`into_nota` then place the result.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from notadesk.core.model.nota import (
    MAX_CELL_CHARACTERS,
    MAX_CELL_PARAGRAPHS,
    MAX_LIST_DEPTH,
    MAX_TABLE_COLUMNS,
    MAX_TABLE_ROWS,
    Block,
    BulletList,
    ListItem,
    Nota,
    Paragraph,
    Run,
    Section,
    Table,
    TableCell,
)
from notadesk.core.wording import counted
from notadesk.errors import NotadeskError, ValidationError

MAX_SECTION_DEPTH = 3
"""Headings nest into sections, sub-sections and sub-sub-sections; deeper ones are lifted."""
MAX_RUN_CHARACTERS = 1_000_000
"""The most characters one stretch of text of one style may hold (the schema's limit)."""
MAX_TITLE = 2000
"""The longest section title or subject (the schema's single-line limit)."""

NOTE_SENTENCES: dict[str, tuple[str, str]] = {
    # kind: (sentence for one, sentence for more, each with {n}); losses first, then changes
    "image": (
        "{n} image or drawing did not come over.",
        "{n} images or drawings did not come over.",
    ),
    "text-box": (
        "{n} text box did not come over, and neither did the text in it.",
        "{n} text boxes did not come over, and neither did the text in them.",
    ),
    "object": (
        "{n} embedded object or chart did not come over.",
        "{n} embedded objects or charts did not come over.",
    ),
    "equation": ("{n} equation did not come over.", "{n} equations did not come over."),
    "comment": ("{n} comment did not come over.", "{n} comments did not come over."),
    "symbol": (
        "{n} symbol character in a symbol font did not come over.",
        "{n} symbol characters in a symbol font did not come over.",
    ),
    "hidden": (
        "{n} passage of hidden text did not come over.",
        "{n} passages of hidden text did not come over.",
    ),
    "toc": (
        "{n} line of a table of contents did not come over (the sections are the contents).",
        "{n} lines of a table of contents did not come over (the sections are the contents).",
    ),
    "other": ("{n} other element did not come over.", "{n} other elements did not come over."),
    "tracked-change": (
        "{n} tracked change had not been accepted: the text came over as if it had been "
        "(insertions kept, deletions left out).",
        "{n} tracked changes had not been accepted: the text came over as if they had been "
        "(insertions kept, deletions left out).",
    ),
    "field": (
        "{n} field (a date, page number or reference) came over as the text it showed.",
        "{n} fields (dates, page numbers, references) came over as the text they showed.",
    ),
    "footnote": (
        "{n} footnote came over as text in place, in square brackets.",
        "{n} footnotes came over as text in place, in square brackets.",
    ),
    "marking": (
        "The document is marked {level} in its header or footer; the draft takes that marking.",
        "The document is marked {level} in its header or footer; the draft takes that marking.",
    ),
    "footnote-end": (
        "{n} footnote came over as text at the end.",
        "{n} footnotes came over as text at the end.",
    ),
    "heading-text": (
        "{n} heading became a bold paragraph (import the document to make sections).",
        "{n} headings became bold paragraphs (import the document to make sections).",
    ),
    "link": (
        "{n} link came over as its text, without the address.",
        "{n} links came over as their text, without the address.",
    ),
    "merged-cells": (
        "{n} merged table cell was split; the text stays in the first cell.",
        "{n} merged table cells were split; the text stays in the first cell.",
    ),
    "nested-table": (
        "{n} table inside a table cell became paragraphs in that cell.",
        "{n} tables inside table cells became paragraphs in those cells.",
    ),
    "cell-list": (
        "{n} list item inside a table cell became a paragraph.",
        "{n} list items inside table cells became paragraphs.",
    ),
    "deep-list": (
        f"{{n}} list item nested deeper than {MAX_LIST_DEPTH} levels came over at level "
        f"{MAX_LIST_DEPTH}.",
        f"{{n}} list items nested deeper than {MAX_LIST_DEPTH} levels came over at level "
        f"{MAX_LIST_DEPTH}.",
    ),
    "deep-heading": (
        f"{{n}} heading deeper than {MAX_SECTION_DEPTH} levels became a sub-section at level "
        f"{MAX_SECTION_DEPTH}.",
        f"{{n}} headings deeper than {MAX_SECTION_DEPTH} levels became sub-sections at level "
        f"{MAX_SECTION_DEPTH}.",
    ),
}
LOST_KINDS = frozenset(
    ("image", "text-box", "object", "equation", "comment", "symbol", "hidden", "toc", "other")
)
"""Kinds of note whose content did not come over at all."""
INFO_KINDS = frozenset(("marking",))
"""Kinds of note that say something about the document, not about a loss or change."""
PLACES_KEPT = 3
"""How many places the report names per kind of note."""

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")


def clean_text(text: str) -> str:
    """Return text with every control character but the line break made a space or dropped."""
    text = text.replace("\r\n", "\n").replace("\t", " ")
    return _CONTROL.sub(lambda m: " " if m.group() in "\x0b\x0c\r\u2028\u2029" else "", text)


def one_line(text: str) -> str:
    """Return text as a single line (section titles and the subject hold no line breaks)."""
    return " ".join(clean_text(text).split())


@dataclass
class ImportNote:
    """Something that did not come over, or came over changed: its kind, count and places."""

    kind: str
    count: int = 0
    places: list[str] = field(default_factory=list)

    @property
    def lost(self) -> bool:
        """Return whether the content did not come over at all."""
        return self.kind in LOST_KINDS

    def sentence(self) -> str:
        """Return the note as one English sentence (with up to three places)."""
        one, many = NOTE_SENTENCES.get(self.kind, NOTE_SENTENCES["other"])
        level = self.places[0] if self.places else ""
        text = (one if self.count == 1 else many).format(n=self.count, level=level)
        if self.kind == "marking":
            return text
        if self.places:
            more = ", …" if self.count > len(self.places) else ""
            text = text[:-1] + " (" + ", ".join(self.places) + more + ")."
        return text


@dataclass
class ConversionReport:
    """What a conversion brought over and what it could not: shown before anything changes."""

    source: str = ""
    paragraphs: int = 0
    list_items: int = 0
    tables: int = 0
    sections: int = 0
    notes: dict[str, ImportNote] = field(default_factory=dict)

    def note(self, kind: str, place: str = "", count: int = 1) -> None:
        """Count one (or ``count``) of a kind of loss or change, remembering where."""
        entry = self.notes.setdefault(kind, ImportNote(kind))
        entry.count += count
        if place and len(entry.places) < PLACES_KEPT and place not in entry.places:
            entry.places.append(place)

    @property
    def clean(self) -> bool:
        """Return whether everything came over unchanged (a note about the marking is news,
        not a change)."""
        return all(kind in INFO_KINDS for kind in self.notes)

    @property
    def lost_anything(self) -> bool:
        """Return whether any content did not come over at all."""
        return any(n.lost for n in self.notes.values())

    def ordered_notes(self) -> list[ImportNote]:
        """Return the notes: what was lost first, each group in a fixed order."""
        order = list(NOTE_SENTENCES)
        return sorted(
            self.notes.values(),
            key=lambda n: (
                n.kind not in INFO_KINDS,
                not n.lost,
                order.index(n.kind) if n.kind in order else len(order),
            ),
        )

    def summary(self) -> str:
        """Return one sentence saying what came over."""
        return (
            f"{counted(self.sections, 'section')}, {counted(self.paragraphs, 'paragraph')}, "
            f"{counted(self.list_items, 'list item')} and {counted(self.tables, 'table')} "
            "came over."
        )

    def lines(self) -> list[str]:
        """Return the report as sentences: what came over, then every note."""
        return [self.summary(), *(n.sentence() for n in self.ordered_notes())]


@dataclass
class Contribution:
    """Converted text: an optional title, blocks before the first heading, and sections."""

    subject: str = ""
    marking: str | None = None  # the level id the document's header or footer names
    lead: list[Block] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    report: ConversionReport = field(default_factory=ConversionReport)


class ContributionBuilder:
    """Turns a reader's stream of headings, paragraphs, list items and tables into blocks."""

    def __init__(self, report: ConversionReport) -> None:
        self.report = report
        self.subject = ""
        self._events: list[tuple[str, object]] = []

    # --- what readers call -------------------------------------------------------------------

    def title(self, text: str) -> None:
        """A document title: the subject of a new draft (the first one counts)."""
        text = one_line(text)[:MAX_TITLE]
        if text and not self.subject:
            self.subject = text
        elif text:
            self.paragraph([Run(text=text)])

    def heading(self, level: int, text: str) -> None:
        """A heading at a level (1 is the highest); empty headings are left out."""
        text = one_line(text)[:MAX_TITLE]
        if text:
            self._events.append(("heading", (level, text)))

    def paragraph(self, runs: list[Run], portion: str | None = None) -> None:
        """A paragraph (with its portion's level); one without text is left out (Word uses
        them as spacing), unless it holds only a portion mark: then it marks the next table."""
        runs = _checked(merge_runs(runs))
        if runs:
            self._events.append(("paragraph", (runs, portion)))
        elif portion is not None:
            self._events.append(("table-portion", portion))

    def list_item(
        self,
        depth: int,
        numbered: bool,
        runs: list[Run],
        portion: str | None = None,
        list_id: str = "",
    ) -> None:
        """A list item at a depth (1 is the top) in a bulleted or numbered list.

        ``list_id`` names the source's list: a top-level item of another list starts a new
        one (two numbered lists in a row each count from 1).
        """
        runs = _checked(merge_runs(runs))
        self._events.append(("item", (depth, numbered, runs, portion, list_id)))

    def table(self, table: Table) -> None:
        """A table (already flattened and checked by the reader)."""
        self._events.append(("table", table))

    # --- the result --------------------------------------------------------------------------

    def build(self) -> Contribution:
        """Return the contribution: lead blocks and nested sections."""
        levels = [e[1][0] for e in self._events if e[0] == "heading"]  # type: ignore[index]
        top = min(levels, default=1)
        lead: list[Block] = []
        sections: list[Section] = []
        path: list[Section] = []
        blocks = lead
        lists = _ListBuilder(self.report)
        table_portion: str | None = None
        for kind, value in self._events:
            if kind == "table-portion":
                table_portion = value  # type: ignore[assignment]
                continue
            if kind == "heading":
                level, text = value  # type: ignore[misc]
                depth = min(level - top + 1, len(path) + 1)
                if depth > MAX_SECTION_DEPTH:
                    self.report.note("deep-heading", _snippet(text))
                    depth = MAX_SECTION_DEPTH
                section = Section(title=text)
                path = path[: depth - 1]
                (path[-1].subsections if path else sections).append(section)
                path.append(section)
                blocks = section.blocks
                lists.close()
                self.report.sections += 1
            elif kind == "item":
                depth, numbered, runs, portion, list_id = value  # type: ignore[misc]
                lists.add(blocks, depth, numbered, runs, portion, list_id)
                self.report.list_items += 1
            else:
                lists.close()
                if kind == "paragraph":
                    runs, portion = value  # type: ignore[misc]
                    blocks.append(Paragraph(runs=runs, portion=portion))
                    self.report.paragraphs += 1
                else:
                    if table_portion is not None:
                        value.portion = table_portion  # type: ignore[union-attr]
                    blocks.append(value)  # type: ignore[arg-type]
                    self.report.tables += 1
            table_portion = None
        return Contribution(subject=self.subject, lead=lead, sections=sections, report=self.report)


class _ListBuilder:
    """Nests flat list items (depth, numbering) into the model's lists."""

    def __init__(self, report: ConversionReport) -> None:
        self.report = report
        self.current: BulletList | None = None
        self.list_id = ""
        self.path: list[ListItem] = []

    def close(self) -> None:
        self.current = None
        self.path = []

    def add(
        self,
        blocks: list[Block],
        depth: int,
        numbered: bool,
        runs: list[Run],
        portion: str | None = None,
        list_id: str = "",
    ) -> None:
        if depth > MAX_LIST_DEPTH:
            self.report.note("deep-list", _snippet(_text(runs)))
        depth = max(1, min(depth, len(self.path) + 1, MAX_LIST_DEPTH))
        if self.current is None or (
            depth == 1 and (self.current.numbered != numbered or self.list_id != list_id)
        ):
            self.current = BulletList(numbered=numbered)
            self.list_id = list_id
            blocks.append(self.current)
            self.path = []
        item = ListItem(runs=runs, portion=portion)
        if depth == 1:
            self.current.items.append(item)
        else:
            parent = self.path[depth - 2]
            if not parent.children:
                parent.children_numbered = numbered
            parent.children.append(item)
        self.path = [*self.path[: depth - 1], item]


def merge_runs(runs: list[Run]) -> list[Run]:
    """Return runs with neighbours of one style joined; no runs when there is no text."""
    merged: list[Run] = []
    for run in runs:
        if not run.text:
            continue
        last = merged[-1] if merged else None
        if last is not None and _style(last) == _style(run):
            last.text += run.text
        else:
            merged.append(Run(run.text, run.bold, run.italic, run.underline, run.highlight))
    if not any(r.text.strip() for r in merged):
        return []
    return merged


def _checked(runs: list[Run]) -> list[Run]:
    for run in runs:
        if len(run.text) > MAX_RUN_CHARACTERS:
            raise ValidationError(
                f"A paragraph ({_snippet(run.text)}) has {len(run.text):,} characters in one "
                f"style; a nota holds at most {MAX_RUN_CHARACTERS:,}. Split it and try again.",
                field="(paragraph)",
            )
    return runs


def _style(run: Run) -> tuple[bool, bool, bool, bool]:
    return (run.bold, run.italic, run.underline, run.highlight)


def _text(runs: list[Run]) -> str:
    return "".join(r.text for r in runs)


def _snippet(text: str, width: int = 40) -> str:
    text = " ".join(text.split())
    if len(text) > width:
        text = text[: width - 1].rstrip() + "…"
    return f"“{text}”" if text else ""


def snippet(text: str) -> str:
    """Return the start of a text in quotes, as a report names a place."""
    return _snippet(text)


def check_table_size(
    number: int, rows: int, columns: int, error: type[NotadeskError] = ValidationError
) -> None:
    """Refuse a table larger than a nota's table may be (rows, columns), naming it."""
    if rows > MAX_TABLE_ROWS:
        raise error(
            f"Table {number} has {rows} rows; a table in a nota has at most "
            f"{MAX_TABLE_ROWS}. Split it and try again."
        )
    if columns > MAX_TABLE_COLUMNS:
        raise error(
            f"Table {number} has {columns} columns; a table in a nota has at most "
            f"{MAX_TABLE_COLUMNS}. Split it and try again."
        )


def check_cell(number: int, cell: TableCell, error: type[NotadeskError] = ValidationError) -> None:
    """Refuse a table cell holding more than a nota's cell may (paragraphs, characters)."""
    if len(cell.paragraphs) > MAX_CELL_PARAGRAPHS or (
        sum(len(r.text) for p in cell.paragraphs for r in p.runs) > MAX_CELL_CHARACTERS
    ):
        raise error(
            f"A cell of table {number} holds more than {MAX_CELL_PARAGRAPHS} paragraphs or "
            f"{MAX_CELL_CHARACTERS:,} characters, more than a table cell in a nota holds."
        )


def as_blocks(contribution: Contribution) -> list[Block]:
    """Return a contribution as blocks for one place in a section's text (a paste).

    Headings become bold paragraphs, and the report says so.
    """
    blocks: list[Block] = list(contribution.lead)

    def walk(sections: list[Section]) -> None:
        for section in sections:
            contribution.report.note("heading-text", snippet(section.title))
            blocks.append(Paragraph(runs=[Run(text=section.title, bold=True)]))
            blocks.extend(section.blocks)
            walk(section.subsections)

    walk(contribution.sections)
    return blocks


# --- placing a contribution ------------------------------------------------------------------


def into_new_nota(contribution: Contribution, nota: Nota, name: str) -> Nota:
    """Fill a blank nota with a contribution: its title as subject, its sections as sections,
    and its marking (the header's, raised to its highest portion mark).

    Text before the first heading becomes a first section titled ``name`` (the file's name).
    """
    if contribution.subject:
        nota.subject = contribution.subject
    if contribution.marking is not None:
        nota.classification.level = contribution.marking
    sections = list(contribution.sections)
    if contribution.lead or not sections:
        sections.insert(0, Section(title=one_line(name)[:MAX_TITLE], blocks=contribution.lead))
    nota.sections = sections
    _raise_to_portions(nota)
    return nota


def _raise_to_portions(nota: Nota) -> None:
    from notadesk.core.policy.markings import is_known_level, marking_level
    from notadesk.core.policy.portions import portions, rolled_up_level

    levels = [marking_level(p.level) for p in portions(nota) if is_known_level(p.level)]
    if not levels:
        return
    overall = marking_level(nota.classification.level)
    if all(level.scheme != overall.scheme for level in levels):
        nota.classification.level = max(levels, key=lambda lv: lv.rank).id
    nota.classification.level = rolled_up_level(nota)


def into_nota(
    nota: Nota, contribution: Contribution, *, section: int | None = None, name: str = ""
) -> Nota:
    """Place a contribution in a nota (changed in place and returned).

    With ``section`` (0-based) the text before the first heading goes at the end of that
    section and the headings become its sub-sections; without it, everything becomes new
    sections at the end (text before the first heading in a section titled ``name``).

    Raises:
        ValidationError: the nota has no section with that number, or the document is marked
            above the nota (raise the nota's marking first, or import it as a new draft).
    """
    if contribution.marking is not None:
        from notadesk.core.policy.markings import marking_level

        theirs = marking_level(contribution.marking)
        ours = marking_level(nota.classification.level)
        if theirs.scheme != ours.scheme or theirs.rank > ours.rank:
            raise ValidationError(
                f"The document is marked {theirs.label}, above or outside this draft's marking "
                f"{ours.label}: raise the draft's marking first, or import it as a new draft.",
                field="classification.level",
            )
    if section is None:
        if contribution.lead:
            nota.sections.append(
                Section(title=one_line(name)[:MAX_TITLE], blocks=list(contribution.lead))
            )
        nota.sections.extend(contribution.sections)
        return nota
    if not 0 <= section < len(nota.sections):
        raise ValidationError(
            f"The draft has no section {section + 1}; it has {len(nota.sections)}.",
            field="section",
        )
    target = nota.sections[section]
    target.blocks.extend(contribution.lead)
    target.subsections.extend(contribution.sections)
    return nota
