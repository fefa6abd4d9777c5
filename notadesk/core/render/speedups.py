"""Speed-ups of ReportLab for the print, installed once per process; none changes a byte.

1. ``TTFont.splitString`` assigns subset codes character by character in Python; once a page
   or two is set, nearly every string consists of characters that already have a code in the
   first subset. For those strings :func:`fast_split` returns what the original returns, in a
   fraction of the time; every other string goes to the original. A test compares both.
2. Streams are Flate-compressed at level :data:`FLATE_LEVEL` instead of zlib's default 6:
   a tenth of the render time saved for files about 4 % larger (still deterministic).
3. What a re-render after an edit makes again from the same input is remembered: compressed
   streams by their content, whole stream objects by their content and plain dictionary,
   font subsets by their characters, arrays of numbers (a font's widths) by their numbers
   (:class:`Memo`). Each is a pure function of its input, so a
   remembered result is the result.
4. PDF names (``PDFName``, a pure function of its text) are remembered by their text.
"""

from __future__ import annotations

import threading
import zlib
from collections import OrderedDict
from collections.abc import Callable
from functools import cache
from typing import Any

FLATE_LEVEL = 1
"""zlib level for page, font and CMap streams."""
MEMO_BYTES = 32 * 1024 * 1024
"""Input bytes a :class:`Memo` keeps before it starts afresh."""


class Memo:
    """Results of a pure function by input, forgotten all at once past :data:`MEMO_BYTES`."""

    def __init__(self, limit: int = MEMO_BYTES) -> None:
        self.limit = limit
        self.size = 0
        self.results: dict[Any, Any] = {}
        self.lock = threading.Lock()

    def get(self, key: Any, make: Callable[[], Any], size: int) -> Any:
        """Return the result for ``key``, made by ``make`` when it is not remembered."""
        found = self.results.get(key)
        if found is not None:
            return found
        result = make()
        with self.lock:
            if self.size + size > self.limit:
                self.results.clear()
                self.size = 0
            self.results[key] = result
            self.size += size
        return result


_COMPRESSED = Memo()
_SUBSETS = Memo()
_ARRAYS = Memo()
_STREAMS = Memo()
_SCALARS = frozenset({int, float, str, bytes})
_NUMBERS = frozenset({int, float})
_TEXT = frozenset({str})


def fast_split(font: Any, text: str | bytes, doc: Any) -> list[tuple[int, bytes]] | None:
    """Return the original's result for text whose characters all have a first-subset code.

    Returns None when the original must decide (new characters, no-break spaces, bytes).
    """
    # The original maps a no-break space to a space: leave such text to it.
    if not isinstance(text, str) or not text or "\u00a0" in text:
        return None
    state = font.state.get(doc)
    if state is None:
        return None
    assignments = state.assignments
    try:
        codes = [assignments[c] for c in map(ord, text)]
    except KeyError:  # a character without a code yet (or without a glyph)
        return None
    if max(codes) >= 256:
        return None
    return [(0, bytes(codes))]


@cache
def install() -> None:
    """Wrap ``TTFont.splitString`` with the fast path (once per process)."""
    from reportlab.pdfbase.ttfonts import TTFont

    original = TTFont.splitString

    def split_string(
        self: Any, text: str | bytes, doc: Any, encoding: str = "utf-8"
    ) -> list[tuple[int, bytes]]:
        fast = fast_split(self, text, doc)
        return fast if fast is not None else original(self, text, doc, encoding)

    split_string.original = original  # type: ignore[attr-defined]
    TTFont.splitString = split_string

    from reportlab.pdfbase.pdfdoc import PDFStreamFilterZCompress

    def encode(_self: Any, text: str | bytes) -> bytes:
        data = text.encode("utf8") if isinstance(text, str) else text
        return _COMPRESSED.get(data, lambda: zlib.compress(data, FLATE_LEVEL), len(data))  # type: ignore[no-any-return]

    PDFStreamFilterZCompress.encode = encode

    from reportlab.pdfbase.ttfonts import TTFontFile

    make_subset = TTFontFile.makeSubset

    def subset_of(self: Any, subset: list[int]) -> bytes:
        # The face is kept with its subset, so its id names no other face while remembered.
        key = (id(self), tuple(subset))
        kept = _SUBSETS.get(key, lambda: (self, make_subset(self, subset)), 64 * 1024)
        return kept[1]  # type: ignore[no-any-return]

    subset_of.original = make_subset  # type: ignore[attr-defined]
    TTFontFile.makeSubset = subset_of

    from reportlab import rl_config
    from reportlab.pdfbase.pdfdoc import PDFArray

    format_array = PDFArray.format

    def array_format(self: Any, document: Any, IND: bytes = b"\n ") -> bytes:
        sequence = self.sequence
        if len(sequence) < 16 or not _NUMBERS.issuperset(map(type, sequence)):
            return format_array(self, document, IND)  # type: ignore[no-any-return]
        # A number formats the same in every document; the layout of the array is its class's.
        key = (type(self), self.multiline, rl_config.pdfMultiLine, IND, tuple(sequence))
        return _ARRAYS.get(  # type: ignore[no-any-return]
            key, lambda: format_array(self, document, IND), 8 * len(sequence)
        )

    array_format.original = format_array  # type: ignore[attr-defined]
    PDFArray.format = array_format

    from reportlab.pdfbase.pdfdoc import NoEncryption, PDFStream

    format_stream = PDFStream.format

    def stream_format(self: Any, document: Any) -> bytes:
        content, entries = self.content, self.dictionary.dict
        if (
            type(content) not in (str, bytes)
            or type(document.encrypt) is not NoEncryption
            or not _SCALARS.issuperset(map(type, entries.values()))
        ):
            return format_stream(self, document)  # type: ignore[no-any-return]
        filters = self.filters if self.filters is not None else document.defaultStreamFilters
        key = (
            content,
            None if filters is None else tuple(filters),
            tuple(sorted(entries.items())),
            rl_config.pdfMultiLine,
        )
        return _STREAMS.get(  # type: ignore[no-any-return]
            key, lambda: format_stream(self, document), len(content)
        )

    stream_format.original = format_stream  # type: ignore[attr-defined]
    PDFStream.format = stream_format
    _install_formatting()


