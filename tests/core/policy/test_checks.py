"""The readiness check before definitief."""

from __future__ import annotations

import datetime as dt

import pytest

from notadesk.core.drafting import blank_nota
from notadesk.core.examples import example_nota
from notadesk.core.model.nota import RoutingEntry
from notadesk.core.policy.checks import MAX_NAME_LENGTH, MAX_SUBJECT_LENGTH, readiness_problems


def _fields(nota: object) -> list[str]:
    return [p.field for p in readiness_problems(nota)]  # type: ignore[arg-type]


def test_example_nota_is_ready() -> None:
    assert readiness_problems(example_nota()) == []


def test_blank_nota_lists_what_is_missing() -> None:
    nota = blank_nota()
    nota.date = None
    nota.sections = []
    assert _fields(nota) == ["subject", "routing.to", "date", "sections"]


def test_findings_numbered_without_gaps() -> None:
    nota = example_nota()
    nota.findings[4].number = 14
    assert _fields(nota) == ["findings[4].number"]
    assert "5 missing" in readiness_problems(nota)[0].message
    nota.findings[4].number = 4
    assert _fields(nota) == ["findings[4].number"]
    assert "used twice" in readiness_problems(nota)[0].message


def test_commitments_must_answer_an_existing_finding() -> None:
    nota = example_nota()
    nota.commitments[2].finding_ids = []
    nota.commitments[5].finding_ids = ["bevinding-99"]
    assert _fields(nota) == ["commitments[2].finding_ids", "commitments[5].finding_ids"]


def test_a_classified_marking_needs_a_duration() -> None:
    nota = example_nota()
    nota.classification.level = "nl.stg-confidentieel"
    nota.classification.set_by = "DGES"
    assert _fields(nota) == ["classification.until"]
    nota.classification.end_event = "na besluitvorming in de MR"
    assert _fields(nota) == []


def test_a_classified_marking_needs_someone_who_set_it() -> None:
    nota = example_nota()
    nota.classification.level = "nl.stg-confidentieel"
    nota.classification.end_event = "na besluitvorming in de MR"
    nota.classification.set_by = "  "
    (problem,) = readiness_problems(nota)
    assert problem.field == "classification.set_by" and "Set by" in problem.message
    nota.classification.level = "nl.ongerubriceerd"  # an unclassified nota needs no one
    assert readiness_problems(nota) == []


@pytest.mark.parametrize(("days", "ready"), [(-400, False), (-1, False), (0, False), (1, True)])
def test_a_marking_that_ends_today_or_earlier_is_refused(days: int, ready: bool) -> None:
    today = dt.date(2026, 12, 2)
    nota = example_nota()
    nota.classification.level = "nl.stg-confidentieel"
    nota.classification.set_by = "DGES"
    nota.classification.until = today + dt.timedelta(days=days)
    problems = readiness_problems(nota, today=today)
    assert (problems == []) == ready
    if not ready:
        (problem,) = problems
        assert problem.field == "classification.until"
        assert nota.classification.until.isoformat() in problem.message


def test_an_overlong_subject_or_name_is_refused_with_its_length() -> None:
    nota = example_nota()
    nota.subject = "x" * (MAX_SUBJECT_LENGTH + 1)
    nota.routing.cc = [RoutingEntry(name="y" * 5000)]
    problems = readiness_problems(nota)
    assert [p.field for p in problems] == ["subject", "routing.cc"]
    assert f"{MAX_SUBJECT_LENGTH + 1} characters" in problems[0].message
    assert "5000 characters" in problems[1].message
    nota.subject = "x" * MAX_SUBJECT_LENGTH
    nota.routing.cc[0].name = "y" * MAX_NAME_LENGTH
    assert readiness_problems(nota) == []


def test_every_problem_carries_a_template_that_makes_its_message() -> None:
    nota = blank_nota()
    nota.date = None
    nota.classification.level = "nl.stg-geheim"
    nota.classification.until = dt.date(2000, 1, 1)
    nota.findings = example_nota().findings
    nota.findings[1].number = 1
    problems = readiness_problems(nota)
    assert len(problems) >= 6
    for problem in problems:
        assert problem.template
        assert problem.template.format(**dict(problem.values)) == problem.message


def test_the_workflow_is_followed() -> None:
    from notadesk.core.policy.checks import check_status_change

    nota = example_nota()
    nota.status = "getekend"
    (problem,) = check_status_change("concept", nota)
    assert problem.field == "status" and "concept" in problem.message
    assert check_status_change("definitief", nota) == []
    nota.status = "concept"
    assert check_status_change("getekend", nota)[0].field == "status"
    assert check_status_change("ingetrokken", nota) == []
    nota.status = "ingetrokken"
    assert all(check_status_change(s, nota) == [] for s in ("concept", "definitief", "getekend"))
