"""The core's readiness sentences in the window's language (translated here, at the edge).

The core gives each problem as an English template with ``{name}`` placeholders and the values
that fill them; the window looks the template up in the "Readiness" context of its
translations and fills in the values. A template the translations do not know yet shows in
English, never as a blank.
"""

from __future__ import annotations

import re

from notadesk.core.policy.checks import Problem
from notadesk.gui.qt import QtCore

CONTEXT = "Readiness"

TEMPLATES = (
    QtCore.QT_TRANSLATE_NOOP("Readiness", "The subject is empty."),
    QtCore.QT_TRANSLATE_NOOP(
        "Readiness", "The subject is {length} characters long; at most {limit} fit."
    ),
    QtCore.QT_TRANSLATE_NOOP("Readiness", "Aan names nobody."),
    QtCore.QT_TRANSLATE_NOOP(
        "Readiness", "A name of {length} characters is too long; at most {limit} fit."
    ),
    QtCore.QT_TRANSLATE_NOOP("Readiness", "The type line is not set."),
    QtCore.QT_TRANSLATE_NOOP("Readiness", "The date (Datum) is not set."),
    QtCore.QT_TRANSLATE_NOOP("Readiness", "The nota has no sections."),
    QtCore.QT_TRANSLATE_NOOP("Readiness", "Commitment {number} answers no finding."),
    QtCore.QT_TRANSLATE_NOOP(
        "Readiness", "Commitment {number} is linked to a finding that no longer exists."
    ),
    QtCore.QT_TRANSLATE_NOOP("Readiness", "Finding number {number} is used twice."),
    QtCore.QT_TRANSLATE_NOOP(
        "Readiness", "The findings are not numbered 1 to {count} without gaps ({missing} missing)."
    ),
    QtCore.QT_TRANSLATE_NOOP(
        "Readiness", "The findings are not numbered 1 to {count} without gaps."
    ),
    QtCore.QT_TRANSLATE_NOOP("Readiness", "The classification level is not known here."),
    QtCore.QT_TRANSLATE_NOOP("Readiness", "Nobody has set the classification: fill in “Set by”."),
    QtCore.QT_TRANSLATE_NOOP(
        "Readiness", "The classification has no duration: set an end date or an end event."
    ),
    QtCore.QT_TRANSLATE_NOOP(
        "Readiness",
        "The classification ends on {date}, today or in the past: choose a later date.",
    ),
    QtCore.QT_TRANSLATE_NOOP("Readiness", "A nota cannot go from {old} to {new}."),
    QtCore.QT_TRANSLATE_NOOP(
        "Readiness",
        "The paraaf route has steps still open: {steps}. The nota becomes definitief once "
        "each has initialled this version.",
    ),
    QtCore.QT_TRANSLATE_NOOP(
        "Readiness",
        "No font of the print has these characters; they would print as {placeholder}: "
        "{characters}.",
    ),
)
"""Every template :mod:`notadesk.core.policy.checks` uses (a test keeps the two in step)."""

_PLACEHOLDER = re.compile(r"\{(\w+)\}")


def problem_text(problem: Problem) -> str:
    """Return a problem's sentence in the window's language."""
    if not problem.template:
        return problem.message
    translated = QtCore.QCoreApplication.translate(CONTEXT, problem.template)
    values = dict(problem.values)
    return _PLACEHOLDER.sub(lambda m: str(values.get(m.group(1), m.group(0))), translated)
