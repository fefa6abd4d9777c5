"""The fixed words of a nota (type lines, statuses, positions), read from resources."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from notadesk.resources import load_json


def vocabulary() -> dict[str, Any]:
    """Return the whole vocabulary data file."""
    return load_json("nota", "vocabulary.json")


@dataclass(frozen=True)
class Term:
    """An id as stored and the words it prints as."""

    id: str
    label: str


@cache
def type_lines() -> tuple[Term, ...]:
    """Return the type lines (TER BESLISSING, …) in display order."""
    return tuple(Term(t["id"], t["label"]) for t in vocabulary()["type_lines"])


@cache
def statuses() -> tuple[Term, ...]:
    """Return the statuses in workflow order."""
    return tuple(Term(s["id"], s["label"]) for s in vocabulary()["statuses"])


@cache
def positions() -> tuple[Term, ...]:
    """Return the cabinet's possible positions on a finding."""
    return tuple(Term(p["id"], p["label"]) for p in vocabulary()["positions"])


@cache
def commitment_statuses() -> tuple[Term, ...]:
    """Return the statuses of a commitment."""
    return tuple(Term(s["id"], s["label"]) for s in vocabulary()["commitment_statuses"])


def label(terms: tuple[Term, ...], term_id: str | None) -> str:
    """Return the label of an id among terms, or the id itself when unknown."""
    for term in terms:
        if term.id == term_id:
            return term.label
    return term_id or ""


def type_line_label(type_id: str) -> str:
    """Return the printed type line for a type id."""
    return label(type_lines(), type_id)


def signature_kind(type_id: str) -> str:
    """Return which signature block fits a type line: decision, seen or signature."""
    for t in vocabulary()["type_lines"]:
        if t["id"] == type_id:
            return str(t["signature"])
    return "seen"


def status_shows_watermark(status_id: str) -> bool:
    """Return whether a draft in this status prints with the CONCEPT watermark."""
    return any(s["id"] == status_id and s["watermark"] for s in vocabulary()["statuses"])


def status_prints_as_pdfa(status_id: str) -> bool:
    """Return whether a draft in this status always prints as PDF/A (for the archive)."""
    return any(s["id"] == status_id and s.get("pdfa") for s in vocabulary()["statuses"])


def allowed_transitions(status_id: str) -> list[str]:
    """Return the statuses a draft may move to from this one."""
    return list(vocabulary()["status_transitions"].get(status_id, []))


def field_label(key: str) -> str:
    """Return the printed label of a form field (``to`` → ``Aan``)."""
    return str(vocabulary()["labels"][key])


def default_finding_groups() -> list[str]:
    """Return the finding groups a new nota starts with."""
    return list(vocabulary()["finding_groups"])


def default_section_titles() -> list[str]:
    """Return the section titles a new nota starts with."""
    return list(vocabulary()["default_sections"])


def format_date(value: dt.date | None) -> str:
    """Return a date the Dutch way: ``23 september 2022``."""
    if value is None:
        return ""
    month = vocabulary()["months"][value.month - 1]
    return f"{value.day} {month} {value.year}"


def date_spellings(value: dt.date) -> list[str]:
    """Return the ways a person writes a date in a text: 13 september 2022, 13-9-2022, …

    The day and month alone ("13 september") count too: in a line that also prints the full
    date they read as the same date twice.
    """
    d, m, y = value.day, value.month, value.year
    month = vocabulary()["months"][m - 1]
    out = [format_date(value), f"{d} {month}", value.isoformat()]
    for sep in ("-", "/", "."):
        out += [f"{d}{sep}{m}{sep}{y}", f"{d:02d}{sep}{m:02d}{sep}{y}"]
    return out


def due_line(text: str, date: dt.date | None) -> str:
    """Return 'Uiterlijk bij' as printed: the text, then the date unless the text holds it."""
    text = " ".join(text.split())
    if date is None:
        return text
    folded = text.casefold()
    for spelling in date_spellings(date):
        if re.search(rf"(?<![0-9]){re.escape(spelling.casefold())}(?![0-9])", folded):
            return text
    return " ".join(p for p in (text, format_date(date)) if p)
