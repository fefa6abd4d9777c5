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
        re.compile(r"The letterhead logo (.+) is not an image file\.", re.DOTALL),
        QtCore.QT_TRANSLATE_NOOP("Errors", "The letterhead logo %1 is not an image file."),
    ),
    (
        re.compile(r"The letterhead logo (.+) is larger than 4 MB\.", re.DOTALL),
        QtCore.QT_TRANSLATE_NOOP("Errors", "The letterhead logo %1 is larger than 4 MB."),
    ),
    (
        re.compile(r"The letterhead logo (.+) is not a PNG or JPEG image\.", re.DOTALL),
        QtCore.QT_TRANSLATE_NOOP("Errors", "The letterhead logo %1 is not a PNG or JPEG image."),
    ),
    (
        re.compile(
            r"The letterhead logo (.+) is (\d+) × (\d+) pixels; a logo has at most (\d+) on a "
            r"side\.",
            re.DOTALL,
        ),
        QtCore.QT_TRANSLATE_NOOP(
            "Errors",
            "The letterhead logo %1 is %2 × %3 pixels; a logo has at most %4 on a side.",
        ),
    ),
    (
        re.compile(
            r"The letterhead logo (.+) has more pixels than a logo has; at most (\d+) on a "
            r"side\.",
            re.DOTALL,
        ),
        QtCore.QT_TRANSLATE_NOOP(
            "Errors",
            "The letterhead logo %1 has more pixels than a logo has; at most %2 on a side.",
        ),
    ),
    (
        re.compile(
            r"The letterhead logo (.+) is damaged: it cannot be read as an image\.", re.DOTALL
        ),
        QtCore.QT_TRANSLATE_NOOP(
            "Errors", "The letterhead logo %1 is damaged: it cannot be read as an image."
        ),
    ),
    (
        re.compile(
            r"The decision's date (\S+) is in the future; record a decision once it is taken\."
        ),
        QtCore.QT_TRANSLATE_NOOP(
            "Errors",
            "The decision's date %1 is in the future; record a decision once it is taken.",
        ),
    ),
    (
        re.compile(
            r"The decision's date (\S+) is before the nota's date \((\S+)\); a decision cannot "
            r"lift a marking before it existed\."
        ),
        QtCore.QT_TRANSLATE_NOOP(
            "Errors",
            "The decision's date %1 is before the nota's date (%2); a decision cannot lift a "
            "marking before it existed.",
        ),
    ),
    (
        re.compile(
            r"A declassification decision is recorded only through Record declassification "
            r"\(notadesk declassify\), which the audit log keeps; nothing was stored\."
        ),
        QtCore.QT_TRANSLATE_NOOP(
            "Errors",
            "A declassification decision is recorded only through Nota › Record "
            "declassification…, which the audit log keeps; nothing was stored.",
        ),
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
            r"(.+) is marked (.+), above the highest classification this workstation may hold "
            r"\((.+)\); nothing was printed\.",
            re.DOTALL,
        ),
        QtCore.QT_TRANSLATE_NOOP(
            "Errors",
            "%1 is marked %2, above the highest classification this workstation may hold "
            "(%3); nothing was printed.",
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
    (
        re.compile(
            r"Your database role is not cleared for this marking level; ask the administrator "
            r"\(notadesk admin clearance\) or choose a lower level\."
        ),
        QtCore.QT_TRANSLATE_NOOP(
            "Errors",
            "Your database role is not cleared for this marking level; ask the administrator "
            "(notadesk admin clearance) or choose a lower level.",
        ),
    ),
)
"""The forms of the sentences the window translates."""


def _pattern(form: str) -> re.Pattern[str]:
    """Return the pattern of the core's sentence a form translates (``%1``… any text)."""
    return re.compile(re.sub(r"%\d", "(.+)", re.escape(form)), re.DOTALL)


