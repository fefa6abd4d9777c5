"""The core's error sentences in the window's language (translated here, at the edge).

The core raises one English sentence per error (the CLI prints it as it is). The window
matches the sentences a person meets while drafting and printing against their forms and
shows the translated form with the same parts filled in; a sentence no form matches is
shown as the core wrote it, never as a blank.
"""

from __future__ import annotations

import re

from notadesk.gui.qt import QtCore

CONTEXT = "Errors"

CONFLICT_EXAMPLE = (
    "This draft was changed elsewhere (revision 5 was saved after revision 4 that this edit "
    "started from); nothing was overwritten."
)
"""What a save conflict says (the screenshots and the tests show the dialog with it)."""

# (pattern of the core's English sentence, the translatable form with %1, %2…)
FORMS: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(r"The printer could not be started; check that it is available\."),
        QtCore.QT_TRANSLATE_NOOP(
            "Errors", "The printer could not be started; check that it is available."
        ),
    ),
    (
        re.compile(r"The printout could not be prepared for the printer\."),
        QtCore.QT_TRANSLATE_NOOP("Errors", "The printout could not be prepared for the printer."),
    ),
    (
        re.compile(r"The nota cannot be laid out on A4: one of its parts is larger than a page\."),
        QtCore.QT_TRANSLATE_NOOP(
            "Errors", "The nota cannot be laid out on A4: one of its parts is larger than a page."
        ),
    ),
    (
        re.compile(r"The PDF cannot be written to (.+): (.+)\.", re.DOTALL),
        QtCore.QT_TRANSLATE_NOOP("Errors", "The PDF cannot be written to %1: %2."),
    ),
    (
        re.compile(r"(.+) is a folder; give a file name for the PDF\.", re.DOTALL),
        QtCore.QT_TRANSLATE_NOOP("Errors", "%1 is a folder; give a file name for the PDF."),
    ),
    (
        re.compile(r"(.+): its file is not stored here; nothing was printed\.", re.DOTALL),
        QtCore.QT_TRANSLATE_NOOP("Errors", "%1: its file is not stored here; nothing was printed."),
    ),
    (
        re.compile(
            r"(.+) is an encrypted PDF; remove its password or take it out of the print\. "
            r"Nothing was printed\.",
            re.DOTALL,
        ),
        QtCore.QT_TRANSLATE_NOOP(
            "Errors",
            "%1 is an encrypted PDF; remove its password or take it out of the print. "
            "Nothing was printed.",
        ),
    ),
    (
        re.compile(r"(.+) is a damaged PDF that cannot be printed; nothing was printed\.", re.S),
        QtCore.QT_TRANSLATE_NOOP(
            "Errors", "%1 is a damaged PDF that cannot be printed; nothing was printed."
        ),
    ),
    (
        re.compile(r"The letterhead logo cannot be read as an image\."),
        QtCore.QT_TRANSLATE_NOOP("Errors", "The letterhead logo cannot be read as an image."),
    ),
    (
        re.compile(
            r"(.+) is marked (.+), above the highest classification this workstation may hold "
            r"\((.+)\); nothing was stored\.",
            re.DOTALL,
        ),
        QtCore.QT_TRANSLATE_NOOP(
            "Errors",
            "%1 is marked %2, above the highest classification this workstation may hold "
            "(%3); nothing was stored.",
        ),
    ),
    (
        re.compile(
            r"(.+) is marked (.+), of a marking scheme this workstation's policy does not "
            r"allow; nothing was stored\.",
            re.DOTALL,
        ),
        QtCore.QT_TRANSLATE_NOOP(
            "Errors",
            "%1 is marked %2, of a marking scheme this workstation's policy does not allow; "
            "nothing was stored.",
        ),
    ),
    (
        re.compile(
            r"The Onze Referentie (.+) could be taken for a draft's id; change reference\.prefix "
            r"or reference\.pattern so that it holds more than hex digits\.",
            re.DOTALL,
        ),
        QtCore.QT_TRANSLATE_NOOP(
            "Errors",
            "The Onze Referentie %1 could be taken for a draft's id; change the reference "
            "prefix or pattern so that it holds more than hex digits.",
        ),
    ),
    (
        re.compile(
            r"This draft was changed elsewhere \(revision (\d+) was saved after revision (\d+) "
            r"that this edit started from\); nothing was overwritten\."
        ),
        QtCore.QT_TRANSLATE_NOOP(
            "Errors",
            "This draft was changed elsewhere (revision %1 was saved after revision %2 that "
            "this edit started from); nothing was overwritten.",
        ),
    ),
    (
        re.compile(r"This draft was changed elsewhere; nothing was restored\."),
        QtCore.QT_TRANSLATE_NOOP(
            "Errors", "This draft was changed elsewhere; nothing was restored."
        ),
    ),
    (
        re.compile(r"This draft was changed elsewhere; look at the new text before initialling\."),
        QtCore.QT_TRANSLATE_NOOP(
            "Errors", "This draft was changed elsewhere; look at the new text before initialling."
        ),
    ),
    (
        re.compile(r"Say why the nota goes back: a return needs a remark\."),
        QtCore.QT_TRANSLATE_NOOP("Errors", "Say why the nota goes back: a return needs a remark."),
    ),
)
"""The forms of the sentences the window translates."""

WHAT = {
    "The draft": QtCore.QT_TRANSLATE_NOOP("Errors", "The draft"),
    "The package holds a draft that": QtCore.QT_TRANSLATE_NOOP(
        "Errors", "The package holds a draft that"
    ),
}
"""The subjects the policy's sentences begin with."""


def error_text(sentence: str) -> str:
    """Return one of the core's error sentences in the window's language."""
    for pattern, form in FORMS:
        match = pattern.fullmatch(sentence)
        if match is None:
            continue
        text = QtCore.QCoreApplication.translate(CONTEXT, form)
        parts = [
            QtCore.QCoreApplication.translate(CONTEXT, WHAT[part]) if part in WHAT else part
            for part in match.groups()
        ]
        for number, part in reversed(list(enumerate(parts, start=1))):
            text = text.replace(f"%{number}", part)
        return text
    return sentence
