"""Text is data: whatever the user typed prints literally and never becomes markup."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from notadesk.core.model.nota import (
    Attachment,
    BulletList,
    Commitment,
    Finding,
    FindingsBlock,
    ListItem,
    Paragraph,
    RoutingEntry,
    Run,
    Section,
)
from tests.core.render.pdfread import all_text, body_text, page_chunks, render, squashed

LITERAL = [
    "a < b > c & d",
    "<b>niet vet</b>",
    "<font size=100>groot</font>",
    '<img src="/etc/passwd"/>',
    '<img src="http://example.invalid/x.png" width="500"/>',
    '<a href="http://example.invalid/">link</a>',
    "<i>niet gesloten",
    "</para> <br/> <para>",
    "&amp; &nbsp; &#65; &lt;",
    "<![CDATA[x]]> <!-- c --> <?pi?>",
    '<span backColor="red">rood</span>',
    "ĳ é € – “ ” →",
]
LONG_WORD = "W" * 5000


def _everywhere(nota, text: str):
    nota.subject = text
    nota.routing.to = [RoutingEntry(text)]
    nota.drafted_by = [RoutingEntry(text)]
    nota.deadlines.due.text = text
    nota.findings = [Finding(id="f1", number=1, text=text, main=True, position="deels")]
    nota.commitments = [Commitment(id="c1", text=text, finding_ids=["f1"])]
    nota.attachments = [Attachment(id="a1", title=text)]
    nota.sections = [
        Section(
            title=text,
            blocks=[
                Paragraph(runs=[Run(text=text, bold=True, highlight=True)]),
                BulletList(items=[ListItem(runs=[Run(text=text, italic=True, underline=True)])]),
                FindingsBlock(select="main", quote=True),
            ],
            subsections=[Section(title=text)],
        )
    ]
    return nota


@pytest.mark.parametrize("text", LITERAL)
def test_markup_like_text_prints_literally(nota, text):
    pdf = render(_everywhere(nota, text)).pdf
    printed = squashed(all_text(pdf))
    # subject, Aan, Opgesteld door, Uiterlijk bij, finding, commitment, bijlage, titles, runs
    assert printed.count(squashed(text)) >= 9, text


def test_nothing_is_read_or_fetched_while_rendering_hostile_text(nota, monkeypatch):
    import reportlab.lib.utils as rl_utils

    from notadesk.core.render import render_nota

    render_nota(nota)  # fonts and styles are loaded once, before the watch starts
    opened: list[object] = []
    monkeypatch.setattr(rl_utils, "open_for_read", lambda *a, **k: opened.append(a))
    monkeypatch.setattr(rl_utils, "rlUrlRead", lambda *a, **k: opened.append(a))
    for text in LITERAL:
        render(_everywhere(nota, text))
    assert opened == []
    # the watch works: the same tag given to ReportLab as markup would be read
    from reportlab.platypus import Paragraph as RLParagraph

    with contextlib.suppress(Exception):
        RLParagraph('<img src="/etc/passwd"/>').wrap(100, 100)
    assert opened


def test_reportlab_trusts_no_host_and_no_scheme(nota):
    from reportlab import rl_config
    from reportlab.lib.utils import rlUrlRead

    render(nota)
    assert not rl_config.trustedHosts
    assert rl_config.trustedSchemes == []
    with pytest.raises(OSError):
        rlUrlRead("http://example.invalid/x.png")
    with pytest.raises(OSError):
        rlUrlRead("file:///etc/passwd")


def test_control_characters_are_dropped(nota):
    text = "begin\x00\x07\x1b[31m\x7f\x85midden\ud800einde\tmet\ntab"
    printed = squashed(all_text(render(_everywhere(nota, text)).pdf))
    assert "begin[31mmiddeneindemettab" in printed
    assert "\x00" not in printed and "\x1b" not in printed


def test_a_five_thousand_character_word_wraps_within_the_column(nota):
    result = render(_everywhere(nota, LONG_WORD))
    assert LONG_WORD in squashed(body_text(result.pdf))
    longest = max(len(c.text) for page in page_chunks(result.pdf) for c in page)
    assert longest < 120  # broken into lines, not run off the page


@pytest.mark.parametrize(
    "text",
    ["emoji 😀🇳🇱👩‍💻", "שלום עולם", "مرحبا بالعالم", "\u202eomgekeerd\u202c", "\ufeff\u200b"],
)
def test_emoji_and_right_to_left_text_never_crash(nota, text):
    result = render(_everywhere(nota, text))
    assert result.pages_per_copy >= 1
    assert "Pagina 1 van" in all_text(result.pdf)


PRINTABLE = st.text(
    alphabet=st.sampled_from(
        [chr(c) for c in range(0x21, 0x7F)] + list("éëïĳ€–—“”‘’→ ") + ["<", ">", "&", ";", "/"]
    ),
    min_size=1,
    max_size=80,
)
ANYTHING = st.text(alphabet=st.characters(exclude_categories=["Cs"]), max_size=120)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=PRINTABLE)
def test_any_printable_text_prints_exactly_as_typed(text):
    from notadesk.core.examples import example_nota

    nota = example_nota()
    nota.sections = [Section(title="T", blocks=[Paragraph(runs=[Run(text="[" + text + "]")])])]
    body = squashed(body_text(render(nota).pdf))
    assert squashed("[" + text + "]") in body


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=ANYTHING)
def test_any_text_at_all_renders(text):
    from notadesk.core.examples import example_nota

    nota = _everywhere(example_nota(), text)
    assert render(nota, woo=True).pages_per_copy >= 1
