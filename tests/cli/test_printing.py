"""`notadesk render` and `notadesk register`, as a person at a terminal uses them."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import subprocess

import pytest

from notadesk.core.examples import example_nota
from tests.helpers import cli_in_process, one_page_pdf, run_cli


@pytest.fixture
def classified(store):
    nota = example_nota()
    nota.classification.level = "nl.stg-confidentieel"
    nota.classification.until = dt.date(2030, 1, 1)
    return store.create(nota)


def test_demo_then_render_writes_the_pdf_and_prints_its_sha256(tmp_path, data_dir):
    assert run_cli("demo", data_dir=data_dir).status == 0
    target = tmp_path / "nota.pdf"
    result = run_cli("render", "Min-BuZa.2022.240", "-o", str(target), data_dir=data_dir)
    assert result.status == 0, result.err
    digest, path = result.out.split()
    assert path == str(target)
    assert digest == hashlib.sha256(target.read_bytes()).hexdigest()
    text = subprocess.run(
        ["pdftotext", "-layout", str(target), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "TER BESLISSING" in text and "Pagina 4 van 4" in text  # Toezegging labels
    assert "RDINEV 13 september 2022" in text
    # a second render of the same draft is the same file
    again = run_cli("render", "Min-BuZa.2022.240", "-o", str(tmp_path / "b.pdf"), data_dir=data_dir)
    assert again.out.split()[0] == digest


def test_a_missing_draft_is_one_sentence_and_no_file(tmp_path, capsys):
    target = tmp_path / "x.pdf"
    result = cli_in_process(capsys, "render", "Min-BuZa.1999.1", "-o", str(target))
    assert result.status == 1
    assert result.err.strip().count("\n") == 0 and "No draft" in result.err
    assert "Traceback" not in result.err
    assert not target.exists()


@pytest.mark.parametrize("where", ["missing/x.pdf", "."])
def test_an_unwritable_path_is_one_sentence_and_no_file(tmp_path, capsys, store, where):
    store.create(example_nota())
    target = tmp_path / where
    result = cli_in_process(capsys, "render", "Min-BuZa.2022.240", "-o", str(target))
    assert result.status == 1
    assert result.err.startswith("notadesk: ") and result.err.strip().count("\n") == 0
    assert "Traceback" not in result.err
    assert not any(p.suffix == ".pdf" or ".part" in p.name for p in tmp_path.rglob("*"))


def test_copies_of_a_registered_level_fill_the_register(tmp_path, capsys, classified):
    target = tmp_path / "c.pdf"
    result = cli_in_process(capsys, "render", classified.id, "-o", str(target), "--copies", "3")
    assert result.status == 0, result.err
    assert "3 entries added to the copy register" in result.err
    listed = cli_in_process(capsys, "register", "--json").json()
    assert [(e["copy_number"], e["copies"]) for e in listed] == [(1, 3), (2, 3), (3, 3)]
    assert {e["pdf_sha256"] for e in listed} == {result.out.split()[0]}

    first = listed[0]["id"]
    done = cli_in_process(capsys, "register", "--set-recipient", str(first), "Kabinet SG")
    assert done.status == 0
    table = cli_in_process(capsys, "register", classified.nota.reference)
    lines = table.out.splitlines()
    assert lines[0].split()[:2] == ["ENTRY", "PRINTED"]
    assert len(lines) == 4  # header and the three copies; the correction shows as recipient
    assert "Kabinet SG" in lines[1] and "1/3" in lines[1] and "Stg. CONFIDENTIEEL" in lines[1]
    entries = cli_in_process(capsys, "register", "--json").json()
    assert len(entries) == 4 and entries[-1]["corrects_id"] == first
    assert entries[0]["current_recipient"] == "Kabinet SG"


def test_register_refusals_are_one_sentence(capsys, classified):
    bad = cli_in_process(capsys, "register", "--set-recipient", "abc", "X")
    assert bad.status == 1 and "abc" in bad.err
    missing = cli_in_process(capsys, "register", "--set-recipient", "999", "X")
    assert missing.status == 1 and "no entry 999" in missing.err
    empty = cli_in_process(capsys, "register")
    assert empty.status == 0 and "no printed copies" in empty.out


def test_copy_numbers_cannot_be_switched_off_where_required(tmp_path, capsys, classified):
    target = tmp_path / "c.pdf"
    result = cli_in_process(capsys, "render", classified.id, "-o", str(target), "--no-copy-numbers")
    assert result.status == 1 and "requires copy numbers" in result.err
    assert not target.exists()


@pytest.mark.parametrize("copies", ["0", "100", "two"])
def test_impossible_copy_counts_are_usage_errors(tmp_path, capsys, copies):
    result = cli_in_process(
        capsys, "render", "x", "-o", str(tmp_path / "x.pdf"), "--copies", copies
    )
    assert result.status == 2 and "--copies" in result.err


def test_woo_and_revision_options(tmp_path, capsys, store):
    draft = store.create(example_nota())
    nota = draft.nota
    nota.subject = "Tweede versie"
    store.save(draft.id, nota, base_revision=draft.revision)
    target = tmp_path / "w.pdf"
    args = ("render", draft.id, "-o", str(target), "--woo", "--revision", "1")
    assert cli_in_process(capsys, *args).status == 0
    text = subprocess.run(
        ["pdftotext", str(target), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Kabinetsreactie" in text and "Tweede versie" not in text
    assert "naam weggelakt" not in text and "5.1.2e" in text


def test_the_quick_read_finds_what_the_store_finds(store, data_dir):
    from notadesk.cli.context import Context
    from notadesk.cli.printing import quick_draft

    a = store.create(example_nota(), draft_id="aaaa1111-0000-4000-8000-000000000001")
    other = example_nota()
    other.reference = ""
    b = store.create(other, draft_id="aaaa2222-0000-4000-8000-000000000002")
    ctx = Context(data_dir=data_dir)
    for token in (
        a.id,
        a.id.upper(),
        "aaaa1",
        f" {a.nota.reference} ",
        "aaaa2222",
        b.nota.reference,
    ):
        assert quick_draft(ctx, token) == store.get(store.resolve(token)), token
    # no match, or more than one: the store decides (and says why)
    for token in ("Min-BuZa.1999.1", "aaa", "aaaa", "zzzz"):
        assert quick_draft(ctx, token) is None, token


def test_rendering_an_unregistered_level_does_not_load_sqlalchemy(tmp_path, data_dir):
    """The quick path (sqlite3 only) is what keeps the cold command fast."""
    import os
    import sys

    from tests.helpers import REPO

    assert run_cli("demo", data_dir=data_dir).status == 0
    code = (
        "import sys\n"
        "from notadesk.cli import main\n"
        f"status = main(['render', 'Min-BuZa.2022.240', '-o', {str(tmp_path / 'q.pdf')!r}])\n"
        "print(status, 'sqlalchemy' in sys.modules, 'alembic' in sys.modules)\n"
    )
    env = dict(os.environ, NOTADESK_DATA_DIR=str(data_dir))
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=REPO, timeout=120
    )
    assert proc.stdout.split()[-3:] == ["0", "False", "False"], proc.stderr
    assert (tmp_path / "q.pdf").is_file()


def test_pdfa_on_request_and_for_definitief(tmp_path, data_dir, store):
    concept = store.create(example_nota())
    target = tmp_path / "a.pdf"
    result = run_cli("render", concept.id, "-o", str(target), "--pdfa", data_dir=data_dir)
    assert result.status == 0, result.err
    assert "PDF/A-2b" in result.err
    meta = subprocess.run(
        ["pdfinfo", "-meta", str(target)], capture_output=True, text=True, check=True
    ).stdout
    assert ">2</pdfaid:part>" in meta
    plain = run_cli("render", concept.id, "-o", str(tmp_path / "p.pdf"), data_dir=data_dir)
    assert "PDF/A" not in plain.err
    final = example_nota()
    final.status = "definitief"
    final.reference = "Min-BuZa.2022.241"
    draft = store.create(final)
    done = run_cli("render", draft.id, "-o", str(tmp_path / "d.pdf"), data_dir=data_dir)
    assert done.status == 0 and "PDF/A-2b" in done.err


def _with_pdf_attachment(store, data: bytes, reference: str):
    from notadesk.core.model.nota import Attachment, AttachmentFile

    nota = example_nota()
    nota.reference = reference
    digest = store.put_blob(data)
    nota.attachments.append(
        Attachment(
            id="pdf",
            title="Rapport",
            file=AttachmentFile("rapport.pdf", digest, len(data), "application/pdf"),
        )
    )
    return store.create(nota)


def test_render_appends_a_pdf_attachment_and_refuses_a_damaged_one(tmp_path, data_dir, store):
    good = _with_pdf_attachment(store, one_page_pdf("Inhoud van het rapport"), "Min-BuZa.2030.11")
    target = tmp_path / "n.pdf"
    done = run_cli("render", good.id, "-o", str(target), data_dir=data_dir)
    assert done.status == 0, done.err
    text = subprocess.run(
        ["pdftotext", str(target), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Inhoud van het rapport" in text and "Bijlage 2 — pagina 1 van 1" in text

    bad = _with_pdf_attachment(store, b"%PDF-1.7\nbroken", "Min-BuZa.2030.12")
    target = tmp_path / "bad.pdf"
    refused = run_cli("render", bad.id, "-o", str(target), data_dir=data_dir)
    assert refused.status == 1
    assert "Bijlage 2 (Rapport) is a damaged PDF" in refused.err
    assert "Traceback" not in refused.err and not target.exists()


def test_the_letterhead_comes_from_the_settings(tmp_path, data_dir):
    assert run_cli("demo", data_dir=data_dir).status == 0
    plain = tmp_path / "plain.pdf"
    assert run_cli("render", "Min-BuZa.2022.240", "-o", str(plain), data_dir=data_dir).status == 0
    for key, value in (
        ("letterhead.organisation", "Ministerie van Buitenlandse Zaken"),
        ("letterhead.address", '["Rijnstraat 8", "2515 XP Den Haag"]'),
    ):
        assert run_cli("settings", key, value, data_dir=data_dir).status == 0
    headed = tmp_path / "headed.pdf"
    done = run_cli("render", "Min-BuZa.2022.240", "-o", str(headed), data_dir=data_dir)
    assert done.status == 0, done.err

    def text(path):
        return " ".join(
            subprocess.run(
                ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
            ).stdout.split()
        )

    assert "Ministerie van Buitenlandse Zaken" in text(headed)
    assert "2515 XP Den Haag" in text(headed)
    assert "Ministerie van Buitenlandse Zaken" not in text(plain)
    refused = run_cli("settings", "letterhead.logo", "/nonexistent.png", data_dir=data_dir)
    assert refused.status == 1 and "cannot be read" in refused.err


def test_the_policy_letterhead_wins_over_the_settings(tmp_path, data_dir, policy_file):
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (200, 80), (21, 66, 115)).save(logo)
    assert run_cli("demo", data_dir=data_dir).status == 0
    assert run_cli("settings", "letterhead.organisation", "Eigen Instelling", data_dir=data_dir)
    policy_file(
        letterhead={
            "organisation": "Ministerie van Defensie",
            "address": ["Kalvermarkt 32"],
            "logo": str(logo),
        }
    )
    target = tmp_path / "policy.pdf"
    done = run_cli("render", "Min-BuZa.2022.240", "-o", str(target), data_dir=data_dir)
    assert done.status == 0, done.err
    text = " ".join(
        subprocess.run(
            ["pdftotext", str(target), "-"], capture_output=True, text=True, check=True
        ).stdout.split()
    )
    assert "Ministerie van Defensie" in text and "Kalvermarkt 32" in text
    assert "Eigen Instelling" not in text  # the policy's letterhead replaces the settings'
    images = subprocess.run(
        ["pdfimages", "-list", str(target)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert len(images) == 1  # the policy's logo
    logo.unlink()
    gone = run_cli("render", "Min-BuZa.2022.240", "-o", str(tmp_path / "x.pdf"), data_dir=data_dir)
    assert gone.status == 1 and "Ask the administrator" in gone.err
    assert "Traceback" not in gone.err and not (tmp_path / "x.pdf").exists()


def test_an_enclosure_marked_higher_registers_the_print(tmp_path, data_dir, store):
    draft = _with_pdf_attachment(store, one_page_pdf("Geheim rapport"), "Min-BuZa.2030.13")
    nota = draft.nota  # ongerubriceerd; its enclosure is Stg. Confidentieel
    nota.attachments[-1].level = "nl.stg-confidentieel"
    store.save(draft.id, nota, base_revision=draft.revision)
    refused = run_cli(
        "render", draft.id, "-o", str(tmp_path / "x.pdf"), "--no-copy-numbers", data_dir=data_dir
    )
    assert refused.status == 1 and "requires copy numbers" in refused.err
    target = tmp_path / "n.pdf"
    done = run_cli("render", draft.id, "-o", str(target), "--copies", "2", data_dir=data_dir)
    assert done.status == 0, done.err
    assert "2 entries added to the copy register" in done.err
    text = subprocess.run(
        ["pdftotext", str(target), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Exemplaar 1 van 2" in text and "Exemplaar 2 van 2" in text
    listed = run_cli("register", draft.id, "--json", data_dir=data_dir)
    entries = json.loads(listed.out)
    assert [(e["copy_number"], e["level"]) for e in entries] == [
        (1, "nl.stg-confidentieel"),
        (2, "nl.stg-confidentieel"),
    ]
