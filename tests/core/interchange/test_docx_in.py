"""Reading Word documents made with python-docx: every element the importer turns into the
nota's text, and every element it reports as not (or not unchanged) come over."""

from __future__ import annotations

import io

import pytest
from docx.enum.text import WD_COLOR_INDEX

from notadesk.core.drafting import blank_nota
from notadesk.core.interchange.docx_in import MAX_PARAGRAPHS, read_docx_bytes
from notadesk.core.interchange.incoming import into_new_nota, into_nota
from notadesk.core.model.nota import BulletList, ListItem, Paragraph, Run, Section, Table
from notadesk.errors import ValidationError, WordDocumentError
from tests.core.interchange.docx_builders import (
    PNG_1PX,
    add_numbering,
    append_xml,
    list_paragraph,
    new_document,
    paragraph_xml,
    run_xml,
    to_bytes,
    with_body,
)


def _text(runs: list[Run]) -> str:
    return "".join(r.text for r in runs)


def test_headings_become_sections_and_sub_sections_and_the_title_the_subject():
    doc = new_document()
    doc.add_paragraph("Bijdrage over MINUSMA", style="Title")
    doc.add_paragraph("Tekst voor de eerste kop.")
    doc.add_heading("Aanleiding", 1)
    doc.add_paragraph("Eerste alinea.")
    doc.add_heading("Achtergrond", 2)
    doc.add_paragraph("Onder de subkop.")
    doc.add_heading("Detail", 3)
    doc.add_heading("Te diep", 4)
    doc.add_paragraph("Onder een kop 4.")
    doc.add_heading("Kernpunten", 1)
    result = read_docx_bytes(to_bytes(doc))
    assert result.subject == "Bijdrage over MINUSMA"
    assert [_text(b.runs) for b in result.lead] == ["Tekst voor de eerste kop."]
    assert [s.title for s in result.sections] == ["Aanleiding", "Kernpunten"]
    first = result.sections[0]
    assert _text(first.blocks[0].runs) == "Eerste alinea."
    sub = first.subsections[0]
    assert sub.title == "Achtergrond"
    assert _text(sub.blocks[0].runs) == "Onder de subkop."
    # level 3 stays a sub-sub-section; level 4 is lifted to level 3, and the report says so
    assert [s.title for s in sub.subsections] == ["Detail", "Te diep"]
    assert _text(sub.subsections[1].blocks[0].runs) == "Onder een kop 4."
    assert result.report.notes["deep-heading"].count == 1
    assert result.report.sections == 5


def test_a_document_whose_headings_start_at_level_2_still_gets_top_level_sections():
    doc = new_document()
    doc.add_heading("Eerste", 2)
    doc.add_heading("Tweede", 2)
    doc.add_heading("Onder tweede", 3)
    result = read_docx_bytes(to_bytes(doc))
    assert [s.title for s in result.sections] == ["Eerste", "Tweede"]
    assert [s.title for s in result.sections[1].subsections] == ["Onder tweede"]


def test_run_formats_and_line_breaks_come_over():
    doc = new_document()
    p = doc.add_paragraph("gewoon ")
    p.add_run("vet").bold = True
    p.add_run(" ")
    p.add_run("cursief").italic = True
    p.add_run(" ")
    p.add_run("onder").underline = True
    p.add_run(" ")
    marked = p.add_run("geel")
    marked.font.highlight_color = WD_COLOR_INDEX.YELLOW
    both = p.add_run(" alles")
    both.bold = both.italic = both.underline = True
    brk = p.add_run("regel een")
    brk.add_break()
    brk.add_text("regel\ttwee")
    result = read_docx_bytes(to_bytes(doc))
    runs = result.lead[0].runs
    styled = [(r.text, r.bold, r.italic, r.underline, r.highlight) for r in runs]
    assert styled == [
        ("gewoon ", False, False, False, False),
        ("vet", True, False, False, False),
        (" ", False, False, False, False),
        ("cursief", False, True, False, False),
        (" ", False, False, False, False),
        ("onder", False, False, True, False),
        (" ", False, False, False, False),
        ("geel", False, False, False, True),
        (" alles", True, True, True, False),
        ("regel een\nregel twee", False, False, False, False),
    ]
    assert result.report.clean


def test_bold_from_a_character_style_counts_and_an_explicit_off_wins():
    doc = new_document()
    p = doc.add_paragraph()
    p.add_run("sterk", style="Strong")
    off = p.add_run(" niet")
    off.style = doc.styles["Strong"]
    off.bold = False
    runs = read_docx_bytes(to_bytes(doc)).lead[0].runs
    assert [(r.text, r.bold) for r in runs] == [("sterk", True), (" niet", False)]


