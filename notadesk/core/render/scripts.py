"""Every script prints: per-character font fallback, right-to-left order and Arabic shaping.

The house font (Liberation Sans) covers Latin, Greek, Cyrillic and Hebrew. A character it lacks
is set in the first bundled fallback font that has it (Noto Sans, Noto Sans Arabic, Noto Sans
Hebrew; the list is data in ``resources/styles/nota.json``). A character no bundled font has is
printed as a visible placeholder (U+FFFD) and named by the readiness check beforehand
(:func:`unprintable_characters`); it is never dropped silently.

Right-to-left passages (Hebrew, Arabic) are shaped with arabic-reshaper (contextual forms and
the lam-alef ligature) in logical order, so ReportLab measures and breaks lines on the real
glyphs; each laid-out line is then drawn in visual order as python-bidi's implementation of the
Unicode bidirectional algorithm resolves it (:func:`paragraph_class`). The ToUnicode maps of
the embedded fonts give the Arabic letters back (not their presentation forms), so copying or
extracting the text gives what was typed.

A paragraph of the text whose letters are mainly right-to-left is set right to left as a
whole: aligned on the right margin, indented from the right, its bullet or number on the right
(:func:`mainly_rtl`, :func:`right_to_left`).

Known limit: combining marks are not positioned by the font's GPOS table (ReportLab has no
shaper of its own).
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

PLACEHOLDER = "\ufffd"
"""What prints in place of a character no bundled font has."""

_RTL = "\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc"
_RTL_STRETCH = re.compile(rf"[{_RTL}](?:[{_RTL}\s\d.,:;!?()\-'\"«»%/]*[{_RTL}])?")
_IGNORABLE_CATEGORIES = frozenset({"Cc", "Cf", "Zs", "Zl", "Zp", "Mn"})
_LOCK = threading.Lock()


@dataclass(frozen=True)
class FallbackFamily:
    """A registered fallback family and the characters it has."""

    family: str
    chars: frozenset[int]


def _font_data() -> dict[str, Any]:
    from notadesk.core.render.styles import style_data

    return dict(style_data()["fonts"])


@cache
def primary_chars() -> frozenset[int]:
    """Return the characters the house font has (its regular face)."""
    from reportlab.pdfbase import pdfmetrics

    from notadesk.core.render.fonts import fonts

    return frozenset(pdfmetrics.getFont(fonts().regular).face.charToGlyph)


@cache
def _register_fallbacks() -> tuple[FallbackFamily, ...]:
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    from notadesk.errors import RenderError
    from notadesk.resources import resource_path

    out = []
    for spec in _font_data()["fallbacks"]:
        family = str(spec["family"])
        faces = {family: spec["regular"], f"{family}-Bold": spec["bold"]}
        for name, file_name in faces.items():
            path = resource_path("fonts", file_name)
            try:
                pdfmetrics.registerFont(TTFont(name, str(path)))
            except Exception as exc:  # a damaged or missing font file
                raise RenderError(f"The font file {path.name} cannot be used: {exc}.") from exc
        for bold, italic in ((0, 0), (0, 1), (1, 0), (1, 1)):  # no italics: upright stands in
            addMapping(family, bold, italic, f"{family}-Bold" if bold else family)
        chars = frozenset(pdfmetrics.getFont(family).face.charToGlyph)
        out.append(FallbackFamily(family, chars))
    return tuple(out)


def fallbacks() -> tuple[FallbackFamily, ...]:
    """Register the bundled fallback fonts (once per process) and return them in order."""
    with _LOCK:
        return _register_fallbacks()


def _ignorable(ch: str) -> bool:
    return unicodedata.category(ch) in _IGNORABLE_CATEGORIES


@cache
def family_for(ch: str) -> str | None:
    """Return the fallback family that prints a character the house font lacks.

    Returns None when the house font has it, and ``""`` when no bundled font has it.
    """
    code = ord(ch)
    if code in primary_chars():
        return None
    for fallback in fallbacks():
        if code in fallback.chars:
            return fallback.family
    return ""


def needs_fallback(text: str) -> bool:
    """Return whether some character of cleaned text is not in the house font or is RTL."""
    if text.isascii():
        return False
    primary = primary_chars()
    return not primary.issuperset(map(ord, set(text))) or _RTL_STRETCH.search(text) is not None


def unprintable_characters(text: str) -> list[str]:
    """Return the characters of text that no bundled font has, each once, in text order.

    Control, format and space characters are not counted (they print as nothing or space).
    """
    if text.isascii():
        return []
    primary = primary_chars()
    out: list[str] = []
    for ch in dict.fromkeys(text):
        if ord(ch) in primary or _ignorable(ch):
            continue
        if family_for(ch) == "" and ch not in out:
            out.append(ch)
    return out


def describe(ch: str) -> str:
    """Return a character as a person can find it: itself, its code point and its name."""
    name = unicodedata.name(ch, "")
    return f"{ch} (U+{ord(ch):04X}{' ' + name if name else ''})"


# --- right to left ----------------------------------------------------------------------------


@cache
def _reshaper() -> Any:
    from arabic_reshaper import ArabicReshaper

    # Keep every diacritic (the default deletes harakat: text must never be lost).
    return ArabicReshaper(configuration={"delete_harakat": False, "support_ligatures": True})


def shaped(text: str) -> str:
    """Return text with its Arabic letters in their joined forms, still in logical order."""
    if text.isascii():
        return text
    return _RTL_STRETCH.sub(lambda m: _reshaper().reshape(m.group(0)), text)


def has_rtl(text: str) -> bool:
    """Return whether text holds a right-to-left character."""
    return _RTL_STRETCH.search(text) is not None


def visual_order(text: str, base_level: int = 0) -> list[tuple[int, str]]:
    """Return a line's characters in display order: (logical index, character).

    ``base_level`` is the paragraph's direction (0 left to right, 1 right to left).

    The Unicode bidirectional algorithm of python-bidi resolves the levels and reorders
    (rules W1 to L2, brackets mirrored); the index says which run each character came from.
    """
    from bidi import algorithm

    storage = algorithm.get_empty_storage()
    storage["base_level"] = base_level
    storage["base_dir"] = "LR"[base_level]
    algorithm.get_embedding_levels(text, storage, False, False)
    for i, char in enumerate(storage["chars"]):
        char["index"] = i
    algorithm.explicit_embed_and_overrides(storage, debug=False)
    algorithm.resolve_weak_types(storage, debug=False)
    algorithm.resolve_neutral_types(storage, debug=False)
    algorithm.resolve_implicit_levels(storage, debug=False)
    algorithm.reorder_resolved_levels(storage, debug=False)
    algorithm.apply_mirroring(storage, debug=False)
    return [(char["index"], char["ch"]) for char in storage["chars"]]


def mainly_rtl(text: str) -> bool:
    """Return whether a paragraph is mainly right to left: at least two thirds of its letters
    (strong characters) are Arabic or Hebrew. A Dutch sentence quoting Arabic stays left to
    right; a Hebrew paragraph that starts with a Latin abbreviation does not."""
    rtl = ltr = 0
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            rtl += 1
        elif kind == "L":
            ltr += 1
    return rtl >= 2 * ltr and rtl > 0


@cache
def right_to_left(style: Any) -> Any:
    """Return a paragraph style mirrored for a right-to-left paragraph: aligned right and
    indented from the right (its bullet is drawn on the right by :func:`paragraph_class`)."""
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    return ParagraphStyle(
        f"{style.name}|rtl",
        parent=style,
        alignment=TA_RIGHT,
        leftIndent=style.rightIndent,
        rightIndent=style.leftIndent,
    )


def base_level(text: str) -> int:
    """Return a paragraph's direction by its first strong character (rules P2, P3)."""
    from bidi import algorithm

    return int(algorithm.get_base_level(text))


