"""The audit log: the one place audit rows are built, read, exported and taken in.

Every event names who (the OS account and display name, :mod:`notadesk.core.identity`), when,
and where (the workstation; empty means this one). Entries are append-only (database
triggers) and travel in packages with their drafts; an entry that arrives is kept as it was
written, never merged away, and an entry is never taken in twice (its uuid).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from notadesk.core.identity import Person
from notadesk.core.storage.tables import AuditRow, DraftRow

WORKSTATION_EVENT = ""
"""The draft id of an event that concerns no single draft (a refused package)."""

_LEGACY = uuid.UUID("6b1e0c52-8f5e-4d0b-9a43-5d0c1a7e2f10")


@dataclass(frozen=True)
class AuditEntry:
    """One event as the log shows it."""

    uuid: str
    at: str
    draft_id: str
    action: str
    detail: str
    workstation: str
    account: str
    person: str
    data: dict[str, Any] = field(default_factory=dict)
    reference: str = ""

    def as_json(self) -> dict[str, Any]:
        """Return the entry as a JSON-ready dict."""
        return {
            "uuid": self.uuid,
            "at": self.at,
            "draft": self.draft_id or None,
            "reference": self.reference or None,
            "action": self.action,
            "detail": self.detail,
            "workstation": self.workstation or None,
            "account": self.account,
            "person": self.person,
            **({"data": self.data} if self.data else {}),
        }


def record(
    s: Session,
    draft_id: str,
    action: str,
    detail: str = "",
    *,
    at: str,
    person: Person | None = None,
    data: dict[str, Any] | None = None,
) -> AuditRow:
    """Add one entry for an event on this workstation inside a write session."""
    row = AuditRow(
        uuid=str(uuid.uuid4()),
        at=at,
        draft_id=draft_id,
        action=action,
        detail=detail,
        workstation="",
        account=person.account if person else "",
        person=person.display_name if person else "",
        data=json.dumps(data, ensure_ascii=False, sort_keys=True) if data else "",
    )
    s.add(row)
    return row


def holds_declassification(s: Session, draft_id: str, reference: str) -> bool:
    """Return whether a draft's log holds a declassification decision with this reference
    (the entry :func:`notadesk.core.declassification.record_declassification` writes)."""
    rows = s.scalars(
        select(AuditRow.data).where(
            AuditRow.draft_id == draft_id, AuditRow.action == "declassified"
        )
    )
    for data in rows:
        try:
            if data and json.loads(data).get("reference") == reference:
                return True
        except (ValueError, AttributeError):
            continue
    return False


def _entry(row: AuditRow, reference: str = "", workstation: str = "") -> AuditEntry:
    try:
        data = json.loads(row.data) if row.data else {}
    except ValueError:
        data = {"unreadable": row.data}
    return AuditEntry(
        uuid=row.uuid or str(uuid.uuid5(_LEGACY, f"{workstation}/{row.id}")),
        at=row.at,
        draft_id=row.draft_id,
        action=row.action,
        detail=row.detail,
        workstation=row.workstation or workstation,
        account=row.account,
        person=row.person,
        data=data if isinstance(data, dict) else {"value": data},
        reference=reference,
    )


def entries(s: Session, draft_id: str | None = None, *, workstation: str = "") -> list[AuditEntry]:
    """Return the log (of one draft, or everything), oldest first.

    ``workstation`` is this workstation's id: it names the entries written here.
    """
    query = (
        select(AuditRow, DraftRow.reference)
        .outerjoin(DraftRow, DraftRow.id == AuditRow.draft_id)
        .order_by(AuditRow.at, AuditRow.id)
    )
    if draft_id is not None:
        query = query.where(AuditRow.draft_id == draft_id)
    return [_entry(row, ref or "", workstation) for row, ref in s.execute(query)]


def exported(
    s: Session, draft_ids: Sequence[str], workstation: str
) -> dict[str, list[dict[str, Any]]]:
    """Return each draft's entries as a package carries them (oldest first)."""
    out: dict[str, list[dict[str, Any]]] = {d: [] for d in draft_ids}
    rows = s.scalars(
        select(AuditRow)
        .where(AuditRow.draft_id.in_(list(draft_ids)))
        .order_by(AuditRow.draft_id, AuditRow.at, AuditRow.id)
    )
    for row in rows:
        e = _entry(row, workstation=workstation)
        item: dict[str, Any] = {
            "uuid": e.uuid,
            "at": e.at,
            "action": e.action,
            "detail": e.detail,
            "workstation": e.workstation,
            "account": e.account,
            "person": e.person,
        }
        if e.data:
            item["data"] = e.data
        out[row.draft_id].append(item)
    return out


def take_in(s: Session, draft_id: str, items: Iterable[dict[str, Any]], workstation: str) -> int:
    """Add the entries a package carried for a draft, except those already here.

    Entries written on this workstation are here already (the log is append-only), and an
    entry is never taken in twice. Returns how many were added.
    """
    items = [i for i in items if i["workstation"] != workstation]
    if not items:
        return 0
    wanted = [i["uuid"] for i in items]
    present: set[str] = set()
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        present.update(
            u for u in s.scalars(select(AuditRow.uuid).where(AuditRow.uuid.in_(chunk))) if u
        )
    added = 0
    for item in items:
        if item["uuid"] in present:
            continue
        present.add(item["uuid"])
        data = item.get("data")
        s.add(
            AuditRow(
                uuid=item["uuid"],
                at=item["at"],
                draft_id=draft_id,
                action=item["action"],
                detail=item["detail"],
                workstation=item["workstation"],
                account=item["account"],
                person=item["person"],
                data=json.dumps(data, ensure_ascii=False, sort_keys=True) if data else "",
            )
        )
        added += 1
    return added
