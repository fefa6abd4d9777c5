"""Reading a .nota package without trusting it: every check, then a parsed package.

Order: the file, the zip directory (names, count, sizes, ratios, overlaps — before anything is
inflated), the manifest, then each entry inflated under a cap and compared with its SHA-256
and size, then each draft's history and every revision's content. Any failure raises
:class:`PackageError` with one sentence; nothing here writes anywhere.
"""

from __future__ import annotations

import gc
import hashlib
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from notadesk.core.identity import person_from_json
from notadesk.core.interchange import format as fmt
from notadesk.core.interchange import signing
from notadesk.core.interchange.format import Limits
from notadesk.core.interchange.package import Package, PackageDraft, PackageRevision
from notadesk.core.model import jsonform
from notadesk.core.model.codec import nota_from_dict, nota_to_dict
from notadesk.core.model.limits import check_form, text_surely_ok
from notadesk.core.policy.markings import MarkingLevel, highest_level, is_known_level
from notadesk.core.storage.review import check_review_parts
from notadesk.core.wording import counted
from notadesk.errors import PackageError, ValidationError

_CHUNK = 1024 * 1024
_LOCAL_HEADER = 30


def read_package(path: Path, *, limits: Limits | None = None) -> Package:
    """Open, check and parse a package.

    Raises:
        PackageError: the package is damaged, unsafe, of an unknown format, or invalid.
    """
    path = Path(path)
    limits = limits or fmt.LIMITS
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise PackageError(f"{path} is not a file.")
        if size > limits.package_bytes:
            raise PackageError(f"The package is larger than {limits.package_bytes} bytes.")
        with path.open("rb") as fh:
            digest = _file_sha256(fh)
            last = _last_checked
            if last is not None and (last[0].sha256, last[0].path, last[1]) == (
                digest,
                path,
                limits,
            ):
                return last[0]  # the very same bytes passed the very same checks a moment ago
            fh.seek(0)
            with paused_gc():
                package = _read(fh, path, size, digest, limits)
        _remember(package, limits)
        return package
    except PackageError:
        raise
    except FileNotFoundError:
        raise PackageError(f"There is no file {path}.") from None
    except OSError as exc:
        raise PackageError(f"The package {path} cannot be read: {exc.strerror or exc}.") from None


@contextmanager
def paused_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while a package's many small objects are made.

    Thousands of revisions (dicts, dataclasses, ORM rows) make the collector rescan an
    ever larger heap again and again; none of them form cycles, so nothing is kept longer.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


_last_checked: tuple[Package, Limits] | None = None
_REMEMBER_BYTES = 64 * 1024**2


def _remember(package: Package, limits: Limits) -> None:
    """Keep the last package that passed, so that verify-then-import checks it once.

    The window verifies a package, shows the report and then imports it: when the file's
    SHA-256 is unchanged by then, its bytes are the ones checked, and the parse is reused.
    Only small packages are kept (memory).
    """
    global _last_checked
    small = package.size + sum(len(b) for b in package.blobs.values()) <= _REMEMBER_BYTES
    _last_checked = (package, limits) if small else None


def forget(package: Package) -> None:
    """Let go of a package kept for the import that has now used it (memory, and fewer
    objects for the garbage collector to scan afterwards); a later import checks again."""
    global _last_checked
    if _last_checked is not None and _last_checked[0] is package:
        _last_checked = None


def _file_sha256(fh: IO[bytes]) -> str:
    h = hashlib.sha256()
    while chunk := fh.read(_CHUNK):
        h.update(chunk)
    return h.hexdigest()


def _read(fh: IO[bytes], path: Path, size: int, digest: str, limits: Limits) -> Package:
    try:
        archive = zipfile.ZipFile(fh)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError) as exc:
        raise PackageError(f"The package is not a readable zip file ({exc}).") from None
    except Exception as exc:  # a crafted directory can upset zipfile in many ways
        raise PackageError(
            f"The package's zip directory is damaged ({type(exc).__name__})."
        ) from None
    with archive:
        infos = _check_directory(archive, limits)
        manifest, signer = _read_manifest(archive, infos, limits)
        contents = _read_entries(archive, infos, manifest)
    drafts, blobs = _parse_contents(contents)
    highest = _check_levels(drafts, manifest)
    return Package(path, manifest, drafts, blobs, highest, size, digest, signer)


# --- the zip directory -----------------------------------------------------------------------


