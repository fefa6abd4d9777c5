"""The team database's search takes a common word's matches of the newest days from its GIN index.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02

PostgreSQL only; on SQLite (FTS5, a table of its own) this revision changes nothing.

The search ranks the newest ``pool`` matches (``fulltext.CANDIDATES``). For a common word the
index's plan took every match from the GIN index, read each one's search row and sorted
them all by change time to keep the newest 2,000: for a word in 36 % of 100,000 drafts that
is 36,000 rows read and sorted for 2,000 kept, 30–40 ms of a search's 45–60
(docs/performance.md).

- **A date to each search row.** ``draft_fts.period`` is the change time's day, month and
  year as three numbers in an array (``PERIOD``), computed by PostgreSQL from ``updated``
  like the stamp (a stored generated column: nothing writes it; the day is always the
  stamp's first eight digits). The GIN index takes it as its second column (GIN indexes
  arrays without an extension), so one index scan gives the matches of the periods asked for.
- **A window of the newest days.** Before taking the matches, the search reads the newest
  ``reach`` drafts the caller may see from the newest-first index alone (it now includes the
  level), about ``SURE`` times as many as should hold ``pool`` matches at the share the
  sample of the newest shows, and collects their days. Every draft changed after the oldest
  of those days is among them, so the drafts changed on that day or later are exactly: the
  days of that month from it on that they were changed on, the later months of that year
  and the later years among them. Asked for those (at most 31 days, 11 months and the years:
  the GIN index's cost grows with the number of values asked for times their matches, and a
  thousand days took 140 ms where 19 periods take a few), the GIN index gives the matches of
  a suffix of the search's order: when they are ``pool`` or more they include the newest
  ``pool`` of all, which ``notadesk_search_window`` returns, ranked as before. When they are
  fewer (the sample promised more), the index's plan takes every match, as before; the
  answer is the same either way.
- **The choice** adds the window's cost to the two 0010 weighed: reading the reach from the
  newest-first index (``SCAN`` an entry), taking the matches from the GIN index alone
  (``FIND`` a match), then reading and sorting about ``SURE × pool`` rows, then ranking the
  ``pool``; the walk is still taken for words in nearly every draft. Where most of the
  newest drafts are above the caller's clearance, the reach and the walk read past them: the
  share of the newest 100 it may see (from the same index alone) prices that in, so such a
  role takes the index's plan rather than read half the table for a window.

Adding the column rewrites ``draft_fts`` and the GIN index is built again: about a minute
for 100,000 drafts, the table locked (docs/team-database.md "Upgrades").
"""

from __future__ import annotations

from alembic import op

from notadesk.core.storage.migrations.earlier import revision_module as _revision

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

FIND = 0.12
"""Microseconds to take one match from the GIN index alone (a bitmap, no row read)."""
SCAN = 0.4
"""Microseconds to read one entry of the newest-first index, check its level and take its
day, as the window's reach is read."""

PERIOD = (
    "CASE WHEN updated ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}' "
    "THEN ARRAY[translate(left(updated, 10), '-', '')::INTEGER, "
    "1000000000 + translate(left(updated, 7), '-', '')::INTEGER, "
    "2000000000 + left(updated, 4)::INTEGER] ELSE '{}'::INTEGER[] END"
)
"""The change date as three numbers: its day (``20261202``), its month (``1000202612``) and its
year (``2000002026``), apart by their size; none where the stamp is 0 (a search row without
its draft's time, which is in the trash)."""

# The GIN index is dropped before the column is added, so that the table's rewrite does not
# build it once more only to have it replaced.
COLUMN = [
    "SET LOCAL maintenance_work_mem = '256MB'",
    "DROP INDEX ix_draft_fts_tsv",
    "DROP INDEX ix_draft_fts_newest",
    f"ALTER TABLE draft_fts ADD COLUMN period INTEGER[] GENERATED ALWAYS AS ({PERIOD}) STORED",
    "CREATE INDEX ix_draft_fts_newest ON draft_fts (stamp DESC, updated DESC, draft_id DESC) "
    "INCLUDE (level) WHERE NOT trashed",
    "CREATE INDEX ix_draft_fts_tsv ON draft_fts USING gin (tsv, period)",
    "ANALYZE draft_fts (period)",  # the planner's share of a window's periods, from the start
]

_stamp = _revision("0010_search_stamp.py")
ORDER = _stamp.ORDER

