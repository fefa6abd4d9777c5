"""Where notadesk keeps its data: the only module that asks appdirs.

``--data-dir`` on the command line and ``NOTADESK_DATA_DIR`` in the environment override the
platform's user data directory, so tests and portable installs keep everything in one folder.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from notadesk.errors import StorageError

APP_NAME = "notadesk"
ENV_DATA_DIR = "NOTADESK_DATA_DIR"
ENV_POLICY = "NOTADESK_POLICY"
"""For tests and administrators only: read the administrator's policy from this file."""
POLICY_NAME = "policy.json"
DATABASE_NAME = "notadesk.db"
BACKUP_DIR_NAME = "backups"


def default_data_dir() -> Path:
    """Return the data directory: the environment override or the platform's user data dir."""
    override = os.environ.get(ENV_DATA_DIR)
    if override:
        return Path(override).expanduser()
    import appdirs  # imported here: only this module uses it, and only when needed

    return Path(appdirs.user_data_dir(APP_NAME, appauthor=False))


def ensure_data_dir(data_dir: Path | None = None) -> Path:
    """Create the data directory (mode 0700) if needed and return it."""
    path = (data_dir or default_data_dir()).expanduser()
    try:
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
        if os.name == "posix" and (path.stat().st_mode & 0o777) != 0o700:
            path.chmod(0o700)
    except OSError as exc:
        raise StorageError(f"The data folder {path} cannot be created: {exc.strerror}.") from exc
    if not os.access(path, os.W_OK | os.X_OK):
        raise StorageError(f"The data folder {path} is not writable.")
    return path


def database_path(data_dir: Path) -> Path:
    """Return the path of the database inside a data directory."""
    return data_dir / DATABASE_NAME


def workstation_dictionary_path(data_dir: Path) -> Path:
    """Return the file of words a person added to the spelling dictionary on this workstation."""
    return data_dir / "dictionary.txt"


def backup_dir(data_dir: Path) -> Path:
    """Return the folder for database copies made before migrations."""
    return data_dir / BACKUP_DIR_NAME


def policy_path() -> Path:
    """Return the administrator's policy file: in the system-wide configuration folder.

    ``/etc/notadesk/policy.json`` on Linux, ``%ProgramData%\\notadesk\\policy.json`` on Windows,
    ``/Library/Application Support/notadesk/policy.json`` on macOS. ``NOTADESK_POLICY``
    overrides it, for tests and for administrators trying a policy out; a user cannot write
    any of these places.
    """
    override = os.environ.get(ENV_POLICY)
    if override:
        return Path(override).expanduser()
    if os.name == "nt":
        base = Path(os.environ.get("PROGRAMDATA") or r"C:\ProgramData")
    elif sys.platform == "darwin":
        base = Path("/Library/Application Support")
    else:
        base = Path("/etc")
    return base / APP_NAME / POLICY_NAME
