"""The single door for changes the window makes: guarded calls into the core.

Like Anki's ``aqt.operations``: a call runs, its result goes to ``on_success``, and a
:class:`~notadesk.errors.NotadeskError` becomes one sentence in a message box (or goes to
``on_failure``). Unexpected exceptions are logged and shown as one sentence too: the person
never sees a traceback. Long calls (export, import) run on a worker thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, TypeVar

from notadesk.errors import NotadeskError
from notadesk.gui.qt import QtCore, QtWidgets, Signal

log = logging.getLogger(__name__)
T = TypeVar("T")


def show_error(parent: QtWidgets.QWidget | None, title: str, message: str) -> None:
    """Tell the person that something failed, in one sentence (tests replace this)."""
    box = QtWidgets.QMessageBox(parent)
    box.setIcon(QtWidgets.QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(message)
    box.exec()


def error_message(exc: BaseException) -> str:
    """Return the sentence to show for an exception."""
    if isinstance(exc, NotadeskError):
        from notadesk.gui.error_text import error_text

        return error_text(str(exc))  # in the window's language where the form is known
    log.exception("unexpected error", exc_info=exc)
    return QtCore.QCoreApplication.translate(
        "operations", "Something unexpected went wrong; the details are in the log file."
    )


def guarded(
    parent: QtWidgets.QWidget | None,
    title: str,
    fn: Callable[[], T],
    *,
    on_success: Callable[[T], Any] | None = None,
    on_failure: Callable[[BaseException], bool] | None = None,
) -> T | None:
    """Run ``fn`` now; on failure let ``on_failure`` handle it or show the error.

    ``on_failure`` returns True when it dealt with the error itself.
    """
    try:
        result = fn()
    except Exception as exc:
        if on_failure is None or not on_failure(exc):
            show_error(parent, title, error_message(exc))
        return None
    if on_success is not None:
        on_success(result)
    return result


class _Relay(QtCore.QObject):
    done = Signal(object)
    failed = Signal(object)


class _Task(QtCore.QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.fn = fn
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:
            self._tell(self.relay.failed, exc)
        else:
            self._tell(self.relay.done, result)

    @staticmethod
    def _tell(signal: Any, value: object) -> None:
        # The window may close while the task runs (Quit during a load): Qt has then deleted
        # the relay with its parent and there is no one left to tell. Qt would print a
        # traceback on the terminal for that; it is logged instead.
        try:
            signal.emit(value)
        except RuntimeError:
            log.debug("a background task finished after its window closed")


_relays: set[_Relay] = set()


def in_background(
    parent: QtWidgets.QWidget | None,
    title: str,
    fn: Callable[[], T],
    on_success: Callable[[T], Any],
    *,
    on_failure: Callable[[BaseException], bool] | None = None,
) -> None:
    """Run ``fn`` on a worker thread; call back on the GUI thread when it ends."""
    relay = _Relay()
    _relays.add(relay)

    def finished(result: object) -> None:
        _relays.discard(relay)
        on_success(result)  # type: ignore[arg-type]

    def failed(exc: object) -> None:
        _relays.discard(relay)
        assert isinstance(exc, BaseException)
        if on_failure is None or not on_failure(exc):
            show_error(parent, title, error_message(exc))

    relay.done.connect(finished, QtCore.Qt.ConnectionType.QueuedConnection)
    relay.failed.connect(failed, QtCore.Qt.ConnectionType.QueuedConnection)
    QtCore.QThreadPool.globalInstance().start(_Task(fn, relay))


def run_in_worker(fn: Callable[[], T]) -> T:
    """Run ``fn`` on a worker thread while the GUI thread keeps handling events; return it."""
    relay = _Relay()
    loop = QtCore.QEventLoop()
    outcome: dict[str, object] = {}

    def finish(key: str, value: object) -> None:
        outcome[key] = value
        loop.quit()

    relay.done.connect(lambda r: finish("result", r), QtCore.Qt.ConnectionType.QueuedConnection)
    relay.failed.connect(lambda e: finish("error", e), QtCore.Qt.ConnectionType.QueuedConnection)
    QtWidgets.QApplication.setOverrideCursor(QtCore.Qt.CursorShape.WaitCursor)
    try:
        QtCore.QThreadPool.globalInstance().start(_Task(fn, relay))
        if not outcome:
            loop.exec(QtCore.QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    finally:
        QtWidgets.QApplication.restoreOverrideCursor()
    if "error" in outcome:
        error = outcome["error"]
        assert isinstance(error, BaseException)
        raise error
    return outcome["result"]  # type: ignore[return-value]
