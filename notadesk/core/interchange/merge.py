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
from dataclasses import dataclass, field
from typing import Any

from notadesk.core.interchange.package import Package, PackageDraft, PackageRevision
from notadesk.core.interchange.reports import ImportedDraft, ImportReport, Provenance
from notadesk.core.model.nota import Nota
from notadesk.core.policy import gate
from notadesk.core.policy.checks import FINAL_STATUSES
from notadesk.core.storage.imports import RENAME_ORIGIN, ImportSession, LocalKnowledge
from notadesk.core.storage.records import now_iso
from notadesk.core.storage.revisions import NewDraft
from notadesk.errors import PackageError, ValidationError

__all__ = ["RENAME_ORIGIN", "apply", "dry_report", "plan"]


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


def _load_local(tx: ImportSession, package: Package) -> LocalKnowledge:
    rev_ids = [r.uuid for d in package.drafts for r in d.revisions]
    local = tx.knowledge([d.id for d in package.drafts], rev_ids)
    _refuse_changed_revisions(package, local.hashes)
    return local


def _refuse_changed_revisions(package: Package, hashes: dict[str, str]) -> None:
    """Refuse a package that keeps a known revision's uuid but changes its content.

    A revision is immutable: the same uuid with other content is a forgery or damage, never
    an update (it used to be reported "already up to date" and silently dropped).

    Raises:
        PackageError: naming the revision and both content hashes.
    """
    for draft in package.drafts:
        for rev in draft.revisions:
            here = hashes.get(rev.uuid)
            if here is not None and here != rev.content_hash:
                raise PackageError(
                    f"Revision {rev.number} of draft {draft.id} ({rev.uuid}) is already here "
                    f"with other content: content hash here {here}, in the package "
                    f"{rev.content_hash}; a revision never changes, so nothing was imported."
                )


def plan(tx: ImportSession, package: Package) -> list[_Step]:
    """Decide what importing the package does, draft by draft, without writing."""
    local = _load_local(tx, package)
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


def _decide(draft: PackageDraft, local: LocalKnowledge) -> _Step:
    revisions = list(draft.revisions)
    while len(revisions) > 1 and revisions[-1].origin == RENAME_ORIGIN:
        revisions.pop()  # the exporting workstation's own renaming is its own affair
    pkg = [r.uuid for r in revisions]
    candidates = [draft.id] if draft.id in local.drafts else []
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
    if not known_at and draft.id not in local.drafts:
        return _Step(draft, "new", append=list(draft.revisions))
    original = draft.id if draft.id in local.drafts else local.known[pkg[known_at[-1]]]
    start = known_at[-1] + 1 if known_at else 0
    return _Step(draft, "conflict copy", copy_of=original, append=revisions[start:])


