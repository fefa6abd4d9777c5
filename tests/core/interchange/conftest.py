"""Fixtures for package tests: stores on temporary paths, a rich draft, zip surgery, DB dumps.

Every test that takes ``store`` or ``stores`` runs on both engines: SQLite, and a database of
its own on the test PostgreSQL server for each store (each a 'workstation').
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import warnings
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from notadesk.core.drafting import create_example
from notadesk.core.model.nota import Attachment, AttachmentFile, Nota
from notadesk.core.storage.store import Draft, DraftStore
from notadesk.core.storage.tables import Base

StoreFactory = Callable[[str], DraftStore]


@pytest.fixture
def stores(open_store: Callable[[Path], DraftStore], tmp_path: Path) -> StoreFactory:
    """Open stores by name, each in its own data folder and database (each a 'workstation')."""
    return lambda name: open_store(tmp_path / f"ws-{name}")


@pytest.fixture
def store(open_store: Callable[[Path], DraftStore], data_dir: Path) -> DraftStore:
    return open_store(data_dir)


def edit(store: DraftStore, draft_id: str, change: str) -> Draft:
    """Save a new revision whose subject ends with ``change``."""
    draft = store.get(draft_id)
    nota = draft.nota
    nota.subject = f"{nota.subject} ({change})"
    return store.save(draft_id, nota, base_revision=draft.revision)


def rich_draft(store: DraftStore, *, level: str | None = None, revisions: int = 3) -> Draft:
    """Create the reference nota with an attached file and a few more revisions."""
    draft, _ = create_example(store)
    data = b"%PDF-1.4 bijlage " + draft.id.encode()
    digest = store.put_blob(data)
    nota = draft.nota
    nota.attachments.append(
        Attachment(
            id="bijlage-2",
            title="Bijlage met bestand",
            file=AttachmentFile(
                name="bijlage.pdf", sha256=digest, size=len(data), media_type="application/pdf"
            ),
        )
    )
    if level:
        nota.classification.level = level
    draft = store.save(draft.id, nota, base_revision=draft.revision)
    for i in range(revisions - 2):
        draft = edit(store, draft.id, f"rev {i + 3}")
    return draft


def dump(store: DraftStore) -> dict[str, list[Any]]:
    """Return every row of every table (and SQLite's search index): to prove nothing changed."""
    queries = {
        t.name: f"SELECT * FROM {t.name} ORDER BY {', '.join(c.name for c in t.primary_key)}"
        for t in Base.metadata.sorted_tables
    }
    if store.server is None:
        queries["draft_fts"] = "SELECT rowid, * FROM draft_fts ORDER BY rowid"
    conn = store.engine.raw_connection()
    try:
        cur = conn.cursor()
        out = {}
        for table, sql in queries.items():
            cur.execute(sql)
            out[table] = [tuple(r) for r in cur.fetchall()]
        return out
    finally:
        conn.close()


def read_entries(path: Path) -> dict[str, bytes]:
    """Return a package's entries in order."""
    with zipfile.ZipFile(path) as z:
        return {i.filename: z.read(i) for i in z.infolist()}


def write_zip(path: Path, entries: list[tuple[str, bytes]] | dict[str, bytes], **kw: Any) -> Path:
    """Write entries (duplicates allowed when given as a list) to a zip file."""
    items = list(entries.items()) if isinstance(entries, dict) else entries
    method = kw.get("compression", zipfile.ZIP_DEFLATED)
    with warnings.catch_warnings(), zipfile.ZipFile(path, "w", compression=method) as z:
        warnings.simplefilter("ignore")  # zipfile warns about duplicate names
        for name, data in items:
            z.writestr(name, data)
    return path


def reseal(entries: dict[str, bytes]) -> dict[str, bytes]:
    """Recompute the manifest's hashes and sizes after entries were changed, and strip the
    signature that no longer matches (a forger's move: the package then reads as unsigned)."""
    entries = {n: d for n, d in entries.items() if n != "signature.json"}
    manifest = json.loads(entries["manifest.json"])
    manifest.pop("signer", None)
    manifest["entries"] = [
        {"path": n, "sha256": hashlib.sha256(d).hexdigest(), "size": len(d)}
        for n, d in entries.items()
        if n != "manifest.json"
    ]
    return {**entries, "manifest.json": json.dumps(manifest).encode()}


def nota_equal(a: Nota, b: Nota) -> bool:
    """Return whether two notas have the same content."""
    return dataclasses.asdict(a) == dataclasses.asdict(b)
