"""What the store hands out: plain records, importable without SQLAlchemy."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from notadesk.core.identity import NOBODY, Person
from notadesk.core.model.nota import Nota

SUMMARY_COLUMNS = (
    "id",
    "reference",
    "subject",
    "type",
    "status",
    "level",
    "date",
    "due_date",
    "created",
    "updated",
    "head",
    "deleted_at",
    "conflict_of",
)
"""The drafts-table columns a summary is made of, in the order :func:`summary_from_values` takes."""


def now_iso() -> str:
    """Return the current UTC time as ISO 8601 with milliseconds (every stored time)."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds")


@dataclass(frozen=True)
class DraftSummary:
    """What the list of drafts shows of one draft."""

    id: str
    reference: str
    subject: str
    type: str
    status: str
    level: str
    date: str | None
    due_date: str | None
    created: str
    updated: str
    revision: int
    deleted: bool
    conflict_of: str | None

    def as_json(self) -> dict[str, Any]:
        """Return the summary as a JSON-ready dict (``classification`` is the level id)."""
        return {
            "id": self.id,
            "subject": self.subject,
            "reference": self.reference,
            "type": self.type,
            "status": self.status,
            "classification": self.level,
            "date": self.date,
            "due": self.due_date,
            "created": self.created,
            "updated": self.updated,
            "revision": self.revision,
            "deleted": self.deleted,
            "conflict_of": self.conflict_of,
        }


@dataclass(frozen=True)
class Draft:
    """A draft as loaded: its identity, its head revision, and the nota."""

    id: str
    revision: int
    revision_uuid: str
    created: str
    updated: str
    deleted: bool
    conflict_of: str | None
    nota: Nota
    notes: tuple[str, ...] = ()
    """What the gate said while storing it (e.g. it arrived as definitief, unready: concept)."""


@dataclass(frozen=True)
class RevisionInfo:
    """One entry of a draft's history."""

    number: int
    uuid: str
    parent_uuid: str | None
    created: str
    origin: str
    restored_from: int | None
    content_hash: str
    author: Person = NOBODY
    note: str = ""

    def as_json(self) -> dict[str, Any]:
        """Return the entry as JSON (the author as an object, empty parts omitted)."""
        out: dict[str, Any] = {
            "number": self.number,
            "uuid": self.uuid,
            "parent_uuid": self.parent_uuid,
            "created": self.created,
            "origin": self.origin,
            "restored_from": self.restored_from,
            "content_hash": self.content_hash,
            "author": self.author.as_json(),
            "note": self.note,
        }
        return out


@dataclass(frozen=True)
class SearchHit:
    """A draft found by full-text search, with a snippet of where it matched."""

    draft: DraftSummary
    snippet: str


def draft_from_row(row: Any, nota: Nota) -> Draft:
    """Return a draft from its drafts-table row and the content of its head revision."""
    return Draft(
        id=row.id,
        revision=row.head,
        revision_uuid=row.head_uuid,
        created=row.created,
        updated=row.updated,
        deleted=row.deleted_at is not None,
        conflict_of=row.conflict_of,
        nota=nota,
    )


def summary_from_values(v: tuple[Any, ...]) -> DraftSummary:
    """Return a summary from a row of :data:`SUMMARY_COLUMNS` values (same order as fields)."""
    return DraftSummary(*v[:11], v[11] is not None, v[12])


SETTINGS_PREFIX_SQL = (
    "SELECT key, value FROM settings WHERE substr(key, 1, length(:prefix)) = :prefix"
)
"""The settings whose key starts with a prefix (the store and the quick read share it)."""

ROUTE_EVENTS_SQL = (
    "SELECT uuid, at, action, name, function, remark, revision_uuid, revision_number, "
    "fingerprint, author_account, author_name, author_function FROM route_events "
    "WHERE draft_id = :draft_id ORDER BY at, uuid"
)
"""A draft's route events, oldest first: the one query the store and ``fastread`` share."""


def route_event_from_values(v: tuple[Any, ...]) -> Any:
    """Return a :class:`~notadesk.core.review.route.RouteEvent` from a ROUTE_EVENTS_SQL row."""
    from notadesk.core.review.route import RouteEvent

    return RouteEvent(*v[:9], author=Person(*v[9:12]))