def _name_problem(name: str) -> str | None:
    if not name:
        return "an entry has no name"
    if "\\" in name:
        return f"the entry name {name[:80]!r} holds a backslash"
    if name.startswith("/"):
        return f"the entry name {name[:80]!r} is an absolute path"
    if len(name) >= 2 and name[1] == ":":
        return f"the entry name {name[:80]!r} starts with a drive letter"
    if ".." in name.split("/"):
        return f"the entry name {name[:80]!r} climbs out of the package with '..'"
    if any(ord(c) < 32 for c in name):
        return f"the entry name {name[:80]!r} holds control characters"
    if name in (fmt.MANIFEST, signing.SIGNATURE) or name in fmt.DIRECTORY_ENTRIES:
        return None
    if fmt.DRAFT_ENTRY.fullmatch(name) or fmt.BLOB_ENTRY.fullmatch(name):
        return None
    return f"the entry {name[:80]!r} does not belong in a notadesk package"


def _entry_limit(name: str, limits: Limits) -> int:
    if name == fmt.MANIFEST:
        return limits.manifest_bytes
    if name == signing.SIGNATURE:
        return signing.SIGNATURE_BYTES
    if name.startswith("drafts/"):
        return limits.draft_bytes
    if name.startswith("blobs/"):
        return limits.blob_bytes
    return 0


def _check_directory(archive: zipfile.ZipFile, limits: Limits) -> dict[str, zipfile.ZipInfo]:
    infos = archive.infolist()
    if len(infos) > limits.entries:
        raise PackageError(f"The package holds more than {limits.entries} entries.")
    seen: dict[str, zipfile.ZipInfo] = {}
    total = packed = 0
    for info in infos:
        name = info.filename
        problem = _name_problem(name)
        if problem:
            raise PackageError(f"The package is refused: {problem}.")
        if name in seen:
            raise PackageError(f"The package holds the entry {name} twice.")
        seen[name] = info
        if info.flag_bits & 0x1:
            raise PackageError(f"The package entry {name} is encrypted.")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise PackageError(f"The package entry {name} uses an unsupported compression.")
        if name in fmt.DIRECTORY_ENTRIES:
            if info.file_size:
                raise PackageError(f"The package's folder entry {name} holds data.")
            continue
        limit = _entry_limit(name, limits)
        if info.file_size > limit:
            raise PackageError(f"The package entry {name} is larger than {limit} bytes.")
        total += info.file_size
        packed += info.compress_size
        if total > limits.total_bytes:
            raise PackageError(f"The package would unpack to more than {limits.total_bytes} bytes.")
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > limits.ratio_floor and ratio > limits.ratio:
            raise PackageError(
                f"The package entry {name} is compressed {ratio:.0f} to 1, more than the "
                f"{limits.ratio} to 1 a real package shows (a zip bomb?)."
            )
    overall = total / max(packed, 1)
    if total > limits.ratio_floor and overall > limits.ratio:
        # Many entries each just under the floor are held to the ratio together.
        raise PackageError(
            f"The package is compressed {overall:.0f} to 1 as a whole, more than the "
            f"{limits.ratio} to 1 a real package shows (a zip bomb?)."
        )
    if fmt.MANIFEST not in seen:
        raise PackageError("The package has no manifest.json; it is not a notadesk package.")
    _check_overlap(archive, infos)
    return seen


def _check_overlap(archive: zipfile.ZipFile, infos: list[zipfile.ZipInfo]) -> None:
    start_dir = getattr(archive, "start_dir", None)
    spans = sorted(
        (
            i.header_offset,
            i.header_offset + _LOCAL_HEADER + len(i.orig_filename.encode()) + i.compress_size,
            i.filename,
        )
        for i in infos
    )
    for (start, end, name), nxt in zip(spans, [*spans[1:], None], strict=True):
        limit = nxt[0] if nxt else start_dir
        if start < 0 or (limit is not None and end > limit):
            raise PackageError(
                f"The package entry {name} overlaps another entry (a damaged file or a zip bomb)."
            )


# --- the manifest and the entries ------------------------------------------------------------


def _inflate(archive: zipfile.ZipFile, info: zipfile.ZipInfo, cap: int) -> bytes:
    """Inflate one entry, never past ``cap`` bytes whatever the directory says."""
    out = bytearray()
    try:
        with archive.open(info) as stream:
            while chunk := stream.read(min(_CHUNK, cap + 1 - len(out))):
                out += chunk
                if len(out) > cap:
                    raise PackageError(
                        f"The package entry {info.filename} inflates to more than its "
                        "directory says (a zip bomb?)."
                    )
    except PackageError:
        raise
    except Exception as exc:  # zlib.error, BadZipFile (bad CRC), EOFError, struct.error…
        raise PackageError(
            f"The package entry {info.filename} is damaged ({type(exc).__name__}: {str(exc)[:80]})."
        ) from None
    return bytes(out)


