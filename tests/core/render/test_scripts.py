"""Every script prints: Greek, Cyrillic, Hebrew and Arabic read back in logical order; a
character no bundled font has is named beforehand and printed as a visible placeholder."""

from __future__ import annotations

import unicodedata
from typing import Any

import pytest

from notadesk.core.examples import example_nota
from notadesk.core.model.nota import BulletList, ListItem, Nota, Paragraph, Run, Section
from notadesk.core.policy.checks import readiness_problems
from notadesk.core.render import render_nota
from notadesk.core.render.scripts import (
    PLACEHOLDER,
    shaped,
    to_unicode_cmap,
    unprintable_characters,
)
from notadesk.core.render.styles import geometry
from tests.core.render.tools import pdffonts, pdftotext, word_boxes

ARABIC = "مرحبا بالعالم هذه رسالة لا تنسى"
HEBREW = "שלום עולם זה מכתב חשוב"
GREEK = "Καλημέρα κόσμε, ξεσκεπάζω την ψυχοφθόρα βδελυγμία"
CYRILLIC = "Съешь же ещё этих мягких французских булок"
LINES = (ARABIC, HEBREW, GREEK, CYRILLIC)


def nota_with(*texts: str, subject: str | None = None) -> Nota:
    nota = example_nota()
    nota.sections.insert(
        0,
        Section(title="Talen", blocks=[Paragraph(runs=[Run(text=t)]) for t in texts]),
    )
    if subject is not None:
        nota.subject = subject
    return nota


@pytest.fixture(scope="module")
def scripts_pdf() -> bytes:
    inside = [f"Tussen tekst {line} en verder." for line in (HEBREW, ARABIC)]
    return render_nota(nota_with(*LINES, *inside)).pdf


@pytest.mark.parametrize("line", LINES, ids=["arabic", "hebrew", "greek", "cyrillic"])
def test_each_script_reads_back_in_logical_order(scripts_pdf, tmp_path, line):
    text = pdftotext(scripts_pdf, tmp_path)
    assert line in text.splitlines()


@pytest.mark.parametrize("line", [HEBREW, ARABIC], ids=["hebrew", "arabic"])
def test_an_rtl_passage_inside_dutch_reads_back_in_order(scripts_pdf, tmp_path, line):
    # poppler moves the space at a change of direction; the words and their order stay
    found = [ln for ln in pdftotext(scripts_pdf, tmp_path).splitlines() if "Tussen" in ln]
    assert any(line in ln for ln in found)
    wanted = "".join(f"Tussen tekst {line} en verder.".split())
    assert wanted in ["".join(ln.split()) for ln in found]


def test_arabic_is_shaped_but_copies_as_its_letters(scripts_pdf, tmp_path):
    text = pdftotext(scripts_pdf, tmp_path)
    assert not any(0xFB50 <= ord(c) <= 0xFEFF for c in text)  # no presentation forms
    joined = shaped(ARABIC)
    assert any(0xFE70 <= ord(c) <= 0xFEFF for c in joined)  # but the glyphs are joined forms
    assert "\ufefb" in joined  # lam-alef ligature


def test_a_passage_longer_than_a_line_keeps_its_line_order(tmp_path):
    words = ["".join(chr(0x05D0 + (i * 7 + j) % 27) for j in range(3 + i % 5)) for i in range(90)]
    passage = " ".join(words)
    text = pdftotext(render_nota(nota_with(passage)).pdf, tmp_path)
    lines = [ln.strip() for ln in text.splitlines() if ln.strip() and ln.strip()[0] in passage]
    joined = " ".join(ln for ln in lines if all(w in words for w in ln.split()))
    assert joined == passage
    assert len([ln for ln in lines if all(w in words for w in ln.split())]) >= 3


def test_every_font_is_embedded_and_maps_to_unicode(scripts_pdf, tmp_path):
    table = pdffonts(scripts_pdf, tmp_path)
    names = " ".join(f["name"] for f in table)
    assert "NotoSansArabic" in names
    assert table and all(f["emb"] == "yes" and f["uni"] == "yes" for f in table)


def test_a_character_no_font_has_prints_as_a_placeholder_and_nothing_else_is_lost(tmp_path):
    nota = nota_with("voor \U0001f600 na \U0001f680 einde")
    text = pdftotext(render_nota(nota).pdf, tmp_path)
    assert f"voor {PLACEHOLDER} na {PLACEHOLDER} einde" in text


def test_the_readiness_check_names_unprintable_characters():
    nota = nota_with("een \U0001f600 en \U00013000")
    problems = [p for p in readiness_problems(nota) if "font" in p.message]
    assert len(problems) == 1
    message = problems[0].message
    assert "U+1F600 GRINNING FACE" in message and "U+13000" in message
    assert readiness_problems(nota_with(*LINES)) == []  # every test line is printable


def test_unprintable_characters_are_named_once_in_order():
    assert unprintable_characters("a\U0001f600b\U0001f600\U0001f680 αβ שלום سلام") == [
        "\U0001f600",
        "\U0001f680",
    ]
    assert unprintable_characters("plain ascii") == []


