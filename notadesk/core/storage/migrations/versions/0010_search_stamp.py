"""The team database's search sorts its candidates by a number and keeps its index plan.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02

PostgreSQL only; on SQLite (FTS5, a table of its own) this revision changes nothing.

Three things, measured on 100,000 drafts (docs/performance.md):

- **The first searches of a session could take half a second.** ``notadesk_search`` turns
  bitmap scans off for its own statements (its walk must follow the newest-first index), and
  ``notadesk_search_candidates``, which it calls, inherited that: its index plan needs the
  GIN index, which PostgreSQL reads only by a bitmap scan. PL/pgSQL plans a statement for
  its actual values the first five times in a session; for some words the planner then
  chose to read every search row in key order and check each one's text vector (600–700
  ms), where the GIN index takes 20–40 ms. The candidates now set bitmap scans on
  themselves.
- **Sorting the matches by change time** (``updated``, text) was most of what the index's
  plan paid after taking the matches: a text comparison for each of tens of thousands of
  matches, and with drafts changed in the same second (an import, a copy-to) the draft id
  compared too. ``draft_fts.stamp`` is the change time's date and time to the second as one
  number (``20261202164331`` for ``2026-12-02T16:43:31.123+00:00``), computed by PostgreSQL
  from ``updated`` (a stored generated column: nothing writes it, nothing can set it
  otherwise). Every stored time starts with those nineteen characters (the schemas require
  it), so ordering by ``stamp`` and then by ``updated`` and the id is the very order of
  ``updated`` and the id: the number decides all but drafts changed in the same second,
  where the text decides as before. The newest-first index and every ordering of the
  search use it. Adding the column rewrites ``draft_fts`` (about 30 s for 100,000 drafts).
- **The choice between the walk and the index's plan** is written as the two costs it
  weighs (the constants below, measured on 100,000 drafts): the walk reads ``pool / share``
  text vectors and ranks the ``pool`` it keeps as it holds them; the index's plan takes
  ``share × drafts`` matches and then reads the ``pool`` candidates' vectors to rank them.
  The walk is chosen only when it looks clearly cheaper (``SURE``), since its cost rests on
  a sample.
"""

from __future__ import annotations

from alembic import op

from notadesk.core.storage.migrations.earlier import revision_module as _revision

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

CHECK = 5.8
"""Microseconds to read one text vector from TOAST and check it, as the walk does."""
TAKE = 1.0
"""Microseconds to take one match from the GIN index and sort it by ``stamp`` (0.7–1.1)."""
RANK = 6.5
"""Microseconds to read one candidate's text vector from TOAST and rank it."""
RANK_HELD = 1.0
"""Microseconds to rank a text vector the walk already holds."""
SURE = 1.5
"""How much cheaper the walk must look to be chosen. The index's plan costs what its matches
and the pool say; the walk's cost rests on the share of matches among the newest 100, which
estimates the share among the thousands it walks only roughly (a word in 23.5 % of 100,000
drafts showed 32 % there, and its walk took twice the index's plan): the walk is chosen when
it looks to cost less than two thirds of the index's plan."""

STAMP = (
    "CASE WHEN updated ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}' "
    "THEN translate(left(updated, 19), '-T:', '')::BIGINT ELSE 0 END"
)
"""The change time to the second as a number; 0 for a search row without its draft's time
(``''``, written by 0008 for rows without a draft, which are in the trash)."""

COLUMN = [
    f"ALTER TABLE draft_fts ADD COLUMN stamp BIGINT GENERATED ALWAYS AS ({STAMP}) STORED",
    "DROP INDEX ix_draft_fts_newest",
    "CREATE INDEX ix_draft_fts_newest ON draft_fts (stamp DESC, updated DESC, draft_id DESC) "
    "WHERE NOT trashed",
]

ORDER = "stamp DESC, {t}.updated DESC, {t}.draft_id DESC"

# The candidates by the index's plan (0008's, ordered by the stamp; bitmap scans on, since
# the caller turns them off). The walk's branch is kept for the tests that compare the plans;
# notadesk_search walks by itself (0009).
PLANS = [
    "CREATE OR REPLACE FUNCTION notadesk_search_candidates("
    "probe tsquery, allowed VARCHAR[], pool INTEGER, walk BOOLEAN) RETURNS TID[] "
    "LANGUAGE plpgsql STABLE SET search_path = pg_catalog, pg_temp SET jit = off "
    "SET enable_seqscan = off SET enable_bitmapscan = on SET enable_sort = off "
    "SET work_mem = '32MB' AS $$ BEGIN "
    "IF walk THEN RETURN ARRAY(SELECT f.ctid FROM @schema@.draft_fts f "
    "WHERE NOT f.trashed AND f.level = ANY(allowed) AND ts_match_vq(f.tsv, probe) "
    f"ORDER BY f.{ORDER.format(t='f')} LIMIT pool); END IF; "
    "RETURN ARRAY(SELECT m.ctid FROM (SELECT f.ctid, f.draft_id, f.updated, f.stamp, f.level, "
    "f.trashed FROM @schema@.draft_fts f WHERE f.tsv @@ probe OFFSET 0) m "
    "WHERE NOT m.trashed AND m.level = ANY(allowed) "
    f"ORDER BY m.{ORDER.format(t='m')} LIMIT pool); END $$",
]


