"""Content hashes: a revision verifies by its rebuilt content; it is stored as rebuilt."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from notadesk.core.interchange import export_package, import_package, verify_package
from notadesk.core.model.codec import nota_from_dict
from notadesk.core.storage.documents import content_json
from notadesk.core.storage.tables import RevisionRow
from notadesk.errors import PackageError

from .conftest import StoreFactory, dump, read_entries, reseal, rich_draft, write_zip


def _sloppy(nota: dict[str, Any]) -> dict[str, Any]:
    """The same content written another way: keys reversed, defaults spelled out or left out."""
    nota = json.loads(json.dumps(nota))
    for section in nota["sections"]:
        for block in section["blocks"]:
            for run in block.get("runs", []):
                run.setdefault("bold", False)
    level = nota["classification"]
    assert level["until"] is None and level["proposed_by"] == ""
    del level["until"], level["proposed_by"]  # None and "" when left out
    nota["classification"] = dict(reversed(list(level.items())))
    return dict(reversed(list(nota.items())))


def _canonical_hash(nota: dict[str, Any]) -> str:
    text = json.dumps(nota, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _rewrite(tmp_path: Path, package: Path, change) -> Path:
    entries = read_entries(package)
    name = next(n for n in entries if n.startswith("drafts/"))
    data = json.loads(entries[name])
    for rev in data["revisions"]:
        change(rev)
    entries[name] = json.dumps(data, ensure_ascii=False).encode()
    return write_zip(tmp_path / "rewritten.nota", reseal(entries))


@pytest.fixture
def package(stores: StoreFactory, tmp_path: Path) -> Path:
    a = stores("a")
    rich_draft(a, level="nl.dep-vertrouwelijk")
    return export_package(a, None, tmp_path / "pakket.nota").path


def test_content_written_another_way_still_imports_as_rebuilt(stores, tmp_path, package):
    def sloppy(rev):
        rev["document"]["nota"] = _sloppy(rev["document"]["nota"])

    path = _rewrite(tmp_path, package, sloppy)
    sent = json.loads(next(v for n, v in read_entries(path).items() if n.startswith("drafts/")))
    first = sent["revisions"][0]["document"]["nota"]
    assert _canonical_hash(first) != sent["revisions"][0]["content_hash"]  # not as hashed
    verify_package(path)
    b = stores("b")
    report = import_package(b, path)
    assert [d.outcome for d in report.drafts] == ["new"]
    draft_id = report.drafts[0].id
    for rev, info in zip(sent["revisions"], b.history(draft_id), strict=True):
        assert info.content_hash == rev["content_hash"]
        nota = nota_from_dict(rev["document"]["nota"])
        stored = b.revision(draft_id, info.number)
        assert stored == nota
        assert content_json(stored) == content_json(nota)
    with b.reading() as s:
        documents = list(
            s.scalars(
                select(RevisionRow.document)
                .where(RevisionRow.draft_id == draft_id)
                .order_by(RevisionRow.number)
            )
        )
    expected = [content_json(nota_from_dict(r["document"]["nota"])) for r in sent["revisions"]]
    assert documents == expected  # as rebuilt, never as sent


def test_content_hashed_as_sent_but_not_as_rebuilt_is_refused(stores, tmp_path, package):
    """A hash over the content as written passes only when rebuilding gives the same."""

    def rehash_as_sent(rev):
        rev["document"]["nota"] = _sloppy(rev["document"]["nota"])
        rev["content_hash"] = _canonical_hash(rev["document"]["nota"])

    path = _rewrite(tmp_path, package, rehash_as_sent)
    b = stores("b")
    before = dump(b)
    with pytest.raises(PackageError, match="does not match its content hash"):
        verify_package(path)
    with pytest.raises(PackageError, match="does not match its content hash"):
        import_package(b, path)
    assert dump(b) == before


def test_tampered_content_is_refused(stores, tmp_path, package):
    def tamper(rev):
        rev["document"]["nota"]["subject"] += " (gewijzigd)"

    path = _rewrite(tmp_path, package, tamper)
    b = stores("b")
    before = dump(b)
    with pytest.raises(PackageError, match="does not match its content hash"):
        import_package(b, path)
    assert dump(b) == before