def test_markup_in_rtl_text_prints_literally(tmp_path):
    hostile = "שלום en <b>x</b> &amp; <font face='Courier'> en سلام"
    text = pdftotext(render_nota(nota_with(hostile)).pdf, tmp_path)
    assert "en <b>x</b> &amp; <font face='Courier'> en" in text
    fonts = " ".join(f["name"] for f in pdffonts(render_nota(nota_with(hostile)).pdf, tmp_path))
    assert "Courier" not in fonts


def test_to_unicode_maps_presentation_forms_to_letters():
    cmap = to_unicode_cmap("F", [0x20, 0xFEE3, 0xFEFB])
    assert "<00> <0020>" in cmap
    assert f"<01> <{ord(unicodedata.normalize('NFKC', chr(0xFEE3))):04X}>" in cmap
    assert "<02> <06270644>" in cmap  # lam-alef: poppler reverses RTL glyph text back to lam, alef


def test_script_output_is_deterministic():
    nota = nota_with(*LINES)
    assert render_nota(nota).pdf == render_nota(nota).pdf


def test_a_fallback_font_keeps_bold(tmp_path):
    nota = nota_with("gewoon " + ARABIC)
    plain_fonts = {f["name"].split("+")[-1] for f in pdffonts(render_nota(nota).pdf, tmp_path)}
    nota.sections[0].title = "Kop " + ARABIC  # headings are bold
    bold_fonts = {f["name"].split("+")[-1] for f in pdffonts(render_nota(nota).pdf, tmp_path)}
    assert "NotoSansArabic-Bold" not in plain_fonts
    assert "NotoSansArabic-Bold" in bold_fonts


# --- right-to-left paragraphs sit on the right ----------------------------------------------

DUTCH = "De minister besluit na overleg met de betrokken departementen het volgende."


def _is_rtl(word: str) -> bool:
    return any(unicodedata.bidirectional(c) in ("R", "AL") for c in word)


@pytest.fixture(scope="module")
def aligned_pdf() -> bytes:
    nota = nota_with(ARABIC, DUTCH, "NAVO " + HEBREW, f"Tussen tekst {ARABIC} en verder.")
    nota.status = "ingetrokken"  # no watermark: its letters are words to poppler
    nota.sections[0].blocks.append(
        BulletList(items=[ListItem(runs=[Run(text=HEBREW)]), ListItem(runs=[Run(text=DUTCH)])])
    )
    return render_nota(nota).pdf


def _body_lines(pdf: bytes, tmp_path: Any) -> list[list[tuple[str, float, float, float]]]:
    """Return the body's lines on page 1 below the section heading, each as its word boxes
    (poppler gives right-to-left words in visual order: they are found by script, not text)."""
    g = geometry()
    boxes = [b for b in word_boxes(pdf, tmp_path) if b[2] < g.column_x - 5]
    top = next(b[3] for b in boxes if b[0] == "Talen")
    lines: list[list[tuple[str, float, float, float]]] = []
    for box in sorted((b for b in boxes if b[3] > top + 2), key=lambda b: b[3]):
        # the fonts of the scripts differ in height: words within 8 pt are one line (of 14)
        if lines and box[3] - lines[-1][0][3] < 8:
            lines[-1].append(box)
        else:
            lines.append([box])
    return [sorted(line, key=lambda b: b[1]) for line in lines]


def _rtl_share(line: list[tuple[str, float, float, float]]) -> float:
    words = [b[0] for b in line if b[0] != "•"]
    return sum(_is_rtl(w) for w in words) / len(words)


def test_a_mainly_arabic_or_hebrew_paragraph_ends_at_the_right_margin(aligned_pdf, tmp_path):
    g = geometry()
    right = g.body_x + g.body_width
    lines = [ln for ln in _body_lines(aligned_pdf, tmp_path) if _rtl_share(ln) > 0.7]
    assert len(lines) >= 3  # the Arabic paragraph, "NAVO" and Hebrew, the Hebrew bullet
    for line in lines:
        assert abs(line[-1][2] - right) < 1.5, line
        assert line[0][1] > g.body_x + 20, line  # not from the left margin


def test_a_dutch_paragraph_and_one_quoting_arabic_start_at_the_left_margin(aligned_pdf, tmp_path):
    g = geometry()
    lines = [ln for ln in _body_lines(aligned_pdf, tmp_path) if ln[0][0] in ("De", "Tussen")]
    assert len(lines) == 2
    for line in lines:
        assert abs(line[0][1] - g.body_x) < 1.5, line
    text = pdftotext(aligned_pdf, tmp_path)
    wanted = "".join(f"Tussen tekst {ARABIC} en verder.".split())  # logical order kept
    assert wanted in ["".join(ln.split()) for ln in text.splitlines()]


def test_a_right_to_left_list_item_has_its_bullet_on_the_right(aligned_pdf, tmp_path):
    bulleted = [ln for ln in _body_lines(aligned_pdf, tmp_path) if any(b[0] == "•" for b in ln)]
    hebrew = [ln for ln in bulleted if _rtl_share(ln) > 0.7]
    dutch = [ln for ln in bulleted if any(b[0] == "minister" for b in ln)]
    assert len(hebrew) == 1 and len(dutch) == 1
    assert hebrew[0][-1][0] == "•"  # the rightmost: after the Hebrew text
    assert dutch[0][0][0] == "•"  # the leftmost: before the Dutch text
