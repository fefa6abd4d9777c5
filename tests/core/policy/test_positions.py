"""The positions summary is generated from the findings table."""

from __future__ import annotations

import pytest

from notadesk.core.examples import example_nota
from notadesk.core.model.nota import Finding
from notadesk.core.policy.positions import number_ranges, positions_summary


def _findings(positions: dict[int, str | None]) -> list[Finding]:
    return [Finding(id=str(n), number=n, position=p) for n, p in positions.items()]


def test_reference_sentence() -> None:
    assert positions_summary(example_nota().findings) == (
        "Het kabinet onderschrijft bevindingen 1, 2, 8 en 9 deels en 3 t/m 7 en 10 t/m 12 volledig."
    )


def test_summary_follows_the_table() -> None:
    nota = example_nota()
    nota.findings[1].position = "volledig"  # finding 2
    assert positions_summary(nota.findings) == (
        "Het kabinet onderschrijft bevindingen 1, 8 en 9 deels en 2 t/m 7 en 10 t/m 12 volledig."
    )


@pytest.mark.parametrize(
    ("numbers", "expected"),
    [
        ([], []),
        ([5], ["5"]),
        ([1, 2], ["1", "2"]),
        ([3, 1, 2], ["1 t/m 3"]),
        ([1, 2, 3, 5, 7, 8, 9, 10], ["1 t/m 3", "5", "7 t/m 10"]),
        ([2, 2, 3], ["2", "3"]),
    ],
)
def test_number_ranges(numbers: list[int], expected: list[str]) -> None:
    assert number_ranges(numbers) == expected


def test_singular_other_positions_and_none() -> None:
    assert positions_summary(_findings({5: "volledig"})) == (
        "Het kabinet onderschrijft bevinding 5 volledig."
    )
    assert positions_summary(_findings({1: "niet", 2: "kennisname"})) == (
        "Het kabinet onderschrijft bevinding 1 niet, en neemt kennis van bevinding 2."
    )
    assert "geen standpunt" in positions_summary(_findings({1: None}))
