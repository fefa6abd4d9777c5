"""Importing a checked package: decide per draft by revision identity, then write all at once.

A draft is matched by its uuid and by its revisions' uuids (which travel between
workstations unchanged):

- the local head is the package's head: *already up to date*;
- the package's head is in the local history: *local is newer*; nothing changes;
- the local head is in the package's history: *fast-forward*; the missing revisions are
  appended, the local history kept;
- both changed since a common revision: *conflict copy*; the incoming revisions after the
  common one become a new draft linked to the original (``conflict_of``). A conflict copy
  made earlier for the same incoming history is found again by its revisions, so importing
  a package twice never makes a second copy;
- nothing of it is known here: *new*, with its own uuid and history.

Onze Referentie is unique on a workstation: when an imported draft's reference is taken here
by another draft, the draft is kept and gets one more revision that gives it a free reference
(the next one of this workstation's pattern; a fast-forwarded draft keeps its local one).
The report says so.
"""

from __future__ import annotations

import copy
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from notadesk.core.identity import Person
from notadesk.core.interchange.package import Package, PackageDraft, PackageRevision
from notadesk.core.interchange.reports import ImportedDraft, ImportReport, Provenance
from notadesk.core.model.nota import Nota
from notadesk.core.policy import gate
from notadesk.core.policy.checks import FINAL_STATUSES
from notadesk.core.storage import audit, references
from notadesk.core.storage.documents import content_from_json
from notadesk.core.storage.review import take_in_review
from notadesk.core.storage.revisions import NewDraft, NewRevision
from notadesk.core.storage.store import DraftStore, now_iso
from notadesk.core.storage.tables import BlobRow, DraftRow, RevisionRow

_CHUNK = 500
RENAME_ORIGIN = "import-rename"
"""The origin of the revision an import adds to give a draft a free Onze Referentie."""


@dataclass
class _Step:
    """What to do with one package draft."""

    draft: PackageDraft
    outcome: str
    target: str | None = None
    """The local draft that is up to date, newer, fast-forwarded or copied from."""
    copy_of: str | None = None
    append: list[PackageRevision] = field(default_factory=list)
    new_reference: bool = False


@dataclass
class _Local:
    """What the database knows that concerns a package."""

    known: dict[str, str]  # revision uuid -> draft id
    histories: dict[str, list[tuple[str, str]]]  # draft id -> (uuid, origin), oldest first
    rows: dict[str, DraftRow]
    copies: dict[str, list[str]]  # draft id -> ids of its conflict copies
    references: dict[str, str]  # reference -> draft id


def _chunks(items: list[str]) -> Iterable[list[str]]:
    for i in range(0, len(items), _CHUNK):
        yield items[i : i + _CHUNK]


def _load_local(s: Session, package: Package) -> _Local:
    rev_ids = [r.uuid for d in package.drafts for r in d.revisions]
    known: dict[str, str] = {}
    for chunk in _chunks(rev_ids):
        rows = s.execute(
            select(RevisionRow.uuid, RevisionRow.draft_id).where(RevisionRow.uuid.in_(chunk))
        )
        known.update({u: d for u, d in rows})
    draft_ids = [d.id for d in package.drafts]
    copies: dict[str, list[str]] = {}
    for chunk in _chunks(draft_ids):
        for copy_id, of in s.execute(
            select(DraftRow.id, DraftRow.conflict_of).where(DraftRow.conflict_of.in_(chunk))
        ):
            copies.setdefault(of, []).append(copy_id)
    wanted = set(known.values()) | {c for v in copies.values() for c in v}
    for chunk in _chunks(draft_ids):
        wanted |= set(s.scalars(select(DraftRow.id).where(DraftRow.id.in_(chunk))))
    rows: dict[str, DraftRow] = {}
    histories: dict[str, list[str]] = {}
    for chunk in _chunks(sorted(wanted)):
        rows.update({r.id: r for r in s.scalars(select(DraftRow).where(DraftRow.id.in_(chunk)))})
        for draft_id, rev_uuid, origin in s.execute(
            select(RevisionRow.draft_id, RevisionRow.uuid, RevisionRow.origin)
            .where(RevisionRow.draft_id.in_(chunk))
            .order_by(RevisionRow.draft_id, RevisionRow.number)
        ):
            histories.setdefault(draft_id, []).append((rev_uuid, origin))
    refs = {ref: i for i, ref in s.execute(select(DraftRow.id, DraftRow.reference))}
    return _Local(known, histories, rows, copies, refs)


