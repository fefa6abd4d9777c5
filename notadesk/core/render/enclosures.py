"""Enclosures: PDF attachments appended after the nota, every page stamped.

Each page of an attached PDF gets the marking at the top and bottom centre (the nota's, or the
attachment's own when that is higher) and "Bijlage n — pagina x van y" at the foot, with the
copy number when the nota's pages carry one. The stamps are small ReportLab PDFs laid over the
pages with pikepdf (qpdf); the result stays deterministic. A damaged or encrypted attachment
is refused with one sentence before anything is laid out or written.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from notadesk.core.model.nota import Attachment, Nota
from notadesk.core.policy.prints import attachment_level, is_pdf
from notadesk.errors import RenderError

MAX_ENCLOSURE_PAGES = 2000
"""More pages than this in one attachment is refused (a print, not an archive of archives)."""


@dataclass(frozen=True)
class Enclosure:
    """An attachment that prints after the nota: its number, title, bytes and marking."""

    number: int  # "Bijlage n": the attachment's place in the nota's list of attachments
    title: str
    pdf: bytes
    marking: str
    pages: int


def enclosure_marking(nota: Nota, attachment: Attachment) -> str:
    """Return what an enclosure's pages are marked with: the higher of the nota's and its own."""
    level = attachment_level(nota, attachment)
    return level.marking if level.classified else ""


def enclosure_files(nota: Nota, get_blob: Callable[[str], bytes]) -> dict[str, bytes]:
    """Read the nota's PDF attachments' files now (by SHA-256), e.g. before a worker thread.

    A file the store lacks is left out; :func:`collect_enclosures` then names it.
    """
    out: dict[str, bytes] = {}
    for attachment in nota.attachments:
        if is_pdf(attachment) and attachment.file is not None:
            try:
                out[attachment.file.sha256] = get_blob(attachment.file.sha256)
            except Exception:  # named by collect_enclosures, with the attachment's number
                continue
    return out


def collect_enclosures(nota: Nota, read_file: Callable[[str], bytes]) -> list[Enclosure]:
    """Return the nota's PDF attachments, each checked to open, in the nota's order.

    ``read_file`` returns a stored file's bytes by its SHA-256.

    Raises:
        RenderError: an attachment PDF is damaged, encrypted, missing or too long (named).
    """
    import pikepdf

    out: list[Enclosure] = []
    for number, attachment in enumerate(nota.attachments, 1):
        if not is_pdf(attachment):
            continue
        assert attachment.file is not None
        name = f"Bijlage {number} ({attachment.title.strip() or attachment.file.name})"
        try:
            data = read_file(attachment.file.sha256)
        except Exception as exc:
            raise RenderError(f"{name}: its file is not stored here; nothing was printed.") from exc
        try:
            with pikepdf.open(io.BytesIO(data), attempt_recovery=False) as doc:
                if doc.is_encrypted:
                    raise pikepdf.PasswordError("encrypted")
                pages = len(doc.pages)
                if doc.check_pdf_syntax():  # qpdf found damage it would have to repair
                    raise pikepdf.PdfError("damaged")
        except pikepdf.PasswordError as exc:
            raise RenderError(
                f"{name} is an encrypted PDF; remove its password or take it out of the print. "
                "Nothing was printed."
            ) from exc
        except Exception as exc:  # pikepdf.PdfError and what a broken file raises
            raise RenderError(
                f"{name} is a damaged PDF that cannot be printed; nothing was printed."
            ) from exc
        if pages == 0:
            raise RenderError(f"{name} is a PDF without pages; nothing was printed.")
        if pages > MAX_ENCLOSURE_PAGES:
            raise RenderError(
                f"{name} has {pages} pages, more than {MAX_ENCLOSURE_PAGES}; nothing was printed."
            )
        out.append(
            Enclosure(
                number, attachment.title.strip(), data, enclosure_marking(nota, attachment), pages
            )
        )
    return out


def _stamp(width: float, height: float, marking: str, footer: str, copy_line: str) -> bytes:
    """Return a one-page PDF of the page size with the marking and the enclosure's footer."""
    from reportlab.pdfgen.canvas import Canvas

    from notadesk.core.render.fonts import fonts
    from notadesk.core.render.styles import paragraph_styles

    styles = paragraph_styles()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(width, height), invariant=1, pageCompression=1)
    if marking:  # drawn over the page as it is: nothing of the attachment is covered
        style = styles["marking"]
        canvas.setFillColor(style.textColor)
        canvas.setFont(style.fontName, style.fontSize)
        canvas.drawCentredString(width / 2, height - 22, marking)
        canvas.drawCentredString(width / 2, 12, marking)
    style = styles["footer"]
    canvas.setFillColor(style.textColor)
    canvas.setFont(fonts().regular, style.fontSize)
    canvas.drawRightString(width - 24, 26, footer)
    if copy_line:
        canvas.drawRightString(width - 24, height - 36, copy_line)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