def _install_formatting() -> None:
    """Format the plainest PDF values (text, whole numbers, dictionary keys) without
    ReportLab's general dispatch; what comes out is what it writes."""
    from reportlab import rl_config
    from reportlab.pdfbase import pdfdoc
    from reportlab.pdfbase.pdfdoc import PDFDictionary, PDFName

    general = pdfdoc.format
    texts: dict[str, bytes] = {}  # short texts and whole numbers, as the PDF writes them
    numbers: dict[int, bytes] = {}

    def format_value(element: Any, document: Any, toplevel: int = 0) -> bytes:
        kind = type(element)
        if kind is str:
            found = texts.get(element)
            if found is None:
                found = general(element, document, toplevel)
                if len(texts) < 4096 and len(element) <= 64:
                    texts[element] = found
            return found  # type: ignore[no-any-return]
        if kind is int:
            found = numbers.get(element)
            if found is None:
                found = numbers[element] = general(element, document, toplevel)
                if len(numbers) > 4096:
                    numbers.clear()
            return found  # type: ignore[no-any-return]
        if kind is bytes:
            return element  # type: ignore[no-any-return]
        return general(element, document, toplevel)  # type: ignore[no-any-return]

    format_value.original = general  # type: ignore[attr-defined]
    pdfdoc.format = format_value

    make_name = pdfdoc.PDFName
    made_names: dict[str, str] = {}

    def pdf_name(data: Any, lo: str = "\x21", hi: str = "\x7e") -> str:
        if type(data) is not str or lo != "\x21" or hi != "\x7e":
            return make_name(data, lo, hi)  # type: ignore[no-any-return]
        found = made_names.get(data)
        if found is None:
            found = make_name(data)
            if len(made_names) < 4096:
                made_names[data] = found
        return found

    pdf_name.original = make_name  # type: ignore[attr-defined]
    pdfdoc.PDFName = pdf_name

    format_dictionary = PDFDictionary.format
    names: dict[str, bytes] = {}

    def dictionary_format(self: Any, document: Any, IND: bytes = b"\n ") -> bytes:
        entries = self.dict
        keys = list(entries)
        if not _TEXT.issuperset(map(type, keys)):
            return format_dictionary(self, document, IND)  # type: ignore[no-any-return]
        if not isinstance(entries, OrderedDict):
            keys.sort()
        lines = []
        for k in keys:
            name = names.get(k)
            if name is None:
                name = names[k] = format_value(PDFName(k), document)
            lines.append(name + b" " + format_value(entries[k], document))
        if (self.multiline and rl_config.pdfMultiLine) or self.multiline == "forced":
            return b"<<\n" + IND.join(lines) + b"\n>>"
        for i in reversed(range(6, len(lines), 6)):  # ReportLab breaks after every six
            lines.insert(i, b"\n ")
        return b"<<\n" + b" ".join(lines) + b"\n>>"

    dictionary_format.original = format_dictionary  # type: ignore[attr-defined]
    PDFDictionary.format = dictionary_format
