"""Hostile draft documents get one sentence, never a traceback; the terminal is never obeyed.

Issue 16 items 6 (impossible dates, lone surrogates, deep nesting), 8 (control characters in
single-line fields; escapes printed raw) and 13 (``--from-json /dev/zero``).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from notadesk.cli.terminal import visible
from notadesk.core.examples import example_nota
from notadesk.core.model.limits import MAX_SECTION_DEPTH, check_form
from notadesk.core.storage.documents import envelope, parse_document_text
from notadesk.errors import ValidationError
from tests.helpers import cli_in_process, run_cli

Cap = pytest.CaptureFixture[str]


def _doc() -> dict[str, Any]:
    return envelope(example_nota())


def _new(capsys: Cap, tmp_path: Path, doc: Any, *, raw: str | None = None):
    path = tmp_path / "doc.json"
    path.write_text(raw if raw is not None else json.dumps(doc), encoding="utf-8")
    return cli_in_process(capsys, "new", "--from-json", str(path))


def _deep_sections(depth: int) -> dict[str, Any]:
    section: dict[str, Any] = {"title": "diep", "blocks": [], "subsections": []}
    top = section
    for _ in range(depth - 1):
        child = {"title": "dieper", "blocks": [], "subsections": []}
        section["subsections"] = [child]
        section = child
    doc = _doc()
    doc["nota"]["sections"] = [top]
    return doc


def _deep_bullets(depth: int) -> dict[str, Any]:
    item: dict[str, Any] = {"kind": "item", "runs": [{"text": "b"}], "children": []}
    top = item
    for _ in range(depth - 1):
        child = {"kind": "item", "runs": [{"text": "b"}], "children": []}
        item["children"] = [child]
        item = child
    doc = _doc()
    doc["nota"]["sections"] = [{"title": "S", "blocks": [{"kind": "list", "items": [top]}]}]
    return doc


@pytest.mark.parametrize(
    ("change", "words"),
    [
        (lambda n: n.update(date="2024-13-45"), "nota.date: '2024-13-45' is not a date"),
        (lambda n: n.update(date="0000-00-00"), "nota.date: '0000-00-00' is not a date"),
        (lambda n: n["classification"].update(until="2023-02-30"), "classification.until"),
        (lambda n: n.update(subject="a\ud800b"), "nota.subject: it holds a lone surrogate"),
        (
            lambda n: n["sections"][0]["blocks"][0]["runs"][0].update(text="x\udfff"),
            "runs[0].text: it holds a lone surrogate",
        ),
        (lambda n: n.update(subject="a\x00b"), "nota.subject: it holds a control character"),
        (
            lambda n: n.update(reference="EVIL\x1b[2J\x1b[31mREF\nFAKE LINE"),
            "nota.reference: it holds a control character",
        ),
        (lambda n: n.update(subject="\x1b]0;owned\x07titel"), "nota.subject"),
        (lambda n: n.update(subject="twee\nregels"), "it is a single line"),
        (lambda n: n["routing"]["to"][0].update(name="a\x9bb"), "nota.routing.to[0].name"),
        (
            lambda n: n["sections"][0]["blocks"][0]["runs"][0].update(text="a\x1bb"),
            "only line breaks are allowed here",
        ),
    ],
)
def test_bad_values_are_one_sentence_naming_the_field(
    capsys: Cap, tmp_path: Path, change: Any, words: str
) -> None:
    doc = _doc()
    doc["nota"]["sections"][0]["blocks"][0] = {"kind": "paragraph", "runs": [{"text": "t"}]}
    change(doc["nota"])
    result = _new(capsys, tmp_path, doc)
    assert result.status == 1
    assert words in result.err
    assert "unexpected" not in result.err
    assert result.err.count("\n") == 1  # one sentence, one line, no traceback
    assert "\x1b" not in result.err and "\x00" not in result.err
    assert cli_in_process(capsys, "list", "--json").json() == []  # nothing was created


def test_line_breaks_and_tabs_are_allowed_in_text() -> None:
    doc = _doc()
    doc["nota"]["sections"][0]["blocks"][0] = {
        "kind": "paragraph",
        "runs": [{"text": "regel een\nregel\ttwee"}],
    }
    doc["nota"]["findings"][0]["text"] = "bevinding\nmet twee regels"
    parse_document_text(json.dumps(doc))  # no error


@pytest.mark.parametrize(
    ("doc", "words"),
    [
        (lambda: _deep_sections(250), f"sections nest at most {MAX_SECTION_DEPTH} deep"),
        (lambda: _deep_sections(MAX_SECTION_DEPTH + 1), "sections nest at most"),
        (lambda: _deep_bullets(320), "bullets nest at most 3 deep"),
        (lambda: _deep_bullets(4), "bullets nest at most 3 deep"),
    ],
)
def test_deep_nesting_is_refused_before_the_schema(
    capsys: Cap, tmp_path: Path, doc: Any, words: str
) -> None:
    result = _new(capsys, tmp_path, doc())
    assert result.status == 1
    assert words in result.err
    assert "unexpected" not in result.err


def test_deepest_allowed_nesting_is_accepted(capsys: Cap, tmp_path: Path) -> None:
    assert _new(capsys, tmp_path, _deep_sections(MAX_SECTION_DEPTH)).status == 0
    assert _new(capsys, tmp_path, _deep_bullets(3)).status == 0


def test_json_nested_past_the_limit_anywhere_is_refused() -> None:
    value: Any = "x"
    for _ in range(5000):
        value = [value]
    with pytest.raises(ValidationError, match="nests more than"):
        check_form({"nota": {"finding_groups": value}})


def test_every_show_json_is_accepted_by_new_from_json(capsys: Cap, tmp_path: Path) -> None:
    from notadesk.core.model.nota import Paragraph, Run, Section
    from notadesk.core.storage.store import DraftStore

    nota = example_nota()
    nota.sections.append(
        Section(title="Regels", blocks=[Paragraph(runs=[Run(text="regel\neen\ttab")])])
    )
    nota.reference = ""
    store = DraftStore.open(None)
    try:
        made = [store.create(nota).id]
    finally:
        store.close()
    made.append(cli_in_process(capsys, "demo").out.strip())
    made.append(cli_in_process(capsys, "new").out.strip())
    for draft_id in made:
        for extra in ([], ["--revision", "1"]):
            shown = cli_in_process(capsys, "show", draft_id, "--json", *extra)
            assert shown.status == 0
            created = _new(capsys, tmp_path, None, raw=shown.out)
            assert created.status == 0, created.err


def test_from_json_reads_a_bounded_amount(tmp_path: Path) -> None:
    result = run_cli("new", "--from-json", "/dev/zero", data_dir=tmp_path / "d")
    assert result.status == 1
    assert "larger than 64 MB" in result.err
    assert "Traceback" not in result.err


def test_control_characters_printed_to_the_terminal_are_escaped(capsys: Cap) -> None:
    # A draft stored before the door checks existed (or written another way) still prints
    # safely: list, show and search never send an escape sequence to the terminal.
    from notadesk.core.storage.store import DraftStore
    from notadesk.core.storage.tables import DraftRow

    nota = example_nota()
    nota.reference = "EVIL\x1b[2J\x1b[31mREF\nFAKE LINE"
    nota.subject = "\x1b]0;owned\x07onderwerp\x9b31m"
    store = DraftStore.open(None)
    try:
        draft = store.create(example_nota())
        with store.writing() as s:  # values stored before the door refused them
            row = s.get(DraftRow, draft.id)
            row.reference, row.subject = nota.reference, nota.subject
    finally:
        store.close()
    for args in (["list"], ["show", draft.id[:8]], ["list", "--json"]):
        result = cli_in_process(capsys, *args)
        assert result.status == 0, result.err
        for char in ("\x1b", "\x07", "\x9b"):
            assert char not in result.out
    shown = cli_in_process(capsys, "list").out
    assert "EVIL\\u001b[2J" in shown
    assert "REF\\u000aFAKE LINE" in shown  # the line break shows, it does not break the line
    listed = cli_in_process(capsys, "list", "--json").json()
    assert listed[0]["reference"] == nota.reference  # JSON keeps the value, escaped


def test_visible_escapes_every_control_but_newline_and_tab() -> None:
    assert visible("a\x1b[31mb\x07\x00\r\x7f\x9b\n\t") == (
        "a\\u001b[31mb\\u0007\\u0000\\u000d\\u007f\\u009b\n\t"
    )


def test_a_reference_never_shadows_another_drafts_id(capsys: Cap, tmp_path: Path) -> None:
    """Issue 16 item 9: a draft whose reference was another draft's id prefix won."""
    from notadesk.core.storage.store import DraftStore
    from notadesk.core.storage.tables import DraftRow

    store = DraftStore.open(None)
    try:
        victim = store.create(example_nota())
        nota = example_nota()
        nota.reference = "Tijdelijk.1"
        shadow = store.create(nota)
        prefix = victim.id[:8]
        with store.writing() as s:  # a reference written before the door refused such ones
            row = s.get(DraftRow, shadow.id)
            row.reference = prefix
    finally:
        store.close()
    for command in (["show", prefix], ["delete", prefix], ["export", prefix, "-o", "x"]):
        result = cli_in_process(capsys, *command)
        assert result.status == 1, command
        assert "names more than one draft" in result.err
        assert victim.id in result.err and shadow.id in result.err
    shown = cli_in_process(capsys, "show", victim.id)
    assert shown.status == 0
    assert cli_in_process(capsys, "list", "--trash").out.startswith("The trash is empty")


