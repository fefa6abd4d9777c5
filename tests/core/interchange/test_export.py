"""Export: names that show the marking, and failing writes that leave nothing behind."""

from __future__ import annotations

import errno
import os
import zipfile

import pytest

from notadesk.core import outputs
from notadesk.core.interchange import export_package, writer
from notadesk.core.interchange.trust import own_signer
from notadesk.errors import NotFoundError, PackageError

from .conftest import StoreFactory, rich_draft


@pytest.fixture
def a(stores: StoreFactory):
    store = stores("a")
    rich_draft(store, level="nl.stg-geheim")
    rich_draft(store)
    # The signing key (in the data folder, not on the medium) exists before a fault is
    # injected into the medium's writes: the faults below are about the medium.
    own_signer(store)
    return store


def _left(folder) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_enospc_midway_leaves_no_file(a, tmp_path, monkeypatch):
    out = tmp_path / "stick"
    out.mkdir()
    real = zipfile.ZipFile.writestr
    calls = {"n": 0}

    def writestr(self, *args, **kw):
        calls["n"] += 1
        if calls["n"] == 3:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(self, *args, **kw)

    monkeypatch.setattr(zipfile.ZipFile, "writestr", writestr)
    with pytest.raises(PackageError, match="the medium is full; no file was left under") as e:
        export_package(a, None, out)
    assert "nota-" in str(e.value) and "stg-geheim.nota" in str(e.value)
    assert calls["n"] == 3
    assert _left(out) == []


@pytest.mark.parametrize(
    ("where", "code", "said"),
    [
        ("fsync", errno.EIO, "could not be written"),
        ("replace", errno.ENODEV, "the medium is gone"),
        ("replace", errno.EROFS, "read-only"),
    ],
)
def test_failing_device_leaves_no_file(a, tmp_path, monkeypatch, where, code, said):
    out = tmp_path / "stick"
    out.mkdir()

    def boom(*args, **kw):
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(outputs.os, where, boom)
    with pytest.raises(PackageError, match=said):
        export_package(a, None, out / "export.nota")
    assert _left(out) == []


def test_read_only_folder_at_open(a, tmp_path, monkeypatch):
    out = tmp_path / "stick"
    out.mkdir()

    def refuse_open(path, *args, **kw):
        raise OSError(errno.EROFS, "Read-only file system", str(path))

    monkeypatch.setattr(outputs.os, "open", refuse_open)
    with pytest.raises(PackageError, match="the medium is read-only"):
        export_package(a, None, out)
    monkeypatch.undo()
    assert _left(out) == []


def test_bad_read_back_removes_the_file(a, tmp_path, monkeypatch):
    out = tmp_path / "stick"
    out.mkdir()
    real = writer._check_written

    def corrupting(temp, entries):
        data = bytearray(temp.read_bytes())
        data[len(data) // 2] ^= 0xFF
        temp.write_bytes(bytes(data))
        return real(temp, entries)

    monkeypatch.setattr(writer, "_check_written", corrupting)
    with pytest.raises(PackageError, match=r"did not read back correctly|import would refuse"):
        export_package(a, None, out)
    assert _left(out) == []


def test_a_given_name_gets_the_marking(a, tmp_path):
    assert export_package(a, None, tmp_path / "week48").path.name == "week48-stg-geheim.nota"
    kept = export_package(a, None, tmp_path / "Week48-Stg-Geheim.nota").path
    assert kept.name == "Week48-Stg-Geheim.nota"


@pytest.mark.parametrize("name", ["x-ongerubriceerd.nota", "stg-confidentieel.nota"])
def test_a_name_showing_another_marking_is_refused(a, tmp_path, name):
    with pytest.raises(PackageError, match="shows the marking"):
        export_package(a, None, tmp_path / name)
    assert _left(tmp_path) == ["ws-a"]


def test_missing_folder_unknown_draft_and_nothing_to_export(stores, a, tmp_path):
    with pytest.raises(PackageError, match="does not exist"):
        export_package(a, None, tmp_path / "nope" / "x.nota")
    with pytest.raises(NotFoundError):
        export_package(a, ["00000000-0000-4000-8000-000000000000"], tmp_path)
    with pytest.raises(PackageError, match="no drafts to export"):
        export_package(stores("empty"), None, tmp_path)


def test_all_leaves_out_the_trash_but_named_drafts_may_be_in_it(a, tmp_path):
    secret = next(d for d in a.list() if d.level == "nl.stg-geheim")
    a.delete(secret.id)
    report = export_package(a, None, tmp_path)
    assert [d.id for d in report.drafts] != [secret.id] and len(report.drafts) == 1
    assert report.path.name.endswith("-ongerubriceerd.nota")
    named = export_package(a, [secret.id], tmp_path)
    assert [d.id for d in named.drafts] == [secret.id]
