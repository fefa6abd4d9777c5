"""The nota as plain lines of text: for the search index and for comparing revisions."""

from __future__ import annotations

from notadesk.core.model.nota import (
    Block,
    BulletList,
    CommitmentsBlock,
    FindingsBlock,
    ListEntry,
    ListItem,
    Nota,
    Paragraph,
    PositionsBlock,
    Run,
    Section,
    Table,
)


def runs_text(runs: list[Run], nota: Nota | None = None) -> str:
    """Return the plain text of runs; generated runs are filled in when the nota is given."""
    parts = []
    for run in runs:
        if run.generated == "positions-summary":
            if nota is not None:
                from notadesk.core.policy.positions import positions_summary

                parts.append(positions_summary(nota.findings))
        else:
            parts.append(run.text)
    return "".join(parts)


def list_number(position: int, depth: int) -> str:
    """Return the number of a numbered list's entry: 1. / a. / i. at depth 1 / 2 / 3.

    ``position`` counts from 1. Letters go on as aa., ab., … after z.; Roman numerals
    have no upper limit.
    """
    if depth == 2:
        letters = ""
        n = position
        while n > 0:
            n, rest = divmod(n - 1, 26)
            letters = chr(ord("a") + rest) + letters
        return letters + "."
    if depth >= 3:
        return _roman(position) + "."
    return f"{position}."


def _roman(n: int) -> str:
    out = []
    for value, glyphs in (
        (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
        (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
    ):  # fmt: skip
        count, n = divmod(n, value)
        out.append(glyphs * count)
    return "".join(out)


def _flat(text: str) -> str:
    # A line break inside a paragraph, bullet or cell shows as a space in an outline line.
    return text.replace("\n", " ") if "\n" in text else text


def _list_lines(entries: list[ListEntry], nota: Nota, depth: int, numbered: bool) -> list[str]:
    """Return a list level's lines: ``- text`` or, numbered, ``1. text`` / ``a. text``."""
    pad = "  " * depth
    position = 0

    def marker() -> str:
        nonlocal position
        if not numbered:
            return "-"
        position += 1
        return list_number(position, depth + 1)

    lines: list[str] = []
    for entry in entries:
        match entry:
            case ListItem(runs=runs, children=children):
                lines.append(f"{pad}{marker()} {_flat(runs_text(runs, nota))}")
                lines.extend(_list_lines(children, nota, depth + 1, entry.children_numbered))
            case FindingsBlock():
                ids = set(entry.finding_ids)
                for f in nota.findings:
                    if (
                        entry.select == "all"
                        or (entry.select == "main" and f.main)
                        or (entry.select == "chosen" and f.id in ids)
                    ):
                        lines.append(f"{pad}{marker()} [bevinding {f.number}] {f.text}")
            case CommitmentsBlock():
                for c in nota.commitments:
                    lines.append(f"{pad}{marker()} [toezegging] {c.text}")
    return lines


def _entry_lines(entry: Block, nota: Nota, depth: int) -> list[str]:
    pad = "  " * depth
    match entry:
        case Paragraph(runs=runs):
            return [pad + _flat(runs_text(runs, nota))]
        case BulletList(items=items):
            return _list_lines(items, nota, depth, entry.numbered)
        case FindingsBlock() | CommitmentsBlock():
            return _list_lines([entry], nota, depth, False)
        case Table(rows=rows):
            return [
                pad
                + "| "
                + " | ".join(
                    " / ".join(_flat(runs_text(p.runs, nota)) for p in cell.paragraphs)
                    for cell in row.cells
                )
                + " |"
                for row in rows
            ]
        case PositionsBlock():
            from notadesk.core.policy.positions import positions_summary

            return [pad + positions_summary(nota.findings)]
    return []


def _section_lines(section: Section, nota: Nota, level: int) -> list[str]:
    lines = ["#" * level + " " + section.title]
    for block in section.blocks:
        lines.extend(_entry_lines(block, nota, 0))
    for sub in section.subsections:
        lines.extend(_section_lines(sub, nota, level + 1))
    return lines


def nota_outline(nota: Nota) -> list[str]:
    """Return every part of the nota as readable lines, in print order."""
    r = nota.routing
    lines = [
        f"Type: {nota.type}",
        f"Status: {nota.status}",
        f"Rubricering: {nota.classification.level}",
        f"Onderwerp: {nota.subject}",
        f"Datum: {nota.date.isoformat() if nota.date else ''}",
        f"Onze Referentie: {nota.reference}",
        "Opgesteld door: " + "; ".join(e.name for e in nota.drafted_by),
    ]
    for label, entries in (
        ("Aan", r.to),
        ("Van", r.from_),
        ("Via", r.via),
        ("Kopie aan", r.cc),
        ("Afgestemd met", r.agreed_with),
    ):
        lines.append(f"{label}: " + "; ".join(e.name for e in entries))
    due = nota.deadlines.due
    lines.append(f"Uiterlijk bij: {due.text} {due.date.isoformat() if due.date else ''}".rstrip())
    for section in nota.sections:
        lines.extend(_section_lines(section, nota, 1))
    for f in nota.findings:
        main = " (hoofdbevinding)" if f.main else ""
        lines.append(f"Bevinding {f.number}{main} [{f.group}] [{f.position or ''}]: {f.text}")
        if f.comment:
            lines.append(f"  Opmerking: {f.comment}")
    numbers = {f.id: f.number for f in nota.findings}
    for c in nota.commitments:
        linked = ", ".join(str(numbers.get(i, "?")) for i in c.finding_ids)
        lines.append(f"Toezegging (bevinding {linked}) [{c.status}] {c.owner}: {c.text}")
    for a in nota.attachments:
        lines.append(f"Bijlage: {a.title}")
    return lines


def search_body(nota: Nota) -> str:
    """Return the text the full-text index holds for a nota's body."""
    return "\n".join(nota_outline(nota)[7:])


def diff_lines(old: Nota, new: Nota, old_label: str, new_label: str) -> list[str]:
    """Return a unified diff between the outlines of two versions."""
    import difflib

    return list(
        difflib.unified_diff(
            nota_outline(old), nota_outline(new), old_label, new_label, lineterm=""
        )
    )