def visual_line(frags: list[Any], base: int = 0) -> list[Any]:
    """Return a laid-out line's fragments in display order (each split where order changes)."""
    owners: list[int] = []
    text = []
    for n, frag in enumerate(frags):
        piece = getattr(frag, "text", "")
        if hasattr(frag, "cbDefn") or not isinstance(piece, str):
            return frags  # an inline object: leave the line as laid out
        owners.extend([n] * len(piece))
        text.append(piece)
    joined = "".join(text)
    if len(owners) != len(joined) or not has_rtl(joined):
        return frags
    out: list[Any] = []
    owner, chars = -1, []
    for index, ch in visual_order(joined, base):
        if owners[index] != owner and chars:
            out.append(frags[owner].clone(text="".join(chars)))
            chars = []
        owner = owners[index]
        chars.append(ch)
    if chars:
        out.append(frags[owner].clone(text="".join(chars)))
    return out


@cache
def paragraph_class() -> type:
    """Return ReportLab's Paragraph that draws each line's right-to-left runs in visual order.

    Lines are broken on the logical text; only drawing reorders (on a copy), so widths,
    splitting and justification are ReportLab's own.
    """
    from copy import copy

    from reportlab.platypus import Paragraph

    class BidiParagraph(Paragraph):  # type: ignore[misc]
        def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
            # ReportLab breaks a paragraph's lines again for the same width (a KeepTogether
            # measures it, then the frame places it): the lines depend on the width alone.
            # (Kept only while the lines are the ones made: splitting may drop them.)
            kept = self.__dict__.get("_wrapped")
            if (
                kept is not None
                and kept[0] == avail_width
                and kept[1] is self.__dict__.get("blPara")
            ):
                self.width, self.height = kept[2]
                return kept[2]  # type: ignore[no-any-return]
            size: tuple[float, float] = super().wrap(avail_width, avail_height)
            self._wrapped = (avail_width, self.blPara, size)
            return size

        def split(self, avail_width: float, avail_height: float) -> list[Any]:
            parts: list[Any] = super().split(avail_width, avail_height)
            bullet = self.__dict__.get("rtl_bullet")
            if bullet and parts:  # the first part keeps the bullet, as ReportLab's own does
                parts[0].rtl_bullet = bullet
            return parts

        def beginText(self, x: float, y: float) -> Any:
            text = super().beginText(x, y)
            self.__dict__["_text"] = text
            return text

        def drawPara(self, debug: int = 0) -> Any:
            try:
                return self._draw_para(debug)
            finally:
                # ReportLab gives the text object a method bound to itself (``_do_line``):
                # a reference cycle that would keep the whole canvas and PDF document alive
                # until the garbage collector finds it. Broken here, they are freed at once.
                text = self.__dict__.pop("_text", None)
                if text is not None:
                    text.__dict__.pop("_do_line", None)

        def _draw_para(self, debug: int) -> Any:
            if self.__dict__.get("rtl_bullet"):
                self._draw_bullet_on_the_right()
            laid_out = self.blPara
            logical = _laid_out_text(laid_out)
            if not has_rtl(logical):
                return super().drawPara(debug)
            # A paragraph set right to left reads right to left; another by its first letter.
            base = 1 if self.style.name.endswith("|rtl") else base_level(logical)
            visual = copy(laid_out)
            if laid_out.kind == 0:
                visual.lines = [
                    (extra, _visual_text(" ".join(words), base).split(" "))
                    for extra, words in laid_out.lines
                ]
            else:
                visual.lines = []
                for line in laid_out.lines:
                    moved = copy(line)
                    moved.words = visual_line(line.words, base)
                    visual.lines.append(moved)
            self.blPara = visual
            try:
                return super().drawPara(debug)
            finally:
                self.blPara = laid_out

        def _draw_bullet_on_the_right(self) -> None:
            # ReportLab's bullet, mirrored: its right edge ``bulletIndent`` from the right
            # edge, on the first line's baseline (the paragraph was made without bulletText).
            from reportlab.pdfbase.pdfmetrics import stringWidth
            from reportlab.rl_config import paraFontSizeHeightOffset

            style, bullet, canvas = self.style, self.rtl_bullet, self.canv
            first = self.blPara if self.blPara.kind == 0 else self.blPara.lines[0]
            if paraFontSizeHeightOffset:
                y = self.height - first.fontSize
            else:
                y = self.height - getattr(first, "ascent", first.fontSize)
            width = stringWidth(bullet, style.bulletFontName, style.bulletFontSize)
            text = canvas.beginText(self.width - style.bulletIndent - width, y)
            text.setFont(style.bulletFontName, style.bulletFontSize)
            text.setFillColor(getattr(style, "bulletColor", style.textColor))
            text.textOut(bullet)
            canvas.drawText(text)

    return BidiParagraph