def apply(
    tx: ImportSession,
    package: Package,
    steps: list[_Step],
    *,
    rules: gate.Rules,
    provenance: Provenance | None = None,
    workstation: str = "",
) -> ImportReport:
    """Write the planned steps inside one write transaction; return what was done.

    Each draft's audit entries from the package are taken in (kept as written, never twice);
    the import entry here records the signer and the verdict.
    """
    done: dict[int, ImportedDraft] = {}
    arrived: list[tuple[str, Nota]] = []  # drafts whose head came from the package
    taken = 0
    signed: dict[str, Any] = {}
    if provenance is not None:
        signed = {"verdict": provenance.verdict}
        if provenance.signer is not None:
            signed["signer"] = provenance.signer.name
            signed["fingerprint"] = provenance.signer.fingerprint
    stamp = now_iso()
    source = package.path.name
    # The files first: a revision naming a file links it to its draft only when the file is
    # there (on a team database, held by the importing role; migration 0007).
    added = tx.add_blobs(package.blobs)
    pending: list[NewDraft] = []  # new drafts keeping their reference, written in bulk
    # Drafts that keep their reference go first, so new references never clash with them.
    for index, step in sorted(enumerate(steps), key=lambda p: p[1].new_reference):
        new_ref = None
        bulk = step.outcome in ("new", "conflict copy") and not step.new_reference
        if pending and not bulk and step.outcome in ("new", "conflict copy", "fast-forward"):
            tx.insert_drafts(pending)  # in order: full-text rowids as one by one
            pending = []
        if step.outcome in ("new", "conflict copy"):
            is_new = step.outcome == "new"
            draft_id = step.draft.id if is_new else str(uuid.uuid4())
            conflict_of = step.draft.conflict_of if is_new else step.copy_of
            created = step.draft.created if is_new else stamp
            head = step.append[-1]
            updated = step.draft.updated if is_new else head.created
            if bulk:
                pending.append(
                    ImportSession.new_draft(
                        draft_id,
                        created=created,
                        updated=updated,
                        conflict_of=conflict_of,
                        revs=step.append,
                        keep_numbers=is_new,
                    )
                )
            else:
                new_ref = tx.create(
                    draft_id,
                    created=created,
                    updated=updated,
                    conflict_of=conflict_of,
                    revs=step.append,
                    keep_numbers=is_new,
                    new_reference=step.new_reference,
                )
        elif step.outcome == "fast-forward":
            draft_id = step.target or step.draft.id
            new_ref = tx.fast_forward(draft_id, step.append, new_reference=step.new_reference)
        else:
            target = step.target or step.draft.id
            tx.take_in_review(step.draft.review, lambda _rev, t=target: t)
            done[index] = _entry(step, None)
            taken += tx.take_in_audit(target, step.draft.audit, workstation)
            continue
        own = {r.uuid for r in step.append} if step.outcome == "conflict copy" else set()
        original = step.copy_of if step.outcome == "conflict copy" else draft_id
        tx.take_in_review(
            step.draft.review,
            lambda rev, own=own, copy=draft_id, original=original: copy if rev in own else original,
        )
        taken += tx.take_in_audit(draft_id, step.draft.audit, workstation)
        tx.log(draft_id, "import", f"{step.outcome} from {source}", at=stamp, data=signed or None)
        copy_id = draft_id if step.outcome == "conflict copy" else None
        done[index] = _entry(step, copy_id, new_ref)
        arrived.append((draft_id, step.draft.head.nota))
    tx.insert_drafts(pending)
    notes = _arrive_through_the_gate(tx, rules, arrived, stamp, source)
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
    tx: ImportSession,
    rules: gate.Rules,
    arrived: list[tuple[str, Nota]],
    stamp: str,
    source: str,
) -> list[str]:
    """Pass each arrived draft's new head through the gate, as every way in does.

    A portion marked above the nota (or unknown) refuses the package. A draft arriving as
    definitief or getekend that is not ready here, or whose paraaf route has a step still
    open, and a declassification decision that arrived without its audit entry, get a
    revision on top (status concept, no decision; its history stays as it came); said in
    the report.

    Raises:
        PackageError: the gate refuses a draft's content; nothing is imported.
    """
    notes = []
    for draft_id, head in arrived:
        nota = copy.deepcopy(head)
        decided = nota.classification.declassified
        try:
            admission = gate.admit(
                rules,
                nota,
                arriving=True,
                route=tx.route(draft_id, nota) if nota.status in FINAL_STATUSES else None,
                declassification_recorded=decided is not None
                and tx.declassification_recorded(draft_id, decided.reference),
            )
        except ValidationError as exc:
            raise PackageError(
                f"The draft {head.reference or draft_id} in the package cannot be stored here: "
                f"{exc} Nothing was imported."
            ) from None
        if not admission.notes:
            continue
        notes.append(tx.demote(draft_id, nota, " ".join(admission.notes), at=stamp, source=source))
    return notes


def dry_report(tx: ImportSession, package: Package) -> ImportReport:
    """Return what an import would do, writing nothing."""
    steps = plan(tx, package)
    missing = len(tx.missing_blobs(package.blobs))
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
