"""What must be right before a nota may become definitief.

Each problem names the field it is about (a path like ``routing.to`` or ``findings[2].number``)
so the window can jump to it, and carries its sentence both as English text and as a template
with values, so the window can translate it at the edge (the core knows no Qt).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from notadesk.core.model.nota import Nota
from notadesk.core.model.text import nota_outline
from notadesk.core.policy.markings import is_known_level, marking_level
from notadesk.core.policy.vocabulary import allowed_transitions, label, statuses, type_lines
from notadesk.core.render.scripts import PLACEHOLDER, describe, unprintable_characters
from notadesk.core.review.route import Route

FINAL_STATUSES = ("definitief", "getekend")

MAX_SUBJECT_LENGTH = 250
"""The longest subject a definitief nota may have: about three printed lines."""
MAX_NAME_LENGTH = 120
"""The longest name or unit in the routing block and 'Opgesteld door'."""


@dataclass(frozen=True)
class Problem:
    """Something missing or inconsistent, and the field where it is.

    ``message`` is the English sentence; ``template`` the same sentence with ``{name}``
    placeholders and ``values`` what fills them, for a face that translates.
    """

    field: str
    message: str
    template: str = ""
    values: tuple[tuple[str, Any], ...] = ()


def _problem(field: str, template: str, **values: Any) -> Problem:
    return Problem(field, template.format(**values), template, tuple(values.items()))


def readiness_problems(nota: Nota, *, today: dt.date | None = None) -> list[Problem]:
    """Return what keeps a nota from being definitief (empty when it is ready).

    ``today`` is the day the check is made for (the system's date when not given).
    """
    problems: list[Problem] = []
    if not nota.subject.strip():
        problems.append(_problem("subject", "The subject is empty."))
    elif len(nota.subject) > MAX_SUBJECT_LENGTH:
        problems.append(
            _problem(
                "subject",
                "The subject is {length} characters long; at most {limit} fit.",
                length=len(nota.subject),
                limit=MAX_SUBJECT_LENGTH,
            )
        )
    if not any(e.name.strip() for e in nota.routing.to):
        problems.append(_problem("routing.to", "Aan names nobody."))
    problems.extend(_name_problems(nota))
    if nota.type not in {t.id for t in type_lines()}:
        problems.append(_problem("type", "The type line is not set."))
    if nota.date is None:
        problems.append(_problem("date", "The date (Datum) is not set."))
    if not nota.sections:
        problems.append(_problem("sections", "The nota has no sections."))
    problems.extend(_finding_problems(nota))
    known = {f.id for f in nota.findings}
    for i, c in enumerate(nota.commitments):
        if not c.finding_ids:
            problems.append(
                _problem(
                    f"commitments[{i}].finding_ids",
                    "Commitment {number} answers no finding.",
                    number=i + 1,
                )
            )
        elif any(fid not in known for fid in c.finding_ids):
            problems.append(
                _problem(
                    f"commitments[{i}].finding_ids",
                    "Commitment {number} is linked to a finding that no longer exists.",
                    number=i + 1,
                )
            )
    problems.extend(_marking_problems(nota, today or dt.date.today()))
    problems.extend(_script_problems(nota))
    return problems


def _name_problems(nota: Nota) -> list[Problem]:
    problems = []
    lists = [("drafted_by", nota.drafted_by)]
    lists += [(f"routing.{r}", nota.routing.entries(r)) for r in ("to", "from", "via", "cc")]
    lists.append(("routing.agreed_with", nota.routing.agreed_with))
    for field, entries in lists:
        for entry in entries:
            if len(entry.name) > MAX_NAME_LENGTH:
                problems.append(
                    _problem(
                        field,
                        "A name of {length} characters is too long; at most {limit} fit.",
                        length=len(entry.name),
                        limit=MAX_NAME_LENGTH,
                    )
                )
                break
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
        _problem(
            where,
            "No font of the print has these characters; they would print as {placeholder}: "
            "{characters}.",
            placeholder=PLACEHOLDER,
            characters=named,
        )
    ]


def _finding_problems(nota: Nota) -> list[Problem]:
    problems = []
    numbers = [f.number for f in nota.findings]
    seen: set[int] = set()
    for i, n in enumerate(numbers):
        if n in seen:
            problems.append(
                _problem(
                    f"findings[{i}].number", "Finding number {number} is used twice.", number=n
                )
            )
        seen.add(n)
    expected = list(range(1, len(numbers) + 1))
    if sorted(numbers) != expected and len(seen) == len(numbers):
        missing = sorted(set(expected) - seen)
        first_bad = next(
            (i for i, n in enumerate(numbers) if n not in expected), max(len(numbers) - 1, 0)
        )
        if missing:
            problems.append(
                _problem(
                    f"findings[{first_bad}].number",
                    "The findings are not numbered 1 to {count} without gaps ({missing} missing).",
                    count=len(numbers),
                    missing=", ".join(map(str, missing)),
                )
            )
        else:
            problems.append(
                _problem(
                    f"findings[{first_bad}].number",
                    "The findings are not numbered 1 to {count} without gaps.",
                    count=len(numbers),
                )
            )
    return problems


def _marking_problems(nota: Nota, today: dt.date) -> list[Problem]:
    cls = nota.classification
    if not is_known_level(cls.level):
        return [_problem("classification.level", "The classification level is not known here.")]
    level = marking_level(cls.level)
    if not (level.classified and level.rank > 0):
        return []
    problems = []
    if not cls.set_by.strip():
        problems.append(
            _problem(
                "classification.set_by",
                "Nobody has set the classification: fill in “Set by”.",
            )
        )
    if cls.until is None and not cls.end_event.strip():
        problems.append(
            _problem(
                "classification.until",
                "The classification has no duration: set an end date or an end event.",
            )
        )
    elif cls.until is not None and cls.until <= today:
        problems.append(
            _problem(
                "classification.until",
                "The classification ends on {date}, today or in the past: choose a later date.",
                date=cls.until.isoformat(),
            )
        )
    return problems


def route_problems(route: Route) -> list[Problem]:
    """Return the paraaf route's steps still open, as a problem (none when all initialled).

    A step is open until it holds a paraaf on the current text: not yet initialled, sent
    back with remarks, or initialled on an earlier version.
    """
    waiting = route.open_steps
    if not waiting:
        return []
    steps = "; ".join(f"{s.name} ({s.words})" for s in waiting)
    return [
        _problem(
            "route",
            "The paraaf route has steps still open: {steps}. The nota becomes definitief once "
            "each has initialled this version.",
            steps=steps,
        )
    ]


def check_status_change(
    old_status: str | None, nota: Nota, route: Route | None = None
) -> list[Problem]:
    """Return the problems that forbid moving to the nota's status (none if allowed).

    The workflow (concept → ter parafering → definitief → getekend, and ingetrokken) is data
    in ``resources/nota/vocabulary.json``; definitief and getekend also need a ready nota and,
    given the draft's paraaf ``route``, every step of it initialled on this version.
    """
    moved = old_status is not None and old_status != nota.status
    if moved and nota.status not in allowed_transitions(old_status or ""):
        old, new = label(statuses(), old_status), label(statuses(), nota.status)
        return [_problem("status", "A nota cannot go from {old} to {new}.", old=old, new=new)]
    if nota.status in FINAL_STATUSES and old_status != nota.status:
        return readiness_problems(nota) + (route_problems(route) if route is not None else [])
    return []