def test_bullets_and_numbered_lists_keep_their_nesting_and_kind():
    doc = new_document()
    doc.add_paragraph("een", style="List Number")
    doc.add_paragraph("een-a", style="List Number 2")
    doc.add_paragraph("een-a-i", style="List Bullet 3")
    doc.add_paragraph("twee", style="List Number")
    doc.add_paragraph("tussendoor")
    doc.add_paragraph("punt", style="List Bullet")
    doc.add_paragraph("punt-punt", style="List Bullet 2")
    result = read_docx_bytes(to_bytes(doc))
    numbered, para, bullets = result.lead
    assert isinstance(numbered, BulletList) and numbered.numbered
    one, two = numbered.items
    assert _text(one.runs) == "een" and _text(two.runs) == "twee"
    assert one.children_numbered is True
    (a,) = one.children
    assert _text(a.runs) == "een-a"
    assert a.children_numbered is False and _text(a.children[0].runs) == "een-a-i"
    assert isinstance(para, Paragraph)
    assert isinstance(bullets, BulletList) and not bullets.numbered
    assert _text(bullets.items[0].children[0].runs) == "punt-punt"
    assert result.report.list_items == 6


def test_numbering_definitions_decide_per_level_whether_a_list_is_numbered():
    doc = new_document()
    add_numbering(doc, 500, 500, ["bullet", "lowerLetter", "bullet"])
    add_numbering(doc, 501, 501, ["upperRoman", "bullet", "decimal"])
    list_paragraph(doc, "bullet 1", 500, 0)
    list_paragraph(doc, "letter a", 500, 1)
    list_paragraph(doc, "bullet 3", 500, 2)
    doc.add_paragraph("scheiding")
    list_paragraph(doc, "romeins I", 501, 0)
    list_paragraph(doc, "bullet", 501, 1)
    list_paragraph(doc, "nummer", 501, 2)
    list_paragraph(doc, "te diep", 501, 5)
    first, _sep, second = read_docx_bytes(to_bytes(doc)).lead
    assert not first.numbered and first.items[0].children_numbered
    assert first.items[0].children[0].children_numbered is False
    assert second.numbered and not second.items[0].children_numbered
    nested = second.items[0].children[0]
    assert nested.children_numbered is True
    # a level deeper than three comes in at level three, next to its neighbour
    assert [_text(c.runs) for c in nested.children] == ["nummer", "te diep"]


def test_a_list_that_starts_deep_is_lifted_not_given_empty_parents():
    doc = new_document()
    add_numbering(doc, 510, 510, ["decimal", "decimal", "decimal"])
    list_paragraph(doc, "begint op niveau 3", 510, 2)
    (block,) = read_docx_bytes(to_bytes(doc)).lead
    assert [_text(i.runs) for i in block.items] == ["begint op niveau 3"]
    assert block.items[0].children == []


def test_tables_come_over_with_header_rows_widths_and_merged_cells_flattened():
    doc = new_document()
    table = doc.add_table(rows=4, cols=3)
    for r, row in enumerate(table.rows):
        for c, cell in enumerate(row.cells):
            cell.text = f"r{r}c{c}"
    table.rows[0]._tr.get_or_add_trPr().append(
        __import__("docx.oxml", fromlist=["OxmlElement"]).OxmlElement("w:tblHeader")
    )
    merged = table.cell(1, 0).merge(table.cell(1, 1))
    merged.text = "breed"
    tall = table.cell(2, 2).merge(table.cell(3, 2))
    tall.text = "hoog"
    table.cell(2, 0).paragraphs[0].add_run(" vet").bold = True
    table.cell(2, 0).add_paragraph("tweede alinea")
    result = read_docx_bytes(to_bytes(doc))
    (block,) = result.lead
    assert isinstance(block, Table)
    assert block.header_rows == 1
    assert all(len(row.cells) == 3 for row in block.rows)

    def cell(r: int, c: int) -> list[str]:
        return [_text(p.runs) for p in block.rows[r].cells[c].paragraphs]

    assert cell(0, 1) == ["r0c1"]
    assert cell(1, 0) == ["breed"] and cell(1, 1) == []
    assert cell(2, 2) == ["hoog"] and cell(3, 2) == []
    assert cell(2, 0) == ["r2c0 vet", "tweede alinea"]
    assert block.rows[2].cells[0].paragraphs[0].runs[1].bold
    assert result.report.notes["merged-cells"].count == 2
    assert result.report.tables == 1


def test_unequal_column_widths_come_over_as_relative_widths():
    from docx.shared import Cm

    doc = new_document()
    table = doc.add_table(rows=1, cols=2)
    table.columns[0].width = Cm(12)
    table.columns[1].width = Cm(4)
    (block,) = read_docx_bytes(to_bytes(doc)).lead
    assert block.widths == pytest.approx([0.75, 0.25], abs=0.001)


