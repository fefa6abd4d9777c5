"""The store: revisions, restore, trash, conflicts, references, search, permissions."""

from __future__ import annotations

import copy
import os
import stat
from pathlib import Path

import pytest
from sqlalchemy import func, select

from notadesk.core.drafting import blank_nota, create_example
from notadesk.core.examples import example_nota
from notadesk.core.model.nota import Finding, ListItem, Run
from notadesk.core.storage.store import DraftStore
from notadesk.core.storage.tables import DraftRow, RevisionRow
from notadesk.errors import (
    AmbiguousError,
    ConflictError,
    DuplicateReferenceError,
    NotFoundError,
    ValidationError,
)


def test_create_get_round_trip(store: DraftStore) -> None:
    nota = example_nota()
    draft = store.create(copy.deepcopy(nota))
    assert draft.revision == 1
    loaded = store.get(draft.id)
    assert loaded.nota == nota
    assert loaded.nota.content_hash() == nota.content_hash()


def test_every_save_is_a_revision_and_any_can_be_restored(store: DraftStore) -> None:
    draft = store.create(example_nota())
    subjects = ["eerste", "tweede", "derde"]
    for subject in subjects:
        nota = store.get(draft.id).nota
        nota.subject = subject
        draft = store.save(draft.id, nota, base_revision=draft.revision)
    history = store.history(draft.id)
    assert [r.number for r in history] == [1, 2, 3, 4]
    assert [store.revision(draft.id, n).subject for n in (2, 3, 4)] == subjects
    restored = store.restore(draft.id, 2)
    assert restored.revision == 5 and restored.nota.subject == "eerste"
    last = store.history(draft.id)[-1]
    assert last.origin == "restore" and last.restored_from == 2
    # nothing was lost: revision 4 still holds what it held
    assert store.revision(draft.id, 4).subject == "derde"
    # each revision names its parent, so history has an identity across workstations
    chain = store.history(draft.id)
    assert [r.parent_uuid for r in chain[1:]] == [r.uuid for r in chain[:-1]]


def test_unchanged_save_writes_no_revision(store: DraftStore) -> None:
    draft = store.create(example_nota())
    again = store.save(draft.id, store.get(draft.id).nota, base_revision=1)
    assert again.revision == 1 and len(store.history(draft.id)) == 1


def test_second_writer_gets_a_conflict_not_an_overwrite(store: DraftStore, data_dir: Path) -> None:
    first = store
    second = DraftStore.open(data_dir, server=store.server)  # the same database
    try:
        draft = first.create(example_nota())
        mine, theirs = first.get(draft.id).nota, second.get(draft.id).nota
        mine.subject, theirs.subject = "mijn versie", "hun versie"
        first.save(draft.id, mine, base_revision=1)
        with pytest.raises(ConflictError) as info:
            second.save(draft.id, theirs, base_revision=1)
        assert info.value.expected == 1 and info.value.actual == 2
        assert first.get(draft.id).nota.subject == "mijn versie"
        assert len(first.history(draft.id)) == 2
    finally:
        second.close()


def test_trash_and_back(store: DraftStore) -> None:
    draft = store.create(example_nota())
    store.delete(draft.id)
    assert store.list() == []
    assert [d.id for d in store.list(deleted=True)] == [draft.id]
    assert store.search("MINUSMA") == []
    with pytest.raises(NotFoundError):
        store.delete(draft.id)
    store.undelete(draft.id)
    assert [d.id for d in store.list()] == [draft.id]
    assert store.get(draft.id).nota == example_nota()


def test_references_follow_the_pattern_and_are_unique(store: DraftStore) -> None:
    store.set_setting("reference.prefix", "Min-XYZ")
    refs = [store.create(blank_nota()).nota.reference for _ in range(3)]
    year = blank_nota().date.year  # type: ignore[union-attr]
    assert refs == [f"Min-XYZ.{year}.{n}" for n in (1, 2, 3)]
    taken = blank_nota()
    taken.reference = f"Min-XYZ.{year}.4"
    store.create(taken)
    assert store.create(blank_nota()).nota.reference == f"Min-XYZ.{year}.5"
    duplicate = blank_nota()
    duplicate.reference = refs[0]
    with pytest.raises(DuplicateReferenceError):
        store.create(duplicate)


