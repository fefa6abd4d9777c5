"""Enclosures: PDF attachments appended after the nota, every page stamped, bad ones refused."""

from __future__ import annotations

import hashlib
import io
import re

import pikepdf
import pytest
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen.canvas import Canvas

from notadesk.core.examples import example_nota
from notadesk.core.model.nota import Attachment, AttachmentFile, Declassification, Nota
from notadesk.core.render import RenderOptions, render_nota
from notadesk.errors import RenderError
from tests.core.render.tools import pdftotext


def make_pdf(pages: int, size=A4, label: str = "Rapport") -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=size, invariant=1)
    for i in range(pages):
        canvas.drawString(72, size[1] - 140, f"{label} blad {i + 1}")
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


class Files(dict):
    def add(self, nota: Nota, data: bytes, title: str, level: str | None = None) -> None:
        digest = hashlib.sha256(data).hexdigest()
        self[digest] = data
        nota.attachments.append(
            Attachment(
                id=f"a{len(nota.attachments)}",
                title=title,
                file=AttachmentFile("x.pdf", digest, len(data), "application/pdf"),
                level=level,
            )
        )


@pytest.fixture
def classified() -> tuple[Nota, Files]:
    nota = example_nota()  # already has one attachment (a title only): Bijlage 1
    nota.classification.level = "nl.dep-vertrouwelijk"
    nota.classification.end_event = "na besluit"
    files = Files()
    files.add(nota, make_pdf(3, label="Rapport"), "Het rapport")
    files.add(nota, make_pdf(1, landscape(A4), label="Kaart"), "De kaart", "nl.stg-confidentieel")
    return nota, files


def page_texts(pdf: bytes, tmp_path) -> list[str]:
    return [" ".join(p.split()) for p in pdftotext(pdf, tmp_path).split("\f")]


def test_enclosure_pages_follow_the_nota_with_marking_and_numbers(classified, tmp_path):
    nota, files = classified
    result = render_nota(nota, read_file=files.__getitem__)
    pages = page_texts(result.pdf, tmp_path)
    nota_pages = result.pages_per_copy
    enclosure = pages[nota_pages : nota_pages + 4]
    for n, text in enumerate(enclosure[:3], 1):
        assert f"Rapport blad {n}" in text
        assert f"Bijlage 2 — pagina {n} van 3" in text
        assert text.count("Dep. VERTROUWELIJK") == 2  # top and bottom
    assert "Kaart blad 1" in enclosure[3] and "Bijlage 3 — pagina 1 van 1" in enclosure[3]
    assert enclosure[3].count("Stg. CONFIDENTIEEL") == 2  # its own marking, higher
    with pikepdf.open(io.BytesIO(result.pdf)) as doc:
        assert len(doc.pages) == nota_pages + 4
        landscape_box = doc.pages[nota_pages + 3].mediabox
        assert float(landscape_box[2]) > float(landscape_box[3])  # its own page size kept


def test_enclosures_are_bookmarked_and_deterministic(classified):
    nota, files = classified
    first = render_nota(nota, read_file=files.__getitem__)
    assert render_nota(nota, read_file=files.__getitem__).pdf == first.pdf
    with pikepdf.open(io.BytesIO(first.pdf)) as doc:
        pages = {p.objgen: i for i, p in enumerate(doc.pages)}
        with doc.open_outline() as outline:
            marks = {i.title: pages[i.destination[0].objgen] for i in outline.root}
    assert marks["Bijlage 2: Het rapport"] == first.pages_per_copy
    assert marks["Bijlage 3: De kaart"] == first.pages_per_copy + 3


def test_each_copy_carries_its_enclosures_with_copy_numbers(classified, tmp_path):
    nota, files = classified
    result = render_nota(
        nota, RenderOptions(copies=2, copy_numbers=True), read_file=files.__getitem__
    )
    pages = page_texts(result.pdf, tmp_path)
    per_copy = result.pages_per_copy + 4
    assert "Exemplaar 2 van 2" in pages[per_copy + result.pages_per_copy]  # an enclosure page
    assert "Bijlage 2 — pagina 1 van 3" in pages[per_copy + result.pages_per_copy]


