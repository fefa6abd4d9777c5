"""Which database is used: a team database on a PostgreSQL server, or SQLite in the data folder.

The choice, strongest first (:func:`database_choice`, the one place the rule lives):

1. the administrator's policy (``"database"``): a workstation the administrator pointed at
   the team database stays on it whatever a user types;
2. ``notadesk --database URL``;
3. the environment variable ``NOTADESK_DATABASE``;
4. the person's own setting, chosen in the window (Edit › Database…) and kept in the data
   folder's ``database.json`` (it cannot live in a database: it says which one);
5. none of these: SQLite in the data folder, as always.

A URL is libpq's own (``postgresql://role@host/db?sslmode=verify-full``, or
``postgresql:///db?service=team``): libpq does the authentication (service file, ``.pgpass``,
client certificates, Kerberos/GSSAPI) and TLS. notadesk stores no password, so a URL holding
one is refused, and a URL is never printed whole. This module imports nothing heavy: the
cold ``notadesk list`` asks it whether its SQLite fast path applies.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from notadesk.errors import StorageError

ENV_DATABASE = "NOTADESK_DATABASE"
SCHEMES = ("postgresql://", "postgres://")
SETTING_FILE = "database.json"
MAX_URL = 2_000
"""The longest database URL taken (libpq's own limits are far beyond any real one)."""
"""The person's own choice of database, in the data folder (Edit › Database… writes it)."""

Source = Literal["policy", "option", "environment", "settings", "default"]


@dataclass(frozen=True)
class DatabaseChoice:
    """The database in force and who decided it."""

    server: str | None
    """The team database's URL; None for SQLite in the data folder."""
    source: Source
    """Who decided: the administrator's ``policy``, the ``--database`` option, the
    ``environment`` (NOTADESK_DATABASE), the person's ``settings``, or the ``default``."""

    @property
    def fixed(self) -> bool:
        """Whether the person cannot change it (the administrator's policy chose it)."""
        return self.source == "policy"


def database_choice(given: str | None = None, data_dir: Path | None = None) -> DatabaseChoice:
    """Return the database in force: the policy's, else ``given`` (``--database``), else the
    environment's, else the person's setting in ``data_dir`` (None: the default folder),
    else SQLite in the data folder.

    Raises:
        PolicyError: the administrator's policy file exists but cannot be used.
        StorageError: the person's setting cannot be read.
    """
    ruled = _policy_database()
    if ruled:
        return DatabaseChoice(ruled, "policy")
    if given and given.strip():
        return DatabaseChoice(given.strip(), "option")
    env = os.environ.get(ENV_DATABASE, "").strip()
    if env:
        return DatabaseChoice(env, "environment")
    stored = stored_database(data_dir)
    if stored:
        return DatabaseChoice(stored, "settings")
    return DatabaseChoice(None, "default")


def chosen_server(given: str | None = None, data_dir: Path | None = None) -> str | None:
    """Return the URL of the team database in force, or None for SQLite in the data folder
    (see :func:`database_choice`)."""
    return database_choice(given, data_dir).server


def _setting_path(data_dir: Path | None) -> Path:
    from notadesk.paths import default_data_dir

    return (data_dir or default_data_dir()).expanduser() / SETTING_FILE


def stored_database(data_dir: Path | None = None) -> str | None:
    """Return the team database the person chose in the window, or None (none chosen).

    Raises:
        StorageError: the setting's file cannot be read.
    """
    path = _setting_path(data_dir)
    if not os.path.lexists(path):
        return None
    value = _json_or_none(path)
    url = value.get("database") if isinstance(value, dict) else None
    if not isinstance(url, str) or not url.startswith(SCHEMES):
        raise StorageError(
            f"The database setting {path} cannot be read; choose the database again "
            "(Edit › Database…) or remove the file."
        )
    return url


def store_database(url: str | None, data_dir: Path | None = None) -> None:
    """Keep the person's choice of team database (None: the database in the data folder).

    Raises:
        StorageError: it is not a PostgreSQL URL, it holds a password, or the setting cannot
            be written.
    """
    path = _setting_path(data_dir)
    try:
        if url is None:
            path.unlink(missing_ok=True)
            return
        data = json.dumps({"database": server_conninfo(url.strip())}).encode("utf-8")
        part = path.with_name(f".{path.name}.part")
        fd = os.open(part, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(part, path)
    except OSError as exc:
        raise StorageError(
            f"The database setting {path} cannot be written: {exc.strerror or exc}."
        ) from None


def _policy_database() -> str | None:
    """Return the policy's ``database`` (the cold ``list`` asks: it must stay quick).

    A policy file that sets no database is not validated here (the store validates the whole
    policy before anything that needs it, and no team database means SQLite's fast path).
    Any other file is read by ``load_policy``: a database it sets is checked there, and a
    broken file is refused with its sentence.
    """
    from notadesk.paths import policy_path

    path = policy_path()
    if not os.path.lexists(path):
        return None
    value = _json_or_none(path)
    if isinstance(value, dict) and "database" not in value:
        return None
    from notadesk.core.policy.administrator import load_policy

    return load_policy().database


def _json_or_none(path: Path) -> object:
    """Return a JSON file's value; None when it cannot be read or is not JSON."""
    try:
        return json.loads(path.read_bytes())
    except (OSError, ValueError, RecursionError):
        return None


def server_parts(url: str) -> dict[str, str]:
    """Return the parts libpq reads from a URL (psycopg's parser: libpq's own).

    Raises:
        StorageError: it is not a PostgreSQL URL libpq can read.
    """
    if not url.startswith(SCHEMES):
        raise StorageError(
            "The database must be given as a PostgreSQL URL starting with postgresql:// "
            "(without a URL notadesk uses its own database in the data folder)."
        )
    if len(url) > MAX_URL or not url.isprintable():
        raise StorageError(
            f"The database URL may hold at most {MAX_URL:,} characters and no control, "
            "direction or invisible characters; type it as the administrator gave it."
        )
    from psycopg.conninfo import conninfo_to_dict

    try:
        parts = conninfo_to_dict(url)
    except Exception:  # psycopg.ProgrammingError; its text would quote the URL
        raise StorageError(
            "The database URL cannot be read; see libpq's connection URIs for its form."
        ) from None
    return {k: str(v) for k, v in parts.items() if v is not None}


def server_conninfo(url: str) -> str:
    """Return a URL fit to hand to libpq: one without a password.

    Raises:
        StorageError: it is not a PostgreSQL URL, or it holds a password.
    """
    if "password" in server_parts(url):
        raise StorageError(
            "The database URL holds a password; notadesk stores none: put it in the "
            "password file (~/.pgpass) or a service file, or use a certificate or Kerberos."
        )
    return url
