"""Page furniture: the reference column, the watermark, markings, page and copy numbers.

The body is laid out once. :class:`PageFurniture` remembers each laid-out page and, when the
document is saved, emits the whole set once per copy, adding what depends on the totals:
"Pagina X van Y", "Exemplaar n van N" and the marking at the top and bottom centre.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass
from functools import cache, lru_cache, partial
from typing import Any

from notadesk.core.model.nota import Nota
from notadesk.core.policy.vocabulary import (
    due_line,
    field_label,
    format_date,
    status_shows_watermark,
)
from notadesk.core.render.fonts import fonts
from notadesk.core.render.letterhead import Letterhead
from notadesk.core.render.markup import escape, plain
from notadesk.core.render.styles import colours, geometry, paragraph_styles, watermark, words
from notadesk.core.render.written import WrittenCache, save

# What the canvas keeps per page; everything else is document-wide.
PAGE_STATE = (
    "_code",
    "_psCommandsAfterPage",
    "_psCommandsBeforePage",
    "_currentPageHasImages",
    "_formsinuse",
    "_annotationrefs",
    "_formData",
    "_colorsUsed",
    "_shadingUsed",
    "_extgstate",
)


@dataclass(frozen=True)
class Furniture:
    """What every page of every copy carries besides the body."""

    marking: str
    copies: int
    copy_numbers: bool
    cancelled: str = ""  # a declassified nota's Woo variant: "gederubriceerd op …" beside it


COLUMN_TEXT_MAX = 160
"""Characters of one value the narrow reference column prints before an ellipsis."""
COLUMN_NAMES_MAX = 6
"""Names of 'Opgesteld door' the column prints before an ellipsis."""


def _capped(text: str) -> str:
    text = plain(text)
    return text if len(text) <= COLUMN_TEXT_MAX else text[: COLUMN_TEXT_MAX - 1] + "…"


def column_entries(nota: Nota, *, woo: bool, first_page: bool) -> list[tuple[str, str]]:
    """Return (label, value markup) pairs for the reference column of a page.

    The column is narrow and of fixed height: an absurdly long value is cut with an ellipsis
    so that every field still has its place (the body text is never cut).
    """
    from notadesk.core.render.story import entry_name

    entries = [
        (field_label("date"), escape(format_date(nota.date))),
        (field_label("reference"), escape(_capped(nota.reference))),
    ]
    if not first_page:
        return entries
    drafted = [
        entry_name(e, woo=woo)
        for e in nota.drafted_by
        if e.name.strip() or (woo and e.personal_data)
    ]
    names = [n.markup() if n.redacted_by is not None else escape(_capped(n.text)) for n in drafted]
    if len(names) > COLUMN_NAMES_MAX:
        names = [*names[: COLUMN_NAMES_MAX - 1], "…"]
    due = nota.deadlines.due
    due_text = due_line(_capped(due.text), due.date)
    entries += [
        (field_label("drafted_by"), "<br/>".join(names)),
        (field_label("due"), escape(due_text)),
        (field_label("parliament"), escape(format_date(nota.deadlines.parliament))),
        (field_label("received"), escape(format_date(nota.deadlines.received))),
    ]
    entries += _classification_entry(nota, woo=woo)
    return [(label, value) for label, value in entries if value]


def _classification_entry(nota: Nota, *, woo: bool = False) -> list[tuple[str, str]]:
    from notadesk.core.policy.markings import marking_level

    level = marking_level(nota.classification.level)
    if not level.marking or level.rank == 0:
        return []
    cls = nota.classification
    value = escape(level.marking)
    if woo and cls.declassified is not None:  # the Woo variant: the marking no longer holds
        decision = cls.declassified
        gone = words()["declassified"].format(
            date=format_date(decision.date), reference=decision.reference
        )
        return [(words()["classification"], f"<strike>{value}</strike><br/>{escape(gone)}")]
    if cls.until is not None:
        value += "<br/>" + escape(
            words()["classification_until"].format(date=format_date(cls.until))
        )
    elif cls.end_event.strip():
        value += "<br/>" + escape(_capped(cls.end_event))
    return [(words()["classification"], value)]


def column_layout(
    entries: list[tuple[str, str]], top: float | None = None
) -> list[tuple[Any, float]]:
    """Return the column's paragraphs with their y positions, laid out once for every page.

    What does not fit above the page foot is left off (the column never runs into it).
    A laid-out paragraph draws alike every time, so the layout is kept for the next render.
    """
    return _column_layout(tuple(entries), top)


@lru_cache(maxsize=16)
def _column_layout(entries: tuple[tuple[str, str], ...], top: float | None) -> list[Any]:
    from notadesk.core.render.story import paragraph

    g = geometry()
    placed: list[tuple[Any, float]] = []
    y = g.column_top if top is None else top
    for label, value in entries:
        for markup, style_name in ((escape(label), "column_label"), (value, "column_value")):
            para = paragraph(markup, style_name)
            _w, h = para.wrap(g.column_width, g.height)
            if y - h < g.body_bottom + 20:
                return placed
            placed.append((para, y - h))
            y -= h
        y -= paragraph_styles()["column_value"].spaceAfter
    return placed


def draw_column(canvas: Any, placed: list[tuple[Any, float]]) -> None:
    """Draw the reference column's laid-out paragraphs."""
    x = geometry().column_x
    for para, y in placed:
        para.drawOn(canvas, x, y)


