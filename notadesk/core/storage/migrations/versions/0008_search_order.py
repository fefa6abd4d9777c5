"""The team database's search picks its candidates without a join, by one of two plans.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02

PostgreSQL only; on SQLite (FTS5, a table of its own) this revision changes nothing.

0006 found the matches through the GIN index and then joined every one with ``drafts`` to
keep the visible, not-trashed ones and pick the newest ``pool``: for a common word that join
of 100,000 matches was most of a search's time, and for a rare one the hash join still read
all of ``drafts``. Now:

- ``draft_fts`` carries its draft's change time, level and trash mark (``updated``, ``level``,
  ``trashed``). The store writes them in the statement that writes the search row
  (``fulltext.PostgresFullText``); a trigger on ``drafts``, at the commit, copies them
  whenever the draft's own changed otherwise (moving to the trash and back, or any write
  that does not index).
  An index gives the not-trashed search rows newest first.
- The candidates (the newest ``pool`` visible, not-trashed drafts the index says match) come
  from one of two plans with the same answer: for a word in a large share of the drafts, the
  newest-first index is walked and each draft's text vector checked until ``pool`` match
  (``notadesk_search_newest``); otherwise the GIN index's matches are filtered and sorted
  (``notadesk_search_matching``). Which is cheaper follows from the share of matches among the
  newest drafts the caller may see: ``notadesk_search`` checks the newest ``SAMPLE`` and
  chooses; the planner's own estimate for a prefix is a default guess, no help here.
- Ranking is as in 0006: a phrase confirmed on the candidates, ``ts_rank``, the best ``n``.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

SAMPLE = 100
"""How many of the newest visible drafts are checked to see how common a search is."""
WALK_COST = 8
"""What checking one draft's text vector costs against taking one match from the GIN index
and sorting it (about 5.5 µs against 0.7 µs, measured on 100,000 drafts): walking the newest
drafts is chosen when ``share² × drafts > WALK_COST × pool``, that is when the walk reads
fewer vectors (pool / share) than WALK_COST times the matches (share × drafts) the index would
give."""

COLUMNS = [
    "ALTER TABLE draft_fts ADD COLUMN updated VARCHAR(40), ADD COLUMN level VARCHAR(100), "
    "ADD COLUMN trashed BOOLEAN NOT NULL DEFAULT false",
    "UPDATE draft_fts f SET updated = d.updated, level = d.level, "
    "trashed = d.deleted_at IS NOT NULL FROM drafts d WHERE d.id = f.draft_id",
    # A search row without its draft (none is written that way) is no candidate.
    "UPDATE draft_fts SET updated = '', level = '', trashed = true WHERE updated IS NULL",
    "ALTER TABLE draft_fts ALTER COLUMN updated SET NOT NULL, ALTER COLUMN level SET NOT NULL",
    "CREATE INDEX ix_draft_fts_newest ON draft_fts (updated DESC, draft_id DESC) WHERE NOT trashed",
    # The draft's own change copied to its search row, when the store's write of the search
    # row did not already carry it (the trash; any write that does not index). Deferred to
    # the commit, so that a save's own write of the search row (which SQLAlchemy may send
    # after the draft's) is there first and nothing is written twice; it reads the draft as
    # it is then, whatever happened to it in between. SECURITY DEFINER: it touches only the
    # search row of the draft being written, and skips row-level security on every save.
    "CREATE FUNCTION notadesk_draft_fts_order() RETURNS trigger "
    "LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$ BEGIN "
    "UPDATE @schema@.draft_fts f SET updated = d.updated, level = d.level, "
    "trashed = d.deleted_at IS NOT NULL FROM @schema@.drafts d "
    "WHERE d.id = NEW.id AND f.draft_id = d.id AND (f.updated, f.level, f.trashed) "
    "IS DISTINCT FROM (d.updated, d.level, d.deleted_at IS NOT NULL); RETURN NULL; END $$",
    "REVOKE ALL ON FUNCTION notadesk_draft_fts_order() FROM PUBLIC",
    "CREATE CONSTRAINT TRIGGER drafts_search_order "
    "AFTER INSERT OR UPDATE OF updated, level, deleted_at ON drafts "
    "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION notadesk_draft_fts_order()",
]

# The candidates by either plan: where the search rows of the newest `pool` drafts of the
# allowed levels, not in the trash, that `probe` matches are (their ctids: ranking then
# reads them without an index lookup), newest first. Owned by the owner and callable by the
# owner only (it takes the allowed levels as an argument); notadesk_search calls it. The
# settings fix each plan, as the planner cannot know how common `probe` is: with `walk`, the
# newest-first index is walked and each text vector checked (ts_match_vq is @@ as a
# function, which the GIN index cannot take) until `pool` match; without, every match comes
# from the GIN index (no text vector read; OFFSET 0 keeps that scan apart) and the newest
# `pool` of them are kept.
PLANS = [
    "CREATE FUNCTION notadesk_search_candidates("
    "probe tsquery, allowed VARCHAR[], pool INTEGER, walk BOOLEAN) RETURNS TID[] "
    "LANGUAGE plpgsql STABLE SET search_path = pg_catalog, pg_temp SET jit = off "
    "SET enable_seqscan = off SET enable_sort = off SET work_mem = '32MB' AS $$ BEGIN "
    "IF walk THEN RETURN ARRAY(SELECT f.ctid FROM @schema@.draft_fts f "
    "WHERE NOT f.trashed AND f.level = ANY(allowed) AND ts_match_vq(f.tsv, probe) "
    "ORDER BY f.updated DESC, f.draft_id DESC LIMIT pool); END IF; "
    "RETURN ARRAY(SELECT m.ctid FROM (SELECT f.ctid, f.draft_id, f.updated, f.level, "
    "f.trashed FROM @schema@.draft_fts f WHERE f.tsv @@ probe OFFSET 0) m "
    "WHERE NOT m.trashed AND m.level = ANY(allowed) "
    "ORDER BY m.updated DESC, m.draft_id DESC LIMIT pool); END $$",
    "REVOKE ALL ON FUNCTION notadesk_search_candidates(tsquery, VARCHAR[], INTEGER, BOOLEAN) "
    "FROM PUBLIC",
]

# The caller's clearance, as in 0005: the lower of the login role's and the role it names. A
# phrase ('a' <-> 'b') is asked of the index as its words ('a' & 'b') and confirmed on the
# candidates; a query with an exclusion is asked as typed (0006). Two settings that are not
# about plans: `jit = off`, since the plans' disabled alternatives cost 10^10 and would make
# PostgreSQL compile every query (about 100 ms); and COLLATE "default" on the allowed levels,
# since plpgsql gives its text variables the call's collation ("C", from the NAME argument),
# which no index of the tables can use (a look-up by such an array became a full scan).
SEARCH_HEAD = (
    "CREATE FUNCTION notadesk_search(q tsquery, who NAME, n INTEGER, pool INTEGER) "
    "RETURNS TABLE (draft_id VARCHAR, rank REAL) "
    "LANGUAGE plpgsql STABLE SECURITY DEFINER ROWS 50 SET search_path = pg_catalog, pg_temp "
    "SET jit = off SET enable_seqscan = off SET enable_bitmapscan = off SET enable_sort = off "
    "AS $$ "
    "DECLARE "
    "probe tsquery := CASE WHEN strpos(q::text, '!') = 0 "
    "THEN replace(q::text, ' <-> ', ' & ')::tsquery ELSE q END; "
    "cleared INTEGER := LEAST(@schema@.notadesk_clearance(session_user), "
    "@schema@.notadesk_clearance(who)); "
    'allowed VARCHAR[] COLLATE "default" := ARRAY(SELECT l.level '
    "FROM @schema@.clearance_levels l WHERE l.rank <= cleared); "
)
"""notadesk_search's signature, settings and what it takes from its caller (the probe, the
clearance, the allowed levels), up to its own variables: the same in every later revision
of the function (0010 and 0011 build on it)."""

MATCHING = [
    "DROP FUNCTION notadesk_search(tsquery, NAME, INTEGER, INTEGER)",
    SEARCH_HEAD + "share DOUBLE PRECISION; total REAL; tids TID[]; "
    "BEGIN "
    "SELECT avg(ts_match_vq(s.tsv, probe)::INTEGER) INTO share FROM ("
    "SELECT f.tsv FROM @schema@.draft_fts f WHERE NOT f.trashed AND f.level = ANY(allowed) "
    "ORDER BY f.updated DESC, f.draft_id DESC LIMIT @sample@) s; "
    "SELECT c.reltuples INTO total FROM pg_class c "
    "WHERE c.oid = '@schema@.draft_fts'::regclass; "
    "tids := @schema@.notadesk_search_candidates(probe, allowed, pool, "
    "coalesce(share, 0) ^ 2 * total > @walk@ * pool); "
    "RETURN QUERY SELECT f.draft_id, ts_rank(f.tsv, q) FROM @schema@.draft_fts f "
    "WHERE f.ctid = ANY(tids) AND (probe = q OR ts_match_vq(f.tsv, q)) "
    "ORDER BY 2 DESC, f.updated DESC, f.draft_id DESC LIMIT n; "
    "END $$",
    "REVOKE ALL ON FUNCTION notadesk_search(tsquery, NAME, INTEGER, INTEGER) FROM PUBLIC",
    "GRANT EXECUTE ON FUNCTION notadesk_search(tsquery, NAME, INTEGER, INTEGER) TO PUBLIC",
]


def _schema() -> str:
    return str(op.get_bind().exec_driver_sql("SELECT current_schema()").scalar_one())


def _run(statements: list[str], schema: str) -> None:
    for statement in statements:
        op.execute(
            statement.replace("@schema@", f'"{schema}"')
            .replace("@sample@", str(SAMPLE))
            .replace("@walk@", str(WALK_COST))
        )


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    _run(COLUMNS + PLANS + MATCHING, _schema())


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    # 0006's function, from 0006 itself (its file name is no module name).
    here = Path(__file__).with_name("0006_search_candidates.py")
    spec = importlib.util.spec_from_file_location("search_candidates", here)
    assert spec is not None and spec.loader is not None
    candidates = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(candidates)
    schema = _schema()
    op.execute("DROP FUNCTION notadesk_search(tsquery, NAME, INTEGER, INTEGER)")
    op.execute("DROP FUNCTION notadesk_search_candidates(tsquery, VARCHAR[], INTEGER, BOOLEAN)")
    op.execute("DROP TRIGGER drafts_search_order ON drafts")
    op.execute("DROP FUNCTION notadesk_draft_fts_order()")
    op.execute("DROP INDEX ix_draft_fts_newest")
    op.execute("ALTER TABLE draft_fts DROP COLUMN updated, DROP COLUMN level, DROP COLUMN trashed")
    # 0006 dropped 0005's function first: there is none to drop here, so create only.
    _run([s for s in candidates.MATCHING if not s.startswith("DROP")], schema)
