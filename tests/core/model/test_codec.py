"""The nota's dict form round-trips and the schema names what is wrong."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from notadesk.core.examples import example_nota
from notadesk.core.model.codec import nota_from_dict, nota_to_dict
from notadesk.core.model.nota import (
    Attachment,
    AttachmentFile,
    BulletList,
    Commitment,
    CommitmentsBlock,
    FindingsBlock,
    ListItem,
    Paragraph,
    PositionsBlock,
    Run,
    Section,
)
from notadesk.core.storage.documents import envelope, parse_document, parse_document_text
from notadesk.errors import ValidationError


def _rich_nota() -> Any:
    nota = example_nota()
    nota.sections.append(
        Section(
            title="Extra",
            blocks=[
                Paragraph(
                    runs=[
                        Run(text="vet", bold=True),
                        Run(text="schuin", italic=True),
                        Run(text="onder", underline=True),
                        Run(text="geel", highlight=True),
                        Run(text="geheim", redact="5.1.2a"),
                        Run(generated="positions-summary"),
                    ]
                ),
                BulletList(
                    items=[
                        ListItem(
                            runs=[Run(text="1")],
                            children=[
                                ListItem(
                                    runs=[Run(text="2")],
                                    children=[ListItem(runs=[Run(text="3")])],
                                ),
                                CommitmentsBlock(finding_ids=["bevinding-1"]),
                            ],
                        )
                    ]
                ),
                FindingsBlock(select="all"),
                PositionsBlock(),
            ],
            subsections=[Section(title="Sub")],
        )
    )
    nota.commitments.append(
        Commitment(id="c9", text="t", finding_ids=["bevinding-2", "bevinding-3"], status="afgerond")
    )
    nota.attachments.append(
        Attachment(
            id="a2", title="Bestand", file=AttachmentFile("x.pdf", "a" * 64, 10, "application/pdf")
        )
    )
    return nota


def test_round_trip_through_json_keeps_everything() -> None:
    nota = _rich_nota()
    text = json.dumps(envelope(nota), ensure_ascii=False)
    _meta, back = parse_document_text(text)
    assert back == nota
    assert back.content_hash() == nota.content_hash()


def test_content_hash_changes_with_any_field() -> None:
    nota = _rich_nota()
    other = copy.deepcopy(nota)
    other.findings[4].comment = "anders"
    assert nota.content_hash() != other.content_hash()


def _doc() -> dict[str, Any]:
    return envelope(example_nota())


@pytest.mark.parametrize(
    ("mutate", "field"),
    [
        (lambda d: d["nota"].update(type="TER ONZIN"), "nota.type"),
        (lambda d: d["nota"]["findings"][3].update(number="vier"), "nota.findings[3].number"),
        (lambda d: d["nota"]["findings"][0].pop("id"), "nota.findings[0]"),
        (lambda d: d["nota"].update(date="23-09-2022"), "nota.date"),
        (lambda d: d["nota"]["routing"]["to"][0].update(name=7), "nota.routing.to[0].name"),
        (lambda d: d["nota"].update(surprise=True), "nota"),
        (lambda d: d.update(format="something-else"), "format"),
        (
            lambda d: d["nota"]["classification"].update(level="xx.geheim"),
            "nota.classification.level",
        ),
        (lambda d: d["nota"]["findings"][1].update(id="bevinding-1"), "nota.findings[1].id"),
        (
            lambda d: d["nota"]["drafted_by"][0].update(woo_ground="5.9z"),
            "nota.drafted_by[0].woo_ground",
        ),
        (
            lambda d: d["nota"]["sections"][0]["blocks"][0]["items"][0]["runs"].append(
                {"text": "x", "redact": "5.1.7"}
            ),
            "nota.sections[0].blocks[0].items[0].runs[1].redact",
        ),
        (
            lambda d: d["nota"]["sections"][0]["blocks"][0]["items"][0].update(
                children=[
                    {
                        "kind": "item",
                        "children": [
                            {
                                "kind": "item",
                                "children": [{"kind": "item", "children": [{"kind": "item"}]}],
                            }
                        ],
                    }
                ]
            ),
            "nota.sections[0].blocks[0].items[0].children[0].children[0].children",
        ),
    ],
)
def test_invalid_documents_are_refused_with_the_field_named(mutate: Any, field: str) -> None:
    doc = _doc()
    mutate(doc)
    with pytest.raises(ValidationError) as info:
        parse_document(doc)
    assert info.value.field == field
    assert field in str(info.value)


def test_newer_format_is_refused_clearly() -> None:
    doc = _doc()
    doc["format_version"] = 99
    with pytest.raises(ValidationError, match="newer than this notadesk"):
        parse_document(doc)


@pytest.mark.parametrize("text", ["", "{", "[]", "null", '{"format": 1}', "\ufeff{}", "[" * 100000])
def test_not_a_document(text: str) -> None:
    with pytest.raises(ValidationError):
        parse_document_text(text)


def test_dict_form_is_plain_json() -> None:
    data = nota_to_dict(_rich_nota())
    assert nota_from_dict(json.loads(json.dumps(data))) == _rich_nota()
