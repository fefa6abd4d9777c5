"""Full-text search, per engine: the one seam between the store and an engine's search.

The store and the revision writers call :func:`for_session` and then ``index`` (a draft's
head changed), ``index_new`` (new drafts written in bulk) and ``search`` (typed text, best
first). SQLite keeps one FTS5 row per draft holding its head's text (``draft_fts``, its rowid
in ``drafts.search_rowid``); PostgreSQL one row per draft in ``draft_fts`` (keyed by draft
id) with a weighted Dutch ``tsvector`` and a GIN index (migration 0005). Both read what is
typed through ``search.parse``, so no input reaches either engine's query syntax.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from notadesk.core.model.nota import Nota
from notadesk.core.model.text import search_body
from notadesk.core.storage.records import SUMMARY_COLUMNS, SearchHit, summary_from_values
from notadesk.core.storage.search import build_match, build_tsquery, first_word
from notadesk.core.storage.tables import DraftRow


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
    return ENGINES[name]


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


_PG_INDEX_SQL = text(
    "INSERT INTO draft_fts (draft_id, subject, reference, body, updated, level, trashed) "
    "VALUES (:id, :subject, :reference, :body, :updated, :level, :trashed) "
    "ON CONFLICT (draft_id) DO UPDATE SET subject = EXCLUDED.subject, "
    "reference = EXCLUDED.reference, body = EXCLUDED.body, updated = EXCLUDED.updated, "
    "level = EXCLUDED.level, trashed = EXCLUDED.trashed"
)
"""The search row carries the draft's change time, level and trash mark (migration 0008), so
the candidates of a search need no join with ``drafts``; a trigger on ``drafts`` copies them
when the draft's row changes them otherwise (the trash)."""
_PG_REINDEX_SQL = text(
    "WITH old AS (SELECT draft_id, (subject, reference, body) IS NOT DISTINCT FROM "
    "(:subject, :reference, :body) AS same FROM draft_fts WHERE draft_id = :id), "
    "new_text AS (UPDATE draft_fts f SET subject = :subject, reference = :reference, "
    "body = CASE WHEN f.body = :body THEN f.body ELSE :body END, "
    "updated = :updated, level = :level, trashed = :trashed "
    "FROM old WHERE f.draft_id = old.draft_id AND NOT old.same), "
    "same_text AS (UPDATE draft_fts f SET updated = :updated, level = :level, "
    "trashed = :trashed FROM old WHERE f.draft_id = old.draft_id AND old.same) "
    "INSERT INTO draft_fts (draft_id, subject, reference, body, updated, level, trashed) "
    "SELECT :id, :subject, :reference, :body, :updated, :level, :trashed "
    "WHERE NOT EXISTS (SELECT FROM old)"
)
"""A draft's new head, in one statement (what a save, a restore or an import writes): its
search row updated, or added when it has none. Not the upsert above, whose INSERT computes the
stored text vector (``to_tsvector`` of the whole text: about 2 ms for 10 kB) before it finds
the row there, and whose UPDATE then computes it again. When the text is the same (a save of
the status, a deadline, the route), only the order columns are set, and PostgreSQL keeps the
text vector without computing it; an unchanged body keeps its stored value (no new copy)."""
CANDIDATES = 2_000
"""How many matches PostgreSQL ranks at most: the newest this many a search may show.
``ts_rank`` reads each ranked draft's whole text vector, so ranking every match of a common
word among 100,000 drafts took a second (docs/performance.md); fewer matches are all ranked."""
_PG_HEADLINE = "StartSel=«, StopSel=», MaxWords=12, MinWords=5, MaxFragments=1"
_PG_SUMMARY = ", ".join(f"d.{c}" for c in SUMMARY_COLUMNS)


class PostgresFullText:
    """PostgreSQL's Dutch text search: one row per draft in ``draft_fts`` (keyed by draft id)
    whose stored ``tsv`` weighs subject and reference above the body, with a GIN index
    (migration 0005); the newest :data:`CANDIDATES` matches ranked by ``ts_rank`` (0006;
    0009: a walk of the newest drafts ranks them as it reads them, each text vector read
    once), snippets by ``ts_headline`` with « ». The typed text becomes ``to_tsquery`` text of
    quoted words only (:func:`search.build_tsquery`), so no input can reach the query syntax.
    Row-level security hides from a role the rows of drafts above its clearance, here as
    everywhere."""

    def index(self, s: Session, row: DraftRow, nota: Nota) -> None:
        s.execute(_PG_REINDEX_SQL, _pg_entry(row, nota))

    def index_new(self, s: Session, drafts: Sequence[tuple[DraftRow, Nota]]) -> None:
        if drafts:
            s.execute(_PG_INDEX_SQL, [_pg_entry(row, nota) for row, nota in drafts])

    def search(self, s: Session, query: str, *, limit: int, snippets: int) -> list[SearchHit]:
        built = build_tsquery(query)
        if built is None:
            return []
        tsquery, params = built
        # The match runs in notadesk_search (migrations 0005 and 0006: the GIN index, the
        # caller's clearance, only the newest CANDIDATES matches ranked); drafts' own
        # row-level security then applies to what it found.
        found = s.execute(
            text(
                f"SELECT {_PG_SUMMARY} FROM notadesk_search({tsquery}, current_user, :limit, "
                ":pool) m JOIN drafts d ON d.id = m.draft_id "
                "ORDER BY m.rank DESC, d.updated DESC, d.id DESC"
            ),
            {**params, "limit": limit, "pool": CANDIDATES},
        )
        rows = [summary_from_values(tuple(r)) for r in found]
        marks: dict[str, str] = {}
        if rows and snippets > 0:
            # ts_headline reads the whole text it is given (about 2 ms for a 10 kB nota):
            # it is given the stretch around where the first word typed first occurs.
            marked = s.execute(
                text(
                    "SELECT draft_id, ts_headline('dutch', CASE WHEN at > 0 THEN "
                    "substr(body, greatest(1, at - 300), 700) ELSE left(body, 3000) END, "
                    f"{tsquery}, :options) FROM (SELECT draft_id, body, "
                    "strpos(lower(body), :probe) AS at FROM draft_fts "
                    "WHERE draft_id = ANY(:ids)) AS found"
                ),
                {
                    **params,
                    "options": _PG_HEADLINE,
                    "probe": first_word(query),
                    "ids": [r.id for r in rows[:snippets]],
                },
            )
            marks = {str(r[0]): str(r[1]) for r in marked}
        return [SearchHit(r, marks.get(r.id, "")) for r in rows]


def _pg_entry(row: DraftRow, nota: Nota) -> dict[str, Any]:
    return {
        "id": row.id,
        "subject": nota.subject,
        "reference": nota.reference,
        "body": search_body(nota),
        "updated": row.updated,
        "level": row.level,
        "trashed": row.deleted_at is not None,
    }


ENGINES: dict[str, FullText] = {"sqlite": SqliteFullText(), "postgresql": PostgresFullText()}
"""Each engine's search by SQLAlchemy dialect name."""