@pytest.mark.parametrize("reference", ["abcd1234", "0f8f-ad5b", "DEADBEEF"])
def test_a_reference_that_looks_like_an_id_is_refused_at_the_door(
    capsys: Cap, tmp_path: Path, reference: str
) -> None:
    doc = _doc()
    doc["nota"]["reference"] = reference
    result = _new(capsys, tmp_path, doc)
    assert result.status == 1
    assert "could be taken for a draft's id" in result.err


def test_an_edit_giving_an_id_like_reference_is_refused_by_the_store() -> None:
    from notadesk.core.storage.store import DraftStore

    store = DraftStore.open(None)
    try:
        draft = store.create(example_nota())
        nota = draft.nota
        nota.reference = "cafe-babe"
        with pytest.raises(ValidationError, match="could be taken for a draft's id"):
            store.save(draft.id, nota, base_revision=draft.revision)
        nota.reference = "Min-BuZa.2022.240"
        nota.subject = "a\x1b[2Jb"
        with pytest.raises(ValidationError, match=r"nota\.subject: it holds a control"):
            store.save(draft.id, nota, base_revision=draft.revision)
    finally:
        store.close()


def test_without_a_display_the_window_says_so_instead_of_aborting(tmp_path: Path) -> None:
    """Issue 16 item 13: Qt aborted with exit 134 and a misleading xcb text."""
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    env["NOTADESK_DATA_DIR"] = str(tmp_path / "d")
    proc = subprocess.run(
        [sys.executable, "-m", "notadesk"], env=env, capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 1
    assert "no display" in proc.stderr and "notadesk --help" in proc.stderr
    assert "xcb" not in proc.stderr


def test_verify_touches_nothing(capsys: Cap, tmp_path: Path) -> None:
    """Issue 16 item 13: verify made a data folder and a database."""
    from notadesk.core.interchange import export_package
    from notadesk.core.storage.store import DraftStore

    source = DraftStore.open(tmp_path / "bron")
    try:
        source.create(example_nota())
        package = export_package(source, None, tmp_path).path
    finally:
        source.close()
    fresh = tmp_path / "nieuw"
    result = cli_in_process(capsys, "--data-dir", str(fresh), "verify", str(package))
    assert result.status == 0, result.err
    assert not fresh.exists()


def test_crash_logs_are_owner_only_whatever_the_umask(tmp_path: Path) -> None:
    """Issue 16 item 7: a crash log (which can quote a classified draft) was 0644 or 0666."""
    import argparse
    import os
    import stat

    from notadesk.cli.context import Context

    def boom(_ctx: Context, _args: argparse.Namespace) -> int:
        raise RuntimeError("Stg. GEHEIM onderwerp")

    old = os.umask(0)
    try:
        status = Context(data_dir=tmp_path / "d").run(boom, argparse.Namespace())
    finally:
        os.umask(old)
    assert status == 1
    (log,) = (tmp_path / "d" / "logs").glob("crash-*.txt")
    assert stat.S_IMODE(log.stat().st_mode) == 0o600
    assert "Stg. GEHEIM onderwerp" in log.read_text(encoding="utf-8")
