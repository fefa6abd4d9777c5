"""Portion marks at the command line: a portion above the nota's marking is refused."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from tests.helpers import cli_in_process

Cap = pytest.CaptureFixture[str]


def _document(capsys: Cap, level: str, portion: str) -> dict:
    draft_id = cli_in_process(capsys, "demo").out.strip()
    doc = cli_in_process(capsys, "show", draft_id, "--json").json()
    nota = doc["nota"]
    nota["reference"] = "Min-BuZa.2030.7"
    nota["classification"]["level"] = level
    nota["classification"]["until"] = "2031-01-01"
    nota["findings"][9]["portion"] = portion
    return doc


def test_new_from_json_refuses_a_portion_above_the_marking(capsys: Cap, tmp_path: Path):
    path = tmp_path / "d.json"
    path.write_text(json.dumps(_document(capsys, "nato.restricted", "nato.secret")))
    result = cli_in_process(capsys, "new", "--from-json", str(path))
    assert result.status == 1
    assert (
        "Finding 10 is marked NATO Secret, above the nota's marking NATO Restricted" in result.err
    )
    assert result.err.count("\n") == 1 and "Traceback" not in result.err
    listed = cli_in_process(capsys, "list", "--json").json()
    assert [d["reference"] for d in listed] == ["Min-BuZa.2022.240"]  # nothing was written


def test_a_marked_portion_prints_in_the_scheme_form(capsys: Cap, tmp_path: Path):
    path = tmp_path / "d.json"
    path.write_text(json.dumps(_document(capsys, "nato.secret", "nato.restricted")))
    assert cli_in_process(capsys, "new", "--from-json", str(path)).status == 0
    target = tmp_path / "n.pdf"
    done = cli_in_process(capsys, "render", "Min-BuZa.2030.7", "-o", str(target))
    assert done.status == 0, done.err
    text = subprocess.run(
        ["pdftotext", str(target), "-"], capture_output=True, text=True, check=True
    ).stdout
    flat = " ".join(text.split())
    assert "(NR) Bevinding 10:" in flat  # its own level
    assert "(NS) Hoofdbevinding 1:" in flat  # unset: the nota's level


def test_the_policy_makes_nl_portion_marks_print(capsys: Cap, tmp_path: Path, policy_file) -> None:
    cli_in_process(capsys, "demo")
    target = tmp_path / "n.pdf"

    def printed() -> str:
        done = cli_in_process(capsys, "render", "Min-BuZa.2022.240", "-o", str(target))
        assert done.status == 0, done.err
        text = subprocess.run(
            ["pdftotext", str(target), "-"], capture_output=True, text=True, check=True
        ).stdout
        return " ".join(text.split())

    assert "(O) Hoofdbevinding 1:" not in printed()  # NL: optional, none marked
    policy_file(portion_marks=["nl"])
    assert "(O) Hoofdbevinding 1:" in printed()
    shown = cli_in_process(capsys, "policy", "--json").json()
    assert shown["portion_marks"] == ["nl"]
