"""The package commands: export, verify and import, in words and in JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers import cli_in_process, run_cli

Cap = pytest.CaptureFixture[str]


def _cli(capsys: Cap, data: Path, *args: str):
    return cli_in_process(capsys, "--data-dir", str(data), *args)


def _package(capsys: Cap, tmp_path: Path) -> tuple[Path, str]:
    a = tmp_path / "ws-a"
    draft_id = _cli(capsys, a, "demo").out.strip()
    out = tmp_path / "stick"
    out.mkdir()
    result = _cli(capsys, a, "export", "--all", "-o", str(out), "--json")
    assert result.status == 0, result.err
    report = result.json()
    assert [d["id"] for d in report["drafts"]] == [draft_id]
    path = Path(report["path"])
    assert path.parent == out and path.name.endswith("-ongerubriceerd.nota")
    return path, draft_id


def test_export_verify_import_and_import_again(capsys: Cap, tmp_path: Path) -> None:
    path, draft_id = _package(capsys, tmp_path)
    b = tmp_path / "ws-b"
    verified = _cli(capsys, b, "verify", str(path))
    assert verified.status == 0, verified.err
    assert "a valid notadesk package" in verified.out and "Min-BuZa.2022.240" in verified.out
    assert "Importing it here would do:" in verified.out and ": new" in verified.out

    dry = _cli(capsys, b, "import", str(path), "--dry-run", "--json")
    assert dry.status == 0 and dry.json()["dry_run"] is True
    assert _cli(capsys, b, "list", "--json").json() == []

    done = _cli(capsys, b, "import", str(path))
    assert done.status == 0, done.err
    assert done.out.startswith("Imported:") and "1 new" in done.out
    listed = _cli(capsys, b, "list", "--json").json()
    assert [d["id"] for d in listed] == [draft_id]

    again = _cli(capsys, b, "import", str(path), "--json").json()
    assert again["counts"]["already up to date"] == 1
    assert [d["outcome"] for d in again["drafts"]] == ["already up to date"]


def test_export_named_drafts_to_a_file_name(capsys: Cap, tmp_path: Path) -> None:
    a = tmp_path / "ws-a"
    _cli(capsys, a, "demo")
    result = _cli(capsys, a, "export", "Min-BuZa.2022.240", "-o", str(tmp_path / "week.nota"))
    assert result.status == 0, result.err
    assert (tmp_path / "week-ongerubriceerd.nota").is_file()
    assert "read back and verified" in result.out


def test_refusals_are_one_sentence_and_status_one(capsys: Cap, tmp_path: Path) -> None:
    bad = tmp_path / "bad.nota"
    bad.write_bytes(b"PK\x03\x04 not really")
    b = tmp_path / "ws-b"
    for args in (("verify", str(bad)), ("import", str(bad))):
        result = _cli(capsys, b, *args)
        assert result.status == 1 and result.out == ""
        assert result.err.startswith("notadesk: Package refused")
        assert result.err.count("\n") == 1 and "Traceback" not in result.err
    as_json = _cli(capsys, b, "verify", str(bad), "--json")
    assert as_json.status == 1 and json.loads(as_json.out)["valid"] is False


def test_export_usage_errors(capsys: Cap, tmp_path: Path) -> None:
    a = tmp_path / "ws-a"
    _cli(capsys, a, "demo")
    neither = _cli(capsys, a, "export", "-o", str(tmp_path))
    assert neither.status == 2 and "--all" in neither.err
    unknown = _cli(capsys, a, "export", "nope-nope", "-o", str(tmp_path))
    assert unknown.status == 1 and "No draft is known" in unknown.err
    misleading = _cli(capsys, a, "export", "--all", "-o", str(tmp_path / "x-stg-geheim.nota"))
    assert misleading.status == 1 and "shows the marking" in misleading.err


def test_ceiling_refuses_in_a_real_process(capsys: Cap, tmp_path: Path) -> None:
    path, _ = _package(capsys, tmp_path)
    b = tmp_path / "ws-b"
    assert _cli(capsys, b, "settings", "workstation.ceiling", "nl.ongerubriceerd").status == 0
    result = run_cli("--data-dir", str(b), "import", str(path))
    assert result.status == 0, result.err  # ongerubriceerd is not above the ceiling
    _cli(capsys, b, "settings", "workstation.ceiling", "nato.unclassified")
    path2 = tmp_path / "stick2"
    path2.mkdir()
    a = tmp_path / "ws-a"
    show = _cli(capsys, a, "show", "Min-BuZa.2022.240", "--json").json()
    show["nota"]["classification"]["level"] = "nl.stg-confidentieel"
    show["nota"]["reference"] = ""
    doc = tmp_path / "doc.json"
    doc.write_text(json.dumps(show), encoding="utf-8")
    c = tmp_path / "ws-c"
    assert _cli(capsys, c, "new", "--from-json", str(doc)).status == 0
    exported = _cli(capsys, c, "export", "--all", "-o", str(path2), "--json").json()
    assert exported["path"].endswith("-stg-confidentieel.nota")
    refused = run_cli("--data-dir", str(b), "import", exported["path"])
    assert refused.status == 1 and "above the highest classification" in refused.err