def test_a_table_too_wide_for_a_nota_is_refused_with_its_number():
    doc = new_document()
    doc.add_table(rows=1, cols=2)
    doc.add_table(rows=2, cols=21)
    with pytest.raises(WordDocumentError, match=r"Table 2 has 21 columns; .* at most 20"):
        read_docx_bytes(to_bytes(doc))


def test_a_nested_table_becomes_paragraphs_in_its_cell_and_is_reported():
    doc = new_document()
    outer = doc.add_table(rows=1, cols=1)
    inner = outer.cell(0, 0).add_table(rows=1, cols=2)
    inner.cell(0, 0).text = "binnen a"
    inner.cell(0, 1).text = "binnen b"
    result = read_docx_bytes(to_bytes(doc))
    paragraphs = result.lead[0].rows[0].cells[0].paragraphs
    assert [_text(p.runs) for p in paragraphs] == ["binnen a", "binnen b"]
    assert result.report.notes["nested-table"].count == 1


def test_images_comments_and_hidden_text_are_reported_as_not_come_over():
    doc = new_document()
    p = doc.add_paragraph("Met plaatje: ")
    p.add_run().add_picture(io.BytesIO(PNG_1PX))
    commented = doc.add_paragraph("Zin met een opmerking.")
    doc.add_comment(commented.runs, text="Klopt dit?", author="Collega")
    hidden = doc.add_paragraph("zichtbaar")
    secret = hidden.add_run(" verborgen")
    secret.font.hidden = True
    result = read_docx_bytes(to_bytes(doc))
    texts = [_text(b.runs) for b in result.lead]
    assert texts == ["Met plaatje: ", "Zin met een opmerking.", "zichtbaar"]
    notes = result.report.notes
    assert notes["image"].count == 1 and notes["image"].places == ["“Met plaatje:”"]
    assert notes["comment"].count == 1 and notes["hidden"].count == 1
    assert result.report.lost_anything
    lines = result.report.lines()
    assert "1 image or drawing did not come over (“Met plaatje:”)." in lines
    assert "Klopt dit?" not in " ".join(texts)


def test_tracked_changes_come_over_accepted_and_are_reported():
    body = paragraph_xml(
        run_xml("Het kabinet ")
        + '<w:ins w:id="1" w:author="A" w:date="2026-01-01T00:00:00Z">'
        + run_xml("onderschrijft ")
        + "</w:ins>"
        + '<w:del w:id="2" w:author="A" w:date="2026-01-01T00:00:00Z">'
        + "<w:r><w:delText>verwerpt </w:delText></w:r></w:del>"
        + run_xml("de bevinding.")
    )
    data = with_body(to_bytes(new_document()), body)
    result = read_docx_bytes(data)
    assert _text(result.lead[0].runs) == "Het kabinet onderschrijft de bevinding."
    assert result.report.notes["tracked-change"].count == 2


def test_fields_keep_the_text_they_showed_but_not_their_instruction():
    body = paragraph_xml(
        run_xml("Datum: ")
        + '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        + '<w:r><w:instrText xml:space="preserve"> DATE \\@ "d MMMM yyyy" </w:instrText></w:r>'
        + '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        + run_xml("2 december 2026")
        + '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        + run_xml(", pagina ")
        + '<w:fldSimple w:instr=" PAGE ">'
        + run_xml("3")
        + "</w:fldSimple>"
    )
    result = read_docx_bytes(with_body(to_bytes(new_document()), body))
    assert _text(result.lead[0].runs) == "Datum: 2 december 2026, pagina 3"
    assert result.report.notes["field"].count == 2


def test_text_boxes_are_reported_and_their_text_not_imported():
    textbox = (
        '<w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml" style="width:100pt">'
        "<v:textbox><w:txbxContent><w:p><w:r><w:t>in het vak</w:t></w:r></w:p>"
        "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
    )
    body = paragraph_xml(run_xml("Voor het vak ") + textbox + run_xml("en erna."))
    result = read_docx_bytes(with_body(to_bytes(new_document()), body))
    assert _text(result.lead[0].runs) == "Voor het vak en erna."
    assert result.report.notes["text-box"].count == 1


def test_control_characters_in_text_never_reach_the_nota():
    body = paragraph_xml(run_xml("a\u0085b") + "<w:r><w:tab/><w:t>c</w:t><w:cr/><w:t>d</w:t></w:r>")
    runs = read_docx_bytes(with_body(to_bytes(new_document()), body)).lead[0].runs
    assert _text(runs) == "ab c\nd"  # NEL (a C1 control XML allows) is dropped; tab: a space
    assert all(
        ch == "\n" or (not 0 <= ord(ch) < 32 and not 0x7F <= ord(ch) <= 0x9F) for ch in _text(runs)
    )


