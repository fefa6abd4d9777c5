"""Reading rendered PDFs back in tests: text per page, text with positions, raw streams."""

from __future__ import annotations

import io
from dataclasses import dataclass

from pypdf import PdfReader
from pypdf.generic import IndirectObject, StreamObject

from notadesk.core.model.nota import Nota
from notadesk.core.render import RenderOptions, RenderResult, render_nota

A4_HEIGHT = 841.89
COLUMN_X = 152 * 72 / 25.4
WATERMARK = "CONCEPT"


@dataclass(frozen=True)
class Chunk:
    """A piece of text and where it starts on its page (points from bottom left)."""

    x: float
    y: float
    text: str
    font: str = ""


def reader(pdf: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(pdf))


def page_texts(pdf: bytes) -> list[str]:
    """Return the extracted text of every page."""
    return [p.extract_text() for p in reader(pdf).pages]


def page_chunks(pdf: bytes) -> list[list[Chunk]]:
    """Return every page's text chunks with their positions, in drawing order."""
    pages = []
    for page in reader(pdf).pages:
        chunks: list[Chunk] = []

        def visit(text, cm, tm, font, _size, chunks=chunks):
            if text.strip():
                x = cm[4] + tm[4] * cm[0] + tm[5] * cm[2]
                y = cm[5] + tm[4] * cm[1] + tm[5] * cm[3]
                name = str(font.get("/BaseFont", "")) if font else ""
                chunks.append(Chunk(x, y, text.strip(), name))

        page.extract_text(visitor_text=visit)
        pages.append(chunks)
    return pages


def body_text(pdf: bytes) -> str:
    """Return the text left of the reference column, all pages in order, one line per chunk.

    The page furniture (markings, page numbers) and the CONCEPT watermark are left out.
    """
    return "\n".join(
        c.text
        for page in page_chunks(pdf)
        for c in page
        if c.x < COLUMN_X - 5 and 45 < c.y < 800 and c.text != WATERMARK
    )


def all_text(pdf: bytes) -> str:
    """Return all extracted text, pages joined."""
    return "\n".join(page_texts(pdf))


def squashed(text: str) -> str:
    """Return text without any whitespace (to compare across line breaks)."""
    return "".join(text.split())


def decompressed_streams(pdf: bytes) -> bytes:
    """Return the file's own bytes followed by every stream in it, decoded."""
    out = [pdf]
    r = reader(pdf)
    count = 0
    for generation, entries in r.xref.items():
        for number in entries:
            obj = r.get_object(IndirectObject(number, generation, r))
            if isinstance(obj, StreamObject):
                out.append(obj.get_data())
                count += 1
    assert count > 0, "no stream was found: the reader is wrong, not the PDF"
    return b"\n".join(out)


def fonts_of(pdf: bytes) -> list[dict]:
    """Return the font dictionaries used on every page (descendants resolved)."""
    found = []
    for page in reader(pdf).pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            found.append(font)
            for d in font.get("/DescendantFonts", []):
                found.append(d.get_object())
    return found


def render(nota: Nota, **options: object) -> RenderResult:
    """Render a nota with keyword options."""
    return render_nota(nota, RenderOptions(**options))  # type: ignore[arg-type]
