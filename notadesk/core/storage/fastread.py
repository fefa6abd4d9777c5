"""Read drafts straight through sqlite3, for a quick cold start.

SQLAlchemy and Alembic take a few hundred milliseconds to import. Commands that only read
(``list``, ``render``) use this module when the database is already at the current schema;
whenever anything is unusual (no database, another schema, no unique match) these functions
return None and the caller opens the full store, which migrates and speaks its own errors.
The statements are those of :mod:`queries`: the very ones the store runs.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from notadesk.core.storage import queries
from notadesk.core.storage.health import quick_problem
from notadesk.core.storage.records import (
    ROUTE_EVENTS_SQL,
    SETTINGS_PREFIX_SQL,
    Draft,
    DraftSummary,
    route_event_from_values,
    summary_from_values,
)

_looked_whole: set[tuple[str, int, int]] = set()
"""The database files (path, size, modification time) the quick check found whole."""


def _whole(db_path: Path) -> bool:
    """Return whether the quick check finds the file whole; checked once per unchanged file.

    The window reads the list, the last draft, its route and a setting at start: one check
    within its time budget is enough for all of them.
    """
    try:
        stat = db_path.stat()
    except OSError:
        return False
    key = (str(db_path.resolve()), stat.st_size, stat.st_mtime_ns)
    if key in _looked_whole:
        return True
    if quick_problem(db_path) is not None:
        return False
    _looked_whole.add(key)
    return True


@contextmanager
def _current(db_path: Path) -> Iterator[sqlite3.Connection | None]:
    """Yield a read-only connection when the database exists at the current schema."""
    con = None
    try:
        if db_path.is_file() and _whole(db_path):  # else the store says why
            con = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=10)
            version = con.execute("SELECT version_num FROM alembic_version").fetchone()
            if version is None or version[0] != queries.SCHEMA_HEAD:
                con.close()
                con = None
    except sqlite3.Error:
        if con is not None:
            con.close()
        con = None
    try:
        yield con
    finally:
        if con is not None:
            con.close()


def read_summaries(db_path: Path, *, deleted: bool = False) -> list[DraftSummary] | None:
    """Return the list of drafts, or None when the database needs the full store first."""
    with _current(db_path) as con:
        if con is None:
            return None
        try:
            rows = con.execute(queries.summaries_sql(deleted=deleted)).fetchall()
        except sqlite3.Error:
            return None
        return [summary_from_values(tuple(r)) for r in rows]


def read_draft(db_path: Path, token: str) -> Draft | None:
    """Return the draft an id, unique id prefix or reference names, or None to ask the store."""
    from notadesk.core.storage.documents import content_from_json  # (jsonschema: only here)

    with _current(db_path) as con:
        if con is None:
            return None
        try:
            rows = queries.find_drafts(lambda sql, p: con.execute(sql, p).fetchall(), token)
            if len(rows) != 1:
                return None
            draft_id, head, head_uuid, created, updated, deleted_at, conflict_of = rows[0]
            doc = con.execute(queries.HEAD_DOCUMENT, {"id": draft_id, "number": head}).fetchone()
        except sqlite3.Error:
            return None
    if doc is None:
        return None
    return Draft(
        id=draft_id,
        revision=head,
        revision_uuid=head_uuid,
        created=created,
        updated=updated,
        deleted=deleted_at is not None,
        conflict_of=conflict_of,
        nota=content_from_json(doc[0]),
    )


def read_route_events(db_path: Path, draft_id: str) -> list[Any] | None:
    """Return a draft's route events (the store's own query), or None to ask the store."""
    with _current(db_path) as con:
        if con is None:
            return None
        try:
            rows = con.execute(ROUTE_EVENTS_SQL, {"draft_id": draft_id}).fetchall()
        except sqlite3.Error:
            return None
    return [route_event_from_values(tuple(r)) for r in rows]


def read_settings(db_path: Path, prefix: str) -> dict[str, Any] | None:
    """Return the stored settings whose key starts with ``prefix`` (the store's own query).

    Returns None to ask the store; keys never stored are absent (the caller fills defaults).
    """
    import json

    with _current(db_path) as con:
        if con is None:
            return None
        try:
            rows = con.execute(SETTINGS_PREFIX_SQL, {"prefix": prefix}).fetchall()
        except sqlite3.Error:
            return None
    return {str(k): json.loads(v) for k, v in rows}
