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

from pathlib import Path

from sqlalchemy.exc import IntegrityError

from notadesk.core.interchange.media import removable_media_dirs
from notadesk.core.interchange.package import Package
from notadesk.core.interchange.reader import forget, paused_gc, read_package
from notadesk.core.interchange.reports import (
    ExportReport,
    ImportedDraft,
    ImportReport,
    PackageDraftInfo,
    PackageReport,
)
from notadesk.core.storage.store import DraftStore
from notadesk.errors import PackageError

__all__ = [
    "ExportReport",
    "ImportReport",
    "ImportedDraft",
    "PackageDraftInfo",
    "PackageReport",
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

    With a store, the workstation ceiling is checked too and the report includes what an
    import would do.

    Raises:
        PackageError: the package fails a check (the one sentence says which).
    """
    package = read_package(Path(path))
    planned = None
    if store is not None:
        _check_ceiling(store, package)
        from notadesk.core.interchange.merge import dry_report

        with store.reading() as s:
            planned = dry_report(s, package)
    return _package_report(package, planned)


def import_package(store: DraftStore, path: Path, *, dry_run: bool = False) -> ImportReport:
    """Check a package completely, then import it in one transaction (all or nothing).

    Raises:
        PackageError: the package fails a check; nothing was written.
    """
    from notadesk.core.interchange.merge import apply, dry_report, plan

    package = read_package(Path(path))
    _check_ceiling(store, package)
    if dry_run:
        with store.reading() as s:
            return dry_report(s, package)
    store.person()  # read before the write lock is taken
    try:
        with paused_gc(), store.writing() as s:
            report = apply(store, s, package, plan(s, package))
    except IntegrityError as exc:
        raise PackageError(
            f"The package clashes with drafts here ({str(exc.orig)[:80]}); nothing was imported."
        ) from None
    forget(package)
    return report


def _check_ceiling(store: DraftStore, package: Package) -> None:
    from notadesk.core.policy.markings import is_known_level, level_exceeds, marking_level

    ceiling = store.get_setting("workstation.ceiling")
    if not ceiling:
        return
    if not is_known_level(str(ceiling)):
        raise PackageError(
            f"This workstation's ceiling {ceiling!r} is not a known level; set "
            "workstation.ceiling to a level id before importing."
        )
    if level_exceeds(package.highest.id, str(ceiling)):
        top = marking_level(str(ceiling))
        raise PackageError(
            f"The package holds {package.highest.marking or package.highest.label}, above "
            f"the highest classification this workstation may hold ({top.marking or top.label});"
            " nothing was imported."
        )


def _package_report(package: Package, planned: ImportReport | None) -> PackageReport:
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
    )
