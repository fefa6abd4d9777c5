"""The window verifies and then imports: the package is checked once, and let go after."""

from __future__ import annotations

from pathlib import Path

import pytest

from notadesk.core.interchange import export_package, import_package, reader, verify_package

from .conftest import StoreFactory, rich_draft


def test_checked_once_for_verify_then_import_and_again_for_a_later_import(
    stores: StoreFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    a = stores("a")
    rich_draft(a)
    package = export_package(a, None, tmp_path / "pakket.nota").path
    reads: list[Path] = []
    real = reader._read

    def counting(fh, path, *args):
        reads.append(path)
        return real(fh, path, *args)

    monkeypatch.setattr(reader, "_read", counting)
    monkeypatch.setattr(reader, "_last_checked", None)
    b = stores("b")
    verify_package(package, store=b)
    first = import_package(b, package)
    assert len(reads) == 1  # the import used the check verify made
    assert reader._last_checked is None  # and the package is not kept after it
    again = import_package(b, package)
    assert len(reads) == 2
    assert [d.outcome for d in first.drafts] == ["new"]
    assert [d.outcome for d in again.drafts] == ["already up to date"]
