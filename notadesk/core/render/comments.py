"""The comment report: a draft's comments printed apart from the nota, marked like it.

Comments are never part of the nota's print; this report is a separate PDF (``notadesk
comment DRAFT --pdf FILE``) with the same pages (marking, reference column, page x of y).
People's words print exactly as typed.
"""

from __future__ import annotations

from collections.abc import Sequence

from notadesk.core.identity import signed_label
from notadesk.core.model.nota import Nota
from notadesk.core.policy.markings import marking_level
from notadesk.core.render.markup import escape
from notadesk.core.render.styles import words
from notadesk.core.review.comments import Thread


def _about(thread: Thread, nota: Nota) -> str:
    w = words()
    anchor = thread.comment.anchor
    if anchor.kind == "text":
        key = "comment_on_gone" if thread.orphaned else "comment_on_text"
        return w[key].format(quote=thread.quote_now)
    if anchor.kind == "finding":
        number = next((f.number for f in nota.findings if f.id == anchor.ref), None)
        return w["comment_on_finding"].format(number=number) if number else w["comment_gone"]
    if anchor.kind == "commitment":
        index = next((i for i, c in enumerate(nota.commitments, 1) if c.id == anchor.ref), None)
        return w["comment_on_commitment"].format(number=index) if index else w["comment_gone"]
    return w["comment_on_nota"]


def render_comments(nota: Nota, revision: int, threads: Sequence[Thread]) -> bytes:
    """Return the comment report of a draft's current revision as a PDF."""
    from reportlab.platypus import KeepTogether, Paragraph, Spacer

    from notadesk.core.render.document import build_marked_pdf
    from notadesk.core.render.pages import Furniture
    from notadesk.core.render.styles import paragraph_styles

    level = marking_level(nota.classification.level)
    furniture = Furniture(
        marking=level.marking if level.classified else "", copies=1, copy_numbers=level.copy_numbers
    )
    w = words()
    styles = paragraph_styles()
    title = w["comments_title"].format(reference=nota.reference)
    resolved = sum(1 for t in threads if t.resolved)
    legend = w["comments_legend"].format(
        open=len(threads) - resolved, resolved=resolved, revision=revision
    )
    story = [
        Paragraph(escape(title), styles["title"]),
        Spacer(1, 4),
        Paragraph(escape(legend if threads else w["comments_none"]), styles["routing_label"]),
        Spacer(1, 10),
    ]
    for thread in threads:
        about = _about(thread, nota)
        if thread.resolved:
            about += f" — {w['comment_resolved']}"
        parts = [Paragraph(f"<b>{escape(about)}</b>", styles["body"])]
        for record in (thread.comment, *thread.replies):
            by = w["comment_by"].format(
                name=signed_label(record.author), date=record.created[:16].replace("T", " ")
            )
            parts.append(Paragraph(escape(by), styles["routing_label"]))
            parts.append(Paragraph(escape(record.text), styles["body"]))
        parts.append(Spacer(1, 8))
        story.append(KeepTogether(parts))
    return build_marked_pdf(
        story,
        nota,
        furniture,
        title=title,
        subject=nota.reference,
        keywords=level.marking or level.label,
    )