def _read_manifest(
    archive: zipfile.ZipFile, infos: dict[str, zipfile.ZipInfo], limits: Limits
) -> tuple[dict[str, Any], signing.Signer | None]:
    info = infos[fmt.MANIFEST]
    raw = _inflate(archive, info, info.file_size)
    data = fmt.load_strict_json(raw, fmt.MANIFEST)
    if not isinstance(data, dict) or data.get("format") != fmt.PACKAGE_FORMAT:
        raise PackageError("The manifest does not name the notadesk-package format.")
    version = data.get("format_version")
    if isinstance(version, int) and not isinstance(version, bool):
        if version > fmt.PACKAGE_FORMAT_VERSION:
            raise PackageError(
                f"The package uses format version {version}, newer than this notadesk "
                f"understands ({fmt.PACKAGE_FORMAT_VERSION}); update notadesk to import it."
            )
        if version < fmt.PACKAGE_FORMAT_VERSION:
            data = fmt.upgrade_manifest(data)
    fmt.check_schema("package-manifest.schema.json", data, fmt.MANIFEST)
    listed = [e["path"] for e in data["entries"]]
    if len(set(listed)) != len(listed):
        raise PackageError("The manifest lists one entry twice.")
    signer = _check_signature(archive, infos, data, raw)
    present = set(infos) - fmt.DIRECTORY_ENTRIES - {fmt.MANIFEST, signing.SIGNATURE}
    missing = sorted(set(listed) - present)
    if missing:
        raise PackageError(f"The package lacks the entry {missing[0]} its manifest lists.")
    extra = sorted(present - set(listed))
    if extra:
        raise PackageError(f"The package holds the entry {extra[0]} its manifest does not list.")
    for entry in data["entries"]:
        info = infos[entry["path"]]
        if info.file_size != entry["size"]:
            raise PackageError(
                f"The size of {entry['path']} ({info.file_size} bytes) is not the "
                f"{entry['size']} bytes the manifest says."
            )
        blob = fmt.BLOB_ENTRY.fullmatch(entry["path"])
        if blob and blob.group(1) != entry["sha256"]:
            raise PackageError(f"The attachment file {entry['path']} is not named by its hash.")
    return data, signer


def _check_signature(
    archive: zipfile.ZipFile,
    infos: dict[str, zipfile.ZipInfo],
    manifest: dict[str, Any],
    raw: bytes,
) -> signing.Signer | None:
    """Check the signature over the manifest's exact bytes; return the signer (or None).

    A manifest that names a signer needs a signature that matches; a signature without a
    signer named in the manifest is refused too (it would sign nothing).
    """
    named = manifest.get("signer")
    info = infos.get(signing.SIGNATURE)
    if named is None:
        if info is not None:
            raise PackageError(
                f"The package holds a {signing.SIGNATURE} but its manifest names no signer."
            )
        return None
    if info is None:
        raise PackageError(
            "The package's manifest names a signer but the package holds no signature: "
            "it was changed after it was signed, or it is forged."
        )
    signer = signing.signer_from_manifest(named, str(manifest["workstation"]))
    signing.check_signature(signer, raw, _inflate(archive, info, info.file_size))
    return signer


def _read_entries(
    archive: zipfile.ZipFile, infos: dict[str, zipfile.ZipInfo], manifest: dict[str, Any]
) -> dict[str, bytes]:
    contents: dict[str, bytes] = {}
    for entry in manifest["entries"]:
        data = _inflate(archive, infos[entry["path"]], entry["size"])
        if len(data) != entry["size"]:
            raise PackageError(f"The package entry {entry['path']} is cut short.")
        if hashlib.sha256(data).hexdigest() != entry["sha256"]:
            raise PackageError(
                f"The package entry {entry['path']} does not match its SHA-256 in the manifest."
            )
        contents[entry["path"]] = data
    return contents


# --- drafts ----------------------------------------------------------------------------------


