"""Classification schemes and levels, read from ``resources/markings/schemes.json``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from notadesk.errors import ValidationError
from notadesk.resources import load_json


@dataclass(frozen=True)
class MarkingLevel:
    """A classification level and what printing it requires."""

    id: str
    scheme: str
    label: str
    marking: str
    rank: int
    classified: bool
    copy_numbers: bool
    register: bool
    log_access: bool
    portion: str = ""  # the portion mark, printed in brackets: "NS" prints as "(NS)"


@dataclass(frozen=True)
class MarkingScheme:
    """A family of levels (NL VIR-BI, NATO, EU).

    ``portion_marks``: ``"required"`` (every portion is marked), ``"optional"`` (marked when
    the draft marks any portion itself) or ``"none"``.
    """

    id: str
    label: str
    levels: tuple[MarkingLevel, ...]
    portion_marks: str = "none"


@cache
def schemes() -> tuple[MarkingScheme, ...]:
    """Return every scheme with its levels, lowest rank first."""
    data = load_json("markings", "schemes.json")
    out = []
    for s in data["schemes"]:
        levels = tuple(
            MarkingLevel(
                id=lv["id"],
                scheme=s["id"],
                label=lv["label"],
                marking=lv["marking"],
                rank=int(lv["rank"]),
                classified=bool(lv["classified"]),
                copy_numbers=bool(lv["copy_numbers"]),
                register=bool(lv["register"]),
                log_access=bool(lv["log_access"]),
                portion=str(lv.get("portion", "")),
            )
            for lv in sorted(s["levels"], key=lambda lv: lv["rank"])
        )
        out.append(MarkingScheme(s["id"], s["label"], levels, s.get("portion_marks", "none")))
    return tuple(out)


@cache
def _levels_by_id() -> dict[str, MarkingLevel]:
    return {lv.id: lv for s in schemes() for lv in s.levels}


def check_copy_numbers(level_id: str, copy_numbers: bool | None) -> None:
    """Refuse turning copy numbers off where the level requires them (they stay on).

    Raises:
        ValidationError: the level numbers its copies and ``copy_numbers`` is False.
    """
    level = marking_level(level_id)
    if level.copy_numbers and copy_numbers is False:
        raise ValidationError(
            f"{level.marking} requires copy numbers on every page; they stay on.",
            field="copy_numbers",
        )


def default_level_id() -> str:
    """Return the level a new draft starts with."""
    return str(load_json("markings", "schemes.json")["default_level"])


def is_known_level(level_id: str) -> bool:
    """Return whether a level id is in the local schemes."""
    return level_id in _levels_by_id()


def marking_level(level_id: str) -> MarkingLevel:
    """Return a level by id.

    Raises:
        ValidationError: the id is not in the local schemes.
    """
    try:
        return _levels_by_id()[level_id]
    except KeyError:
        raise ValidationError(
            f"The classification level {level_id!r} is not known on this workstation.",
            field="classification.level",
        ) from None


def label_colours(level: MarkingLevel) -> tuple[str, str]:
    """Return the background and text colours (``#rrggbb``) of a level's label bar."""
    data = load_json("markings", "schemes.json")
    own = next(
        (
            lv
            for s in data["schemes"]
            if s["id"] == level.scheme
            for lv in s["levels"]
            if lv["id"] == level.id
        ),
        {},
    )
    by_rank = data.get("label_colours", {})
    fallback = by_rank.get(str(level.rank)) or {"background": "#5f6b73", "text": "#ffffff"}
    return (
        str(own.get("label_colour", fallback["background"])),
        str(own.get("label_text_colour", fallback["text"])),
    )


def all_levels() -> list[MarkingLevel]:
    """Return every level of every scheme."""
    return list(_levels_by_id().values())


def level_exceeds(level_id: str, ceiling_id: str) -> bool:
    """Return whether a level is above a ceiling (compared by rank; schemes are comparable)."""
    return marking_level(level_id).rank > marking_level(ceiling_id).rank


def highest_level(level_ids: list[str]) -> MarkingLevel:
    """Return the highest-ranking of some levels (the default level when there are none)."""
    levels = [marking_level(i) for i in level_ids] or [marking_level(default_level_id())]
    return max(levels, key=lambda lv: (lv.rank, lv.classified))
