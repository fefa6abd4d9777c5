"""Attachment files: bytes stored once by their SHA-256, shared by the drafts naming them.

On a team database a file is under need to know (migration 0007): a role reads it only
through a draft it may see that holds it, or when it handed the server the bytes itself.
Bytes are added through the server's ``notadesk_hold_blob``, which computes the hash there
and records that the role holds them; SQLite (one workstation, no roles) stores the row.
"""

from __future__ import annotations

import hashlib

from sqlalchemy import text
from sqlalchemy.orm import Session

from notadesk.core.storage.tables import BlobRow, insert_once


def hold(s: Session, data: bytes) -> tuple[str, bool]:
    """Store bytes unless stored, inside a write; return their hash and whether they were new.

    On a server the role holds them afterwards, even when they were stored already (by a
    colleague, for a draft it may not see): it has shown it has them.
    """
    digest = hashlib.sha256(data).hexdigest()
    bind = s.get_bind()
    if bind.dialect.name == "postgresql":
        added = s.execute(text("SELECT notadesk_hold_blob(:data)"), {"data": data}).scalar()
        return digest, bool(added)
    if s.get(BlobRow, digest) is not None:
        return digest, False
    return digest, insert_once(s, BlobRow(sha256=digest, size=len(data), data=data))
