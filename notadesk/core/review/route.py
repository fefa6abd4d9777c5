"""The paraaf route: who initials the nota, in which order, and where each step stands.

The route is the Via names of the current revision followed by the reviewers added to it,
in order. A Via entry whose whole name stands in square brackets is a placeholder, not a
person (the published reference nota's "[Via — naam weggelakt …]", a template's "[naam]"):
it is no step of the route. Its events (added, removed, paraaf, terug met opmerkingen) are
stored append-only (``core/storage/review.py``); this module works out the route from them.
A paraaf is given on a revision: when the text changes after it (anything but the status),
the step shows as *paraaf op een eerdere versie* until it is given again.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, field

from notadesk.core.identity import NOBODY, Person
from notadesk.core.model.nota import Nota

ADD, REMOVE, PARAAF, RETURN = "add", "remove", "paraaf", "return"
ACTIONS = (ADD, REMOVE, PARAAF, RETURN)
MAX_REMARK = 2_000

OPEN, GIVEN, STALE, RETURNED = "open", "given", "stale", "returned"
STATE_WORDS = {
    OPEN: "nog te paraferen",
    GIVEN: "geparafeerd",
    STALE: "paraaf op een eerdere versie",
    RETURNED: "terug met opmerkingen",
}
"""How each state of a step reads (Dutch, as on the nota; the window translates)."""


@dataclass(frozen=True)
class RouteEvent:
    """One stored event of a route."""

    uuid: str
    at: str
    action: str
    name: str
    """The route entry: a Via name or an added reviewer."""
    function: str = ""
    remark: str = ""
    revision_uuid: str = ""
    revision_number: int = 0
    fingerprint: str = ""
    author: Person = NOBODY


@dataclass(frozen=True)
class GivenParaaf:
    """A paraaf as the printed Parafen block shows it."""

    name: str
    function: str
    date: str
    """ISO date (``2026-12-02``)."""


@dataclass(frozen=True)
class RouteStep:
    """One entry of the route and where it stands."""

    name: str
    function: str
    added: bool
    """A reviewer added to the route (not a Via name)."""
    state: str
    last: RouteEvent | None = None
    """The latest paraaf or return of this entry."""

    @property
    def words(self) -> str:
        """Return the state in words."""
        return STATE_WORDS[self.state]


@dataclass(frozen=True)
class Route:
    """The route of a draft's current revision."""

    steps: tuple[RouteStep, ...]
    events: tuple[RouteEvent, ...] = field(default=(), repr=False)

    @property
    def started(self) -> bool:
        """Return whether any paraaf or return was recorded."""
        return any(e.action in (PARAAF, RETURN) for e in self.events)

    @property
    def complete(self) -> bool:
        """Return whether every step holds a paraaf on the current text."""
        return bool(self.steps) and all(s.state == GIVEN for s in self.steps)

    @property
    def open_steps(self) -> list[RouteStep]:
        """Return the steps still waiting for a (renewed) paraaf."""
        return [s for s in self.steps if s.state != GIVEN]

    def step(self, name: str) -> RouteStep | None:
        """Return the step of a route entry by name (case and spaces do not matter)."""
        key = same_name(name)
        return next((s for s in self.steps if same_name(s.name) == key), None)

    def given(self) -> tuple[GivenParaaf, ...]:
        """Return the parafen given on the current text, in route order (for the print)."""
        return tuple(
            GivenParaaf(s.name, s.function, s.last.at[:10])
            for s in self.steps
            if s.state == GIVEN and s.last is not None
        )

    def as_json(self) -> list[dict[str, object]]:
        """Return the steps as JSON."""
        out: list[dict[str, object]] = []
        for s in self.steps:
            item: dict[str, object] = {
                "name": s.name,
                "function": s.function,
                "added": s.added,
                "state": s.state,
            }
            if s.last is not None:
                item.update(
                    action=s.last.action,
                    at=s.last.at,
                    by=s.last.author.as_json(),
                    revision=s.last.revision_number,
                    remark=s.last.remark,
                )
            out.append(item)
        return out


def same_name(name: str) -> str:
    """Return a name as compared on the route (spaces collapsed, case folded)."""
    return " ".join(name.split()).casefold()


def is_placeholder(name: str) -> bool:
    """Return whether a Via name is empty or a placeholder in square brackets (no step)."""
    name = name.strip()
    return not name or (name.startswith("[") and name.endswith("]"))


def fingerprint(nota: Nota) -> str:
    """Return the SHA-256 of what a paraaf vouches for: the content without its status."""
    from notadesk.core.model.codec import nota_to_dict

    content = nota_to_dict(nota)
    content.pop("status", None)
    data = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


def route_of(nota: Nota, events: Sequence[RouteEvent]) -> Route:
    """Return the route of a nota from its stored events (oldest first)."""
    ordered = sorted(events, key=lambda e: (e.at, e.uuid))
    entries: list[tuple[str, str, bool]] = [
        (e.name.strip(), "", False) for e in nota.routing.via if not is_placeholder(e.name)
    ]
    for event in ordered:
        key = same_name(event.name)
        if event.action == ADD and not any(same_name(n) == key for n, _, _ in entries):
            entries.append((event.name.strip(), event.function, True))
        elif event.action == REMOVE:
            entries = [x for x in entries if not (x[2] and same_name(x[0]) == key)]
    current = fingerprint(nota)
    steps = []
    for name, function, added in entries:
        key = same_name(name)
        last = None
        for event in ordered:
            if event.action in (PARAAF, RETURN) and same_name(event.name) == key:
                last = event
        if last is None:
            state = OPEN
        elif last.action == RETURN:
            state = RETURNED
        else:
            state = GIVEN if last.fingerprint == current else STALE
        given_by = last.author.function if last and last.action == PARAAF else ""
        steps.append(RouteStep(name, function or given_by, added, state, last))
    return Route(tuple(steps), tuple(ordered))


def status_after(status: str, route: Route) -> str:
    """Return the status the route asks for (the workflow in vocabulary.json allows it).

    A nota in concept or ter parafering follows its route: sent back (the latest step is
    *terug met opmerkingen*) it is a concept again; with any paraaf given it is ter
    parafering. Later statuses (definitief, getekend, ingetrokken) are the officer's.
    """
    if status not in ("concept", "ter-parafering") or not route.started:
        return status
    latest = next((e for e in reversed(route.events) if e.action in (PARAAF, RETURN)), None)
    if latest is not None and latest.action == RETURN:
        return "concept"
    return "ter-parafering"
