"""The layout cache: a re-render after edits gives the bytes of a full render, and reuses.

Every render with a cache kept across edits is compared with a render without one (the full
render) of the same nota and options, byte for byte, over a long run of random edits in the
first, middle and last sections: words swapped, paragraphs that push page breaks, tables over
page breaks, new scripts (new font codes), blocks removed, the subject and the column changed;
with PDF/A, the Woo variant and copies.
"""

from __future__ import annotations

import io
import random

import pytest
from reportlab.platypus import Spacer
from reportlab.platypus.flowables import Flowable

from notadesk.core.model.nota import (
    BulletList,
    FindingsBlock,
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


def test_an_unchanged_section_is_not_made_again(nota, monkeypatch):
    from notadesk.core.render.story import StoryBuilder

    made: list[str] = []
    section = StoryBuilder.section

    def counted(self, sec, **kwargs):
        made.append(sec.title)
        return section(self, sec, **kwargs)

    monkeypatch.setattr(StoryBuilder, "section", counted)
    cache = LayoutCache()
    render_nota(nota, cache=cache)
    made.clear()
    run = _runs(nota)[0]
    run.text = run.text.replace(" ", " beleid ", 1)
    cached = render_nota(nota, cache=cache).pdf
    assert made == [nota.sections[0].title]  # only the edited section's flowables were made
    made.clear()
    assert cached == render_nota(nota).pdf


def test_a_change_in_anything_a_section_is_made_from_makes_it_again(nota, monkeypatch):
    """Each input of a section's kept content key (the section, the rest of the nota, the
    variant, whether portions are marked) changes the print: the cached render follows."""
    from notadesk.core.render import story

    nota.sections[1].blocks.append(BulletList(items=[FindingsBlock(select="main")]))
    cache = LayoutCache()
    last = {"pdf": b""}

    def same_as_full(options: RenderOptions = OPTIONS[0], *, changed: bool = True) -> None:
        cached = render_nota(nota, options, cache=cache).pdf
        assert cached == render_nota(nota, options).pdf
        assert (cached != last["pdf"]) is changed  # the change did change the print
        last["pdf"] = cached

    same_as_full()
    _runs(nota)[-1].text += " beleid"  # the section itself
    same_as_full()
    main = next(f for f in nota.findings if f.main)
    main.text += " kabinet"  # the rest of the nota (the findings block prints it)
    same_as_full()
    nota.sections[0].blocks[0].items[0].runs[0].redact = "5.1.2e"  # the Woo variant blacks it
    same_as_full(changed=False)
    same_as_full(RenderOptions(woo=True))  # the same cache, the other variant
    monkeypatch.setattr(story, "prints_portion_marks", lambda _nota: True)  # e.g. the policy
    same_as_full(RenderOptions(woo=True))


def test_a_section_is_deferred_only_when_every_input_is_as_last_time(nota, monkeypatch):
    from notadesk.core.render import story
    from notadesk.core.render.layout import Deferred

    cache = LayoutCache()

    def deferred(woo: bool = False) -> list[bool]:
        made = story.StoryBuilder(nota, woo=woo).segments(cache)[1:-1]
        return [isinstance(s, Deferred) for s in made]

    sections = len(nota.sections)
    assert deferred() == [False] * sections  # nothing kept yet
    assert deferred() == [True] * sections
    _runs(nota)[0].text += " beleid"  # the first section itself
    assert deferred() == [False] + [True] * (sections - 1)
    nota.subject += " kabinet"  # the rest of the nota
    assert deferred() == [False] * sections
    assert deferred(woo=True) == [False] * sections  # the variant
    assert deferred(woo=True) == [True] * sections
    monkeypatch.setattr(story, "prints_portion_marks", lambda _nota: True)  # portion marks
    assert deferred(woo=True) == [False] * sections


@pytest.mark.parametrize("cached", [True, False], ids=["cached", "full"])
def test_a_render_leaves_no_reference_cycles_for_the_garbage_collector(nota, cached):
    """What a render made is freed when it ends, not by a collection later (a collection on
    the preview's render thread is a pause; the window collects on its own thread)."""
    import gc

    cache = LayoutCache() if cached else None
    nota.sections[0].blocks.append(Paragraph(runs=[Run(text="onderstreept", underline=True)]))
    render_nota(nota, cache=cache)
    run = _runs(nota)[0]  # (a closure calling itself: a cycle of the test's own)
    gc.collect()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        for word in ("juli", "juni"):
            run.text += f" {word}"
            render_nota(nota, cache=cache)
        gc.collect()
        left = [type(o).__name__ for o in gc.garbage]
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
    assert left == []


# --- the written PDF kept (notadesk.core.render.written) ---------------------------------------

SWAPS = [("juni", "juli"), ("de", "het"), ("IOB", "BOI")]  # the same letters: no new font codes


def _swap_words(nota: Nota, rng: random.Random) -> None:
    runs = [r for r in _runs(nota) if any(old in r.text for old, _new in SWAPS)]
    run = rng.choice(runs)
    old, new = next(pair for pair in SWAPS if pair[0] in run.text)
    run.text = run.text.replace(old, new, 1)


@pytest.mark.parametrize(
    ("options", "status"),
    list(zip(OPTIONS, ["concept", "ter-parafering", "definitief", "concept"], strict=True)),
    ids=["plain-watermark", "copies", "woo", "pdfa"],
)
def test_word_edits_write_the_kept_pdf_again_with_the_full_renders_bytes(nota, options, status):
    """Edits that change only page text (anywhere in the nota) write the PDF from the one kept:
    the bytes are the full render's."""
    nota.status = status
    rng = random.Random(f"written-{options}-{status}")
    cache = LayoutCache()
    render_nota(nota, options, cache=cache)
    for _ in range(12):
        _swap_words(nota, rng)
        assert render_nota(nota, options, cache=cache).pdf == render_nota(nota, options).pdf
    assert cache.written.hits >= 6  # most were written from the kept one


def _bump_section_title(nota: Nota) -> None:
    nota.sections[-1].title += " (vervolg)"


def _push_bookmarks_down(nota: Nota) -> None:
    nota.sections[0].blocks.insert(0, Paragraph(runs=[Run(text=LONG[:200])]))


def _new_character(nota: Nota) -> None:
    _runs(nota)[0].text += " ĳ"


def _other_character(nota: Nota) -> None:  # as many font codes, one of them another letter
    run = next(r for r in _runs(nota) if "Ω" in r.text)
    run.text = run.text.replace("Ω", "Ж")


def _new_page(nota: Nota) -> None:
    nota.sections[-1].blocks.append(_table(60))


def _subject(nota: Nota) -> None:
    nota.subject += " (herzien)"


def _watermark(nota: Nota) -> None:
    nota.status = "definitief" if nota.status == "concept" else "concept"


@pytest.mark.parametrize(
    "change",
    [
        _bump_section_title,
        _push_bookmarks_down,
        _new_character,
        _other_character,
        _new_page,
        _subject,
        _watermark,
    ],
)
def test_a_change_in_what_the_pdfs_other_objects_are_made_of_writes_it_anew(nota, change):
    """Each input of the written PDF's objects besides the page text (a bookmark's title and
    place, a font's characters, the pages, the document information, the watermark's
    transparency) changes the fingerprint: the PDF is written by ReportLab again."""
    cache = LayoutCache()
    _runs(nota)[-1].text += " Ω"
    render_nota(nota, cache=cache)
    run = next(r for r in _runs(nota) if "juni" in r.text)
    run.text = run.text.replace("juni", "juli", 1)  # the preview's case, as in the benchmark
    assert render_nota(nota, cache=cache).pdf == render_nota(nota).pdf
    hits = cache.written.hits
    assert hits == 1  # a word: written from the kept one
    change(nota)
    assert render_nota(nota, cache=cache).pdf == render_nota(nota).pdf
    assert cache.written.hits == hits  # not written from a kept one


def test_a_document_holding_what_the_fingerprint_cannot_name_is_written_by_reportlab(nota):
    from reportlab.pdfgen.canvas import Canvas

    from notadesk.core.render.written import fingerprint

    canvas = Canvas(io.BytesIO())
    canvas.drawString(10, 10, "tekst")
    canvas.showPage()
    assert fingerprint(canvas._doc, canvas) is not None
    canvas._doc.idToObject["Page1"].hook = lambda: None  # e.g. a callable: not named
    assert fingerprint(canvas._doc, canvas) is None


def test_the_first_page_block_and_the_end_are_deferred_only_when_their_inputs_are_as_before(
    nota,
):
    """The first-page block (routing, subject) and the end (signature, Via, parafen given,
    attachments) are made from the nota without its sections, the variant and the parafen:
    a change in any of them makes them again, an edit in a section does not; the bytes stay
    the full render's."""
    from notadesk.core.render import story
    from notadesk.core.render.layout import Deferred
    from notadesk.core.review.route import GivenParaaf

    cache = LayoutCache()

    def deferred(woo: bool = False, parafen: tuple[GivenParaaf, ...] = ()) -> list[bool]:
        made = story.StoryBuilder(nota, woo=woo, parafen=parafen).segments(cache)
        options = RenderOptions(woo=woo, parafen=parafen)
        assert render_nota(nota, options, cache=cache).pdf == render_nota(nota, options).pdf
        return [isinstance(made[0], Deferred), isinstance(made[-1], Deferred)]

    assert deferred() == [False, False]  # nothing kept yet
    assert deferred() == [True, True]
    _runs(nota)[0].text += " beleid"  # a section
    assert deferred() == [True, True]
    nota.subject += " kabinet"  # the first page's subject
    assert deferred() == [False, False]
    nota.routing.to[0].name += " (plv.)"  # an addressee: the routing block and the signature
    assert deferred() == [False, False]
    given = (GivenParaaf(name="J. Jansen", function="DGIS", date="2026-12-01"),)
    assert deferred(parafen=given) == [True, False]  # the end shows the parafen given
    assert deferred(parafen=given) == [True, True]
    assert deferred(woo=True, parafen=given) == [False, False]  # the variant


@pytest.mark.parametrize("options", OPTIONS, ids=["plain", "copies", "woo", "pdfa"])
def test_random_edits_and_word_swaps_mixed_give_the_full_renders_bytes(nota, options):
    """Word swaps after random edits of every kind: the PDF written from a kept one (its
    fingerprint made after pages, fonts and bookmarks moved) is still the full render's."""
    rng = random.Random(f"mixed-{options}")
    cache = LayoutCache()
    for step in range(24):
        if step % 3 == 0:
            _edit(nota, rng)
        else:
            _swap_words(nota, rng)
        assert render_nota(nota, options, cache=cache).pdf == render_nota(nota, options).pdf
    assert cache.written.hits >= 12  # most renders were written from a kept PDF
