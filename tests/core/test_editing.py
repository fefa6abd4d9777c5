"""The small table edits the window asks the core for."""

from __future__ import annotations

from pathlib import Path

from notadesk.core.editing import (
    finding_label,
    new_attachment,
    new_commitment,
    new_finding,
    renumber_findings,
    unlink_missing_findings,
)
from notadesk.core.examples import example_nota
from notadesk.core.model.nota import Finding, Nota


def test_new_finding_numbers_after_the_highest_and_has_a_fresh_id():
    nota = example_nota()
    finding = new_finding(nota)
    assert finding.number == max(f.number for f in nota.findings) + 1
    assert finding.id not in {f.id for f in nota.findings}
    assert new_finding(Nota()).number == 1


def test_renumber_follows_the_order():
    findings = [Finding(id="a", number=4), Finding(id="b", number=9), Finding(id="c", number=1)]
    renumber_findings(findings)
    assert [(f.id, f.number) for f in findings] == [("a", 1), ("b", 2), ("c", 3)]


def test_unlink_missing_findings_keeps_known_links():
    nota = example_nota()
    linked = nota.commitments[0].finding_ids[0]
    nota.findings = [f for f in nota.findings if f.id != linked]
    unlink_missing_findings(nota)
    assert all(linked not in c.finding_ids for c in nota.commitments)
    assert any(c.finding_ids for c in nota.commitments)


def test_new_commitment_and_attachment_ids_are_unique():
    nota = example_nota()
    assert new_commitment(nota).id not in {c.id for c in nota.commitments}
    attachment = new_attachment(nota, Path("/x/Rapport IOB.pdf"), "ab" * 32, 12)
    assert attachment.title == "Rapport IOB"
    assert attachment.file is not None and attachment.file.media_type == "application/pdf"
    assert new_attachment(nota).file is None


def test_finding_label_is_short_and_numbered():
    label = finding_label(Finding(number=3, text="woord " * 40), width=30)
    assert label.startswith("3. woord") and label.endswith("…") and len(label) <= 33
