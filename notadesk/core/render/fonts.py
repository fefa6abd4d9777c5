"""The fonts of the printed nota: shipped TTF files, registered once per process, all embedded.

No system font is ever used: every style, the bullets and the canvas's initial font name the
family registered here, so ReportLab never falls back to its built-in Helvetica.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import cache

from notadesk.errors import RenderError
from notadesk.resources import resource_path

_LOCK = threading.Lock()


@dataclass(frozen=True)
class FontFamily:
    """The registered names of the four faces."""

    regular: str
    bold: str
    italic: str
    bold_italic: str

    def face(self, *, bold: bool = False, italic: bool = False) -> str:
        """Return the registered name of a face."""
        if bold and italic:
            return self.bold_italic
        if bold:
            return self.bold
        return self.italic if italic else self.regular


def _style_fonts() -> dict[str, str]:
    from notadesk.core.render.styles import style_data

    return dict(style_data()["fonts"])


@cache
def _register() -> FontFamily:
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    data = _style_fonts()
    family = data["family"]
    names = FontFamily(family, f"{family}-Bold", f"{family}-Italic", f"{family}-BoldItalic")
    files = {
        names.regular: data["regular"],
        names.bold: data["bold"],
        names.italic: data["italic"],
        names.bold_italic: data["bold_italic"],
    }
    for name, file_name in files.items():
        path = resource_path("fonts", file_name)
        try:
            pdfmetrics.registerFont(TTFont(name, str(path)))
        except Exception as exc:  # a damaged or missing font file
            raise RenderError(f"The font file {path.name} cannot be used: {exc}.") from exc
    for bold, italic, name in (
        (0, 0, names.regular),
        (1, 0, names.bold),
        (0, 1, names.italic),
        (1, 1, names.bold_italic),
    ):
        addMapping(family, bold, italic, name)
    return names


def fonts() -> FontFamily:
    """Register the shipped fonts (once per process) and return their names."""
    with _LOCK:  # the GUI renders from a worker thread while the CLI may not
        return _register()


def missing_glyphs(text: str | None = None) -> dict[str, str]:
    """Return, per face, the characters of ``text`` (default: the required ones) it lacks."""
    from reportlab.pdfbase import pdfmetrics

    names = fonts()
    wanted = text if text is not None else _style_fonts()["required_glyphs"]
    out: dict[str, str] = {}
    for name in (names.regular, names.bold, names.italic, names.bold_italic):
        face = pdfmetrics.getFont(name).face
        lacking = "".join(ch for ch in wanted if ord(ch) not in face.charToGlyph)
        if lacking:
            out[name] = lacking
    return out


def has_glyph(ch: str) -> bool:
    """Return whether the regular face can print a character."""
    from reportlab.pdfbase import pdfmetrics

    return ord(ch) in pdfmetrics.getFont(fonts().regular).face.charToGlyph
