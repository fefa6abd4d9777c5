"""The list of drafts, read fast: plain column rows instead of ORM objects.

The window lists every draft at start-up; with ten thousand drafts, building ORM objects costs
most of a second, a column query a few tens of milliseconds. The result is the same
:class:`~notadesk.core.storage.store.DraftSummary` that ``DraftStore.list`` returns.
"""

from __future__ import annotations

from sqlalchemy import select

from notadesk.core.storage.store import DraftStore, DraftSummary
from notadesk.core.storage.tables import DraftRow

_COLUMNS = (
    DraftRow.id,
    DraftRow.reference,
    DraftRow.subject,
    DraftRow.type,
    DraftRow.status,
    DraftRow.level,
    DraftRow.date,
    DraftRow.due_date,
    DraftRow.created,
    DraftRow.updated,
    DraftRow.head,
    DraftRow.deleted_at,
    DraftRow.conflict_of,
)


def draft_summaries(store: DraftStore, *, deleted: bool = False) -> list[DraftSummary]:
    """Return the drafts (or the trash), most recently changed first, like ``store.list``."""
    cond = DraftRow.deleted_at.is_not(None) if deleted else DraftRow.deleted_at.is_(None)
    query = select(*_COLUMNS).where(cond).order_by(DraftRow.updated.desc())
    with store.reading() as s:
        rows = s.execute(query).all()
    return [
        DraftSummary(
            id=r[0],
            reference=r[1],
            subject=r[2],
            type=r[3],
            status=r[4],
            level=r[5],
            date=r[6],
            due_date=r[7],
            created=r[8],
            updated=r[9],
            revision=r[10],
            deleted=r[11] is not None,
            conflict_of=r[12],
        )
        for r in rows
    ]
