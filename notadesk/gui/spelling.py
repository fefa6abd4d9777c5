"""Spelling in the Text tab: a red wavy underline under unknown words, suggestions on right-click.

The dictionary (Dutch by default, English to choose) loads on a worker thread when the text is
first shown; until it is ready nothing is underlined. The editor underlines with extra
selections (drawn by the view, never stored in the text, so checking changes nothing to save),
for the lines in view only, a moment after typing pauses: a keystroke never waits for the
dictionary. Words added go to the workstation's own list.
"""

from __future__ import annotations

from pathlib import Path

from notadesk.core.spelling import LANGUAGES, SpellChecker
from notadesk.gui.qt import QtCore, Signal

OFF = "off"
SETTING = "spelling/language"


class SpellService(QtCore.QObject):
    """The checker of the chosen language, loaded off the GUI thread; tells when it is ready."""

    ready = Signal()
    """The dictionary is loaded (or the language changed): underline again."""

    def __init__(self, own_words: Path | None, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self.own_words = own_words
        self.language = OFF
        self.checker: SpellChecker | None = None
        self._pool = QtCore.QThreadPool(self)
        self._pool.setMaxThreadCount(1)

    def set_language(self, language: str) -> None:
        """Check in a language (``nl``, ``en``) or not at all (``off``)."""
        if language == self.language:
            return
        self.language = language
        if language not in LANGUAGES:
            self.checker = None
            self.ready.emit()
            return
        checker = SpellChecker(language, self.own_words)
        self.checker = checker
        relay = _Relay(self)
        relay.loaded.connect(
            lambda loaded: self._loaded(loaded), QtCore.Qt.ConnectionType.QueuedConnection
        )
        task = QtCore.QRunnable.create(lambda: relay.loaded.emit(checker.load()))
        self._pool.start(task)

    def _loaded(self, checker: object) -> None:
        if checker is self.checker:
            self.ready.emit()

    def wait_until_ready(self, timeout_ms: int = 60_000) -> bool:
        """Block until the dictionary is loaded (tests and benchmarks)."""
        self._pool.waitForDone(timeout_ms)
        QtCore.QCoreApplication.sendPostedEvents()
        QtCore.QCoreApplication.processEvents()
        return self.checker is not None and self.checker.loaded

    def active(self) -> SpellChecker | None:
        """Return the loaded checker, or None (off, or still loading)."""
        checker = self.checker
        return checker if checker is not None and checker.loaded else None


class _Relay(QtCore.QObject):
    loaded = Signal(object)