def plan(s: Session, package: Package) -> list[_Step]:
    """Decide what importing the package does, draft by draft, without writing."""
    local = _load_local(s, package)
    taken = dict(local.references)
    steps = []
    for draft in package.drafts:
        step = _decide(draft, local)
        if step.outcome in ("new", "conflict copy", "fast-forward"):
            ref = step.append[-1].nota.reference  # the head this import will write
            owner = taken.get(ref)
            mine = step.target if step.outcome == "fast-forward" else None
            if not ref or (owner is not None and owner != mine):
                step.new_reference = True
            else:
                taken[ref] = mine or draft.id
        steps.append(step)
    return steps


def _decide(draft: PackageDraft, local: _Local) -> _Step:
    revisions = list(draft.revisions)
    while len(revisions) > 1 and revisions[-1].origin == RENAME_ORIGIN:
        revisions.pop()  # the exporting workstation's own renaming is its own affair
    pkg = [r.uuid for r in revisions]
    candidates = [draft.id] if draft.id in local.rows else []
    candidates += local.copies.get(draft.id, [])
    candidates += [local.known[u] for u in pkg if u in local.known]
    for target in dict.fromkeys(candidates):
        entries = local.histories.get(target, [])
        history = [u for u, _ in entries]
        # A revision an import added only to rename the draft does not count as a change.
        while entries and entries[-1][1] == RENAME_ORIGIN and len(entries) > 1:
            entries = entries[:-1]
        if not entries:
            continue
        head = entries[-1][0]
        if head == pkg[-1]:
            return _Step(draft, "already up to date", target=target)
        if pkg[-1] in history:
            return _Step(draft, "local is newer", target=target)
        if head in pkg:
            tail = revisions[pkg.index(head) + 1 :]
            if not any(r.uuid in local.known for r in tail):
                return _Step(draft, "fast-forward", target=target, append=tail)
    known_at = [i for i, u in enumerate(pkg) if u in local.known]
    if not known_at and draft.id not in local.rows:
        return _Step(draft, "new", append=list(draft.revisions))
    original = draft.id if draft.id in local.rows else local.known[pkg[known_at[-1]]]
    start = known_at[-1] + 1 if known_at else 0
    return _Step(draft, "conflict copy", copy_of=original, append=revisions[start:])


