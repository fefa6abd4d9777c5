"""Track changes: the redline of two revisions in reading form (golden files)."""

from __future__ import annotations

import copy
import os
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from notadesk.core.examples import example_nota
from notadesk.core.model.nota import Nota, RoutingEntry
from notadesk.core.review.redline import DELETE, EQUAL, INSERT, redline, redline_texts, word_diff

GOLDEN = Path(__file__).resolve().parents[2] / "fixtures" / "redline"


def revised_example() -> Nota:
    """The example nota after a paraaf round: the edits a DG might ask for."""
    nota = example_nota()
    nota.subject = nota.subject.replace("op IOB-eindevaluatie", "op de IOB-eindevaluatie")
    nota.status = "ter-parafering"
    nota.classification.level = "nl.dep-vertrouwelijk"
    nota.routing.via = [*nota.routing.via, RoutingEntry("DGPZ")]
    bullets = nota.sections[0].blocks[0].items  # type: ignore[union-attr]
    bullets[1].runs[0].text = bullets[1].runs[0].text.replace("3 maanden", "drie maanden")
    del bullets[2]
    nota.findings[1].position = "volledig"
    nota.commitments[0].owner = "DGB"
    return nota


def _golden(name: str, text: str) -> str:
    path = GOLDEN / name
    if os.environ.get("NOTADESK_UPDATE_GOLDEN") == "1":
        path.write_text(text + "\n", encoding="utf-8")
    return path.read_text(encoding="utf-8").rstrip("\n")


def test_redline_of_two_demo_revisions_shows_exactly_the_changed_words() -> None:
    result = redline(example_nota(), revised_example())
    changed = "\n".join(
        "".join(
            ("{+" if p.op == INSERT else "[-" if p.op == DELETE else "")
            + p.text
            + ("+}" if p.op == INSERT else "-]" if p.op == DELETE else "")
            for p in line
        )
        for line in result.lines
        if any(p.op != EQUAL for p in line)
    )
    assert changed == _golden("demo-changed-lines.txt", changed)
    assert result.as_text() == _golden("demo-redline.txt", result.as_text())
    # no internal codes: ids of levels, statuses or positions never show
    for code in ("nl.dep-vertrouwelijk", "ter-parafering", "nl.ongerubriceerd", "[deels]", "@@"):
        assert code not in result.as_text()


def test_the_same_revision_gives_no_changes() -> None:
    result = redline(example_nota(), example_nota())
    assert not result.changed
    assert all(p.op == EQUAL for line in result.lines for p in line)


_WORDS = st.lists(st.sampled_from(["de", "kat", "zit", "op", "mat", "\n", "  ", "é", "<b>"]))


@settings(max_examples=200, deadline=None)
@given(_WORDS, _WORDS)
def test_the_word_diff_rebuilds_both_texts(old: list[str], new: list[str]) -> None:
    a, b = " ".join(old), " ".join(new)
    diffs = word_diff(a, b)
    assert "".join(t for op, t in diffs if op != INSERT) == a
    assert "".join(t for op, t in diffs if op != DELETE) == b
    lines = redline_texts(a, b).lines
    kept_or_new = [p.text for line in lines for p in line if p.op != DELETE]
    assert "".join(kept_or_new) == b.replace("\n", "")


def test_text_is_data_in_the_redline() -> None:
    old = example_nota()
    new = copy.deepcopy(old)
    new.subject = "<b>vet</b> & {+niet+}"
    assert "Onderwerp: [-" in redline(old, new).as_text()
    assert "{+<b>vet</b> & {+niet+}+}" in redline(old, new).as_text()
