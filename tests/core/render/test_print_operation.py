"""The one print operation: a PDF is written, recorded and named all together, or not at all."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from notadesk.core.examples import example_nota
from notadesk.core.policy.markings import check_copy_numbers
from notadesk.core.render import RenderOptions, print_on_paper, print_to_file, render_nota
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


# --- on paper: recorded before the printer gets it ----------------------------------------------


def test_paper_is_sent_only_after_the_print_is_recorded(store: DraftStore):
    draft = _classified(store)
    options = RenderOptions(copies=2)
    result = render_nota(draft.nota, options)
    seen: list[tuple[bytes, int]] = []

    def send(pdf: bytes) -> None:  # what the register holds when the printer gets the pages
        seen.append((pdf, len(register_entries(store, draft.id))))

    assert print_on_paper(store, draft, result, options, send) == 2
    assert seen == [(result.pdf, 2)]
    actions = [e.action for e in store.audit_log(draft.id)]
    assert actions.count("print") == 1 and "print-failed" not in actions


def test_a_refusing_printer_keeps_the_entries_and_logs_that_nothing_printed(store: DraftStore):
    draft = _classified(store)
    options = RenderOptions(copies=3)
    result = render_nota(draft.nota, options)

    def refuse(_pdf: bytes) -> None:
        raise RenderError("The printer could not be started; check that it is available.")

    with pytest.raises(RenderError):
        print_on_paper(store, draft, result, options, refuse)
    assert len(register_entries(store, draft.id)) == 3  # append-only: the entries stay
    (failed,) = [e for e in store.audit_log(draft.id) if e.action == "print-failed"]
    assert failed.data["copies"] == 3 and failed.data["sha256"] == result.sha256
    assert "printer could not be started" in failed.detail


def test_an_unrecordable_print_never_reaches_the_printer(
    store: DraftStore, monkeypatch: pytest.MonkeyPatch
):
    draft = _classified(store)
    options = RenderOptions()
    result = render_nota(draft.nota, options)
    sent: list[bytes] = []

    def refuse(*_a: object, **_k: object) -> None:
        raise StorageError("The database cannot be written: database is locked.")

    monkeypatch.setattr(DraftStore, "record_copies", refuse)
    with pytest.raises(StorageError):
        print_on_paper(store, draft, result, options, sent.append)
    assert sent == []


def test_an_unregistered_level_prints_without_entries(store: DraftStore):
    draft = store.create(example_nota())
    options = RenderOptions()
    result = render_nota(draft.nota, options)
    sent: list[bytes] = []
    assert print_on_paper(store, draft, result, options, sent.append) == 0
    assert sent == [result.pdf]
    assert register_entries(store, draft.id) == []

    def refuse(_pdf: bytes) -> None:
        raise RenderError("The printer could not be started; check that it is available.")

    with pytest.raises(RenderError):
        print_on_paper(store, draft, result, options, refuse)
    assert [e.action for e in store.audit_log(draft.id)] == ["create"]
