"""The nota in its reading form: the words a reader sees, one line per part, no codes.

Redlines compare two revisions in this form and comment anchors point into it. Type line,
status, marking, positions and commitment statuses are their printed words (from the
vocabulary and the marking scheme), dates the Dutch way, findings with their numbers and
the cabinet's position in words. Internal ids never appear.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
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
    Section,
)
from notadesk.core.model.text import runs_text
from notadesk.core.policy.markings import is_known_level, marking_level
from notadesk.core.policy.vocabulary import (
    commitment_statuses,
    format_date,
    label,
    positions,
    statuses,
    type_line_label,
)

BULLET = "•"
NUMBERED_MARKS = ("{n}.", "{a}.", "{i}.")


@dataclass(frozen=True)
class ReadingLine:
    """One line of the reading form: its text and what part of the nota it is."""

    text: str
    part: str
    """``header``, ``section``, ``text``, ``finding``, ``commitment`` or ``attachment``."""
    ref: str = ""
    """The finding or commitment id for those parts (never shown)."""
    depth: int = 0


def marking_words(level_id: str) -> str:
    """Return how a marking level is printed (the id itself when it is not known here)."""
    if not is_known_level(level_id):
        return level_id
    level = marking_level(level_id)
    return level.marking or level.label


def _names(entries: Iterable[RoutingEntry]) -> str:
    return "; ".join(e.name for e in entries if e.name.strip())


def _roman(n: int) -> str:
    out = ""
    for value, letters in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out, n = out + letters, n - value
    return out


def _mark(depth: int, number: int, numbered: bool) -> str:
    if not numbered:
        return BULLET
    if depth % 3 == 0:
        return f"{number}."
    if depth % 3 == 1:
        return f"{chr(ord('a') + (number - 1) % 26)}."
    return f"{_roman(number)}."


def _text_of(value: Any, nota: Nota) -> str:
    """Return the words of a block the reading form does not know by name (tables…)."""
    runs = getattr(value, "runs", None)
    if isinstance(runs, list):
        return runs_text(runs, nota)
    parts: list[str] = []
    for name in ("rows", "cells", "paragraphs", "items", "children"):
        for child in getattr(value, name, None) or []:
            words = _text_of(child, nota)
            if words:
                parts.append(words)
    return " | ".join(parts)


class _Reader:
    def __init__(self, nota: Nota) -> None:
        self.nota = nota
        self.lines: list[ReadingLine] = []
        self.numbers = {f.id: f.number for f in nota.findings}
        self.position_words = {p.id: p.label for p in positions()}

    def add(self, text: str, part: str, ref: str = "", depth: int = 0) -> None:
        self.lines.append(ReadingLine(text, part, ref, depth))

    def header(self) -> None:
        n = self.nota
        c = n.classification
        self.add(type_line_label(n.type), "header")
        self.add(f"Status: {label(statuses(), n.status)}", "header")
        marking = marking_words(c.level)
        extra = []
        if c.proposed_by:
            extra.append(f"voorgesteld door {c.proposed_by}")
        if c.set_by:
            extra.append(f"vastgesteld door {c.set_by}")
        if c.until:
            extra.append(f"tot {format_date(c.until)}")
        if c.end_event:
            extra.append(f"tot {c.end_event}")
        self.add(f"Rubricering: {marking}" + (f" ({', '.join(extra)})" if extra else ""), "header")
        self.add(f"Onderwerp: {n.subject}", "header")
        self.add(f"Datum: {format_date(n.date)}", "header")
        self.add(f"Onze Referentie: {n.reference}", "header")
        self.add(f"Opgesteld door: {_names(n.drafted_by)}", "header")
        r = n.routing
        for name, entries in (
            ("Aan", r.to),
            ("Van", r.from_),
            ("Via", r.via),
            ("Kopie aan", r.cc),
            ("Afgestemd met", r.agreed_with),
        ):
            self.add(f"{name}: {_names(entries)}", "header")
        d = n.deadlines
        due = " ".join(p for p in (d.due.text, format_date(d.due.date)) if p)
        self.add(f"Uiterlijk bij: {due}", "header")
        if d.parliament:
            self.add(f"Plandatum Kamer: {format_date(d.parliament)}", "header")
        if d.received:
            self.add(f"Binnengekomen op: {format_date(d.received)}", "header")

    def finding_text(self, number: int, main: bool, group: str, position: str | None) -> str:
        head = f"Bevinding {number}" + (" (hoofdbevinding)" if main else "")
        details = [f"groep {group}"] if group else []
        if position:
            details.append(f"het kabinet {self.position_words.get(position, position)}")
        return head + (f" ({'; '.join(details)})" if details else "")

    def block(self, block: Any, depth: int) -> None:
        match block:
            case Paragraph(runs=runs):
                self.add(runs_text(runs, self.nota), "text", depth=depth)
            case BulletList(items=items):
                numbered = bool(getattr(block, "numbered", False))
                count = 0
                for entry in items:
                    if isinstance(entry, ListItem):
                        count += 1
                        mark = _mark(depth, count, numbered)
                        self.add(f"{mark} {runs_text(entry.runs, self.nota)}", "text", depth=depth)
                        for child in entry.children:
                            self.block(child, depth + 1)
                    else:
                        self.block(entry, depth)
            case ListItem():
                self.block(BulletList(items=[block]), depth)
            case FindingsBlock():
                ids = set(block.finding_ids)
                for f in self.nota.findings:
                    chosen = (
                        block.select == "all"
                        or (block.select == "main" and f.main)
                        or (block.select == "chosen" and f.id in ids)
                    )
                    if chosen:
                        self.add(f"{BULLET} Bevinding {f.number}: {f.text}", "text", f.id, depth)
            case CommitmentsBlock():
                ids = set(block.finding_ids)
                for c in self.nota.commitments:
                    if not ids or ids & set(c.finding_ids):
                        self.add(f"{BULLET} {c.text}", "text", c.id, depth)
            case PositionsBlock():
                from notadesk.core.policy.positions import positions_summary

                self.add(positions_summary(self.nota.findings), "text", depth=depth)
            case _ if isinstance(getattr(block, "rows", None), list):
                for row in block.rows:  # a table: a line per row, cells apart
                    cells = [_text_of(cell, self.nota) for cell in getattr(row, "cells", [])]
                    self.add(" | ".join(cells), "text", depth=depth)
            case _:
                words = _text_of(block, self.nota)
                if words:
                    self.add(words, "text", depth=depth)

    def section(self, section: Section, level: int) -> None:
        self.add(section.title, "section", depth=level)
        for block in section.blocks:
            self.block(block, 0)
        for sub in section.subsections:
            self.section(sub, level + 1)

    def tables(self) -> None:
        n = self.nota
        if n.findings:
            self.add("Bevindingen", "section")
        for f in n.findings:
            line = f"{self.finding_text(f.number, f.main, f.group, f.position)}: {f.text}"
            self.add(line, "finding", f.id)
            if f.comment:
                self.add(f"Toelichting: {f.comment}", "finding", f.id, 1)
        if n.commitments:
            self.add("Toezeggingen", "section")
        for c in n.commitments:
            linked = ", ".join(str(self.numbers.get(i, "?")) for i in c.finding_ids)
            details = [f"bij bevinding {linked}"] if linked else []
            if c.owner:
                details.append(f"door {c.owner}")
            if c.due:
                details.append(f"uiterlijk {format_date(c.due)}")
            details.append(f"status {label(commitment_statuses(), c.status)}")
            self.add(f"Toezegging ({'; '.join(details)}): {c.text}", "commitment", c.id)
        if n.attachments:
            self.add("Bijlagen", "section")
        for i, a in enumerate(n.attachments, start=1):
            self.add(f"Bijlage {i}: {a.title}", "attachment")


def reading_lines(nota: Nota) -> list[ReadingLine]:
    """Return the nota in its reading form, in print order, then its tables."""
    reader = _Reader(nota)
    reader.header()
    for section in nota.sections:
        reader.section(section, 1)
    reader.tables()
    return reader.lines


def reading_text(nota: Nota) -> str:
    """Return the reading form as one text, a line per part (what anchors point into)."""
    return "\n".join(line.text for line in reading_lines(nota))
