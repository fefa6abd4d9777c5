"""A real PostgreSQL server for the tests, started in a temporary folder (never a mock).

The server comes from Debian's ``postgresql`` package (``initdb``/``pg_ctl``). PostgreSQL
refuses to run as root, and CI and the developers' machines run as root: then the server
runs as the unprivileged ``postgres`` account the package creates (``runuser``), in a folder
given to that account. It listens on a Unix socket in that folder only
(``listen_addresses = ''``): no TCP port is ever opened. fsync is off (a test server).

One database, ``notadesk_template``, is migrated once by the schema's owner role and its
grants given to the application role; every test gets its own copy of it
(``CREATE DATABASE … TEMPLATE``), connected to as the application role, so the grants and
triggers the server enforces are those under test. Copying takes about a second, so a copy a
test is done with is emptied (as the superuser, with triggers off: ``TRUNCATE``) and handed
to the next test instead: each test still starts from an empty, freshly migrated schema.
"""

from __future__ import annotations

import itertools
import os
import pwd
import shutil
import sqlite3
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import psycopg

SUPERUSER = "postgres"
OWNER = "notadesk_owner"
"""Owns the schema: runs the migrations (as an administrator would)."""
APP = "notadesk_app"
"""The application role every test store connects as: no UPDATE/DELETE on the logs."""
TEMPLATE = "notadesk_template"
TOP_CLEARANCE = "nl.stg-zeer-geheim"
"""The application role's clearance: the highest level of every scheme (rank 4)."""
_CONFIG = """
listen_addresses = ''
unix_socket_directories = '{socket_dir}'
unix_socket_permissions = 0700
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 200
shared_buffers = 32MB
"""


REFUSED = (sqlite3.IntegrityError, psycopg.errors.InsufficientPrivilege, psycopg.IntegrityError)
"""What a refused write to an append-only table raises, on either engine."""
REFUSAL = "append-only|permission denied"


@contextmanager
def raw_connection(store: Any) -> Iterator[Any]:
    """Yield a DB-API connection of its own to a store's database, as the store's role (for
    PostgreSQL in autocommit): what anyone with the same credentials could do around
    notadesk."""
    if store.server is None:
        con: Any = sqlite3.connect(store.path, isolation_level=None)
    else:
        con = psycopg.connect(store.server, autocommit=True)
    try:
        yield con
    finally:
        con.close()


def tamper(store: Any, *statements: str) -> None:
    """Change a store's database the way damage or an intruder with the file would: around the
    append-only rules (SQLite: its triggers dropped; PostgreSQL: as the superuser with the
    triggers off)."""
    if store.server is None:
        con = sqlite3.connect(store.path)
        try:
            triggers = [
                r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='trigger'")
            ]
            for name in triggers:
                con.execute(f'DROP TRIGGER "{name}"')
            for statement in statements:
                con.execute(statement)
            con.commit()
        finally:
            con.close()
        return
    with psycopg.connect(store.server, user=SUPERUSER, autocommit=True) as con:
        con.execute("SET session_replication_role = replica")
        for statement in statements:
            con.execute(statement)  # type: ignore[arg-type]


@contextmanager
def holding_the_write_lock(store: Any) -> Iterator[None]:
    """Hold, from another connection, what keeps a store from writing its logs: SQLite's
    write lock, or on PostgreSQL an EXCLUSIVE lock on the audit log (reads go on)."""
    if store.server is None:
        con: Any = sqlite3.connect(store.path)
        con.execute("BEGIN IMMEDIATE")
    else:
        con = psycopg.connect(store.server, user=SUPERUSER)
        con.execute("LOCK TABLE audit_log, copy_register IN EXCLUSIVE MODE")
    try:
        yield
    finally:
        con.rollback()
        con.close()


def server_bin() -> Path | None:
    """Return the folder of Debian's PostgreSQL programs (the newest version), or None."""
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"), key=lambda p: p.parts[-3])
    return found[-1].parent if found else None


