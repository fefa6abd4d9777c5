"""The readiness check before definitief."""

from __future__ import annotations

from notadesk.core.drafting import blank_nota
from notadesk.core.examples import example_nota
from notadesk.core.policy.checks import readiness_problems


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
    assert _fields(nota) == ["classification.until"]
    nota.classification.end_event = "na besluitvorming in de MR"
    assert _fields(nota) == []


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
