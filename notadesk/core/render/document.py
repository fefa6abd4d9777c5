"""Build the PDF: the story, the page templates and the copies, deterministically."""

from __future__ import annotations

import hashlib
import io
import threading
from collections.abc import Callable
from functools import cache
from typing import Any

from notadesk.core.model.nota import Nota
from notadesk.core.policy.markings import marking_level
from notadesk.core.policy.prints import print_level
from notadesk.core.policy.vocabulary import format_date, type_line_label
from notadesk.core.policy.woo import check_woo_variant
from notadesk.core.render.fonts import fonts
from notadesk.core.render.layout import LayoutCache
from notadesk.core.render.letterhead import Letterhead
from notadesk.core.render.markup import plain
from notadesk.core.render.styles import words
from notadesk.core.review.route import GivenParaaf
from notadesk.errors import RenderCancelled, RenderError

MAX_COPIES = 99
"""More copies than this in one print is refused (no more copies than necessary)."""

_LOCK = threading.Lock()  # ReportLab keeps some state in module globals


@cache
def lock_down_reportlab() -> None:
    """Forbid ReportLab every URL and host, and make its output invariant (once per process)."""
    from reportlab import rl_config

    rl_config.trustedHosts = None
    rl_config.trustedSchemes = []
    rl_config.invariant = 1
    rl_config.canvas_basefontname = fonts().regular
    from notadesk.core.render import scripts, speedups

    speedups.install()
    scripts.install()


def render_pdf(
    nota: Nota,
    *,
    copies: int,
    copy_numbers: bool | None,
    woo: bool,
    cancelled: Callable[[], bool] | None = None,
    parafen: tuple[GivenParaaf, ...] = (),
    letterhead: Letterhead | None = None,
    cache: LayoutCache | None = None,
) -> tuple[bytes, int]:
    """Return the PDF bytes and the number of pages of one copy.

    ``cache`` keeps laid-out sections between renders (:mod:`notadesk.core.render.layout`):
    the bytes are the same with or without it.

    Raises:
        RenderCancelled: ``cancelled`` returned True during the render.
        RenderError: the options are impossible or ReportLab could not lay the nota out.
    """
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import BaseDocTemplate
    from reportlab.platypus.doctemplate import LayoutError

    from notadesk.core.render.layout import lay_out
    from notadesk.core.render.pages import Furniture, canvas_maker, page_templates_and_key
    from notadesk.core.render.story import StoryBuilder

    if not 1 <= copies <= MAX_COPIES:
        raise RenderError(f"The number of copies must be between 1 and {MAX_COPIES}.")
    level = marking_level(nota.classification.level)
    struck = ""  # the Woo variant of a declassified nota: its marking no longer holds
    if woo:
        check_woo_variant(nota)  # a classified nota: only once declassified
        decision = nota.classification.declassified
        if decision is not None and level.classified and level.rank > 0:
            struck = words()["declassified"].format(
                date=format_date(decision.date), reference=plain(decision.reference)
            )
    numbered = print_level(nota, woo=woo).copy_numbers  # an enclosure marked higher counts
    furniture = Furniture(
        marking=level.marking if level.classified else "",
        copies=copies,
        copy_numbers=False if struck else (numbered if copy_numbers is None else copy_numbers),
        cancelled=struck,
    )
    family = fonts()
    buffer = io.BytesIO()
    with _LOCK:
        lock_down_reportlab()
        doc = BaseDocTemplate(
            buffer,
            pagesize=A4,
            invariant=1,
            pageCompression=1,
            initialFontName=family.regular,
            title=plain(nota.subject),
            author="" if woo else _author(nota),
            subject=plain(f"{type_line_label(nota.type)} {nota.reference}"),
            keywords=_keywords(nota, level.marking or level.label),
            creator="notadesk",
            producer="notadesk",
            lang="nl-NL",
        )
        templates, drawn = page_templates_and_key(nota, woo=woo, letterhead=letterhead)
        doc.addPageTemplates(templates)
        if cancelled is not None:
            _stop_when(cancelled)(None)
        doc.afterFlowable = _after_flowable(doc, cancelled)
        segments = StoryBuilder(nota, woo=woo, parafen=parafen).segments(cache)
        try:
            lay_out(
                doc,
                segments,
                canvas_maker(furniture, None if cache is None else cache.written),
                cache=cache,
                templates=drawn,
                check=None if cancelled is None else lambda: _stop_when(cancelled)(None),
            )
        except LayoutError as exc:
            raise RenderError(
                "The nota cannot be laid out on A4: one of its parts is larger than a page."
            ) from exc
        finally:
            _let_go(doc)
        pages = len(doc.canv.laid_out)
    return buffer.getvalue(), pages


def build_marked_pdf(
    story: list[Any], nota: Nota, furniture: Any, *, title: str, subject: str, keywords: str
) -> bytes:
    """Lay out a side document (redline, comment report) on the nota's marked pages.

    The pages carry ``nota``'s page templates and ``furniture`` (marking, copy numbers); the
    bytes are deterministic like a print's.
    """
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import BaseDocTemplate

    from notadesk.core.render.pages import canvas_maker, page_templates

    buffer = io.BytesIO()
    with _LOCK:
        lock_down_reportlab()
        doc = BaseDocTemplate(
            buffer,
            pagesize=A4,
            invariant=1,
            pageCompression=1,
            initialFontName=fonts().regular,
            title=plain(title),
            subject=plain(subject),
            keywords=plain(keywords),
            creator="notadesk",
            producer="notadesk",
            lang="nl-NL",
        )
        doc.addPageTemplates(page_templates(nota, woo=False))
        doc.build(story, canvasmaker=canvas_maker(furniture))
    return buffer.getvalue()


def _after_flowable(doc: Any, cancelled: Callable[[], bool] | None) -> Callable[[Any], None]:
    """Return the hook run after each flowable: mark bookmarks, stop when cancelled."""
    stop = _stop_when(cancelled) if cancelled is not None else None

    def after_flowable(flowable: Any) -> None:
        outline = getattr(flowable, "outline", None)
        if outline is not None:
            title, level = outline
            top = doc.frame._y + getattr(flowable, "height", 0) + 14
            doc.canv.mark_outline(title, level, top)
        if stop is not None:
            stop(flowable)

    return after_flowable


def _let_go(doc: Any) -> None:
    """Break the reference cycles through the doc (the hook made above, ReportLab's namespace
    for its expressions), so the render's objects are freed as soon as it ends rather than by
    the garbage collector: a collection on the render thread is a pause the preview shows."""
    del doc.afterFlowable
    doc._nameSpace.clear()


def _stop_when(cancelled: Callable[[], bool]) -> Callable[[Any], None]:
    def after_flowable(_flowable: Any) -> None:
        if cancelled():
            raise RenderCancelled("The print preview was stopped.")

    return after_flowable


def _author(nota: Nota) -> str:
    return plain(", ".join(e.name for e in nota.routing.from_ if e.name.strip()))


def _keywords(nota: Nota, marking: str) -> str:
    return ", ".join(plain(k) for k in (marking, nota.reference) if k and plain(k))


def sha256(pdf: bytes) -> str:
    """Return the SHA-256 of a PDF as hex."""
    return hashlib.sha256(pdf).hexdigest()
