"""The gate seen from the command line: new --from-json, classify, restore, settings."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.helpers import cli_in_process

Cap = pytest.CaptureFixture[str]


def _document(capsys: Cap, tmp_path: Path, **changes: object) -> Path:
    draft_id = cli_in_process(capsys, "new", "--subject", "Basis").out.strip()
    doc = cli_in_process(capsys, "show", draft_id, "--json").json()
    doc["nota"]["reference"] = ""
    for dotted, value in changes.items():
        *path, last = dotted.split("__")
        target = doc["nota"]
        for part in path:
            target = target[part]
        target[last] = value
    out = tmp_path / "doc.json"
    out.write_text(json.dumps(doc), encoding="utf-8")
    return out


def test_new_from_json_above_the_ceiling_is_refused(
    capsys: Cap, tmp_path: Path, policy_file: Callable[..., Path]
) -> None:
    path = _document(
        capsys,
        tmp_path,
        classification__level="nl.stg-geheim",
        classification__until="2030-01-01",
    )
    policy_file(ceiling="nl.dep-vertrouwelijk")
    before = cli_in_process(capsys, "list", "--json").json()
    result = cli_in_process(capsys, "new", "--from-json", str(path))
    assert result.status == 1
    assert "above the highest classification" in result.err
    assert "Traceback" not in result.err
    assert cli_in_process(capsys, "list", "--json").json() == before
    # and the user cannot lift it
    raised = cli_in_process(capsys, "settings", "workstation.ceiling", "nl.stg-zeer-geheim")
    assert raised.status == 1 and "not raise it" in raised.err


def test_new_from_json_of_an_unready_definitief_draft_arrives_as_concept(
    capsys: Cap, tmp_path: Path
) -> None:
    path = _document(capsys, tmp_path, status="definitief", subject="")
    result = cli_in_process(capsys, "new", "--from-json", str(path))
    assert result.status == 0, result.err
    assert "arrived as definitief" in result.err and "stored as concept" in result.err
    shown = cli_in_process(capsys, "show", result.out.strip(), "--json").json()
    assert shown["nota"]["status"] == "concept"


def test_downgrade_from_the_cli_needs_a_justification(capsys: Cap) -> None:
    draft_id = cli_in_process(capsys, "new", "--subject", "Geheim").out.strip()
    up = cli_in_process(capsys, "classify", draft_id, "nl.stg-geheim", "--until", "2031-05-01")
    assert up.status == 0, up.err
    down = cli_in_process(capsys, "classify", draft_id, "nl.ongerubriceerd")
    assert down.status == 1
    assert "lowered from Stg. GEHEIM" in down.err and "words" in down.err
    assert "--justification TEXT" in down.err
    shown = cli_in_process(capsys, "show", draft_id, "--json").json()
    assert shown["nota"]["classification"]["level"] == "nl.stg-geheim"
    ok = cli_in_process(
        capsys,
        "classify",
        draft_id,
        "nl.ongerubriceerd",
        "--justification",
        "Kamerbrief is inmiddels openbaar",
    )
    assert ok.status == 0, ok.err
    # restoring the secret revision is raising: no justification; restoring back down needs one
    assert cli_in_process(capsys, "restore", draft_id, "2").status == 0
    refused = cli_in_process(capsys, "restore", draft_id, "3")
    assert refused.status == 1 and "words" in refused.err
    done = cli_in_process(
        capsys, "restore", draft_id, "3", "--justification", "terug naar de openbare versie"
    )
    assert done.status == 0, done.err
