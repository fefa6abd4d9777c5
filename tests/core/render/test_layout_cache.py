"""The layout cache: a re-render after edits gives the bytes of a full render, and reuses.

Every render with a cache kept across edits is compared with a render without one (the full
render) of the same nota and options, byte for byte, over a long run of random edits in the
first, middle and last sections: words swapped, paragraphs that push page breaks, tables over
page breaks, new scripts (new font codes), blocks removed, the subject and the column changed;
with PDF/A, the Woo variant and copies.
"""

from __future__ import annotations

import random

import pytest
from reportlab.platypus import Spacer
from reportlab.platypus.flowables import Flowable

from notadesk.core.model.nota import (
    BulletList,
    ListItem,
    Nota,
    Paragraph,
    Run,
    Section,
    Table,
    TableCell,
    TableRow,
)
from notadesk.core.render import RenderOptions, render_nota
from notadesk.core.render.document import render_pdf
from notadesk.core.render.layout import LayoutCache, content_key

WORDS = ["juni", "juli", "beleid", "kabinet", "Ἀθῆναι", "Москва", "שלום", "مرحبا", "ĳs", "€"]
RTL = ["שלום עולם זה מכתב חשוב", "مرحبا بالعالم هذه رسالة لا تنسى", "מכתב " * 60]
ALPHABET = "".join(chr(c) for c in range(0x100, 0x250))  # a second subset of font codes
LONG = "De minister besluit na overleg met de betrokken departementen het volgende. " * 12


def _all_sections(sections: list[Section]) -> list[Section]:
    out = []
    for section in sections:
        out.append(section)
        out.extend(_all_sections(section.subsections))
    return out


def _runs(nota: Nota) -> list[Run]:
    runs: list[Run] = []

    def items(entries: list[ListItem]) -> None:
        for item in entries:
            if isinstance(item, ListItem):  # not a findings or commitments block
                runs.extend(item.runs)
                items(item.children)

    for section in _all_sections(nota.sections):
        for block in section.blocks:
            if isinstance(block, Paragraph):
                runs.extend(block.runs)
            elif isinstance(block, BulletList):
                items(block.items)
            elif isinstance(block, Table):
                for row in block.rows:
                    for cell in row.cells:
                        for p in cell.paragraphs:
                            runs.extend(p.runs)
    return [r for r in runs if r.text]


def _table(rows: int) -> Table:
    def cell(text: str) -> TableCell:
        return TableCell([Paragraph(runs=[Run(text=text)])])

    head = [TableRow([cell("Kop A"), cell("Kop B")])]
    body = [TableRow([cell(f"rij {r}"), cell("tekst\nover twee regels")]) for r in range(rows)]
    return Table(rows=head + body, header_rows=1, widths=[1, 3])


def _edit(nota: Nota, rng: random.Random) -> None:
    """Make one random edit: most often a word, sometimes one that moves page breaks."""
    sections = _all_sections(nota.sections)
    where = rng.choice([sections[0], sections[len(sections) // 2], sections[-1]])
    kind = rng.choices(
        ["word", "paragraph", "table", "remove", "subject", "column", "section", "alphabet", "rtl"],
        weights=[10, 2, 1, 2, 1, 1, 1, 1, 1],
    )[0]
    if kind == "word":
        run = rng.choice(_runs(nota))
        words = run.text.split(" ")
        words[rng.randrange(len(words))] = rng.choice(WORDS)
        run.text = " ".join(words)
    elif kind == "paragraph":
        at = rng.randrange(len(where.blocks) + 1)
        where.blocks.insert(at, Paragraph(runs=[Run(text=LONG[: rng.randrange(40, len(LONG))])]))
    elif kind == "table":
        where.blocks.append(_table(rng.randrange(5, 45)))
    elif kind == "alphabet":
        where.blocks.append(Paragraph(runs=[Run(text=ALPHABET[rng.randrange(300) :])]))
    elif kind == "rtl":  # set right to left, the bullets on the right
        items = [ListItem(runs=[Run(text=t)]) for t in RTL[: rng.randrange(1, len(RTL) + 1)]]
        where.blocks.append(BulletList(items=items, numbered=rng.random() < 0.5))
    elif kind == "remove" and where.blocks:
        del where.blocks[rng.randrange(len(where.blocks))]
    elif kind == "subject":
        nota.subject = f"{nota.subject.split(' — ')[0]} — {rng.choice(WORDS)}"
    elif kind == "column":
        nota.reference = f"Min-BuZa.2022.{rng.randrange(100, 999)}"
    elif kind == "section":
        nota.sections.insert(
            rng.randrange(len(nota.sections) + 1),
            Section(title=rng.choice(WORDS), blocks=[Paragraph(runs=[Run(text=LONG[:300])])]),
        )


OPTIONS = [
    RenderOptions(),
    RenderOptions(copies=2),
    RenderOptions(woo=True),
    RenderOptions(pdfa=True),
]


@pytest.mark.parametrize("options", OPTIONS, ids=["plain", "copies", "woo", "pdfa"])
def test_cached_renders_after_random_edits_are_the_full_renders_bytes(nota, options):
    rng = random.Random(f"layout-cache-{options}")
    cache = LayoutCache()
    for _ in range(14):
        _edit(nota, rng)
        cached = render_nota(nota, options, cache=cache)
        full = render_nota(nota, options)
        assert cached.pdf == full.pdf
        assert cached.pages_per_copy == full.pages_per_copy
    assert cache.hits > 0  # the runs above did reuse laid-out segments


def test_a_one_word_edit_lays_out_one_paragraph_again_and_reuses_the_rest(nota):
    cache = LayoutCache()
    render_nota(nota, cache=cache)
    run = _runs(nota)[0]
    run.text = run.text.replace(" ", " beleid ", 1)
    hits, misses = cache.hits, cache.misses
    cached = render_nota(nota, cache=cache).pdf
    assert cached == render_nota(nota).pdf
    assert cache.misses - misses == 2  # its section, and the paragraph in it
    assert cache.hits - hits >= len(nota.sections)  # the head, the other sections, the end


def test_edits_that_move_page_breaks_give_the_full_renders_bytes(nota):
    cache = LayoutCache()
    first = nota.sections[0]
    render_nota(nota, cache=cache)
    pages = set()
    for size in (5, 40, 80, 12, 0):
        first.blocks[1:] = [_table(size)] if size else []
        cached = render_nota(nota, cache=cache)
        full = render_nota(nota)
        assert cached.pdf == full.pdf
        pages.add(full.pages_per_copy)
    assert len(pages) >= 3  # the tables did move the page breaks of everything after them


def test_a_cancelled_render_leaves_a_cache_that_still_gives_the_full_bytes(nota):
    from notadesk.errors import RenderCancelled

    cache = LayoutCache()
    calls = {"n": 0}

    def cancel_soon() -> bool:
        calls["n"] += 1
        return calls["n"] > 3

    with pytest.raises(RenderCancelled):
        render_pdf(nota, copies=1, copy_numbers=None, woo=False, cancelled=cancel_soon, cache=cache)
    assert render_nota(nota, cache=cache).pdf == render_nota(nota).pdf


def test_a_segment_holding_a_flowable_it_cannot_name_is_never_kept():
    class Drawing(Flowable):  # e.g. a chart: the cache cannot tell two apart
        pass

    assert content_key([Spacer(1, 2)]) is not None
    assert content_key([Spacer(1, 2), Drawing()]) is None
