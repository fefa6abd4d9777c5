"""A package that passed every check: its drafts with their histories, and its files."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from notadesk.core.identity import NOBODY, Person
from notadesk.core.interchange.signing import Signer
from notadesk.core.model.nota import Nota
from notadesk.core.policy.markings import MarkingLevel


@dataclass(frozen=True)
class PackageRevision:
    """One revision of a draft as a package holds it."""

    number: int
    uuid: str
    parent_uuid: str | None
    created: str
    origin: str
    restored_from: int | None
    content_hash: str
    nota: Nota
    document: str = field(default="", compare=False, repr=False)
    """The content JSON a revision stores, made once while checking the content hash."""
    author: Person = NOBODY
    note: str = ""

    def document_json(self) -> str:
        """Return the content JSON a revision stores (``documents.content_json`` of the nota)."""
        if self.document:
            return self.document
        from notadesk.core.storage.documents import content_json

        return content_json(self.nota)


@dataclass(frozen=True)
class PackageDraft:
    """One draft as a package holds it: identity and full history, oldest first."""

    id: str
    created: str
    updated: str
    conflict_of: str | None
    revisions: tuple[PackageRevision, ...]
    review: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)
    """Comments, comment states and route events as the draft file holds them (format 2)."""
    audit: tuple[dict[str, Any], ...] = ()
    """The draft's audit entries as the package carries them (format 2), oldest first."""

    @property
    def head(self) -> PackageRevision:
        """Return the newest revision."""
        return self.revisions[-1]


@dataclass(frozen=True)
class Package:
    """A package that passed every check."""

    path: Path
    manifest: dict[str, Any]
    drafts: tuple[PackageDraft, ...]
    blobs: dict[str, bytes]
    highest: MarkingLevel
    size: int
    sha256: str
    signer: Signer | None = None
    """Whose key signed the package (None: unsigned); a bad signature never gets this far."""
