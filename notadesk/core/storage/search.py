"""Turn what a person types into a safe FTS5 query.

Whatever is typed — ``R&D``, quotes, ``NOT``, ``-``, ``(``, ``*`` — becomes quoted terms, so
FTS5's own syntax is never exposed and a query never errors. Words of three or more letters
are matched as prefixes; ``"two words"`` is a phrase; ``-word`` excludes a word when
something else is asked for.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"\w+", re.UNICODE)
_PIECE = re.compile(r'(-?)"([^"]*)"?|(\S+)')
MAX_TERMS = 32
MIN_PREFIX = 3


def _quote(words: list[str], prefix: bool) -> str:
    # Words are \w+ only, so they hold no double quote; quoting makes FTS5 keywords literal.
    phrase = " ".join(words)
    return f'"{phrase}"' + ("*" if prefix else "")


def build_match(text: str) -> str | None:
    """Return an FTS5 MATCH expression for typed text, or None when nothing searchable."""
    include: list[str] = []
    exclude: list[str] = []
    for m in _PIECE.finditer(text[:2000]):
        negate, phrase, bare = m.group(1), m.group(2), m.group(3)
        if phrase is not None:
            words = _WORD.findall(phrase)
            if words:
                (exclude if negate else include).append(_quote(words, prefix=False))
            continue
        negate_bare = bare.startswith("-") and len(bare) > 1
        for word in _WORD.findall(bare):
            # Very short words match as whole words: as prefixes they match nearly everything.
            term = _quote([word], prefix=len(word) >= MIN_PREFIX)
            (exclude if negate_bare else include).append(term)
    include, exclude = include[:MAX_TERMS], exclude[:MAX_TERMS]
    if not include:
        return None
    expr = " AND ".join(include)
    for term in exclude:
        expr = f"({expr}) NOT {term}"
    return expr
