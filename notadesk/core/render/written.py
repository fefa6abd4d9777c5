"""The PDF written again from the last render's formatted objects, when only page text changed.

Writing the PDF (ReportLab's ``PDFDocument.format``: every page, font, bookmark and the
document's own objects turned into bytes) is about two fifths of a re-render after a one-word
edit, yet that edit changes the bytes of one object: the edited page's content stream. After
the last page is shown, everything the PDF's other objects are made from is in the PDF
document and its objects: the pages (all but their content), the fonts and the characters
they have given codes, the bookmarks, the catalogue and the document information.
:func:`save` takes a fingerprint of all of that (:func:`fingerprint`: every attribute of
every object, the content streams left out) and, when a :class:`Written` was kept under the
same fingerprint, writes the PDF from it: its objects' bytes in their numbers' order, the
content streams formatted now from the pages, the cross-reference table and trailer made for
the new offsets. Object numbers do not move: ReportLab numbers objects in the order it meets
them, which follows from the same objects. Anything the fingerprint cannot name (an object
of a kind it does not know, encryption) and the document is written by ReportLab, and not
kept. Without a kept one, ReportLab writes the document and its bytes are cut into a
:class:`Written` for next time. The bytes are the same either way
(``tests/core/render/test_layout_cache.py``).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Hashable
from dataclasses import dataclass
from typing import Any

_SCALARS = frozenset({int, float, str, bool, type(None), bytes})
KEPT = 2
"""Written documents a :class:`WrittenCache` keeps (the last renders')."""


@dataclass(frozen=True)
class Written:
    """A written PDF cut into its objects: bytes, or the index of the page whose content
    stream goes there."""

    header: bytes
    parts: tuple[bytes | int, ...]  # object 1, 2, …: its bytes, or a page index
    trailer: bytes  # the trailer's dictionary (it does not depend on offsets)


class WrittenCache:
    """The written PDFs of the last :data:`KEPT` renders, by fingerprint."""

    def __init__(self) -> None:
        self._kept: dict[Hashable, Written] = {}
        self._lock = threading.Lock()
        self.hits = 0

    def get(self, key: Hashable) -> Written | None:
        with self._lock:
            found = self._kept.get(key)
            if found is not None:
                self.hits += 1
                self._kept[key] = self._kept.pop(key)  # the most recent last
            return found

    def put(self, key: Hashable, written: Written) -> None:
        with self._lock:
            self._kept[key] = written
            while len(self._kept) > KEPT:
                del self._kept[next(iter(self._kept))]


def save(canvas: Any, cache: WrittenCache | None) -> None:
    """Write the canvas's PDF document to its file (see the module's docstring)."""
    pdf = canvas._doc
    out = canvas._filename
    key = fingerprint(pdf, canvas) if cache is not None and hasattr(out, "getvalue") else None
    kept = cache.get(key) if cache is not None and key is not None else None
    if kept is not None:
        pdf._savedToFile = True
        out.write(_assemble(kept, pdf))
        return
    start = out.tell()
    pdf.SaveToFile(out, canvas)
    if cache is not None and key is not None:
        written = _cut(pdf, out.getvalue()[start:])
        if written is not None:
            cache.put(key, written)


# --- fingerprint ----------------------------------------------------------------------------


class _Unknown(Exception):
    """A value the fingerprint cannot name."""


def fingerprint(pdf: Any, canvas: Any) -> Hashable | None:
    """Return a value equal for PDF documents whose objects other than the pages' content
    streams format alike, or None when the document holds something it cannot name.

    Writing reads the PDF document and, of the canvas, only its bookmarks' destinations
    (``PDFOutlines.prepare`` looks them up there).
    """
    from reportlab import rl_config
    from reportlab.pdfbase.pdfdoc import NoEncryption

    if type(pdf.encrypt) is not NoEncryption or getattr(pdf, "_digiSigs", None):
        return None
    if rl_config.pdfComments and not rl_config.invariant:
        return None  # a comment before each object: the objects are not cut where they begin
    walk = _Walk()
    walk.out.extend(
        (rl_config.invariant, rl_config.pdfMultiLine, rl_config.useA85, rl_config.pdfComments)
    )
    try:
        for font in pdf.delayedFonts:
            walk.out.append(font.fontName)
            state = font.state[pdf]  # its subsets say what its assignments say
            walk.items(sorted((k, v) for k, v in vars(state).items() if k != "assignments"))
        walk.value({k: v for k, v in vars(pdf).items() if k not in _NOT_WRITTEN})
        walk.value(canvas._destinations)
        walk.out.append(pdf.signature.digest())  # what the file's ID is made from so far
    except (_Unknown, KeyError, RecursionError):
        return None
    return tuple(walk.out)


# Attributes of the PDF document named otherwise: the fonts above, the signature (an MD5
# object) by its digest below.
_NOT_WRITTEN = frozenset({"signature", "delayedFonts"})


_MARK = object()  # in the tuple that begins a container: no scalar equals such a tuple


class _Walk:
    """Every value reachable from a document's objects, in one flat list of tokens (a marker
    tuple before the items of each container; an object met again is named by its number)."""

    def __init__(self) -> None:
        self.out: list[Any] = []
        self.seen: dict[int, int] = {}

    def value(self, value: Any) -> None:
        out = self.out
        kind = type(value)
        if kind in _SCALARS:
            out.append(value)
        elif kind is list or kind is tuple:
            out.append((_MARK, kind.__name__, len(value)))
            if _SCALARS.issuperset(map(type, value)):
                out.extend(value)
            else:
                for item in value:
                    self.value(item)
        elif kind is dict:
            out.append((_MARK, "dict", len(value)))
            self.items(value.items())
        elif kind is time.struct_time:  # the document's time stamp (fixed: invariant output)
            out.append((_MARK, "struct_time", *value))
        else:
            self.object(value)

    def object(self, value: Any) -> None:
        from reportlab.pdfbase.pdfdoc import PDFObject, PDFPage, PDFStream

        if isinstance(value, type):
            self.out.append((_MARK, "class", value.__module__, value.__qualname__))
            return
        seen = self.seen.get(id(value))
        if seen is not None:
            self.out.append((_MARK, "seen", seen))
            return
        self.seen[id(value)] = len(self.seen)
        attributes = getattr(value, "__dict__", None)
        if attributes is None or not (
            isinstance(value, PDFObject) or type(value).__module__.startswith("reportlab.")
        ):
            raise _Unknown(type(value))
        if isinstance(value, PDFPage):  # its content stream is formatted anew every time
            attributes = {k: v for k, v in attributes.items() if k != "stream"}
        elif isinstance(value, PDFStream) and attributes.get("content") is not None:
            raise _Unknown(type(value))  # e.g. an image: named by its content, not kept
        # An object's attributes in the order of their names: the order they were set in
        # does not change what is written (a font's state put back sets them in another).
        self.out.append((_MARK, "object", type(value).__qualname__, len(attributes)))
        self.items(sorted(attributes.items()))

    def items(self, items: Any) -> None:
        out = self.out
        for k, v in items:
            if type(k) in _SCALARS:
                out.append(k)
            else:
                self.value(k)
            if type(v) in _SCALARS:
                out.append(v)
            else:
                self.value(v)


# --- cutting and assembling -------------------------------------------------------------------


def _cut(pdf: Any, data: bytes) -> Written | None:
    """Cut the PDF ReportLab wrote into a :class:`Written`, or None if it is not as expected."""
    numbers = pdf.numberToId
    offsets = pdf.idToOffset
    count = len(numbers)
    if sorted(numbers) != list(range(1, count + 1)) or not data.endswith(b"\n%%EOF\n"):
        return None
    tail = data.rindex(b"\nstartxref\n")
    xref = int(data[tail + len(b"\nstartxref\n") : -len(b"\n%%EOF\n")])
    trailer = data.index(b"trailer\n", xref)
    pages = {id(page.Contents): i for i, page in enumerate(pdf.Pages.pages)}
    starts = [offsets[numbers[n]] for n in range(1, count + 1)]
    if starts != sorted(starts):
        return None
    ends = [*starts[1:], xref]
    parts: list[bytes | int] = []
    for n, begin, end in zip(range(1, count + 1), starts, ends, strict=True):
        page = pages.get(id(pdf.idToObject[numbers[n]]))
        parts.append(data[begin:end] if page is None else page)
    return Written(header=data[: starts[0]], parts=tuple(parts), trailer=data[trailer:tail])


def _assemble(kept: Written, pdf: Any) -> bytes:
    """Return the PDF of ``kept`` with the content streams of ``pdf``'s pages."""
    from reportlab.pdfbase.pdfdoc import format as pdf_format

    pages = pdf.Pages.pages
    out = [kept.header]
    offsets = []
    at = len(kept.header)
    for number, part in enumerate(kept.parts, 1):
        if type(part) is int:
            page = pages[part]
            page.check_format(pdf)  # makes the content stream as ReportLab's writing does
            body = pdf_format(page.Contents, pdf, toplevel=1)
            part = b"%d 0 obj\n" % number + body + (b"" if body.endswith(b"\n") else b"\n")
            part += b"endobj\n"
        offsets.append(at)
        out.append(part)
        at += len(part)
    entries = "".join(f"{offset:010d} 00000 n \n" for offset in offsets)
    out.append(b"xref\n0 %d\n0000000000 65535 f \n" % (len(offsets) + 1))
    out.append(entries.encode("ascii"))
    out.append(kept.trailer)
    out.append(b"\nstartxref\n%d\n%%%%EOF\n" % at)
    return b"".join(out)
