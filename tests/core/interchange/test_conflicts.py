"""Identity and conflicts: by draft uuid and revision history, never a silent overwrite."""

from __future__ import annotations

import pytest

from notadesk.core.drafting import create_example
from notadesk.core.interchange import export_package, import_package, verify_package
from notadesk.core.storage import revisions
from notadesk.core.storage.store import DraftStore
from notadesk.errors import PackageError

from .conftest import StoreFactory, dump, edit, rich_draft


def _share(stores: StoreFactory, tmp_path):
    """Workstation a makes a draft; b imports it. Returns a, b, the draft id."""
    a, b = stores("a"), stores("b")
    draft = rich_draft(a, revisions=2)
    import_package(b, export_package(a, None, tmp_path / "p0.nota").path)
    return a, b, draft.id


def _export(store: DraftStore, tmp_path, name: str):
    folder = tmp_path / name
    folder.mkdir()
    return export_package(store, None, folder).path


def _uuids(store: DraftStore, draft_id: str) -> list[str]:
    return [r.uuid for r in store.history(draft_id)]


def _without_audit(rows: dict) -> dict:
    return {table: r for table, r in rows.items() if table != "audit_log"}


def test_same_head_is_already_up_to_date(stores, tmp_path):
    a, b, draft_id = _share(stores, tmp_path)
    before = dump(b)
    report = import_package(b, _export(a, tmp_path, "again"))
    assert [(d.id, d.outcome) for d in report.drafts] == [(draft_id, "already up to date")]
    assert _without_audit(dump(b)) == _without_audit(before)
    # Only what happened on a since (its first export) joins b's audit log; nothing twice.
    after = dump(b)["audit_log"]
    assert after[: len(before["audit_log"])] == before["audit_log"]
    travelled = [e for e in b.audit_log(draft_id) if e.workstation == a.workstation_id()]
    actions = [e.action for e in travelled]
    assert actions[-1] == "export" and actions[0] == "create"
    assert report.audit_added == 1
    again = import_package(b, _export(a, tmp_path, "third"))
    assert again.audit_added == 1  # the second export only: the rest is here already


def test_local_is_newer_changes_nothing(stores, tmp_path):
    a, b, draft_id = _share(stores, tmp_path)
    old_package = _export(a, tmp_path, "old")
    edit(b, draft_id, "b went on")
    before = dump(b)
    report = import_package(b, old_package)
    assert report.drafts[0].outcome == "local is newer"
    assert _without_audit(dump(b)) == _without_audit(before)  # a's export event joins the log


def test_fast_forward_appends_and_keeps_local_history(stores, tmp_path):
    a, b, draft_id = _share(stores, tmp_path)
    local_before = b.history(draft_id)
    edit(a, draft_id, "a1")
    edit(a, draft_id, "a2")
    report = import_package(b, _export(a, tmp_path, "ff"))
    entry = report.drafts[0]
    assert (entry.outcome, entry.revisions_added) == ("fast-forward", 2)
    assert b.history(draft_id)[: len(local_before)] == local_before
    assert _uuids(b, draft_id) == _uuids(a, draft_id)
    assert b.get(draft_id).nota.subject.endswith("(a2)")
    assert len(b.list()) == 1


