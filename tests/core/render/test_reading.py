"""Reading aids: commitments as commitments, main findings marked, bookmarks, no date twice."""

from __future__ import annotations

import datetime as dt
import io
import re

import pikepdf
import pytest

from notadesk.core.examples import example_nota
from notadesk.core.model.nota import (
    Commitment,
    CommitmentsBlock,
    Finding,
    FindingsBlock,
    Section,
)
from notadesk.core.policy.vocabulary import due_line
from notadesk.core.render import render_nota
from tests.core.render.pdfread import page_texts
from tests.core.render.tools import pdftotext

DASH = "\u2014"


def outline(pdf: bytes) -> list[tuple[int, str, int]]:
    """Return (depth, title, page number) of every bookmark, in order (pikepdf reads them)."""
    out: list[tuple[int, str, int]] = []
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        pages = {page.objgen: n for n, page in enumerate(doc.pages, 1)}

        def walk(items, depth):
            for item in items:
                page = pages[item.destination[0].objgen]
                out.append((depth, item.title, page))
                walk(item.children, depth + 1)

        with doc.open_outline() as tree:
            walk(tree.root, 0)
    return out


def test_without_a_lead_in_commitments_cannot_be_taken_for_findings(tmp_path):
    nota = example_nota()
    nota.sections = [Section(title="Kern", blocks=[FindingsBlock(), CommitmentsBlock()])]
    text = " ".join(pdftotext(render_nota(nota).pdf, tmp_path).split())
    assert f"Toezegging 1 {DASH} bij bevinding 1: Bij de inzet" in text
    assert f"Toezegging 8 {DASH} bij bevinding 12: Een duidelijkere" in text
    # every commitment's text follows its own 'Toezegging N' label, never a finding's
    for n, c in enumerate(nota.commitments, 1):
        at = text.index(c.text[:25])
        assert re.search(rf"Toezegging {n} {DASH} bij bevinding \d+: $", text[at - 40 : at])


def test_a_full_findings_list_marks_the_main_findings(tmp_path):
    nota = example_nota()
    nota.sections = [Section(title="Kern", blocks=[FindingsBlock(select="all")])]
    text = " ".join(pdftotext(render_nota(nota).pdf, tmp_path).split())
    assert "Hoofdbevinding 1: De inlichtingenbijdrage" in text
    assert "Bevinding 2:" in text and "Hoofdbevinding 2:" not in text
    assert "Hoofdbevinding 9:" in text


def test_a_commitment_without_a_finding_keeps_its_number(tmp_path):
    nota = example_nota()
    nota.commitments.append(Commitment(id="los", text="Los van alles.", finding_ids=[]))
    nota.sections = [Section(title="Kern", blocks=[CommitmentsBlock()])]
    text = " ".join(pdftotext(render_nota(nota).pdf, tmp_path).split())
    assert "Toezegging 9: Los van alles." in text


def test_sections_sub_sections_and_attachments_are_bookmarked():
    nota = example_nota()
    marks = outline(render_nota(nota).pdf)
    titles = [(depth, title) for depth, title, _page in marks]
    expected = []
    for section in nota.sections:
        expected.append((0, section.title))
        expected += [(1, sub.title) for sub in section.subsections]
    expected.append((0, "Bijlage"))
    assert titles == expected
    texts = page_texts(render_nota(nota).pdf)
    for _depth, title, page in marks:  # each bookmark goes to the page its heading is on
        assert title in texts[page - 1]


def test_bookmarks_point_at_the_first_copy_and_stay_deterministic():
    from notadesk.core.render import RenderOptions

    nota = example_nota()
    one = render_nota(nota, RenderOptions(copies=2))
    assert all(page <= one.pages_per_copy for _d, _t, page in outline(one.pdf))
    assert render_nota(nota, RenderOptions(copies=2)).pdf == one.pdf


@pytest.mark.parametrize(
    ("text", "date", "printed"),
    [
        ("RDINEV", dt.date(2022, 9, 13), "RDINEV 13 september 2022"),
        ("RDINEV 13 september 2022", dt.date(2022, 9, 13), "RDINEV 13 september 2022"),
        ("RDINEV 13 september", dt.date(2022, 9, 13), "RDINEV 13 september"),
        ("vóór 13-9-2022 (RDINEV)", dt.date(2022, 9, 13), "vóór 13-9-2022 (RDINEV)"),
        ("MR 2022-09-13", dt.date(2022, 9, 13), "MR 2022-09-13"),
        ("uiterlijk 13/09/2022", dt.date(2022, 9, 13), "uiterlijk 13/09/2022"),
        ("RDINEV 3 september", dt.date(2022, 9, 13), "RDINEV 3 september 13 september 2022"),
        ("na 113-9-2022", dt.date(2022, 9, 13), "na 113-9-2022 13 september 2022"),
        ("", dt.date(2022, 9, 13), "13 september 2022"),
        ("RDINEV", None, "RDINEV"),
    ],
)
def test_uiterlijk_bij_never_repeats_a_date(text, date, printed):
    assert due_line(text, date) == printed


def test_uiterlijk_bij_prints_once_in_the_column(tmp_path):
    nota = example_nota()
    nota.deadlines.due.text = "RDINEV 13 september 2022"
    first = page_texts(render_nota(nota).pdf)[0]
    column = first[first.index("Uiterlijk bij") : first.index("Plandatum")]
    assert " ".join(column.split()) == "Uiterlijk bij RDINEV 13 september 2022"


def test_findings_of_a_chosen_list_keep_main_marks():
    nota = example_nota()
    nota.findings = [
        Finding(id="a", number=1, text="Een.", main=True),
        Finding(id="b", number=2, text="Twee."),
    ]
    nota.commitments = []
    nota.sections = [Section(title="K", blocks=[FindingsBlock(select="chosen", finding_ids=["a"])])]
    text = " ".join(" ".join(page_texts(render_nota(nota).pdf)).split())
    assert "Hoofdbevinding 1: Een." in text and "Twee." not in text


def test_a_findings_list_can_show_each_position(tmp_path):
    nota = example_nota()
    nota.findings[1].position = "deels"
    nota.findings[2].position = None
    nota.sections = [Section(title="K", blocks=[FindingsBlock(select="all", positions=True)])]
    text = " ".join(pdftotext(render_nota(nota).pdf, tmp_path).split())
    assert "Bevinding 2 (onderschrijft deels): " in text
    assert "Bevinding 3: " in text  # no position yet: nothing added
    nota.sections[0].blocks[0].positions = False
    assert "(onderschrijft" not in " ".join(pdftotext(render_nota(nota).pdf, tmp_path).split())


def test_the_positions_option_leaves_old_hashes_alone():
    from notadesk.core.model.codec import nota_from_dict, nota_to_dict

    nota = example_nota()
    before = nota.content_hash()
    assert '"positions":true' not in nota.canonical_json()
    nota.sections[0].blocks.append(FindingsBlock(positions=True))
    assert nota_from_dict(nota_to_dict(nota)) == nota
    assert example_nota().content_hash() == before
