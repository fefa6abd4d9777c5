"""The Woo variant of a classified nota: only after a recorded declassification decision."""

from __future__ import annotations

import datetime as dt
import json
import subprocess

import pytest

from notadesk.core.examples import example_nota
from notadesk.core.model.nota import Declassification
from notadesk.core.render import RenderOptions, render_nota
from notadesk.errors import ValidationError
from tests.helpers import run_cli


def _text(path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return " ".join(out.stdout.split())


@pytest.fixture
def secret(store):
    nota = example_nota()
    nota.classification.level = "nl.stg-confidentieel"
    nota.classification.until = dt.date(2030, 1, 1)
    return store.create(nota)


def test_the_woo_variant_waits_for_a_recorded_decision(tmp_path, data_dir, secret):
    target = tmp_path / "woo.pdf"
    refused = run_cli("render", secret.id, "-o", str(target), "--woo", data_dir=data_dir)
    assert refused.status == 1 and not target.exists()
    assert "only after a recorded declassification decision" in refused.err
    assert "Traceback" not in refused.err

    done = run_cli(
        "declassify",
        secret.id,
        "--by",
        "Hoofd DJZ",
        "--reference",
        "DJZ-2026/117",
        "--date",
        "2026-12-01",
        data_dir=data_dir,
    )
    assert done.status == 0, done.err
    again = run_cli("declassify", secret.id, "--by", "X", "--reference", "Y", data_dir=data_dir)
    assert again.status == 1 and "declassified already" in again.err

    printed = run_cli("render", secret.id, "-o", str(target), "--woo", data_dir=data_dir)
    assert printed.status == 0, printed.err
    assert "copy register" not in printed.err  # not a registered classified copy
    text = _text(target)
    assert "gederubriceerd op 1 december 2026 (DJZ-2026/117)" in text
    assert "Exemplaar" not in text  # no copy numbers on a declassified Woo variant

    register = run_cli("register", secret.id, "--json", data_dir=data_dir)
    assert json.loads(register.out) == []
    audit = run_cli("audit", secret.id, data_dir=data_dir)
    if audit.status == 0:  # the audit log command of the trust issue
        assert "declassified" in audit.out and "DJZ-2026/117" in audit.out


def test_the_normal_print_of_a_declassified_nota_stays_marked_and_registered(
    tmp_path, data_dir, secret
):
    run_cli("declassify", secret.id, "--by", "Hoofd DJZ", "--reference", "R1", data_dir=data_dir)
    target = tmp_path / "n.pdf"
    printed = run_cli("render", secret.id, "-o", str(target), data_dir=data_dir)
    assert printed.status == 0 and "added to the copy register" in printed.err
    assert "Exemplaar 1 van 1" in _text(target) and "gederubriceerd" not in _text(target)


def test_unclassified_notas_need_no_decision(tmp_path, data_dir, store):
    draft = store.create(example_nota())
    assert (
        run_cli("declassify", draft.id, "--by", "X", "--reference", "Y", data_dir=data_dir).status
        == 1
    )
    done = run_cli("render", draft.id, "-o", str(tmp_path / "w.pdf"), "--woo", data_dir=data_dir)
    assert done.status == 0


def test_render_refuses_in_the_core_too():
    nota = example_nota()
    nota.classification.level = "nato.secret"
    with pytest.raises(ValidationError, match="declassification"):
        render_nota(nota, RenderOptions(woo=True))
    nota.classification.declassified = Declassification("X", dt.date(2026, 1, 2), "R")
    assert render_nota(nota, RenderOptions(woo=True)).pages_per_copy >= 1


def test_the_woo_word_export_of_a_classified_nota_waits_for_the_decision(
    tmp_path, data_dir, secret
):
    import docx

    target = tmp_path / "woo.docx"
    refused = run_cli("export-docx", secret.id, "-o", str(target), "--woo", data_dir=data_dir)
    assert refused.status == 1 and not target.exists()
    assert "only after a recorded declassification decision" in refused.err
    assert "Traceback" not in refused.err
    run_cli(
        "declassify",
        secret.id,
        "--by",
        "Hoofd DJZ",
        "--reference",
        "DJZ-2026/118",
        "--date",
        "2026-12-01",
        data_dir=data_dir,
    )
    done = run_cli("export-docx", secret.id, "-o", str(target), "--woo", data_dir=data_dir)
    assert done.status == 0, done.err
    assert "copy register" not in done.err  # not a registered classified copy
    header = docx.Document(str(target)).sections[0].header.paragraphs[0]
    struck = [r.text for r in header.runs if r.font.strike]
    assert struck == ["Stg. CONFIDENTIEEL"]
    assert "gederubriceerd op 1 december 2026 (DJZ-2026/118)" in header.text
    assert json.loads(run_cli("register", secret.id, "--json", data_dir=data_dir).out) == []
    normal = run_cli("export-docx", secret.id, "-o", str(tmp_path / "n.docx"), data_dir=data_dir)
    assert normal.status == 0 and "1 entry added to the copy register" in normal.err


def test_record_declassification_refuses_each_bad_request(store, secret):
    from notadesk.core.declassification import record_declassification

    unclassified = example_nota()
    unclassified.reference = ""
    plain = store.create(unclassified)
    with pytest.raises(ValidationError, match="is not classified"):
        record_declassification(store, plain, by="X", reference="R")
    with pytest.raises(ValidationError, match="Say who decided"):
        record_declassification(store, secret, by="  ", reference="R")
    with pytest.raises(ValidationError, match="Say who decided"):
        record_declassification(store, secret, by="X", reference="")
    with pytest.raises(ValidationError, match="line break"):
        record_declassification(store, secret, by="X\nY", reference="R")
    saved = record_declassification(
        store, secret, by="Hoofd DJZ", reference="R-1", date=dt.date(2026, 11, 30)
    )
    decision = store.get(secret.id).nota.classification.declassified
    assert decision == Declassification("Hoofd DJZ", dt.date(2026, 11, 30), "R-1")
    assert store.history(secret.id)[-1].note == "gederubriceerd: R-1"  # oldest first
    with pytest.raises(ValidationError, match="declassified already"):
        record_declassification(store, saved, by="X", reference="R-2")


def test_a_decision_dated_in_the_future_or_before_the_nota_is_refused(data_dir, secret, store):
    from notadesk.core.declassification import record_declassification

    tomorrow = (dt.date.today() + dt.timedelta(days=1)).isoformat()
    refused = run_cli(
        "declassify", secret.id, "--by", "X", "--reference", "R", "--date", tomorrow,
        data_dir=data_dir,
    )  # fmt: skip
    assert refused.status == 1 and "is in the future" in refused.err
    assert "Traceback" not in refused.err
    assert secret.nota.date is not None
    before = secret.nota.date - dt.timedelta(days=1)
    with pytest.raises(ValidationError, match="before the nota's date"):
        record_declassification(store, store.get(secret.id), by="X", reference="R", date=before)
    assert store.get(secret.id).nota.classification.declassified is None
    done = record_declassification(
        store, store.get(secret.id), by="X", reference="R", date=secret.nota.date
    )
    assert done.nota.classification.declassified is not None


@pytest.mark.parametrize("hostile", ["DJZ-\u202e711/6202", "DJZ\u2066-1", "DJZ\x1b[31m-1", "D\n1"])
def test_a_reference_that_reads_otherwise_than_it_is_is_refused(store, secret, hostile):
    from notadesk.core.declassification import record_declassification

    with pytest.raises(ValidationError, match="control character"):
        record_declassification(store, store.get(secret.id), by="Hoofd DJZ", reference=hostile)
    with pytest.raises(ValidationError, match="control character"):
        record_declassification(store, store.get(secret.id), by=hostile, reference="DJZ-1")
    assert store.get(secret.id).nota.classification.declassified is None
