"""Which values workstation settings may take: none that would make invalid packages or drafts.

A setting is checked when it is set (``notadesk settings KEY VALUE``, the window) and the
ceiling again when it is used, so a value stored before these rules (or written around them)
fails closed instead of switching a rule off.
"""

from __future__ import annotations

import re
import string
import uuid
from typing import Any

from notadesk.core.model.limits import looks_like_id, one_line
from notadesk.core.policy.markings import is_known_level
from notadesk.errors import ValidationError

CEILING_NONE = "none"
"""The documented value of ``workstation.ceiling`` for "no ceiling" (the default, unset)."""
MAX_REFERENCE = 200
"""The longest Onze Referentie the draft schema (and so every importer) accepts."""
MAX_PREFIX = 40
_FIELD_SPEC = re.compile(r"[<>=^]?[0-9]{0,2}")  # e.g. {seq:04} or {seq:>5}; nothing wider
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")


def check_setting(key: str, value: Any) -> Any:
    """Return the value to store for a setting, or raise naming what is wrong.

    Raises:
        ValidationError: the value would switch a rule off or make invalid drafts or packages.
    """
    if key == "workstation.ceiling":
        ceiling_level(value)
        return value
    if key == "workstation.id":
        return _workstation_id(value)
    if key == "reference.prefix":
        _line(value, "The reference prefix", MAX_PREFIX)
        return value
    if key == "reference.pattern":
        _line(value, "The reference pattern", MAX_REFERENCE)
        _check_pattern(value)
        return value
    return value


def ceiling_level(value: Any) -> str | None:
    """Return the ceiling's level id, or None for no ceiling (unset, or the word "none").

    Raises:
        ValidationError: any other value (``0``, ``false``, ``""``, ``[]``, an unknown level):
            it never means "no ceiling".
    """
    if value is None or value == CEILING_NONE:
        return None
    if isinstance(value, str) and is_known_level(value):
        return value
    raise ValidationError(
        f"The workstation ceiling {one_line(repr(value))} is not valid: give a level id "
        f"(such as nl.dep-vertrouwelijk) or {CEILING_NONE!r}.",
        field="workstation.ceiling",
    )


def check_reference(reference: str) -> None:
    """Refuse a reference that no importer would accept.

    Raises:
        ValidationError: it is longer than the schema allows, or looks like a draft id.
    """
    if looks_like_id(reference):
        raise ValidationError(
            f"The Onze Referentie {reference!r} could be taken for a draft's id; change "
            "reference.prefix or reference.pattern so that it holds more than hex digits.",
            field="reference",
        )
    if len(reference) > MAX_REFERENCE:
        raise ValidationError(
            f"The Onze Referentie would be {len(reference)} characters long; at most "
            f"{MAX_REFERENCE} are allowed. Shorten reference.prefix or reference.pattern.",
            field="reference",
        )


def check_references_made(prefix: str, pattern: str) -> None:
    """Refuse a reference prefix and pattern that together make references no importer takes.

    Checked when either is set, with the other as it is stored, so that a nota's creation never
    fails on them later: a first and a far reference must both pass :func:`check_reference`.

    Raises:
        ValidationError: the references would look like a draft's id, or be too long.
    """
    from notadesk.core.storage.references import format_reference

    for year, seq in ((2026, 1), (9999, 999_999)):
        check_reference(format_reference(pattern, prefix, year, seq))


def _workstation_id(value: Any) -> str:
    try:
        parsed = uuid.UUID(str(value))
    except ValueError:
        parsed = None
    if not isinstance(value, str) or parsed is None or str(parsed) != value:
        raise ValidationError(
            f"The workstation id {one_line(repr(value))} is not valid: it is a UUID such as "
            "'0f8fad5b-d9cb-469f-a165-70867728950e' (leave it unset and one is made).",
            field="workstation.id",
        )
    return value


def _line(value: Any, what: str, longest: int) -> None:
    if not isinstance(value, str) or not value.strip():
        raise ValidationError(f"{what} must be text.")
    if _CONTROL.search(value):
        raise ValidationError(f"{what} must be one line without control characters.")
    if len(value) > longest:
        raise ValidationError(f"{what} may be at most {longest} characters long.")


def _check_pattern(pattern: str) -> None:
    from notadesk.core.storage.references import format_reference

    try:
        fields = list(string.Formatter().parse(pattern))
    except ValueError as exc:
        raise ValidationError(f"The reference pattern {pattern!r} is not usable: {exc}.") from None
    for _text, name, spec, conversion in fields:
        if name is None:
            continue
        if name not in ("prefix", "year", "seq") or conversion or not _FIELD_SPEC.fullmatch(spec):
            raise ValidationError(
                f"The reference pattern may use {{prefix}}, {{year}} and {{seq}} (with a width "
                f"of at most 99, as in {{seq:04}}); {{{name}{':' + spec if spec else ''}}} "
                "is not allowed.",
            )
    # The longest reference it can make: the longest prefix, a far year, a large number.
    longest = format_reference(pattern, "x" * MAX_PREFIX, 9999, 999_999)
    if len(longest) > MAX_REFERENCE:
        raise ValidationError(
            f"The reference pattern can make references of {len(longest)} characters; at "
            f"most {MAX_REFERENCE} are allowed.",
        )
