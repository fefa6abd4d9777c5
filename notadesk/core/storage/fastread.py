"""Read the draft list straight through sqlite3, for a quick cold start.

SQLAlchemy and Alembic take a few hundred milliseconds to import. A command that only lists
drafts uses this module when the database is already at the current schema; otherwise it
opens the full store (which migrates).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from notadesk.core.storage.records import SUMMARY_COLUMNS, DraftSummary, summary_from_values

SCHEMA_HEAD = "0001"
"""Must equal ``database.SCHEMA_HEAD``; a test checks it (importing that module costs time)."""


def read_summaries(db_path: Path, *, deleted: bool = False) -> list[DraftSummary] | None:
    """Return the list of drafts, or None when the database needs the full store first."""
    if not db_path.is_file():
        return None
    try:
        con = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=10)
    except sqlite3.Error:
        return None
    try:
        version = con.execute("SELECT version_num FROM alembic_version").fetchone()
        if version is None or version[0] != SCHEMA_HEAD:
            return None
        cond = "IS NOT NULL" if deleted else "IS NULL"
        rows = con.execute(
            f"SELECT {', '.join(SUMMARY_COLUMNS)} FROM drafts "
            f"WHERE deleted_at {cond} ORDER BY updated DESC"
        ).fetchall()
        return [summary_from_values(tuple(r)) for r in rows]
    except sqlite3.Error:
        return None
    finally:
        con.close()
