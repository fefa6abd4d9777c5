"""The team database: attachment files under need to know.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02

PostgreSQL only; on SQLite (one workstation, no roles) this revision changes nothing.

``blobs`` (SHA-256 → bytes, stored once and shared by drafts) had no row-level security: a
role that knew a file's hash — from a package, say — could read the bytes of an attachment
of a draft above its clearance. Now a file is readable only

- through a draft the role may see that holds it: ``blob_links`` (file ↔ draft) is written by
  the server itself, by a trigger on ``revisions``, in the saving transaction, and is
  visible when its draft is (the policy on ``drafts`` decides); or
- by the login role that handed the server the bytes itself (``blob_holders``): a file
  attached but not yet saved with a draft, or that the role brought in a package.

Roles no longer INSERT into ``blobs``: they call ``notadesk_hold_blob(bytes)``, which
computes the hash on the server (so no row can hold bytes under another file's hash) and
records that the role holds them. A revision naming a file links it to its draft only when
the saving role may use that file (holds it, or sees a draft that has it): naming a hash
learnt elsewhere gives nothing. The links of the drafts already stored are made from their
revisions' documents here.
"""

from __future__ import annotations

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

# The hashes of the files a revision's document names (attachments[].file.sha256).
_NAMED = (
    "SELECT DISTINCT a->'file'->>'sha256' FROM jsonb_array_elements(CASE WHEN "
    "jsonb_typeof(@doc@::jsonb->'attachments') = 'array' THEN @doc@::jsonb->'attachments' "
    "ELSE '[]'::jsonb END) a WHERE jsonb_typeof(a->'file') = 'object' "
    "AND a->'file'->>'sha256' IS NOT NULL"
)

TABLES = [
    "CREATE TABLE blob_links (sha256 VARCHAR(64) NOT NULL REFERENCES blobs, "
    "draft_id VARCHAR(36) NOT NULL REFERENCES drafts, PRIMARY KEY (sha256, draft_id))",
    "CREATE INDEX ix_blob_links_draft ON blob_links (draft_id)",
    "CREATE TABLE blob_holders (sha256 VARCHAR(64) NOT NULL REFERENCES blobs, "
    "role NAME NOT NULL, PRIMARY KEY (sha256, role))",
    # the links of the drafts already stored
    "INSERT INTO blob_links (sha256, draft_id) SELECT DISTINCT n.sha256, r.draft_id "
    "FROM revisions r CROSS JOIN LATERAL (" + _NAMED.replace("@doc@", "r.document") + ") "
    "AS n(sha256) WHERE strpos(r.document, '\"sha256\"') > 0 "
    "AND EXISTS (SELECT 1 FROM blobs b WHERE b.sha256 = n.sha256)",
]

POLICIES = [
    "ALTER TABLE blob_links ENABLE ROW LEVEL SECURITY",
    "CREATE POLICY need_to_know ON blob_links USING ("
    "EXISTS (SELECT 1 FROM drafts d WHERE d.id = draft_id))",
    "ALTER TABLE blob_holders ENABLE ROW LEVEL SECURITY",
    "CREATE POLICY own ON blob_holders USING (role = session_user)",
    "ALTER TABLE blobs ENABLE ROW LEVEL SECURITY",
    "CREATE POLICY need_to_know ON blobs FOR SELECT USING ("
    "EXISTS (SELECT 1 FROM blob_links l WHERE l.sha256 = blobs.sha256) OR "
    "EXISTS (SELECT 1 FROM blob_holders h WHERE h.sha256 = blobs.sha256 "
    "AND h.role = session_user))",
]

