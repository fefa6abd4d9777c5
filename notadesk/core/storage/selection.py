"""Which database is used: a team database on a PostgreSQL server, or SQLite in the data folder.

The choice, strongest first:

1. the administrator's policy (``"database"``): a workstation the administrator pointed at
   the team database stays on it whatever a user types;
2. ``notadesk --database URL``;
3. the environment variable ``NOTADESK_DATABASE``;
4. none of these: SQLite in the data folder, as always.

A URL is libpq's own (``postgresql://role@host/db?sslmode=verify-full``, or
``postgresql:///db?service=team``): libpq does the authentication (service file, ``.pgpass``,
client certificates, Kerberos/GSSAPI) and TLS. notadesk stores no password, so a URL holding
one is refused, and a URL is never printed whole. This module imports nothing heavy: the
cold ``notadesk list`` asks it whether its SQLite fast path applies.
"""

from __future__ import annotations

import json
import os

from notadesk.errors import StorageError

ENV_DATABASE = "NOTADESK_DATABASE"
SCHEMES = ("postgresql://", "postgres://")


def chosen_server(given: str | None = None) -> str | None:
    """Return the URL of the team database in force, or None for SQLite in the data folder.

    ``given`` is what the person chose (``--database``), else the environment's.

    Raises:
        PolicyError: the administrator's policy file exists but cannot be used.
    """
    ruled = _policy_database()
    if ruled:
        return ruled
    chosen = given if given else os.environ.get(ENV_DATABASE, "")
    return chosen.strip() or None


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
    try:
        value = json.loads(path.read_bytes())
    except (OSError, ValueError, RecursionError):
        value = None
    if isinstance(value, dict) and "database" not in value:
        return None
    from notadesk.core.policy.administrator import load_policy

    return load_policy().database


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
