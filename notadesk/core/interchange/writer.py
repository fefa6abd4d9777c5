"""Writing a .nota package: gather, name by marking, write safely, read back, log.

A package is written to a hidden temporary file beside the target, flushed to the device
(``fsync``), renamed into place, and then read back from the device and checked entry by
entry. When anything fails, no file is left under the final name and the temporary file is
removed.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import hashlib
import json
import os
import re
import uuid
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from notadesk import __version__
from notadesk.core.interchange import format as fmt
from notadesk.core.interchange import signing
from notadesk.core.interchange.reports import ExportReport, PackageDraftInfo
from notadesk.core.model import jsonform
from notadesk.core.model.codec import nota_from_dict
from notadesk.core.model.schema import FORMAT, FORMAT_VERSION
from notadesk.core.policy.markings import MarkingLevel, all_levels, highest_level
from notadesk.core.policy.personal import PersonalData, personal_data, warning_entry
from notadesk.core.storage.exports import StoredRevision
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


def export_package(store: DraftStore, draft_ids: list[str] | None, target: Path) -> ExportReport:
    """Write drafts (None: every draft not in the trash) with full history to a package.

    ``target`` is a folder (the file is named ``nota-<date>-<marking>.nota``) or a file name
    (the marking is added to it; a name showing another marking is refused).

    Raises:
        PackageError: nothing to export, a misleading name, or the write failed.
        NotFoundError: a draft id is not known.
    """
    workstation = store.workstation_id()
    contents = _gather(store, draft_ids, workstation)
    level = highest_level(contents.levels)
    stamp = now_iso()
    final = package_path(Path(target), level, dt.date.fromisoformat(stamp[:10]))
    data_dir = store.path.parent
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
    digest = _write_safely(final, entries, stamp)
    _log(store, contents.infos, final.name, level, contents.personal)
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
                f"An attachment file ({digest[:12]}…) is missing from this database, so "
                "the drafts that refer to it cannot be exported."
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


def _write_safely(final: Path, entries: dict[str, bytes], stamp: str) -> str:
    temp = final.with_name(f".{final.name}.{uuid.uuid4().hex[:8]}.part")
    try:
        _write_zip(temp, entries, stamp)
        os.replace(temp, final)
        _sync_folder(final.parent)
    except OSError as exc:
        _remove(temp)
        raise PackageError(
            f"The package could not be written to {final.parent}: {_reason(exc)}; "
            f"no file was left under {final.name}."
        ) from None
    except BaseException:
        _remove(temp)
        raise
    try:
        return _read_back(final, entries)
    except (PackageError, OSError) as exc:
        _remove(final)
        reason = exc if isinstance(exc, PackageError) else _reason(exc)
        raise PackageError(
            f"The package written to {final} did not read back correctly ({reason}); "
            "it was removed."
        ) from None


def _write_zip(temp: Path, entries: dict[str, bytes], stamp: str) -> None:
    when = dt.datetime.fromisoformat(stamp).timetuple()[:6]
    with temp.open("xb") as fh:
        with zipfile.ZipFile(fh, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as z:
            for name, data in entries.items():
                info = zipfile.ZipInfo(name, date_time=when)
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = 0o644 << 16
                z.writestr(info, data)
        fh.flush()
        os.fsync(fh.fileno())
        if hasattr(os, "posix_fadvise"):  # drop the cached pages: the read-back hits the device
            os.posix_fadvise(fh.fileno(), 0, 0, os.POSIX_FADV_DONTNEED)


def _sync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)


def _read_back(final: Path, entries: dict[str, bytes]) -> str:
    """Read the written file again and compare every entry with what was meant."""
    h = hashlib.sha256()
    with final.open("rb") as fh:
        while chunk := fh.read(1024 * 1024):
            h.update(chunk)
        fh.seek(0)
        try:
            with zipfile.ZipFile(fh) as z:
                if z.namelist() != list(entries):
                    raise PackageError("its entries differ")
                for name, data in entries.items():
                    if z.read(name) != data:
                        raise PackageError(f"the entry {name} differs")
        except PackageError:
            raise
        except Exception as exc:  # BadZipFile, zlib.error, EOFError… from a damaged copy
            raise PackageError(f"{type(exc).__name__}: {str(exc)[:80]}") from None
    return h.hexdigest()


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
