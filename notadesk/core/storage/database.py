"""Open the database: SQLite in the data folder (permissions, pragmas, migrations with a copy
made first), or a PostgreSQL server by its URL (the team database; see ``selection``).

On a server notadesk never migrates by itself: the schema belongs to its owner role, who
backs it up with pg_dump and runs ``notadesk admin upgrade``; an application role gets its
rights from ``notadesk admin grant ROLE`` (``resources/postgresql/grants.sql``).
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event

from notadesk.core.storage.queries import SCHEMA_HEAD
from notadesk.core.storage.selection import server_conninfo, server_parts
from notadesk.errors import StorageError
from notadesk.paths import backup_dir, database_path, ensure_data_dir
from notadesk.resources import resource_path

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
BUSY_TIMEOUT_MS = 10_000
CONNECT_TIMEOUT_S = 10
"""How long a connection to a team database may take before it is called unreachable."""


def _on_connect(dbapi_connection: Any, _record: Any) -> None:
    # Let SQLAlchemy's "begin" event decide how transactions start (see _on_begin).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.close()


def _on_begin(conn: Any) -> None:
    # Writers take the write lock up front, so two processes queue instead of failing.
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.info.pop("write", False) else "BEGIN")


def _create_private_file(path: Path) -> None:
    if not path.exists():
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(fd)
    elif os.name == "posix" and (path.stat().st_mode & 0o777) != 0o600:
        path.chmod(0o600)


def make_engine(db_path: Path) -> Engine:
    """Return an engine on a database file with notadesk's pragmas."""
    engine = create_engine(f"sqlite:///{db_path}", future=True)
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def current_revision(db_path: Path) -> str | None:
    """Return the schema revision of a database file, or None for an empty one."""
    con = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        row = con.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        if row is None:
            return None
        version = con.execute("SELECT version_num FROM alembic_version").fetchone()
        return version[0] if version else None
    finally:
        con.close()


def backup_database(db_path: Path, label: str) -> Path:
    """Copy a live database (consistently, with SQLite's backup API) before it is changed."""
    folder = backup_dir(db_path.parent)
    folder.mkdir(mode=0o700, exist_ok=True)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = folder / f"{db_path.stem}-{stamp}-{label}.db"
    _create_private_file(target)
    src = sqlite3.connect(db_path)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    return target


