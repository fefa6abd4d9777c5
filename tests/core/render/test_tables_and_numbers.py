"""Tables and numbered lists in print: header rows repeat, numbers go 1. / a. / i."""

from __future__ import annotations

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

from .pdfread import body_text, page_chunks, page_texts


def _cell(*texts: str, **run: object) -> TableCell:
    return TableCell([Paragraph(runs=[Run(text=t, **run)]) for t in texts])  # type: ignore[arg-type]


def _long_table(rows: int, header_rows: int = 1) -> Table:
    head = [
        TableRow(cells=[_cell(f"Kop{h}A"), _cell(f"Kop{h}B"), _cell(f"Kop{h}C")])
        for h in range(header_rows)
    ]
    body = [
        TableRow(cells=[_cell(f"rij{r}"), _cell("tekst\nover twee regels"), _cell("x")])
        for r in range(rows)
    ]
    return Table(rows=head + body, header_rows=header_rows, widths=[1, 3, 1])


def _only(nota: Nota, *blocks: object) -> Nota:
    nota.sections = [Section(title="Tabel", blocks=list(blocks))]  # type: ignore[arg-type]
    return nota


def test_a_table_that_breaks_over_pages_repeats_its_header_rows(nota: Nota) -> None:
    pdf = render_nota(_only(nota, _long_table(150, header_rows=2))).pdf
    pages = page_texts(pdf)
    with_rows = [i for i, text in enumerate(pages) if "rij" in text]
    assert len(with_rows) >= 3, "the table should span at least three pages"
    for i in with_rows:
        assert "Kop0A" in pages[i] and "Kop1C" in pages[i], f"page {i + 1} lacks the header"
        chunks = [c for c in page_chunks(pdf)[i] if c.text.startswith(("Kop0A", "rij"))]
        assert chunks[0].text == "Kop0A"  # the header comes first on the page
    body = body_text(pdf)
    assert body.count("rij149") == 1 and body.count("rij0") == 1  # every row once
    assert body.count("Kop0A") == len(with_rows)


def test_no_header_row_repeats_nothing(nota: Nota) -> None:
    pdf = render_nota(_only(nota, _long_table(150, header_rows=0))).pdf
    chunks = [c.text for page in page_chunks(pdf) for c in page]
    assert len(page_texts(pdf)) >= 3
    assert chunks.count("rij0") == 1  # the first row is not taken for a header
    assert not any(c.startswith("Kop0") for c in chunks)


def test_a_cell_taller_than_a_page_splits_instead_of_stopping_the_print(nota: Nota) -> None:
    huge = TableCell([Paragraph(runs=[Run(text="woord " * 800)])])
    table = Table(rows=[TableRow([_cell("Kop"), _cell("Kop2")]), TableRow([huge, _cell("x")])])
    table.widths = [1, 10]  # a narrow first column: the text needs several pages
    table.rows[1].cells = [huge, _cell("x")]
    result = render_nota(_only(nota, table))
    assert result.pages_per_copy >= 3
    assert body_text(result.pdf).count("woord") == 800


def test_typed_markup_in_a_cell_prints_literally(nota: Nota) -> None:
    table = Table(rows=[TableRow([_cell("<b>vet</b> &amp; <img src='x'/>")])])
    text = body_text(render_nota(_only(nota, table)).pdf)
    assert "<b>vet</b> &amp; <img src='x'/>" in text


def test_a_redacted_cell_prints_its_ground_in_the_woo_variant(nota: Nota) -> None:
    table = Table(
        rows=[TableRow([_cell("Kop")]), TableRow([_cell("staatsgeheim", redact="5.1.2a")])]
    )
    normal = body_text(render_nota(_only(nota, table)).pdf)
    woo = body_text(render_nota(_only(nota, table), RenderOptions(woo=True)).pdf)
    assert "staatsgeheim" in normal
    assert "staatsgeheim" not in woo and "5.1.2a" in woo


def test_numbered_lists_print_1_a_i_by_depth_and_may_mix_with_bullets(nota: Nota) -> None:
    lst = BulletList(
        numbered=True,
        items=[
            ListItem(
                runs=[Run(text="eerste")],
                children_numbered=True,
                children=[
                    ListItem(runs=[Run(text="sub-een")]),
                    ListItem(
                        runs=[Run(text="sub-twee")],
                        children_numbered=True,
                        children=[ListItem(runs=[Run(text=f"diep{i}")]) for i in range(1, 5)],
                    ),
                ],
            ),
            ListItem(runs=[Run(text="tweede")], children=[ListItem(runs=[Run(text="bolletje")])]),
        ],
    )
    pdf = render_nota(_only(nota, lst)).pdf
    chunks = [c.text for page in page_chunks(pdf) for c in page]
    start = chunks.index("1.")
    got = chunks[start : start + 18]
    assert got == [
        "1.", "eerste", "a.", "sub-een", "b.", "sub-twee",
        "i.", "diep1", "ii.", "diep2", "iii.", "diep3", "iv.", "diep4",
        "2.", "tweede", "–", "bolletje",
    ]  # fmt: skip


def test_a_findings_block_in_a_numbered_list_numbers_each_finding(nota: Nota) -> None:
    lst = BulletList(
        numbered=True,
        items=[ListItem(runs=[Run(text="vooraf")]), FindingsBlock(select="main")],
    )
    pdf = render_nota(_only(nota, lst)).pdf
    chunks = [c.text for page in page_chunks(pdf) for c in page]
    mains = [f for f in nota.findings if f.main]
    assert chunks[chunks.index("vooraf") + 1] == "2."
    assert f"{len(mains) + 1}." in chunks
    assert f"{len(mains) + 2}." not in chunks