def test_a_table_of_contents_is_left_out_and_reported():
    doc = new_document()
    doc.add_paragraph("Aanleiding ....... 1", style=doc.styles.add_style("toc 1", 1))
    doc.add_heading("Aanleiding", 1)
    result = read_docx_bytes(to_bytes(doc))
    assert result.lead == [] and result.report.notes["toc"].count == 1


def test_the_paragraph_limit_is_a_clear_sentence():
    body = "".join(paragraph_xml(run_xml(f"alinea {i}")) for i in range(MAX_PARAGRAPHS + 1))
    data = with_body(to_bytes(new_document()), body)
    with pytest.raises(WordDocumentError) as info:
        read_docx_bytes(data, "groot.docx")
    message = str(info.value)
    assert message.startswith("groot.docx has 10,001 paragraphs; notadesk imports documents")
    assert message.count(".") >= 2 and "\n" not in message


def test_fifty_thousand_paragraphs_are_refused_before_any_conversion():
    body = "<w:p><w:r><w:t>x</w:t></w:r></w:p>" * 50_000
    data = with_body(to_bytes(new_document()), body)
    with pytest.raises(WordDocumentError, match="has 50,000 paragraphs"):
        read_docx_bytes(data)


def test_into_a_new_nota_the_sections_replace_the_blank_ones():
    doc = new_document()
    doc.add_paragraph("Onderwerp", style="Title")
    doc.add_paragraph("Vooraf.")
    doc.add_heading("Eerste", 1)
    nota = into_new_nota(read_docx_bytes(to_bytes(doc)), blank_nota(), "bijdrage DGPZ")
    assert nota.subject == "Onderwerp"
    assert [s.title for s in nota.sections] == ["bijdrage DGPZ", "Eerste"]


def test_into_a_section_the_headings_become_its_sub_sections():
    doc = new_document()
    doc.add_paragraph("Vooraf.")
    doc.add_heading("Kop", 1)
    doc.add_paragraph("Onder de kop.")
    contribution = read_docx_bytes(to_bytes(doc))
    nota = blank_nota()
    nota.sections = [Section(title="A", blocks=[Paragraph([Run("bestaand")])]), Section("B")]
    into_nota(nota, contribution, section=0, name="x")
    assert [_text(b.runs) for b in nota.sections[0].blocks] == ["bestaand", "Vooraf."]
    assert [s.title for s in nota.sections[0].subsections] == ["Kop"]
    assert [s.title for s in nota.sections] == ["A", "B"]
    with pytest.raises(ValidationError, match="no section 3; it has 2"):
        into_nota(nota, contribution, section=2)


def test_into_a_nota_as_new_sections_they_come_last():
    doc = new_document()
    doc.add_heading("Nieuw", 1)
    nota = blank_nota()
    before = [s.title for s in nota.sections]
    into_nota(nota, read_docx_bytes(to_bytes(doc)), name="x")
    assert [s.title for s in nota.sections] == [*before, "Nieuw"]


def test_empty_paragraphs_used_as_spacing_are_not_content():
    doc = new_document()
    doc.add_paragraph("")
    doc.add_paragraph("   ")
    doc.add_paragraph("tekst")
    result = read_docx_bytes(to_bytes(doc))
    assert [type(b) for b in result.lead] == [Paragraph]
    assert result.report.clean


def test_list_items_in_a_table_cell_are_reported_as_paragraphs():
    doc = new_document()
    cell = doc.add_table(rows=1, cols=1).cell(0, 0)
    cell.paragraphs[0].text = "gewoon"
    cell.add_paragraph("punt", style="List Bullet")
    result = read_docx_bytes(to_bytes(doc))
    assert [_text(p.runs) for p in result.lead[0].rows[0].cells[0].paragraphs] == [
        "gewoon",
        "punt",
    ]
    assert result.report.notes["cell-list"].count == 1


def test_list_item_type_is_a_list_item():
    doc = new_document()
    doc.add_paragraph("x", style="List Bullet")
    (block,) = read_docx_bytes(to_bytes(doc)).lead
    assert isinstance(block.items[0], ListItem)


def test_append_xml_helper_builds_what_the_reader_sees():
    doc = new_document()
    append_xml(doc, paragraph_xml(run_xml("via de helper")))
    assert _text(read_docx_bytes(to_bytes(doc)).lead[0].runs) == "via de helper"


def test_a_paragraph_longer_than_a_nota_holds_is_one_short_sentence():
    doc = new_document()
    doc.add_paragraph("x" * 1_000_001)
    with pytest.raises(ValidationError) as info:
        read_docx_bytes(to_bytes(doc))
    message = str(info.value)
    assert "has 1,000,001 characters in one style" in message and len(message) < 200
