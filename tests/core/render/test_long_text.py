"""A very long paragraph, or one of very many runs, renders in time linear in its length.

ReportLab re-breaks the rest of a paragraph each time it splits it over a page; one paragraph
of a million characters took minutes. The tests count the characters ReportLab breaks into
lines (work, not time): linear means a small multiple of the text, whatever its length.
"""

from __future__ import annotations

import pytest
from reportlab.platypus import paragraph as rl_paragraph

from notadesk.core.model.nota import (
    BulletList,
    Commitment,
    CommitmentsBlock,
    Finding,
    FindingsBlock,
    ListItem,
    Nota,
    Paragraph,
    Run,
    Section,
)
from notadesk.core.render import render_nota
from notadesk.core.render.story import PIECE_CHARS, pieces
from notadesk.errors import RenderCancelled
from tests.core.render.pdfread import body_text, squashed

WORDS = "Het kabinet onderschrijft deze bevinding en verbetert de samenhang. "


def _text(chars: int) -> str:
    return (WORDS * (chars // len(WORDS) + 1))[:chars]


@pytest.fixture
def broken_chars(monkeypatch):
    """Count the characters of every paragraph ReportLab breaks into lines."""
    counted = {"chars": 0}
    original = rl_paragraph.Paragraph.breakLines

    def counting(self, width):
        counted["chars"] += sum(len(getattr(f, "text", "")) for f in self.frags)
        return original(self, width)

    monkeypatch.setattr(rl_paragraph.Paragraph, "breakLines", counting)
    return counted


def test_a_200k_character_paragraph_is_broken_into_lines_about_once(broken_chars):
    text = _text(200_000)
    nota = Nota(sections=[Section(title="Lang", blocks=[Paragraph(runs=[Run(text=text)])])])
    result = render_nota(nota)
    assert result.pages_per_copy > 40
    # Before: every page split re-broke the rest (about 60 × 100k characters).
    assert broken_chars["chars"] < 3 * len(text)


def test_a_paragraph_of_20k_runs_is_broken_into_lines_about_once(broken_chars):
    runs = [Run(text=f"woord{i} ", bold=i % 2 == 0) for i in range(20_000)]
    nota = Nota(sections=[Section(title="Runs", blocks=[Paragraph(runs=runs)])])
    render_nota(nota)
    assert broken_chars["chars"] < 3 * sum(len(r.text) for r in runs)


def test_long_bullets_findings_and_commitments_are_linear_too(broken_chars):
    text = _text(60_000)
    nota = Nota(
        findings=[Finding(id="f1", number=1, text=text)],
        commitments=[Commitment(id="c1", text=text, finding_ids=["f1"])],
        sections=[
            Section(
                title="Lang",
                blocks=[
                    BulletList(items=[ListItem(runs=[Run(text=text)])]),
                    FindingsBlock(quote=True),
                    CommitmentsBlock(),
                ],
            )
        ],
    )
    render_nota(nota)
    assert broken_chars["chars"] < 3 * 3 * len(text)


def test_a_long_paragraph_prints_every_character_in_order():
    words = [f"w{i:05d}" for i in range(4000)]  # 28,000 characters, distinct words
    text = "  ".join(words[:2000]) + "\n\n" + " ".join(words[2000:])
    nota = Nota(sections=[Section(title="T", blocks=[Paragraph(runs=[Run(text=text)])])])
    printed = squashed(body_text(render_nota(nota).pdf))
    assert squashed("".join(words)) in printed


def test_pieces_keep_the_text_and_cut_at_spaces_and_line_breaks():
    text = _text(10_000) + "\n" + "x" * 5000 + " eind"
    runs = [Run(text=text[:3000], bold=True), Run(text=text[3000:])]
    parts = pieces(runs)
    assert len(parts) > 5
    joined = "\n".join("".join(r.text for r in part) for part in parts)
    assert joined.replace("\n", "").replace(" ", "") == text.replace("\n", "").replace(" ", "")
    for part in parts:
        assert sum(len(r.text) for r in part) <= PIECE_CHARS
    assert parts[0][0].bold and parts[0][0].text.endswith(" ")  # cut after a space
    assert pieces([Run(text="kort")]) == [[Run(text="kort")]]


def test_a_render_stops_when_cancelled():
    text = _text(400_000)
    nota = Nota(sections=[Section(title="Lang", blocks=[Paragraph(runs=[Run(text=text)])])])
    asked = {"n": 0}

    def cancelled() -> bool:
        asked["n"] += 1
        return asked["n"] > 50

    with pytest.raises(RenderCancelled):
        render_nota(nota, cancelled=cancelled)
    assert asked["n"] == 51  # asked after every flowable, stopped at the first yes
    render_nota(Nota(), cancelled=lambda: False)  # never cancelled: renders as usual
