"""The printed nota: a classification-marked, deterministic A4 PDF made with ReportLab.

Importing this package is cheap; ReportLab and the fonts are loaded on the first render.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from notadesk.core.model.nota import Nota
from notadesk.core.outputs import sync_folder
from notadesk.core.policy.vocabulary import status_prints_as_pdfa
from notadesk.core.render.letterhead import Letterhead
from notadesk.core.review.route import GivenParaaf
from notadesk.errors import RenderError

if TYPE_CHECKING:
    from notadesk.core.render.layout import LayoutCache
    from notadesk.core.storage.store import Draft, DraftStore

__all__ = [
    "RenderOptions",
    "RenderResult",
    "record_print",
    "render_nota",
    "write_pdf_atomically",
]


@dataclass(frozen=True)
class RenderOptions:
    """How to print: how many copies, copy numbers, the Woo variant, PDF/A on request."""

    copies: int = 1  # N complete copies in one PDF, page numbers restart per copy
    copy_numbers: bool | None = None  # None: as the marking level requires; True/False: force
    woo: bool = False  # Woo publication variant (redactions as grey boxes)
    pdfa: bool = False  # PDF/A-2b on request; definitief and getekend prints always are
    letterhead: Letterhead | None = None  # the organisation's block (settings); None: none
    parafen: tuple[GivenParaaf, ...] = ()  # given on the printed text: the Parafen block shows them


@dataclass(frozen=True)
class RenderResult:
    """The PDF and what identifies it."""

    pdf: bytes
    sha256: str
    pages_per_copy: int
    copies: int
    pdfa: bool = False  # the file is PDF/A-2b


def render_nota(
    nota: Nota,
    options: RenderOptions = RenderOptions(),
    *,
    cancelled: Callable[[], bool] | None = None,
    read_file: Callable[[str], bytes] | None = None,
    cache: LayoutCache | None = None,
) -> RenderResult:
    """Return the nota as a PDF; the same nota and options always give the same bytes.

    ``cancelled`` is asked after every paragraph laid out; when it returns True the render
    stops at once with :class:`~notadesk.errors.RenderCancelled` (a preview overtaken by newer
    edits, or a window that closes).

    ``read_file`` (a stored file's bytes by SHA-256) appends the nota's PDF attachments after
    each copy, every page stamped (:mod:`notadesk.core.render.enclosures`); they are checked
    before anything is laid out. The Woo variant never carries enclosures (they are not
    redacted) and the preview passes no ``read_file``.

    ``cache`` (a :class:`~notadesk.core.render.layout.LayoutCache` kept between renders, as
    the preview does) lays out again only the sections that changed; the bytes are the same.

    Raises:
        RenderCancelled: ``cancelled`` said so.
        RenderError: the options are impossible or the nota cannot be laid out.
        ValidationError: the nota's classification level is not known here.
    """
    from notadesk.core.policy.prints import print_level
    from notadesk.core.render.document import render_pdf, sha256
    from notadesk.core.render.enclosures import append_enclosures, collect_enclosures

    enclosures = (
        collect_enclosures(nota, read_file) if read_file is not None and not options.woo else []
    )
    pdf, pages = render_pdf(
        nota,
        copies=options.copies,
        copy_numbers=options.copy_numbers,
        woo=options.woo,
        cancelled=cancelled,
        parafen=options.parafen,
        letterhead=options.letterhead,
        cache=cache,
    )
    if enclosures:
        level = print_level(nota, woo=options.woo)
        pdf = append_enclosures(
            pdf,
            enclosures,
            pages_per_copy=pages,
            copies=options.copies,
            copy_numbers=level.copy_numbers
            if options.copy_numbers is None
            else options.copy_numbers,
        )
    pdfa = options.pdfa or status_prints_as_pdfa(nota.status)
    if pdfa:
        from notadesk.core.render.archive import to_pdfa

        pdf = to_pdfa(pdf)
    return RenderResult(
        pdf=pdf, sha256=sha256(pdf), pages_per_copy=pages, copies=options.copies, pdfa=pdfa
    )


def write_pdf_atomically(
    pdf: bytes, target: Path, *, before_rename: Callable[[], object] | None = None
) -> None:
    """Write a PDF beside its target, fsync it and rename it into place (owner-only access).

    ``before_rename`` runs once the bytes are on disk under a temporary name and before the
    file takes its final name: when it raises, the file is removed and never appears.

    Raises:
        RenderError: the file cannot be written; nothing is left under the final name.
    """
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    tmp_name: str | None = None
    try:
        if target.is_dir():
            raise RenderError(f"{target} is a folder; give a file name for the PDF.")
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
        with os.fdopen(fd, "wb") as fh:
            fh.write(pdf)
            fh.flush()
            os.fsync(fh.fileno())
        if before_rename is not None:
            before_rename()
        os.replace(tmp_name, target)
        tmp_name = None
        sync_folder(folder)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise RenderError(f"The PDF cannot be written to {target}: {reason}.") from exc
    finally:
        if tmp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)


def print_to_file(
    store: DraftStore, draft: Draft, result: RenderResult, options: RenderOptions, target: Path
) -> int:
    """The one print operation: write a rendered nota to a file and record it, all or nothing.

    The PDF is written under a temporary name and fsynced, the print is recorded (copy
    register and audit log, where the level asks), and only then does the file take its
    final name: a registered level is never on disk unregistered, and a file that could not
    be written is never recorded. Returns how many register entries were made.

    Raises:
        RenderError: the file cannot be written (nothing recorded, no file left).
        NotadeskError: the print cannot be recorded (no file left).
    """
    made: list[int] = []
    write_pdf_atomically(
        result.pdf,
        Path(target),
        before_rename=lambda: made.append(record_print(store, draft, result, options)),
    )
    return made[0]


def print_on_paper(
    store: DraftStore,
    draft: Draft,
    result: RenderResult,
    options: RenderOptions,
    send: Callable[[bytes], object],
) -> int:
    """The one print operation for paper: record the print, then send it to the printer.

    A printer cannot take a print back, so the order is the reverse of :func:`print_to_file`:
    the copy register and the audit log get their entries first (where the level asks), and
    only then does ``send`` get the PDF. A classified copy is never on paper unrecorded. When
    the printer refuses (``send`` raises), the register keeps its entries (it is append-only)
    and the audit log says that those copies were not printed, and why; the error then goes
    to the caller. Returns how many register entries were made.

    Raises:
        NotadeskError: the print cannot be recorded (nothing is sent to the printer).
        Exception: whatever ``send`` raised, after the failure is recorded.
    """
    from notadesk.core.render.register import record_print_failure

    made = record_print(store, draft, result, options)
    try:
        send(result.pdf)
    except Exception as exc:
        record_print_failure(store, draft, result, options, str(exc) or type(exc).__name__)
        raise
    return made


def record_print(
    store: DraftStore, draft: Draft, result: RenderResult, options: RenderOptions
) -> int:
    """Record a print: copy-register entries and an audit entry when the level requires them.

    Returns how many register entries were made (0 for levels without a register, for which
    nothing is written).
    """
    from notadesk.core.render.register import record_copies

    return record_copies(store, draft, result, options)