# 0009's notadesk_search with the stamp in every ordering and the choice written as costs
# (the caller's clearance, the probe, the sample of the newest drafts and the settings, and
# why, are 0008's; the walk ranking as it reads is 0009's).
def _or_replace(statement: str) -> str:
    return statement.replace("CREATE FUNCTION", "CREATE OR REPLACE FUNCTION", 1)


_order = _revision("0008_search_order.py")  # the revision this one builds on
HEAD = _or_replace(_order.SEARCH_HEAD)
"""0008's head of notadesk_search (signature, settings, the caller's probe and levels)."""
SHARE = (
    "SELECT avg(ts_match_vq(s.tsv, probe)::INTEGER) INTO share FROM ("
    "SELECT f.tsv FROM @schema@.draft_fts f WHERE NOT f.trashed AND f.level = ANY(allowed) "
    f"ORDER BY f.{ORDER.format(t='f')} LIMIT @sample@) s; "
    "SELECT c.reltuples INTO total FROM pg_class c "
    "WHERE c.oid = '@schema@.draft_fts'::regclass; "
)
"""The share of matches among the newest ``@sample@`` visible drafts, and the row count."""
WALK = (
    "RETURN QUERY SELECT c.draft_id, ts_rank((c.r).f1, q) FROM ("
    "SELECT w.draft_id, w.stamp, w.updated, w.r FROM ("
    "SELECT f.draft_id, f.stamp, f.updated, ROW(f.tsv) AS r FROM @schema@.draft_fts f "
    "WHERE NOT f.trashed AND f.level = ANY(allowed) "
    f"ORDER BY f.{ORDER.format(t='f')} OFFSET 0) w "
    "WHERE ts_match_vq((w.r).f1, probe) LIMIT pool) c "
    "WHERE probe = q OR ts_match_vq((c.r).f1, q) "
    f"ORDER BY 2 DESC, c.{ORDER.format(t='c')} LIMIT n; "
    "RETURN; "
)
"""The walk of the newest drafts, ranking each match as it reads it (0009's), and return."""
RANKED = (
    "RETURN QUERY SELECT f.draft_id, ts_rank(f.tsv, q) FROM @schema@.draft_fts f "
    "WHERE f.ctid = ANY(tids) AND (probe = q OR ts_match_vq(f.tsv, q)) "
    f"ORDER BY 2 DESC, f.{ORDER.format(t='f')} LIMIT n; "
    "END $$"
)
"""The candidates ``tids`` ranked, the best ``n`` returned; the function's end."""

MATCHING = [
    HEAD + "share DOUBLE PRECISION; total REAL; tids TID[]; "
    "BEGIN " + SHARE + "share := coalesce(share, 0); "
    "IF share > 0 AND @sure@ * pool * (@check@ / share + @rank_held@) "
    "< share * total * @take@ + pool * @rank@ THEN " + WALK + "END IF; "
    "tids := @schema@.notadesk_search_candidates(probe, allowed, pool, false); " + RANKED,
]


def _costs(statements: list[str]) -> list[str]:
    return [
        s.replace("@check@", repr(CHECK))
        .replace("@take@", repr(TAKE))
        .replace("@rank@", repr(RANK))
        .replace("@rank_held@", repr(RANK_HELD))
        .replace("@sure@", repr(SURE))
        for s in statements
    ]


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    _order._run(COLUMN + _costs(PLANS + MATCHING), _order._schema())


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    # 0008's candidates and 0009's search (each replaced whole), then the column and index.
    schema = _order._schema()
    rank_once = _revision("0009_search_rank_once.py")
    earlier = [*_order.PLANS, *rank_once._matching(_order)]
    _order._run([_or_replace(s) for s in earlier if s.startswith("CREATE")], schema)
    _order._run(
        [
            "DROP INDEX ix_draft_fts_newest",
            "ALTER TABLE draft_fts DROP COLUMN stamp",
            "CREATE INDEX ix_draft_fts_newest ON draft_fts (updated DESC, draft_id DESC) "
            "WHERE NOT trashed",
        ],
        schema,
    )
