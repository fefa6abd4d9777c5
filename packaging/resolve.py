"""Check, without pip, that a wheelhouse can install notadesk on each target.

pip's ``install --dry-run --python-version X --platform Y`` evaluates environment markers
against the interpreter running it, so it cannot tell whether a Windows or Python 3.12 install
would find everything. This walks the requirement graph through the wheels' own metadata with
each target's marker environment and wheel tags.
"""

from __future__ import annotations

import email
import zipfile
from dataclasses import dataclass
from pathlib import Path

from packaging.requirements import Requirement
from packaging.tags import Tag, compatible_tags, cpython_tags
from packaging.utils import canonicalize_name, parse_wheel_filename
from packaging.version import Version
from wheelhouse import Target


@dataclass(frozen=True)
class Wheel:
    """One wheel file in the wheelhouse."""

    path: Path
    name: str
    version: Version
    tags: frozenset[Tag]

    def requires(self) -> list[Requirement]:
        """Return the wheel's Requires-Dist entries."""
        with zipfile.ZipFile(self.path) as archive:
            meta_name = next(n for n in archive.namelist() if n.endswith(".dist-info/METADATA"))
            meta = email.message_from_bytes(archive.read(meta_name))
        return [Requirement(r) for r in meta.get_all("Requires-Dist") or []]


def target_tags(target: Target) -> set[Tag]:
    """Return every wheel tag an install on the target accepts."""
    version = tuple(int(p) for p in target.python.split("."))
    abis = [target.abi, "abi3", "none"]
    tags = set(cpython_tags(version, abis=abis, platforms=list(target.platforms)))
    tags |= set(compatible_tags(version, f"cp{target.python.replace('.', '')}", target.platforms))
    return tags


def read_wheels(folder: Path) -> dict[str, list[Wheel]]:
    """Return the wheels in folder by canonical project name."""
    found: dict[str, list[Wheel]] = {}
    for path in sorted(folder.glob("*.whl")):
        name, version, _build, tags = parse_wheel_filename(path.name)
        found.setdefault(name, []).append(Wheel(path, name, version, frozenset(tags)))
    return found


def resolve(folder: Path, target: Target, root: str = "notadesk") -> dict[str, Wheel]:
    """Return the wheel chosen for each project an install of root needs on the target.

    Raises:
        LookupError: some requirement has no compatible wheel (the message names it).
    """
    wheels, accepted = read_wheels(folder), target_tags(target)
    env = target.environment()
    chosen: dict[str, Wheel] = {}
    todo = [(Requirement(root), "")]
    while todo:
        req, wanted_by = todo.pop()
        key = canonicalize_name(req.name)
        fitting = [
            w
            for w in wheels.get(key, [])
            if w.tags & accepted and req.specifier.contains(w.version, prereleases=True)
        ]
        if key in chosen:
            if chosen[key] not in fitting:
                raise LookupError(
                    f"{target.name}: {wanted_by} needs {req}, {chosen[key].path.name} chosen"
                )
            continue
        if not fitting:
            raise LookupError(f"{target.name}: no wheel for {req} (needed by {wanted_by or 'you'})")
        best = max(fitting, key=lambda w: w.version)
        chosen[key] = best
        for child in best.requires():
            extras = {"", *req.extras}
            if child.marker is None or any(
                child.marker.evaluate({**env, "extra": e}) for e in extras
            ):
                todo.append((child, f"{best.name} {best.version}"))
    return chosen
