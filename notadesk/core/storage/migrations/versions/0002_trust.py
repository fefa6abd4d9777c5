"""Trust: who did what in the audit log (and where), audit entries that travel, trusted keys.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Adding columns is no UPDATE: the append-only triggers stay in place and untouched.
    with op.batch_alter_table("audit_log", recreate="never") as batch:
        batch.add_column(sa.Column("uuid", sa.String(36)))
        batch.add_column(sa.Column("workstation", sa.String(36), nullable=False, server_default=""))
        batch.add_column(sa.Column("account", sa.Text, nullable=False, server_default=""))
        batch.add_column(sa.Column("person", sa.Text, nullable=False, server_default=""))
        batch.add_column(sa.Column("data", sa.Text, nullable=False, server_default=""))
    op.create_index("ix_audit_uuid", "audit_log", ["uuid"], unique=True)
    op.create_table(
        "trusted_keys",
        sa.Column("fingerprint", sa.String(64), primary_key=True),
        sa.Column("public_key", sa.String(64), nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("workstation", sa.String(36), nullable=False),
        sa.Column("added_at", sa.String(40), nullable=False),
        sa.Column("added_by", sa.Text, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("trusted_keys")
    op.drop_index("ix_audit_uuid", "audit_log")
    with op.batch_alter_table("audit_log", recreate="never") as batch:
        for column in ("data", "person", "account", "workstation", "uuid"):
            batch.drop_column(column)
