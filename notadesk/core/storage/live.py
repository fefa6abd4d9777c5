"""Hearing colleagues' saves on the team database (PostgreSQL LISTEN/NOTIFY).

Every insert or update of a draft's row notifies channel ``notadesk_drafts`` with the draft's
id (a trigger, migration 0005, delivered when the saving transaction commits). A
:class:`DraftListener` holds its own connection listening on that channel; the window watches
its :meth:`~DraftListener.fileno` (a ``QSocketNotifier``) and calls
:meth:`~DraftListener.changed`, which never blocks, so the GUI thread never waits on the
server. What changed is then read through the store, under the reader's own clearance: the
notification itself carries nothing but the id.
"""

from __future__ import annotations

import contextlib
from typing import Any

from sqlalchemy import Engine

from notadesk.errors import StorageError

CHANNEL = "notadesk_drafts"


class DraftListener:
    """A connection of its own that hears which drafts were saved (by anyone, this window
    included)."""

    def __init__(self, engine: Engine) -> None:
        try:
            raw = engine.raw_connection()
            conn: Any = raw.driver_connection
            raw.detach()  # never handed back to the pool in autocommit mode
            conn.rollback()
            conn.autocommit = True
            conn.execute(f"LISTEN {CHANNEL}")
        except Exception as exc:  # psycopg's errors: the server is gone or refuses
            raise StorageError(f"The team database cannot be watched for changes: {exc}.") from exc
        self._raw = raw
        self._conn = conn

    def fileno(self) -> int:
        """Return the connection's socket, readable when a notification arrived."""
        return int(self._conn.fileno())

    def changed(self, timeout: float = 0.0) -> list[str]:
        """Return the ids of drafts saved since the last call (each once, in order heard).

        Waits at most ``timeout`` seconds for the first one (0: never waits).

        Raises:
            StorageError: the connection to the server was lost.
        """
        heard: list[str] = []
        try:
            if timeout > 0:
                heard += [n.payload for n in self._conn.notifies(timeout=timeout, stop_after=1)]
            heard += [n.payload for n in self._conn.notifies(timeout=0)]
        except Exception as exc:
            raise StorageError(f"The connection to the team database was lost: {exc}.") from exc
        return list(dict.fromkeys(heard))

    def close(self) -> None:
        """Stop listening and close the connection."""
        with contextlib.suppress(Exception):  # already broken: nothing left to release
            self._conn.close()
