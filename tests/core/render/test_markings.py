"""Markings top and bottom of every page, copies and copy numbers, for every scheme's levels."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from notadesk.core.policy.markings import all_levels
from notadesk.core.render.fonts import fonts
from tests.core.render.pdfread import A4_HEIGHT, page_chunks, page_texts, render

LEVELS = all_levels()


def _marked(nota, level_id):
    nota.classification.level = level_id
    nota.classification.until = dt.date(2032, 12, 31)
    return nota


@pytest.mark.parametrize("level", LEVELS, ids=[lv.id for lv in LEVELS])
def test_the_marking_stands_at_top_and_bottom_centre_of_every_page(nota, level):
    pages = page_chunks(render(_marked(nota, level.id)).pdf)
    assert len(pages) >= 2
    for number, chunks in enumerate(pages, 1):
        found = [c for c in chunks if level.marking and c.text == level.marking]
        if not level.classified or not level.marking:
            assert not found, f"unclassified page {number} carries a marking"
            continue
        tops = [c for c in found if c.y > A4_HEIGHT - 70]
        bottoms = [c for c in found if c.y < 40]
        assert len(tops) == 1 and len(bottoms) == 1, f"page {number}: {found}"
        width = stringWidth(level.marking, fonts().bold, 10)
        for chunk in (tops[0], bottoms[0]):
            assert abs(chunk.x + width / 2 - 595.28 / 2) < 1, "not centred"


@pytest.mark.parametrize(
    ("level_id", "required"),
    [
        ("nl.dep-vertrouwelijk", False),
        ("nl.stg-confidentieel", True),
        ("nl.stg-zeer-geheim", True),
        ("nato.restricted", False),
        ("nato.confidential", True),
        ("eu.confidentiel", False),
        ("eu.secret", True),
    ],
)
def test_copy_numbers_where_the_level_requires_them(nota, level_id, required):
    result = render(_marked(nota, level_id), copies=3)
    texts = page_texts(result.pdf)
    per_copy = result.pages_per_copy
    assert len(texts) == 3 * per_copy
    for index, text in enumerate(texts):
        copy, page = divmod(index, per_copy)
        assert f"Pagina {page + 1} van {per_copy}" in text  # numbering restarts per copy
        copies_printed = re.findall(r"Exemplaar \d+ van \d+", text)
        assert copies_printed == ([f"Exemplaar {copy + 1} van 3"] if required else [])


def test_copy_numbers_can_be_asked_for_or_left_off(nota):
    texts = page_texts(render(nota, copies=2, copy_numbers=True).pdf)
    assert "Exemplaar 2 van 2" in texts[-1]
    assert "Exemplaar 1 van 2" in texts[0]
    texts = page_texts(render(_marked(nota, "nl.stg-geheim"), copy_numbers=False).pdf)
    assert not any("Exemplaar" in t for t in texts)


def test_copies_are_whole_and_identical_apart_from_the_copy_number(nota):
    result = render(_marked(nota, "nl.stg-confidentieel"), copies=2)
    texts = page_texts(result.pdf)
    first, second = texts[: result.pages_per_copy], texts[result.pages_per_copy :]
    assert [t.replace("Exemplaar 1 van 2", "") for t in first] == [
        t.replace("Exemplaar 2 van 2", "") for t in second
    ]


def test_classification_and_its_duration_in_the_reference_column(nota):
    first = page_texts(render(_marked(nota, "nl.stg-confidentieel")).pdf)[0]
    assert "Rubricering\nStg. CONFIDENTIEEL\ntot 31 december 2032" in first
