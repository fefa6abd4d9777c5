"""The fast text-encoding path gives exactly what ReportLab's own gives."""

from __future__ import annotations

from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from notadesk.core.render.document import lock_down_reportlab
from notadesk.core.render.fonts import fonts
from notadesk.core.render.speedups import fast_split
from tests.core.render.pdfread import render

STRINGS = [
    "Het kabinet onderschrijft bevindingen 1, 2, 8 en 9 deels.",
    "Het kabinet",  # all known now: the fast path
    "ĳ é € – “ ” → • ◦",
    "no\u00a0break space",
    "emoji 😀 and שלום",
    "",
    "Het kabinet ĳ",
    "".join(chr(c) for c in range(0x100, 0x250)),  # more than one subset of codes
    "Het kabinet " + "".join(chr(c) for c in range(0x100, 0x250)),
]


def test_fast_and_original_encoding_agree_string_by_string():
    lock_down_reportlab()
    font = pdfmetrics.getFont(fonts().regular)
    original = TTFont.splitString.original
    fast_doc, slow_doc = pdfdoc.PDFDocument(), pdfdoc.PDFDocument()
    taken = 0
    for text in STRINGS * 2:
        taken += fast_split(font, text, fast_doc) is not None
        assert font.splitString(text, fast_doc) == original(font, text, slow_doc), text
    assert taken >= 4  # the fast path was used, and agreed
    assert font.state[fast_doc].assignments == font.state[slow_doc].assignments
    assert font.state[fast_doc].subsets == font.state[slow_doc].subsets


def test_a_render_is_byte_identical_with_and_without_the_fast_path(nota):
    fast = render(nota).pdf
    patched = TTFont.splitString
    TTFont.splitString = patched.original
    try:
        slow = render(nota).pdf
    finally:
        TTFont.splitString = patched
    assert fast == slow


def test_remembered_and_plainly_formatted_pieces_give_reportlabs_own_bytes(nota):
    from reportlab.pdfbase import pdfdoc
    from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary, PDFStream
    from reportlab.pdfbase.ttfonts import TTFontFile

    render(nota)  # the second render takes every remembered result
    remembered = render(nota).pdf
    patched = [
        (PDFArray, "format"),
        (PDFStream, "format"),
        (PDFDictionary, "format"),
        (pdfdoc, "format"),
        (pdfdoc, "PDFName"),
        (TTFontFile, "makeSubset"),
    ]
    saved = [getattr(owner, name) for owner, name in patched]
    for owner, name in patched:
        setattr(owner, name, getattr(owner, name).original)
    try:
        afresh = render(nota).pdf
    finally:
        for (owner, name), method in zip(patched, saved, strict=True):
            setattr(owner, name, method)
    assert remembered == afresh
