"""Turn what a person types into a safe full-text query, for FTS5 or PostgreSQL.

Whatever is typed — ``R&D``, quotes, ``NOT``, ``-``, ``(``, ``*``, ``&|!():``, backslashes,
control characters — is first cut into words (``\\w+`` only), so neither engine's own query
syntax is ever exposed and a query never errors. Words of three or more letters are matched
as prefixes; ``"two words"`` is a phrase; ``-word`` excludes a word when something else is
asked for. :func:`build_match` writes the terms as an FTS5 MATCH expression,
:func:`build_tsquery` as a PostgreSQL ``to_tsquery`` text (Dutch stemming, see migration 0005).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_WORD = re.compile(r"\w+", re.UNICODE)
_PIECE = re.compile(r'(-?)"([^"]*)"?|(\S+)')
MAX_TERMS = 32
MIN_PREFIX = 3
MAX_TYPED = 2000
"""Only the first this many characters of what is typed are read."""


@dataclass(frozen=True)
class Term:
    """Words to find next to each other (one word: a single term), perhaps as a prefix."""

    words: tuple[str, ...]
    prefix: bool


@dataclass(frozen=True)
class Terms:
    """What typed text asks for: terms that must all match, and terms that must not."""

    include: tuple[Term, ...]
    exclude: tuple[Term, ...]


def parse(text: str) -> Terms | None:
    """Cut typed text into terms; None when nothing searchable was typed."""
    include: list[Term] = []
    exclude: list[Term] = []
    for m in _PIECE.finditer(text[:MAX_TYPED]):
        negate, phrase, bare = m.group(1), m.group(2), m.group(3)
        if phrase is not None:
            words = _WORD.findall(phrase)
            if words:
                (exclude if negate else include).append(Term(tuple(words), prefix=False))
            continue
        negate_bare = bare.startswith("-") and len(bare) > 1
        for word in _WORD.findall(bare):
            # Very short words match as whole words: as prefixes they match nearly everything.
            term = Term((word,), prefix=len(word) >= MIN_PREFIX)
            (exclude if negate_bare else include).append(term)
    if not include:
        return None
    return Terms(tuple(include[:MAX_TERMS]), tuple(exclude[:MAX_TERMS]))


def _fts5(term: Term) -> str:
    # Words are \w+ only, so they hold no double quote; quoting makes FTS5 keywords literal.
    return f'"{" ".join(term.words)}"' + ("*" if term.prefix else "")


def build_match(text: str) -> str | None:
    """Return an FTS5 MATCH expression for typed text, or None when nothing searchable."""
    terms = parse(text)
    if terms is None:
        return None
    expr = " AND ".join(_fts5(t) for t in terms.include)
    for term in terms.exclude:
        expr = f"({expr}) NOT {_fts5(term)}"
    return expr


def _tsquery(term: Term) -> str:
    # Words are \w+ only: no quote, backslash or operator can reach to_tsquery's syntax.
    suffix = ":*" if term.prefix else ""
    return " <-> ".join(f"'{w}'{suffix}" for w in term.words)


def _either(key: str) -> str:
    # Dutch stemming finds inflected forms (begroting: begrotingen); a prefix is also tried
    # as typed, since a stemmed prefix may no longer begin the stemmed word (deel: deelname).
    return f"(to_tsquery('dutch', :{key}) || to_tsquery('simple', :{key}))"


def build_tsquery(text: str) -> tuple[str, dict[str, str]] | None:
    """Return a PostgreSQL tsquery expression for typed text and its parameters, or None
    when nothing searchable was typed.

    The expression's shape depends only on how many terms there are; every word travels as
    a bound parameter of ``to_tsquery`` text made of quoted ``\\w+`` words.
    """
    terms = parse(text)
    if terms is None:
        return None
    params: dict[str, str] = {}
    parts: list[str] = []
    for negate, group in ((False, terms.include), (True, terms.exclude)):
        for term in group:
            key = f"q{len(params)}"
            params[key] = _tsquery(term)
            parts.append(("!!" if negate else "") + _either(key))
    return "(" + " && ".join(parts) + ")", params


def first_word(text: str) -> str:
    """Return the first word asked for, in lower case ("" when none): where a snippet is
    looked for first."""
    terms = parse(text)
    return terms.include[0].words[0].lower() if terms else ""
