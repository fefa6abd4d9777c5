"""The exported .docx: what a colleague without notadesk gets, read back from its XML."""

from __future__ import annotations

import datetime as dt
import io
import os
import stat
import zipfile

import docx
import pytest

from notadesk.core.examples import example_nota
from notadesk.core.interchange.docx_export import export_docx
from notadesk.core.interchange.docx_in import read_docx_bytes
from notadesk.core.interchange.docx_out import nota_to_docx
from notadesk.core.model.nota import (
    BulletList,
    CommitmentsBlock,
    FindingsBlock,
    ListItem,
    Nota,
    Paragraph,
    RoutingEntry,
    Run,
    Section,
)
from notadesk.core.render.register import register_entries
from notadesk.core.storage.tables import AuditRow
from notadesk.errors import WordDocumentError

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _parts(data: bytes) -> dict[str, str]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return {
            n: z.read(n).decode("utf-8", "replace")
            for n in z.namelist()
            if n.endswith((".xml", ".rels"))
        }


def _classified(status: str = "concept") -> Nota:
    nota = example_nota()
    nota.classification.level = "nl.stg-confidentieel"
    nota.classification.until = dt.date(2030, 1, 1)
    nota.status = status
    return nota


def test_every_header_and_footer_carries_the_marking_and_page_x_of_y_fields():
    document = docx.Document(io.BytesIO(nota_to_docx(_classified())))
    assert len(document.sections) == 1  # one section: its header and footer are every page's
    section = document.sections[0]
    assert not section.different_first_page_header_footer
    assert "Stg. CONFIDENTIEEL" in section.header.paragraphs[0].text
    footer = section.footer
    assert "Stg. CONFIDENTIEEL" in footer.paragraphs[0].text
    footer_xml = footer._element.xml
    instructions = [t.text.strip() for t in footer._element.iter(f"{W}instrText")]
    assert instructions == ["PAGE", "NUMPAGES"]
    assert footer_xml.count('w:fldCharType="begin"') == 2
    assert "Pagina" in footer.paragraphs[1].text and " van " in footer.paragraphs[1].text
    assert footer.paragraphs[2].text == "Exemplaar 1 van 1"  # the level numbers its copies


def test_a_level_without_copy_numbers_has_none_in_the_footer():
    nota = _classified()
    nota.classification.level = "nl.dep-vertrouwelijk"
    footer = docx.Document(io.BytesIO(nota_to_docx(nota))).sections[0].footer
    assert "Exemplaar" not in " ".join(p.text for p in footer.paragraphs)


def test_concept_has_the_watermark_and_definitief_has_not():
    concept = _parts(nota_to_docx(_classified("concept")))
    final = _parts(nota_to_docx(_classified("definitief")))
    headers = lambda parts: "".join(v for k, v in parts.items() if "header" in k)  # noqa: E731
    assert 'string="CONCEPT"' in headers(concept)
    assert "CONCEPT" not in headers(final) and "PowerPlusWaterMark" not in headers(final)


def test_an_unclassified_nota_has_no_marking_in_header_or_footer():
    nota = example_nota()
    nota.status = "definitief"
    document = docx.Document(io.BytesIO(nota_to_docx(nota)))
    assert document.sections[0].header.paragraphs[0].text == ""
    assert document.sections[0].footer.paragraphs[0].text == ""


def test_routing_type_line_reference_column_and_subject_are_in_the_document():
    nota = example_nota()
    text = " ".join(_parts(nota_to_docx(nota))["word/document.xml"].split())
    for expected in ("Aan", "Via", "TER BESLISSING", "Onze Referentie", nota.reference, "nota"):
        assert expected in text
    document = docx.Document(io.BytesIO(nota_to_docx(nota)))
    titles = [p.text for p in document.paragraphs if p.style.name == "Title"]
    assert titles == [nota.subject]
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert headings[: len(nota.sections)] == [s.title for s in nota.sections][: len(headings)]


def _printed_lines(nota: Nota, block: object) -> list[str]:
    """The lines the print makes of a data block, without markup."""
    import html
    import re

    from notadesk.core.render.story import StoryBuilder

    builder = StoryBuilder(nota, woo=False)
    lines = (
        builder.findings_lines(block)
        if isinstance(block, FindingsBlock)
        else builder.commitment_lines(block)
    )
    out = []
    for head, text, quoted in lines:
        head = html.unescape(re.sub(r"<[^>]+>", "", head)).replace("\u00a0", " ")
        out.append(head + (f"\u201c{text}\u201d" if quoted else text))
    return out


@pytest.mark.parametrize("positions", [False, True])
def test_findings_and_commitments_are_written_as_the_print_words_them(positions):
    nota = example_nota()
    blocks = [
        FindingsBlock(select="all", positions=positions),
        FindingsBlock(select="main", quote=True),
        CommitmentsBlock(),
    ]
    nota.sections = [Section("Data", list(blocks))]
    document = docx.Document(io.BytesIO(nota_to_docx(nota)))
    written = [p.text for p in document.paragraphs if p.style.name == "List Paragraph"]
    expected = [line for block in blocks for line in _printed_lines(nota, block)]
    assert nota.findings and nota.commitments and written == expected
    assert any(line.startswith("Toezegging 1") for line in written)


