"""Small edits of a nota's tables that the window offers: new rows, renumbering, unlinking.

The window asks these functions instead of deciding itself how ids or numbers are made.
"""

from __future__ import annotations

import mimetypes
import uuid
from pathlib import Path

from notadesk.core.model.nota import Attachment, AttachmentFile, Commitment, Finding, Nota


def _new_id(prefix: str, taken: set[str]) -> str:
    while True:
        candidate = f"{prefix}-{uuid.uuid4().hex[:8]}"
        if candidate not in taken:
            return candidate


def new_finding(nota: Nota) -> Finding:
    """Return a new, empty finding numbered after the highest number in the nota."""
    number = max((f.number for f in nota.findings), default=0) + 1
    return Finding(id=_new_id("bevinding", {f.id for f in nota.findings}), number=number)


def new_commitment(nota: Nota) -> Commitment:
    """Return a new, empty commitment with an id not used in the nota."""
    return Commitment(id=_new_id("toezegging", {c.id for c in nota.commitments}))


def new_attachment(
    nota: Nota, path: Path | None = None, sha256: str = "", size: int = 0
) -> Attachment:
    """Return an attachment for a stored file (title from its name), or a title-only one."""
    new_id = _new_id("bijlage", {a.id for a in nota.attachments})
    if path is None:
        return Attachment(id=new_id)
    media_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return Attachment(
        id=new_id,
        title=path.stem,
        file=AttachmentFile(name=path.name, sha256=sha256, size=size, media_type=media_type),
    )


def renumber_findings(findings: list[Finding]) -> None:
    """Number findings 1, 2, 3… in their current order."""
    for i, finding in enumerate(findings, start=1):
        finding.number = i


def unlink_missing_findings(nota: Nota) -> None:
    """Drop links from commitments to findings that no longer exist."""
    known = {f.id for f in nota.findings}
    for commitment in nota.commitments:
        commitment.finding_ids = [i for i in commitment.finding_ids if i in known]


def finding_label(finding: Finding, width: int = 60) -> str:
    """Return a short label of a finding: its number and the start of its text."""
    text = " ".join(finding.text.split())
    if len(text) > width:
        text = text[: width - 1].rstrip() + "…"
    return f"{finding.number}. {text}" if text else str(finding.number)
