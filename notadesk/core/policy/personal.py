"""Likely personal data in a nota's text, listed before it is printed or exported.

Found: BSN (nine digits passing the 11-proef), IBAN (mod-97), telephone numbers (Dutch and
international), e-mail addresses, and every routing name marked personal that appears
elsewhere in the text. Passages already redacted (a Woo ground on the run) are not listed.
Number checks use python-stdnum. It warns; it never blocks.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Protocol

from stdnum import iban as stdnum_iban
from stdnum.nl import bsn as stdnum_bsn

from notadesk.core.model.nota import BulletList, ListItem, Nota, Paragraph, Run, Section, Table

BSN, IBAN, PHONE, EMAIL, NAME = "bsn", "iban", "phone", "email", "name"
KIND_LABELS = {
    BSN: "a citizen service number (BSN)",
    IBAN: "a bank account number (IBAN)",
    PHONE: "a telephone number",
    EMAIL: "an e-mail address",
    NAME: "a name marked as personal data in the routing",
}

# Each pattern starts with what it must start with and looks behind only then: Python's
# regular expressions skip ahead quickly to a possible first character, not to a lookbehind.
_BSN = re.compile(
    r"(\d(?<![\w.,/-]\d)(?:\d{8}|\d{3}\.\d{2}\.\d{3}|\d{2}[. ]\d{3}[. ]\d{3}))(?![\w/-]|[.,]\d)"
)
_IBAN = re.compile(
    r"([A-Z](?<![A-Za-z0-9][A-Z])[A-Z]\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?)"
    r"(?![A-Za-z0-9])"
)
_PHONE = re.compile(
    r"([+0](?<![\w+.,/-][+0])(?:(?<=\+)(?:\d[ -]?){8,13}\d|(?<=0)0(?:\d[ -]?){8,13}\d"
    r"|(?<=0)(?:\(0\))?[1-9](?:[ -]?\d){8}))(?![\w.,/-]?\d)"
)
_EMAIL = re.compile(
    r"(?<![\w.+-])[\w.+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})*\.[A-Za-z]{2,24}"
)


@dataclass(frozen=True)
class PersonalData:
    """One likely piece of personal data: what kind, the text, and where (a field path)."""

    kind: str
    text: str
    field: str
    where: str

    @property
    def message(self) -> str:
        """Return one sentence for the person."""
        return f"{self.where}: {KIND_LABELS[self.kind]} ({self.text})."

    def as_json(self) -> dict[str, str]:
        """Return the finding as a JSON-ready dict."""
        return {"kind": self.kind, "text": self.text, "field": self.field, "where": self.where}


def personal_data(nota: Nota) -> list[PersonalData]:
    """Return the likely personal data in a nota's text, in reading order."""
    names = sorted(
        {
            e.name.strip()
            for role in nota.routing.ROLES
            for e in getattr(nota.routing, role)
            if e.personal_data and len(e.name.strip()) >= 3
        }
        | {e.name.strip() for e in nota.drafted_by if e.personal_data and len(e.name.strip()) >= 3},
        key=len,
        reverse=True,
    )
    name_pattern = (
        re.compile(r"(?<!\w)(" + "|".join(re.escape(n) for n in names) + r")(?!\w)", re.IGNORECASE)
        if names
        else None
    )
    # One pass of each pattern over all texts joined by NUL (which no pattern crosses),
    # rather than one per text: a nota has hundreds of short texts.
    parts = list(_texts(nota))
    starts: list[int] = []
    at = 0
    for text, _field, _where in parts:
        starts.append(at)
        at += len(text) + 1
    joined = "\x00".join(text for text, _field, _where in parts)
    found = sorted(_scan(joined, name_pattern), key=lambda hit: hit[0])
    out = []
    for position, kind, value in found:
        _text, field, where = parts[bisect.bisect_right(starts, position) - 1]
        out.append(PersonalData(kind, value, field, where))
    return out