def test_editing_a_reference_to_a_taken_one_is_refused(store: DraftStore) -> None:
    a = store.create(blank_nota())
    b = store.create(blank_nota())
    nota = store.get(b.id).nota
    nota.reference = a.nota.reference
    with pytest.raises(DuplicateReferenceError):
        store.save(b.id, nota, base_revision=b.revision)
    assert store.get(b.id).nota.reference == b.nota.reference


def test_second_demo_gets_a_new_reference(store: DraftStore) -> None:
    first, kept_first = create_example(store)
    second, kept_second = create_example(store)
    assert kept_first and not kept_second
    assert first.nota.reference == "Min-BuZa.2022.240"
    assert second.nota.reference != first.nota.reference
    assert second.nota.reference.startswith("Min-BuZa.2022.")


def test_resolve_by_id_prefix_and_reference(store: DraftStore) -> None:
    draft = store.create(example_nota())
    assert store.resolve(draft.id) == draft.id
    assert store.resolve(draft.id[:8]) == draft.id
    assert store.resolve(draft.id[:8].upper()) == draft.id
    assert store.resolve("Min-BuZa.2022.240") == draft.id
    with pytest.raises(NotFoundError):
        store.resolve("nothing-like-this")
    with pytest.raises(NotFoundError):
        store.resolve("%")


def test_ambiguous_prefix(store: DraftStore) -> None:
    ids = ["abcd0000-0000-4000-8000-000000000001", "abcd0000-0000-4000-8000-000000000002"]
    for draft_id in ids:
        store.create(blank_nota(), draft_id=draft_id)
    with pytest.raises(AmbiguousError):
        store.resolve("abcd0000")
    assert store.resolve("abcd0000-0000-4000-8000-000000000002") == ids[1]


def test_search_finds_text_findings_and_commitments(store: DraftStore) -> None:
    demo = store.create(example_nota())
    other = blank_nota()
    other.subject = "Begroting R&D 2027"
    other_id = store.create(other).id
    assert [h.draft.id for h in store.search("MINUSMA")] == [demo.id]
    assert [h.draft.id for h in store.search("taalvaardigheid")] == [demo.id]  # a commitment
    assert [h.draft.id for h in store.search("inlichtingenketen")] == [demo.id]  # a finding
    assert [h.draft.id for h in store.search("geintegreerde")] == [demo.id]  # diacritics
    assert [h.draft.id for h in store.search("Min-BuZa.2022.240")] == [demo.id]
    assert [h.draft.id for h in store.search('"R&D"')] == [other_id]
    assert [h.draft.id for h in store.search("begroting -MINUSMA")] == [other_id]
    assert store.search("MINUSMA -MINUSMA") == []


HOSTILE = [
    "R&D",
    '"',
    '""',
    '"unclosed',
    "NOT",
    "AND OR NOT",
    "-",
    "--",
    "(",
    ")",
    "*",
    "^",
    "col:value",
    "subject:MINUSMA",
    "NEAR(a b)",
    "a OR",
    "'; DROP TABLE drafts; --",
    "\x00",
    "\u202e",
    "🙂",
    "x" * 5000,
    " ".join(["woord"] * 500),
    "",
    "   ",
]


@pytest.mark.parametrize("query", HOSTILE)
def test_hostile_search_input_never_errors(store: DraftStore, query: str) -> None:
    store.create(example_nota())
    hits = store.search(query)
    assert isinstance(hits, list)
    assert store.count() == 1  # and nothing happened to the data


def test_status_definitief_refused_until_ready(store: DraftStore) -> None:
    draft = store.create(blank_nota())
    nota = store.get(draft.id).nota
    nota.status = "definitief"
    with pytest.raises(ValidationError) as info:
        store.save(draft.id, nota, base_revision=draft.revision)
    assert info.value.field == "subject"
    ready = example_nota()
    ready.reference = ""
    created = store.create(ready)
    ready = store.get(created.id).nota
    ready.status = "definitief"
    assert store.save(created.id, ready, base_revision=1).nota.status == "definitief"


