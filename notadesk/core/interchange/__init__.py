"""The .nota package: verified exchange of drafts on removable media.

A package is a ZIP holding ``manifest.json`` (format, versions, who and when, the highest
classification inside, and the SHA-256 and size of every other entry), ``drafts/<uuid>.json``
(one draft with its full revision history) and ``blobs/<sha256>`` (attachment files, once).
See docs/format.md, "The .nota package".

Export writes safely and reads back; verify checks everything and never writes; import checks
everything first and then writes in one transaction, all or nothing. Every refusal is a
:class:`notadesk.errors.PackageError` with one sentence.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import TYPE_CHECKING

from notadesk.core.interchange.media import removable_media_dirs
from notadesk.core.interchange.package import Package
from notadesk.core.interchange.reader import forget, paused_gc, read_package
from notadesk.core.interchange.reports import (
    ExportReport,
    ImportedDraft,
    ImportReport,
    PackageDraftInfo,
    PackageReport,
    Provenance,
)
from notadesk.errors import ClashError, PackageError, PackagePolicyError, PolicyError

if TYPE_CHECKING:
    from notadesk.core.storage.store import DraftStore

__all__ = [
    "ExportReport",
    "ImportReport",
    "ImportedDraft",
    "PackageDraftInfo",
    "PackageReport",
    "copy_to",
    "export_package",
    "import_package",
    "removable_media_dirs",
    "verify_package",
]


def export_package(store: DraftStore, draft_ids: list[str] | None, target: Path) -> ExportReport:
    """Write drafts (None: all drafts not in the trash) to a verified package; see writer."""
    from notadesk.core.interchange.writer import export_package as _export

    return _export(store, draft_ids, Path(target))


def verify_package(path: Path, *, store: DraftStore | None = None) -> PackageReport:
    """Check a package completely and say what it holds; never writes.

    With a store, the report says who signed it and whether that key is trusted here, the
    workstation's rules (ceiling, schemes, required signature) are checked, and the report
    includes what an import would do.

    Raises:
        PackageError: the package fails a check (the one sentence says which).
        PolicyError: this workstation's rules do not admit it.
    """
    package = read_package(Path(path))
    planned = None
    found = None
    if store is not None:
        found = _admit(store, package)
        from notadesk.core.interchange.merge import dry_report

        with store.importing(write=False) as tx:
            planned = dry_report(tx, package)
    return _package_report(package, planned, found)


def import_package(store: DraftStore, path: Path, *, dry_run: bool = False) -> ImportReport:
    """Check a package completely, then import it in one transaction (all or nothing).

    The gate comes first: who signed it and whether this workstation's rules admit it;
    a refusal is written to the audit log (the package's name, signer and verdict).

    Raises:
        PackageError: the package fails a check; nothing was written.
        PolicyError: this workstation's rules do not admit it; nothing was imported.
    """
    from notadesk.core.interchange.merge import apply, dry_report, plan

    package = read_package(Path(path))
    try:
        found = _admit(store, package)
    except PolicyError as exc:
        if not dry_run:
            store.record_event("", "refused", f"{package.path.name}: {exc}")
        raise
    if dry_run:
        with store.importing(write=False) as tx:
            return dataclasses.replace(dry_report(tx, package), provenance=found)
    workstation = str(store.get_setting("workstation.id") or "")  # (never made by an import)
    rules = store.rules()  # read before the write lock is taken
    try:
        with paused_gc(), store.importing(write=True) as tx:
            report = apply(
                tx,
                package,
                plan(tx, package),
                rules=rules,
                provenance=found,
                workstation=workstation,
            )
    except ClashError as exc:
        raise PackageError(
            f"The package clashes with drafts here ({exc.reason}); nothing was imported."
        ) from None
    forget(package)
    return report


def copy_to(source: DraftStore, target: DraftStore, draft_ids: list[str] | None) -> ImportReport:
    """Copy drafts (None: every draft not in the trash) with their whole histories — the
    revisions and their authors, comments, the route, the audit entries, attachment files —
    from one database into another (a workstation's into the team database).

    It is an export and an import, through the very same code: the package is written to a
    private temporary folder in the local data folder, checked, imported (all or nothing, by
    revision identity, through the gate) and removed. Copying again changes nothing: the
    export is not recorded here, since the record would travel with the next copy.

    Raises:
        PackageError: nothing to copy, or the target refuses the drafts; nothing was copied.
        PolicyError: the target's rules do not admit them.
        NotFoundError: a draft id is not known.
    """
    import shutil
    import tempfile

    from notadesk.core.interchange.writer import export_package as _export

    folder = Path(tempfile.mkdtemp(prefix="copy-to-", dir=source.data_dir))  # 0700
    try:
        exported = _export(source, draft_ids, folder, record=False)
        return import_package(target, exported.path)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _admit(store: DraftStore, package: Package) -> Provenance:
    """Pass a checked package through the gate; return who signed it and the verdict."""
    from notadesk.core.interchange.trust import provenance
    from notadesk.core.policy import gate
    from notadesk.core.policy.markings import is_known_level

    found = provenance(store, package)
    levels = {rev.nota.classification.level for d in package.drafts for rev in d.revisions}
    levels.update(  # an enclosure marked higher than its nota is held here too
        a.level
        for d in package.drafts
        for rev in d.revisions
        for a in rev.nota.attachments
        if a.level is not None and is_known_level(a.level)
    )
    levels.add(package.highest.id)
    signer = "" if found.signer is None else f"{found.signer.name} ({found.signer.short})"
    try:
        rules = store.rules()
    except PolicyError as exc:  # a broken policy or setting: the package is not admitted
        raise PackagePolicyError(str(exc)) from None
    gate.check_package(rules, found.verdict, signer, sorted(levels))
    return found


def _package_report(
    package: Package, planned: ImportReport | None, found: Provenance | None = None
) -> PackageReport:
    drafts = tuple(
        PackageDraftInfo(
            id=d.id,
            reference=d.head.nota.reference,
            subject=d.head.nota.subject,
            level=d.head.nota.classification.level,
            revisions=len(d.revisions),
            conflict_of=d.conflict_of,
        )
        for d in package.drafts
    )
    m = package.manifest
    return PackageReport(
        path=package.path,
        format_version=int(m["format_version"]),
        program_version=str(m["program"]["version"]),
        exported_at=str(m["exported_at"]),
        workstation=str(m["workstation"]),
        level=package.highest.id,
        marking=package.highest.marking,
        drafts=drafts,
        revisions=sum(len(d.revisions) for d in package.drafts),
        attachments=len(package.blobs),
        size=package.size,
        sha256=package.sha256,
        planned=planned,
        provenance=found,
    )
