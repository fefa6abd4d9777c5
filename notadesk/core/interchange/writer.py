"""Writing a .nota package: gather, name by marking, write, check, log, then rename.

A package is written to a hidden temporary file beside the target (owner-only), flushed to
the device (``fsync``), read back from the device and checked by the very reader an import
uses, recorded in the audit log, and only then renamed into place
(:func:`notadesk.core.outputs.write_recorded`). When anything fails — the medium, the check,
the record — no file is left under the final name and the temporary file is removed.
"""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
import json
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from notadesk import __version__
from notadesk.core.interchange import format as fmt
from notadesk.core.interchange import signing
from notadesk.core.interchange.reports import ExportReport, PackageDraftInfo
from notadesk.core.model import jsonform
from notadesk.core.model.codec import nota_from_dict
from notadesk.core.model.schema import FORMAT, FORMAT_VERSION
from notadesk.core.outputs import write_recorded
from notadesk.core.policy.markings import MarkingLevel, all_levels, highest_level
from notadesk.core.policy.personal import PersonalData, personal_data, warning_entry
from notadesk.core.storage.exports import StoredRevision
from notadesk.core.storage.health import EXPORT_BUDGET_S, refuse_if_damaged
from notadesk.core.storage.records import now_iso
from notadesk.core.storage.store import DraftStore
from notadesk.errors import PackageError

_REASONS = {
    errno.ENOSPC: "the medium is full",
    errno.EDQUOT: "the disk quota is used up",
    errno.EROFS: "the medium is read-only",
    errno.EIO: "the medium could not be written (was it removed?)",
    errno.ENODEV: "the medium is gone",
    errno.ENXIO: "the medium is gone",
    errno.ENOENT: "the folder is gone (was the medium removed?)",
    errno.EACCES: "there is no permission to write there",
    errno.EPERM: "there is no permission to write there",
    errno.EFBIG: "the file is too large for this medium",
}


@dataclass(frozen=True)
class _Contents:
    entries: dict[str, bytes]
    infos: tuple[PackageDraftInfo, ...]
    revisions: int
    blobs: int
    levels: list[str]
    personal: dict[str, list[PersonalData]]
    """Likely personal data in each draft's current text (draft id -> what was found)."""


