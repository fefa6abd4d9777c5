"""What every command gets: the data folder, a lazily opened store, and error handling."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from notadesk.errors import NotadeskError

if TYPE_CHECKING:
    from notadesk.core.storage.selection import DatabaseChoice
    from notadesk.core.storage.store import DraftStore

Handler = Callable[["Context", argparse.Namespace], int | None]


@dataclass
class Context:
    """The state one CLI invocation shares between its parts."""

    data_dir: Path | None = None
    database: str | None = None
    """``--database URL``: a team database (the policy may choose one instead)."""
    _store: DraftStore | None = field(default=None, repr=False)

    @property
    def store(self) -> DraftStore:
        """Return the store, opening (and if needed migrating) the database on first use."""
        if self._store is None:
            from notadesk.core.storage.store import DraftStore

            self._store = DraftStore.open(self.data_dir, server=self.server())
        return self._store

    def server(self) -> str | None:
        """Return the team database's URL in force, or None for SQLite in the data folder
        (``core/storage/selection.py``: the policy, then ``--database``, then the environment,
        then the person's setting)."""
        return self.database_choice().server

    def database_choice(self) -> DatabaseChoice:
        """Return the database in force and who decided it (``core/storage/selection.py``)."""
        from notadesk.core.storage.selection import database_choice

        return database_choice(self.database, self.data_dir)

    def sqlite_file(self) -> Path | None:
        """Return the SQLite database file when it is the database in force (None: a team
        database, which the SQLite fast paths must never stand in for)."""
        from notadesk.paths import database_path, default_data_dir

        if self.server() is not None:
            return None
        return database_path((self.data_dir or default_data_dir()).expanduser())

    def resolve(self, token: str) -> str:
        """Return the draft id for an id, a unique id prefix, or an Onze Referentie."""
        return self.store.resolve(token)

    def run(self, handler: Handler, args: argparse.Namespace) -> int:
        """Run a command; turn every failure into one sentence and an exit status."""
        try:
            return handler(self, args) or 0
        except NotadeskError as exc:
            return fail(str(exc))
        except KeyboardInterrupt:
            return fail("Interrupted; nothing was left half-written.", status=130)
        except BrokenPipeError:
            return 0
        except OSError as exc:
            name = f" {exc.filename}" if exc.filename else ""
            return fail(f"The file{name} cannot be used: {exc.strerror or exc}.")
        except Exception:
            where = self._write_crash_log()
            return fail(f"An unexpected error stopped the command; details are in {where}.")
        finally:
            if self._store is not None:
                self._store.close()
                self._store = None

    def _write_crash_log(self) -> str:
        try:
            from notadesk.paths import default_data_dir

            folder = (self.data_dir or default_data_dir()) / "logs"
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S")
            path = folder / f"crash-{stamp}.txt"
            # Owner-only whatever the umask: a traceback can quote a classified draft.
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                if hasattr(os, "fchmod"):
                    os.fchmod(fh.fileno(), 0o600)
                fh.write(traceback.format_exc())
            return str(path)
        except OSError:
            return "(no log could be written)"


def fail(message: str, *, status: int = 1) -> int:
    """Print one sentence on stderr and return the exit status."""
    message = message.strip()
    print(f"notadesk: {message}", file=sys.stderr)
    return status


def print_json(value: Any) -> None:
    """Print JSON to stdout, UTF-8, indented."""
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2) + "\n")
