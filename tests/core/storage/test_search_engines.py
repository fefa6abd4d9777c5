"""Full-text search behaves the same on both engines: FTS5 on SQLite, Dutch text search on
PostgreSQL. Any typed input is safe; hits are ranked and carry snippets."""

from __future__ import annotations

import re

import pytest

from notadesk.core.drafting import blank_nota
from notadesk.core.examples import example_nota
from notadesk.core.model.nota import Finding, Nota
from notadesk.core.storage.search import build_match, build_tsquery
from notadesk.core.storage.store import DraftStore

HOSTILE = [
    "\\",
    "\\\\",
    "MINUSMA\\",
    "'",
    "''",
    "O'Brien",
    "\\'; DROP TABLE drafts; --",
    "&",
    "|",
    "!",
    "(",
    ")",
    ":",
    "*",
    "&|!():*",
    "a & b | !c",
    "!!MINUSMA",
    "MINUSMA:*",
    "MINUSMA:A",
    "<->",
    "a <-> b",
    "a <2> b",
    "%",
    "_",
    "__",
    "$$",
    "$1",
    "{}",
    "[",
    "\x00MINUSMA",
    "".join(chr(c) for c in range(1, 32)),
    "\x7f\x85\u2028\u2029",
    "\ud800",
    "x" * 10_000,
    "MINUSMA " * 2_000,
    "-",
    '"-"',
    '-"MINUSMA"',
]


@pytest.mark.parametrize("query", HOSTILE)
def test_any_typed_input_is_safe(store: DraftStore, query: str) -> None:
    demo = store.create(example_nota())
    hits = store.search(query)
    assert isinstance(hits, list)
    assert all(h.draft.id == demo.id for h in hits)
    assert store.count() == 1 and store.get(demo.id).revision == 1  # nothing else happened


def test_a_word_amid_operators_is_still_found(store: DraftStore) -> None:
    demo = store.create(example_nota())
    for query in ("&|MINUSMA!():*", "(MINUSMA)", "'MINUSMA'", "\\MINUSMA\\", "MINUSMA\x00"):
        assert [h.draft.id for h in store.search(query)] == [demo.id], query


def test_hits_are_ranked_and_carry_a_snippet(store: DraftStore) -> None:
    once = blank_nota()
    once.subject = "Jaarverslag"
    once.findings.append(
        Finding(
            id="f1",
            number=1,
            text="Een lange tekst over vele zaken van het jaar, die de afdeling in haar "
            "verslag beschrijft, waarin de zeldzaamheid eenmaal voorkomt, en nog veel meer.",
        )
    )
    often = blank_nota()
    often.subject = "Zeldzaamheid van de zeldzaamheid"
    often.findings.append(Finding(id="f1", number=1, text="Over de zeldzaamheid."))
    low = store.create(once)
    high = store.create(often)
    hits = store.search("zeldzaamheid")
    assert [h.draft.id for h in hits] == [high.id, low.id]
    assert "«" in hits[1].snippet and "»" in hits[1].snippet
    marked = re.findall(r"«([^»]*)»", hits[1].snippet)
    assert marked and all(m.lower().startswith("zeldzaam") for m in marked)
    assert [h.snippet for h in store.search("zeldzaamheid", snippets=0)] == ["", ""]


def test_the_trash_is_not_searched(store: DraftStore) -> None:
    demo = store.create(example_nota())
    store.delete(demo.id)
    assert store.search("MINUSMA") == []
    store.undelete(demo.id)
    assert [h.draft.id for h in store.search("MINUSMA")] == [demo.id]


@pytest.mark.parametrize("query", HOSTILE)
def test_the_query_texts_hold_quoted_words_only(query: str) -> None:
    # What reaches either engine's syntax: quoted \w words and the builder's own operators.
    expression, params = build_tsquery(query) or ("", {})
    for words in params.values():
        assert re.fullmatch(r"'\w+'(:\*)?( <-> '\w+'(:\*)?)*", words), words
    shape = re.sub(
        r"\(to_tsquery\('dutch', :q\d+\) \|\| to_tsquery\('simple', :q\d+\)\)", "", expression
    )
    assert re.fullmatch(r"[()!& ]*", shape), expression
    match = build_match(query) or ""
    assert re.fullmatch(r"[() ]*", re.sub(r'"[\w ]+"\*?|AND|NOT', "", match)), match


def test_many_matches_rank_the_newest_candidates(
    store: DraftStore, engine: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """PostgreSQL ranks only the newest CANDIDATES matches (ranking reads each match's whole
    text vector); SQLite's FTS5 ranks every match. Either way the newest match is found and
    the candidates come best first."""
    from notadesk.core.storage import fulltext

    def nota(subject: str, text: str) -> Nota:
        made = blank_nota()
        made.subject = subject
        made.findings.append(Finding(id="f1", number=1, text=text))
        return made

    strong = ("Zeldzaamheid van de zeldzaamheid", "Over de zeldzaamheid.")
    middle = ("Jaarverslag", "Over de zeldzaamheid en nogmaals de zeldzaamheid.")
    weak = ("Jaarverslag", "Een lange tekst waarin de zeldzaamheid eenmaal voorkomt.")
    # oldest first: the two best-ranked are the oldest
    ids = [store.create(nota(*kind)).id for kind in (strong, strong, weak, middle, weak)]
    everything = [h.draft.id for h in store.search("zeldzaamheid")]
    assert sorted(everything) == sorted(ids)
    assert set(everything[:2]) == set(ids[:2])  # the best-ranked are the oldest

    monkeypatch.setattr(fulltext, "CANDIDATES", 3)
    bounded = [h.draft.id for h in store.search("zeldzaamheid")]
    candidates = ids[2:] if engine == "postgresql" else ids
    assert bounded == [i for i in everything if i in candidates]
    assert ids[-1] in bounded
    if engine == "postgresql":
        assert bounded == [ids[3], ids[4], ids[2]]


def test_a_phrase_finds_its_words_side_by_side_only(store: DraftStore) -> None:
    def nota(text: str) -> Nota:
        made = blank_nota()
        made.subject = "Jaarverslag"
        made.findings.append(Finding(id="f1", number=1, text=text))
        return made

    together = store.create(nota("Een zeldzame vondst in het archief.")).id
    apart = store.create(nota("Een vondst in het archief, zeldzame stukken.")).id
    assert [h.draft.id for h in store.search('"zeldzame vondst"')] == [together]
    assert [h.draft.id for h in store.search('vondst -"zeldzame vondst"')] == [apart]
    assert sorted(h.draft.id for h in store.search("zeldzame vondst")) == sorted([together, apart])
