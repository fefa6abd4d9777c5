"""What the command line prints is shown, never obeyed: control characters become escapes.

Text from drafts and packages (a reference, a subject, a file name) may hold ESC, CSI or OSC
sequences that would clear the screen, recolour it, set the window title or fake a line of
output. Everything the CLI writes to stdout and stderr passes :func:`visible`, which turns every
control character except line feed and tab into a ``\\uXXXX`` escape. JSON output stays valid
JSON with the same values: inside a JSON string ``\\u001b`` is that very character.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, TextIO

_CONTROLS = {c: f"\\u{c:04x}" for c in (*range(0x20), *range(0x7F, 0xA0)) if c not in (9, 10)}


def visible(text: str) -> str:
    """Return text with every control character but line feed and tab as a ``\\uXXXX`` escape."""
    return text.translate(_CONTROLS)


class VisibleStream:
    """A text stream that writes :func:`visible` text to the stream it wraps."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(visible(text))
        return len(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


@contextmanager
def visible_output() -> Iterator[None]:
    """Make stdout and stderr escape control characters while the block runs."""
    out, err = sys.stdout, sys.stderr
    sys.stdout = VisibleStream(out)  # type: ignore[assignment]
    sys.stderr = VisibleStream(err)  # type: ignore[assignment]
    try:
        yield
    finally:
        sys.stdout, sys.stderr = out, err
