"""The paraaf round on the command line: comment, paraaf, return, route, diff --pdf."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.helpers import cli_in_process

Cap = pytest.CaptureFixture[str]


def _ok(capsys: Cap, *args: str) -> str:
    result = cli_in_process(capsys, *args)
    assert result.status == 0, result.err
    return result.out


def _routed_demo(capsys: Cap, tmp_path: Path) -> str:
    _ok(capsys, "settings", "user.display_name", "A. Opsteller")
    draft_id = _ok(capsys, "demo").strip()
    doc = json.loads(_ok(capsys, "show", draft_id, "--json"))
    doc["nota"]["routing"]["via"] = [{"name": "DGPZ"}, {"name": "DVB"}]
    doc["nota"]["reference"] = "Min-BuZa.2022.241"
    path = tmp_path / "routed.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return _ok(capsys, "new", "--from-json", str(path)).split()[0]


def test_a_whole_paraaf_round(capsys: Cap, tmp_path: Path) -> None:
    draft = _routed_demo(capsys, tmp_path)
    assert "DGPZ: nog te paraferen" in _ok(capsys, "route", draft)
    _ok(capsys, "route", draft, "--add", "Juridische Zaken", "--function", "jurist")
    _ok(capsys, "settings", "user.display_name", "DGPZ")
    out = _ok(capsys, "paraaf", draft, "--remark", "akkoord")
    assert "Paraaf recorded on revision 1; the nota is now ter-parafering." in out
    _ok(capsys, "settings", "user.display_name", "DVB")
    back = _ok(capsys, "return", draft, "--remark", "graag cijfers")
    assert "the nota is now concept" in back
    route = json.loads(_ok(capsys, "route", draft, "--json"))
    assert [(s["name"], s["state"]) for s in route] == [
        ("DGPZ", "given"),
        ("DVB", "returned"),
        ("Juridische Zaken", "open"),
    ]
    assert route[0]["by"]["name"] == "DGPZ" and route[0]["remark"] == "akkoord"
    history = _ok(capsys, "history", draft)
    assert "paraaf DGPZ: ter parafering" in history
    assert "terug met opmerkingen van DVB" in history
    refused = cli_in_process(capsys, "return", draft, "--remark", "")
    assert refused.status == 1 and "needs a remark" in refused.err


def test_comments_from_the_command_line(capsys: Cap, tmp_path: Path) -> None:
    draft = _routed_demo(capsys, tmp_path)
    added = _ok(capsys, "comment", draft, "Welke taal?", "--on", "taalvaardigheid")
    comment_id = added.split()[1]
    _ok(capsys, "comment", draft, "Over deze bevinding", "--finding", "2")
    _ok(capsys, "comment", draft, "Frans.", "--reply", comment_id)
    listed = _ok(capsys, "comment", draft)
    assert "«taalvaardigheid»  [open]" in listed and "bevinding 2  [open]" in listed
    assert "Frans." in listed
    assert _ok(capsys, "comment", draft, "--resolve", comment_id).strip() == "Resolved."
    items = json.loads(_ok(capsys, "comment", draft, "--json"))
    assert sorted(i["resolved"] for i in items) == [False, True]
    for args, words in (
        (["nope", "--on", "bestaat niet in de nota"], "not in the nota"),
        (["x", "--finding", "99"], "no finding 99"),
        (["--resolve", "ffff"], "no comment"),
        (["x\x00y"], "control"),
    ):
        result = cli_in_process(capsys, "comment", draft, *args)
        assert result.status == 1 and words in result.err, result.err
        assert len(result.err.strip().splitlines()) == 1


def test_diff_prints_words_and_a_pdf(capsys: Cap, tmp_path: Path) -> None:
    draft = _routed_demo(capsys, tmp_path)
    doc = json.loads(_ok(capsys, "show", draft, "--json"))
    doc["nota"]["subject"] = doc["nota"]["subject"].replace("op IOB", "op de IOB")
    doc["nota"]["classification"]["level"] = "nl.stg-confidentieel"
    # a second revision through restore: save the edit as a new draft and compare
    from notadesk.core.model.codec import nota_from_dict
    from notadesk.core.storage.store import DraftStore

    with DraftStore.open() as store:
        current = store.get(store.resolve(draft))
        store.save(current.id, nota_from_dict(doc["nota"]), base_revision=current.revision)
    out = _ok(capsys, "diff", draft, "1")
    assert "Onderwerp: Kabinetsreactie op {+de +}IOB" in out
    assert "Rubricering: [-Ongerubriceerd-]{+Stg. CONFIDENTIEEL+}" in out
    assert "nl.stg" not in out and "@@" not in out
    pdf = tmp_path / "redline.pdf"
    printed = cli_in_process(capsys, "diff", draft, "1", "2", "--pdf", str(pdf))
    assert printed.status == 0, printed.err
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(pdf).pages).split())
    assert "Wijzigingen van revisie 1 naar revisie 2" in text
    assert text.count("Stg. CONFIDENTIEEL") >= 2  # marked like the nota, at the higher level
    assert "1 entry added to the copy register" in printed.err
    register = json.loads(_ok(capsys, "register", "--json"))
    assert [e["revision"] for e in register] == [2]


def test_the_printed_parafen_block_shows_given_parafen(capsys: Cap, tmp_path: Path) -> None:
    draft = _routed_demo(capsys, tmp_path)
    _ok(capsys, "settings", "user.display_name", "DGPZ")
    _ok(capsys, "settings", "user.function", "directeur-generaal")
    _ok(capsys, "paraaf", draft)
    pdf = tmp_path / "nota.pdf"
    _ok(capsys, "render", draft, "-o", str(pdf))
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(pdf).pages).split())
    assert "DGPZ, directeur-generaal — geparafeerd" in text
    assert "DVB Datum" in text  # still open: lines to initial on
    # an edit after the paraaf: the block shows lines again for DGPZ
    doc = json.loads(_ok(capsys, "show", draft, "--json"))
    from notadesk.core.model.codec import nota_from_dict
    from notadesk.core.storage.store import DraftStore

    doc["nota"]["subject"] = "Gewijzigd na de paraaf"
    with DraftStore.open() as store:
        current = store.get(store.resolve(draft))
        store.save(current.id, nota_from_dict(doc["nota"]), base_revision=current.revision)
    _ok(capsys, "render", draft, "-o", str(pdf))
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(pdf).pages).split())
    assert "geparafeerd" not in text
    assert "paraaf op een eerdere versie" in _ok(capsys, "route", draft)


def test_the_comment_report_is_a_pdf_of_its_own(capsys: Cap, tmp_path: Path) -> None:
    draft = _routed_demo(capsys, tmp_path)
    added = _ok(capsys, "comment", draft, "Welke <b>taal</b>?", "--on", "taalvaardigheid")
    _ok(capsys, "comment", draft, "Frans.", "--reply", added.split()[1])
    _ok(capsys, "comment", draft, "Over de hele nota")
    report = tmp_path / "opmerkingen.pdf"
    _ok(capsys, "comment", draft, "--pdf", str(report))
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(report).pages).split())
    assert "Opmerkingen bij Min-BuZa.2022.241" in text
    assert "Bij: «taalvaardigheid»" in text and "Welke <b>taal</b>?" in text
    assert "Frans." in text and "Bij de hele nota" in text
    # never in the nota itself
    nota_pdf = tmp_path / "nota.pdf"
    _ok(capsys, "render", draft, "-o", str(nota_pdf))
    printed = " ".join(p.extract_text() for p in PdfReader(nota_pdf).pages)
    assert "Welke" not in printed and "Frans." not in printed


def test_status_definitief_is_refused_while_the_route_is_open(capsys: Cap, tmp_path: Path) -> None:
    draft = _routed_demo(capsys, tmp_path)
    _ok(capsys, "settings", "user.display_name", "DGPZ")
    _ok(capsys, "paraaf", draft)
    refused = cli_in_process(capsys, "status", draft, "definitief")
    assert refused.status == 1
    assert "DVB (nog te paraferen)" in refused.err and "DGPZ (" not in refused.err
    assert refused.err.count("\n") == 1 and "Traceback" not in refused.err
    _ok(capsys, "settings", "user.display_name", "DVB")
    _ok(capsys, "paraaf", draft)
    assert "is now definitief" in _ok(capsys, "status", draft, "definitief")
    bad = cli_in_process(capsys, "status", draft, "klaar")
    assert bad.status == 1 and "'klaar' is not a status" in bad.err


def test_the_demo_has_no_route_steps(capsys: Cap) -> None:
    draft = _ok(capsys, "demo").strip()
    assert json.loads(_ok(capsys, "route", draft, "--json")) == []
