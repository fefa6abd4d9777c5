"""The paraaf round: authors and notes on revisions; comments; the paraaf route.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02

Revisions written before this schema get empty authors and notes (nobody recorded them).
The new tables are append-only like the revisions: triggers refuse UPDATE and DELETE.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

APPEND_ONLY = ("comments", "comment_states", "route_events")
_AUTHOR = ("author_account", "author_name", "author_function")


def _author_columns() -> list[sa.Column]:
    return [sa.Column(name, sa.Text, nullable=False, server_default="") for name in _AUTHOR]


def upgrade() -> None:
    with op.batch_alter_table("revisions", recreate="never") as batch:
        note = sa.Column("note", sa.Text, nullable=False, server_default="")
        for column in [*_author_columns(), note]:
            batch.add_column(column)
    op.create_table(
        "comments",
        sa.Column("uuid", sa.String(36), primary_key=True),
        sa.Column("draft_id", sa.String(36), nullable=False),
        sa.Column("parent_uuid", sa.String(36)),
        sa.Column("revision_uuid", sa.String(36), nullable=False),
        sa.Column("created", sa.String(40), nullable=False),
        *_author_columns(),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("anchor", sa.Text, nullable=False),
    )
    op.create_index("ix_comments_draft_id", "comments", ["draft_id"])
    op.create_table(
        "comment_states",
        sa.Column("uuid", sa.String(36), primary_key=True),
        sa.Column("comment_uuid", sa.String(36), nullable=False),
        sa.Column("draft_id", sa.String(36), nullable=False),
        sa.Column("at", sa.String(40), nullable=False),
        sa.Column("action", sa.String(20), nullable=False),
        *_author_columns(),
    )
    op.create_index("ix_comment_states_comment_uuid", "comment_states", ["comment_uuid"])
    op.create_index("ix_comment_states_draft_id", "comment_states", ["draft_id"])
    op.create_table(
        "route_events",
        sa.Column("uuid", sa.String(36), primary_key=True),
        sa.Column("draft_id", sa.String(36), nullable=False),
        sa.Column("at", sa.String(40), nullable=False),
        sa.Column("action", sa.String(20), nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("function", sa.Text, nullable=False),
        sa.Column("remark", sa.Text, nullable=False),
        sa.Column("revision_uuid", sa.String(36), nullable=False),
        sa.Column("revision_number", sa.Integer, nullable=False),
        sa.Column("fingerprint", sa.String(64), nullable=False),
        *_author_columns(),
    )
    op.create_index("ix_route_events_draft", "route_events", ["draft_id", "at"])
    if op.get_bind().dialect.name != "sqlite":
        return  # PostgreSQL: the append-only triggers come with 0004
    for table in APPEND_ONLY:
        for action in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER {table}_no_{action.lower()} BEFORE {action} ON {table} "
                f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END"
            )


def downgrade() -> None:
    for table in APPEND_ONLY:
        if op.get_bind().dialect.name == "sqlite":
            for action in ("update", "delete"):
                op.execute(f"DROP TRIGGER IF EXISTS {table}_no_{action}")
        op.drop_table(table)
    with op.batch_alter_table("revisions", recreate="never") as batch:
        for name in (*_AUTHOR, "note"):
            batch.drop_column(name)