def _laid_out_text(laid_out: Any) -> str:
    if laid_out.kind == 0:
        return " ".join(" ".join(words) for _extra, words in laid_out.lines)
    return " ".join(str(getattr(f, "text", "")) for line in laid_out.lines for f in line.words)


def _visual_text(text: str, base: int) -> str:
    if not has_rtl(text):
        return text
    return "".join(ch for _i, ch in visual_order(text, base))


# --- fonts per character ----------------------------------------------------------------------


def fallback_frags(frags: list[Any]) -> list[Any]:
    """Return parsed paragraph fragments with each stretch in a font that has its characters.

    A stretch keeps its fragment's bold and italic (the fallback family's matching face);
    a character no bundled font has becomes :data:`PLACEHOLDER` in the first fallback font.
    """
    out: list[Any] = []
    for frag in frags:
        text = getattr(frag, "text", None)
        if not isinstance(text, str) or hasattr(frag, "cbDefn") or not needs_fallback(text):
            out.append(frag)
            continue
        out.extend(_split_frag(frag, text))
    return out


def _split_frag(frag: Any, text: str) -> Iterator[Any]:
    from reportlab.lib.fonts import tt2ps

    first = fallbacks()[0].family
    current: str | None = None
    start = 0
    pieces: list[tuple[str | None, str]] = []
    for i, ch in enumerate(text):
        if ch.isspace():
            continue  # a space joins whatever stretch it is in
        family = family_for(ch)
        if family == "":
            family = first
        if family != current:
            pieces.append((current, text[start:i]))
            current, start = family, i
    pieces.append((current, text[start:]))
    for family, piece in pieces:
        if not piece:
            continue
        if family is None:
            yield frag.clone(text=piece)
            continue
        if family == first:
            piece = "".join(PLACEHOLDER if family_for(ch) == "" else ch for ch in piece)
        font = tt2ps(family, int(bool(frag.bold)), int(bool(frag.italic)))
        yield frag.clone(text=piece, fontName=font)