def upgrade(engine: Engine) -> None:
    """Bring the schema to the newest revision with Alembic."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.connect() as connection:
        connection.info["write"] = True
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
        connection.commit()


def open_database(
    data_dir: Path | None = None, server: str | None = None
) -> tuple[Engine, Path | None]:
    """Open the database: the server at ``server`` (a URL), else SQLite in the data folder.

    Returns the engine and the SQLite file's path (None for a server).
    """
    if server is not None:
        return open_server(server), None
    return open_file_database(data_dir)


def open_file_database(data_dir: Path | None = None) -> tuple[Engine, Path]:
    """Open (creating and migrating as needed) the SQLite database in a data directory.

    Raises:
        StorageError: the folder or file cannot be used, or the schema is newer than this
            program; DatabaseDamaged when a quick check finds the file damaged.
    """
    folder = ensure_data_dir(data_dir)
    db_path = database_path(folder)
    if db_path.exists():
        from notadesk.core.storage.health import refuse_if_damaged

        refuse_if_damaged(db_path)  # say so plainly, before anything reads or writes it
    try:
        _create_private_file(db_path)
        version = current_revision(db_path)
    except (OSError, sqlite3.DatabaseError) as exc:
        raise StorageError(f"The database {db_path} cannot be opened: {exc}.") from exc
    engine = make_engine(db_path)
    if version == SCHEMA_HEAD:
        return engine, db_path
    if version is not None and not _is_known_revision(version):
        engine.dispose()
        raise StorageError(
            f"The database {db_path} was made by a newer notadesk (schema {version}); "
            "update notadesk to open it."
        )
    try:
        if version is not None:
            backup_database(db_path, f"before-{SCHEMA_HEAD}-from-{version}")
        upgrade(engine)
    except Exception as exc:
        engine.dispose()
        raise StorageError(f"The database {db_path} could not be upgraded: {exc}.") from exc
    return engine, db_path


def make_server_engine(url: str) -> Engine:
    """Return an engine on a PostgreSQL server (psycopg 3); libpq reads the URL itself.

    Whatever libpq understands works: a service file, ``.pgpass``, client certificates,
    Kerberos/GSSAPI, ``sslmode``. A URL holding a password is refused (``selection``).
    """
    import psycopg

    conninfo = server_conninfo(url)
    # A server that does not answer is said so after this long, unless the URL sets its own
    # wait (libpq's default is to wait as long as the network does: minutes).
    wait = {} if "connect_timeout" in server_parts(url) else {"connect_timeout": CONNECT_TIMEOUT_S}

    def connect() -> Any:
        con = psycopg.connect(conninfo, **wait)
        # Like SQLite's busy timeout: a writer waits this long for a lock held elsewhere,
        # then gets a sentence instead of hanging.
        con.execute("SELECT set_config('lock_timeout', %s, false)", (f"{BUSY_TIMEOUT_MS}ms",))
        con.commit()
        return con

    return create_engine("postgresql+psycopg://", creator=connect, pool_pre_ping=True)


def server_revision(engine: Engine) -> str | None:
    """Return the schema revision of a server database, or None for an empty one."""
    with engine.connect() as conn:
        if conn.exec_driver_sql("SELECT to_regclass('alembic_version')").scalar() is None:
            return None
        return conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()


def _server_revision(engine: Engine, url: str) -> str | None:
    from sqlalchemy.exc import DBAPIError

    try:
        return server_revision(engine)
    except DBAPIError as exc:
        engine.dispose()
        raise unusable_server(url, exc) from None


# What libpq and the server say when a connection cannot be used, and what a person does.
_UNREACHABLE = (
    "connection refused",
    "could not connect",
    "could not translate host name",
    "no such file or directory",
    "timeout expired",
    "network is unreachable",
    "no route to host",
    "name or service not known",
    "server closed the connection",
    "the database system is starting up",
    "the database system is shutting down",
    "failed to resolve host",
    "invalid response to ssl negotiation",  # something that is not PostgreSQL answered
)
_LOGIN_REFUSED = (
    "authentication failed",
    "no password supplied",
    "pg_hba.conf",
    "certificate",
    "gssapi",
    "kerberos",
    "does not support ssl",
    "ssl error",
)


def unusable_server(url: str, exc: BaseException) -> StorageError:
    """Return the sentence for a team database that cannot be used: unreachable, no such role
    or database, the login refused, no rights; else what the server said."""
    import re

    where = describe_server(url)
    said = str(getattr(exc, "orig", None) or exc)
    low = said.lower()
    role = re.search(r'role "([^"]+)" does not exist', said)
    if role:
        return StorageError(
            f"The server of the team database {where} has no database role "
            f"{role.group(1)!r}; an administrator creates it and gives it its rights."
        )
    missing = re.search(r'database "([^"]+)" does not exist', said)
    if missing:
        return StorageError(
            f"The server has no database {missing.group(1)!r}; check the database's name."
        )
    if "permission denied" in low:
        return StorageError(
            f"Your database role has no rights in the team database {where}; an "
            "administrator gives them (notadesk admin grant ROLE)."
        )
    if any(word in low for word in _LOGIN_REFUSED):
        return StorageError(
            f"The server of the team database {where} refused the login; check your "
            "password file, certificate or Kerberos ticket, or ask the administrator."
        )
    if any(word in low for word in _UNREACHABLE):
        return StorageError(
            f"The team database {where} cannot be reached; check its address and that "
            "the server is running."
        )
    return StorageError(f"The team database {where} cannot be used: {server_reason(exc)}.")


@dataclass(frozen=True)
class ServerCheck:
    """What a connection to a team database found (it works, at this notadesk's schema)."""

    role: str
    """The database role the server authenticated (the author of every change)."""
    database: str
    cleared: bool
    """Whether the role is cleared above unclassified (without: unclassified drafts only)."""


def check_server(url: str) -> ServerCheck:
    """Connect to a team database as a window would and say what was found.

    Raises:
        StorageError: it cannot be used: not a URL, a password in it, unreachable, no such
            role, the login refused, no rights, the schema older or newer than this program.
    """
    from sqlalchemy.exc import DBAPIError

    engine = open_server(url)
    try:
        with engine.connect() as conn:
            role, name, rank = conn.exec_driver_sql(
                "SELECT current_user, current_database(), notadesk_clearance(current_user)"
            ).one()
            conn.exec_driver_sql("SELECT 1 FROM drafts LIMIT 1").all()
    except DBAPIError as exc:
        raise unusable_server(url, exc) from None
    finally:
        engine.dispose()
    return ServerCheck(str(role), str(name), int(rank or 0) > 0)


def open_server(url: str) -> Engine:
    """Return an engine on a team database at the current schema.

    Raises:
        StorageError: the server cannot be reached or refuses the role, the schema is newer
            than this program, or it is not there yet or older (an administrator upgrades it).
    """
    engine = make_server_engine(url)
    version = _server_revision(engine, url)
    if version == SCHEMA_HEAD:
        return engine
    engine.dispose()
    where = describe_server(url)
    if version is not None and not _is_known_revision(version):
        raise StorageError(
            f"The team database {where} was made by a newer notadesk (schema {version}); "
            "update notadesk to open it."
        )
    have = f"is at schema {version}" if version else "holds no notadesk schema yet"
    raise StorageError(
        f"The team database {where} {have} and this notadesk needs {SCHEMA_HEAD}: an "
        "administrator backs it up with pg_dump and then runs 'notadesk admin upgrade' as "
        "the owner of the database."
    )


def upgrade_server(url: str) -> tuple[str | None, str]:
    """Bring a team database to the current schema (as its owner); return (from, to).

    The caller has made a backup (pg_dump): a server database is not copied here.

    Raises:
        StorageError: the server cannot be reached, the schema is newer than this program,
            or the migration failed (nothing was changed: PostgreSQL's DDL is transactional).
    """
    engine = make_server_engine(url)
    try:
        version = _server_revision(engine, url)
        if version is not None and not _is_known_revision(version):
            raise StorageError(
                f"The team database {describe_server(url)} was made by a newer notadesk "
                f"(schema {version}); update notadesk to upgrade it."
            )
        if version != SCHEMA_HEAD:
            try:
                upgrade(engine)
            except Exception as exc:
                raise StorageError(
                    f"The team database {describe_server(url)} could not be upgraded: "
                    f"{server_reason(exc)}; nothing was changed."
                ) from None
        return version, SCHEMA_HEAD
    finally:
        engine.dispose()


GRANTS_SQL = ("postgresql", "grants.sql")
"""What an application role may do in the schema (the resource the tests apply too)."""


def grant_role(engine: Engine, role: str) -> None:
    """Give a database role the application's rights: reading and writing drafts, and only
    SELECT and INSERT on the append-only tables (no UPDATE, DELETE or TRUNCATE).

    Raises:
        StorageError: the role does not exist, or this connection may not grant.
    """
    from sqlalchemy.exc import DBAPIError

    quoted = engine.dialect.identifier_preparer.quote(role)
    script = resource_path(*GRANTS_SQL).read_text(encoding="utf-8")
    statements = [s.strip() for s in _strip_comments(script).split(";") if s.strip()]
    try:
        with engine.begin() as conn:
            for statement in statements:
                conn.exec_driver_sql(statement.replace("{role}", quoted))
    except DBAPIError as exc:
        raise StorageError(
            f"The role {role!r} could not be given its rights: {server_reason(exc)}."
        ) from None


def grant_server_role(url: str, role: str) -> None:
    """Give a role the application's rights in the team database at ``url`` (connected as
    its owner); see :func:`grant_role`.

    Raises:
        StorageError: the database cannot be used (see :func:`open_server`), the role does
            not exist, or the connected role may not grant.
    """
    engine = open_server(url)
    try:
        grant_role(engine, role)
    finally:
        engine.dispose()


def _strip_comments(script: str) -> str:
    return "\n".join(line for line in script.splitlines() if not line.lstrip().startswith("--"))


def describe_server(url: str) -> str:
    """Return how a team database is named to a person: its name and host, never a secret."""
    parts = server_parts(url)
    host = parts.get("host") or parts.get("service") or "the local server"
    name = parts.get("dbname") or parts.get("service") or parts.get("user") or "?"
    return f"{name!r} on {host}"


def server_reason(exc: BaseException) -> str:
    """Return what a server (or its driver) said, in one line, without a trailing stop."""
    orig = getattr(exc, "orig", None) or exc
    lines = [line.strip() for line in str(orig).strip().splitlines() if line.strip()]
    text = "; ".join(lines[:2]) or type(orig).__name__
    return text[:300].rstrip(".")


def _is_known_revision(version: str) -> bool:
    names = {p.name.split("_", 1)[0] for p in (MIGRATIONS_DIR / "versions").glob("*.py")}
    return version in names
