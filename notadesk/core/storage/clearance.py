"""Need to know on the team database: which marking level each database role is cleared for.

The server enforces it (row-level security, migration 0005); this module only keeps the two
tables the policies read: ``clearance_levels`` (every level's rank, from the marking scheme
data) and ``role_clearances`` (set by an administrator with ``notadesk admin clearance``).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import DBAPIError

from notadesk.core.policy.markings import all_levels, marking_level
from notadesk.core.storage.records import now_iso
from notadesk.errors import NotFoundError, PolicyError, StorageError

NEEDS_TEAM_DATABASE = (
    "Clearances belong to the team database (PostgreSQL): give --database postgresql://… "
    "or set NOTADESK_DATABASE; this workstation's own database has no roles."
)


@dataclass(frozen=True)
class Clearance:
    """A role's clearance as set by an administrator."""

    role: str
    level: str
    set_at: str
    set_by: str


def sync_levels(conn: Connection) -> None:
    """Write every level of the marking schemes with its rank (new levels added, ranks kept
    up to date), so the policies rank the levels this program knows."""
    conn.execute(
        text(
            "INSERT INTO clearance_levels (level, rank) VALUES (:level, :rank) "
            "ON CONFLICT (level) DO UPDATE SET rank = EXCLUDED.rank"
        ),
        [{"level": lv.id, "rank": lv.rank} for lv in all_levels()],
    )


def set_clearance(engine: Engine, role: str, level_id: str) -> Clearance:
    """Clear a database role for a marking level (and every level of lower rank).

    Raises:
        StorageError: the database is not the team database.
        ValidationError: the level is not a known marking level.
        NotFoundError: the server has no such role.
        PolicyError: the connected role may not set clearances (only the tables' owner may).
    """
    if engine.dialect.name != "postgresql":
        raise StorageError(NEEDS_TEAM_DATABASE)
    level = marking_level(level_id)
    try:
        with engine.begin() as conn:
            if conn.scalar(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}) is None:
                raise NotFoundError(
                    f"The database server has no role {role!r}; create it first "
                    "(see docs/team-database.md)."
                )
            sync_levels(conn)
            me = str(conn.scalar(text("SELECT current_user")))
            stamp = now_iso()
            conn.execute(
                text(
                    "INSERT INTO role_clearances (role, level, set_at, set_by) "
                    "VALUES (:role, :level, :at, :by) ON CONFLICT (role) DO UPDATE SET "
                    "level = EXCLUDED.level, set_at = EXCLUDED.set_at, set_by = EXCLUDED.set_by"
                ),
                {"role": role, "level": level.id, "at": stamp, "by": me},
            )
    except DBAPIError as exc:
        if getattr(exc.orig, "sqlstate", "") == "42501":  # insufficient_privilege
            raise PolicyError(
                "Only the administrator (the owner of the team database's tables) can set "
                "clearances; connect as that role."
            ) from None
        raise StorageError(f"The clearance could not be set: {exc.orig}.") from None
    return Clearance(role, level.id, stamp, me)


def clearances(engine: Engine) -> list[Clearance]:
    """Return every role's clearance, by role (the administrator's view).

    Raises:
        StorageError: the database is not the team database.
        PolicyError: the connected role may not read them.
    """
    if engine.dialect.name != "postgresql":
        raise StorageError(NEEDS_TEAM_DATABASE)
    try:
        with engine.connect() as conn:
            rows = conn.execute(
                text("SELECT role, level, set_at, set_by FROM role_clearances ORDER BY role")
            ).all()
    except DBAPIError as exc:
        if getattr(exc.orig, "sqlstate", "") == "42501":
            raise PolicyError(
                "Only the administrator (the owner of the team database's tables) can read "
                "clearances; connect as that role."
            ) from None
        raise StorageError(f"The clearances could not be read: {exc.orig}.") from None
    return [Clearance(str(r[0]), str(r[1]), str(r[2]), str(r[3])) for r in rows]
