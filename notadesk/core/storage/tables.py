"""The database tables as SQLAlchemy 2.0 typed models.

A draft's content lives in its revisions, each a whole document (JSON); the ``drafts`` row
holds the columns the list, filters and sorting need. The full-text index (FTS5) and the
append-only triggers are created by the migrations.
"""

from __future__ import annotations

from sqlalchemy import ForeignKey, Index, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    """Base of every table."""


def insert_once(s: Session, row: Base) -> bool:
    """Insert a row unless its key is taken (by now, or by a writer committing meanwhile);
    return whether it was inserted. Inside a write; engine-neutral (a savepoint)."""
    try:
        with s.begin_nested():
            s.add(row)
    except IntegrityError:
        return False
    return True


class DraftRow(Base):
    """One draft: its identity and the columns the list shows."""

    __tablename__ = "drafts"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    reference: Mapped[str] = mapped_column(String(200), unique=True)
    subject: Mapped[str] = mapped_column(Text, default="")
    type: Mapped[str] = mapped_column(String(40))
    status: Mapped[str] = mapped_column(String(40))
    level: Mapped[str] = mapped_column(String(100))
    date: Mapped[str | None] = mapped_column(String(10))
    due_date: Mapped[str | None] = mapped_column(String(10))
    created: Mapped[str] = mapped_column(String(40))
    updated: Mapped[str] = mapped_column(String(40), index=True)
    deleted_at: Mapped[str | None] = mapped_column(String(40), index=True)
    head: Mapped[int] = mapped_column(default=0)
    head_uuid: Mapped[str] = mapped_column(String(36), default="")
    content_hash: Mapped[str] = mapped_column(String(64), default="")
    conflict_of: Mapped[str | None] = mapped_column(String(36))
    search_rowid: Mapped[int | None] = mapped_column(unique=True)
    """The rowid of this draft's row in the full-text index (draft_fts)."""


class RevisionRow(Base):
    """One saved state of a draft; never changed once written."""

    __tablename__ = "revisions"
    __table_args__ = (UniqueConstraint("draft_id", "number"),)

    pk: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    draft_id: Mapped[str] = mapped_column(ForeignKey("drafts.id"), index=True)
    number: Mapped[int]
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    parent_uuid: Mapped[str | None] = mapped_column(String(36))
    created: Mapped[str] = mapped_column(String(40))
    origin: Mapped[str] = mapped_column(String(20))
    restored_from: Mapped[int | None]
    content_hash: Mapped[str] = mapped_column(String(64))
    document: Mapped[str] = mapped_column(Text)
    author_account: Mapped[str] = mapped_column(Text, default="")
    author_name: Mapped[str] = mapped_column(Text, default="")
    author_function: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    """Why this revision was saved ("naar DGPZ voor paraaf"); may be empty."""
    db_role: Mapped[str] = mapped_column(Text, default="", server_default="")
    """The database role that wrote the row (set by the server on PostgreSQL; empty in SQLite)."""


class BlobRow(Base):
    """An attachment's bytes, stored once by their SHA-256."""

    __tablename__ = "blobs"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int]
    data: Mapped[bytes] = mapped_column(LargeBinary)


class SettingRow(Base):
    """A workstation setting (JSON value)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class ReferenceCounterRow(Base):
    """The last sequence number handed out for a reference prefix and year."""

    __tablename__ = "reference_counters"

    prefix: Mapped[str] = mapped_column(String(100), primary_key=True)
    year: Mapped[int] = mapped_column(primary_key=True)
    last: Mapped[int] = mapped_column(default=0)


class CopyRegisterRow(Base):
    """One printed copy of a registered level, or a correction of an earlier entry.

    Append-only: triggers refuse UPDATE and DELETE.
    """

    __tablename__ = "copy_register"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    draft_id: Mapped[str] = mapped_column(String(36), index=True)
    revision: Mapped[int]
    copy_number: Mapped[int]
    copies: Mapped[int]
    printed_at: Mapped[str] = mapped_column(String(40))
    level: Mapped[str] = mapped_column(String(100))
    marking: Mapped[str] = mapped_column(Text)
    pdf_sha256: Mapped[str] = mapped_column(String(64))
    recipient: Mapped[str] = mapped_column(Text, default="")
    kind: Mapped[str] = mapped_column(String(20), default="print")
    corrects_id: Mapped[int | None]
    note: Mapped[str] = mapped_column(Text, default="")
    db_role: Mapped[str] = mapped_column(Text, default="", server_default="")
    """The database role that wrote the row (set by the server on PostgreSQL; empty in SQLite)."""


class AuditRow(Base):
    """A logged event: created, saved, restored, deleted, printed, exported, imported,
    downgraded (with its justification), refused by policy.

    Append-only: triggers refuse UPDATE and DELETE. Rows are built by ``storage/audit.py``
    only. ``draft_id`` is empty for an event of the workstation (a refused package).
    """

    __tablename__ = "audit_log"
    __table_args__ = (
        Index("ix_audit_draft", "draft_id", "at"),
        Index("ix_audit_uuid", "uuid", unique=True),
    )

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    at: Mapped[str] = mapped_column(String(40))
    draft_id: Mapped[str] = mapped_column(String(36))
    action: Mapped[str] = mapped_column(String(40))
    detail: Mapped[str] = mapped_column(Text, default="")
    uuid: Mapped[str | None] = mapped_column(String(36))
    """The entry's identity wherever it travels (NULL in rows written before schema 0002)."""
    workstation: Mapped[str] = mapped_column(String(36), default="", server_default="")
    """The workstation the event happened on (empty: this one, before schema 0002)."""
    account: Mapped[str] = mapped_column(Text, default="", server_default="")
    person: Mapped[str] = mapped_column(Text, default="", server_default="")
    data: Mapped[str] = mapped_column(Text, default="", server_default="")
    """JSON: what the event needs besides its detail (from/to, justification, signer, verdict)."""
    db_role: Mapped[str] = mapped_column(Text, default="", server_default="")
    """The database role that wrote the row (set by the server on PostgreSQL; empty in SQLite)."""


