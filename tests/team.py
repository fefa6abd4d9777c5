"""A fresh team database for one test, with stores opened on it as any role."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from notadesk.core.storage.store import DraftStore

OpenAs = Callable[[str], DraftStore]


@contextmanager
def team_database(server: Any, folder: Path) -> Iterator[OpenAs]:
    """Yield ``open_as(role)``: a store on a fresh database of the test server as that role
    (``"owner"``: the schema's owner; ``"app"``: the application role; any other name: a login
    role of that name with the application's rights), each with its own local data folder.
    Everything is closed and the database dropped afterwards."""
    from tests.postgres import APP, OWNER

    name = server.new_database()
    opened: list[DraftStore] = []

    def open_as(role: str) -> DraftStore:
        user = {"owner": OWNER, "app": APP}.get(role, role)
        url = (
            server.url(name, user)
            if user in (OWNER, APP)
            else server.login_role(user, database=name)
        )
        store = DraftStore.open(folder / f"data-{role}-{len(opened)}", server=url)
        opened.append(store)
        return store

    try:
        yield open_as
    finally:
        for store in opened:
            store.close()
        server.drop_database(name)
