"""Counted nouns for messages a person reads: "1 draft", "2 drafts", never "1 draft(s)".

The CLI and the core's reports speak English; the window translates its own strings with Qt's
plural forms.
"""

from __future__ import annotations

IRREGULAR = {
    "copy": "copies",
    "entry": "entries",
    "attachment file": "attachment files",
}


def counted(n: int, noun: str, plural: str | None = None) -> str:
    """Return ``n`` with the noun in the right number: ``counted(1, "entry") == "1 entry"``."""
    if n == 1:
        return f"{n} {noun}"
    return f"{n} {plural or IRREGULAR.get(noun) or noun + 's'}"
