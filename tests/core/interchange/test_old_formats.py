"""Packages written by older notadesk versions still verify and import (frozen fixtures)."""

from __future__ import annotations

import shutil
from pathlib import Path

from notadesk.core.interchange import import_package, verify_package
from notadesk.core.storage.store import DraftStore

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "packages"
FORMAT_1 = FIXTURES / "format-1.nota"


def test_format_1_package_verifies(tmp_path: Path) -> None:
    report = verify_package(FORMAT_1)
    assert report.format_version == 1
    assert report.level == "nl.dep-vertrouwelijk"
    assert sorted(d.reference for d in report.drafts) == ["Min-BuZa.2022.240", "Min-FIX.2026.1"]
    assert report.revisions == 4
    assert report.attachments == 1


def test_format_1_package_imports_whole(tmp_path: Path) -> None:
    copy = tmp_path / FORMAT_1.name
    shutil.copy(FORMAT_1, copy)
    with DraftStore.open(tmp_path / "ws") as store:
        report = import_package(store, copy)
        assert len(report.drafts) == 2
        by_ref = {d.reference: d for d in store.list()}
        example = store.get(by_ref["Min-BuZa.2022.240"].id)
        assert example.revision == 3
        assert example.nota.classification.level == "nl.dep-vertrouwelijk"
        assert example.nota.subject.endswith("(rev 3)")
        attached = [a.file for a in example.nota.attachments if a.file is not None]
        assert attached and store.get_blob(attached[0].sha256).startswith(b"%PDF-1.4 bijlage ")
        assert [r.number for r in store.history(example.id)] == [1, 2, 3]
        blank = store.get(by_ref["Min-FIX.2026.1"].id)
        assert blank.nota.subject == "Tweede nota (formaat 1)"
