"""What every editor tab offers the editor that holds it."""

from __future__ import annotations

from notadesk.core.model.nota import Nota
from notadesk.gui.qt import QtWidgets, Signal


class EditorTab(QtWidgets.QWidget):
    """A tab that edits part of a nota.

    The editor calls :meth:`load` with the draft's nota, listens to :attr:`changed`, and on
    save calls :meth:`apply` on every tab to write their fields into a copy of the nota.
    """

    changed = Signal()

    def load(self, nota: Nota) -> None:
        """Show the nota's fields; must not emit ``changed``."""
        raise NotImplementedError

    def apply(self, nota: Nota) -> None:
        """Write this tab's fields into ``nota``."""
        raise NotImplementedError

    def focus_field(self, path: str) -> bool:
        """Focus the widget for a field path (``routing.to``); return whether it was ours."""
        return False
