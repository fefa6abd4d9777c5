"""The redline printed: the changes between two revisions, marked like the nota.

Same pages as the nota (house style, marking at top and bottom, page x of y, the reference
column, the CONCEPT watermark where the status calls for it); the marking is the higher of
the two revisions' levels, since the redline holds the words of both. Inserted words print
blue and underlined, deleted words red and struck through: colour is not the only sign.
"""

from __future__ import annotations

import copy

from notadesk.core.model.nota import Nota
from notadesk.core.policy.markings import highest_level
from notadesk.core.render.markup import escape
from notadesk.core.render.styles import colour_hex, words
from notadesk.core.review.redline import DELETE, INSERT, Redline


def _markup(pieces: tuple[object, ...]) -> str:
    out = []
    inserted, deleted = colour_hex("inserted"), colour_hex("deleted")
    previous = 0
    for piece in pieces:
        op, text = piece.op, escape(piece.text)  # type: ignore[attr-defined]
        if op == INSERT and previous == DELETE and not text.startswith(" "):
            out.append(" ")  # a replaced word reads as two words, not one
        previous = op
        if op == INSERT:
            out.append(f'<u><font color="{inserted}">{text}</font></u>')
        elif op == DELETE:
            out.append(f'<strike><font color="{deleted}">{text}</font></strike>')
        else:
            out.append(text)
    return "".join(out) or "&nbsp;"


def _headings(nota: Nota) -> set[str]:
    """Return the lines of a nota's reading form that are section titles (printed as such)."""
    from notadesk.core.review.reading import reading_lines

    return {line.text for line in reading_lines(nota) if line.part == "section" and line.text}


def render_redline(
    old: Nota, new: Nota, old_number: int, new_number: int, result: Redline
) -> bytes:
    """Return the redline of two revisions as a PDF (deterministic, like the nota's print)."""
    from reportlab.platypus import Paragraph, Spacer

    from notadesk.core.render.document import build_marked_pdf
    from notadesk.core.render.pages import Furniture
    from notadesk.core.render.styles import paragraph_styles

    level = highest_level([old.classification.level, new.classification.level])
    shown = copy.deepcopy(new)
    shown.classification.level = level.id
    furniture = Furniture(
        marking=level.marking if level.classified else "", copies=1, copy_numbers=level.copy_numbers
    )
    w = words()
    styles = paragraph_styles()
    title = w["redline_title"].format(old=old_number, new=new_number)
    story = [Paragraph(escape(title), styles["title"]), Spacer(1, 4)]
    legend = w["redline_legend"] if result.changed else w["redline_none"]
    legend = legend.format(inserted=result.inserted_words, deleted=result.deleted_words)
    story += [Paragraph(escape(legend), styles["routing_label"]), Spacer(1, 10)]
    headings = _headings(old) | _headings(new)
    for line in result.lines:
        whole = "".join(p.text for p in line)
        style = "heading" if whole in headings and all(p.op == 0 for p in line) else "body"
        story.append(Paragraph(_markup(line), styles[style]))
    return build_marked_pdf(
        story,
        shown,
        furniture,
        title=f"{title}: {new.subject}",
        subject=new.reference,
        keywords=level.marking or level.label,
    )
