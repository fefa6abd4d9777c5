"""What every editor tab offers the editor that holds it."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext

from notadesk.core.model.nota import Nota
from notadesk.gui.qt import QtWidgets, Signal


def _no_group(_name: str) -> AbstractContextManager[None]:
    return nullcontext()


class EditorTab(QtWidgets.QWidget):
    """A tab that edits part of a nota.

    The editor calls :meth:`load` with the draft's nota, listens to :attr:`changed`, and on
    save calls :meth:`apply` on every tab to write their fields into a copy of the nota.
    """

    changed = Signal()
    comment_requested = Signal(str, str)
    """The person asked to comment on a part of the nota: (anchor kind, the part's id)."""
    edit_group: Callable[[str], AbstractContextManager[None]] = staticmethod(_no_group)
    """Makes the edits inside it one undo step with a name; set by the editor that holds it."""

    def load(self, nota: Nota) -> None:
        """Show the nota's fields; must not emit ``changed``."""
        raise NotImplementedError

    def apply(self, nota: Nota) -> None:
        """Write this tab's fields into ``nota``."""
        raise NotImplementedError

    def focus_field(self, path: str) -> bool:
        """Focus the widget for a field path (``routing.to``); return whether it was ours."""
        return False