def test_numbered_lists_use_word_numbering_not_typed_numbers():
    nota = Nota(subject="Lijsten")
    from notadesk.core.model.nota import Section

    items = [ListItem([Run("een")], [ListItem([Run("sub")])], children_numbered=True)]
    nota.sections = [Section("Lijst", [BulletList(items=items, numbered=True)])]
    parts = _parts(nota_to_docx(nota))
    assert "<w:t>1.</w:t>" not in parts["word/document.xml"]
    assert parts["word/document.xml"].count("<w:numPr>") == 2
    assert 'w:numFmt w:val="decimal"' in parts["word/numbering.xml"]
    assert 'w:numFmt w:val="lowerLetter"' in parts["word/numbering.xml"]


def test_two_numbered_lists_each_count_from_one():
    from notadesk.core.model.nota import Section

    nota = Nota(subject="x")
    nota.sections = [
        Section(
            "A",
            [
                BulletList(items=[ListItem([Run("a1")]), ListItem([Run("a2")])], numbered=True),
                Paragraph([Run("tussen")]),
                BulletList(items=[ListItem([Run("b1")])], numbered=True),
            ],
        )
    ]
    numbering = _parts(nota_to_docx(nota))["word/numbering.xml"]
    document = _parts(nota_to_docx(nota))["word/document.xml"]
    import re

    used = re.findall(r'<w:numId w:val="(\d+)"/>', document)
    assert len(set(used)) == 2 and used[0] == used[1] != used[2]
    for num_id in set(used):
        block = numbering[numbering.index(f'w:numId="{num_id}"') :][:400]
        assert '<w:startOverride w:val="1"/>' in block


def test_the_woo_variant_leaves_personal_data_out_of_text_and_properties():
    nota = example_nota()
    nota.drafted_by = [RoutingEntry("J. Jansen", personal_data=True, woo_ground="5.1.2e")]
    nota.routing.to = [RoutingEntry("P. de Vries", personal_data=True, woo_ground="5.1.2e")]
    nota.sections[0].blocks.insert(
        0, Paragraph([Run("Openbaar "), Run("geheim deel", redact="5.1.2e"), Run(" einde")])
    )
    normal = nota_to_docx(nota)
    woo = nota_to_docx(nota, woo=True)
    everything = " ".join(_parts(woo).values())
    for secret in ("J. Jansen", "P. de Vries", "geheim deel"):
        assert secret not in everything
    assert "5.1.2e" in everything and "Openbaar" in everything
    props = docx.Document(io.BytesIO(woo)).core_properties
    assert props.author == "" and props.last_modified_by == "" and props.comments == ""
    assert "python-docx" not in " ".join(_parts(woo).values())
    # the normal variant does hold the names (so the test above can fail)
    assert "P. de Vries" in " ".join(_parts(normal).values())


def test_export_of_a_registered_level_is_in_the_copy_register_and_audit_log(store, tmp_path):
    draft = store.create(_classified())
    target = tmp_path / "nota.docx"
    result = export_docx(store, draft, target)
    assert target.is_file() and result.registered
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    import hashlib

    assert result.sha256 == hashlib.sha256(target.read_bytes()).hexdigest()
    (entry,) = register_entries(store, draft.id)
    assert entry.pdf_sha256 == result.sha256 and "Word" in entry.note
    with store.reading() as s:
        actions = [r.action for r in s.query(AuditRow).filter_by(draft_id=draft.id)]
    assert "export-docx" in actions
    assert list(tmp_path.glob("*.part")) == []


def test_export_of_an_unclassified_nota_records_nothing(store, tmp_path):
    draft = store.create(example_nota())
    result = export_docx(store, draft, tmp_path / "nota.docx")
    assert not result.registered and register_entries(store, draft.id) == []


def test_a_failed_record_leaves_no_file(store, tmp_path, monkeypatch):
    from notadesk.core.render import register
    from notadesk.errors import StorageError

    draft = store.create(_classified())

    def broken(*_a, **_k):
        raise StorageError("The database cannot be written: database is locked.")

    monkeypatch.setattr(register, "record_document_copy", broken)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(StorageError):
        export_docx(store, draft, out / "nota.docx")
    assert list(out.iterdir()) == []


def test_an_unwritable_target_is_one_sentence_and_no_file(store, tmp_path):
    draft = store.create(example_nota())
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(WordDocumentError, match="cannot be written"):
        export_docx(store, draft, out / "missing" / "nota.docx")
    with pytest.raises(WordDocumentError, match="is a folder"):
        export_docx(store, draft, out)
    assert list(out.iterdir()) == []


def test_the_exported_front_matter_does_not_come_back_as_text():
    nota = example_nota()
    back = read_docx_bytes(nota_to_docx(nota))
    assert back.subject == nota.subject
    assert back.lead == [] and back.report.tables == 0
    assert [s.title for s in back.sections] == [s.title for s in nota.sections]
