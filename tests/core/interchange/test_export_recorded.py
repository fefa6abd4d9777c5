"""Export is recorded before the package can be seen, checked by import's rules, owner-only.

Issue 16 items 1 (unaudited export with a locked database), 3 (bit rot exported and
"verified"), 4 (a draft whose attachment file is not stored), 7 (world-readable packages) and
13 (a stale .part file from a killed export).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from sqlalchemy import select

from notadesk.core import outputs
from notadesk.core.interchange import export_package, writer
from notadesk.core.model.nota import Attachment, AttachmentFile
from notadesk.core.storage.tables import AuditRow
from notadesk.errors import PackageError, StorageError, ValidationError
from tests.postgres import holding_the_write_lock, tamper

from .conftest import StoreFactory, rich_draft


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    out = tmp_path / "stick"
    out.mkdir()
    return out


def _exports(store) -> int:
    with store.reading() as s:
        return len(list(s.scalars(select(AuditRow).where(AuditRow.action == "export"))))


def _left(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_a_locked_database_leaves_no_package_and_no_unlogged_copy(
    stores: StoreFactory, tmp_path: Path, stick: Path, monkeypatch
):
    from notadesk.core.storage import database

    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 300)
    store = stores("locked")
    rich_draft(store, level="nl.stg-geheim")
    store.workstation_id()
    store.person()
    with holding_the_write_lock(store), pytest.raises(StorageError, match="lock"):
        export_package(store, None, stick)
    assert _left(stick) == []  # before: a complete Stg. GEHEIM package, and no audit row
    assert _exports(store) == 0


def test_the_record_is_made_before_the_package_has_its_name(a_store, stick, monkeypatch):
    seen: list[list[str]] = []
    real = writer._log

    def log(*args, **kw):
        seen.append(_left(stick))
        return real(*args, **kw)

    monkeypatch.setattr(writer, "_log", log)
    report = export_package(a_store, None, stick)
    assert len(seen) == 1
    assert seen[0] and all(name.endswith(".part") for name in seen[0])  # only the temp file
    assert _left(stick) == [report.path.name]
    assert _exports(a_store) == 2


@pytest.fixture
def a_store(stores: StoreFactory):
    store = stores("a")
    rich_draft(store, level="nl.stg-geheim")
    rich_draft(store)
    return store


def test_packages_are_owner_only_whatever_the_umask(a_store, stick):
    old = os.umask(0)
    try:
        report = export_package(a_store, None, stick)
    finally:
        os.umask(old)
    assert stat.S_IMODE(report.path.stat().st_mode) == 0o600


def test_a_stale_part_file_from_a_killed_export_is_removed(a_store, stick):
    stale = stick / ".nota-2026-01-01-stg-geheim.nota.0123abcd.part"
    stale.write_bytes(b"PK half a package")
    other = stick / ".notes.part"  # not ours: never touched
    other.write_bytes(b"x")
    export_package(a_store, None, stick)
    assert not stale.exists()
    assert other.exists()


def test_a_part_file_being_written_by_another_process_is_kept(stick):
    import fcntl

    busy = stick / ".nota-x.nota.0123abcd.part"
    with busy.open("wb") as fh:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX)
        assert outputs.clean_stale_parts(stick) == []
        assert busy.exists()
    assert outputs.clean_stale_parts(stick) == [busy]


def test_bit_rot_in_a_stored_revision_is_refused_at_export(a_store, stick, tmp_path):
    tamper(  # bit rot does not ask the triggers
        a_store,
        "UPDATE revisions SET document = replace(document, 'Kabinetsreactie', 'Kabinetsreactje')"
        " WHERE number = 1",
    )
    with pytest.raises(PackageError, match=r"import would refuse it.*does not match its content"):
        export_package(a_store, None, stick)
    assert _left(stick) == []
    assert _exports(a_store) == 0


def test_an_attachment_whose_file_is_not_stored_is_refused_at_the_door(stores: StoreFactory):
    store = stores("door")
    draft = rich_draft(store)
    nota = draft.nota
    nota.attachments.append(
        Attachment(
            id="spook",
            title="Bestand dat er niet is",
            file=AttachmentFile(name="spook.pdf", sha256="ab" * 32, size=10),
        )
    )
    with pytest.raises(ValidationError, match=r"attachments\[\d\]\.file: the file 'spook.pdf'"):
        store.save(draft.id, nota, base_revision=draft.revision)
    nota.reference = ""
    with pytest.raises(ValidationError, match="is not stored here"):
        store.create(nota)


def test_an_export_error_names_the_draft(a_store, stick, tmp_path):
    tamper(a_store, "DELETE FROM blobs")  # a file lost from the database
    with pytest.raises(PackageError, match=r"Draft Min-BuZa\.\S+ refers to an attachment"):
        export_package(a_store, None, stick)