def test_pdfa_and_enclosures_together_pass_qpdf(classified, tmp_path):
    import subprocess

    nota, files = classified
    result = render_nota(nota, RenderOptions(pdfa=True), read_file=files.__getitem__)
    path = tmp_path / "a.pdf"
    path.write_bytes(result.pdf)
    assert subprocess.run(["qpdf", "--check", str(path)], capture_output=True).returncode == 0
    with pikepdf.open(io.BytesIO(result.pdf)) as doc:
        assert doc.open_metadata()["pdfaid:part"] == "2"


def test_without_files_or_in_the_woo_variant_no_enclosure_prints(classified):
    nota, files = classified
    plain = render_nota(nota)
    nota.classification.declassified = Declassification("Hoofd DJZ", None, "R-1")
    woo = render_nota(nota, RenderOptions(woo=True), read_file=files.__getitem__)
    for result in (plain, woo):
        with pikepdf.open(io.BytesIO(result.pdf)) as doc:
            assert len(doc.pages) == result.pages_per_copy


def _encrypted() -> bytes:
    with pikepdf.open(io.BytesIO(make_pdf(1))) as doc:
        out = io.BytesIO()
        doc.save(out, encryption=pikepdf.Encryption(owner="o", user="u"))
        return out.getvalue()


def _damaged() -> bytes:
    data = bytearray(make_pdf(2))
    at = data.index(b"xref")
    data[at : at + 40] = b"\0" * 40
    return bytes(data[: len(data) // 2])


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (_encrypted(), "Bijlage 2 (Slecht) is an encrypted PDF"),
        (_damaged(), "Bijlage 2 (Slecht) is a damaged PDF"),
        (b"%PDF-1.4 nothing else", "Bijlage 2 (Slecht) is a damaged PDF"),
        (b"not a pdf at all", "Bijlage 2 (Slecht) is a damaged PDF"),
    ],
    ids=["encrypted", "truncated", "empty", "not-pdf"],
)
def test_a_bad_attachment_is_refused_with_a_sentence(data, words):
    nota = example_nota()
    files = Files()
    files.add(nota, data, "Slecht")
    with pytest.raises(RenderError, match=re.escape(words)) as caught:
        render_nota(nota, read_file=files.__getitem__)
    assert "Traceback" not in str(caught.value)


def test_a_missing_file_is_named():
    nota = example_nota()
    files = Files()
    files.add(nota, make_pdf(1), "Weg")
    with pytest.raises(RenderError, match="Bijlage 2 \\(Weg\\): its file is not stored"):
        render_nota(nota, read_file={}.__getitem__)


def test_an_enclosure_marked_higher_makes_the_print_a_registered_copy(classified, store, tmp_path):
    from notadesk.core.policy.prints import print_level
    from notadesk.core.render import record_print
    from notadesk.core.render.register import register_entries

    nota, files = classified  # Dep. Vertrouwelijk: no register, no copy numbers of its own
    assert print_level(nota).id == "nl.stg-confidentieel"  # Bijlage 3 is higher
    assert print_level(nota, woo=True).id == "nl.dep-vertrouwelijk"  # no enclosures there
    for data in files.values():
        store.put_blob(data)
    draft = store.create(nota)
    options = RenderOptions(copies=2)
    result = render_nota(draft.nota, options, read_file=files.__getitem__)
    pages = page_texts(result.pdf, tmp_path)
    per_copy = len(pages) // 2
    assert "Exemplaar 1 van 2" in pages[0]  # the nota's own first page is numbered too
    assert "Exemplaar 2 van 2" in pages[per_copy]
    assert record_print(store, draft, result, options) == 2
    entries = register_entries(store, draft.id)
    assert [(e.copy_number, e.level) for e in entries] == [
        (1, "nl.stg-confidentieel"),
        (2, "nl.stg-confidentieel"),
    ]
    nota.attachments[-1].level = None  # without the higher enclosure: nothing to register
    nota.reference = "Min-BuZa.2022.241"
    plain = store.create(nota)
    result = render_nota(plain.nota, options, read_file=files.__getitem__)
    assert "Exemplaar" not in pdftotext(result.pdf, tmp_path)
    assert record_print(store, plain, result, options) == 0
