"""The audit log in the window's language (translated here, at the edge).

The core writes each entry with an action code ("print", "save"…) and a detail sentence in
English, and keeps them so (the log travels in packages and is read by the CLI). The window
shows the action's name and the detail through the "Audit" translations: each known detail
form is matched and its parts filled into the translated form; a detail no form matches is
shown as it was written, never as a blank.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from notadesk.core.policy.vocabulary import label, statuses
from notadesk.gui.qt import QtCore

CONTEXT = "Audit"


class Audit(QtCore.QObject):
    """The counted forms (lupdate marks plural forms only in a class's tr())."""

    def printed(self, n: int) -> str:
        """Return a print's detail form for ``n`` copies."""
        return self.tr("revision %1, %n copies, %3, sha256 %4", "", n)

    def not_printed(self, n: int) -> str:
        """Return a failed print's detail form for ``n`` copies."""
        return self.tr("revision %1, %n copies not printed: %3", "", n)

    def personal(self, n: int) -> str:
        """Return a personal-data warning's detail form for ``n`` items."""
        return self.tr("before the %1: %n likely item(s) of personal data (%3)", "", n)


ACTIONS = {
    "create": QtCore.QT_TRANSLATE_NOOP("Audit", "made"),
    "save": QtCore.QT_TRANSLATE_NOOP("Audit", "saved"),
    "restore": QtCore.QT_TRANSLATE_NOOP("Audit", "revision restored"),
    "delete": QtCore.QT_TRANSLATE_NOOP("Audit", "moved to the trash"),
    "undelete": QtCore.QT_TRANSLATE_NOOP("Audit", "back from the trash"),
    "demoted": QtCore.QT_TRANSLATE_NOOP("Audit", "stored as concept"),
    "downgrade": QtCore.QT_TRANSLATE_NOOP("Audit", "marking lowered"),
    "declassified": QtCore.QT_TRANSLATE_NOOP("Audit", "declassified"),
    "status": QtCore.QT_TRANSLATE_NOOP("Audit", "status changed"),
    "comment": QtCore.QT_TRANSLATE_NOOP("Audit", "comment"),
    "print": QtCore.QT_TRANSLATE_NOOP("Audit", "printed"),
    "print-failed": QtCore.QT_TRANSLATE_NOOP("Audit", "print failed"),
    "export": QtCore.QT_TRANSLATE_NOOP("Audit", "exported"),
    "export-docx": QtCore.QT_TRANSLATE_NOOP("Audit", "saved as Word"),
    "import": QtCore.QT_TRANSLATE_NOOP("Audit", "imported"),
    "refused": QtCore.QT_TRANSLATE_NOOP("Audit", "refused"),
    "personal-data": QtCore.QT_TRANSLATE_NOOP("Audit", "personal data shown"),
    "trust-add": QtCore.QT_TRANSLATE_NOOP("Audit", "key trusted"),
    "trust-remove": QtCore.QT_TRANSLATE_NOOP("Audit", "key no longer trusted"),
}
"""Every action code the core writes (a test keeps the two in step)."""

WORDS = {
    "normal": QtCore.QT_TRANSLATE_NOOP("Audit", "normal"),
    "Woo": QtCore.QT_TRANSLATE_NOOP("Audit", "Woo variant"),
    "print": QtCore.QT_TRANSLATE_NOOP("Audit", "print"),
    "export": QtCore.QT_TRANSLATE_NOOP("Audit", "export"),
    "comment": QtCore.QT_TRANSLATE_NOOP("Audit", "comment"),
    "reply": QtCore.QT_TRANSLATE_NOOP("Audit", "reply"),
    "new": QtCore.QT_TRANSLATE_NOOP("Audit", "new"),
    "updated": QtCore.QT_TRANSLATE_NOOP("Audit", "updated"),
    "unchanged": QtCore.QT_TRANSLATE_NOOP("Audit", "unchanged"),
    "conflict copy": QtCore.QT_TRANSLATE_NOOP("Audit", "conflict copy"),
}
"""Single words the details use, in their own entries."""

# (action, pattern of the core's English detail, its translated form with %1, %2… for n)
FORMS: tuple[tuple[str, re.Pattern[str], Callable[[int], str]], ...] = (
    (
        "save",
        re.compile(r"(\d+)"),
        lambda _n: QtCore.QCoreApplication.translate("Audit", "revision %1"),
    ),
    (
        "restore",
        re.compile(r"(\d+)"),
        lambda _n: QtCore.QCoreApplication.translate("Audit", "from revision %1"),
    ),
    (
        "print",
        re.compile(r"revision (\d+), (\d+) copies, (normal|Woo), sha256 (\w+)"),
        lambda n: Audit().printed(n),
    ),
    (
        "print",
        re.compile(r"Woo variant of the declassified nota \(decision (.+)\)"),
        lambda _n: QtCore.QCoreApplication.translate(
            "Audit", "Woo variant of the declassified nota (decision %1)"
        ),
    ),
    (
        "print-failed",
        re.compile(r"revision (\d+), (\d+) copies not printed: (.*)", re.DOTALL),
        lambda n: Audit().not_printed(n),
    ),
    (
        "export-docx",
        re.compile(r"revision (\d+), (normal|Woo), sha256 (\w+)"),
        lambda _n: QtCore.QCoreApplication.translate("Audit", "revision %1, %2, sha256 %3"),
    ),
    (
        "export-docx",
        re.compile(r"Woo variant of the declassified nota \(decision (.+)\)"),
        lambda _n: QtCore.QCoreApplication.translate(
            "Audit", "Woo variant of the declassified nota (decision %1)"
        ),
    ),
    (
        "personal-data",
        re.compile(r"before (print|export): (\d+) likely item\(s\) of personal data \((.*)\)"),
        lambda n: Audit().personal(n),
    ),
    (
        "import",
        re.compile(r"(new|updated|unchanged|conflict copy) from (.+)", re.DOTALL),
        lambda _n: QtCore.QCoreApplication.translate("Audit", "%1, from %2"),
    ),
    (
        "declassified",
        re.compile(r"(.+) declassified by (.+) on (\d{4}-\d\d-\d\d) \((.*)\)", re.DOTALL),
        lambda _n: QtCore.QCoreApplication.translate("Audit", "%1 declassified by %2 on %3 (%4)"),
    ),
    (
        "demoted",
        re.compile(
            r"(?:(.+): )?The draft arrived as (.+) but is not ready \((.*)\), "
            r"so it is stored as concept\.",
            re.DOTALL,
        ),
        lambda _n: QtCore.QCoreApplication.translate(
            "Audit", "%1The draft arrived as %2 but is not ready (%3), so it is stored as concept."
        ),
    ),
)
"""Every detail form the core writes that has words in it."""

COUNTED = {"print": 2, "print-failed": 2, "personal-data": 2}
"""Which part of a form is the number its plural follows (%n)."""


def _tr(text: str) -> str:
    return QtCore.QCoreApplication.translate(CONTEXT, text)


def _word(text: str) -> str:
    return _tr(WORDS[text]) if text in WORDS else text


def action_text(action: str) -> str:
    """Return an action code's name in the window's language (an unknown code as it is)."""
    return _tr(ACTIONS[action]) if action in ACTIONS else action


def detail_text(action: str, detail: str, change_text: Callable[[str], str] = str) -> str:
    """Return an entry's detail in the window's language.

    ``change_text`` translates one of the core's downgrade sentences (the window's
    justification dialog has them).
    """
    if action == "downgrade":
        return "; ".join(change_text(part) for part in detail.split("; "))
    if action == "status":
        return label(statuses(), detail)
    if action == "comment":
        return _word(detail)
    for form_action, pattern, form in FORMS:
        if form_action != action:
            continue
        match = pattern.fullmatch(detail)
        if match is None:
            continue
        parts = [_word(part or "") for part in match.groups()]
        counted = COUNTED.get(action)
        text = form(int(parts[counted - 1]) if counted else -1)
        if action == "demoted":
            parts[0] = f"{parts[0]}: " if parts[0] else ""
            parts[1] = label(statuses(), parts[1])
        for number, part in reversed(list(enumerate(parts, start=1))):
            text = text.replace(f"%{number}", part)
        return text
    return detail