def draw_watermark(canvas: Any) -> None:
    """Draw the CONCEPT watermark across the page (beneath the text)."""
    g = geometry()
    spec = watermark()
    canvas.saveState()
    canvas.setFillColor(colours()["watermark"])
    canvas.setFillAlpha(spec["alpha"])
    canvas.setFont(fonts().bold, spec["size"])
    canvas.translate(g.width / 2, g.height / 2)
    canvas.rotate(spec["angle"])
    canvas.drawCentredString(0, -spec["size"] / 3, words()["watermark"])
    canvas.restoreState()


def letterhead_layout(letterhead: Letterhead | None) -> tuple[list[Any], float]:
    """Return the letterhead's drawing steps for the first page and where the column goes on.

    Each step is ``("image", reader, x, y, w, h)`` or ``("para", paragraph, x, y)``.
    """
    from notadesk.core.render.letterhead import LOGO_HEIGHT_MM, logo_image
    from notadesk.core.render.story import paragraph
    from notadesk.core.render.styles import MM

    g = geometry()
    y = g.column_top
    if letterhead is None:
        return [], y
    steps: list[Any] = []
    if letterhead.logo:
        reader, w, h = logo_image(letterhead, g.column_width, LOGO_HEIGHT_MM * MM)
        steps.append(("image", reader, g.column_x, y - h, w, h))
        y -= h + 3 * MM
    lines = [
        (escape(letterhead.organisation), "letterhead_organisation"),
        *((escape(line), "letterhead_line") for line in (letterhead.unit, *letterhead.address)),
    ]
    for markup, style in lines:
        if not markup:
            continue
        para = paragraph(markup, style)
        _w, h = para.wrap(g.column_width, g.height)
        steps.append(("para", para, g.column_x, y - h))
        y -= h
    if steps:
        y -= paragraph_styles()["column_value"].spaceAfter * 2
    return steps, y


def draw_letterhead(canvas: Any, steps: list[Any]) -> None:
    """Draw the letterhead's steps (see :func:`letterhead_layout`)."""
    for step in steps:
        if step[0] == "image":
            _kind, reader, x, y, w, h = step
            canvas.drawImage(reader, x, y, w, h, mask="auto")
        else:
            _kind, para, x, y = step
            para.drawOn(canvas, x, y)


def page_templates(nota: Nota, *, woo: bool, letterhead: Letterhead | None = None) -> list[Any]:
    """Return the first-page and later-page templates."""
    return page_templates_and_key(nota, woo=woo, letterhead=letterhead)[0]


def page_templates_and_key(
    nota: Nota, *, woo: bool, letterhead: Letterhead | None = None
) -> tuple[list[Any], Hashable]:
    """Return the page templates and what they draw: equal keys, equal pages (see
    render.layout). The column's entries are read from the nota once for both."""
    first = column_entries(nota, woo=woo, first_page=True)
    later = column_entries(nota, woo=woo, first_page=False)
    show_watermark = status_shows_watermark(nota.status)
    key = (tuple(first), tuple(later), letterhead, show_watermark)
    return _page_templates(first, later, letterhead, show_watermark), key


def _page_templates(
    first: list[tuple[str, str]],
    later: list[tuple[str, str]],
    letterhead: Letterhead | None,
    show_watermark: bool,
) -> list[Any]:
    from reportlab.platypus import Frame, PageTemplate

    g = geometry()
    head, top = letterhead_layout(letterhead)
    first_column = column_layout(first, top)
    later_column = column_layout(later)

    def frame(name: str) -> Frame:
        return Frame(
            g.body_x,
            g.body_bottom,
            g.body_width,
            g.body_top - g.body_bottom,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id=name,
        )

    def on_page(column: list[tuple[Any, float]], steps: list[Any]) -> Any:
        def draw(canvas: Any, _doc: Any) -> None:
            if show_watermark:
                draw_watermark(canvas)
            draw_letterhead(canvas, steps)
            draw_column(canvas, column)

        return draw

    return [
        PageTemplate(
            "first",
            [frame("first")],
            onPage=on_page(first_column, head),
            autoNextPageTemplate="later",
        ),
        PageTemplate("later", [frame("later")], onPage=on_page(later_column, [])),
    ]


