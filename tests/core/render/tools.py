"""Reading rendered PDFs with tools nobody here wrote: poppler's pdftotext, pdffonts, pdfinfo."""

from __future__ import annotations

import subprocess
from pathlib import Path

BIDI_CONTROLS = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e\u200e\u200f"))


def _run(args: list[str], pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "tool-input.pdf"
    path.write_bytes(pdf)
    done = subprocess.run(
        [*args, str(path)] + (["-"] if args[0] == "pdftotext" else []),
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


def pdftotext(pdf: bytes, tmp_path: Path, *options: str) -> str:
    """Return poppler's text of a PDF, without the bidi embedding marks poppler adds."""
    return _run(["pdftotext", *options], pdf, tmp_path).translate(BIDI_CONTROLS)


def pdffonts(pdf: bytes, tmp_path: Path) -> list[dict[str, str]]:
    """Return poppler's font table: name, type, emb, sub, uni per font."""
    lines = _run(["pdffonts"], pdf, tmp_path).splitlines()[2:]
    out = []
    for line in lines:
        parts = line.split()
        # name, type (one or two words), encoding, emb, sub, uni, object id, generation
        out.append(
            {
                "name": parts[0],
                "emb": parts[-5],
                "sub": parts[-4],
                "uni": parts[-3],
                "type": " ".join(parts[1:-6]),
            }
        )
    return out


def pdfinfo(pdf: bytes, tmp_path: Path, *options: str) -> str:
    """Return what poppler's pdfinfo prints."""
    return _run(["pdfinfo", *options], pdf, tmp_path)


def word_boxes(pdf: bytes, tmp_path: Path, page: int = 1) -> list[tuple[str, float, float, float]]:
    """Return poppler's words of one page with their boxes: (text, x min, x max, y min), in
    points from the top left."""
    import re
    from html import unescape

    xhtml = _run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page)], pdf, tmp_path)
    found = re.findall(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>',
        xhtml,
    )
    return [
        (unescape(text).translate(BIDI_CONTROLS), float(x0), float(x1), float(y0))
        for x0, y0, x1, text in found
    ]
