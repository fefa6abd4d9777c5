"""Offline spelling with the shipped Hunspell dictionaries."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from notadesk.core.spelling import SpellChecker
from notadesk.resources import resource_path


@pytest.fixture(scope="module")
def dutch(tmp_path_factory: pytest.TempPathFactory) -> SpellChecker:
    own = tmp_path_factory.mktemp("ws") / "dictionary.txt"
    return SpellChecker("nl", own).load()


def test_the_dictionaries_and_their_licences_are_shipped() -> None:
    for name in ("nl.aff", "nl.dic", "en_US.aff", "en_US.dic", "LICENSE-nl.txt"):
        assert resource_path("dictionaries", name).stat().st_size > 1000, name
    assert "OpenTaal" in resource_path("dictionaries", "LICENSE-nl.txt").read_text("utf-8")


def test_dutch_words_pass_and_misspellings_are_found_with_their_place(dutch) -> None:
    text = "Het kabinet onderschrijft de bevindngen van de evalutie, ook in 2019."
    found = [(m.word, m.start) for m in dutch.misspellings(text)]
    assert found == [("bevindngen", text.index("bevindngen")), ("evalutie", text.index("evalutie"))]
    assert dutch.misspellings("zee-eend, kabinetsreactie en Nederlandse") == []


def test_suggestions_come_within_the_time_budget(dutch) -> None:
    suggestions = dutch.suggestions("bevindngen", budget_s=2.0)
    assert suggestions[0] == "bevindingen"
    assert len(dutch.suggestions("evalutie", limit=1)) <= 1


def test_a_word_added_is_known_at_once_and_after_a_restart(dutch, tmp_path: Path) -> None:
    own = tmp_path / "dictionary.txt"
    checker = SpellChecker("nl", own).load()
    assert not checker.is_correct("Wiersmastraat")
    checker.add_word("Wiersmastraat")
    assert checker.is_correct("Wiersmastraat")
    assert own.read_text(encoding="utf-8") == "Wiersmastraat\n"
    assert stat.S_IMODE(own.stat().st_mode) == 0o600
    assert SpellChecker("nl", own).load().is_correct("Wiersmastraat")
    with pytest.raises(ValueError):
        checker.add_word("twee woorden")
    with pytest.raises(ValueError):
        checker.add_word("regel\ninjectie")


def test_english_is_there_too(tmp_path: Path) -> None:
    english = SpellChecker("en", None).load()
    assert [m.word for m in english.misspellings("The cabinet endorses the findngs.")] == [
        "findngs"
    ]


def test_hostile_text_never_fails(dutch) -> None:
    assert dutch.misspellings("\x00\x1b[2J\u202e\ufffc 123 ___ " + "x" * 100_000) == []
    many = "kabinet " * 50_000  # a large paragraph: each word checked once, then cached
    assert dutch.misspellings(many) == []
    with pytest.raises(ValueError):
        SpellChecker("xx")