STAMP = "/NotaStamp"
"""The resource name of the stamp on an enclosure page (fixed, so the bytes are too)."""


def _overlay(doc: Any, page: Any, form: Any, box: Any) -> None:
    """Draw the stamp form over a page, its own drawing state kept apart (q … Q)."""
    import pikepdf

    page.contents_coalesce()
    resources = page.obj.get("/Resources")
    if resources is None:
        page.obj.Resources = resources = pikepdf.Dictionary()
    xobjects = resources.get("/XObject")
    if xobjects is None:
        resources.XObject = xobjects = pikepdf.Dictionary()
    name = STAMP
    while name in xobjects:  # the attachment's own resource of that name stays its own
        name += "x"
    xobjects[name] = form
    x0, y0 = float(box[0]), float(box[1])
    page.contents_add(pikepdf.Stream(doc, b"q\n"), prepend=True)
    page.contents_add(pikepdf.Stream(doc, f"\nQ q 1 0 0 1 {x0:g} {y0:g} cm {name} Do Q\n".encode()))


def append_enclosures(
    pdf: bytes,
    enclosures: list[Enclosure],
    *,
    pages_per_copy: int,
    copies: int,
    copy_numbers: bool,
) -> bytes:
    """Return the nota's PDF with the enclosures after each copy, every page stamped."""
    import pikepdf

    from notadesk.core.render.styles import words

    if not enclosures:
        return pdf
    w = words()
    stamps: dict[tuple[float, float, str, str, str], Any] = {}
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        sources: list[Any] = []
        try:
            position = 0
            marks: list[tuple[str, int]] = []
            for copy in range(1, copies + 1):
                position += pages_per_copy
                copy_line = w["copy"].format(copy=copy, copies=copies) if copy_numbers else ""
                # opened afresh per copy: each copy's pages are objects of their own
                fresh = [pikepdf.open(io.BytesIO(e.pdf)) for e in enclosures]
                sources += fresh
                for enclosure, source in zip(enclosures, fresh, strict=True):
                    if copy == 1:
                        title = f"{w['enclosure_short'].format(number=enclosure.number)}"
                        if enclosure.title:
                            title += f": {enclosure.title}"
                        marks.append((title, position))
                    for index, page in enumerate(source.pages, 1):
                        box = page.mediabox
                        width, height = float(box[2]) - float(box[0]), float(box[3]) - float(box[1])
                        footer = w["enclosure_page"].format(
                            number=enclosure.number, page=index, pages=enclosure.pages
                        )
                        key = (width, height, enclosure.marking, footer, copy_line)
                        if key not in stamps:
                            stamp = pikepdf.open(
                                io.BytesIO(
                                    _stamp(width, height, enclosure.marking, footer, copy_line)
                                )
                            )
                            stamps[key] = doc.copy_foreign(stamp.pages[0].as_form_xobject())
                            stamp.close()
                        doc.pages.insert(position, page)
                        _overlay(doc, doc.pages[position], stamps[key], box)
                        position += 1
            with doc.open_outline() as outline:
                for title, page_index in marks:
                    outline.root.append(pikepdf.OutlineItem(title, page_index))
            out = io.BytesIO()
            doc.save(out, deterministic_id=True)
        finally:
            for source in sources:
                source.close()
    return out.getvalue()
