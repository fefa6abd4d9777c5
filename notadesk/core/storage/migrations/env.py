"""Alembic environment: always run on the connection notadesk hands over."""

from __future__ import annotations

from alembic import context

from notadesk.core.storage.tables import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    transactional_ddl=True,
)
with context.begin_transaction():
    context.run_migrations()
