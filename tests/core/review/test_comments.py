"""Comments in the store: add, reply, resolve, reopen; anchors follow saves; bad input."""

from __future__ import annotations

import pytest

from notadesk.core.review.anchors import Anchor, passage
from notadesk.core.review.comments import REOPEN, RESOLVE
from notadesk.core.review.reading import reading_text
from notadesk.core.storage import review
from notadesk.core.storage.records import Draft
from notadesk.core.storage.store import DraftStore
from notadesk.errors import NotFoundError, ValidationError

from .conftest import work_as


def _passage(store: DraftStore, draft_id: str, words: str) -> Anchor:
    text = reading_text(store.get(draft_id).nota)
    at = text.index(words)
    return passage(text, at, at + len(words))


def test_add_reply_resolve_reopen(store: DraftStore, routed: Draft) -> None:
    work_as(store, "DGPZ", "directeur-generaal")
    anchor = _passage(store, routed.id, "taalvaardigheid onder militairen")
    first = review.add_comment(store, routed.id, "Welke taal?\nGraag specifieker.", anchor)
    work_as(store, "A. Opsteller")
    reply = review.add_comment(store, routed.id, "Frans.", parent_uuid=first.uuid)
    (thread,) = review.comment_threads(store, routed.id)
    assert thread.comment.text == "Welke taal?\nGraag specifieker."
    assert thread.comment.author.display_name == "DGPZ"
    assert [r.uuid for r in thread.replies] == [reply.uuid]
    assert thread.quote_now == "taalvaardigheid onder militairen" and not thread.resolved
    review.set_comment_state(store, routed.id, reply.uuid, RESOLVE)  # a reply resolves its thread
    (thread,) = review.comment_threads(store, routed.id)
    assert thread.resolved and thread.resolved_by is not None
    assert thread.resolved_by.display_name == "A. Opsteller"
    with pytest.raises(ValidationError, match="already resolved"):
        review.set_comment_state(store, routed.id, first.uuid, RESOLVE)
    review.set_comment_state(store, routed.id, first.uuid, REOPEN)
    assert not review.comment_threads(store, routed.id)[0].resolved


def test_anchors_follow_saves_and_an_orphan_is_kept(store: DraftStore, routed: Draft) -> None:
    words = "Mogelijkheden bezien om taalvaardigheid"
    review.add_comment(store, routed.id, "over de taal", _passage(store, routed.id, words))
    finding = routed.nota.findings[4]
    review.add_comment(store, routed.id, "over bevinding 5", Anchor("finding", ref=finding.id))
    draft = store.get(routed.id)
    nota = draft.nota
    nota.subject = "Een heel ander onderwerp, veel langer dan eerst"
    nota.sections.insert(0, type(nota.sections[0])(title="Nieuwe eerste sectie"))
    draft = store.save(routed.id, nota, base_revision=draft.revision)
    threads = review.comment_threads(store, routed.id)
    text = reading_text(draft.nota)
    by_text = {t.comment.text: t for t in threads}
    moved = by_text["over de taal"]
    assert text[moved.placement.start : moved.placement.end] == words
    # delete every commitment text holding the words and the finding: both orphaned, both kept
    nota = draft.nota
    nota.commitments = [c for c in nota.commitments if "taalvaardigheid" not in c.text]
    nota.findings = [f for f in nota.findings if f.id != finding.id]
    store.save(routed.id, nota, base_revision=draft.revision)
    threads = review.comment_threads(store, routed.id)
    assert len(threads) == 2 and all(t.orphaned for t in threads)
    assert {t.quote_now for t in threads} == {words, ""}


@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("", "needs some text"),
        ("   \n", "needs some text"),
        ("x" * 10_001, "longer"),
        ("a\x00b", "control"),
    ],
)
def test_bad_comments_are_refused(store: DraftStore, routed: Draft, text: str, match: str) -> None:
    with pytest.raises(ValidationError, match=match):
        review.add_comment(store, routed.id, text)
    assert review.comment_threads(store, routed.id) == []


def test_a_reply_to_nothing_is_refused(store: DraftStore, routed: Draft) -> None:
    with pytest.raises(NotFoundError):
        review.add_comment(store, routed.id, "antwoord", parent_uuid="nope")


def test_text_is_data_never_markup(store: DraftStore, routed: Draft) -> None:
    typed = "<b>vet</b> &amp; {+niet+} [-weg-] \t tab"
    review.add_comment(store, routed.id, typed)
    assert review.comment_threads(store, routed.id)[0].comment.text == typed
