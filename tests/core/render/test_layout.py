"""The demo nota prints every part, in the reference's order, with the right furniture."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from notadesk.core.model.nota import (
    BulletList,
    Commitment,
    CommitmentsBlock,
    ListItem,
    Nota,
    PositionsBlock,
    Run,
    Section,
)
from notadesk.core.policy.positions import positions_summary
from notadesk.core.render.fonts import missing_glyphs
from tests.core.render.pdfread import (
    COLUMN_X,
    body_text,
    fonts_of,
    page_chunks,
    page_texts,
    reader,
    render,
    squashed,
)


def _assert_in_order(text: str, landmarks: list[str]) -> None:
    text = " ".join(text.split())  # line breaks fall anywhere
    position = -1
    for mark in landmarks:
        found = text.find(mark, position + 1)
        assert found > position, f"{mark!r} missing or out of order after position {position}"
        position = found


def test_the_demo_prints_every_part_in_the_reference_order(demo_pdf):
    body = body_text(demo_pdf.pdf)
    _assert_in_order(
        body,
        [
            "Aan",
            "M en R",
            "Van",
            "Via",
            "Kopie aan",
            "Afgestemd met",
            "TER BESLISSING",
            "nota",
            "Kabinetsreactie op IOB-eindevaluatie",
            "Aanleiding",
            "Eind juni heeft IOB",
            "Geadviseerd besluit",
            "Graag uw akkoord (M en R)",
            "Kernpunten",
            "Het kabinet onderschrijft bevindingen 1, 2, 8 en 9 deels en 3 t/m 7 en 10 t/m 12",
            "De twee hoofdbevindingen luiden:",
            "Hoofdbevinding 1: \u201cDe inlichtingenbijdrage",
            "Hoofdbevinding 9: \u201cEr is slechts",
            "Bevinding 10: De bijdrage van civiele adviseurs",
            "Bevinding 11:",
            "Bevinding 12:",
            "Het kabinet doet de volgende toezeggingen",
            "Toezegging 1 \u2014 bij bevinding 1: Bij de inzet van inlichtingencapaciteit",
            "Toezegging 2 \u2014 bij bevinding 1: Nederlands personeel",
            "Toezegging 3 \u2014 bij bevinding 2: Mogelijkheden bezien",
            "Toezegging 4 \u2014 bij bevinding 5:",
            "Toezegging 5 \u2014 bij bevinding 6: Organisatorische",
            "Toezegging 6 \u2014 bij bevinding 6: Defensie",
            "Toezegging 7 \u2014 bij bevinding 11: Meenemen",
            "Toezegging 8 \u2014 bij bevinding 12: Een duidelijkere",
            "Toelichting",
            "Proces",
            "Het standaard betrekken",
            "Kees Matthijssen",
            "Besluit",
            "Akkoord",
            "Niet akkoord",
            "Besproken",
            "Parafen",
            "Bijlage:",
            'IOB-eindevaluatie: "Een missie in een missie.',
        ],
    )
    assert body.rstrip().endswith('(MINUSMA) 2014-2019"')  # the attachment is printed last


def test_the_reference_column_of_the_first_page_holds_every_date(demo_pdf):
    first = [c for c in page_chunks(demo_pdf.pdf)[0] if c.x >= COLUMN_X - 1]
    column = "\n".join(c.text for c in first)
    _assert_in_order(
        column,
        [
            "Datum",
            "23 september 2022",
            "Onze Referentie",
            "Min-BuZa.2022.240",
            "Opgesteld door",
            "Uiterlijk bij",
            "RDINEV 13 september 2022",
            "Plandatum/Deadline Kamer",
            "30 september 2022",
            "Binnengekomen op",
            "30 juni 2022",
        ],
    )


def test_every_later_page_repeats_datum_and_onze_referentie_in_the_column(demo_pdf):
    pages = page_chunks(demo_pdf.pdf)
    assert len(pages) == demo_pdf.pages_per_copy >= 2
    for chunks in pages[1:]:
        column = [c.text for c in chunks if c.x >= COLUMN_X - 1 and c.y > 700]
        assert column[:4] == ["Datum", "23 september 2022", "Onze Referentie", "Min-BuZa.2022.240"]
        assert "Opgesteld door" not in "\n".join(column)


def test_pagina_x_van_y_is_right_on_every_page(demo_pdf):
    texts = page_texts(demo_pdf.pdf)
    total = len(texts)
    for number, text in enumerate(texts, 1):
        assert re.findall(r"Pagina \d+ van \d+", text) == [f"Pagina {number} van {total}"]


def test_uiterlijk_bij_prints_text_or_date_alone(nota):
    nota.deadlines.due.text = ""
    assert "Uiterlijk bij\n13 september 2022" in page_texts(render(nota).pdf)[0]
    nota.deadlines.due.text = "RDINEV"
    nota.deadlines.due.date = None
    assert "Uiterlijk bij\nRDINEV\n" in page_texts(render(nota).pdf)[0]


def test_commitments_linked_to_several_findings_name_them_all(nota):
    nota.commitments = [
        Commitment(id="c1", text="Later.", finding_ids=["bevinding-5"]),
        Commitment(id="c2", text="Samen.", finding_ids=["bevinding-2", "bevinding-1"]),
    ]
    body = body_text(render(nota).pdf)
    _assert_in_order(
        body,
        [
            "Toezegging 2 \u2014 bij bevindingen 1 en 2: Samen.",
            "Toezegging 1 \u2014 bij bevinding 5: Later.",
        ],
    )


def test_a_positions_block_and_a_nested_list_print_where_they_stand(nota):
    nota.sections = [
        Section(
            title="Eerste",
            blocks=[
                PositionsBlock(),
                BulletList(
                    items=[
                        ListItem(
                            runs=[Run(text="een")],
                            children=[
                                ListItem(
                                    runs=[Run(text="twee")],
                                    children=[ListItem(runs=[Run(text="drie")])],
                                )
                            ],
                        )
                    ]
                ),
                CommitmentsBlock(finding_ids=["bevinding-12"]),
            ],
        )
    ]
    pdf = render(nota).pdf
    chunks = {c.text: c for page in page_chunks(pdf) for c in page}
    _assert_in_order(
        body_text(pdf),
        [
            positions_summary(nota.findings),
            "een",
            "twee",
            "drie",
            "Toezegging 8 \u2014 bij bevinding 12:",
        ],
    )
    assert chunks["een"].x < chunks["twee"].x < chunks["drie"].x  # nested three deep
    assert "bij bevinding 1:" not in body_text(pdf)  # only the commitments of finding 12


def test_signature_block_follows_the_type_line(nota):
    nota.type = "ter-informatie"
    body = body_text(render(nota).pdf)
    assert "TER INFORMATIE" in body
    _assert_in_order(body, ["Voor gezien", "M en R", "Gezien", "Datum", "Paraaf", "Parafen"])
    assert "Akkoord" not in body
    nota.type = "ter-ondertekening"
    body = body_text(render(nota).pdf)
    _assert_in_order(body, ["Ondertekening", "M en R", "Datum", "Handtekening"])


def test_a_decision_block_per_addressee_and_a_paraaf_per_via(nota):
    from notadesk.core.model.nota import RoutingEntry

    nota.routing.to = [RoutingEntry(name="Minister A"), RoutingEntry(name="Minister B")]
    nota.routing.via = [RoutingEntry(name="DGPZ"), RoutingEntry(name="DAF")]
    body = body_text(render(nota).pdf)
    signature = body[body.index("Besluit") :]
    assert signature.count("Niet akkoord") == 2
    assert signature.count("Handtekening") == 2
    _assert_in_order(signature, ["Minister A", "Minister B", "Parafen", "DGPZ", "DAF"])
    assert body[body.index("Parafen") :].count("Paraaf") == 2


def test_bijlagen_plural_last_and_in_italics(nota):
    from notadesk.core.model.nota import Attachment

    nota.attachments.append(Attachment(id="b2", title="Tweede bijlage"))
    pdf = render(nota).pdf
    assert body_text(pdf).rstrip().endswith("Tweede bijlage")
    chunks = [c for page in page_chunks(pdf) for c in page]
    (title,) = [c for c in chunks if c.text == "Tweede bijlage"]
    (label,) = [c for c in chunks if c.text == "Bijlagen:"]
    assert "Italic" in title.font and "Italic" in label.font
    body = next(c for c in chunks if c.text.startswith("Eind juni heeft IOB"))
    assert "Italic" not in body.font


def test_watermark_by_status(nota):
    for status, shown in [
        ("concept", True),
        ("ter-parafering", True),
        ("definitief", False),
        ("getekend", False),
    ]:
        nota.status = status
        texts = page_texts(render(nota).pdf)
        assert all(("CONCEPT" in t) is shown for t in texts), status


def test_all_fonts_are_embedded_and_none_is_a_system_font(demo_pdf):
    fonts = fonts_of(demo_pdf.pdf)
    assert fonts
    for font in fonts:
        assert "Helvetica" not in str(font.get("/BaseFont")), font
        descriptor = font.get("/FontDescriptor")
        assert descriptor is not None, font
        assert "/FontFile2" in descriptor.get_object(), font


def test_the_shipped_font_has_every_glyph_dutch_print_needs():
    assert missing_glyphs() == {}
    assert missing_glyphs("\U0001f600") != {}  # the check itself can fail


def test_metadata_title_keywords_and_fixed_dates(nota):
    nota.classification.level = "nl.stg-geheim"
    nota.classification.until = dt.date(2030, 1, 1)
    meta = reader(render(nota).pdf).metadata
    assert meta.title == nota.subject
    assert "Stg. GEHEIM" in meta["/Keywords"]
    assert meta["/CreationDate"].startswith("D:2000")  # invariant mode: no clock in the file


def test_a_long_run_of_paragraphs_flows_over_pages(nota):
    nota.sections = [
        Section(
            title="Lang",
            blocks=[
                BulletList(items=[ListItem(runs=[Run(text=f"Punt {i} " * 30)]) for i in range(60)])
            ],
        )
    ]
    result = render(nota)
    assert result.pages_per_copy >= 5
    assert "Punt 59" in squashed(body_text(result.pdf)).replace("Punt59", "Punt 59")


@pytest.mark.parametrize("copies", [0, 100])
def test_impossible_copy_counts_are_refused(nota, copies):
    from notadesk.errors import RenderError

    with pytest.raises(RenderError, match="copies"):
        render(nota, copies=copies)


def test_one_thousand_findings_render(nota):
    from notadesk.core.model.nota import Finding, FindingsBlock

    nota.findings = [
        Finding(id=f"f{i}", number=i, text=f"Bevindingstekst nummer {i}.", position="volledig")
        for i in range(1, 1001)
    ]
    nota.commitments = []
    nota.sections = [Section(title="Alle bevindingen", blocks=[FindingsBlock(select="all")])]
    result = render(nota)
    body = body_text(result.pdf)
    assert "Bevinding 1: Bevindingstekst nummer 1." in body
    assert "Bevinding 1000: Bevindingstekst nummer 1000." in body
    assert result.pages_per_copy > 10
    assert isinstance(nota, Nota)


def test_highlight_prints_as_a_yellow_band(nota):
    from notadesk.core.model.nota import Paragraph as TextParagraph
    from notadesk.core.render.styles import colours
    from tests.core.render.pdfread import decompressed_streams

    yellow = colours()["highlight"]
    fill = f"{yellow.red:g} {yellow.green:.6g} {yellow.blue:.6g} rg".replace("0.", ".").encode()
    plain_runs = [Run(text="gewoon "), Run(text="geel gearceerd")]
    nota.sections = [Section(title="Opmaak", blocks=[TextParagraph(runs=plain_runs)])]
    assert fill not in decompressed_streams(render(nota).pdf)
    plain_runs[1].highlight = True
    assert fill in decompressed_streams(render(nota).pdf)


def test_an_overlong_column_value_is_cut_and_every_field_keeps_its_place(nota):
    from notadesk.core.model.nota import RoutingEntry

    nota.drafted_by = [RoutingEntry(f"Naam{i} " + "lang " * 100) for i in range(10)]
    nota.classification.level = "nl.stg-geheim"
    nota.classification.end_event = "Tot " + "x" * 400
    first = page_chunks(render(nota).pdf)[0]
    column = " ".join(c.text for c in first if c.x >= COLUMN_X - 1)
    for label in ("Opgesteld door", "Uiterlijk bij", "Plandatum/Deadline Kamer", "Rubricering"):
        assert label in column
    assert "Naam0" in column and "Naam9" not in column and "\u2026" in column
    assert "x" * 400 not in squashed(column)
