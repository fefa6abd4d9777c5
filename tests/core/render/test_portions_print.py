"""Portion marks in print: at the start of each portion, in the scheme's form."""

from __future__ import annotations

import datetime as dt

from notadesk.core.examples import example_nota
from notadesk.core.model.nota import (
    BulletList,
    ListItem,
    Paragraph,
    Run,
    Section,
    Table,
    TableCell,
    TableRow,
)
from notadesk.core.render import render_nota
from tests.core.render.tools import pdftotext


def flat(pdf: bytes, tmp_path) -> str:
    return " ".join(pdftotext(pdf, tmp_path).split())


def marked_nota(level: str):
    nota = example_nota()
    nota.classification.level = level
    nota.classification.until = dt.date(2030, 1, 1)
    cell = TableCell(paragraphs=[Paragraph(runs=[Run(text="Celtekst")])])
    nota.sections = [
        Section(
            title="Deel",
            blocks=[
                Paragraph(runs=[Run(text="Eerste alinea.")], portion="nato.unclassified"),
                Paragraph(runs=[Run(text="Tweede alinea.")]),
                BulletList(
                    items=[ListItem(runs=[Run(text="Een punt.")], portion="nato.restricted")]
                ),
                Table(rows=[TableRow(cells=[cell])], portion="nato.confidential"),
            ],
        )
    ]
    return nota


def test_each_portion_starts_with_its_mark(tmp_path):
    text = flat(render_nota(marked_nota("nato.secret")).pdf, tmp_path)
    assert "(NU) Eerste alinea." in text
    assert "(NS) Tweede alinea." in text  # unset: the nota's level
    assert "(NR) Een punt." in text
    assert "(NC) Celtekst" in text  # the table's mark stands above it


def test_eu_marks_take_the_eu_form(tmp_path):
    nota = marked_nota("nato.secret")
    nota.classification.level = "eu.secret"
    for block in nota.sections[0].blocks:
        if hasattr(block, "portion"):
            block.portion = None
    nota.sections[0].blocks[2].items[0].portion = "eu.restreint"
    text = flat(render_nota(nota).pdf, tmp_path)
    assert "(S-UE/EU-S) Eerste alinea." in text
    assert "(R-UE/EU-R) Een punt." in text


def test_nl_prints_no_marks_unless_the_draft_marks_a_portion(tmp_path):
    nota = example_nota()
    nota.classification.level = "nl.stg-confidentieel"
    nota.classification.until = dt.date(2030, 1, 1)
    assert "(Stg.C)" not in flat(render_nota(nota).pdf, tmp_path)
    nota.findings[9].portion = "nl.dep-vertrouwelijk"
    text = flat(render_nota(nota).pdf, tmp_path)
    assert "(Dep.V) Bevinding 10:" in text and "(Stg.C) Hoofdbevinding 1:" in text


def test_an_unclassified_nl_nota_is_unchanged(tmp_path):
    assert "(O)" not in flat(render_nota(example_nota()).pdf, tmp_path)


def test_the_administrators_policy_switches_nl_portion_marks_on(tmp_path, policy_file):
    from notadesk.core.policy.administrator import load_policy
    from notadesk.core.policy.portions import portion_marks_rule

    nota = example_nota()
    nota.classification.level = "nl.stg-confidentieel"
    nota.classification.until = dt.date(2030, 1, 1)
    assert portion_marks_rule("nl") == "optional"
    policy_file(portion_marks=["nl"])
    assert portion_marks_rule("nl") == "required"
    assert portion_marks_rule("nato", load_policy()) == "required"  # already required
    text = flat(render_nota(nota).pdf, tmp_path)
    assert "(Stg.C) Hoofdbevinding 1:" in text and "(Stg.C) Bevinding 10:" in text


def test_a_policy_naming_an_unknown_scheme_for_portion_marks_is_broken(policy_file):
    import pytest

    from notadesk.core.policy.administrator import load_policy
    from notadesk.errors import PolicyError

    policy_file(portion_marks=["xx"])
    with pytest.raises(PolicyError, match="'xx' in portion_marks"):
        load_policy()