def apply(
    store: DraftStore,
    s: Session,
    package: Package,
    steps: list[_Step],
    *,
    provenance: Provenance | None = None,
    workstation: str = "",
) -> ImportReport:
    """Write the planned steps inside one write session; return what was done.

    Each draft's audit entries from the package are taken in (kept as written, never twice);
    the import entry here records the signer and the verdict.
    """
    done: dict[int, ImportedDraft] = {}
    taken = 0
    signed: dict[str, Any] = {}
    if provenance is not None:
        signed = {"verdict": provenance.verdict}
        if provenance.signer is not None:
            signed["signer"] = provenance.signer.name
            signed["fingerprint"] = provenance.signer.fingerprint
    stamp = now_iso()
    person = store.person()  # (read by the caller before the write lock: cached)
    source = package.path.name
    pending: list[NewDraft] = []  # new drafts keeping their reference, written in bulk
    arrived: list[tuple[str, Nota]] = []  # drafts whose head came from the package
    # Drafts that keep their reference go first, so new references never clash with them.
    for index, step in sorted(enumerate(steps), key=lambda p: p[1].new_reference):
        new_ref = None
        bulk = step.outcome in ("new", "conflict copy") and not step.new_reference
        if pending and not bulk and step.outcome in ("new", "conflict copy", "fast-forward"):
            store.insert_drafts(s, pending)  # in order: full-text rowids as one by one
            pending = []
        if step.outcome == "new" and bulk:
            draft_id = step.draft.id
            pending.append(_new_draft(step, draft_id, step.draft.conflict_of))
        elif step.outcome == "new":
            draft_id, new_ref = _create(store, s, step, step.draft.id, step.draft.conflict_of)
        elif step.outcome == "conflict copy" and bulk:
            draft_id = str(uuid.uuid4())
            pending.append(_new_draft(step, draft_id, step.copy_of, created=stamp))
        elif step.outcome == "conflict copy":
            draft_id = str(uuid.uuid4())
            _, new_ref = _create(store, s, step, draft_id, step.copy_of, created=stamp)
        elif step.outcome == "fast-forward":
            draft_id = step.target or step.draft.id
            new_ref = _fast_forward(store, s, step, draft_id)
        else:
            target = step.target or step.draft.id
            take_in_review(s, step.draft.review, lambda _rev, t=target: t)
            done[index] = _entry(step, None)
            taken += audit.take_in(s, step.target or step.draft.id, step.draft.audit, workstation)
            continue
        own = {r.uuid for r in step.append} if step.outcome == "conflict copy" else set()
        original = step.copy_of if step.outcome == "conflict copy" else draft_id
        take_in_review(
            s,
            step.draft.review,
            lambda rev, own=own, copy=draft_id, original=original: copy if rev in own else original,
        )
        taken += audit.take_in(s, draft_id, step.draft.audit, workstation)
        audit.record(
            s,
            draft_id,
            "import",
            f"{step.outcome} from {source}",
            at=stamp,
            person=person,
            data=signed or None,
        )
        copy_id = draft_id if step.outcome == "conflict copy" else None
        done[index] = _entry(step, copy_id, new_ref)
        arrived.append((draft_id, step.draft.head.nota))
    store.insert_drafts(s, pending)
    notes = _arrive_through_the_gate(store, s, arrived, stamp, person, source)
    added = 0
    for digest, data in sorted(package.blobs.items()):
        if s.get(BlobRow, digest) is None:
            s.add(BlobRow(sha256=digest, size=len(data), data=data))
            added += 1
    return ImportReport(
        package.path,
        False,
        tuple(done[i] for i in sorted(done)),
        added,
        provenance=provenance,
        audit_added=taken,
        notes=tuple(notes),
    )


def _arrive_through_the_gate(
    store: DraftStore,
    s: Session,
    arrived: list[tuple[str, Nota]],
    stamp: str,
    person: Person,
    source: str,
) -> list[str]:
    """A draft arriving as definitief or getekend that is not ready here gets a revision
    with status concept on top (its history stays as it came); said in the report."""
    rules = store.rules()
    notes = []
    for draft_id, head in arrived:
        if head.status not in FINAL_STATUSES:
            continue
        nota = copy.deepcopy(head)
        admission = gate.admit(rules, nota, arriving=True)
        if not admission.notes:
            continue
        row = s.get(DraftRow, draft_id)
        assert row is not None
        nota.reference = row.reference
        store.fill_row(row, nota, stamp)
        store.append_revision(s, row, nota, origin="gate", created=stamp, author=person)
        said = f"{row.reference}: {admission.notes[0]}"
        audit.record(s, draft_id, "demoted", said, at=stamp, person=person, data={"from": source})
        notes.append(said)
    return notes


def dry_report(s: Session, package: Package) -> ImportReport:
    """Return what an import would do, writing nothing."""
    steps = plan(s, package)
    missing = sum(1 for digest in package.blobs if s.get(BlobRow, digest) is None)
    entries = tuple(_entry(st, None, "(a new one)" if st.new_reference else None) for st in steps)
    return ImportReport(package.path, True, entries, missing)


def _entry(step: _Step, copy_id: str | None, new_ref: str | None = None) -> ImportedDraft:
    head = step.draft.head.nota
    return ImportedDraft(
        id=step.draft.id,
        reference=head.reference,
        subject=head.subject,
        outcome=step.outcome,
        revisions_added=len(step.append),
        conflict_copy_id=copy_id
        if copy_id
        else (step.target if step.target and step.target != step.draft.id else None),
        new_reference=new_ref,
    )


