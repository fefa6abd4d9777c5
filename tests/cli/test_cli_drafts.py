"""The headless CLI: commands, JSON round trip, and errors as one sentence."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from notadesk.core.model.codec import nota_from_dict
from tests.helpers import cli_in_process, run_cli

Cap = pytest.CaptureFixture[str]


def _demo(capsys: Cap) -> str:
    result = cli_in_process(capsys, "demo")
    assert result.status == 0, result.err
    return result.out.strip()


def test_show_json_fed_to_new_gives_an_equal_draft(capsys: Cap, tmp_path: Path) -> None:
    draft_id = _demo(capsys)
    shown = cli_in_process(capsys, "show", draft_id, "--json")
    path = tmp_path / "draft.json"
    path.write_text(shown.out, encoding="utf-8")
    created = cli_in_process(capsys, "new", "--from-json", str(path))
    assert created.status == 0
    new_id = created.out.strip()
    assert new_id != draft_id
    assert "already in use" in created.err  # the reference is unique, so the copy gets another
    again = cli_in_process(capsys, "show", new_id, "--json").json()
    original, copy = nota_from_dict(shown.json()["nota"]), nota_from_dict(again["nota"])
    assert copy.reference != original.reference
    copy.reference = original.reference
    assert copy == original


def test_new_from_json_keeps_a_free_reference(capsys: Cap, tmp_path: Path) -> None:
    draft_id = _demo(capsys)
    doc = cli_in_process(capsys, "show", draft_id, "--json").json()
    doc["nota"]["reference"] = "Min-BuZa.2030.1"
    path = tmp_path / "d.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    new_id = cli_in_process(capsys, "new", "--from-json", str(path)).out.strip()
    shown = cli_in_process(capsys, "show", "Min-BuZa.2030.1", "--json").json()
    assert shown["id"] == new_id


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ("{not json", "not valid JSON (line 1)"),
        (
            '{"format": "notadesk-draft", "format_version": 1, '
            '"nota": {"type": "x", "subject": ""}}',
            "nota.type",
        ),
        ('{"format": "notadesk-draft", "format_version": 1}', "'nota' is a required property"),
    ],
)
def test_bad_json_is_refused_with_the_field_named(
    capsys: Cap, tmp_path: Path, content: str, words: str
) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    result = cli_in_process(capsys, "new", "--from-json", str(path))
    assert result.status == 1
    assert words in result.err
    assert result.err.count("\n") == 1 and "Traceback" not in result.err
    assert cli_in_process(capsys, "list", "--json").json() == []


def test_list_json_items(capsys: Cap) -> None:
    draft_id = _demo(capsys)
    (item,) = cli_in_process(capsys, "list", "--json").json()
    assert item["id"] == draft_id
    assert item["subject"].startswith("Kabinetsreactie")
    assert item["reference"] == "Min-BuZa.2022.240"
    assert item["status"] == "concept"
    assert item["classification"] == "nl.ongerubriceerd"
    assert item["updated"]


def test_search_history_restore_delete_undelete(capsys: Cap) -> None:
    draft_id = _demo(capsys)
    hits = cli_in_process(capsys, "search", "taalvaardigheid", "--json").json()
    assert [h["id"] for h in hits] == [draft_id]
    assert cli_in_process(capsys, "search", 'R&D NOT "(').status == 0
    history = cli_in_process(capsys, "history", draft_id[:8], "--json").json()
    assert [h["number"] for h in history] == [1]
    restored = cli_in_process(capsys, "restore", "Min-BuZa.2022.240", "1")
    assert restored.status == 0 and "revision 2" in restored.out
    assert "same content" in cli_in_process(capsys, "diff", draft_id, "1", "2").out
    assert cli_in_process(capsys, "delete", draft_id).status == 0
    assert cli_in_process(capsys, "list", "--json").json() == []
    assert [d["id"] for d in cli_in_process(capsys, "list", "--trash", "--json").json()] == [
        draft_id
    ]
    assert cli_in_process(capsys, "undelete", draft_id).status == 0
    assert len(cli_in_process(capsys, "list", "--json").json()) == 1


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["show", "nope"], "No draft is known as 'nope'."),
        (["restore", "Min-BuZa.2022.240", "77"], "no revision 77"),
        (["restore", "Min-BuZa.2022.240", "x"], "invalid int value"),
        (["new", "--from-json", "/nonexistent/file.json"], "cannot be used"),
        (["frobnicate"], "invalid choice"),
        (["settings", "no.such.key"], "no setting called"),
    ],
)
def test_errors_are_one_sentence(capsys: Cap, args: list[str], words: str) -> None:
    _demo(capsys)
    result = cli_in_process(capsys, *args)
    assert result.status != 0
    assert words in result.err
    assert len(result.err.strip().splitlines()) == 1 and "Traceback" not in result.err


def test_real_process_unwritable_data_dir_is_one_sentence(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = run_cli("--data-dir", str(blocker / "sub"), "list")
    assert result.status == 1
    assert result.err.startswith("notadesk: The data folder")
    assert "Traceback" not in result.err


def test_real_process_round_trip_via_stdin(tmp_path: Path) -> None:
    data = tmp_path / "d"
    draft_id = run_cli("demo", data_dir=data).out.strip()
    doc = run_cli("show", draft_id, "--json", data_dir=data).out
    other = tmp_path / "other"
    created = run_cli("new", "--from-json", "-", data_dir=other, stdin=doc)
    assert created.status == 0, created.err
    listed = json.loads(run_cli("list", "--json", data_dir=other).out)
    assert [d["reference"] for d in listed] == ["Min-BuZa.2022.240"]


def test_settings_change_the_reference_prefix(capsys: Cap) -> None:
    assert cli_in_process(capsys, "settings", "reference.prefix", "Min-DEF").status == 0
    assert cli_in_process(capsys, "settings", "reference.prefix").out.strip() == '"Min-DEF"'
    draft_id = cli_in_process(capsys, "new", "--subject", "Test").out.strip()
    shown = cli_in_process(capsys, "show", draft_id, "--json").json()
    assert shown["nota"]["reference"].startswith("Min-DEF.")
    assert shown["nota"]["subject"] == "Test"


def test_history_shows_author_and_note(capsys: Cap) -> None:
    assert cli_in_process(capsys, "settings", "user.display_name", "J. de Vries").status == 0
    assert cli_in_process(capsys, "settings", "user.function", "beleidsmedewerker").status == 0
    draft_id = _demo(capsys)
    restored = cli_in_process(capsys, "restore", draft_id, "1", "--note", "naar DGPZ voor paraaf")
    assert restored.status == 0
    lines = cli_in_process(capsys, "history", draft_id).out.splitlines()
    assert "J. de Vries (beleidsmedewerker)" in lines[0] and "—" not in lines[0]
    assert lines[1].endswith("J. de Vries (beleidsmedewerker)  — naar DGPZ voor paraaf")
    entries = cli_in_process(capsys, "history", draft_id, "--json").json()
    assert entries[1]["author"]["name"] == "J. de Vries"
    assert entries[1]["note"] == "naar DGPZ voor paraaf"
    bad = cli_in_process(capsys, "settings", "user.display_name", "a\nb")
    assert bad.status == 1 and "line break" in bad.err
