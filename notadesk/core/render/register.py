"""The copy register: every printed copy of a registered level, never edited afterwards.

Rows are append-only (database triggers refuse UPDATE and DELETE). A recipient filled in later
is a new row of kind ``recipient`` whose ``corrects_id`` points at the printed copy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from notadesk.core.policy.markings import marking_level
from notadesk.core.policy.prints import print_level
from notadesk.core.storage.copies import KIND_PRINT, KIND_RECIPIENT, PrintedCopies, RegisterEntry
from notadesk.core.storage.store import Draft, DraftStore
from notadesk.errors import ValidationError

if TYPE_CHECKING:
    from notadesk.core.render import RenderOptions, RenderResult

__all__ = [
    "KIND_PRINT",
    "KIND_RECIPIENT",
    "RegisterEntry",
    "current_recipients",
    "record_copies",
    "record_print_failure",
    "register_entries",
    "set_recipient",
]
MAX_RECIPIENT = 500


def check_print_level(store: DraftStore, level_id: str) -> None:
    """Refuse a print above the workstation's ceiling or of a scheme it does not allow (the
    window prints the nota as it is in the editor, saved or not).

    Raises:
        PolicyError: one sentence; nothing was printed or recorded.
    """
    from notadesk.core.policy import gate
    from notadesk.errors import PolicyError

    try:
        gate.check_level(store.rules(), level_id, "The print")
    except PolicyError as exc:
        raise PolicyError(str(exc).replace("nothing was stored", "nothing was printed")) from None


def record_copies(
    store: DraftStore, draft: Draft, result: RenderResult, options: RenderOptions
) -> int:
    """Add one register entry per copy where the level requires it, and log the print.

    The level is the print's (:func:`~notadesk.core.policy.prints.print_level`): an enclosure
    marked higher than the nota makes the print a copy of its level. Levels without a
    register or access logging record nothing.
    """
    level = print_level(draft.nota, woo=options.woo)
    check_print_level(store, level.id)
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
    variant = "Woo" if options.woo else "normal"
    printed = PrintedCopies(
        draft_id=draft.id,
        revision=draft.revision,
        copies=result.copies,
        level=level.id,
        marking=level.marking,
        pdf_sha256=result.sha256,
        note="Woo-publicatieversie" if options.woo else "",
    )
    store.record_copies(
        draft.id,
        "print",
        f"revision {draft.revision}, {result.copies} copies, {variant}, sha256 {result.sha256}",
        printed if level.register else None,
        data={"copies": result.copies, "revision": draft.revision, "variant": variant},
    )
    return result.copies if level.register else 0


def record_print_failure(
    store: DraftStore, draft: Draft, result: RenderResult, options: RenderOptions, reason: str
) -> bool:
    """Log that a print recorded by :func:`record_copies` did not reach the paper.

    The register's entries stay (nothing in it is ever changed); this audit entry, of action
    ``print-failed``, names the copies and the printer's reason. Levels that record nothing
    log nothing. Returns whether an entry was made.
    """
    level = print_level(draft.nota, woo=options.woo)
    check_print_level(store, level.id)
    if not (level.register or level.log_access):
        return False
    store.record_event(
        draft.id,
        "print-failed",
        f"revision {draft.revision}, {result.copies} copies not printed: {reason}",
        {
            "copies": result.copies,
            "revision": draft.revision,
            "sha256": result.sha256,
            "reason": reason,
        },
    )
    return True


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
    decision = draft.nota.classification.declassified
    if woo and decision is not None:  # no longer a classified copy: logged, not counted
        store.record_event(
            draft.id,
            "export-docx",
            f"Woo variant of the declassified nota (decision {decision.reference})",
            {"sha256": sha256, "declassified": decision.reference, "format": "docx"},
        )
        return 0
    variant = "Woo" if woo else "normal"
    copy = PrintedCopies(
        draft_id=draft.id,
        revision=draft.revision,
        copies=1,
        level=level.id,
        marking=level.marking,
        pdf_sha256=sha256,
        note=DOCX_NOTE + (", Woo-publicatieversie" if woo else ""),
    )
    store.record_copies(
        draft.id,
        "export-docx",
        f"revision {draft.revision}, {variant}, sha256 {sha256}",
        copy if level.register else None,
        data={"revision": draft.revision, "variant": variant, "format": "docx"},
    )
    return 1 if level.register else 0


def register_entries(store: DraftStore, draft_id: str | None = None) -> list[RegisterEntry]:
    """Return the register's rows (of one draft, or all), oldest first."""
    return store.register_entries(draft_id)


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
    new_id = store.add_recipient(entry_id, name)
    return next(e for e in register_entries(store) if e.id == new_id)
