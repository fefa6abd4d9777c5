"""A hidden start-up check: open the real window, confirm it is shown, and quit.

    python -m notadesk.gui.smoke [--data-dir DIR] [--screenshot FILE]
    notadesk --smoke-test ...          (the standalone build, see packaging/entry.py)

It runs ``notadesk.gui.app.run_app`` unchanged; the only difference is that the application's
event loop, once running, looks for a visible top-level window after a short delay, prints
``window shown: TITLE`` and quits. Used by the packaging smoke test and the no-network test.
Qt runs offscreen unless ``QT_QPA_PLATFORM`` says otherwise.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

EXIT_NO_WINDOW = 3


def run_smoke_test(
    data_dir: Path | None = None, *, delay_ms: int = 1500, screenshot: Path | None = None
) -> int:
    """Start the window, check that it shows, quit; return 0 if a window was shown."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from notadesk.gui.app import run_app
    from notadesk.gui.qt import QtCore, QtWidgets

    application = QtWidgets.QApplication
    original_exec = application.exec
    shown: list[str] = []

    def exec_then_check(*_args: object) -> int:
        app = application.instance()

        def check() -> None:
            windows = [w for w in app.topLevelWidgets() if w.isWindow() and w.isVisible()]
            shown.extend(w.windowTitle() or type(w).__name__ for w in windows)
            if windows and screenshot is not None:
                windows[0].grab().save(str(screenshot))
            app.exit(0 if windows else EXIT_NO_WINDOW)

        QtCore.QTimer.singleShot(delay_ms, check)
        return original_exec()

    application.exec = exec_then_check  # type: ignore[method-assign]
    try:
        status = run_app(data_dir=data_dir)
    finally:
        application.exec = original_exec  # type: ignore[method-assign]
    if not shown:
        print("notadesk: the window did not appear.", file=sys.stderr)
        return EXIT_NO_WINDOW
    print(f"window shown: {shown[0]}")
    return int(status or 0)


def main(argv: Sequence[str] | None = None) -> int:
    """Parse the smoke test's options and run it."""
    parser = argparse.ArgumentParser(prog="notadesk --smoke-test", description=__doc__)
    parser.add_argument("--data-dir", type=Path, metavar="DIR")
    parser.add_argument("--screenshot", type=Path, metavar="FILE", help="save the window as PNG")
    parser.add_argument("--delay-ms", type=int, default=1500, metavar="MS")
    args = parser.parse_args(argv)
    return run_smoke_test(args.data_dir, delay_ms=args.delay_ms, screenshot=args.screenshot)


if __name__ == "__main__":
    sys.exit(main())
