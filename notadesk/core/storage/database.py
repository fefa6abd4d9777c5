"""Open the SQLite database: permissions, pragmas, and migrations with a copy made first."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event

from notadesk.core.storage.queries import SCHEMA_HEAD
from notadesk.errors import StorageError
from notadesk.paths import backup_dir, database_path, ensure_data_dir

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
BUSY_TIMEOUT_MS = 10_000


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


def open_database(data_dir: Path | None = None) -> tuple[Engine, Path]:
    """Open (creating and migrating as needed) the database in a data directory.

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


def _is_known_revision(version: str) -> bool:
    names = {p.name.split("_", 1)[0] for p in (MIGRATIONS_DIR / "versions").glob("*.py")}
    return version in names