def test_diverged_becomes_a_linked_conflict_copy_once(stores, tmp_path):
    a, b, draft_id = _share(stores, tmp_path)
    edit(a, draft_id, "from a")
    edit(b, draft_id, "from b")
    package = _export(a, tmp_path, "diverged")
    b_head = b.get(draft_id)
    report = import_package(b, package)
    entry = report.drafts[0]
    assert entry.outcome == "conflict copy" and entry.conflict_copy_id
    assert entry.conflict_copy_id in "\n".join(report.lines())
    copy = b.get(entry.conflict_copy_id)
    assert copy.conflict_of == draft_id
    assert copy.nota.subject.endswith("(from a)")
    assert copy.nota.reference != b_head.nota.reference  # the original keeps its reference
    assert entry.new_reference == copy.nota.reference
    assert b.get(draft_id) == b_head  # the local draft is untouched
    # the incoming revision keeps its identity inside the copy
    assert _uuids(a, draft_id)[-1] in _uuids(b, copy.id)
    listed = {d.id: d.conflict_of for d in b.list()}
    assert listed == {draft_id: None, copy.id: draft_id}

    before = dump(b)
    again = import_package(b, package)
    assert again.drafts[0].outcome == "already up to date"
    assert again.drafts[0].conflict_copy_id == copy.id
    assert f"in its conflict copy {copy.id}" in "\n".join(again.lines())
    assert dump(b) == before and len(b.list()) == 2

    edit(a, draft_id, "a again")
    later = import_package(b, _export(a, tmp_path, "later")).drafts[0]
    assert (later.outcome, later.conflict_copy_id) == ("fast-forward", copy.id)
    assert b.get(copy.id).nota.subject.endswith("(a again)")
    assert len(b.list()) == 2


def test_conflict_copy_travels_back_without_clashes(stores, tmp_path):
    a, b, draft_id = _share(stores, tmp_path)
    edit(a, draft_id, "from a")
    edit(b, draft_id, "from b")
    import_package(b, _export(a, tmp_path, "to-b"))
    report = import_package(a, _export(b, tmp_path, "to-a"))
    outcomes = sorted(d.outcome for d in report.drafts)
    # b's own line is new to a (a conflict copy there); a's own line, carried in b's copy,
    # is already a's.
    assert outcomes == ["already up to date", "conflict copy"]
    assert len(a.list()) == 2
    before = dump(a)
    import_package(a, _export(b, tmp_path, "to-a-again"))
    assert _without_audit(dump(a)) == _without_audit(before)  # b's export event joins the log


def test_new_draft_whose_reference_is_taken_gets_a_new_one(stores, tmp_path):
    a, b = stores("a"), stores("b")
    theirs, _ = create_example(a)
    mine, _ = create_example(b)  # same Onze Referentie, another draft
    assert theirs.nota.reference == mine.nota.reference
    report = import_package(b, _export(a, tmp_path, "p"))
    entry = report.drafts[0]
    assert entry.outcome == "new" and entry.id == theirs.id
    assert entry.new_reference and entry.new_reference != mine.nota.reference
    assert "is taken here" in "\n".join(report.lines())
    imported = b.get(theirs.id)
    assert imported.nota.reference == entry.new_reference
    assert _uuids(b, theirs.id)[:-1] == _uuids(a, theirs.id)  # plus one renaming revision
    renamed = b.history(theirs.id)[-1]
    assert renamed.author == b.person() and entry.new_reference in renamed.note
    assert b.get(mine.id).nota.reference == mine.nota.reference
    before = dump(b)
    again = import_package(b, _export(a, tmp_path, "p2")).drafts[0]
    assert again.outcome == "already up to date"  # the renaming revision is not a change
    assert _without_audit(dump(b)) == _without_audit(before)


def test_dry_run_predicts_and_writes_nothing(stores, tmp_path):
    a, b, draft_id = _share(stores, tmp_path)
    edit(a, draft_id, "from a")
    edit(b, draft_id, "from b")
    rich_draft(a)
    package = _export(a, tmp_path, "mixed")
    before = dump(b)
    dry = import_package(b, package, dry_run=True)
    assert dump(b) == before
    assert dry.dry_run and "nothing was written" in dry.lines()[0]
    planned = verify_package(package, store=b).planned
    assert planned is not None
    real = import_package(b, package)
    key = lambda r: sorted((d.id, d.outcome, d.revisions_added) for d in r.drafts)  # noqa: E731
    assert key(dry) == key(real) == key(planned)
    assert sorted(d.outcome for d in real.drafts) == ["conflict copy", "new"]


