"""Woo (Wet open overheid) redaction grounds, read from resources."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from notadesk.core.model.nota import Nota
from notadesk.resources import load_json


@dataclass(frozen=True)
class WooGround:
    """A ground for withholding information: its article code and label."""

    code: str
    label: str
    short_label: str


@cache
def woo_grounds() -> tuple[WooGround, ...]:
    """Return every Woo ground in article order."""
    data = load_json("nota", "woo-grounds.json")
    return tuple(
        WooGround(g["code"], g["label"], g.get("short_label", g["label"])) for g in data["grounds"]
    )


def default_personal_data_ground() -> str:
    """Return the ground used for personal data unless the user chooses another (5.1.2e)."""
    return str(load_json("nota", "woo-grounds.json")["default_personal_data"])


def woo_ground(code: str | None) -> WooGround:
    """Return a ground by code; no code means the personal-data default.

    Raises:
        KeyError: the code is not a Woo ground.
    """
    wanted = code or default_personal_data_ground()
    for ground in woo_grounds():
        if ground.code == wanted:
            return ground
    raise KeyError(wanted)


def is_woo_ground(code: str) -> bool:
    """Return whether a code is a known Woo ground."""
    return any(g.code == code for g in woo_grounds())


def needs_declassification(nota: Nota) -> bool:
    """Return whether the nota's level keeps its Woo variant back until it is declassified."""
    from notadesk.core.policy.markings import marking_level

    level = marking_level(nota.classification.level)
    return level.classified and level.rank > 0 and nota.classification.declassified is None


def check_woo_variant(nota: Nota) -> None:
    """Refuse the Woo variant of a classified nota without a recorded declassification.

    Raises:
        ValidationError: the one sentence says what to record first.
    """
    from notadesk.core.policy.markings import marking_level
    from notadesk.errors import ValidationError

    if needs_declassification(nota):
        level = marking_level(nota.classification.level)
        raise ValidationError(
            f"The Woo variant of a {level.marking} nota is made only after a recorded "
            "declassification decision (who, when, its reference): record it first "
            "(notadesk declassify, or Nota › Record declassification… in the window).",
            field="classification.declassified",
        )
