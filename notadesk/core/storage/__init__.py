"""The local database: drafts, revisions, search, trash, settings and the copy register.

Names are imported lazily, so that light modules of this package (``records``, ``fastread``)
load without SQLAlchemy.
"""

from __future__ import annotations

from typing import Any

__all__ = ["Draft", "DraftStore", "DraftSummary", "RevisionInfo", "SearchHit"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from notadesk.core.storage import store

        return getattr(store, name)
    raise AttributeError(name)