# Whether the login role may use a file: it handed over the bytes itself, or it is cleared
# for a draft that holds the file. SECURITY DEFINER (the owner is not bound by row-level
# security), so the clearance is applied here, as notadesk_search does.
FUNCTIONS = [
    "CREATE FUNCTION notadesk_may_use_blob(digest VARCHAR) RETURNS BOOLEAN "
    "LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$ "
    "SELECT EXISTS (SELECT 1 FROM @schema@.blob_holders h "
    "WHERE h.sha256 = digest AND h.role = session_user) "
    "OR EXISTS (SELECT 1 FROM @schema@.blob_links l JOIN @schema@.drafts d ON d.id = l.draft_id "
    "WHERE l.sha256 = digest AND d.level IN (SELECT level FROM @schema@.clearance_levels "
    "WHERE rank <= @schema@.notadesk_clearance(session_user))) $$",
    "REVOKE ALL ON FUNCTION notadesk_may_use_blob(VARCHAR) FROM PUBLIC",
    # Store bytes once (the hash computed here) and record that the login role holds them;
    # return whether the bytes were new to the database.
    "CREATE FUNCTION notadesk_hold_blob(bytes BYTEA) RETURNS BOOLEAN "
    "LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$ "
    "DECLARE digest VARCHAR := encode(sha256(bytes), 'hex'); added BOOLEAN; BEGIN "
    "INSERT INTO @schema@.blobs (sha256, size, data) VALUES (digest, length(bytes), bytes) "
    "ON CONFLICT (sha256) DO NOTHING; "
    "added := FOUND; "
    "INSERT INTO @schema@.blob_holders (sha256, role) VALUES (digest, session_user) "
    "ON CONFLICT DO NOTHING; "
    "RETURN added; END $$",
    "REVOKE ALL ON FUNCTION notadesk_hold_blob(BYTEA) FROM PUBLIC",
    "GRANT EXECUTE ON FUNCTION notadesk_hold_blob(BYTEA) TO PUBLIC",
    # A revision naming files links each to its draft, when the saving role may use it.
    "CREATE FUNCTION notadesk_link_blobs() RETURNS trigger "
    "LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$ "
    "BEGIN "
    "IF strpos(NEW.document, '\"sha256\"') = 0 THEN RETURN NULL; END IF; "
    "INSERT INTO @schema@.blob_links (sha256, draft_id) "
    "SELECT n.sha256, NEW.draft_id FROM (" + _NAMED.replace("@doc@", "NEW.document") + ") "
    "AS n(sha256) WHERE EXISTS (SELECT 1 FROM @schema@.blobs b WHERE b.sha256 = n.sha256) "
    "AND @schema@.notadesk_may_use_blob(n.sha256) ON CONFLICT DO NOTHING; "
    "RETURN NULL; END $$",
    "CREATE TRIGGER revisions_link_blobs AFTER INSERT ON revisions "
    "FOR EACH ROW EXECUTE FUNCTION notadesk_link_blobs()",
]

# Files are added through notadesk_hold_blob only: no role keeps INSERT on blobs (the
# grants of `notadesk admin grant` before this revision gave it).
REVOKE_INSERT = """
DO $$ DECLARE r RECORD; BEGIN
FOR r IN SELECT DISTINCT grantee FROM information_schema.role_table_grants
    WHERE table_schema = current_schema() AND table_name = 'blobs'
    AND privilege_type IN ('INSERT', 'UPDATE', 'DELETE')
    AND grantee <> (SELECT tableowner FROM pg_tables
                    WHERE schemaname = current_schema() AND tablename = 'blobs')
LOOP
    EXECUTE format('REVOKE INSERT, UPDATE, DELETE ON blobs FROM %I', r.grantee);
    EXECUTE format('GRANT SELECT ON blob_links, blob_holders TO %I', r.grantee);
END LOOP; END $$
"""


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    schema = bind.exec_driver_sql("SELECT current_schema()").scalar_one()
    for statement in TABLES + POLICIES + FUNCTIONS:
        op.execute(statement.replace("@schema@", f'"{schema}"'))
    op.execute(REVOKE_INSERT)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    op.execute("DROP TRIGGER IF EXISTS revisions_link_blobs ON revisions")
    op.execute("DROP FUNCTION IF EXISTS notadesk_link_blobs()")
    op.execute("DROP FUNCTION IF EXISTS notadesk_hold_blob(BYTEA)")
    op.execute("DROP FUNCTION IF EXISTS notadesk_may_use_blob(VARCHAR)")
    op.execute("DROP POLICY IF EXISTS need_to_know ON blobs")
    op.execute("ALTER TABLE blobs DISABLE ROW LEVEL SECURITY")
    op.execute("DROP TABLE IF EXISTS blob_holders")
    op.execute("DROP TABLE IF EXISTS blob_links")
