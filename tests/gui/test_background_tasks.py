"""A background task whose window closed while it ran finishes quietly."""

from __future__ import annotations

import shiboken6

from notadesk.gui.operations import _Relay, _Task


def test_a_task_that_finishes_after_its_relay_is_gone_raises_nothing(qapp) -> None:
    for fn in (lambda: 42, lambda: 1 / 0):
        relay = _Relay()
        task = _Task(fn, relay)
        shiboken6.delete(relay)  # what Qt does to the relay when its window is closed
        task.run()  # before: RuntimeError "Signal source has been deleted", printed by Qt


def test_a_task_tells_its_relay_the_result_or_the_failure(qapp) -> None:
    relay = _Relay()
    got: list[object] = []
    relay.done.connect(got.append)
    relay.failed.connect(lambda exc: got.append(type(exc)))
    _Task(lambda: 42, relay).run()
    _Task(lambda: 1 / 0, relay).run()
    assert got == [42, ZeroDivisionError]
