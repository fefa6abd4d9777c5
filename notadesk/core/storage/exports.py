"""The storage side of exporting: drafts with their whole histories, and stored files.

``interchange/writer.py`` builds the package from these plain records; it never sees a row.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from notadesk.core.storage import audit, review
from notadesk.core.storage.tables import BlobRow, DraftRow, RevisionRow
from notadesk.errors import NotFoundError


@dataclass(frozen=True)
class StoredRevision:
    """One revision as stored: identity, origin and the content JSON."""

    number: int
    uuid: str
    parent_uuid: str | None
    created: str
    origin: str
    restored_from: int | None
    content_hash: str
    document: str
    author_account: str
    author_name: str
    author_function: str
    note: str


@dataclass(frozen=True)
class StoredDraft:
    """A draft with its whole history, oldest revision first."""

    id: str
    created: str
    updated: str
    conflict_of: str | None
    reference: str
    subject: str
    level: str
    revisions: tuple[StoredRevision, ...]
    review: dict[str, Any]
    """Comments, thread states and route events as package JSON (empty parts left out)."""
    audit: tuple[dict[str, Any], ...]
    """The draft's audit entries as a package carries them, oldest first."""


def read_histories(
    s: Session, draft_ids: list[str] | None, *, workstation: str = ""
) -> list[StoredDraft]:
    """Return drafts (None: every draft not in the trash) with histories, sorted by id.

    Raises:
        NotFoundError: a draft id is not known.
    """
    if draft_ids is None:
        rows = list(s.scalars(select(DraftRow).where(DraftRow.deleted_at.is_(None))))
    else:
        rows = []
        for draft_id in dict.fromkeys(draft_ids):
            row = s.get(DraftRow, draft_id)
            if row is None:
                raise NotFoundError(f"No draft is known as {draft_id!r}.")
            rows.append(row)
    rows.sort(key=lambda r: r.id)
    logged = audit.exported(s, [r.id for r in rows], workstation) if rows else {}
    revs: dict[str, list[StoredRevision]] = {r.id: [] for r in rows}
    if rows:
        for rev in s.execute(
            select(
                RevisionRow.draft_id,
                RevisionRow.number,
                RevisionRow.uuid,
                RevisionRow.parent_uuid,
                RevisionRow.created,
                RevisionRow.origin,
                RevisionRow.restored_from,
                RevisionRow.content_hash,
                RevisionRow.document,
                RevisionRow.author_account,
                RevisionRow.author_name,
                RevisionRow.author_function,
                RevisionRow.note,
            )
            .where(RevisionRow.draft_id.in_(list(revs)))
            .order_by(RevisionRow.draft_id, RevisionRow.number)
        ):
            revs[rev[0]].append(StoredRevision(*rev[1:]))
    return [
        StoredDraft(
            id=r.id,
            created=r.created,
            updated=r.updated,
            conflict_of=r.conflict_of,
            reference=r.reference,
            subject=r.subject,
            level=r.level,
            revisions=tuple(revs[r.id]),
            review=review.review_parts(s, r.id),
            audit=tuple(logged.get(r.id, ())),
        )
        for r in rows
    ]


def read_blobs(s: Session, digests: Iterable[str]) -> dict[str, bytes]:
    """Return the stored files with these hashes (a hash not stored is left out)."""
    out: dict[str, bytes] = {}
    for digest in digests:
        row = s.get(BlobRow, digest)
        if row is not None:
            out[digest] = bytes(row.data)
    return out
