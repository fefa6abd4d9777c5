"""Text the user typed, made safe for ReportLab's paragraph markup.

Everything typed is data: it is cleaned of control characters and XML-escaped before any markup
of ours is put around it, so ``<b>``, ``<img src=…>`` or ``&nbsp;`` print literally and can
never make ReportLab change a font, read a file or fetch a URL.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from notadesk.core.model.nota import Nota, Run
from notadesk.core.render.scripts import shaped
from notadesk.core.render.styles import colour_hex

_KEEP_CONTROLS = {"\n", "\t"}


def clean_text(text: str) -> str:
    """Return text without control characters, lone surrogates or non-characters."""
    if text.isprintable():
        return text
    out = []
    for ch in text:
        if ch in _KEEP_CONTROLS:
            out.append(ch)
            continue
        category = unicodedata.category(ch)
        if category in ("Cc", "Cs") or ch in ("\ufffe", "\uffff"):
            continue
        out.append(ch)
    return "".join(out)


@lru_cache(maxsize=4096)
def escape(text: str) -> str:
    """Return typed text as paragraph markup that prints exactly that text.

    Arabic letters are given their joined forms (:mod:`notadesk.core.render.scripts` sets
    each character in a font that has it and draws right-to-left runs in visual order).
    Remembered: a preview escapes the same texts render after render.
    """
    text = shaped(clean_text(text))
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if "\n" in text or "\t" in text:
        text = text.replace("\t", " ").replace("\n", "<br/>")
    return text


def plain(text: str) -> str:
    """Return typed text cleaned for drawing straight on the canvas (no markup involved)."""
    return " ".join(clean_text(text).split())


def redaction_box(code: str | None) -> str:
    """Return the markup of a grey box naming the Woo ground that removed a passage."""
    from notadesk.core.policy.woo import woo_ground

    try:
        ground = woo_ground(code)
    except KeyError:  # an unknown code still prints as a box, never as the text
        label = escape(code or "")
    else:
        label = f"{escape(ground.code)} {escape(ground.short_label)}"
    return (
        f'<span backColor="{colour_hex("redaction")}" color="{colour_hex("redaction_text")}">'
        f"\u00a0{label}\u00a0</span>"
    )


@dataclass(frozen=True)
class Name:
    """A name as printed: its text, or the Woo ground that replaces it."""

    text: str
    redacted_by: str | None = None

    def markup(self) -> str:
        """Return the name as paragraph markup."""
        if self.redacted_by is not None:
            return redaction_box(self.redacted_by)
        return escape(self.text)


def runs_markup(runs: Iterable[Run], nota: Nota, *, woo: bool) -> str:
    """Return runs as paragraph markup; in the Woo variant redacted passages become boxes."""
    parts: list[str] = []
    redacting: str | None = None
    for run in runs:
        if woo and run.redact:
            if redacting != run.redact:  # one box per passage, even across style changes
                parts.append(redaction_box(run.redact))
                redacting = run.redact
            continue
        redacting = None
        if run.generated == "positions-summary":
            from notadesk.core.policy.positions import positions_summary

            text = escape(positions_summary(nota.findings))
        elif run.generated:
            continue
        else:
            text = escape(run.text)
        if not text:
            continue
        parts.append(_styled(text, run))
    return "".join(parts)


def _styled(text: str, run: Run) -> str:
    if run.bold:
        text = f"<b>{text}</b>"
    if run.italic:
        text = f"<i>{text}</i>"
    if run.underline:
        text = f"<u>{text}</u>"
    if run.highlight:
        text = f'<span backColor="{colour_hex("highlight")}">{text}</span>'
    return text
