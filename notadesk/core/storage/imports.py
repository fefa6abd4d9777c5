"""The storage side of importing a package: what the database knows, and the writes.

``interchange/merge.py`` decides per draft what an import does (by revision identity); this
module reads what that decision needs and writes what it decided, inside one transaction
(:meth:`DraftStore.importing`). It knows nothing of packages: a revision is anything with the
fields of :class:`IncomingRevision`.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from notadesk.core.identity import Person
from notadesk.core.model.nota import Nota
from notadesk.core.review.route import Route, route_of
from notadesk.core.storage import audit, references, review, revisions
from notadesk.core.storage import blobs as attachment_files
from notadesk.core.storage.documents import content_from_json
from notadesk.core.storage.records import now_iso
from notadesk.core.storage.revisions import NewDraft, NewRevision
from notadesk.core.storage.tables import BlobRow, DraftRow, RevisionRow

_CHUNK = 500
RENAME_ORIGIN = "import-rename"
"""The origin of the revision an import adds to give a draft a free Onze Referentie."""


class IncomingRevision(Protocol):
    """A revision that arrives with its identity (from a package, or another database)."""

    @property
    def uuid(self) -> str: ...
    @property
    def parent_uuid(self) -> str | None: ...
    @property
    def created(self) -> str: ...
    @property
    def origin(self) -> str: ...
    @property
    def restored_from(self) -> int | None: ...
    @property
    def content_hash(self) -> str: ...
    @property
    def nota(self) -> Nota: ...
    @property
    def author(self) -> Person: ...
    @property
    def note(self) -> str: ...
    def document_json(self) -> str: ...


@dataclass(frozen=True)
class LocalKnowledge:
    """What the database knows that concerns an incoming set of drafts."""

    known: dict[str, str]
    """Revision uuid -> the id of the local draft holding it."""
    histories: dict[str, list[tuple[str, str]]]
    """Draft id -> (revision uuid, origin), oldest first."""
    drafts: frozenset[str]
    """Ids of the local drafts concerned."""
    copies: dict[str, list[str]]
    """Draft id -> ids of its conflict copies."""
    references: dict[str, str]
    """Every Onze Referentie in use -> its draft id."""
    hashes: dict[str, str] = field(default_factory=dict)
    """Revision uuid -> the content hash stored here (a revision never changes)."""


def _chunks(items: list[str]) -> Iterable[list[str]]:
    for i in range(0, len(items), _CHUNK):
        yield items[i : i + _CHUNK]


def _new_revisions(revs: Sequence[IncomingRevision], keep_numbers: bool) -> list[NewRevision]:
    return [
        NewRevision(
            uuid=rev.uuid,
            parent_uuid=rev.parent_uuid,
            created=rev.created,
            origin=rev.origin,
            restored_from=rev.restored_from if keep_numbers else None,
            content_hash=rev.content_hash,
            document=rev.document_json(),
            author=rev.author,
            note=rev.note,
        )
        for rev in revs
    ]


class ImportSession:
    """Reads and writes of one import, inside one transaction of a store."""

    def __init__(self, store: object, session: Session, person: Person) -> None:
        self._store = store
        self._s = session
        self._person = person

    # --- reading -------------------------------------------------------------------------

    def knowledge(self, draft_ids: list[str], revision_uuids: list[str]) -> LocalKnowledge:
        """Return what is known here of these drafts and revisions."""
        s = self._s
        known: dict[str, str] = {}
        hashes: dict[str, str] = {}
        for chunk in _chunks(revision_uuids):
            rows = s.execute(
                select(RevisionRow.uuid, RevisionRow.draft_id, RevisionRow.content_hash).where(
                    RevisionRow.uuid.in_(chunk)
                )
            )
            for rev_uuid, draft_id, content_hash in rows:
                known[rev_uuid] = draft_id
                hashes[rev_uuid] = content_hash
        copies: dict[str, list[str]] = {}
        for chunk in _chunks(draft_ids):
            for copy_id, of in s.execute(
                select(DraftRow.id, DraftRow.conflict_of).where(DraftRow.conflict_of.in_(chunk))
            ):
                copies.setdefault(of, []).append(copy_id)
        wanted = set(known.values()) | {c for v in copies.values() for c in v}
        for chunk in _chunks(draft_ids):
            wanted |= set(s.scalars(select(DraftRow.id).where(DraftRow.id.in_(chunk))))
        present: set[str] = set()
        histories: dict[str, list[tuple[str, str]]] = {}
        for chunk in _chunks(sorted(wanted)):
            present.update(s.scalars(select(DraftRow.id).where(DraftRow.id.in_(chunk))))
            for draft_id, rev_uuid, origin in s.execute(
                select(RevisionRow.draft_id, RevisionRow.uuid, RevisionRow.origin)
                .where(RevisionRow.draft_id.in_(chunk))
                .order_by(RevisionRow.draft_id, RevisionRow.number)
            ):
                histories.setdefault(draft_id, []).append((rev_uuid, origin))
        refs = {ref: i for i, ref in s.execute(select(DraftRow.id, DraftRow.reference))}
        return LocalKnowledge(known, histories, frozenset(present), copies, refs, hashes)

    def missing_blobs(self, digests: Iterable[str]) -> list[str]:
        """Return the hashes of these files that are not stored here."""
        return [d for d in digests if self._s.get(BlobRow, d) is None]

    # --- writing -------------------------------------------------------------------------

    def add_blobs(self, blobs: dict[str, bytes]) -> int:
        """Store the files not stored yet; return how many were added."""
        added = 0
        for digest in self.missing_blobs(sorted(blobs)):
            attachment_files.hold(self._s, blobs[digest])
            added += 1
        return added

    def take_in_review(
        self, parts: dict[str, Any], draft_for_revision: Callable[[str], str | None]
    ) -> int:
        """Add the comments, states and route events not here yet (``review.take_in_review``)."""
        return review.take_in_review(self._s, parts, draft_for_revision)

    def take_in_audit(
        self, draft_id: str, entries: Iterable[dict[str, Any]], workstation: str
    ) -> int:
        """Keep the audit entries a draft brings (never twice); see ``audit.take_in``."""
        return audit.take_in(self._s, draft_id, entries, workstation)

    def route(self, draft_id: str, nota: Nota) -> Route:
        """Return the paraaf route ``nota`` would have with the draft's route events here
        (those the package brought included)."""
        return route_of(nota, review.stored_route_events(self._s, draft_id))

    def declassification_recorded(self, draft_id: str, reference: str) -> bool:
        """Return whether the draft's audit log here (the entries the package brought
        included) holds the declassification decision with this reference."""
        return audit.holds_declassification(self._s, draft_id, reference)

    def log(
        self,
        draft_id: str,
        action: str,
        detail: str,
        *,
        at: str,
        data: dict[str, Any] | None = None,
    ) -> None:
        """Write the audit entry of one imported draft."""
        audit.record(self._s, draft_id, action, detail, at=at, person=self._person, data=data)

    @staticmethod
    def new_draft(
        draft_id: str,
        *,
        created: str,
        updated: str,
        conflict_of: str | None,
        revs: Sequence[IncomingRevision],
        keep_numbers: bool,
    ) -> NewDraft:
        """Return a draft that keeps its reference, for :meth:`insert_drafts`."""
        head = revs[-1]
        row = DraftRow(id=draft_id, created=created, conflict_of=conflict_of, head=0, head_uuid="")
        revisions.fill_row(row, head.nota, updated)
        history = _new_revisions(revs, keep_numbers)
        return NewDraft(row=row, revisions=history, head=head.nota)

    def insert_drafts(self, drafts: Sequence[NewDraft]) -> None:
        """Write new drafts with their histories in bulk (see ``revisions.insert_drafts``)."""
        revisions.insert_drafts(self._s, drafts)

    def create(
        self,
        draft_id: str,
        *,
        created: str,
        updated: str,
        conflict_of: str | None,
        revs: Sequence[IncomingRevision],
        keep_numbers: bool,
        new_reference: bool,
    ) -> str | None:
        """Write a draft new here with its history; return the new reference it got, if any.

        With ``new_reference`` the draft gets this workstation's next reference, in one more
        revision of origin :data:`RENAME_ORIGIN`.
        """
        s = self._s
        head = revs[-1]
        row = DraftRow(id=draft_id, created=created, conflict_of=conflict_of, head=0, head_uuid="")
        revisions.fill_row(row, head.nota, head.created)
        new_ref = (
            references.next_reference(s, self._store, head.nota.date)  # type: ignore[arg-type]
            if new_reference
            else None
        )
        row.reference = new_ref or head.nota.reference
        s.add(row)
        s.flush()
        revisions.insert_history(s, row, _new_revisions(revs[:-1], keep_numbers))
        self._append(row, revs[-1:], keep_numbers=keep_numbers)
        if new_ref:
            self._rename(row, new_ref)
        else:
            revisions.fill_row(row, head.nota, updated)
        return new_ref

    def fast_forward(
        self, draft_id: str, revs: Sequence[IncomingRevision], *, new_reference: bool
    ) -> str | None:
        """Append revisions to a local draft; return its kept reference when it was renamed."""
        row = revisions.draft_row(self._s, draft_id, lock=True)
        local_ref = row.reference
        head = revs[-1]
        self._append(row, revs, keep_numbers=True)
        if new_reference and head.nota.reference != local_ref:
            self._rename(row, local_ref)
            return local_ref
        revisions.fill_row(row, head.nota, head.created)
        return None

    def demote(self, draft_id: str, nota: Nota, why: str, *, at: str, source: str) -> str:
        """Put a revision of ``nota`` (as the gate admitted it) on top of an arrived draft,
        keeping the draft's reference, and log it; return the sentence said about it."""
        row = revisions.draft_row(self._s, draft_id, lock=True)
        nota.reference = row.reference
        revisions.fill_row(row, nota, at)
        revisions.append_revision(
            self._s, row, nota, origin="gate", created=at, author=self._person
        )
        said = f"{row.reference}: {why}"
        audit.record(
            self._s, draft_id, "demoted", said, at=at, person=self._person, data={"from": source}
        )
        return said

    def _append(
        self, row: DraftRow, revs: Sequence[IncomingRevision], *, keep_numbers: bool
    ) -> None:
        for rev in revs:
            revisions.append_revision(
                self._s,
                row,
                rev.nota,
                origin=rev.origin,
                created=rev.created,
                restored_from=rev.restored_from if keep_numbers else None,
                revision_uuid=rev.uuid,
                parent_uuid=rev.parent_uuid,
                content_hash=rev.content_hash,
                author=rev.author,
                note=rev.note,
            )

    def _rename(self, row: DraftRow, reference: str) -> None:
        """Add a revision that gives the draft a free Onze Referentie."""
        last = self._s.scalar(
            select(RevisionRow.document).where(
                RevisionRow.draft_id == row.id, RevisionRow.number == row.head
            )
        )
        nota = copy.deepcopy(content_from_json(last or "{}"))
        nota.reference = reference
        stamp = now_iso()
        revisions.append_revision(
            self._s,
            row,
            nota,
            origin=RENAME_ORIGIN,
            created=stamp,
            author=self._person,
            note=f"Onze Referentie {reference}: de meegekomen referentie is hier al in gebruik",
        )
        revisions.fill_row(row, nota, stamp)
