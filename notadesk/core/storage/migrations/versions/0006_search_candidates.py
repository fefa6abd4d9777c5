"""The team database's search ranks a bounded set of candidates.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02

PostgreSQL only; on SQLite (FTS5 ranks its matches itself) this revision changes nothing.

``notadesk_search`` (0005) ranked every match with ``ts_rank``, which reads each match's whole
``tsvector`` from its TOAST storage: a common word matches tens of thousands of drafts, and a
search took a second. Now the matching ids come from the GIN index alone (a bitmap scan reads
no ``tsvector``), the caller's clearance and the trash filter them, the newest ``pool`` of
them (by ``drafts.updated``, indexed) are the candidates, and only those are ranked; the best
``n`` are returned. When fewer drafts match than ``pool``, every match is ranked, as before.
The pool is an argument, so the function's signature changes: 0005's is dropped.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

# Every step is MATERIALIZED so the planner cannot fold the ranking into the match (which
# would read every match's tsvector again): first the ids the index finds, then the newest
# `pool` the caller may see, then the match confirmed and ts_rank over those only. A phrase
# ('a' <-> 'b') makes the index's answer a guess that each row's tsvector must confirm, so
# the index is asked for drafts holding all the phrase's words ('a' & 'b': no tsvector read)
# and the phrase is confirmed on the candidates only; a query with an exclusion is asked as
# typed (relaxing it would exclude too much). The matches are many: hash joins (and the
# memory for them), since the planner cannot know how many a parameter's query finds and
# would look each one up.
MATCHING = [
    "DROP FUNCTION notadesk_search(tsquery, NAME, INTEGER)",
    "CREATE FUNCTION notadesk_search(q tsquery, who NAME, n INTEGER, pool INTEGER) "
    "RETURNS TABLE (draft_id VARCHAR, rank REAL) "
    "LANGUAGE sql STABLE SECURITY DEFINER ROWS 50 SET search_path = pg_catalog, pg_temp "
    "SET enable_nestloop = off SET work_mem = '32MB' AS $$ "
    "WITH matching AS MATERIALIZED ("
    "SELECT f.draft_id FROM @schema@.draft_fts f WHERE f.tsv @@ (CASE WHEN "
    "strpos(q::text, '!') = 0 THEN replace(q::text, ' <-> ', ' & ') ELSE q::text END)::tsquery), "
    "candidates AS MATERIALIZED ("
    "SELECT d.id, d.updated FROM matching m JOIN @schema@.drafts d ON d.id = m.draft_id "
    "WHERE d.deleted_at IS NULL AND d.level IN ("
    "SELECT level FROM @schema@.clearance_levels WHERE rank <= LEAST("
    "@schema@.notadesk_clearance(session_user), @schema@.notadesk_clearance(who))) "
    "ORDER BY d.updated DESC, d.id DESC LIMIT pool), "
    "ranked AS MATERIALIZED ("
    "SELECT c.id, c.updated, f.tsv @@ q AS hit, ts_rank(f.tsv, q) AS rank FROM candidates c "
    "JOIN @schema@.draft_fts f ON f.draft_id = c.id) "
    "SELECT id, rank FROM ranked WHERE hit ORDER BY rank DESC, updated DESC, id DESC LIMIT n $$",
    "REVOKE ALL ON FUNCTION notadesk_search(tsquery, NAME, INTEGER, INTEGER) FROM PUBLIC",
    "GRANT EXECUTE ON FUNCTION notadesk_search(tsquery, NAME, INTEGER, INTEGER) TO PUBLIC",
]


def _schema() -> str:
    return str(op.get_bind().exec_driver_sql("SELECT current_schema()").scalar_one())


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    schema = _schema()
    for statement in MATCHING:
        op.execute(statement.replace("@schema@", f'"{schema}"'))


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    # 0005's function, from 0005 itself (its file name is no module name).
    spec = importlib.util.spec_from_file_location("team", Path(__file__).with_name("0005_team.py"))
    assert spec is not None and spec.loader is not None
    team = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(team)
    schema = _schema()
    op.execute("DROP FUNCTION notadesk_search(tsquery, NAME, INTEGER, INTEGER)")
    for statement in team.MATCHING:
        op.execute(statement.replace("@schema@", f'"{schema}"'))
