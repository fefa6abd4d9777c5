"""Comment anchors follow the text: edits before, inside and after; never a lost comment."""

from __future__ import annotations

import copy

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from notadesk.core.examples import example_nota
from notadesk.core.identity import NOBODY
from notadesk.core.model.nota import Nota, Paragraph, Run
from notadesk.core.review.anchors import TextMap, find_quote, passage
from notadesk.core.review.comments import CommentRecord, threads
from notadesk.core.review.reading import reading_lines, reading_text

OLD = "De kat zit op de mat. De hond blaft naar de postbode."


def test_edits_before_and_after_move_the_anchor_with_its_words() -> None:
    anchor = passage(OLD, OLD.index("hond"), OLD.index("hond") + len("hond blaft"))
    new = "Vandaag: " + OLD.replace("postbode", "buurman")
    place = TextMap(OLD, new).place(anchor)
    assert new[place.start : place.end] == "hond blaft" and place.exact and not place.orphaned


def test_an_edit_inside_keeps_the_passage_with_its_new_words() -> None:
    anchor = passage(OLD, OLD.index("De hond"), len(OLD))
    new = OLD.replace("blaft naar", "blaft hard naar")
    place = TextMap(OLD, new).place(anchor)
    assert new[place.start : place.end] == "De hond blaft hard naar de postbode."
    assert not place.exact and not place.orphaned


def test_a_deleted_passage_is_orphaned_not_lost() -> None:
    anchor = passage(OLD, 0, OLD.index(" De hond"))
    new = OLD[OLD.index("De hond") :]
    place = TextMap(OLD, new).place(anchor)
    assert place.orphaned and 0 <= place.start == place.end <= len(new)


def test_find_quote_takes_the_nearest() -> None:
    text = "aap noot aap mies aap"
    found = find_quote(text, "aap", 15)
    assert found is not None and found.start == 18
    assert find_quote(text, "vuur", 0) is None


_PARAGRAPHS = st.lists(
    st.text(alphabet="abcdefg ,.", min_size=1, max_size=40), min_size=3, max_size=6
)


def _nota(paragraphs: list[str]) -> Nota:
    nota = example_nota()
    nota.sections = nota.sections[:1]
    nota.sections[0].blocks = [Paragraph([Run(p)]) for p in paragraphs]
    return nota


@st.composite
def edits(draw: st.DrawFn) -> tuple[list[str], int, int, list[tuple[int, int, int, str]]]:
    paragraphs = draw(_PARAGRAPHS)
    target = draw(st.integers(0, len(paragraphs) - 1))
    length = len(paragraphs[target])
    start = draw(st.integers(0, length - 1))
    end = draw(st.integers(start + 1, length))
    changes = draw(
        st.lists(
            st.tuples(
                st.integers(0, len(paragraphs) - 1),
                st.integers(0, 60),
                st.integers(0, 10),
                st.text(alphabet="abcxyz .", max_size=8),
            ),
            max_size=6,
        )
    )
    return paragraphs, target, start * 1000 + end, changes


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edits())
def test_random_edits_never_lose_a_comment_and_anchors_stay_inside(case) -> None:  # type: ignore[no-untyped-def]
    paragraphs, target, span, changes = case
    start, end = divmod(span, 1000)
    old = _nota(paragraphs)
    old_text = reading_text(old)
    # anchor on words of the target paragraph (as the editor selects them)
    lines = reading_lines(old)
    first = next(i for i, line in enumerate(lines) if line.part == "section") + 1
    offset = sum(len(line.text) + 1 for line in lines[: first + target])
    assert old_text[offset : offset + len(paragraphs[target])] == paragraphs[target]
    anchor = passage(old_text, offset + start, offset + end)
    new_paragraphs = list(paragraphs)
    touched = False
    for index, at, cut, words in changes:
        text = new_paragraphs[index]
        at = min(at, len(text))
        cut = min(cut, len(text) - at)
        if index == target and ((at < end and at + cut > start) or start < at < end):
            touched = True
        new_paragraphs[index] = text[:at] + words + text[at + cut :]
        if index == target and at <= start:
            shift = len(words) - cut
            start, end = start + shift, end + shift
    new = _nota(new_paragraphs)
    new_text = reading_text(new)
    record = CommentRecord("c1", None, "r1", "2026-12-02T08:00:00+00:00", NOBODY, "x", anchor)
    found = threads([record], [], new, "r2", {"r1": old_text})
    assert len(found) == 1  # never lost
    place = found[0].placement
    assert 0 <= place.start <= place.end <= len(new_text)
    if not touched and not place.orphaned:
        # untouched words are found again, unchanged
        assert new_text[place.start : place.end] == anchor.quote


def test_comment_on_a_finding_follows_it_and_is_orphaned_when_it_goes() -> None:
    from notadesk.core.review.anchors import Anchor

    old = example_nota()
    finding = old.findings[3]
    record = CommentRecord("c1", None, "r1", "t", NOBODY, "x", Anchor("finding", ref=finding.id))
    new = copy.deepcopy(old)
    new.findings.insert(0, new.findings.pop(3))
    (thread,) = threads([record], [], new, "r2", {})
    assert not thread.orphaned
    new.findings.pop(0)
    (thread,) = threads([record], [], new, "r2", {})
    assert thread.orphaned
