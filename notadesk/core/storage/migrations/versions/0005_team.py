"""The team database: Dutch full-text search, need to know by clearance, live notifications.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02

PostgreSQL only; on SQLite (one workstation, FTS5 search, no roles) this revision changes
nothing.

- Search: ``draft_fts`` holds one row per draft with its head's text, as on SQLite, and a
  stored, weighted ``tsvector`` with Dutch stemming (subject and reference weigh more than the
  body) with a GIN index on it.
- Need to know: ``clearance_levels`` holds every marking level's rank (from the marking scheme
  data; ``notadesk admin clearance`` refreshes it), ``role_clearances`` the level an
  administrator cleared each database role for. Row-level security hides every draft above
  the current role's clearance, with its revisions, search row, comments, route, copy register
  and audit entries, from every query of that role — including raw SQL. A role without a
  clearance sees unclassified drafts only. The owner of the tables (the administrator who runs
  the migrations) is not bound by it; superusers never are.
- Live view: saving a draft (any insert or update of its row) notifies channel
  ``notadesk_drafts`` with the draft's id only — no subject, level or author, which a listener
  below the draft's clearance must not learn; a listener reads the rest through its own,
  row-level secured connection.
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

# Tables whose rows belong to a draft (column draft_id): visible when their draft is.
BELONGING = (
    "revisions",
    "draft_fts",
    "comments",
    "comment_states",
    "route_events",
    "copy_register",
    "audit_log",
)

SEARCH = [
    # One row per draft holding its head's text (fulltext.PostgresFullText writes it), with
    # a stored, weighted Dutch tsvector: subject and reference weigh more than the body. The
    # reference's separators become spaces, so Min-BuZa.2022.240 is four words, as typed
    # queries are cut (search.parse).
    "CREATE TABLE draft_fts ("
    "draft_id VARCHAR(36) PRIMARY KEY, subject TEXT NOT NULL, reference TEXT NOT NULL, "
    "body TEXT NOT NULL, tsv tsvector GENERATED ALWAYS AS ("
    "setweight(to_tsvector('dutch'::regconfig, subject), 'A') || "
    "setweight(to_tsvector('dutch'::regconfig, translate(reference, '/-._', '    ')), 'A') || "
    "setweight(to_tsvector('dutch'::regconfig, body), 'B')) STORED)",
    "CREATE INDEX ix_draft_fts_tsv ON draft_fts USING gin (tsv)",
]

CLEARANCE = [
    "CREATE TABLE clearance_levels (level VARCHAR(100) PRIMARY KEY, rank INTEGER NOT NULL)",
    "CREATE TABLE role_clearances ("
    "role NAME PRIMARY KEY, level VARCHAR(100) NOT NULL REFERENCES clearance_levels, "
    "set_at VARCHAR(40) NOT NULL, set_by NAME NOT NULL)",
    # Every role may read the levels (scheme data); only the owner sets clearances.
    "REVOKE ALL ON role_clearances FROM PUBLIC",
    "GRANT SELECT ON clearance_levels TO PUBLIC",
    # The clearance rank of a role (none set: 0, unclassified only). SECURITY DEFINER:
    # roles cannot read role_clearances themselves.
    "CREATE FUNCTION notadesk_clearance(who NAME) RETURNS INTEGER "
    "LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$ "
    "SELECT COALESCE((SELECT l.rank FROM @schema@.role_clearances c "
    "JOIN @schema@.clearance_levels l ON l.level = c.level WHERE c.role = who), 0) $$",
    "REVOKE ALL ON FUNCTION notadesk_clearance(NAME) FROM PUBLIC",
    "GRANT EXECUTE ON FUNCTION notadesk_clearance(NAME) TO PUBLIC",
    "ALTER TABLE drafts ENABLE ROW LEVEL SECURITY",
    # The uncorrelated subquery runs once per statement: a hashed list of the levels allowed.
    "CREATE POLICY need_to_know ON drafts USING (level IN ("
    "SELECT level FROM clearance_levels WHERE rank <= notadesk_clearance(current_user)))",
]

# Whether a draft exists at all, whoever may see it. SECURITY DEFINER (the owner is not bound
# by row-level security). A row of no stored draft — an event of the workstation, a refusal
# naming a draft never stored, the comments and route of a draft an import writes in bulk
# a moment later — is nobody's secret; a row of a hidden draft can be neither read nor added.
CLEARANCE += [
    "CREATE FUNCTION notadesk_draft_exists(draft VARCHAR) RETURNS BOOLEAN "
    "LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$ "
    "SELECT EXISTS (SELECT 1 FROM @schema@.drafts d WHERE d.id = draft) $$",
    "REVOKE ALL ON FUNCTION notadesk_draft_exists(VARCHAR) FROM PUBLIC",
    "GRANT EXECUTE ON FUNCTION notadesk_draft_exists(VARCHAR) TO PUBLIC",
]
_VISIBLE = "EXISTS (SELECT 1 FROM drafts d WHERE d.id = draft_id)"
for _table in BELONGING:
    CLEARANCE += [
        f"ALTER TABLE {_table} ENABLE ROW LEVEL SECURITY",
        f"CREATE POLICY need_to_know ON {_table} "
        f"USING ({_VISIBLE} OR NOT notadesk_draft_exists(draft_id))",
    ]

# Searching. Row-level security keeps PostgreSQL from using the GIN index for a match (@@
# is not leakproof, so it may not run before the policy), so the match runs in a function
# owned by the tables' owner, which filters by the caller's clearance itself: the lower of
# the login role's (session_user) and the role it names (current_user, passed by the query;
# naming another role can only lower it). Its ids then pass drafts' own policy again.
MATCHING = [
    "CREATE FUNCTION notadesk_search(q tsquery, who NAME, n INTEGER) "
    "RETURNS TABLE (draft_id VARCHAR, rank REAL) "
    "LANGUAGE sql STABLE SECURITY DEFINER ROWS 50 SET search_path = pg_catalog, pg_temp AS $$ "
    "SELECT f.draft_id, ts_rank(f.tsv, q) FROM @schema@.draft_fts f "
    "JOIN @schema@.drafts d ON d.id = f.draft_id "
    "WHERE f.tsv @@ q AND d.deleted_at IS NULL AND d.level IN ("
    "SELECT level FROM @schema@.clearance_levels WHERE rank <= LEAST("
    "@schema@.notadesk_clearance(session_user), @schema@.notadesk_clearance(who))) "
    "ORDER BY 2 DESC, d.updated DESC LIMIT n $$",
    "REVOKE ALL ON FUNCTION notadesk_search(tsquery, NAME, INTEGER) FROM PUBLIC",
    "GRANT EXECUTE ON FUNCTION notadesk_search(tsquery, NAME, INTEGER) TO PUBLIC",
]

NOTIFY = [
    "CREATE FUNCTION notadesk_notify_draft() RETURNS trigger LANGUAGE plpgsql AS $$ "
    "BEGIN PERFORM pg_notify('notadesk_drafts', NEW.id); RETURN NULL; END $$",
    "CREATE TRIGGER drafts_notify AFTER INSERT OR UPDATE ON drafts "
    "FOR EACH ROW EXECUTE FUNCTION notadesk_notify_draft()",
]


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    from notadesk.core.storage.clearance import sync_levels

    schema = bind.exec_driver_sql("SELECT current_schema()").scalar_one()
    for statement in SEARCH + CLEARANCE + MATCHING + NOTIFY:
        op.execute(statement.replace("@schema@", f'"{schema}"'))
    sync_levels(bind)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    op.execute("DROP TRIGGER IF EXISTS drafts_notify ON drafts")
    op.execute("DROP FUNCTION IF EXISTS notadesk_notify_draft()")
    for table in ("drafts", *BELONGING):
        op.execute(f"DROP POLICY IF EXISTS need_to_know ON {table}")
        op.execute(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY")
    op.execute("DROP FUNCTION IF EXISTS notadesk_search(tsquery, NAME, INTEGER)")
    op.execute("DROP FUNCTION IF EXISTS notadesk_clearance(NAME)")
    op.execute("DROP FUNCTION IF EXISTS notadesk_draft_exists(VARCHAR)")
    op.execute("DROP TABLE IF EXISTS role_clearances")
    op.execute("DROP TABLE IF EXISTS clearance_levels")
    op.execute("DROP TABLE IF EXISTS draft_fts")
