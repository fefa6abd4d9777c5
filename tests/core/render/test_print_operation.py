"""The one print operation: a PDF is written, recorded and named all together, or not at all."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from notadesk.core.examples import example_nota
from notadesk.core.policy.markings import check_copy_numbers
from notadesk.core.render import RenderOptions, print_to_file, render_nota
from notadesk.core.render.register import register_entries
from notadesk.core.storage.store import DraftStore
from notadesk.errors import RenderError, StorageError, ValidationError


def _classified(store: DraftStore, level: str = "nl.stg-geheim"):
    nota = example_nota()
    nota.reference = ""
    nota.classification.level = level
    nota.classification.until = dt.date(2031, 1, 1)
    return store.create(nota)


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_a_registered_print_is_named_only_once_recorded(store: DraftStore, tmp_path: Path):
    draft = _classified(store)
    options = RenderOptions(copies=2)
    result = render_nota(draft.nota, options)
    target = tmp_path / "out" / "nota.pdf"
    target.parent.mkdir()
    assert print_to_file(store, draft, result, options, target) == 2
    assert target.read_bytes() == result.pdf
    assert (target.stat().st_mode & 0o777) == 0o600
    assert [e.pdf_sha256 for e in register_entries(store, draft.id)] == [result.sha256] * 2
    assert _leftovers(target.parent) == ["nota.pdf"]


def test_a_failed_record_leaves_no_file(
    store: DraftStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    draft = _classified(store)
    options = RenderOptions()
    result = render_nota(draft.nota, options)
    out = tmp_path / "out"
    out.mkdir()
    seen: list[list[str]] = []

    def refuse(*_a: object, **_k: object) -> None:
        seen.append(_leftovers(out))  # the bytes are on disk, under a temporary name
        raise StorageError("The database cannot be written: database is locked.")

    monkeypatch.setattr(DraftStore, "record_copies", refuse)
    with pytest.raises(StorageError):
        print_to_file(store, draft, result, options, out / "nota.pdf")
    assert len(seen) == 1 and len(seen[0]) == 1 and seen[0][0].endswith(".part")
    assert _leftovers(out) == []  # neither the PDF nor its temporary file
    monkeypatch.undo()
    assert register_entries(store, draft.id) == []


def test_a_file_that_cannot_be_written_is_never_recorded(store: DraftStore, tmp_path: Path):
    draft = _classified(store)
    options = RenderOptions()
    result = render_nota(draft.nota, options)
    with pytest.raises(RenderError):
        print_to_file(store, draft, result, options, tmp_path)  # a folder: cannot be written
    with pytest.raises(RenderError):
        print_to_file(store, draft, result, options, tmp_path / "gone" / "nota.pdf")
    assert register_entries(store, draft.id) == []
    assert [e for e in store.audit_log(draft.id) if e.action == "print"] == []


def test_required_copy_numbers_stay_on() -> None:
    with pytest.raises(ValidationError, match="they stay on"):
        check_copy_numbers("nl.stg-geheim", False)
    check_copy_numbers("nl.stg-geheim", True)
    check_copy_numbers("nl.stg-geheim", None)
    check_copy_numbers("nl.ongerubriceerd", False)