def test_import_is_all_or_nothing(stores, tmp_path, monkeypatch):
    a, b = stores("a"), stores("b")
    for _ in range(3):
        rich_draft(a)
    package = _export(a, tmp_path, "three")
    rich_draft(b)
    before = dump(b)
    calls = {"n": 0}
    real = revisions.append_revision

    def failing(*args, **kw):
        calls["n"] += 1
        if calls["n"] == 2:  # the second draft, after the first was written
            raise OSError(5, "Input/output error")
        return real(*args, **kw)

    monkeypatch.setattr(revisions, "append_revision", failing)
    with pytest.raises(OSError):
        import_package(b, package)
    assert calls["n"] == 2
    assert dump(b) == before
    monkeypatch.setattr(revisions, "append_revision", real)
    assert [d.outcome for d in import_package(b, package).drafts] == ["new"] * 3


def test_fast_forward_keeps_local_reference_when_the_incoming_one_is_taken(stores, tmp_path):
    a, b, draft_id = _share(stores, tmp_path)
    other, _ = create_example(b)  # b's second copy gets the next reference
    draft = a.get(draft_id)
    nota = draft.nota
    nota.reference = other.nota.reference
    a.save(draft_id, nota, base_revision=draft.revision)
    local_ref = b.get(draft_id).nota.reference
    entry = import_package(b, _export(a, tmp_path, "ref")).drafts[0]
    assert entry.outcome == "fast-forward" and entry.new_reference == local_ref
    assert b.get(draft_id).nota.reference == local_ref
    assert b.get(other.id).nota.reference == other.nota.reference


def test_refused_package_error_is_one_sentence(stores, tmp_path):
    b = stores("b")
    bad = tmp_path / "bad.nota"
    bad.write_bytes(b"PK\x03\x04 broken")
    with pytest.raises(PackageError) as caught:
        import_package(b, bad)
    assert str(caught.value).count(". ") == 0 and str(caught.value).endswith(".")


def test_renamed_draft_fast_forwards_and_keeps_its_local_reference(stores, tmp_path):
    a, b = stores("a"), stores("b")
    theirs, _ = create_example(a)
    create_example(b)  # takes the same Onze Referentie on b
    first = import_package(b, _export(a, tmp_path, "p1")).drafts[0]
    assert first.outcome == "new" and first.new_reference
    edit(a, theirs.id, "a went on")
    later = import_package(b, _export(a, tmp_path, "p2")).drafts[0]
    assert later.outcome == "fast-forward" and later.revisions_added == 1
    here = b.get(theirs.id)
    assert here.nota.reference == first.new_reference
    assert here.nota.subject.endswith("(a went on)")
    assert [r.origin for r in b.history(theirs.id)][-1] == "import-rename"
    before = dump(b)
    again = import_package(b, _export(a, tmp_path, "p3")).drafts[0]
    assert again.outcome == "already up to date"
    assert _without_audit(dump(b)) == _without_audit(before)


def test_a_known_revision_with_changed_content_is_refused_naming_both_hashes(stores, tmp_path):
    """Issue 16 item 12: the same revision uuid with other content was 'already up to date'."""
    import hashlib
    import json

    import pytest

    from notadesk.core.interchange import export_package, import_package, verify_package
    from notadesk.core.model.jsonform import canonical as _canonical_json
    from notadesk.errors import PackageError

    from .conftest import dump, read_entries, reseal, rich_draft, write_zip

    a, b = stores("a"), stores("b")
    rich_draft(a)
    package = export_package(a, None, tmp_path / "een.nota").path
    import_package(b, package)
    entries = read_entries(package)
    name = next(n for n in entries if n.startswith("drafts/"))
    data = json.loads(entries[name])
    head = data["revisions"][-1]
    nota = head["document"]["nota"]
    nota["subject"] = "Stilletjes veranderd"
    old_hash = head["content_hash"]
    head["content_hash"] = hashlib.sha256(_canonical_json(nota).encode()).hexdigest()
    entries[name] = json.dumps(data).encode()
    forged = write_zip(tmp_path / "twee.nota", reseal(entries))
    before = dump(b)
    with pytest.raises(PackageError) as caught:
        import_package(b, forged)
    message = str(caught.value)
    assert old_hash in message and head["content_hash"] in message
    assert "already here with other content" in message
    with pytest.raises(PackageError, match="other content"):
        verify_package(forged, store=b)
    assert dump(b) == before
