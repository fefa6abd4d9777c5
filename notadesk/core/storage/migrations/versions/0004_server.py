"""The same guarantees on a server: who wrote each logged row, and append-only by the server.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02

Every append-only table gets ``db_role``: the database role that inserted the row. On
PostgreSQL a trigger sets it to ``current_user`` whatever the client sent, so the author of
every change on a team database is the role the server authenticated, not a name a client
supplies. SQLite has no roles: the column stays empty there.

On PostgreSQL the append-only tables refuse UPDATE, DELETE and TRUNCATE by trigger (for
every role, the owner included); the application roles are, besides, given no UPDATE or
DELETE on them (``resources/postgresql/grants.sql``). SQLite has had its triggers since
0001 and 0003.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

APPEND_ONLY = (
    "revisions",
    "copy_register",
    "audit_log",
    "comments",
    "comment_states",
    "route_events",
)

_REFUSE = """
CREATE FUNCTION notadesk_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'restrict_violation';
END
$$
"""
_STAMP = """
CREATE FUNCTION notadesk_stamp_role() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.db_role := current_user;
    RETURN NEW;
END
$$
"""


def upgrade() -> None:
    for table in APPEND_ONLY:
        with op.batch_alter_table(table, recreate="never") as batch:
            batch.add_column(sa.Column("db_role", sa.Text, nullable=False, server_default=""))
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(_REFUSE)
    op.execute(_STAMP)
    for table in APPEND_ONLY:
        op.execute(
            f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION notadesk_append_only()"
        )
        op.execute(
            f"CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} "
            "FOR EACH STATEMENT EXECUTE FUNCTION notadesk_append_only()"
        )
        op.execute(
            f"CREATE TRIGGER {table}_db_role BEFORE INSERT ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION notadesk_stamp_role()"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in APPEND_ONLY:
            for name in ("append_only", "no_truncate", "db_role"):
                op.execute(f"DROP TRIGGER IF EXISTS {table}_{name} ON {table}")
        op.execute("DROP FUNCTION IF EXISTS notadesk_append_only()")
        op.execute("DROP FUNCTION IF EXISTS notadesk_stamp_role()")
    for table in APPEND_ONLY:
        with op.batch_alter_table(table, recreate="never") as batch:
            batch.drop_column("db_role")
