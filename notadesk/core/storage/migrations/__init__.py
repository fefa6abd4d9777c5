"""Alembic migrations of the notadesk database."""
