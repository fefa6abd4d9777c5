"""The house style of the printed nota, read from ``resources/styles/nota.json``.

Geometry is given in millimetres in the data file and returned here in points; paragraph
styles are built once per process and shared (they are never changed after creation).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from notadesk.resources import load_json

if TYPE_CHECKING:
    from reportlab.lib.colors import Color
    from reportlab.lib.styles import ParagraphStyle

MM = 72.0 / 25.4
"""Points per millimetre."""


def style_data() -> dict[str, Any]:
    """Return the whole style data file."""
    return load_json("styles", "nota.json")


@dataclass(frozen=True)
class PageGeometry:
    """Where things go on an A4 page, in points from the bottom-left corner."""

    width: float
    height: float
    body_x: float
    body_width: float
    body_top: float
    body_bottom: float
    column_x: float
    column_width: float
    column_top: float
    marking_top: float
    marking_bottom: float
    page_number_y: float
    copy_number_y: float


@cache
def geometry() -> PageGeometry:
    """Return the page geometry in points."""
    from reportlab.lib.pagesizes import A4

    page = style_data()["page"]
    values = {k: float(v) * MM for k, v in page.items() if k != "size"}
    return PageGeometry(width=A4[0], height=A4[1], **values)


@cache
def colours() -> dict[str, Color]:
    """Return the named colours."""
    from reportlab.lib.colors import HexColor

    return {k: HexColor(v) for k, v in style_data()["colours"].items()}


def colour_hex(name: str) -> str:
    """Return a named colour as ``#rrggbb`` (for paragraph markup)."""
    return str(style_data()["colours"][name])


def words() -> dict[str, str]:
    """Return the fixed words the print adds (page numbers, signature block, watermark)."""
    return dict(style_data()["words"])


@cache
def paragraph_styles() -> dict[str, ParagraphStyle]:
    """Return the paragraph styles by name, built once."""
    from reportlab.lib.styles import ParagraphStyle

    from notadesk.core.render.fonts import fonts

    family = fonts()
    data = style_data()
    palette = colours()
    out: dict[str, ParagraphStyle] = {}
    for name, spec in data["styles"].items():
        font = family.face(bold=bool(spec.get("bold")), italic=bool(spec.get("italic")))
        out[name] = ParagraphStyle(
            name,
            fontName=font,
            fontSize=float(spec["fontSize"]),
            leading=float(spec["leading"]),
            spaceBefore=float(spec.get("spaceBefore", 0)),
            spaceAfter=float(spec.get("spaceAfter", 0)),
            textColor=palette[spec.get("colour", "text")],
            bulletFontName=family.regular,
            bulletFontSize=float(spec["fontSize"]),
            splitLongWords=1,
            allowWidows=0,
            allowOrphans=0,
        )
    return out


@cache
def bullet_style(depth: int) -> ParagraphStyle:
    """Return the style of a bullet at a depth (1 to 3; deeper prints as 3)."""
    from reportlab.lib.styles import ParagraphStyle

    data = style_data()
    depth = max(1, min(depth, len(data["bullets"])))
    step = float(data["bullet_indent"])
    base = paragraph_styles()["bullet"]
    return ParagraphStyle(
        f"bullet{depth}",
        parent=base,
        leftIndent=step * depth,
        bulletIndent=step * (depth - 1),
    )


@cache
def number_style(depth: int) -> ParagraphStyle:
    """Return the style of a numbered list entry at a depth: a wider column for "10." or "iv."."""
    from reportlab.lib.styles import ParagraphStyle

    data = style_data()
    depth = max(1, min(depth, len(data["bullets"])))
    step = float(data["bullet_indent"])
    return ParagraphStyle(
        f"number{depth}",
        parent=paragraph_styles()["bullet"],
        leftIndent=step * (depth - 1) + float(data["number_width"]),
        bulletIndent=step * (depth - 1),
    )


def table_padding() -> float:
    """Return the padding inside a table cell, in points."""
    return float(style_data()["table_padding"])


def bullet_glyph(depth: int) -> str:
    """Return the bullet character for a depth."""
    bullets = style_data()["bullets"]
    return str(bullets[max(1, min(depth, len(bullets))) - 1])


def watermark() -> dict[str, float]:
    """Return the watermark's size, angle and opacity."""
    return {k: float(v) for k, v in style_data()["watermark"].items()}


@cache
def routing_style() -> ParagraphStyle:
    """Return the style of a routing line: the value, with its label hanging at the left."""
    from reportlab.lib.styles import ParagraphStyle

    styles = paragraph_styles()
    label, value = styles["routing_label"], styles["routing_value"]
    indent = float(style_data()["routing_label_width"]) * MM
    return ParagraphStyle(
        "routing",
        parent=value,
        leftIndent=indent,
        bulletIndent=0,
        bulletFontName=label.fontName,
        bulletFontSize=label.fontSize,
        bulletColor=label.textColor,
    )