class TrustedKeyRow(Base):
    """A public signing key this workstation's user trusts (the policy pins its own)."""

    __tablename__ = "trusted_keys"

    fingerprint: Mapped[str] = mapped_column(String(64), primary_key=True)
    public_key: Mapped[str] = mapped_column(String(64))
    """The raw Ed25519 public key, hex."""
    name: Mapped[str] = mapped_column(Text)
    workstation: Mapped[str] = mapped_column(String(36))
    added_at: Mapped[str] = mapped_column(String(40))
    added_by: Mapped[str] = mapped_column(Text)


class CommentRow(Base):
    """A comment on a draft, or a reply to one; never changed once written.

    ``anchor`` is JSON naming what the comment is about on the revision ``revision_uuid``:
    a passage of text (offsets and the quoted words), a finding or a commitment. Where that
    is now is worked out from the revisions (``core/review/anchors.py``), so the row itself
    never needs to change and two copies of a draft merge by uuid.
    """

    __tablename__ = "comments"

    uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    draft_id: Mapped[str] = mapped_column(String(36), index=True)
    parent_uuid: Mapped[str | None] = mapped_column(String(36))
    revision_uuid: Mapped[str] = mapped_column(String(36))
    created: Mapped[str] = mapped_column(String(40))
    author_account: Mapped[str] = mapped_column(Text, default="")
    author_name: Mapped[str] = mapped_column(Text, default="")
    author_function: Mapped[str] = mapped_column(Text, default="")
    text: Mapped[str] = mapped_column(Text)
    anchor: Mapped[str] = mapped_column(Text, default="{}")
    db_role: Mapped[str] = mapped_column(Text, default="", server_default="")
    """The database role that wrote the row (set by the server on PostgreSQL; empty in SQLite)."""


class CommentStateRow(Base):
    """A comment thread resolved or reopened (the latest entry wins); append-only."""

    __tablename__ = "comment_states"

    uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    comment_uuid: Mapped[str] = mapped_column(String(36), index=True)
    draft_id: Mapped[str] = mapped_column(String(36), index=True)
    at: Mapped[str] = mapped_column(String(40))
    action: Mapped[str] = mapped_column(String(20))
    author_account: Mapped[str] = mapped_column(Text, default="")
    author_name: Mapped[str] = mapped_column(Text, default="")
    author_function: Mapped[str] = mapped_column(Text, default="")
    db_role: Mapped[str] = mapped_column(Text, default="", server_default="")
    """The database role that wrote the row (set by the server on PostgreSQL; empty in SQLite)."""


class RouteEventRow(Base):
    """One event of a draft's paraaf route; append-only.

    ``action`` is ``add`` or ``remove`` (a reviewer beside the Via names), ``paraaf`` or
    ``return`` (terug met opmerkingen) by the route entry ``name``. A step records the
    revision it was given on and the fingerprint of that revision's text, so a later edit
    shows it as given on an earlier version.
    """

    __tablename__ = "route_events"
    __table_args__ = (Index("ix_route_events_draft", "draft_id", "at"),)

    uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    draft_id: Mapped[str] = mapped_column(String(36))
    at: Mapped[str] = mapped_column(String(40))
    action: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(Text, default="")
    function: Mapped[str] = mapped_column(Text, default="")
    remark: Mapped[str] = mapped_column(Text, default="")
    revision_uuid: Mapped[str] = mapped_column(String(36), default="")
    revision_number: Mapped[int] = mapped_column(default=0)
    fingerprint: Mapped[str] = mapped_column(String(64), default="")
    author_account: Mapped[str] = mapped_column(Text, default="")
    author_name: Mapped[str] = mapped_column(Text, default="")
    author_function: Mapped[str] = mapped_column(Text, default="")
    db_role: Mapped[str] = mapped_column(Text, default="", server_default="")
    """The database role that wrote the row (set by the server on PostgreSQL; empty in SQLite)."""