def _create(
    store: DraftStore,
    s: Session,
    step: _Step,
    draft_id: str,
    conflict_of: str | None,
    *,
    created: str | None = None,
) -> tuple[str, str | None]:
    head = step.append[-1]
    row = DraftRow(
        id=draft_id,
        created=created or step.draft.created,
        conflict_of=conflict_of,
        head=0,
        head_uuid="",
    )
    store.fill_row(row, head.nota, head.created)
    new_ref = references.next_reference(s, store, head.nota.date) if step.new_reference else None
    row.reference = new_ref or head.nota.reference
    s.add(row)
    s.flush()
    _insert_history(store, s, row, step.append, keep_numbers=step.outcome == "new")
    if new_ref:
        _rename(store, s, row, new_ref)
    else:
        store.fill_row(
            row, head.nota, step.draft.updated if step.outcome == "new" else head.created
        )
    return draft_id, new_ref


def _new_draft(
    step: _Step, draft_id: str, conflict_of: str | None, *, created: str | None = None
) -> NewDraft:
    """Return what :func:`_create` writes for a draft that keeps its reference."""
    head = step.append[-1]
    row = DraftRow(
        id=draft_id,
        created=created or step.draft.created,
        conflict_of=conflict_of,
        head=0,
        head_uuid="",
    )
    DraftStore.fill_row(
        row, head.nota, step.draft.updated if step.outcome == "new" else head.created
    )
    keep_numbers = step.outcome == "new"
    history = [
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
        for rev in step.append
    ]
    return NewDraft(row=row, revisions=history, head=head.nota)


def _fast_forward(store: DraftStore, s: Session, step: _Step, draft_id: str) -> str | None:
    row = s.get(DraftRow, draft_id)
    assert row is not None
    local_ref = row.reference
    head = step.append[-1]
    if step.new_reference:
        row.reference = local_ref  # kept while the incoming revisions are appended
    _append(store, s, row, step.append, keep_numbers=True)
    if step.new_reference and head.nota.reference != local_ref:
        _rename(store, s, row, local_ref)
        return local_ref
    store.fill_row(row, head.nota, head.created)
    return None


def _insert_history(
    store: DraftStore,
    s: Session,
    row: DraftRow,
    revs: list[PackageRevision],
    *,
    keep_numbers: bool,
) -> None:
    """Write the whole history of a draft new here: earlier revisions in bulk, the head
    through :meth:`DraftStore.append_revision` (which also indexes it for search).
    """
    earlier = revs[:-1]
    if earlier:
        s.execute(
            insert(RevisionRow),
            [
                {
                    "draft_id": row.id,
                    "number": i + 1,
                    "uuid": rev.uuid,
                    "parent_uuid": rev.parent_uuid,
                    "created": rev.created,
                    "origin": rev.origin,
                    "restored_from": rev.restored_from if keep_numbers else None,
                    "content_hash": rev.content_hash,
                    "document": rev.document_json(),
                }
                for i, rev in enumerate(earlier)
            ],
        )
        row.head, row.head_uuid = len(earlier), earlier[-1].uuid
    _append(store, s, row, revs[-1:], keep_numbers=keep_numbers)


def _append(
    store: DraftStore, s: Session, row: DraftRow, revs: list[PackageRevision], *, keep_numbers: bool
) -> None:
    for rev in revs:
        store.append_revision(
            s,
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


def _rename(store: DraftStore, s: Session, row: DraftRow, reference: str) -> None:
    """Add a revision that gives the draft a free Onze Referentie."""
    last = s.scalar(
        select(RevisionRow.document).where(
            RevisionRow.draft_id == row.id, RevisionRow.number == row.head
        )
    )
    nota = copy.deepcopy(content_from_json(last or "{}"))
    nota.reference = reference
    stamp = now_iso()
    store.append_revision(
        s,
        row,
        nota,
        origin=RENAME_ORIGIN,
        created=stamp,
        author=store.person(),  # (read before the write lock by the import: cached)
        note=f"Onze Referentie {reference}: de meegekomen referentie is hier al in gebruik",
    )
    store.fill_row(row, nota, stamp)