SERVER_FORMS = (
    QtCore.QT_TRANSLATE_NOOP(
        "Errors",
        "The team database %1 cannot be reached; check its address and that the server is running.",
    ),
    QtCore.QT_TRANSLATE_NOOP(
        "Errors",
        "The server of the team database %1 has no database role %2; an administrator "
        "creates it and gives it its rights.",
    ),
    QtCore.QT_TRANSLATE_NOOP("Errors", "The server has no database %1; check the database's name."),
    QtCore.QT_TRANSLATE_NOOP(
        "Errors",
        "Your database role has no rights in the team database %1; an administrator gives"
        " them (notadesk admin grant ROLE).",
    ),
    QtCore.QT_TRANSLATE_NOOP(
        "Errors",
        "The server of the team database %1 refused the login; check your password file, "
        "certificate or Kerberos ticket, or ask the administrator.",
    ),
    QtCore.QT_TRANSLATE_NOOP(
        "Errors",
        "The team database %1 was made by a newer notadesk (schema %2); update notadesk "
        "to open it.",
    ),
    QtCore.QT_TRANSLATE_NOOP(
        "Errors",
        "The team database %1 is at schema %2 and this notadesk needs %3: an "
        "administrator backs it up with pg_dump and then runs 'notadesk admin upgrade' as"
        " the owner of the database.",
    ),
    QtCore.QT_TRANSLATE_NOOP(
        "Errors",
        "The team database %1 holds no notadesk schema yet and this notadesk needs %2: an"
        " administrator backs it up with pg_dump and then runs 'notadesk admin upgrade' "
        "as the owner of the database.",
    ),
    QtCore.QT_TRANSLATE_NOOP("Errors", "The team database %1 cannot be used: %2."),
    QtCore.QT_TRANSLATE_NOOP("Errors", "The team database cannot be read: %1."),
    QtCore.QT_TRANSLATE_NOOP("Errors", "The team database cannot be written: %1."),
    QtCore.QT_TRANSLATE_NOOP("Errors", "The team database cannot be watched for changes: %1."),
    QtCore.QT_TRANSLATE_NOOP("Errors", "The connection to the team database was lost: %1."),
    QtCore.QT_TRANSLATE_NOOP(
        "Errors",
        "The database URL holds a password; notadesk stores none: put it in the password "
        "file (~/.pgpass) or a service file, or use a certificate or Kerberos.",
    ),
    QtCore.QT_TRANSLATE_NOOP(
        "Errors",
        "The database must be given as a PostgreSQL URL starting with postgresql:// "
        "(without a URL notadesk uses its own database in the data folder).",
    ),
    QtCore.QT_TRANSLATE_NOOP(
        "Errors", "The database URL cannot be read; see libpq's connection URIs for its form."
    ),
    QtCore.QT_TRANSLATE_NOOP(
        "Errors",
        "The database URL may hold at most 2,000 characters and no control, direction or "
        "invisible characters; type it as the administrator gave it.",
    ),
    QtCore.QT_TRANSLATE_NOOP(
        "Errors",
        "The database setting %1 cannot be read; choose the database again (Edit › "
        "Database…) or remove the file.",
    ),
    QtCore.QT_TRANSLATE_NOOP("Errors", "The database setting %1 cannot be written: %2."),
    QtCore.QT_TRANSLATE_NOOP(
        "Errors",
        "The administrator's policy %1 cannot be used (%2); nothing that needs it is done"
        " until the administrator corrects it.",
    ),
)
"""The team database's sentences (choosing it, reaching it, its schema, its settings)."""

FORMS += tuple((_pattern(form), form) for form in SERVER_FORMS)

WHAT = {
    "The draft": QtCore.QT_TRANSLATE_NOOP("Errors", "The draft"),
    "The package holds a draft that": QtCore.QT_TRANSLATE_NOOP(
        "Errors", "The package holds a draft that"
    ),
    "The print": QtCore.QT_TRANSLATE_NOOP("Errors", "The print"),
}
"""The subjects the policy's sentences begin with."""

ENCLOSURE = re.compile(r"Bijlage (\d+) of the draft")
"""The subject of a sentence about an enclosure's own marking (the gate's)."""

SERVER_PLACE = re.compile(r"('.*') on (.+)", re.DOTALL)
"""How the core names a team database: its name on its host (``database.describe_server``)."""
LOCAL_SERVER = "the local server"


def error_text(sentence: str) -> str:
    """Return one of the core's error sentences in the window's language."""
    for pattern, form in FORMS:
        match = pattern.fullmatch(sentence)
        if match is None:
            continue
        text = QtCore.QCoreApplication.translate(CONTEXT, form)
        parts = [_subject(part) for part in match.groups()]
        for number, part in reversed(list(enumerate(parts, start=1))):
            text = text.replace(f"%{number}", part)
        return text
    return sentence


def _subject(part: str) -> str:
    """Return a part of a sentence, translated when it is one of the known subjects."""
    if part in WHAT:
        return QtCore.QCoreApplication.translate(CONTEXT, WHAT[part])
    place = SERVER_PLACE.fullmatch(part)
    if place is not None:
        host = place.group(2)
        if host == LOCAL_SERVER:
            host = QtCore.QCoreApplication.translate("Errors", "the local server")
        form = QtCore.QCoreApplication.translate("Errors", "%1 on %2")
        return form.replace("%1", place.group(1)).replace("%2", host)
    enclosure = ENCLOSURE.fullmatch(part)
    if enclosure is not None:
        form = QtCore.QCoreApplication.translate("Errors", "Bijlage %1 of the draft")
        return form.replace("%1", enclosure.group(1))
    return part
