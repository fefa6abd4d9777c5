"""PDF/A-2b: checked with qpdf, poppler's pdfinfo and pdffonts, and pikepdf's XMP reader."""

from __future__ import annotations

import io
import subprocess

import pikepdf
import pytest

from notadesk.core.examples import example_nota
from notadesk.core.model.nota import Nota
from notadesk.core.render import RenderOptions, render_nota
from notadesk.core.render.archive import OUTPUT_CONDITION, srgb_profile
from tests.core.render.tools import pdffonts, pdfinfo


def final_nota(status: str = "definitief") -> Nota:
    nota = example_nota()
    nota.status = status
    return nota


@pytest.fixture(scope="module")
def archival() -> bytes:
    return render_nota(final_nota()).pdf


def test_definitief_and_getekend_print_as_pdfa_and_concept_does_not():
    assert render_nota(final_nota("definitief")).pdfa
    assert render_nota(final_nota("getekend")).pdfa
    concept = render_nota(example_nota())
    assert not concept.pdfa
    with pikepdf.open(io.BytesIO(concept.pdf)) as doc:
        assert "/Metadata" not in doc.Root and "/OutputIntents" not in doc.Root


def test_pdfa_on_request_for_a_concept():
    result = render_nota(example_nota(), RenderOptions(pdfa=True))
    assert result.pdfa
    with pikepdf.open(io.BytesIO(result.pdf)) as doc:
        meta = doc.open_metadata()
        assert meta["pdfaid:part"] == "2" and meta["pdfaid:conformance"] == "B"


def test_xmp_identifies_pdfa_2b_and_agrees_with_the_info_dictionary(archival, tmp_path):
    xmp = pdfinfo(archival, tmp_path, "-meta")
    assert "<pdfaid:part" in xmp and ">2</pdfaid:part>" in xmp
    assert ">B</pdfaid:conformance>" in xmp
    with pikepdf.open(io.BytesIO(archival)) as doc:
        meta = doc.open_metadata()
        info = doc.docinfo
        assert meta["dc:title"] == str(info["/Title"])
        assert meta["pdf:Producer"] == str(info["/Producer"])
        assert meta["xmp:CreatorTool"] == str(info["/Creator"])
        assert meta["pdf:Keywords"] == str(info["/Keywords"])
        assert meta["xmp:CreateDate"].startswith("2000-01-01")  # the invariant date
        assert "/Trapped" not in info


def test_the_output_intent_carries_the_shipped_srgb_profile(archival):
    with pikepdf.open(io.BytesIO(archival)) as doc:
        intents = doc.Root.OutputIntents
        assert len(intents) == 1
        intent = intents[0]
        assert intent.S == pikepdf.Name.GTS_PDFA1
        assert str(intent.OutputConditionIdentifier) == OUTPUT_CONDITION
        profile = intent.DestOutputProfile
        assert int(profile.N) == 3
        data = profile.read_bytes()
        assert data == srgb_profile()
        assert data[36:40] == b"acsp" and data[16:20] == b"RGB "  # an ICC RGB profile


def test_qpdf_finds_no_error(archival, tmp_path):
    path = tmp_path / "a.pdf"
    path.write_bytes(archival)
    done = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "No syntax or stream encoding errors" in done.stdout


def test_every_font_is_embedded(archival, tmp_path):
    table = pdffonts(archival, tmp_path)
    assert table and all(f["emb"] == "yes" for f in table)


def test_nothing_pdfa_forbids(archival):
    with pikepdf.open(io.BytesIO(archival)) as doc:
        assert not doc.is_encrypted
        assert "/Names" not in doc.Root or "/JavaScript" not in doc.Root.Names
        assert "/OpenAction" not in doc.Root and "/AA" not in doc.Root
        for page in doc.pages:
            for annot in page.get("/Annots", []):
                assert annot.get("/Subtype") != pikepdf.Name.Launch
        for obj in doc.objects:
            if isinstance(obj, pikepdf.Stream):
                assert obj.get("/Filter") != pikepdf.Name.LZWDecode


def test_pdfa_is_deterministic():
    assert render_nota(final_nota()).pdf == render_nota(final_nota()).pdf


def test_the_text_is_unchanged_by_pdfa(tmp_path):
    plain = render_nota(example_nota()).pdf
    archived = render_nota(example_nota(), RenderOptions(pdfa=True)).pdf
    texts = []
    for pdf in (plain, archived):
        path = tmp_path / "t.pdf"
        path.write_bytes(pdf)
        texts.append(subprocess.run(["pdftotext", str(path), "-"], capture_output=True).stdout)
    assert texts[0] == texts[1]
