"""The copy register: every printed copy of a registered level, never edited afterwards.

Rows are append-only (database triggers refuse UPDATE and DELETE). A recipient filled in later
is a new row of kind ``recipient`` whose ``corrects_id`` points at the printed copy.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from notadesk.core.policy.markings import marking_level
from notadesk.core.storage import audit
from notadesk.core.storage.store import Draft, DraftStore, now_iso
from notadesk.core.storage.tables import CopyRegisterRow, DraftRow
from notadesk.errors import NotFoundError, ValidationError

if TYPE_CHECKING:
    from notadesk.core.render import RenderOptions, RenderResult

KIND_PRINT = "print"
KIND_RECIPIENT = "recipient"
MAX_RECIPIENT = 500


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


def record_copies(
    store: DraftStore, draft: Draft, result: RenderResult, options: RenderOptions
) -> int:
    """Add one register entry per copy where the level requires it, and log the print.

    Levels without a register or access logging record nothing.
    """
    level = marking_level(draft.nota.classification.level)
    if not (level.register or level.log_access):
        return 0  # nothing to record: the store is not even touched
    decision = draft.nota.classification.declassified
    if options.woo and decision is not None:  # no longer a classified copy: logged, not counted
        store.record_event(
            draft.id,
            "print",
            f"Woo variant of the declassified nota (decision {decision.reference})",
            {"sha256": result.sha256, "declassified": decision.reference},
        )
        return 0
    stamp = now_iso()
    variant = "Woo" if options.woo else "normal"
    person = store.person()
    with store.writing() as s:
        if level.register:
            for n in range(1, result.copies + 1):
                s.add(
                    CopyRegisterRow(
                        draft_id=draft.id,
                        revision=draft.revision,
                        copy_number=n,
                        copies=result.copies,
                        printed_at=stamp,
                        level=level.id,
                        marking=level.marking,
                        pdf_sha256=result.sha256,
                        recipient="",
                        kind=KIND_PRINT,
                        corrects_id=None,
                        note="Woo-publicatieversie" if options.woo else "",
                    )
                )
        audit.record(
            s,
            draft.id,
            "print",
            f"revision {draft.revision}, {result.copies} copies, {variant}, sha256 {result.sha256}",
            at=stamp,
            person=person,
            data={"copies": result.copies, "revision": draft.revision, "variant": variant},
        )
    return result.copies if level.register else 0


DOCX_NOTE = "Word-document (.docx)"
"""The register note of a copy exported as a Word document."""


def record_document_copy(store: DraftStore, draft: Draft, sha256: str, *, woo: bool) -> int:
    """Record a Word document exported from a draft: a copy, like one printed copy.

    Where the level keeps a register, one entry (copy 1 of 1, noted as a Word document);
    where it keeps a register or logs access, an audit entry. Returns how many register
    entries were made.
    """
    level = marking_level(draft.nota.classification.level)
    if not (level.register or level.log_access):
        return 0
    stamp = now_iso()
    variant = "Woo" if woo else "normal"
    person = store.person()
    with store.writing() as s:
        if level.register:
            s.add(
                CopyRegisterRow(
                    draft_id=draft.id,
                    revision=draft.revision,
                    copy_number=1,
                    copies=1,
                    printed_at=stamp,
                    level=level.id,
                    marking=level.marking,
                    pdf_sha256=sha256,
                    recipient="",
                    kind=KIND_PRINT,
                    corrects_id=None,
                    note=DOCX_NOTE + (", Woo-publicatieversie" if woo else ""),
                )
            )
        audit.record(
            s,
            draft.id,
            "export-docx",
            f"revision {draft.revision}, {variant}, sha256 {sha256}",
            at=stamp,
            person=person,
            data={"revision": draft.revision, "variant": variant, "format": "docx"},
        )
    return 1 if level.register else 0


def register_entries(store: DraftStore, draft_id: str | None = None) -> list[RegisterEntry]:
    """Return the register's rows (of one draft, or all), oldest first."""
    query = select(CopyRegisterRow, DraftRow.reference).outerjoin(
        DraftRow, DraftRow.id == CopyRegisterRow.draft_id
    )
    if draft_id is not None:
        query = query.where(CopyRegisterRow.draft_id == draft_id)
    with store.reading() as s:
        rows = s.execute(query.order_by(CopyRegisterRow.id)).all()
        return [_entry(row, reference or "") for row, reference in rows]


def current_recipients(entries: list[RegisterEntry]) -> dict[int, str]:
    """Return, per printed copy's entry id, its recipient after every correction."""
    out = {e.id: e.recipient for e in entries if e.kind == KIND_PRINT}
    for e in entries:
        if e.kind == KIND_RECIPIENT and e.corrects_id in out:
            out[e.corrects_id] = e.recipient
    return out


def set_recipient(store: DraftStore, entry_id: int, recipient: str) -> RegisterEntry:
    """Record who received a printed copy, as a new entry correcting the original.

    Raises:
        NotFoundError: there is no register entry with this number.
        ValidationError: the recipient is empty or too long.
    """
    name = " ".join(recipient.split())
    if not name:
        raise ValidationError("The recipient's name is empty.", field="recipient")
    if len(name) > MAX_RECIPIENT:
        raise ValidationError(
            f"The recipient's name is longer than {MAX_RECIPIENT} characters.", field="recipient"
        )
    with store.writing() as s:
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
        new_id = row.id
    return next(e for e in register_entries(store) if e.id == new_id)


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
