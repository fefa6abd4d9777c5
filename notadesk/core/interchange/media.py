"""Where removable media are mounted, so the window's file dialog can start there."""

from __future__ import annotations

import getpass
import os
import string
import sys
from pathlib import Path

_DRIVE_REMOVABLE = 2


def removable_media_dirs(*, user: str | None = None, roots: list[Path] | None = None) -> list[Path]:
    """Return the mounted removable media, sorted (an empty list when there are none).

    Linux: the folders under ``/media/$USER`` and ``/run/media/$USER``; macOS: ``/Volumes``
    except the start-up disk; Windows: the drive letters Windows calls removable.
    """
    if sys.platform == "win32" and roots is None:
        return _windows_drives()
    try:
        user = user or getpass.getuser()
    except (KeyError, OSError):  # no user name in a bare container
        user = os.environ.get("USER", "")
    if roots is None:
        if sys.platform == "darwin":
            roots = [Path("/Volumes")]
        else:
            roots = [Path("/media") / user, Path("/run/media") / user] if user else []
    found: list[Path] = []
    for root in roots:
        try:
            children = sorted(root.iterdir())
        except OSError:
            continue
        for child in children:
            try:
                if child.is_dir() and not (
                    sys.platform == "darwin" and child.resolve() == Path("/")
                ):
                    found.append(child)
            except OSError:
                continue
    return found


def _windows_drives() -> list[Path]:  # pragma: no cover - runs on Windows only
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    mask = kernel32.GetLogicalDrives()
    drives = []
    for i, letter in enumerate(string.ascii_uppercase):
        if mask & (1 << i):
            root = f"{letter}:\\"
            if kernel32.GetDriveTypeW(ctypes.c_wchar_p(root)) == _DRIVE_REMOVABLE:
                drives.append(Path(root))
    return drives
