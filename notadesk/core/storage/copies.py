"""The copy register's rows: every printed copy of a registered level, never edited.

Rows are append-only (the database refuses UPDATE and DELETE). A recipient filled in later is
a new row of kind ``recipient`` whose ``corrects_id`` points at the printed copy. What is
registered, and when, is decided in ``render/register.py``; this module only reads and writes.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from notadesk.core.storage.records import now_iso
from notadesk.core.storage.tables import CopyRegisterRow, DraftRow
from notadesk.errors import NotFoundError

KIND_PRINT = "print"
KIND_RECIPIENT = "recipient"


@dataclass(frozen=True)
class RegisterEntry:
    """One row of the copy register, with its draft's Onze Referentie."""

    id: int
    draft_id: str
    reference: str
    revision: int
    copy_number: int
    copies: int
    printed_at: str
    level: str
    marking: str
    pdf_sha256: str
    recipient: str
    kind: str
    corrects_id: int | None
    note: str

    def as_json(self) -> dict[str, Any]:
        """Return the entry as a JSON-ready dict."""
        return asdict(self)


@dataclass(frozen=True)
class PrintedCopies:
    """What one print adds to the register: ``copies`` rows numbered 1 … ``copies``."""

    draft_id: str
    revision: int
    copies: int
    level: str
    marking: str
    pdf_sha256: str
    note: str = ""


def add_copies(s: Session, printed: PrintedCopies, *, at: str) -> None:
    """Add one register row per printed copy inside a write session."""
    s.execute(
        insert(CopyRegisterRow),
        [
            {
                "draft_id": printed.draft_id,
                "revision": printed.revision,
                "copy_number": n,
                "copies": printed.copies,
                "printed_at": at,
                "level": printed.level,
                "marking": printed.marking,
                "pdf_sha256": printed.pdf_sha256,
                "recipient": "",
                "kind": KIND_PRINT,
                "corrects_id": None,
                "note": printed.note,
            }
            for n in range(1, printed.copies + 1)
        ],
    )


def entries(s: Session, draft_id: str | None = None) -> list[RegisterEntry]:
    """Return the register's rows (of one draft, or all), oldest first."""
    query = select(CopyRegisterRow, DraftRow.reference).outerjoin(
        DraftRow, DraftRow.id == CopyRegisterRow.draft_id
    )
    if draft_id is not None:
        query = query.where(CopyRegisterRow.draft_id == draft_id)
    rows = s.execute(query.order_by(CopyRegisterRow.id)).all()
    return [_entry(row, reference or "") for row, reference in rows]


def add_recipient(s: Session, entry_id: int, name: str) -> int:
    """Record a copy's recipient as a new row correcting the printed copy; return its id.

    Raises:
        NotFoundError: there is no register entry with this number.
    """
    original = s.get(CopyRegisterRow, entry_id)
    if original is None:
        raise NotFoundError(f"The copy register has no entry {entry_id}.")
    if original.kind != KIND_PRINT and original.corrects_id is not None:
        original = s.get(CopyRegisterRow, original.corrects_id) or original
    row = CopyRegisterRow(
        draft_id=original.draft_id,
        revision=original.revision,
        copy_number=original.copy_number,
        copies=original.copies,
        printed_at=now_iso(),
        level=original.level,
        marking=original.marking,
        pdf_sha256=original.pdf_sha256,
        recipient=name,
        kind=KIND_RECIPIENT,
        corrects_id=original.id,
        note="",
    )
    s.add(row)
    s.flush()
    return int(row.id)


def _entry(row: CopyRegisterRow, reference: str) -> RegisterEntry:
    return RegisterEntry(
        id=row.id,
        draft_id=row.draft_id,
        reference=reference,
        revision=row.revision,
        copy_number=row.copy_number,
        copies=row.copies,
        printed_at=row.printed_at,
        level=row.level,
        marking=row.marking,
        pdf_sha256=row.pdf_sha256,
        recipient=row.recipient,
        kind=row.kind,
        corrects_id=row.corrects_id,
        note=row.note,
    )
