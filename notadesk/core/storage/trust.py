"""The trusted keys a user added here (the administrator's policy pins its own, read-only)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from notadesk.core.identity import Person
from notadesk.core.storage.tables import TrustedKeyRow


@dataclass(frozen=True)
class TrustedKey:
    """A public key trusted on this workstation, and where that trust comes from."""

    fingerprint: str
    public_key: str
    name: str
    workstation: str
    added_at: str
    added_by: str
    source: str = "user"
    """``user`` (the trust list here), ``policy`` (pinned by the administrator), ``own``."""


def trusted_keys(s: Session) -> list[TrustedKey]:
    """Return the keys users added here, by name."""
    rows = s.scalars(select(TrustedKeyRow).order_by(TrustedKeyRow.name))
    return [
        TrustedKey(r.fingerprint, r.public_key, r.name, r.workstation, r.added_at, r.added_by)
        for r in rows
    ]


def add_key(
    s: Session,
    *,
    fingerprint: str,
    public_key: str,
    name: str,
    workstation: str,
    at: str,
    person: Person,
) -> bool:
    """Add a key; return False when it was trusted already (nothing changes then)."""
    if s.get(TrustedKeyRow, fingerprint) is not None:
        return False
    s.add(
        TrustedKeyRow(
            fingerprint=fingerprint,
            public_key=public_key,
            name=name,
            workstation=workstation,
            added_at=at,
            added_by=person.label,
        )
    )
    return True


def remove_key(s: Session, fingerprint: str) -> TrustedKey | None:
    """Remove a key by its fingerprint; return what was removed (None: it was not there)."""
    row = s.get(TrustedKeyRow, fingerprint)
    if row is None:
        return None
    gone = TrustedKey(
        row.fingerprint, row.public_key, row.name, row.workstation, row.added_at, row.added_by
    )
    s.execute(delete(TrustedKeyRow).where(TrustedKeyRow.fingerprint == fingerprint))
    return gone
