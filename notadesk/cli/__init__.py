"""The headless command line: ``notadesk [--data-dir DIR] COMMAND``.

It uses only the core, imports no Qt, and imports heavy modules only inside the command that
needs them so that start-up stays quick. Every failure is one sentence on stderr and a
non-zero exit status; a traceback goes to a log file, never to the screen.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from notadesk import __version__
from notadesk.cli import admin, drafts, exchange, health, printing, review, team, trust, word
from notadesk.cli.context import Context
from notadesk.cli.terminal import visible_output

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"notadesk: {message}. Try 'notadesk --help'.\n")


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser with every command registered."""
    parser = _Parser(
        prog="notadesk",
        description="Draft, keep and print nota's. Without a command, the window opens.",
    )
    parser.add_argument("--version", action="version", version=f"notadesk {__version__}")
    parser.add_argument(
        "--data-dir",
        type=Path,
        metavar="DIR",
        help="keep the database in DIR (default: NOTADESK_DATA_DIR or the user data folder)",
    )
    parser.add_argument(
        "--database",
        metavar="URL",
        help="work in a team database: a PostgreSQL URL as libpq reads it, without a password "
        "(default: NOTADESK_DATABASE, else the one chosen in the window, else the database in "
        "the data folder; the administrator's policy may set it for everyone)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for module in (drafts, printing, exchange, review, trust, word, health, admin, team):
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    parser = build_parser()
    with visible_output():
        args = parser.parse_args(argv)
    ctx = Context(data_dir=args.data_dir, database=args.database)
    if args.command is None:
        return _start_window(ctx)
    with visible_output():
        return ctx.run(args.handler, args)


def _start_window(ctx: Context) -> int:
    if not has_display():
        print(
            "notadesk: There is no display to open the window on; use a command instead "
            "(see 'notadesk --help').",
            file=sys.stderr,
        )
        return EXIT_ERROR
    from notadesk.gui.app import run_app  # Qt: loaded only for the window

    return ctx.run(
        lambda _ctx, _args: run_app(data_dir=ctx.data_dir, given=ctx.database),
        argparse.Namespace(),
    )


def has_display() -> bool:
    """Return whether a window can open: on Linux and the BSDs an X11 or Wayland display, or
    a Qt platform chosen explicitly (offscreen, vnc…). Without one, Qt would abort (exit 134)
    with a misleading text about the xcb plugin."""
    if not sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return True
    return any(os.environ.get(v) for v in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