def canvas_maker(furniture: Furniture, written: WrittenCache | None = None) -> Any:
    """Return a canvas factory for a document build that adds the furniture on save.

    ``written``: the written PDFs of earlier renders, to write this one from when only the
    pages' content changed (:mod:`notadesk.core.render.written`).
    """
    return partial(_nota_canvas(), furniture=furniture, written=written)


@cache
def _nota_canvas() -> type:
    """Return the canvas class (made once: a class made per render is a reference cycle the
    garbage collector must find)."""
    from reportlab.pdfgen.canvas import Canvas

    class NotaCanvas(Canvas):
        def __init__(
            self, *args: Any, furniture: Furniture, written: WrittenCache | None, **kwargs: Any
        ) -> None:
            super().__init__(*args, **kwargs)
            self.furniture = furniture
            self.written = written
            self.laid_out: list[dict[str, Any]] = []
            self.outline: list[OutlineMark] = []

        def mark_outline(self, title: str, level: int, y: float) -> None:
            """Remember a bookmark on the page being laid out (made on save, first copy)."""
            self.outline.append(OutlineMark(len(self.laid_out), y, title, level))

        def showPage(self) -> None:
            self.laid_out.append({k: self.__dict__[k] for k in PAGE_STATE})
            self._startPage()

        def save(self) -> None:
            if self._code:
                self.showPage()
            furniture = self.furniture
            pages = self.laid_out
            for copy in range(1, furniture.copies + 1):
                for number, state in enumerate(pages, 1):
                    self.__dict__.update(
                        {
                            k: (v.copy() if isinstance(v, list | dict) else v)
                            for k, v in state.items()
                        }
                    )
                    draw_furniture(self, furniture, copy, number, len(pages))
                    if copy == 1:
                        add_bookmarks(
                            self,
                            [(i, m) for i, m in enumerate(self.outline) if m.page == number - 1],
                        )
                    Canvas.showPage(self)
            save(self, self.written)

    return NotaCanvas


@dataclass(frozen=True)
class OutlineMark:
    """A PDF bookmark: on which laid-out page (0-based), how high, its title and level."""

    page: int
    y: float
    title: str
    level: int


def add_bookmarks(canvas: Any, marks: list[tuple[int, OutlineMark]]) -> None:
    """Add the numbered bookmarks of the page the canvas is on (outline levels start at 0)."""
    for index, mark in marks:
        key = f"outline-{index}"
        canvas.bookmarkHorizontal(key, 0, mark.y)
        canvas.addOutlineEntry(mark.title, key, level=mark.level, closed=False)
    if marks:
        canvas.showOutline()


def draw_furniture(canvas: Any, furniture: Furniture, copy: int, page: int, pages: int) -> None:
    """Draw the marking, the page number and the copy number on one page of one copy."""
    g = geometry()
    styles = paragraph_styles()
    w = words()
    canvas.saveState()
    if furniture.marking:
        style = styles["marking"]
        canvas.setFillColor(style.textColor)
        canvas.setFont(style.fontName, style.fontSize)
        for y in (g.marking_top, g.marking_bottom):
            canvas.drawCentredString(g.width / 2, y, furniture.marking)
            if furniture.cancelled:  # struck through, the decision beside it
                half = canvas.stringWidth(furniture.marking, style.fontName, style.fontSize) / 2
                canvas.setStrokeColor(style.textColor)
                canvas.setLineWidth(1)
                mid = y + style.fontSize * 0.33
                canvas.line(g.width / 2 - half - 2, mid, g.width / 2 + half + 2, mid)
                canvas.setFont(fonts().regular, styles["footer"].fontSize)
                canvas.drawString(g.width / 2 + half + 8, y, furniture.cancelled)
                canvas.setFont(style.fontName, style.fontSize)
    if furniture.copy_numbers:
        style = styles["copy_number"]
        canvas.setFillColor(style.textColor)
        canvas.setFont(style.fontName, style.fontSize)
        canvas.drawString(
            g.column_x, g.copy_number_y, w["copy"].format(copy=copy, copies=furniture.copies)
        )
    style = styles["footer"]
    canvas.setFillColor(style.textColor)
    canvas.setFont(style.fontName, style.fontSize)
    canvas.drawString(g.column_x, g.page_number_y, w["page"].format(page=page, pages=pages))
    canvas.restoreState()
