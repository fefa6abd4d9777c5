"""What must be right before a nota may become definitief.

Each problem names the field it is about (a path like ``routing.to`` or ``findings[2].number``)
so the window can jump to it.
"""

from __future__ import annotations

from dataclasses import dataclass

from notadesk.core.model.nota import Nota
from notadesk.core.model.text import nota_outline
from notadesk.core.policy.markings import is_known_level, marking_level
from notadesk.core.policy.vocabulary import allowed_transitions, label, statuses, type_lines
from notadesk.core.render.scripts import PLACEHOLDER, describe, unprintable_characters

FINAL_STATUSES = ("definitief", "getekend")


@dataclass(frozen=True)
class Problem:
    """Something missing or inconsistent, and the field where it is."""

    field: str
    message: str


def readiness_problems(nota: Nota) -> list[Problem]:
    """Return what keeps a nota from being definitief (empty when it is ready)."""
    problems: list[Problem] = []
    if not nota.subject.strip():
        problems.append(Problem("subject", "The subject is empty."))
    if not any(e.name.strip() for e in nota.routing.to):
        problems.append(Problem("routing.to", "Aan names nobody."))
    if nota.type not in {t.id for t in type_lines()}:
        problems.append(Problem("type", "The type line is not set."))
    if nota.date is None:
        problems.append(Problem("date", "The date (Datum) is not set."))
    if not nota.sections:
        problems.append(Problem("sections", "The nota has no sections."))
    problems.extend(_finding_problems(nota))
    known = {f.id for f in nota.findings}
    for i, c in enumerate(nota.commitments):
        if not c.finding_ids:
            problems.append(
                Problem(f"commitments[{i}].finding_ids", f"Commitment {i + 1} answers no finding.")
            )
        elif any(fid not in known for fid in c.finding_ids):
            problems.append(
                Problem(
                    f"commitments[{i}].finding_ids",
                    f"Commitment {i + 1} is linked to a finding that no longer exists.",
                )
            )
    problems.extend(_marking_problems(nota))
    problems.extend(_script_problems(nota))
    return problems


UNPRINTABLE_NAMED_MAX = 5
"""Characters a problem names before it says how many more there are."""


def _script_problems(nota: Nota) -> list[Problem]:
    """Name the characters no bundled font has: they would print as a placeholder."""
    text = "\n".join([*nota_outline(nota), nota.classification.end_event])
    missing = unprintable_characters(text)
    if not missing:
        return []
    named = ", ".join(describe(ch) for ch in missing[:UNPRINTABLE_NAMED_MAX])
    more = len(missing) - UNPRINTABLE_NAMED_MAX
    if more > 0:
        named += f" and {more} more"
    where = "subject" if any(ch in nota.subject for ch in missing) else "sections"
    return [
        Problem(
            where,
            f"No font of the print has these characters; they would print as {PLACEHOLDER}: "
            f"{named}.",
        )
    ]


def _finding_problems(nota: Nota) -> list[Problem]:
    problems = []
    numbers = [f.number for f in nota.findings]
    seen: set[int] = set()
    for i, n in enumerate(numbers):
        if n in seen:
            problems.append(Problem(f"findings[{i}].number", f"Finding number {n} is used twice."))
        seen.add(n)
    expected = list(range(1, len(numbers) + 1))
    if sorted(numbers) != expected and len(seen) == len(numbers):
        missing = sorted(set(expected) - seen)
        first_bad = next(
            (i for i, n in enumerate(numbers) if n not in expected), max(len(numbers) - 1, 0)
        )
        gap = f" ({', '.join(map(str, missing))} missing)" if missing else ""
        problems.append(
            Problem(
                f"findings[{first_bad}].number",
                f"The findings are not numbered 1 to {len(numbers)} without gaps{gap}.",
            )
        )
    return problems


def _marking_problems(nota: Nota) -> list[Problem]:
    cls = nota.classification
    if not is_known_level(cls.level):
        return [Problem("classification.level", "The classification level is not known here.")]
    level = marking_level(cls.level)
    if level.classified and level.rank > 0 and cls.until is None and not cls.end_event.strip():
        return [
            Problem(
                "classification.until",
                "The classification has no duration: set an end date or an end event.",
            )
        ]
    return []


def check_status_change(old_status: str | None, nota: Nota) -> list[Problem]:
    """Return the problems that forbid moving to the nota's status (none if allowed).

    The workflow (concept → ter parafering → definitief → getekend, and ingetrokken) is data
    in ``resources/nota/vocabulary.json``; definitief and getekend also need a ready nota.
    """
    moved = old_status is not None and old_status != nota.status
    if moved and nota.status not in allowed_transitions(old_status or ""):
        old, new = label(statuses(), old_status), label(statuses(), nota.status)
        return [Problem("status", f"A nota cannot go from {old} to {new}.")]
    if nota.status in FINAL_STATUSES and old_status != nota.status:
        return readiness_problems(nota)
    return []