def _parse_contents(
    contents: dict[str, bytes],
) -> tuple[tuple[PackageDraft, ...], dict[str, bytes]]:
    drafts: list[PackageDraft] = []
    blobs: dict[str, bytes] = {}
    seen_revisions: set[str] = set()
    for name in sorted(contents):
        draft_match = fmt.DRAFT_ENTRY.fullmatch(name)
        if draft_match:
            draft = _parse_draft(name, draft_match.group(1), contents[name])
            for rev in draft.revisions:
                if rev.uuid in seen_revisions:
                    raise PackageError(f"The revision {rev.uuid} appears twice in the package.")
                seen_revisions.add(rev.uuid)
            drafts.append(draft)
        else:
            blobs[name.split("/", 1)[1]] = contents[name]
    referenced: set[str] = set()
    for draft in drafts:
        for rev in draft.revisions:
            for att in rev.nota.attachments:
                if att.file is not None and att.file.sha256 not in blobs:
                    raise PackageError(
                        f"Draft {draft.id} refers to the attachment file "
                        f"{att.file.sha256[:12]}… that the package does not hold."
                    )
                if att.file is not None:
                    referenced.add(att.file.sha256)
    stray = sorted(set(blobs) - referenced)
    if stray:  # it could never be exported again, nor removed: refused, not stored
        raise PackageError(
            f"The package holds {counted(len(stray), 'attachment file')} that no draft "
            f"refers to (the first is {stray[0][:12]}…); nothing was imported."
        )
    return tuple(drafts), blobs


def _parse_draft(name: str, draft_id: str, raw: bytes) -> PackageDraft:
    data = fmt.load_strict_json(raw, name)
    characters_checked = text_surely_ok(raw)  # else each revision's strings are checked
    if isinstance(data, dict):
        version = data.get("format_version")
        if isinstance(version, int) and version > fmt.DRAFT_FILE_FORMAT_VERSION:
            raise PackageError(
                f"The package entry {name} uses format version {version}, newer than this "
                "notadesk understands; update notadesk to import it."
            )
        if isinstance(version, int) and version < fmt.DRAFT_FILE_FORMAT_VERSION:
            data = fmt.upgrade_draft_file(data, version)
    fmt.check_schema("package-draft.schema.json", data, name)
    if data["id"] != draft_id:
        raise PackageError(f"The package entry {name} holds the draft {data['id']}.")
    revisions = []
    parent: str | None = None
    for i, rev in enumerate(data["revisions"]):
        where = f"Revision {i + 1} of draft {draft_id}"
        if rev["number"] != i + 1:
            raise PackageError(f"{where} is numbered {rev['number']}.")
        if i and rev["parent_uuid"] != parent:
            raise PackageError(f"{where} does not follow the revision before it.")
        restored = rev["restored_from"]
        if restored is not None and restored > i:
            raise PackageError(f"{where} says it restores a later revision.")
        fmt.check_draft_document(rev["document"], where, characters_checked=characters_checked)
        try:
            nota = nota_from_dict(rev["document"]["nota"])
            content = nota_to_dict(nota)  # made once: hashed here, stored by the import
            digest = jsonform.content_hash(content)
            document = jsonform.compact(content)  # a string: nothing for the collector to scan
        except Exception as exc:  # the schema passed: a value the form check names (a date)
            try:
                check_form(rev["document"])
            except ValidationError as problem:
                raise PackageError(f"{where} is not a valid draft: {problem}") from None
            raise PackageError(f"{where} cannot be read ({type(exc).__name__}).") from None
        if digest != rev["content_hash"]:
            raise PackageError(f"{where} does not match its content hash.")
        revisions.append(
            PackageRevision(
                number=rev["number"],
                uuid=rev["uuid"],
                parent_uuid=rev["parent_uuid"],
                created=rev["created"],
                origin=rev["origin"],
                restored_from=restored,
                content_hash=digest,
                nota=nota,
                document=document,
                author=person_from_json(rev.get("author")),
                note=rev.get("note", ""),
            )
        )
        parent = rev["uuid"]
    problem = check_review_parts(data, name)
    if problem is not None:
        raise PackageError(problem if problem.endswith(".") else problem + ".")
    return PackageDraft(
        id=draft_id,
        created=data["created"],
        updated=data["updated"],
        conflict_of=data["conflict_of"],
        revisions=tuple(revisions),
        review={k: data[k] for k in ("comments", "comment_states", "route") if k in data},
        audit=tuple(data.get("audit", ())),
    )


def _check_levels(drafts: tuple[PackageDraft, ...], manifest: dict[str, Any]) -> MarkingLevel:
    declared = manifest["highest_classification"]["level"]
    if not is_known_level(declared):
        raise PackageError(
            f"The package is classified {declared!r}, a level not known on this workstation."
        )
    levels = {rev.nota.classification.level for d in drafts for rev in d.revisions}
    highest = highest_level(sorted(levels))
    if highest.rank > highest_level([declared]).rank:
        raise PackageError(
            f"The package holds a draft classified {highest.marking or highest.label}, "
            f"higher than the {declared!r} its manifest declares."
        )
    return highest_level([declared])
