"""Which level a print follows: the nota's, or an enclosure's own when that is higher.

The PDF attachments of a nota are printed after it (:mod:`notadesk.core.render.enclosures`),
so a print that holds an enclosure marked higher than the nota is a copy of that higher
level: it is numbered and entered in the copy register as that level asks, like a nota of
that level. The Woo variant carries no enclosures, so only the nota's level counts there.
"""

from __future__ import annotations

from notadesk.core.model.nota import Attachment, Nota
from notadesk.core.policy.markings import MarkingLevel, is_known_level, marking_level

PDF_MEDIA_TYPES = ("application/pdf", "application/x-pdf")


def is_pdf(attachment: Attachment) -> bool:
    """Return whether an attachment's file is a PDF (by media type or name): it is enclosed."""
    f = attachment.file
    if f is None:
        return False
    return f.media_type in PDF_MEDIA_TYPES or f.name.lower().endswith(".pdf")


def attachment_level(nota: Nota, attachment: Attachment) -> MarkingLevel:
    """Return the level an attachment's pages carry: the higher of the nota's and its own.

    Raises:
        ValidationError: the nota's level is not known here.
    """
    level = marking_level(nota.classification.level)
    own = attachment.level
    if own and is_known_level(own):
        mine = marking_level(own)
        if mine.rank > level.rank or (mine.rank == level.rank and not level.classified):
            return mine
    return level


def print_level(nota: Nota, *, woo: bool = False) -> MarkingLevel:
    """Return the level whose copy numbers and copy register a print of the nota follows.

    Raises:
        ValidationError: the nota's level is not known here.
    """
    level = marking_level(nota.classification.level)
    if woo:
        return level
    for attachment in nota.attachments:
        if is_pdf(attachment):
            mine = attachment_level(nota, attachment)
            if mine.rank > level.rank or (mine.register and not level.register):
                level = mine
    return level
