"""DraftStore.insert_drafts writes exactly what a flush and append_revision per revision do."""

from __future__ import annotations

import copy
import uuid
from pathlib import Path
from typing import Any

from notadesk.core.examples import example_nota
from notadesk.core.model.nota import Nota
from notadesk.core.storage.documents import content_json
from notadesk.core.storage.revisions import NewDraft, NewRevision
from notadesk.core.storage.store import DraftStore
from notadesk.core.storage.tables import DraftRow


def _histories() -> list[tuple[str, list[tuple[Nota, str | None, int | None]]]]:
    """Three drafts: one revision, four revisions (one restore), two with a given parent."""
    out = []
    for i, count in enumerate((1, 4, 2)):
        versions = []
        nota = example_nota()
        nota.reference = f"Min-BuZa.2026.{500 + i}"
        for n in range(count):
            nota = copy.deepcopy(nota)
            nota.subject = f"Bulk {i} versie {n} zeldzaamwoord{i}x{n}"
            parent = str(uuid.UUID(int=99 + i)) if (i == 2 and n == 0) else None
            versions.append((nota, parent, 1 if (i == 1 and n == 3) else None))
        out.append((str(uuid.UUID(int=i + 1)), versions))
    return out


def _uuid(i: int, n: int) -> str:
    return str(uuid.UUID(int=1000 * (i + 1) + n))


def _one_by_one(store: DraftStore) -> None:
    with store.writing() as s:
        for i, (draft_id, versions) in enumerate(_histories()):
            row = DraftRow(id=draft_id, created="2026-01-01T00:00:00.000+00:00", head=0)
            row.head_uuid = ""
            store.fill_row(row, versions[-1][0], "2026-01-02T00:00:00.000+00:00")
            s.add(row)
            s.flush()
            for n, (nota, parent, restored) in enumerate(versions):
                store.append_revision(
                    s,
                    row,
                    nota,
                    origin="import",
                    created=f"2026-01-01T00:00:0{n}.000+00:00",
                    restored_from=restored,
                    revision_uuid=_uuid(i, n),
                    parent_uuid=parent,
                    content_hash=nota.content_hash(),
                )


def _in_bulk(store: DraftStore) -> None:
    drafts = []
    for i, (draft_id, versions) in enumerate(_histories()):
        row = DraftRow(id=draft_id, created="2026-01-01T00:00:00.000+00:00", head=0)
        row.head_uuid = ""
        DraftStore.fill_row(row, versions[-1][0], "2026-01-02T00:00:00.000+00:00")
        revisions = [
            NewRevision(
                uuid=_uuid(i, n),
                parent_uuid=parent,
                created=f"2026-01-01T00:00:0{n}.000+00:00",
                origin="import",
                restored_from=restored,
                content_hash=nota.content_hash(),
                document=content_json(nota),
            )
            for n, (nota, parent, restored) in enumerate(versions)
        ]
        drafts.append(NewDraft(row=row, revisions=revisions, head=versions[-1][0]))
    with store.writing() as s:
        store.insert_drafts(s, drafts)


def _tables(store: DraftStore) -> dict[str, list[Any]]:
    conn = store.engine.raw_connection()
    try:
        cur = conn.cursor()

        def rows(sql: str) -> list[Any]:
            cur.execute(sql)
            return [tuple(r) for r in cur.fetchall()]

        return {
            "drafts": rows("SELECT * FROM drafts ORDER BY id"),
            "revisions": rows(
                "SELECT draft_id, number, uuid, parent_uuid, created, origin, restored_from, "
                "content_hash, document FROM revisions ORDER BY draft_id, number"
            ),
            "fts": rows(  # (a row per draft on both engines; only SQLite's has a rowid)
                "SELECT rowid, draft_id, subject, reference, body FROM draft_fts ORDER BY rowid"
                if store.server is None
                else "SELECT 0, draft_id, subject, reference, body FROM draft_fts ORDER BY draft_id"
            ),
        }
    finally:
        conn.close()


def test_bulk_rows_equal_one_by_one(open_store, tmp_path: Path) -> None:
    a, b = open_store(tmp_path / "a"), open_store(tmp_path / "b")
    a.create(example_nota())  # a draft already there: full-text rowids continue after it
    b.create(example_nota())
    _one_by_one(a)
    _in_bulk(b)
    ours = {draft_id for draft_id, _ in _histories()}
    one, bulk = _tables(a), _tables(b)
    for table, column in (("drafts", 0), ("revisions", 0), ("fts", 1)):
        one[table] = [r for r in one[table] if r[column] in ours]
        bulk[table] = [r for r in bulk[table] if r[column] in ours]
        assert bulk[table] == one[table], table
    assert len(bulk["revisions"]) == 1 + 4 + 2 and len(bulk["fts"]) == 3
    if b.server is None:
        assert [r[0] for r in bulk["fts"]] == [2, 3, 4]


def test_bulk_drafts_read_back(store: DraftStore) -> None:
    _in_bulk(store)
    histories = _histories()
    for i, (draft_id, versions) in enumerate(histories):
        draft = store.get(draft_id)
        assert draft.nota == versions[-1][0]
        assert draft.revision == len(versions)
        assert draft.revision_uuid == _uuid(i, len(versions) - 1)
        history = store.history(draft_id)
        assert [r.number for r in history] == list(range(1, len(versions) + 1))
        # no parent given: the revision before it; a given parent is kept
        expected_parents = [
            versions[n][1] if versions[n][1] else (_uuid(i, n - 1) if n else None)
            for n in range(len(versions))
        ]
        assert [r.parent_uuid for r in history] == expected_parents
        assert store.revision(draft_id, 1) == versions[0][0]
    later = store.save(histories[0][0], example_nota(), base_revision=1)
    assert later.revision == 2


def test_bulk_drafts_are_found_by_their_heads(store: DraftStore) -> None:
    _in_bulk(store)
    histories = _histories()
    # each draft's index row holds its head's text, not an earlier revision's
    assert [h.draft.id for h in store.search("zeldzaamwoord1x3")] == [histories[1][0]]
    assert store.search("zeldzaamwoord1x2") == []
    store.save(histories[0][0], example_nota(), base_revision=1)
    assert store.search("zeldzaamwoord0x0") == []


def test_nothing_to_insert_writes_nothing(store: DraftStore) -> None:
    with store.writing() as s:
        store.insert_drafts(s, [])
    assert store.count() == 0
