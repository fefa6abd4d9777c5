"""The team database's search reads each text vector once when it walks the newest drafts.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02

PostgreSQL only; on SQLite (FTS5, a table of its own) this revision changes nothing.

What a search pays most for is reading text vectors: each is about 8.4 kB, kept out of line
in the TOAST table, and every function given a vector fetches it again (an index look-up and
five chunks, about 6 µs; PostgreSQL keeps no fetched copy between two calls). In 0008 the
walk of the newest drafts fetched each vector to check it (``ts_match_vq``) and ranking then
fetched the 2,000 candidates' vectors again for ``ts_rank``. Now the walk ranks as it goes:
each vector is fetched once into a row value (``ROW(f.tsv)``; a row value holds its fields
themselves, not a pointer to TOAST), which the check, the phrase confirmation and
``ts_rank`` all read. The answer is the same: the newest ``pool`` visible, not-trashed drafts
the probe matches, a phrase confirmed on them, ranked by ``ts_rank``, the best ``n``.

Since the walk now saves the ranking's reads, it is chosen for somewhat rarer words: when
``share² × drafts > WALK_COST × pool × (1 − share)`` (the walk reads pool / share vectors;
the index's plan takes share × drafts matches and then reads the pool's vectors to rank
them), that is above about a third of the drafts at 100,000 instead of about 40 %. The
index's plan is 0008's (``notadesk_search_candidates`` without ``walk``, then ranking).

Tried and not kept (docs/performance.md): compressing the vectors (PostgreSQL's default
pglz gives up on them, so they are stored as they are; lz4 made 7.5 of 8.4 kB and ranking no
faster) and keeping them in the row (``STORAGE MAIN`` with lz4: ranking twice as fast, but a
row then fills a page, and taking a common word's matches from the GIN index went from 37 ms
to 2 s).
"""

from __future__ import annotations

from types import ModuleType

from alembic import op

from notadesk.core.storage.migrations.earlier import revision_module as _revision

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


WALK = (
    "tids := @schema@.notadesk_search_candidates(probe, allowed, pool, "
    "coalesce(share, 0) ^ 2 * total > @walk@ * pool); "
)
"""0008's choice of plan and its call for the candidates, which 0009 replaces."""
RANKED_WALK = (
    "share := coalesce(share, 0); "
    "IF share ^ 2 * total > @walk@ * pool * (1 - share) THEN "
    "RETURN QUERY SELECT c.draft_id, ts_rank((c.r).f1, q) FROM ("
    "SELECT w.draft_id, w.updated, w.r FROM ("
    "SELECT f.draft_id, f.updated, ROW(f.tsv) AS r FROM @schema@.draft_fts f "
    "WHERE NOT f.trashed AND f.level = ANY(allowed) "
    "ORDER BY f.updated DESC, f.draft_id DESC OFFSET 0) w "
    "WHERE ts_match_vq((w.r).f1, probe) LIMIT pool) c "
    "WHERE probe = q OR ts_match_vq((c.r).f1, q) "
    "ORDER BY 2 DESC, c.updated DESC, c.draft_id DESC LIMIT n; "
    "RETURN; "
    "END IF; "
    "tids := @schema@.notadesk_search_candidates(probe, allowed, pool, false); "
)
"""The walk done by notadesk_search itself, ranking as it goes: the subquery with OFFSET 0
holds each walked draft's vector in a row value ``r``, fetched once; the LIMIT takes the
newest ``pool`` the probe matches before the phrase is confirmed and the candidates ranked,
as 0008 did. Otherwise 0008's index plan, whose candidates the rest of 0008's function ranks
(the caller's clearance, the probe, the sample of the newest SAMPLE and the settings, and why,
are 0008's)."""


def _matching(order: ModuleType) -> list[str]:
    # 0008's statements, its function's choice of plan replaced by the ranking walk.
    assert order.MATCHING[1].count(WALK) == 1
    return [s.replace(WALK, RANKED_WALK) for s in order.MATCHING]


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    order = _revision("0008_search_order.py")
    order._run(_matching(order), order._schema())


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    order = _revision("0008_search_order.py")
    order._run(order.MATCHING, order._schema())