# --- what copying the text gives ------------------------------------------------------------


def _logical(code: int) -> str:
    """Return what a glyph's character means: presentation forms become their letters."""
    ch = chr(code)
    if 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFF:
        decomposed = unicodedata.normalize("NFKC", ch)
        if decomposed and decomposed != ch:
            return decomposed[::-1] if len(decomposed) > 1 else decomposed
    return ch


def to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """Return ReportLab's ToUnicode CMap with Arabic presentation forms mapped to letters."""
    return _to_unicode_cmap(fontname, tuple(subset))


@lru_cache(maxsize=256)
def _to_unicode_cmap(fontname: str, subset: tuple[int, ...]) -> str:
    # A re-render makes the same maps again: they are remembered.
    from reportlab.pdfbase import ttfonts

    make = getattr(ttfonts.makeToUnicodeCMap, "original", ttfonts.makeToUnicodeCMap)
    cmap: str = make(fontname, list(subset))
    if not any(0xFB50 <= v <= 0xFEFF for v in subset):
        return cmap
    for i, v in enumerate(subset):
        meaning = _logical(v)
        if meaning != chr(v):
            hexed = meaning.encode("utf-16-be").hex().upper()
            cmap = cmap.replace(f"<{i:02X}> <{v:04X}>", f"<{i:02X}> <{hexed}>", 1)
    return cmap


@cache
def install() -> None:
    """Make ReportLab's ToUnicode maps give Arabic letters (once per process)."""
    from reportlab.pdfbase import ttfonts

    original = ttfonts.makeToUnicodeCMap

    def make(fontname: str, subset: list[int]) -> str:
        return to_unicode_cmap(fontname, subset)

    make.original = original  # type: ignore[attr-defined]
    ttfonts.makeToUnicodeCMap = make
