"""Templates as data, a draft's structure saved as a template, and duplicating a draft."""

from __future__ import annotations

import datetime as dt
import json
import stat
from pathlib import Path

import pytest

from notadesk.core.examples import example_nota
from notadesk.core.templates import (
    duplicate_nota,
    nota_from_template,
    save_template,
    templates,
)
from notadesk.errors import ValidationError

TODAY = dt.date(2026, 12, 2)


def test_shipped_templates_make_notas_with_their_sections_and_routing() -> None:
    found, problems = templates(None)
    assert problems == []
    assert len(found) >= 2
    by_name = {t.name: t for t in found}
    nota = nota_from_template(by_name["Kabinetsreactie op een evaluatie"], TODAY)
    assert [s.title for s in nota.sections] == [
        "Aanleiding",
        "Geadviseerd besluit",
        "Kernpunten",
        "Toelichting",
    ]
    assert [s.title for s in nota.sections[3].subsections] == ["Proces"]
    assert [e.name for e in nota.routing.via] == ["SG", "DGPZ"]
    assert nota.date == TODAY and nota.subject == "" and nota.status == "concept"
    assert nota.findings == [] and all(not s.blocks for s in nota.sections)


def test_a_drafts_structure_saved_as_a_template_comes_back_without_its_text(
    tmp_path: Path,
) -> None:
    nota = example_nota()
    nota.classification.level = "nl.dep-vertrouwelijk"
    nota.classification.set_by = "DGES"
    path = save_template(tmp_path, nota, "  Mijn   evaluatienota ", "DSH/VN")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    found, problems = templates(tmp_path)
    assert problems == []
    own = [t for t in found if t.own]
    assert [(t.name, t.directorate) for t in own] == [("Mijn evaluatienota", "DSH/VN")]
    again = nota_from_template(own[0], TODAY)
    assert [s.title for s in again.sections] == [s.title for s in nota.sections]
    assert again.routing.to == nota.routing.to
    assert again.classification.level == "nl.dep-vertrouwelijk"
    assert again.classification.set_by == ""  # who set a level belongs to that draft only
    assert "Eind juni" not in path.read_text(encoding="utf-8")  # no text is kept
    second = save_template(tmp_path, nota, "Mijn evaluatienota")
    assert second != path  # never overwritten


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ("{not json", "cannot be read"),
        ('{"format": "iets anders"}', "not a notadesk template"),
        ('{"format": "notadesk-template", "format_version": 9, "nota": {}}', "cannot read"),
        ('{"format": "notadesk-template", "format_version": 1, "nota": {}}', "no name"),
        (
            json.dumps(
                {
                    "format": "notadesk-template",
                    "format_version": 1,
                    "name": "x",
                    "nota": {"type": "ter-nergens"},
                }
            ),
            "type",
        ),
        (
            json.dumps(
                {
                    "format": "notadesk-template",
                    "format_version": 1,
                    "name": "x",
                    "nota": {"classification": {"level": "xx.geheim"}},
                }
            ),
            "not known",
        ),
    ],
)
def test_a_damaged_template_is_named_and_the_others_still_offered(
    tmp_path: Path, content: str, words: str
) -> None:
    folder = tmp_path / "templates"
    folder.mkdir()
    (folder / "kapot.json").write_text(content, encoding="utf-8")
    found, problems = templates(tmp_path)
    assert len(found) >= 2  # the shipped ones
    (problem,) = problems
    assert "kapot.json" in problem or words in problem
    assert words in problem


def test_a_template_needs_a_name(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="needs a name"):
        save_template(tmp_path, example_nota(), "   ")
    with pytest.raises(ValidationError, match="at most 120"):
        save_template(tmp_path, example_nota(), "x" * 121)


def test_duplicating_keeps_the_content_as_a_new_concept() -> None:
    nota = example_nota()
    nota.status = "definitief"
    copy = duplicate_nota(nota, TODAY)
    assert copy.reference == "" and copy.status == "concept" and copy.date == TODAY
    assert copy.sections == nota.sections and copy.findings == nota.findings
    assert nota.reference == "Min-BuZa.2022.240"  # the original is untouched
