"""Exporting a draft as a .docx file: one core operation for the CLI and the window.

A .docx of a classified nota is a copy. Like a print, it is written to a temporary name
beside the target, fsynced, recorded in the copy register and the audit log where the level
asks for that, and only then renamed into place, owner-only (0600): no file exists under its
final name that the register does not know, and a failed record leaves no file.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from notadesk.core.interchange.docx_out import nota_to_docx
from notadesk.core.outputs import write_recorded
from notadesk.core.policy.markings import marking_level
from notadesk.core.policy.woo import check_woo_variant
from notadesk.core.storage.store import Draft, DraftStore
from notadesk.errors import WordDocumentError


@dataclass(frozen=True)
class DocxExport:
    """What an export wrote: where, its SHA-256 and size, and what was recorded."""

    path: Path
    sha256: str
    size: int
    registered: bool
    woo: bool


def export_docx(store: DraftStore, draft: Draft, target: Path, *, woo: bool = False) -> DocxExport:
    """Write a draft as a Word document and record it like a print.

    The Woo variant of a classified nota, as in print, needs a recorded declassification
    decision first.

    Raises:
        ValidationError: the Woo variant of a classified nota that was not declassified.
        WordDocumentError: the file cannot be written (nothing is left under ``target``).
        StorageError: the record cannot be made (nothing is left under ``target``).
    """
    from notadesk.core.render.register import record_document_copy

    target = Path(target)
    if woo:
        check_woo_variant(draft.nota)
    data = nota_to_docx(draft.nota, woo=woo)
    digest = hashlib.sha256(data).hexdigest()
    level = marking_level(draft.nota.classification.level)
    if target.is_dir():
        raise WordDocumentError(f"{target} is a folder; give a file name for the Word document.")
    recorded: list[bool] = []

    def record() -> None:
        if level.register or level.log_access:
            recorded.append(record_document_copy(store, draft, digest, woo=woo) > 0)

    try:
        write_recorded(target, lambda fh: fh.write(data), record=record)
    except OSError as exc:
        raise WordDocumentError(
            f"The Word document cannot be written to {target}: {exc.strerror or exc}."
        ) from None
    registered = any(recorded)
    return DocxExport(path=target, sha256=digest, size=len(data), registered=registered, woo=woo)
