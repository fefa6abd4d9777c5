"""The read queries both paths share: the full store (SQLAlchemy) and the fast cold path.

A cold ``notadesk list`` or ``render`` reads through ``sqlite3`` (``fastread``) to skip
importing SQLAlchemy; the store runs the very same statements through ``text()``. Parameters
are named (``:name``), which both drivers understand. This module imports no third-party code.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from notadesk.core.storage.records import SUMMARY_COLUMNS

SCHEMA_HEAD = "0011"
"""The newest migration; a test checks it against Alembic's own view of the scripts."""

DRAFT_COLUMNS = ("id", "head", "head_uuid", "created", "updated", "deleted_at", "conflict_of")
"""The drafts-table columns a loaded draft needs besides its content, in ``Draft`` order."""

MIN_PREFIX = 4
"""The shortest id prefix that names a draft."""

Execute = Callable[[str, dict[str, Any]], Sequence[Sequence[Any]]]
"""Runs one statement with named parameters and returns all rows (either driver)."""


def summaries_sql(*, deleted: bool, limit: int | None = None) -> str:
    """Return the statement listing the drafts (or the trash), most recently changed first
    (only the newest ``limit``, when given)."""
    cond = "IS NOT NULL" if deleted else "IS NULL"
    newest = "" if limit is None else f" LIMIT {int(limit)}"
    return (
        f"SELECT {', '.join(SUMMARY_COLUMNS)} FROM drafts "
        f"WHERE deleted_at {cond} ORDER BY updated DESC{newest}"
    )


_FIND = f"SELECT {', '.join(DRAFT_COLUMNS)} FROM drafts WHERE "
BY_ID = _FIND + "id = :token"
BY_REFERENCE = _FIND + "reference = :token"
BY_PREFIX = _FIND + "substr(id, 1, :n) = :token ORDER BY id LIMIT 3"
HEAD_DOCUMENT = "SELECT document FROM revisions WHERE draft_id = :id AND number = :number"


def find_drafts(execute: Execute, token: str) -> Sequence[Sequence[Any]]:
    """Return the drafts (``DRAFT_COLUMNS`` rows) an id, reference or id prefix names.

    A whole id answers alone. Otherwise the drafts with that reference and those whose id
    starts with it (at least :data:`MIN_PREFIX` hex digits or dashes; up to three) are
    returned together, each once: more than one means the name is ambiguous — a reference
    never shadows another draft's id prefix.
    """
    token = token.strip()
    rows = execute(BY_ID, {"token": token.lower()})
    if rows:
        return rows
    found = list(execute(BY_REFERENCE, {"token": token}))
    if len(token) >= MIN_PREFIX and set(token.lower()) <= set("0123456789abcdef-"):
        seen = {r[0] for r in found}
        found += [
            r
            for r in execute(BY_PREFIX, {"n": len(token), "token": token.lower()})
            if r[0] not in seen
        ]
    return found
