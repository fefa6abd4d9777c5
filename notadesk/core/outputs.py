"""One way to write a file the person keeps (package, PDF, .docx): recorded before it is seen.

:func:`write_recorded` writes to a hidden temporary name beside the target (owner-only, mode
0600 whatever the umask), flushes it to the device, lets the caller check what was written,
then makes the record (audit log, copy register) in the database, and only then renames the
file to its final name. So:

- no file exists under the final name that the audit log or register does not know: when the
  record fails (a locked database, a full disk), the temporary file is removed;
- no half-written file ever has the final name (a full medium, a pulled stick, kill -9);
- a temporary file left by a killed process is removed by the next write to that folder
  (:func:`clean_stale_parts`; a file another process is still writing is locked, and kept).
"""

from __future__ import annotations

import contextlib
import os
import re
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO, TypeVar

T = TypeVar("T")

FILE_MODE = 0o600
PART_SUFFIX = ".part"
_PART = re.compile(r"\..+\.[0-9a-f]{8}\.part")
STALE_AFTER_S = 24 * 3600
"""Where files cannot be locked (Windows), a temporary file this old is taken to be stale."""

try:  # POSIX: a writer holds an advisory lock on its temporary file while it writes
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]


def temporary_name(final: Path) -> Path:
    """Return a fresh hidden temporary name beside ``final``."""
    return final.with_name(f".{final.name}.{uuid.uuid4().hex[:8]}{PART_SUFFIX}")


def write_recorded(
    final: Path,
    write: Callable[[BinaryIO], None],
    *,
    record: Callable[[], None] | None = None,
    check: Callable[[Path], T] | None = None,
) -> T | None:
    """Write ``final`` through a temporary file: write, fsync, check, record, rename.

    ``write`` gets the open temporary file; ``check`` (optional) gets its path once it is on
    the device and returns what the caller wants back (a digest, say); ``record`` (optional)
    makes the database record. When any step fails, the temporary file is removed and nothing
    has the final name; the exception goes to the caller.
    """
    clean_stale_parts(final.parent)
    temp = temporary_name(final)
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), FILE_MODE)
    try:
        with os.fdopen(fd, "wb") as fh:
            if fcntl is not None:
                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            if hasattr(os, "fchmod"):
                os.fchmod(fh.fileno(), FILE_MODE)  # whatever the umask or the folder's ACL
            write(fh)
            fh.flush()
            os.fsync(fh.fileno())
            if hasattr(os, "posix_fadvise"):  # drop cached pages: a check reads the device
                os.posix_fadvise(fh.fileno(), 0, 0, os.POSIX_FADV_DONTNEED)
            result = check(temp) if check is not None else None
            if record is not None:
                record()
            os.replace(temp, final)  # still locked: no cleaner can take it meanwhile
        sync_folder(final.parent)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)
        raise
    return result


def clean_stale_parts(folder: Path) -> list[Path]:
    """Remove temporary files of writes that were killed in this folder; return them.

    Only names this module makes (``.NAME.xxxxxxxx.part``) are touched, and only when no
    process holds their lock (or, without locks, when they are a day old).
    """
    removed: list[Path] = []
    try:
        candidates = [p for p in folder.iterdir() if _PART.fullmatch(p.name)]
    except OSError:
        return removed
    for path in candidates:
        if _abandoned(path):
            with contextlib.suppress(OSError):
                path.unlink()
                removed.append(path)
    return removed


def _abandoned(path: Path) -> bool:
    try:
        if fcntl is None:
            return time.time() - path.stat().st_mtime > STALE_AFTER_S
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False  # a writer still holds it
    finally:
        os.close(fd)
    return True


def sync_folder(folder: Path) -> None:
    """Flush a folder's entry list to the device (POSIX), so a rename survives a power cut."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)
