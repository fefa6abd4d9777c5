"""Full-text search, per engine: the one seam between the store and an engine's search.

The store and the revision writers call :func:`for_session` and then ``index`` (a draft's
head changed), ``index_new`` (new drafts written in bulk) and ``search`` (typed text, best
first). SQLite keeps one FTS5 row per draft holding its head's text (``draft_fts``, its rowid
in ``drafts.search_rowid``). PostgreSQL's search (Dutch text search, tsvector + GIN) comes
with migration 0005; until then a team database indexes nothing here and says so when asked
to search.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from notadesk.core.model.nota import Nota
from notadesk.core.model.text import search_body
from notadesk.core.storage.records import SUMMARY_COLUMNS, SearchHit, summary_from_values
from notadesk.core.storage.search import build_match
from notadesk.core.storage.tables import DraftRow
from notadesk.errors import StorageError


class FullText(Protocol):
    """An engine's full-text search over the drafts' head revisions."""

    def index(self, s: Session, row: DraftRow, nota: Nota) -> None:
        """Index a draft's new head (the row is flushed or about to be; inside a write)."""

    def index_new(self, s: Session, drafts: Sequence[tuple[DraftRow, Nota]]) -> None:
        """Index new drafts written in bulk; called before their rows are inserted (a row
        may get columns here, e.g. SQLite's ``search_rowid``)."""

    def search(self, s: Session, query: str, *, limit: int, snippets: int) -> list[SearchHit]:
        """Return the drafts not in the trash matching typed text, best first; the first
        ``snippets`` hits carry a snippet. Hostile input never errors."""


def for_session(s: Session) -> FullText:
    """Return the full-text search of the engine a session works on."""
    name = s.get_bind().dialect.name
    return ENGINES.get(name, _NONE)


_INDEX_SQL = text(
    "INSERT INTO draft_fts (rowid, draft_id, subject, reference, body) "
    "VALUES (:rowid, :id, :subject, :reference, :body)"
)


def _index_entry(row: DraftRow, nota: Nota) -> dict[str, Any]:
    return {
        "rowid": row.search_rowid,
        "id": row.id,
        "subject": nota.subject,
        "reference": nota.reference,
        "body": search_body(nota),
    }


def _last_rowid(s: Session) -> int:
    return int(s.scalar(select(func.coalesce(func.max(DraftRow.search_rowid), 0))) or 0)


class SqliteFullText:
    """FTS5: one row per draft in ``draft_fts``; BM25 ranking; snippets with « »."""

    def index(self, s: Session, row: DraftRow, nota: Nota) -> None:
        if row.search_rowid is None:
            row.search_rowid = _last_rowid(s) + 1
        else:
            s.execute(text("DELETE FROM draft_fts WHERE rowid = :r"), {"r": row.search_rowid})
        s.execute(_INDEX_SQL, _index_entry(row, nota))

    def index_new(self, s: Session, drafts: Sequence[tuple[DraftRow, Nota]]) -> None:
        rowid = _last_rowid(s)
        entries = []
        for row, nota in drafts:
            rowid += 1
            row.search_rowid = rowid
            entries.append(_index_entry(row, nota))
        if entries:
            s.execute(_INDEX_SQL, entries)

    def search(self, s: Session, query: str, *, limit: int, snippets: int) -> list[SearchHit]:
        match = build_match(query)
        if match is None:
            return []
        ranked = text(
            "SELECT draft_fts.rowid FROM draft_fts "
            "JOIN drafts ON drafts.search_rowid = draft_fts.rowid "
            "WHERE draft_fts MATCH :match AND drafts.deleted_at IS NULL "
            "ORDER BY rank LIMIT :limit"
        )
        rowids = [r[0] for r in s.execute(ranked, {"match": match, "limit": limit})]
        if not rowids:
            return []
        marks = {}
        if snippets > 0:
            head = rowids[:snippets]
            found = s.execute(
                text(
                    "SELECT rowid, snippet(draft_fts, 3, '«', '»', '…', 10) FROM draft_fts "
                    f"WHERE draft_fts MATCH :match AND rowid IN ({','.join(map(str, head))})"
                ),
                {"match": match},
            )
            marks = {int(r[0]): str(r[1]) for r in found}
        found_rows = s.execute(
            text(
                f"SELECT search_rowid, {', '.join(SUMMARY_COLUMNS)} FROM drafts "
                f"WHERE search_rowid IN ({','.join(map(str, rowids))})"
            )
        )
        rows = {int(r[0]): summary_from_values(tuple(r[1:])) for r in found_rows}
        return [SearchHit(rows[r], marks.get(r, "")) for r in rowids if r in rows]


class NoFullText:
    """An engine without notadesk's search yet (PostgreSQL before schema 0005)."""

    def index(self, s: Session, row: DraftRow, nota: Nota) -> None:
        return None

    def index_new(self, s: Session, drafts: Sequence[tuple[DraftRow, Nota]]) -> None:
        return None

    def search(self, s: Session, query: str, *, limit: int, snippets: int) -> list[SearchHit]:
        raise StorageError("Searching is not available in the team database yet.")


_NONE = NoFullText()
ENGINES: dict[str, FullText] = {"sqlite": SqliteFullText()}
"""Each engine's search by SQLAlchemy dialect name (PostgreSQL's joins with 0005)."""
