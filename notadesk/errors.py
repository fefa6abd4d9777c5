"""The exceptions of notadesk.

The core raises these; only the CLI and the GUI turn them into words for a person.
Every message is one sentence a person can act on.
"""

from __future__ import annotations


class NotadeskError(Exception):
    """Base of every error the core raises on purpose."""


class NotFoundError(NotadeskError):
    """A draft, revision or other object does not exist."""


class AmbiguousError(NotadeskError):
    """A short draft id matches more than one draft."""


class ConflictError(NotadeskError):
    """A save would overwrite a change made elsewhere."""

    def __init__(self, message: str, *, draft_id: str, expected: int, actual: int) -> None:
        super().__init__(message)
        self.draft_id = draft_id
        self.expected = expected
        self.actual = actual


class ValidationError(NotadeskError):
    """A document or value does not have the required form."""

    def __init__(self, message: str, *, field: str = "") -> None:
        super().__init__(message)
        self.field = field


class StorageError(NotadeskError):
    """The database cannot be opened, read or written."""


class ClashError(StorageError):
    """A write would break a uniqueness rule of the database; nothing was written."""

    def __init__(self, message: str, *, reason: str) -> None:
        super().__init__(message)
        self.reason = reason


class DuplicateReferenceError(NotadeskError):
    """An Onze Referentie is already used by another draft."""


class RenderError(NotadeskError):
    """A PDF could not be produced or written."""


class RenderCancelled(RenderError):
    """A render was stopped on request before it finished (nothing was produced)."""


class PackageError(NotadeskError):
    """A .nota package is damaged, unsafe or not acceptable here."""


class TrustError(NotadeskError):
    """A signing key or public-key file cannot be used, or a key is not trusted."""


class PolicyError(NotadeskError):
    """The administrator's policy (or a stricter user setting) forbids what was asked."""


class PackagePolicyError(PackageError, PolicyError):
    """A sound package that this workstation's rules do not admit (signer, ceiling, scheme)."""


class JustificationRequired(PolicyError):
    """Lowering a marking (or shortening it, or removing a Woo ground) needs a reason."""

    def __init__(self, message: str, *, changes: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.changes = changes


class WordDocumentError(NotadeskError):
    """A Word document cannot be read safely, or a .docx cannot be written."""