# The candidates of the periods asked for: 0010's index plan with the periods in the index scan
# (bitmap scans on, since the caller turns them off). Only notadesk_search, run as the owner,
# may call it: the allowed levels are an argument.
WINDOW = [
    "CREATE FUNCTION notadesk_search_window("
    "probe tsquery, allowed VARCHAR[], pool INTEGER, periods INTEGER[]) RETURNS TID[] "
    "LANGUAGE plpgsql STABLE SET search_path = pg_catalog, pg_temp SET jit = off "
    "SET enable_seqscan = off SET enable_bitmapscan = on SET enable_sort = off "
    "SET work_mem = '32MB' AS $$ BEGIN "
    "RETURN ARRAY(SELECT m.ctid FROM (SELECT f.ctid, f.draft_id, f.updated, f.stamp, f.level, "
    "f.trashed FROM @schema@.draft_fts f WHERE f.tsv @@ probe AND f.period && periods "
    "OFFSET 0) m "
    "WHERE NOT m.trashed AND m.level = ANY(allowed) "
    f"ORDER BY m.{ORDER.format(t='m')} LIMIT pool); END $$",
    "REVOKE ALL ON FUNCTION notadesk_search_window(tsquery, VARCHAR[], INTEGER, INTEGER[]) "
    "FROM PUBLIC",
]

# 0010's notadesk_search with the window between the walk and the index's plan (the
# caller's clearance, the probe, the sample and the settings are 0008's; the walk ranking as
# it reads is 0009's; the stamp and the costs 0010's).
MATCHING = [
    _stamp.HEAD + "share DOUBLE PRECISION; visible DOUBLE PRECISION; total REAL; "
    "reach DOUBLE PRECISION; by_index DOUBLE PRECISION; by_window DOUBLE PRECISION; "
    "seen BIGINT; oldest BIGINT; days INTEGER[]; tids TID[]; "
    "BEGIN " + _stamp.SHARE + "SELECT avg((v.level = ANY(allowed))::INTEGER) INTO visible FROM ("
    "SELECT f.level FROM @schema@.draft_fts f WHERE NOT f.trashed "
    f"ORDER BY f.{ORDER.format(t='f')} LIMIT @sample@) v; "
    "visible := greatest(visible, 0.5 / @sample@); "
    "IF coalesce(share, 0) > 0 THEN "
    "reach := ceil(@sure@ * pool / share); "
    "by_index := share * total * @take@; "
    "by_window := CASE WHEN reach < total "
    "THEN reach / visible * @scan@ + share * total * @find@ + @sure@ * pool * @take@ "
    "ELSE 'Infinity' END; "
    "IF @sure@ * pool * (@check@ / share + @rank_held@ + (1 / visible - 1) / share * @scan@) "
    "< least(by_index, by_window) + pool * @rank@ THEN " + _stamp.WALK + "END IF; "
    "IF by_window < by_index THEN "
    "SELECT array_agg(DISTINCT (w.stamp / 1000000)::INTEGER), min(w.stamp / 1000000), "
    "count(*) INTO days, oldest, seen FROM ("
    "SELECT f.stamp FROM @schema@.draft_fts f WHERE NOT f.trashed AND f.level = ANY(allowed) "
    f"ORDER BY f.{ORDER.format(t='f')} LIMIT reach::BIGINT) w; "
    "IF seen >= reach THEN "
    "tids := @schema@.notadesk_search_window(probe, allowed, pool, ARRAY("
    "SELECT x FROM unnest(days) x WHERE x / 100 = oldest / 100 UNION "
    "SELECT 1000000000 + x / 100 FROM unnest(days) x "
    "WHERE x / 100 > oldest / 100 AND x / 10000 = oldest / 10000 UNION "
    "SELECT 2000000000 + x / 10000 FROM unnest(days) x WHERE x / 10000 > oldest / 10000)); "
    "IF cardinality(tids) < pool THEN tids := NULL; END IF; "
    "END IF; "
    "END IF; "
    "END IF; "
    "IF tids IS NULL THEN "
    "tids := @schema@.notadesk_search_candidates(probe, allowed, pool, false); "
    "END IF; " + _stamp.RANKED,
]


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    order = _revision("0008_search_order.py")
    statements = COLUMN + WINDOW + _stamp._costs(MATCHING)
    order._run(
        [s.replace("@find@", repr(FIND)).replace("@scan@", repr(SCAN)) for s in statements],
        order._schema(),
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    # 0010's search (replaced whole), then its indexes without the column.
    order = _revision("0008_search_order.py")
    order._run(
        [
            *_stamp._costs(_stamp.MATCHING),
            "DROP FUNCTION notadesk_search_window(tsquery, VARCHAR[], INTEGER, INTEGER[])",
            "SET LOCAL maintenance_work_mem = '256MB'",
            "DROP INDEX ix_draft_fts_tsv",
            "DROP INDEX ix_draft_fts_newest",
            "ALTER TABLE draft_fts DROP COLUMN period",
            "CREATE INDEX ix_draft_fts_newest ON draft_fts "
            "(stamp DESC, updated DESC, draft_id DESC) WHERE NOT trashed",
            "CREATE INDEX ix_draft_fts_tsv ON draft_fts USING gin (tsv)",
        ],
        order._schema(),
    )
