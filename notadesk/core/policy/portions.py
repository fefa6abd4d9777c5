"""Portion marks: a marking per paragraph, list item, table, finding and commitment.

NATO and EU documents mark every portion with its own level; the nota's overall marking must
be at least the highest portion. A portion without a level of its own (``portion`` is None)
has the nota's level. Which schemes print portion marks, and in what form, is data in
``resources/markings/schemes.json``; the administrator's policy (``portion_marks``) can make
a scheme's optional marks required on the workstation (e.g. NL).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from notadesk.core.model.nota import (
    BulletList,
    ListItem,
    Nota,
    Paragraph,
    Section,
    Table,
)
from notadesk.core.policy.administrator import Policy, load_policy
from notadesk.core.policy.markings import (
    MarkingLevel,
    is_known_level,
    marking_level,
    schemes,
)
from notadesk.errors import ValidationError


@dataclass(frozen=True)
class Portion:
    """A part of the nota with its own marking: where it is, what to call it, its level id."""

    field: str  # a path like sections[1].blocks[0].items[2] or findings[3]
    name: str  # how a person finds it: 'finding 4', 'a paragraph of "Kernpunten"'
    level: str


def portions(nota: Nota) -> list[Portion]:
    """Return every portion that has a marking of its own, in reading order."""
    out = list(_section_portions(nota.sections, "sections"))
    for i, f in enumerate(nota.findings):
        if f.portion is not None:
            out.append(Portion(f"findings[{i}]", f"finding {f.number}", f.portion))
    for i, c in enumerate(nota.commitments):
        if c.portion is not None:
            out.append(Portion(f"commitments[{i}]", f"commitment {i + 1}", c.portion))
    return out


def _section_portions(sections: list[Section], path: str) -> Iterator[Portion]:
    for s, section in enumerate(sections):
        here = f"{path}[{s}]"
        title = " ".join(section.title.split())[:60] or "(untitled)"
        for b, block in enumerate(section.blocks):
            where = f"{here}.blocks[{b}]"
            match block:
                case Paragraph(portion=str(level)):
                    yield Portion(where, f'a paragraph of "{title}"', level)
                case Table():
                    if block.portion is not None:
                        yield Portion(where, f'a table of "{title}"', block.portion)
                    yield from _cell_portions(block, where, title)
                case BulletList(items=items):
                    yield from _item_portions(items, f"{where}.items", title)
        yield from _section_portions(section.subsections, f"{here}.subsections")


def _cell_portions(table: Table, path: str, title: str) -> Iterator[Portion]:
    for r, row in enumerate(table.rows):
        for c, cell in enumerate(row.cells):
            for p, para in enumerate(cell.paragraphs):
                if para.portion is not None:
                    where = f"{path}.rows[{r}].cells[{c}].paragraphs[{p}]"
                    yield Portion(where, f'a table cell of "{title}"', para.portion)


def _item_portions(items: list, path: str, title: str) -> Iterator[Portion]:
    for i, item in enumerate(items):
        if isinstance(item, ListItem):
            if item.portion is not None:
                yield Portion(f"{path}[{i}]", f'a list item of "{title}"', item.portion)
            yield from _item_portions(item.children, f"{path}[{i}].children", title)


def check_portions(nota: Nota) -> None:
    """Refuse portion marks that are unknown, of another scheme, or above the nota's marking.

    Raises:
        ValidationError: names the first such portion and what to do.
    """
    if not is_known_level(nota.classification.level):
        return  # the unknown overall level is refused by its own check
    overall = marking_level(nota.classification.level)
    for portion in portions(nota):
        if not is_known_level(portion.level):
            raise ValidationError(
                f"The marking of {portion.name} ({portion.level!r}) is not known on this "
                "workstation.",
                field=portion.field,
            )
        level = marking_level(portion.level)
        if level.scheme != overall.scheme:
            raise ValidationError(
                f"{_cap(portion.name)} is marked {level.label}, a level of another scheme "
                f"than the nota's {overall.label}.",
                field=portion.field,
            )
        if level.rank > overall.rank:
            raise ValidationError(
                f"{_cap(portion.name)} is marked {level.label}, above the nota's marking "
                f"{overall.label}: raise the nota's marking to at least {level.label}.",
                field=portion.field,
            )
    for i, attachment in enumerate(nota.attachments):  # may be higher: it marks its own pages
        own = attachment.level
        if own is not None and (
            not is_known_level(own) or marking_level(own).scheme != overall.scheme
        ):
            raise ValidationError(
                f"Bijlage {i + 1} is marked {own!r}, not a level of the nota's scheme "
                f"({overall.label}) known on this workstation.",
                field=f"attachments[{i}].level",
            )


def rolled_up_level(nota: Nota) -> str:
    """Return the lowest overall level that covers every portion (the roll-up to offer).

    Portions of an unknown level or another scheme are left out (they are refused anyway).
    """
    current = nota.classification.level
    if not is_known_level(current):
        return current
    best = marking_level(current)
    for portion in portions(nota):
        if is_known_level(portion.level):
            level = marking_level(portion.level)
            if level.scheme == best.scheme and level.rank > best.rank:
                best = level
    return best.id


def portion_marks_rule(scheme_id: str, policy: Policy | None = None) -> str:
    """Return ``"required"``, ``"optional"`` or ``"none"``: the scheme's rule for portion
    marks, made ``"required"`` where the administrator's policy asks it of an optional scheme.

    Raises:
        PolicyError: the policy file cannot be used (read when ``policy`` is not given).
    """
    rule = next((s.portion_marks for s in schemes() if s.id == scheme_id), "none")
    if rule == "optional" and scheme_id in (policy or load_policy()).portion_marks:
        return "required"
    return rule


def prints_portion_marks(nota: Nota, policy: Policy | None = None) -> bool:
    """Return whether the print marks each portion (the scheme or the administrator's policy
    requires it, or the scheme allows it and the draft marks a portion itself).

    Raises:
        PolicyError: the policy file cannot be used (read when ``policy`` is not given).
    """
    if not is_known_level(nota.classification.level):
        return False
    rule = portion_marks_rule(marking_level(nota.classification.level).scheme, policy)
    return rule == "required" or (rule == "optional" and bool(portions(nota)))


def portion_levels(level_id: str) -> tuple[MarkingLevel, ...]:
    """Return the levels a portion of a nota marked ``level_id`` may be given: every level of
    the nota's scheme, lowest first (one above the nota's is refused when saved, and the
    window offers to raise the nota's marking). None for an unknown level."""
    if not is_known_level(level_id):
        return ()
    scheme_id = marking_level(level_id).scheme
    return next((s.levels for s in schemes() if s.id == scheme_id), ())


def portion_mark(nota: Nota, level_id: str | None) -> str:
    """Return the printed portion mark of a portion: '(NS)'; its level, or the nota's."""
    level_id = level_id or nota.classification.level
    level: MarkingLevel = marking_level(level_id)
    return f"({level.portion})" if level.portion else ""


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]
