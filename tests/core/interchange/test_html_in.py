"""HTML from the clipboard (Word, LibreOffice) through the same conversion and report as a
Word document."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from notadesk.core.interchange.html_in import MAX_PARAGRAPHS, read_html
from notadesk.core.interchange.incoming import as_blocks
from notadesk.core.model.nota import BulletList, Paragraph, Run, Table
from notadesk.errors import ValidationError

FIXTURES = Path(__file__).resolve().parent.parent.parent / "fixtures" / "html"


def _text(runs: list[Run]) -> str:
    return "".join(r.text for r in runs)


def _styled(runs: list[Run]) -> list[tuple[str, bool, bool, bool, bool]]:
    return [(r.text, r.bold, r.italic, r.underline, r.highlight) for r in runs]


def test_words_clipboard_html_comes_over_with_lists_table_and_a_report():
    result = read_html((FIXTURES / "word-clipboard.html").read_text(encoding="utf-8"))
    assert [s.title for s in result.sections] == ["Aanleiding"]
    first = result.sections[0].blocks[0]
    assert ("gemarkeerd", False, False, False, True) in _styled(first.runs)
    assert ("vet", True, False, False, False) in _styled(first.runs)
    assert _text(first.runs).endswith(".\nTweede regel.")
    (sub,) = result.sections[0].subsections
    numbered, bullets, table, *rest = sub.blocks
    assert isinstance(numbered, BulletList) and numbered.numbered
    assert [_text(i.runs) for i in numbered.items] == ["Eerste punt", "Tweede punt"]
    assert numbered.items[0].children_numbered
    assert _text(numbered.items[0].children[0].runs) == "Eerste punt a"
    assert isinstance(bullets, BulletList) and not bullets.numbered
    assert _text(bullets.items[0].children[0].runs) == "Onder de opsomming"
    assert isinstance(table, Table) and len(table.rows) == 2
    assert [len(r.cells) for r in table.rows] == [2, 2]
    assert _text(table.rows[1].cells[0].paragraphs[0].runs) == "Samengevoegde cel"
    texts = [_text(b.runs) for b in rest]
    assert "Klopt dit getal?" not in " ".join(texts)
    assert texts[-1] == "[1] Bron: IOB."
    notes = {k: n.count for k, n in result.report.notes.items()}
    assert notes == {
        "image": 1,
        "comment": 1,
        "footnote-end": 1,
        "link": 1,
        "merged-cells": 1,
    }


def test_libreoffices_html_keeps_list_kinds_tables_and_reports_losses():
    result = read_html((FIXTURES / "libreoffice-contribution.html").read_text(encoding="utf-8"))
    lists = [b for b in result.lead if isinstance(b, BulletList)]
    assert [b.numbered for b in lists] == [True, False]
    one = lists[0].items[0]
    assert one.children_numbered and not one.children[0].children_numbered
    (table,) = [b for b in result.lead if isinstance(b, Table)]
    assert table.header_rows == 1
    cells = [
        [_text(c.paragraphs[0].runs) if c.paragraphs else "" for c in r.cells] for r in table.rows
    ]
    assert cells == [
        ["Missie", "Jaar", "Inzet"],
        ["MINUSMA samengevoegd", "", "450"],
        ["Resolute Support", "2015", "160"],
        ["", "2016", "100"],
    ]
    notes = {k: n.count for k, n in result.report.notes.items()}
    assert notes["comment"] == 1 and notes["image"] == 1 and notes["merged-cells"] == 2
    assert notes["field"] == 1 and notes["footnote-end"] == 1


def test_a_paste_gets_headings_as_bold_paragraphs_and_says_so():
    result = read_html("<p>voor</p><h2>Kop</h2><p>na</p>")
    blocks = as_blocks(result)
    assert [_text(b.runs) for b in blocks] == ["voor", "Kop", "na"]
    assert blocks[1].runs[0].bold
    assert result.report.notes["heading-text"].count == 1


def test_scripts_styles_and_objects_never_become_text():
    html = (
        "<html><head><style>p{color:red}</style><script>alert(1)</script></head><body>"
        "<p>zichtbaar</p><svg><text>svg-tekst</text></svg><object>obj</object>"
        "<script>document.write('x')</script></body></html>"
    )
    result = read_html(html)
    assert [_text(b.runs) for b in result.lead] == ["zichtbaar"]
    assert result.report.notes["object"].count == 2


def test_markup_in_text_stays_text():
    result = read_html('<p>&lt;b&gt;niet vet&lt;/b&gt; &amp; "quotes"</p>')
    assert _styled(result.lead[0].runs) == [
        ('<b>niet vet</b> & "quotes"', False, False, False, False)
    ]


def test_css_bold_italic_underline_and_normal_weight():
    html = (
        '<p><span style="font-weight:700">a</span><span style="font-style: italic">b</span>'
        '<span style="text-decoration: underline">c</span>'
        '<b>d<span style="font-weight:normal">e</span></b><mark>f</mark></p>'
    )
    assert _styled(read_html(html).lead[0].runs) == [
        ("a", True, False, False, False),
        ("b", False, True, False, False),
        ("c", False, False, True, False),
        ("d", True, False, False, False),
        ("e", False, False, False, False),
        ("f", False, False, False, True),
    ]


def test_rowspan_and_colspan_are_flattened_to_a_full_grid():
    html = (
        "<table><tr><th>A</th><th>B</th><th>C</th></tr>"
        "<tr><td rowspan=2 colspan=2>groot</td><td>1</td></tr>"
        "<tr><td>2</td></tr></table>"
    )
    result = read_html(html)
    (table,) = result.lead
    grid = [
        [_text(c.paragraphs[0].runs) if c.paragraphs else "" for c in r.cells] for r in table.rows
    ]
    assert grid == [["A", "B", "C"], ["groot", "", "1"], ["", "", "2"]]
    assert table.header_rows == 1
    assert result.report.notes["merged-cells"].count == 3


def test_a_nested_table_becomes_paragraphs_of_its_cell():
    html = "<table><tr><td>buiten<table><tr><td>binnen</td></tr></table></td></tr></table>"
    result = read_html(html)
    (table,) = result.lead
    assert [_text(p.runs) for p in table.rows[0].cells[0].paragraphs] == ["buiten", "binnen"]
    assert result.report.notes["nested-table"].count == 1


def test_too_many_paragraphs_or_columns_are_one_sentence():
    with pytest.raises(ValidationError, match="more than 10,000 paragraphs"):
        read_html("<p>x</p>" * (MAX_PARAGRAPHS + 1))
    row = "".join(f"<td>{i}</td>" for i in range(21))
    with pytest.raises(ValidationError, match="Table 1 has 21 columns"):
        read_html(f"<table><tr>{row}</tr></table>")


def test_control_characters_are_dropped_and_plain_text_kept():
    result = read_html("<p>a\x07b\x1bc\u0085d</p>")
    assert _text(result.lead[0].runs) == "abcd"
    assert isinstance(result.lead[0], Paragraph)


def test_broken_html_never_raises_anything_else():
    for html in ("<p><b>open", "</td></tr></table>", "<table><td>x", "<ul><li>a<li>b", "<<>>"):
        read_html(html)


_TAGS = [
    "p",
    "b",
    "i",
    "u",
    "li",
    "ul",
    "ol",
    "table",
    "tr",
    "td",
    "th",
    "h1",
    "h3",
    "br",
    "span style='mso-list:Ignore'",
    "img",
    "svg",
    "a href='#_ftn1'",
    "thead",
    "div",
]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from([f"<{t}>" for t in _TAGS] + [f"</{t.split()[0]}>" for t in _TAGS]),
            st.text(max_size=8),
        ),
        max_size=40,
    )
)
def test_any_tag_soup_gives_blocks_or_one_sentence(parts):
    try:
        result = read_html("".join(parts))
    except ValidationError as exc:
        assert "\n" not in str(exc)
        return
    for block in as_blocks(result):
        if isinstance(block, Table):
            assert len({len(r.cells) for r in block.rows}) == 1


def test_older_words_typed_bullets_and_numbers_become_list_levels():
    html = (
        "<p style='mso-list:l0 level1 lfo1'><span style='font-family:Symbol'>·"
        "<span>&nbsp;&nbsp;&nbsp; </span></span>Punt</p>"
        "<p style='mso-list:l0 level2 lfo1'>a)<span>&nbsp;&nbsp; </span>Letter</p>"
        "<p>o is hier gewone tekst</p>"
    )
    (bullets, para) = read_html(html).lead
    assert not bullets.numbered and _text(bullets.items[0].runs) == "Punt"
    assert bullets.items[0].children_numbered
    assert _text(bullets.items[0].children[0].runs) == "Letter"
    assert _text(para.runs) == "o is hier gewone tekst"


def test_two_html_lists_in_a_row_stay_two():
    result = read_html("<ol><li>a</li></ol><ol><li>b</li></ol><ul><li>c</li><li>d</li></ul>")
    assert [[_text(i.runs) for i in b.items] for b in result.lead] == [["a"], ["b"], ["c", "d"]]
