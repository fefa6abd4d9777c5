"""Offline spelling: Hunspell dictionaries (resources/dictionaries) read by spylls.

No word leaves the machine: the dictionaries are files shipped with notadesk, the words a
person adds go to a plain text file in the data folder (one word a line), and spylls is a pure
Python port of Hunspell. Loading a dictionary takes seconds, so a face loads it off its main
thread; checking a word then takes about a tenth of a millisecond, and answers are cached.
"""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from notadesk.errors import StorageError
from notadesk.resources import resource_path

LANGUAGES = {"nl": "nl", "en": "en_US"}
"""A window language or nota language -> the dictionary's file name (without .aff/.dic)."""

WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
"""A word to check: letters, with inner apostrophes or hyphens (zee-eend, cabinet's)."""

MAX_WORD = 60
"""Longer 'words' (pasted identifiers, URLs) are not checked."""

_loaded: dict[str, Any] = {}
_loading = threading.Lock()


def _dictionary(language: str) -> Any:
    """Return a language's Hunspell dictionary, read once per process (it is not changed)."""
    with _loading:
        if language not in _loaded:
            from spylls.hunspell import Dictionary

            base = resource_path("dictionaries", LANGUAGES[language])
            _loaded[language] = Dictionary.from_files(str(base))
        return _loaded[language]


@dataclass(frozen=True)
class Misspelling:
    """A word the dictionary does not know, and where it is in the text (character offsets)."""

    start: int
    length: int
    word: str


class SpellChecker:
    """One language's dictionary plus the workstation's own words."""

    def __init__(self, language: str, own_words: Path | None = None) -> None:
        """Prepare a checker; nothing is read until :meth:`load` (call it off the GUI thread)."""
        if language not in LANGUAGES:
            raise ValueError(f"no dictionary for {language!r}")
        self.language = language
        self.own_words_path = own_words
        self._dictionary: Any = None
        self._own: set[str] = set()
        self._cache: dict[str, bool] = {}
        self._lock = threading.Lock()

    # --- loading ---------------------------------------------------------------------------

    @property
    def loaded(self) -> bool:
        """Return whether the dictionary is ready."""
        return self._dictionary is not None

    def load(self) -> SpellChecker:
        """Read the dictionary and the workstation's words (seconds: not on a GUI thread)."""
        dictionary = _dictionary(self.language)
        own = set(self._read_own_words())
        with self._lock:
            self._dictionary = dictionary
            self._own = own
            self._cache.clear()
        return self

    def _read_own_words(self) -> Iterator[str]:
        path = self.own_words_path
        if path is None or not path.exists():
            return
        try:
            text = path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return
        for line in text.splitlines():
            word = line.strip()
            if word and WORD.fullmatch(word):
                yield word

    # --- checking --------------------------------------------------------------------------

    def is_correct(self, word: str) -> bool:
        """Return whether a word is spelled right (unknown while not loaded: right)."""
        known = self._cache.get(word)
        if known is not None:
            return known
        if self._dictionary is None:
            return True
        if len(word) > MAX_WORD or word in self._own or word.lower() in self._own:
            known = True
        else:
            known = bool(self._dictionary.lookup(word))
        if len(self._cache) > 200_000:
            self._cache.clear()
        self._cache[word] = known
        return known

    def misspellings(self, text: str) -> list[Misspelling]:
        """Return the misspelled words of a text with their positions."""
        if self._dictionary is None:
            return []
        return [
            Misspelling(m.start(), m.end() - m.start(), m.group())
            for m in WORD.finditer(text)
            if not self.is_correct(m.group())
        ]

    def suggestions(self, word: str, *, limit: int = 6, budget_s: float = 0.6) -> list[str]:
        """Return up to ``limit`` suggestions, as many as are found within ``budget_s``.

        Hunspell finds the likely ones (a letter forgotten, swapped or wrong) first and
        quickly; the slower n-gram search that follows is cut off by the time budget.
        """
        if self._dictionary is None:
            return []
        found: list[str] = []
        done = threading.Event()

        def collect() -> None:
            try:
                for suggestion in self._dictionary.suggest(word):
                    if done.is_set():
                        return
                    if suggestion not in found:
                        found.append(suggestion)
                    if len(found) >= limit:
                        return
            finally:
                done.set()

        worker = threading.Thread(target=collect, name="spelling-suggestions", daemon=True)
        worker.start()
        worker.join(budget_s)
        done.set()  # a search still running stops at its next suggestion
        return list(found[:limit])

    # --- the workstation's words -----------------------------------------------------------

    def add_word(self, word: str) -> None:
        """Add a word to the workstation's dictionary (kept in the data folder).

        Raises:
            StorageError: the file cannot be written.
            ValueError: it is not one word.
        """
        word = word.strip()
        if not WORD.fullmatch(word) or len(word) > MAX_WORD:
            raise ValueError(f"{word!r} is not one word")
        with self._lock:
            self._own.add(word)
            self._cache[word] = True
        path = self.own_words_path
        if path is None:
            return
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
            with os.fdopen(fd, "a", encoding="utf-8") as fh:
                fh.write(word + "\n")
                fh.flush()
                os.fsync(fh.fileno())
        except OSError as exc:
            raise StorageError(
                f"The word could not be added to this workstation's dictionary ({exc.strerror})."
            ) from None