def _scan(text: str, names: re.Pattern[str] | None) -> Iterator[tuple[int, str, str]]:
    taken: list[tuple[int, int]] = []

    def free(m: re.Match[str]) -> bool:
        return all(m.end() <= a or m.start() >= b for a, b in taken)

    for m in _EMAIL.finditer(text) if "@" in text else ():
        taken.append(m.span())
        yield m.start(), EMAIL, m.group(0)
    for m in _IBAN.finditer(text):
        if free(m) and stdnum_iban.is_valid(m.group(1)):
            taken.append(m.span())
            yield m.start(), IBAN, m.group(1)
    for m in _BSN.finditer(text):
        money = "€" in text[max(0, m.start() - 3) : m.start()]
        if free(m) and not money and stdnum_bsn.is_valid(re.sub(r"\D", "", m.group(1))):
            taken.append(m.span())
            yield m.start(), BSN, m.group(1)
    for m in _PHONE.finditer(text):
        if free(m) and _phone_like(m.group(1)):
            taken.append(m.span())
            yield m.start(), PHONE, m.group(1)
    if names is not None:
        for m in names.finditer(text):
            if free(m):
                yield m.start(), NAME, m.group(1)


def _phone_like(value: str) -> bool:
    digits = re.sub(r"\D", "", value)
    if value.startswith(("+", "00")):
        return 9 <= len(digits.removeprefix("00")) <= 15
    return len(digits) == 10


def _texts(nota: Nota) -> Iterator[tuple[str, str, str]]:
    """Yield (unredacted text, field path, where in words) for every text of the nota."""
    yield nota.subject, "subject", "Subject"
    for i, section in enumerate(nota.sections):
        yield from _section_texts(section, f"sections[{i}]", f"Section {i + 1}")
    for i, finding in enumerate(nota.findings):
        yield finding.text, f"findings[{i}].text", f"Finding {finding.number or i + 1}"
        if finding.comment:
            yield finding.comment, f"findings[{i}].comment", f"Finding {finding.number or i + 1}"
    for i, commitment in enumerate(nota.commitments):
        yield commitment.text, f"commitments[{i}].text", f"Commitment {i + 1}"
    for i, attachment in enumerate(nota.attachments):
        yield attachment.title, f"attachments[{i}].title", f"Attachment {i + 1}"


def _section_texts(section: Section, path: str, where: str) -> Iterator[tuple[str, str, str]]:
    yield section.title, path, where
    for block in section.blocks:
        for runs in _block_runs(block):
            yield _plain(runs), path, where
    for j, sub in enumerate(section.subsections):
        yield from _section_texts(sub, f"{path}.subsections[{j}]", f"{where}.{j + 1}")


def _block_runs(block: object) -> Iterator[list[Run]]:
    if isinstance(block, Paragraph):
        yield block.runs
    elif isinstance(block, BulletList):
        stack: list[object] = list(block.items)
        while stack:
            entry = stack.pop(0)
            if isinstance(entry, ListItem):
                yield entry.runs
                stack[0:0] = list(entry.children)
            elif isinstance(entry, BulletList):
                stack[0:0] = list(entry.items)
    elif isinstance(block, Table):
        for row in block.rows:
            for cell in row.cells:
                for paragraph in cell.paragraphs:
                    yield paragraph.runs


def _plain(runs: list[Run]) -> str:
    """Return the unredacted text of some runs (a redacted run reads as a gap)."""
    return "".join(" " if run.redact else run.text for run in runs)


class EventLog(Protocol):
    """Where a warning is recorded (the store)."""

    def record_event(
        self, draft_id: str, action: str, detail: str = "", data: dict[str, Any] | None = None
    ) -> None: ...


def warn_and_record(log: EventLog, draft_id: str, nota: Nota, occasion: str) -> list[PersonalData]:
    """Return the likely personal data before a print or export, and record that it was
    shown (kinds and places only: the audit log never copies the personal data itself)."""
    hits = personal_data(nota)
    if hits:
        detail, data = warning_entry(hits, occasion)
        log.record_event(draft_id, "personal-data", detail, data)
    return hits


def warning_entry(hits: list[PersonalData], occasion: str) -> tuple[str, dict[str, Any]]:
    """Return the audit entry's detail and data for warnings shown (never the data itself)."""
    kinds = sorted({h.kind for h in hits})
    detail = f"before {occasion}: {len(hits)} likely item(s) of personal data ({', '.join(kinds)})"
    items = [{"kind": h.kind, "field": h.field} for h in hits[:50]]
    return detail, {"occasion": occasion, "count": len(hits), "items": items}
