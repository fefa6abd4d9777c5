"""Trust and audit from the command line: keys, verdicts, the audit log across workstations."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.helpers import cli_in_process

Cap = pytest.CaptureFixture[str]


def _at(capsys: Cap, folder: Path, *args: str):
    return cli_in_process(capsys, "--data-dir", str(folder), *args)


def test_keys_verdicts_and_the_audit_log_across_workstations(
    capsys: Cap, tmp_path: Path, policy_file: Callable[..., Path]
) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    draft = _at(capsys, a, "new", "--subject", "Geheim stuk").out.strip()
    assert _at(capsys, a, "classify", draft, "nl.stg-geheim", "--until", "2030-01-01").status == 0
    down = _at(
        capsys,
        a,
        "classify",
        draft,
        "nl.dep-vertrouwelijk",
        "--justification",
        "Besluit is genomen en gedeeld",
    )
    assert down.status == 0, down.err
    stick = tmp_path / "stick"
    stick.mkdir()
    assert _at(capsys, a, "export", draft, "-o", str(stick)).status == 0
    (package,) = stick.glob("*.nota")
    assert _at(capsys, a, "trust", "key", "-o", str(stick)).status == 0
    (key_file,) = stick.glob("notadesk-key-*.json")

    verified = _at(capsys, b, "verify", str(package))
    assert verified.status == 0 and "a key this workstation does not trust" in verified.out
    policy_file(packages_must_be_signed=True)
    refused = _at(capsys, b, "import", str(package))
    assert refused.status == 1 and "accepts only packages signed by a trusted key" in refused.err
    added = _at(capsys, b, "trust", "add", str(key_file))
    assert added.status == 0 and "now trusted" in added.out
    listed = _at(capsys, b, "trust", "list", "--json").json()
    assert [k["source"] for k in listed] == ["own", "user"]
    imported = _at(capsys, b, "import", str(package))
    assert imported.status == 0, imported.err
    assert "on this workstation's trust list" in imported.out

    log = _at(capsys, b, "audit", draft, "--json").json()
    actions = [e["action"] for e in log]
    assert actions[:4] == ["create", "save", "save", "downgrade"]
    assert "import" in actions
    downgrade = next(e for e in log if e["action"] == "downgrade")
    assert downgrade["data"]["justification"] == "Besluit is genomen en gedeeld"
    assert downgrade["data"]["from"] == "nl.stg-geheim"
    assert downgrade["workstation"]  # it happened elsewhere, and says so
    text = _at(capsys, b, "audit", draft).out
    assert "Justification: Besluit is genomen en gedeeld" in text
    lines = text.splitlines()
    assert "[elsewhere: " in next(line for line in lines if " downgrade " in line)
    assert "[elsewhere: " not in next(line for line in lines if " import " in line)
    workstation = _at(capsys, b, "audit", "--json").json()
    assert any(e["action"] == "refused" and e["draft"] is None for e in workstation)
    assert any(e["action"] == "trust-add" for e in workstation)


def test_trust_add_of_a_bad_file_is_one_sentence(capsys: Cap, tmp_path: Path) -> None:
    bad = tmp_path / "key.json"
    bad.write_text("{}", encoding="utf-8")
    result = cli_in_process(capsys, "trust", "add", str(bad))
    assert result.status == 1
    assert result.err.count("\n") == 1 and "not a notadesk public-key file" in result.err


def test_policy_shows_what_is_in_force(capsys: Cap, policy_file: Callable[..., Path]) -> None:
    assert "Policy file: none" in cli_in_process(capsys, "policy").out
    policy_file(ceiling="nl.stg-confidentieel", schemes=["nl"])
    cli_in_process(capsys, "settings", "workstation.ceiling", "nl.dep-vertrouwelijk")
    shown = cli_in_process(capsys, "policy", "--json").json()
    assert shown["ceiling"] == "nl.stg-confidentieel"
    assert shown["ceiling_in_force"] == "nl.dep-vertrouwelijk"
    assert shown["schemes"] == ["nl"]
    policy_file(portion_marks=["nl"], letterhead={"organisation": "Ministerie van Defensie"})
    text = cli_in_process(capsys, "policy").out
    assert "Portion marks required for: nl" in text and "Letterhead: from the policy" in text
    shown = cli_in_process(capsys, "policy", "--json").json()
    assert shown["letterhead"] == {"organisation": "Ministerie van Defensie"}


def test_personal_data_is_warned_about_on_stderr_and_recorded(capsys: Cap, tmp_path: Path) -> None:
    doc = cli_in_process(capsys, "new", "--subject", "Bel 06-12345678 of mail a@b.nl")
    draft = doc.out.strip()
    printed = cli_in_process(capsys, "render", draft, "-o", str(tmp_path / "n.pdf"))
    assert printed.status == 0, printed.err
    assert "personal data? Subject: a telephone number (06-12345678)" in printed.err
    assert "an e-mail address (a@b.nl)" in printed.err
    assert (tmp_path / "n.pdf").exists()  # it warns; it never blocks
    exported = cli_in_process(capsys, "export", draft, "-o", str(tmp_path))
    assert exported.status == 0 and "personal data? " in exported.err
    log = cli_in_process(capsys, "audit", draft, "--json").json()
    warned = [e for e in log if e["action"] == "personal-data"]
    assert [e["data"]["occasion"] for e in warned] == ["print", "export"]
    assert all("06-12345678" not in str(e) for e in log)  # the log keeps no copy of it
