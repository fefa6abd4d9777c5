"""The live team view: colleagues' saves reach the window within a second.

On the team database the core's :class:`~notadesk.core.storage.live.DraftListener` holds a
connection listening for saved drafts; a ``QSocketNotifier`` on its socket wakes the GUI
thread only when something arrived, and reading what arrived never blocks. On SQLite (one
workstation) there is nothing to hear and this does nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from notadesk.gui.qt import QtCore, QtWidgets, Signal

if TYPE_CHECKING:
    from notadesk.core.storage.live import DraftListener
    from notadesk.core.storage.store import DraftStore


def on_server(store: DraftStore) -> bool:
    """Return whether the window works on a team database (without opening a lazy store:
    only a team database has no SQLite file)."""
    return store.path is None


class LiveDrafts(QtCore.QObject):
    """Emits :attr:`drafts_saved` with the ids of drafts saved by anyone (this window too)."""

    drafts_saved = Signal(list)
    lost = Signal(str)
    """The connection that listens was lost: carries the sentence to show."""

    def __init__(self, store: DraftStore, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.listener: DraftListener | None = None
        self.notifier: QtCore.QSocketNotifier | None = None

    def start(self) -> None:
        """Start listening, on a team database (the workstation's own database: nothing)."""
        if self.listener is not None or not on_server(self.store):
            return
        try:
            self.listener = self.store.listen()
        except Exception as exc:  # the server refused: the window works, just not live
            self.lost.emit(str(exc))
            return
        if self.listener is None:
            return
        self.notifier = QtCore.QSocketNotifier(
            self.listener.fileno(), QtCore.QSocketNotifier.Type.Read, self
        )
        self.notifier.activated.connect(self._read)

    @property
    def active(self) -> bool:
        """Whether saves elsewhere are heard (a team database, connected)."""
        return self.listener is not None

    def _read(self) -> None:
        if self.listener is None:
            return
        try:
            ids = self.listener.changed()
        except Exception as exc:
            self.close()
            self.lost.emit(str(exc))
            return
        if ids:
            self.drafts_saved.emit(ids)

    def close(self) -> None:
        """Stop listening."""
        if self.notifier is not None:
            self.notifier.setEnabled(False)
            self.notifier = None
        if self.listener is not None:
            self.listener.close()
            self.listener = None


class ElsewhereBar(QtWidgets.QFrame):
    """Says that the open draft was saved elsewhere, by whom, and offers Reload or Compare."""

    reload_requested = Signal()
    compare_requested = Signal()

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("elsewhere")
        self.setStyleSheet("QFrame#elsewhere { background: #ddebf7; border: 1px solid #7ba7d1; }")
        self.label = QtWidgets.QLabel(self)
        self.label.setWordWrap(True)
        self.reload_button = QtWidgets.QPushButton(self.tr("&Reload"), self)
        self.reload_button.setToolTip(self.tr("Show the version saved elsewhere"))
        self.compare_button = QtWidgets.QPushButton(self.tr("Co&mpare"), self)
        self.compare_button.setToolTip(
            self.tr("Show what differs between your version and the one saved elsewhere")
        )
        self.reload_button.clicked.connect(self.reload_requested)
        self.compare_button.clicked.connect(self.compare_requested)
        row = QtWidgets.QHBoxLayout(self)
        row.setContentsMargins(6, 4, 6, 4)
        row.addWidget(self.label, 1)
        row.addWidget(self.compare_button)
        row.addWidget(self.reload_button)
        self.setVisible(False)

    def show_change(self, who: str, when: str, revision: int) -> None:
        """Say who saved which revision when."""
        self.label.setText(
            self.tr("%1 saved this draft elsewhere (revision %2, %3).")
            .replace("%1", who)
            .replace("%2", str(revision))
            .replace("%3", when)
        )
        self.setVisible(True)
