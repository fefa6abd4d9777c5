"""Deterministic bytes across processes, and writing the PDF safely."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from notadesk.core.render import RenderResult, write_pdf_atomically
from notadesk.errors import RenderError
from tests.core.render.pdfread import render

REPO = Path(__file__).resolve().parents[3]

SCRIPT = """
import datetime as dt
from notadesk.core.examples import example_nota
from notadesk.core.model.nota import Declassification
from notadesk.core.render import RenderOptions, render_nota
nota = example_nota()
print(render_nota(nota).sha256)
nota.classification.level = "nl.stg-confidentieel"
nota.classification.until = dt.date(2030, 1, 1)
nota.classification.declassified = Declassification("Hoofd DJZ", dt.date(2026, 1, 2), "R-1")
print(render_nota(nota, RenderOptions(copies=2, woo=True)).sha256)
"""


def _in_process() -> list[str]:
    import datetime as dt

    from notadesk.core.examples import example_nota
    from notadesk.core.model.nota import Declassification

    nota = example_nota()
    first = render(nota).sha256
    nota.classification.level = "nl.stg-confidentieel"
    nota.classification.until = dt.date(2030, 1, 1)
    nota.classification.declassified = Declassification("Hoofd DJZ", dt.date(2026, 1, 2), "R-1")
    return [first, render(nota, copies=2, woo=True).sha256]


def test_two_processes_give_byte_identical_pdfs():
    outputs = []
    for seed in ("1", "12345"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        proc = subprocess.run(
            [sys.executable, "-c", SCRIPT],
            capture_output=True,
            text=True,
            env=env,
            cwd=REPO,
            timeout=120,
            check=True,
        )
        outputs.append(proc.stdout.split())
    assert outputs[0] == outputs[1] == _in_process()
    assert outputs[0][0] != outputs[0][1]


def test_the_sha256_is_that_of_the_bytes(nota):
    import hashlib

    result = render(nota)
    assert isinstance(result, RenderResult)
    assert result.sha256 == hashlib.sha256(result.pdf).hexdigest()
    assert result.pdf.startswith(b"%PDF-") and result.pdf.rstrip().endswith(b"%%EOF")


def test_a_change_in_the_nota_changes_the_bytes(nota):
    before = render(nota).sha256
    nota.subject += "."
    assert render(nota).sha256 != before


def test_write_replaces_the_target_whole(tmp_path):
    target = tmp_path / "nota.pdf"
    target.write_bytes(b"old")
    write_pdf_atomically(b"%PDF-new", target)
    assert target.read_bytes() == b"%PDF-new"
    assert [p.name for p in tmp_path.iterdir()] == ["nota.pdf"]  # no temp file left


@pytest.mark.parametrize("case", ["missing-folder", "folder", "file-as-folder"])
def test_a_failed_write_leaves_no_file_under_the_final_name(tmp_path, case):
    if case == "missing-folder":
        target = tmp_path / "nope" / "nota.pdf"
    elif case == "folder":
        target = tmp_path / "nota.pdf"
        target.mkdir()
    else:
        (tmp_path / "plain-file").write_text("x")
        target = tmp_path / "plain-file" / "nota.pdf"
    with pytest.raises(RenderError) as info:
        write_pdf_atomically(b"%PDF-x", target)
    message = str(info.value)
    assert message.count(".") >= 1 and "\n" not in message and str(target) in message
    assert not target.is_file()
    assert [p.name for p in tmp_path.rglob("*") if ".part" in p.name] == []


def test_a_write_that_fails_midway_removes_the_temporary_file(tmp_path, monkeypatch):
    target = tmp_path / "nota.pdf"

    def broken_fsync(_fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(RenderError, match="No space left"):
        write_pdf_atomically(b"%PDF-x", target)
    assert list(tmp_path.iterdir()) == []


def test_renders_from_several_threads_give_the_same_bytes(nota):
    from concurrent.futures import ThreadPoolExecutor

    expected = render(nota).sha256
    woo_expected = render(nota, woo=True).sha256
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda i: render(nota, woo=bool(i % 2)).sha256, range(8)))
    assert results == [woo_expected if i % 2 else expected for i in range(8)]