def test_attachments_are_stored_once_by_hash(store: DraftStore) -> None:
    digest = store.put_blob(b"%PDF-1.4 bijlage")
    assert store.put_blob(b"%PDF-1.4 bijlage") == digest
    assert store.get_blob(digest) == b"%PDF-1.4 bijlage"
    with pytest.raises(NotFoundError):
        store.get_blob("0" * 64)


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
@pytest.mark.sqlite_only("the SQLite file's own permissions")
def test_data_dir_and_database_are_private(store: DraftStore, data_dir: Path) -> None:
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
    assert stat.S_IMODE((data_dir / "notadesk.db").stat().st_mode) == 0o600


def test_new_content_is_searchable_after_save(store: DraftStore) -> None:
    draft = store.create(example_nota())
    nota = store.get(draft.id).nota
    nota.findings.append(Finding(id="extra", number=13, text="Zeldzaamwoord in bevinding"))
    item = ListItem(runs=[Run(text="Nog een onvindbaarheidje")])
    nota.sections[0].blocks[0].items.append(item)  # type: ignore[union-attr]
    store.save(draft.id, nota, base_revision=draft.revision)
    assert [h.draft.id for h in store.search("zeldzaamwoord")] == [draft.id]
    assert [h.draft.id for h in store.search("onvindbaarheidje")] == [draft.id]
    assert store.search("MINUSMA")[0].draft.revision == 2


@pytest.mark.sqlite_only("the fast path reads the SQLite file; a team database has none")
def test_fast_list_reads_what_the_store_lists(store: DraftStore) -> None:
    from notadesk.core.storage.fastread import read_summaries

    kept = store.create(example_nota())
    gone = store.create(blank_nota())
    store.delete(gone.id)
    assert read_summaries(store.path) == store.list() != []
    assert read_summaries(store.path, deleted=True) == store.list(deleted=True) != []
    assert read_summaries(store.path.with_name("missing.db")) is None
    assert kept.id in {d.id for d in store.list()}


def test_short_words_match_whole_words_longer_ones_as_prefixes(store: DraftStore) -> None:
    nota = blank_nota()
    nota.subject = "Deelname defensie"
    draft = store.create(nota)
    assert store.search("de") == []  # not every word starting with "de"
    assert [h.draft.id for h in store.search("deel")] == [draft.id]
    assert [h.draft.id for h in store.search("def")] == [draft.id]


def test_a_save_that_skips_the_workflow_is_refused(store: DraftStore) -> None:
    draft = store.create(example_nota())
    nota = store.get(draft.id).nota
    nota.status = "getekend"
    with pytest.raises(ValidationError) as info:
        store.save(draft.id, nota, base_revision=1)
    assert info.value.field == "status"
    nota.status = "definitief"
    nota = store.save(draft.id, nota, base_revision=1).nota
    nota.status = "getekend"
    assert store.save(draft.id, nota, base_revision=2).nota.status == "getekend"


def test_a_read_sees_one_snapshot_while_others_save(store: DraftStore, data_dir: Path) -> None:
    draft = store.create(example_nota())
    other = DraftStore.open(data_dir, server=store.server)  # another process, in effect
    try:
        with store.reading() as s:
            before = s.scalar(select(DraftRow.head).where(DraftRow.id == draft.id))
            nota = other.get(draft.id).nota
            nota.subject = "intussen opgeslagen"
            assert other.save(draft.id, nota, base_revision=1).revision == 2
            during = s.scalar(select(DraftRow.head).where(DraftRow.id == draft.id))
            count = s.scalar(select(func.count()).select_from(RevisionRow))
        assert (before, during, count) == (1, 1, 1)  # what the read began with, throughout
        assert store.get(draft.id).revision == 2  # and a new read sees the save
    finally:
        other.close()
