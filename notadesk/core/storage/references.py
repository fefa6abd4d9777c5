"""Onze Referentie: handed out on creation from a pattern, the sequence counted per year."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from notadesk.core.storage.tables import DraftRow, ReferenceCounterRow, insert_once
from notadesk.errors import ValidationError

if TYPE_CHECKING:
    from notadesk.core.storage.store import DraftStore

DEFAULT_PATTERN = "{prefix}.{year}.{seq}"


def format_reference(pattern: str, prefix: str, year: int, seq: int) -> str:
    """Return a reference from the pattern; ``{prefix}``, ``{year}`` and ``{seq}`` are filled.

    Raises:
        ValidationError: the pattern is not usable.
    """
    if "{seq" not in pattern:
        raise ValidationError("The reference pattern must contain {seq}.", field="reference")
    try:
        return pattern.format(prefix=prefix, year=year, seq=seq)
    except (KeyError, IndexError, ValueError) as exc:
        raise ValidationError(
            f"The reference pattern {pattern!r} is not usable: {exc}.", field="reference"
        ) from None


def next_reference(session: Session, store: DraftStore, date: dt.date | None) -> str:
    """Return the next free reference for a nota's year, and count it (inside a write)."""
    year = (date or dt.date.today()).year
    prefix = str(store.get_setting("reference.prefix"))
    pattern = str(store.get_setting("reference.pattern"))
    key = (prefix, year)
    counter = session.get(ReferenceCounterRow, key, with_for_update=True)
    if counter is None:
        insert_once(session, ReferenceCounterRow(prefix=prefix, year=year, last=0))
        counter = session.get(ReferenceCounterRow, key, with_for_update=True)
        assert counter is not None
    seq = counter.last + 1  # (held until the commit: two writers never take one number)
    while True:
        candidate = format_reference(pattern, prefix, year, seq)
        taken = session.scalar(select(DraftRow.id).where(DraftRow.reference == candidate))
        if not taken:
            break
        seq += 1
    counter.last = seq
    from notadesk.core.policy.settings import check_reference

    check_reference(candidate)  # settings stored before the rules: refuse, never export it
    return candidate
