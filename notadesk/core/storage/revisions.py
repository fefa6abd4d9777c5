"""Writing revisions: one at a time (saves, restores, imports) or whole histories in bulk.

Both ways write the same rows and keep the search index (``fulltext``: the engine's own, e.g.
FTS5 with one row per draft holding its head's text) right;
``tests/core/storage/test_insert_drafts.py`` compares them row by row.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from notadesk.core.identity import NOBODY, Person
from notadesk.core.model.nota import Nota
from notadesk.core.storage import fulltext
from notadesk.core.storage.documents import content_json
from notadesk.core.storage.tables import DraftRow, RevisionRow
from notadesk.errors import NotFoundError


@dataclass(frozen=True)
class NewRevision:
    """One revision for :func:`insert_drafts`: its identity and stored JSON."""

    uuid: str
    parent_uuid: str | None
    created: str
    origin: str
    restored_from: int | None
    content_hash: str
    document: str
    """The content JSON as a revision stores it (``documents.content_json``)."""
    author: Person = NOBODY
    note: str = ""


@dataclass(frozen=True)
class NewDraft:
    """A draft for :func:`insert_drafts`: a filled row, its history, its head."""

    row: DraftRow
    """Id, created, conflict_of and the :func:`fill_row` columns set."""
    revisions: Sequence[NewRevision]
    head: Nota
    """The last revision's content (indexed for search)."""


def draft_row(s: Session, draft_id: str, *, lock: bool) -> DraftRow:
    """Return a draft's row; with ``lock`` (inside a write) hold it until the commit.

    The lock is the row lock of optimistic concurrency on a server (``SELECT … FOR UPDATE``:
    a second writer of the same draft waits, then sees the new head and gets a conflict);
    SQLite's writers already queue on the database's write lock.

    Raises:
        NotFoundError: there is no such draft.
    """
    row = s.get(DraftRow, draft_id, with_for_update=True if lock else None)
    if row is None:
        raise NotFoundError(f"No draft is known as {draft_id!r}.")
    return row


def locked_row_and_head(s: Session, draft_id: str) -> tuple[DraftRow, str | None]:
    """Return a draft's row, locked as by :func:`draft_row`, with its head revision's document
    (the content JSON), in one statement: a save's first round trip to a server.

    The document is None when the head moved on while the lock was awaited (the statement
    reads revisions as they were when it began, the row as the other writer left it).

    Raises:
        NotFoundError: there is no such draft.
    """
    head = (
        select(RevisionRow.document)
        .where(RevisionRow.draft_id == DraftRow.id, RevisionRow.number == DraftRow.head)
        .scalar_subquery()
    )
    found = s.execute(
        select(DraftRow, head).where(DraftRow.id == draft_id).with_for_update(of=DraftRow)
    ).one_or_none()
    if found is None:
        raise NotFoundError(f"No draft is known as {draft_id!r}.")
    return found[0], found[1]


def fill_row(row: DraftRow, nota: Nota, stamp: str) -> None:
    """Copy the listed columns of a nota into its draft row."""
    row.reference = nota.reference
    row.subject = nota.subject
    row.type = nota.type
    row.status = nota.status
    row.level = nota.classification.level
    row.date = nota.date.isoformat() if nota.date else None
    due = nota.deadlines.due.date
    row.due_date = due.isoformat() if due else None
    row.updated = stamp


def append_revision(
    s: Session,
    row: DraftRow,
    nota: Nota,
    *,
    origin: str,
    created: str,
    restored_from: int | None = None,
    revision_uuid: str | None = None,
    parent_uuid: str | None = None,
    content_hash: str | None = None,
    author: Person = NOBODY,
    note: str = "",
) -> RevisionRow:
    """Add a revision to a draft inside a write session and update the search index.

    Used by saves, restores and package imports (which pass the revision's own uuid and
    parent to keep its identity across workstations).
    """
    digest = content_hash or nota.content_hash()
    rev = RevisionRow(
        draft_id=row.id,
        number=row.head + 1,
        uuid=revision_uuid or str(uuid.uuid4()),
        parent_uuid=parent_uuid if parent_uuid is not None else (row.head_uuid or None),
        created=created,
        origin=origin,
        restored_from=restored_from,
        content_hash=digest,
        document=content_json(nota),
        author_account=author.account,
        author_name=author.display_name,
        author_function=author.function,
        note=note,
    )
    s.add(rev)
    row.head = rev.number
    row.head_uuid = rev.uuid
    row.content_hash = digest
    fulltext.for_session(s).index(s, row, nota)
    return rev


def _history_values(draft_id: str, revs: Sequence[NewRevision], first: int) -> list[dict[str, Any]]:
    """Return the revisions table values of a run of revisions numbered from ``first``."""
    values, previous = [], None
    for number, rev in enumerate(revs, start=first):
        values.append(
            {
                "draft_id": draft_id,
                "number": number,
                "uuid": rev.uuid,
                "parent_uuid": rev.parent_uuid if rev.parent_uuid is not None else previous,
                "created": rev.created,
                "origin": rev.origin,
                "restored_from": rev.restored_from,
                "content_hash": rev.content_hash,
                "document": rev.document,
                "author_account": rev.author.account,
                "author_name": rev.author.display_name,
                "author_function": rev.author.function,
                "note": rev.note,
            }
        )
        previous = rev.uuid
    return values


def _insert_revisions(s: Session, values: list[dict[str, Any]]) -> None:
    """The one bulk insert of revisions."""
    if values:
        s.execute(insert(RevisionRow), values)


def insert_history(s: Session, row: DraftRow, revs: Sequence[NewRevision]) -> None:
    """Add a run of revisions to a flushed draft row in bulk, without indexing them.

    For the earlier part of a history whose head then goes through :func:`append_revision`
    (which indexes it for search); the row's head and head uuid follow the last one.
    """
    if not revs:
        return
    _insert_revisions(s, _history_values(row.id, revs, row.head + 1))
    row.head, row.head_uuid = row.head + len(revs), revs[-1].uuid


def insert_drafts(s: Session, drafts: Sequence[NewDraft]) -> None:
    """Add new drafts, each with its whole history, in bulk inside a write session.

    The same rows as a flush of each draft row followed by :func:`append_revision` for
    every revision, written with three statements instead of several per row: revision
    numbers count from 1, a revision without a parent follows the one before it, the
    draft's head, head uuid and content hash are its last revision's, and each draft's
    head is indexed for search (in SQLite: the next free full-text rowid). The rows are not
    added to the session.
    """
    if not drafts:
        return
    values = []
    for draft in drafts:
        row = draft.row
        values += _history_values(row.id, draft.revisions, 1)
        head = draft.revisions[-1]
        row.head, row.head_uuid, row.content_hash = (
            len(draft.revisions),
            head.uuid,
            head.content_hash,
        )
    fulltext.for_session(s).index_new(s, [(d.row, d.head) for d in drafts])
    rows = [{c.key: getattr(d.row, c.key) for c in DraftRow.__table__.columns} for d in drafts]
    s.execute(insert(DraftRow), rows)
    _insert_revisions(s, values)
