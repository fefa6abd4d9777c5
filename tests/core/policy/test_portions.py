"""Portion marks: every portion found, the roll-up, and a portion above the nota refused."""

from __future__ import annotations

import datetime as dt

import pytest

from notadesk.core.examples import example_nota
from notadesk.core.model.codec import nota_from_dict, nota_to_dict
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
from notadesk.core.policy.portions import (
    check_portions,
    portion_mark,
    portions,
    prints_portion_marks,
    rolled_up_level,
)
from notadesk.errors import ValidationError


def nato(level: str = "nato.confidential") -> Nota:
    nota = example_nota()
    nota.classification.level = level
    nota.classification.until = dt.date(2030, 1, 1)
    return nota


def with_everything(nota: Nota) -> Nota:
    cell = TableCell(paragraphs=[Paragraph(runs=[Run(text="c")], portion="nato.restricted")])
    nota.sections.append(
        Section(
            title="Delen",
            blocks=[
                Paragraph(runs=[Run(text="p")], portion="nato.restricted"),
                BulletList(
                    items=[
                        ListItem(
                            runs=[Run(text="i")],
                            children=[ListItem(runs=[Run(text="j")], portion="nato.secret")],
                        )
                    ]
                ),
                Table(rows=[TableRow(cells=[cell])], portion="nato.unclassified"),
            ],
        )
    )
    nota.findings[3].portion = "nato.confidential"
    nota.commitments[1].portion = "nato.restricted"
    return nota


def test_every_kind_of_portion_is_found_with_where_it_is():
    found = portions(with_everything(nato()))
    n = len(example_nota().sections)
    assert [(p.field, p.level) for p in found] == [
        (f"sections[{n}].blocks[0]", "nato.restricted"),
        (f"sections[{n}].blocks[1].items[0].children[0]", "nato.secret"),
        (f"sections[{n}].blocks[2]", "nato.unclassified"),
        (f"sections[{n}].blocks[2].rows[0].cells[0].paragraphs[0]", "nato.restricted"),
        ("findings[3]", "nato.confidential"),
        ("commitments[1]", "nato.restricted"),
    ]


def test_a_portion_above_the_nota_is_refused_with_the_portion_named():
    nota = with_everything(nato("nato.confidential"))
    with pytest.raises(ValidationError) as caught:
        check_portions(nota)
    assert str(caught.value).startswith('A list item of "Delen" is marked NATO Secret')
    assert "NATO Secret" in str(caught.value) and "NATO Confidential" in str(caught.value)
    assert caught.value.field.endswith("items[0].children[0]")


def test_the_roll_up_is_the_highest_portion_and_then_it_passes():
    nota = with_everything(nato("nato.restricted"))
    assert rolled_up_level(nota) == "nato.secret"
    nota.classification.level = rolled_up_level(nota)
    check_portions(nota)  # no error
    assert rolled_up_level(nato("nato.secret")) == "nato.secret"  # nothing to raise


def test_equal_and_lower_portions_pass():
    nota = nato("nato.confidential")
    nota.findings[0].portion = "nato.confidential"
    nota.findings[1].portion = "nato.unclassified"
    check_portions(nota)


@pytest.mark.parametrize(
    ("portion", "words"),
    [("nl.stg-geheim", "another scheme"), ("xx.made-up", "not known")],
)
def test_foreign_and_unknown_portions_are_refused(portion, words):
    nota = nato()
    nota.findings[0].portion = portion
    with pytest.raises(ValidationError, match=words):
        check_portions(nota)


def test_which_schemes_print_marks_is_data():
    assert prints_portion_marks(nato())  # NATO: required
    eu = example_nota()
    eu.classification.level = "eu.restreint"
    assert prints_portion_marks(eu)
    nl = example_nota()
    nl.classification.level = "nl.stg-confidentieel"
    assert not prints_portion_marks(nl)  # optional: only when the draft marks a portion
    nl.findings[0].portion = "nl.dep-vertrouwelijk"
    assert prints_portion_marks(nl)


def test_portion_marks_take_the_scheme_form():
    nota = nato("nato.secret")
    assert portion_mark(nota, None) == "(NS)"  # unset: the nota's level
    assert portion_mark(nota, "nato.restricted") == "(NR)"
    assert portion_mark(nota, "eu.confidentiel") == "(C-UE/EU-C)"


def test_portions_travel_in_json_and_unset_ones_leave_the_hash_alone():
    plain = example_nota()
    before = plain.content_hash()
    assert "portion" not in plain.canonical_json()
    marked = with_everything(nato())
    again = nota_from_dict(nota_to_dict(marked))
    assert again == marked
    assert example_nota().content_hash() == before
