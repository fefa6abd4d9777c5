"""Round trip nota → .docx → nota: every section, paragraph, list level, table cell and run
format the model has comes back as it was."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from notadesk.core.drafting import blank_nota
from notadesk.core.interchange.docx_in import read_docx_bytes
from notadesk.core.interchange.docx_out import nota_to_docx
from notadesk.core.interchange.incoming import into_new_nota
from notadesk.core.model.codec import nota_to_dict
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


def _roundtrip(nota: Nota) -> Nota:
    back = read_docx_bytes(nota_to_docx(nota), "nota.docx")
    assert back.report.clean, back.report.lines()
    return into_new_nota(back, blank_nota(), "x")


def _normalised(nota: Nota) -> list[dict]:
    sections = nota_to_dict(nota)["sections"]

    def fix(node: object) -> None:
        if isinstance(node, dict):
            if node.get("kind") == "table" and node.get("widths"):
                total = sum(node["widths"])
                node["widths"] = [round(w / total, 3) for w in node["widths"]]
            for value in node.values():
                fix(value)
        elif isinstance(node, list):
            for value in node:
                fix(value)

    fix(sections)
    return sections


def _rich_nota() -> Nota:
    def runs(text: str) -> list[Run]:
        return [
            Run(text + " gewoon "),
            Run("vet", bold=True),
            Run(" "),
            Run("cursief", italic=True),
            Run(" "),
            Run("onder", underline=True),
            Run(" "),
            Run("geel", highlight=True),
            Run(" "),
            Run("alles\nna een regeleinde", bold=True, italic=True, underline=True, highlight=True),
        ]

    table = Table(
        rows=[
            TableRow([TableCell([Paragraph(runs("kop"))]), TableCell([Paragraph([Run("B")])])]),
            TableRow(
                [
                    TableCell([Paragraph([Run("x")]), Paragraph([Run("y", bold=True)])]),
                    TableCell([]),
                ]
            ),
            TableRow(
                [
                    TableCell([Paragraph([Run("regel 1\nregel 2")])]),
                    TableCell([Paragraph([Run("z", italic=True)])]),
                ]
            ),
        ],
        header_rows=1,
        widths=[3.0, 1.0],
    )
    numbered = BulletList(
        numbered=True,
        items=[
            ListItem(
                runs("een"),
                children=[
                    ListItem(
                        [Run("een-a")],
                        children=[ListItem([Run("een-a-i")])],
                        children_numbered=True,
                    ),
                    ListItem([Run("een-b")]),
                ],
                children_numbered=True,
            ),
            ListItem([Run("twee")], children=[ListItem([Run("twee-bullet")])]),
        ],
    )
    bullets = BulletList(
        items=[
            ListItem(
                [Run("punt")],
                children=[ListItem([Run("genummerd onder punt")])],
                children_numbered=True,
            )
        ]
    )
    nota = Nota(subject="Rondreis")
    nota.sections = [
        Section(
            "Aanleiding",
            [Paragraph(runs("alinea")), numbered, Paragraph([Run("tussen")]), bullets],
            subsections=[
                Section(
                    "Sub",
                    [table, Paragraph([Run("na de tabel")])],
                    subsections=[Section("Subsub", [Paragraph([Run("diep")])])],
                ),
            ],
        ),
        Section("Leeg"),
        Section(
            "Tabel zonder kop",
            [Table(rows=[TableRow([TableCell([Paragraph([Run("a")])])])], header_rows=0)],
        ),
    ]
    return nota


def test_a_rich_nota_comes_back_as_it_was():
    nota = _rich_nota()
    back = _roundtrip(nota)
    assert back.subject == nota.subject
    assert _normalised(back) == _normalised(nota)


def test_equal_widths_stay_empty_and_header_rows_keep_their_count():
    table = Table(
        rows=[
            TableRow([TableCell([Paragraph([Run(f"{r}{c}")])]) for c in range(3)]) for r in range(4)
        ],
        header_rows=2,
    )
    nota = Nota(subject="t", sections=[Section("T", [table])])
    (back,) = _roundtrip(nota).sections[0].blocks
    assert back.header_rows == 2 and back.widths == []


_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc")) | st.just("\n"),
    min_size=1,
    max_size=30,
).filter(lambda t: t.strip() and t == t.strip() and "\n\n" not in t and t[0] != "\n")


@st.composite
def _runs(draw: st.DrawFn) -> list[Run]:
    out = []
    for _ in range(draw(st.integers(1, 4))):
        out.append(
            Run(
                draw(_text),
                bold=draw(st.booleans()),
                italic=draw(st.booleans()),
                underline=draw(st.booleans()),
                highlight=draw(st.booleans()),
            )
        )
    merged: list[Run] = []
    for run in out:  # neighbours of one style are one run in the model's normal form
        if merged and (
            merged[-1].bold,
            merged[-1].italic,
            merged[-1].underline,
            merged[-1].highlight,
        ) == (run.bold, run.italic, run.underline, run.highlight):
            merged[-1].text += " " + run.text
        else:
            merged.append(run)
    return merged


@st.composite
def _items(draw: st.DrawFn, depth: int) -> list[ListItem]:
    items = []
    for _ in range(draw(st.integers(1, 3))):
        children = draw(_items(depth + 1)) if depth < 3 and draw(st.booleans()) else []
        items.append(
            ListItem(
                draw(_runs()),
                children=children,
                children_numbered=bool(children) and draw(st.booleans()),
            )
        )
    return items


@st.composite
def _sections(draw: st.DrawFn, depth: int = 1) -> list[Section]:
    out = []
    for i in range(draw(st.integers(1, 2))):
        blocks: list[object] = []
        for _ in range(draw(st.integers(0, 3))):
            kind = draw(st.sampled_from(["p", "list", "table"]))
            if kind == "p":
                blocks.append(Paragraph(draw(_runs())))
            elif kind == "list":
                blocks.append(BulletList(items=draw(_items(1)), numbered=draw(st.booleans())))
            else:
                cols = draw(st.integers(1, 3))
                rows = [
                    TableRow([TableCell([Paragraph(draw(_runs()))]) for _ in range(cols)])
                    for _ in range(draw(st.integers(1, 3)))
                ]
                blocks.append(Table(rows=rows, header_rows=draw(st.integers(0, len(rows)))))
        subs = draw(_sections(depth + 1)) if depth < 3 and draw(st.booleans()) else []
        out.append(Section(f"Sectie {depth}.{i}", blocks, subs))
    return out


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_sections())
def test_generated_notas_come_back_as_they_were(sections):
    nota = Nota(subject="gegenereerd", sections=sections)
    assert _normalised(_roundtrip(nota)) == _normalised(nota)


@pytest.mark.parametrize("text", ["  spaties  vooraan", '<b>geen opmaak</b> & "quotes"'])
def test_typed_text_is_data_never_markup(text):
    nota = Nota(subject="s", sections=[Section("A", [Paragraph([Run(text)])])])
    (block,) = _roundtrip(nota).sections[0].blocks
    assert block.runs[0].text == text


def test_portion_marks_are_written_as_the_print_writes_them_and_read_back():
    nota = Nota(subject="NAVO")
    nota.classification.level = "nato.secret"
    cell = Paragraph([Run("in de cel")], portion="nato.restricted")
    nota.sections = [
        Section(
            "A",
            [
                Paragraph([Run("beperkt")], portion="nato.restricted"),
                Paragraph([Run("zonder eigen markering")]),
                BulletList(items=[ListItem([Run("vertrouwelijk")], portion="nato.confidential")]),
                Table(
                    rows=[TableRow([TableCell([cell])])], header_rows=0, portion="nato.unclassified"
                ),
            ],
        )
    ]
    data = nota_to_docx(nota)
    import io
    import zipfile

    text = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode()
    for mark in ("(NR)", "(NS)", "(NC)", "(NU)"):
        assert mark in text
    back = _roundtrip(nota).sections[0].blocks
    assert [b.runs[0].text for b in back[:2]] == ["beperkt", "zonder eigen markering"]
    assert back[0].portion == "nato.restricted"
    assert back[1].portion == "nato.secret"  # the nota's own level, as printed
    assert back[2].items[0].portion == "nato.confidential"
    assert back[3].portion == "nato.unclassified"
    assert back[3].rows[0].cells[0].paragraphs[0].portion == "nato.restricted"
    assert back[3].rows[0].cells[0].paragraphs[0].runs[0].text == "in de cel"


def test_an_unmarked_nl_nota_gets_no_portion_marks():
    nota = Nota(subject="NL", sections=[Section("A", [Paragraph([Run("tekst")])])])
    import io
    import zipfile

    text = zipfile.ZipFile(io.BytesIO(nota_to_docx(nota))).read("word/document.xml").decode()
    assert "(O)" not in text and "Nota Portion" not in text


def test_the_documents_marking_becomes_the_new_drafts_and_guards_an_import_into_a_lower_one():
    import datetime as dt

    import pytest

    from notadesk.core.interchange.incoming import into_nota
    from notadesk.errors import ValidationError

    nota = Nota(subject="Geheim", sections=[Section("A", [Paragraph([Run("tekst")])])])
    nota.classification.level = "nl.stg-confidentieel"
    nota.classification.until = dt.date(2030, 1, 1)
    contribution = read_docx_bytes(nota_to_docx(nota), "geheim.docx")
    assert contribution.marking == "nl.stg-confidentieel"
    assert contribution.report.clean
    assert contribution.report.lines()[1] == (
        "The document is marked Stg. CONFIDENTIEEL in its header or footer; the draft takes "
        "that marking."
    )
    new = into_new_nota(contribution, blank_nota(), "geheim")
    assert new.classification.level == "nl.stg-confidentieel"
    lower = blank_nota()
    with pytest.raises(ValidationError, match="marked Staatsgeheim confidentieel, above"):
        into_nota(lower, contribution)
    assert len(lower.sections) == len(blank_nota().sections)  # nothing changed


def test_two_numbered_lists_in_a_row_stay_two_lists_each_counting_from_one():
    first = BulletList(numbered=True, items=[ListItem([Run("a1")]), ListItem([Run("a2")])])
    second = BulletList(numbered=True, items=[ListItem([Run("b1")])])
    nota = Nota(subject="x", sections=[Section("A", [first, second])])
    back = _roundtrip(nota).sections[0].blocks
    assert [[i.runs[0].text for i in b.items] for b in back] == [["a1", "a2"], ["b1"]]