class PostgresServer:
    """One PostgreSQL server in a temporary folder, on a Unix socket only."""

    def __init__(self, bin_dir: Path) -> None:
        self.bin_dir = bin_dir
        self.root = Path(tempfile.mkdtemp(prefix="notadesk-pg-"))
        self.data = self.root / "data"
        self.log = self.root / "server.log"
        self._as_user: list[str] = []
        if os.geteuid() == 0:
            account = pwd.getpwnam("postgres")
            os.chown(self.root, account.pw_uid, account.pw_gid)
            self._as_user = ["runuser", "-u", "postgres", "--"]
        self.root.chmod(0o700)
        self._names = itertools.count(1)
        self._free: list[str] = []

    @property
    def socket_dir(self) -> str:
        """The folder holding the server's Unix socket (the libpq ``host``)."""
        return str(self.root)

    def _run(self, *args: str) -> None:
        done = subprocess.run(
            [*self._as_user, *args], capture_output=True, text=True, timeout=120, check=False
        )
        if done.returncode != 0:
            log = self.log.read_text(errors="replace") if self.log.exists() else ""
            raise RuntimeError(f"{args[0]} failed: {done.stderr or done.stdout}\n{log[-2000:]}")

    def start(self) -> None:
        """Create the cluster and start the server; make the roles and the template."""
        self._run(
            str(self.bin_dir / "initdb"),
            "-D",
            str(self.data),
            "-U",
            SUPERUSER,
            "--auth=trust",
            "--encoding=UTF8",
            "--locale=C",
            "--no-sync",
        )
        with (self.data / "postgresql.conf").open("a", encoding="utf-8") as fh:
            fh.write(_CONFIG.format(socket_dir=self.socket_dir))
        self._run(
            str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-l", str(self.log), "-w", "start"
        )
        self.sql(f"CREATE ROLE {OWNER} LOGIN", f"CREATE ROLE {APP} LOGIN")
        self.sql(f"CREATE DATABASE {TEMPLATE} OWNER {OWNER}")
        self._migrate_template()

    def _migrate_template(self) -> None:
        from notadesk.core.storage.clearance import set_clearance
        from notadesk.core.storage.database import grant_role, make_server_engine, upgrade

        engine = make_server_engine(self.url(TEMPLATE, OWNER))
        try:
            upgrade(engine)
            grant_role(engine, APP)
            # The application role the tests work as is cleared for every level (need to
            # know is tested with roles of their own clearance: tests/core/storage/test_team.py).
            set_clearance(engine, APP, TOP_CLEARANCE)
        finally:
            engine.dispose()

    def stop(self) -> None:
        """Stop the server (fast shutdown) and remove its folder."""
        try:
            if (self.data / "postmaster.pid").exists():
                self._run(str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-m", "fast", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    def url(self, database: str, user: str = APP) -> str:
        """Return the libpq URL of a database here, as ``user``, over the Unix socket."""
        return f"postgresql://{user}@/{database}?host={self.socket_dir}"

    def connect(self, database: str = "postgres", user: str = SUPERUSER, **kw: Any) -> Any:
        """Return a psycopg connection (autocommit) to a database, as ``user``."""
        return psycopg.connect(self.url(database, user), autocommit=True, **kw)

    def sql(self, *statements: str, database: str = "postgres", user: str = SUPERUSER) -> None:
        """Run statements, each on its own, as the superuser (CREATE DATABASE needs that)."""
        with self.connect(database, user) as con:
            for statement in statements:
                con.execute(statement)  # type: ignore[arg-type]

    def new_database(self) -> str:
        """Return the name of a fresh database copied from the migrated template."""
        name = f"notadesk_test_{os.getpid()}_{next(self._names)}"
        self.sql(f"CREATE DATABASE {name} TEMPLATE {TEMPLATE} OWNER {OWNER}")
        return name

    def acquire(self) -> str:
        """Return an empty migrated database for one test (hand it back with ``release``)."""
        return self._free.pop() if self._free else self.new_database()

    def release(self, name: str) -> None:
        """Empty a test's database and keep it for the next test (dropped when that fails)."""
        try:
            with self.connect(name) as con:
                con.execute(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = current_database() AND pid <> pg_backend_pid()"
                )
                tables = [
                    r[0]
                    for r in con.execute(
                        "SELECT quote_ident(tablename) FROM pg_tables WHERE schemaname = "
                        "'public' AND tablename NOT IN ('alembic_version', "
                        "'clearance_levels', 'role_clearances')"  # kept as migrated
                    )
                ]
                con.execute("SET session_replication_role = replica")  # the triggers off
                con.execute(f"TRUNCATE {', '.join(tables)} RESTART IDENTITY")  # type: ignore[arg-type]
        except psycopg.Error:
            self.drop_database(name)
            return
        self._free.append(name)

    def drop_database(self, name: str) -> None:
        """Drop a test database (its connections are ended first)."""
        self.sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    def login_role(self, name: str, *, database: str) -> str:
        """Make a login role (once per server) with the application's rights in a database,
        given by the owner as an administrator would; return its URL for that database."""
        from notadesk.core.storage.database import grant_role, make_server_engine

        with self.connect() as con:
            if con.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)).fetchone() is None:
                con.execute(f"CREATE ROLE {name} LOGIN")  # type: ignore[arg-type]
        engine = make_server_engine(self.url(database, OWNER))
        try:
            grant_role(engine, name)
        finally:
            engine.dispose()
        return self.url(database, name)
