"""Format version 2 (tables, numbered lists): old documents still read and hash the same."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from notadesk.core.examples import example_nota
from notadesk.core.interchange import import_package, verify_package
from notadesk.core.model.codec import block_to_dict, nota_to_dict
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
from notadesk.core.model.schema import FORMAT_VERSION, upgrade_document, validate_document
from notadesk.core.model.text import list_number, nota_outline
from notadesk.core.storage.documents import envelope, parse_document, parse_document_text
from notadesk.core.storage.store import DraftStore
from notadesk.errors import ValidationError

FIXTURES = Path(__file__).parents[2] / "fixtures" / "formats"


def _p(text: str) -> Paragraph:
    return Paragraph(runs=[Run(text=text)])


def _table(rows: int = 3, columns: int = 2, **kw: Any) -> Table:
    return Table(
        rows=[
            TableRow(cells=[TableCell([_p(f"r{r}c{c}")]) for c in range(columns)])
            for r in range(rows)
        ],
        **kw,
    )


def _with(*blocks: Any) -> Nota:
    nota = example_nota()
    nota.sections.append(Section(title="Nieuw", blocks=list(blocks)))
    return nota


# --- old documents -----------------------------------------------------------------------------


def test_a_frozen_version_1_document_reads_and_hashes_as_it_did() -> None:
    text = (FIXTURES / "draft-v1.json").read_text(encoding="utf-8")
    assert json.loads(text)["format_version"] == 1
    _meta, nota = parse_document_text(text)
    assert nota.content_hash() == (FIXTURES / "draft-v1.sha256").read_text().strip()
    # and written again it is still the same document (no new key sneaks in at its default)
    assert nota_to_dict(nota) == json.loads(text)["nota"]


def test_upgrading_a_version_1_document_changes_only_its_version() -> None:
    data = json.loads((FIXTURES / "draft-v1.json").read_text(encoding="utf-8"))
    upgraded = upgrade_document(copy.deepcopy(data))
    assert upgraded["format_version"] == FORMAT_VERSION == 2
    assert upgraded["nota"] == data["nota"]
    assert upgrade_document(upgraded) is upgraded  # the current version is left alone


def test_a_frozen_version_1_package_verifies_and_imports_with_the_same_hashes(
    tmp_path: Path,
) -> None:
    package = FIXTURES / "package-v1-ongerubriceerd.nota"
    report = verify_package(package)
    assert report.format_version == 1
    store = DraftStore.open(tmp_path / "ws")
    try:
        import_package(store, package)
        (draft,) = store.list()
        history = store.history(draft.id)
        assert len(history) == 2
        latest = store.get(draft.id)
        assert latest.nota.content_hash() == (FIXTURES / "draft-v1.sha256").read_text().strip()
        assert latest.nota.sections[-1].title == "Extra"
    finally:
        store.close()


def test_a_document_of_a_newer_version_is_refused_by_name() -> None:
    doc = envelope(example_nota())
    doc["format_version"] = FORMAT_VERSION + 1
    with pytest.raises(ValidationError, match=f"format version {FORMAT_VERSION + 1}"):
        parse_document(doc)


# --- the new shape -----------------------------------------------------------------------------


def test_new_fields_are_left_out_at_their_defaults() -> None:
    assert block_to_dict(BulletList(items=[ListItem(runs=[Run(text="a")])])) == {
        "kind": "list",
        "items": [{"kind": "item", "runs": [{"text": "a"}], "children": []}],
    }
    assert "header_rows" not in block_to_dict(_table())
    assert "widths" not in block_to_dict(_table())
    assert block_to_dict(_table(header_rows=0, widths=[1.0, 3.0]))["header_rows"] == 0


def test_tables_numbered_lists_and_line_breaks_round_trip() -> None:
    nota = _with(
        _table(4, 3, header_rows=2, widths=[1.0, 2.5, 1.0]),
        BulletList(
            numbered=True,
            items=[
                ListItem(
                    runs=[Run(text="een\ntwee regels")],
                    children_numbered=True,
                    children=[ListItem(runs=[Run(text="a")], children=[ListItem()])],
                )
            ],
        ),
    )
    doc = envelope(nota)
    assert doc["format_version"] == 2
    _meta, back = parse_document_text(json.dumps(doc))
    assert back == nota
    assert back.content_hash() == nota.content_hash()


def test_a_version_1_document_keeps_its_hash_after_a_round_trip_through_version_2() -> None:
    nota = example_nota()
    before = nota.content_hash()
    _meta, back = parse_document_text(json.dumps(envelope(nota)))
    assert back.content_hash() == before
    assert '"numbered"' not in back.canonical_json()


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        (lambda t: t["rows"][1]["cells"].pop(), "rows[1].cells", "same number of cells"),
        (lambda t: t.update(header_rows=4), "header_rows", "cannot have 4 header rows"),
        (lambda t: t.update(widths=[1, 2, 3]), "widths", "needs 2 widths"),
        (
            lambda t: t["rows"][0]["cells"][0]["paragraphs"][0]["runs"].append(
                {"text": "x" * 5001}
            ),
            "rows[0].cells[0]",
            "at most 5000 characters",
        ),
        (lambda t: t.update(widths=[1, 0]), "widths[1]", ""),
        (lambda t: t.update(rows=[]), "rows", ""),
        (lambda t: t["rows"][0].update(cells=[]), "rows[0].cells", ""),
        (lambda t: t.update(rows=t["rows"] * 400), "rows", ""),
        (lambda t: t["rows"][0]["cells"][0]["paragraphs"].append({"kind": "list"}), "", ""),
    ],
)
def test_a_bad_table_is_refused_naming_the_field(change: Any, field: str, words: str) -> None:
    doc = envelope(_with(_table(3, 2)))
    table = doc["nota"]["sections"][-1]["blocks"][0]
    change(table)
    with pytest.raises(ValidationError) as caught:
        validate_document(doc)
    where = f"nota.sections[{len(doc['nota']['sections']) - 1}].blocks[0]"
    assert caught.value.field.startswith(where + ("." + field if field else ""))
    assert words in str(caught.value)


def test_a_woo_ground_inside_a_table_cell_is_checked() -> None:
    doc = envelope(_with(_table()))
    cell = doc["nota"]["sections"][-1]["blocks"][0]["rows"][1]["cells"][1]
    cell["paragraphs"][0]["runs"][0]["redact"] = "5.9.9"
    with pytest.raises(ValidationError, match="not a Woo ground"):
        validate_document(doc)


def test_a_table_in_a_list_is_refused() -> None:
    doc = envelope(_with(BulletList(items=[ListItem()])))
    doc["nota"]["sections"][-1]["blocks"][0]["items"].append(block_to_dict(_table()))
    with pytest.raises(ValidationError):
        validate_document(doc)


# --- outline, search text and diff -------------------------------------------------------------


@pytest.mark.parametrize(
    ("position", "depth", "label"),
    [(1, 1, "1."), (12, 1, "12."), (1, 2, "a."), (26, 2, "z."), (27, 2, "aa."), (4, 3, "iv.")],
)
def test_list_numbers_by_depth(position: int, depth: int, label: str) -> None:
    assert list_number(position, depth) == label


def test_the_outline_numbers_lists_and_shows_table_rows() -> None:
    nota = _with(
        BulletList(
            numbered=True,
            items=[
                ListItem(
                    runs=[Run(text="eerste")],
                    children_numbered=True,
                    children=[ListItem(runs=[Run(text="sub")]), ListItem(runs=[Run(text="b")])],
                ),
                ListItem(runs=[Run(text="tweede")], children=[ListItem(runs=[Run(text="los")])]),
            ],
        ),
        _table(2, 2),
    )
    lines = nota_outline(nota)
    start = lines.index("# Nieuw")
    assert lines[start + 1 : start + 8] == [
        "1. eerste",
        "  a. sub",
        "  b. b",
        "2. tweede",
        "  - los",
        "| r0c0 | r0c1 |",
        "| r1c0 | r1c1 |",
    ]


def test_text_in_a_table_cell_is_found_by_search(tmp_path: Path) -> None:
    store = DraftStore.open(tmp_path / "ws")
    try:
        nota = _with(_table())
        nota.sections[-1].blocks[0].rows[2].cells[1].paragraphs[0].runs[0].text = "zeppelinloods"
        draft = store.create(nota)
        assert [h.draft.id for h in store.search("zeppelinloods")] == [draft.id]
    finally:
        store.close()
