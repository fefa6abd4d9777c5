"""The local database: drafts, revisions, search, trash, settings and the copy register."""

from __future__ import annotations

from notadesk.core.storage.store import Draft, DraftStore, DraftSummary, RevisionInfo, SearchHit

__all__ = ["Draft", "DraftStore", "DraftSummary", "RevisionInfo", "SearchHit"]