def export_package(
    store: DraftStore, draft_ids: list[str] | None, target: Path, *, record: bool = True
) -> ExportReport:
    """Write drafts (None: every draft not in the trash) with full history to a package.

    ``target`` is a folder (the file is named ``nota-<date>-<marking>.nota``) or a file name
    (the marking is added to it; a name showing another marking is refused). Without
    ``record`` the export is not written to the audit log: for a package that never leaves
    this machine (``copy_to``'s, removed once imported), whose record would travel in the
    next package and make copying twice change something.

    Raises:
        PackageError: nothing to export, a misleading name, or the write failed.
        NotFoundError: a draft id is not known.
    """
    if store.path is not None:  # (a team database's health is its server's)
        refuse_if_damaged(store.path, EXPORT_BUDGET_S)  # never carry a damaged file's reading
    workstation = store.workstation_id()
    contents = _gather(store, draft_ids, workstation)
    level = highest_level(contents.levels)
    stamp = now_iso()
    final = package_path(Path(target), level, dt.date.fromisoformat(stamp[:10]))
    data_dir = store.data_dir
    signer = signing.own_signer(data_dir, workstation)
    manifest = {
        "format": fmt.PACKAGE_FORMAT,
        "format_version": fmt.PACKAGE_FORMAT_VERSION,
        "program": {"name": "notadesk", "version": __version__},
        "exported_at": stamp,
        "workstation": workstation,
        "highest_classification": {"level": level.id, "marking": level.marking},
        "signer": {"public_key": signer.public_key, "name": signer.name},
        "entries": [
            {"path": name, "sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
            for name, data in contents.entries.items()
        ],
    }
    manifest_bytes = jsonform.compact_bytes(manifest)
    signature = signing.signature_entry(signing.sign(data_dir, manifest_bytes))
    entries = {fmt.MANIFEST: manifest_bytes, signing.SIGNATURE: signature, **contents.entries}
    digest = _write_safely(
        final,
        entries,
        stamp,
        record=(lambda: _log(store, contents.infos, final.name, level, contents.personal))
        if record
        else (lambda: None),
    )
    return ExportReport(
        path=final,
        drafts=contents.infos,
        revisions=contents.revisions,
        attachments=contents.blobs,
        size=final.stat().st_size,
        sha256=digest,
        level=level.id,
        marking=level.marking,
        exported_at=stamp,
        personal_data=tuple(
            f"{i.reference}: {hit.message}"
            for i in contents.infos
            for hit in contents.personal.get(i.id, ())
        ),
    )


def _gather(store: DraftStore, draft_ids: list[str] | None, workstation: str) -> _Contents:
    entries: dict[str, bytes] = {}
    infos: list[PackageDraftInfo] = []
    levels: list[str] = []
    personal: dict[str, list[PersonalData]] = {}
    hashes: set[str] = set()
    users: dict[str, str] = {}  # attachment file -> the first draft that refers to it
    count = 0
    drafts = store.histories(draft_ids, workstation=workstation)
    if not drafts:
        raise PackageError("There are no drafts to export.")
    for draft in drafts:
        history = []
        for rev in draft.revisions:
            nota = json.loads(rev.document)
            levels.append(nota.get("classification", {}).get("level", ""))
            for att in nota.get("attachments", []):
                if att.get("file"):
                    hashes.add(att["file"]["sha256"])
                    users.setdefault(att["file"]["sha256"], draft.reference or draft.id)
            history.append(_revision_dict(rev, nota))
        count += len(history)
        hits = personal_data(nota_from_dict(history[-1]["document"]["nota"]))
        if hits:
            personal[draft.id] = hits
        data = {
            "format": fmt.DRAFT_FILE_FORMAT,
            "format_version": fmt.DRAFT_FILE_FORMAT_VERSION,
            "id": draft.id,
            "created": draft.created,
            "updated": draft.updated,
            "conflict_of": draft.conflict_of,
            "revisions": history,
            **draft.review,
        }
        if draft.audit:
            data["audit"] = list(draft.audit)
        entries[f"drafts/{draft.id}.json"] = jsonform.compact_bytes(data)
        infos.append(
            PackageDraftInfo(
                draft.id,
                draft.reference,
                draft.subject,
                draft.level,
                len(history),
                draft.conflict_of,
            )
        )
    blobs = store.blobs(sorted(hashes))
    for digest in sorted(hashes):
        if digest not in blobs:
            raise PackageError(
                f"Draft {users[digest]} refers to an attachment file ({digest[:12]}…) "
                "that is missing from this database, so it cannot be exported; export "
                "the other drafts by name."
            )
        entries[f"blobs/{digest}"] = blobs[digest]
    return _Contents(entries, tuple(infos), count, len(hashes), levels, personal)


def _revision_dict(rev: StoredRevision, nota: dict[str, Any]) -> dict[str, Any]:
    out = {
        "number": rev.number,
        "uuid": rev.uuid,
        "parent_uuid": rev.parent_uuid,
        "created": rev.created,
        "origin": rev.origin,
        "restored_from": rev.restored_from,
        "content_hash": rev.content_hash,
        "document": {"format": FORMAT, "format_version": FORMAT_VERSION, "nota": nota},
    }
    author = {
        "account": rev.author_account,
        "name": rev.author_name,
        "function": rev.author_function,
    }
    if any(author.values()):
        out["author"] = {k: v for k, v in author.items() if v}
    if rev.note:
        out["note"] = rev.note
    return out


# --- the file name ---------------------------------------------------------------------------


def _shows(name: str, slug: str) -> bool:
    return re.search(rf"(?<![a-z0-9]){re.escape(slug)}(?![a-z0-9])", name.lower()) is not None


def package_path(target: Path, level: MarkingLevel, today: dt.date) -> Path:
    """Return the file to write: named by the highest marking inside.

    Raises:
        PackageError: the folder does not exist, or the name shows another marking.
    """
    slug = fmt.level_slug(level)
    if target.is_dir():
        base = f"nota-{today.isoformat()}-{slug}"
        candidate, n = target / f"{base}{fmt.SUFFIX}", 2
        while candidate.exists():
            candidate, n = target / f"{base}-{n}{fmt.SUFFIX}", n + 1
        return candidate
    if not target.parent.is_dir():
        raise PackageError(f"The folder {target.parent} does not exist.")
    name = target.name
    stem = name[: -len(fmt.SUFFIX)] if name.lower().endswith(fmt.SUFFIX) else name
    for other in all_levels():
        other_slug = fmt.level_slug(other)
        if other.id != level.id and _shows(stem, other_slug) and not _shows(stem, slug):
            raise PackageError(
                f"The name {name!r} shows the marking {other_slug}, but the package holds "
                f"{level.marking or level.label}; choose a name without it."
            )
    if not _shows(stem, slug):
        stem = f"{stem}-{slug}"
    return target.with_name(stem + fmt.SUFFIX)


# --- writing ---------------------------------------------------------------------------------


def _reason(exc: OSError) -> str:
    return _REASONS.get(exc.errno or 0, exc.strerror or str(exc))


def _write_safely(
    final: Path, entries: dict[str, bytes], stamp: str, *, record: Callable[[], None]
) -> str:
    """Write, check with the rules every import applies, record, and only then rename.

    Returns the file's SHA-256. A package the reader would refuse (bit rot in a stored
    revision, a setting it does not accept) or a record that cannot be made (a locked
    database) leaves no file at all.
    """
    try:
        digest = write_recorded(
            final,
            lambda fh: _write_zip(fh, entries, stamp),
            check=lambda temp: _check_written(temp, entries),
            record=record,
        )
    except OSError as exc:
        raise PackageError(
            f"The package could not be written to {final.parent}: {_reason(exc)}; "
            f"no file was left under {final.name}."
        ) from None
    assert digest is not None
    return digest


def _write_zip(fh: BinaryIO, entries: dict[str, bytes], stamp: str) -> None:
    when = dt.datetime.fromisoformat(stamp).timetuple()[:6]
    with zipfile.ZipFile(fh, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as z:
        for name, data in entries.items():
            info = zipfile.ZipInfo(name, date_time=when)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            z.writestr(info, data)


def _check_written(temp: Path, entries: dict[str, bytes]) -> str:
    """Read the written file back from the device and check it as an import would.

    Raises:
        PackageError: it did not read back as written, or an import would refuse it.
    """
    from notadesk.core.interchange.reader import forget, read_package

    try:
        with temp.open("rb") as fh, zipfile.ZipFile(fh) as z:
            if z.namelist() != list(entries):
                raise PackageError("its entries differ")
    except PackageError as exc:
        raise PackageError(
            f"The package did not read back correctly ({exc}); nothing was written."
        ) from None
    except (OSError, zipfile.BadZipFile, EOFError, ValueError) as exc:
        raise PackageError(
            f"The package did not read back correctly ({type(exc).__name__}); nothing was written."
        ) from None
    try:
        package = read_package(temp)  # every entry against the manifest's SHA-256, every rule
    except PackageError as exc:
        raise PackageError(
            f"The package was not written, because an import would refuse it: {exc}"
        ) from None
    forget(package)
    return package.sha256


def _log(
    store: DraftStore,
    infos: tuple[PackageDraftInfo, ...],
    name: str,
    level: MarkingLevel,
    personal: dict[str, list[PersonalData]],
) -> None:
    detail = f"{name} ({level.marking or level.label})"
    events: list[tuple[str, str, str, dict[str, Any] | None]] = []
    for i in infos:
        if i.id in personal:
            said, data = warning_entry(personal[i.id], "export")
            events.append((i.id, "personal-data", said, data))
        events.append((i.id, "export", detail, None))
    store.log_events(events)
