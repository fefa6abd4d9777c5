"""Fill a wheelhouse: the wheels notadesk needs, for this interpreter or for a target platform.

Used by ``build_bundle.py`` (every target) and by ``.ci/run`` (this interpreter only, for the
offline install test)::

    python packaging/wheelhouse.py DEST        # runtime + build wheels for this interpreter

Downloading is the only step that reaches a package registry, and it happens while building,
never while installing. A second run with the same requirements does nothing.
"""

from __future__ import annotations

import argparse
import hashlib
import subprocess
import sys
import tempfile
import tomllib
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from packaging.markers import default_environment
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
STAMP = ".requirements.sha256"


@dataclass(frozen=True)
class Target:
    """A platform and Python version the bundle carries wheels for."""

    name: str
    python: str
    platforms: tuple[str, ...]

    @property
    def abi(self) -> str:
        """Return the CPython ABI tag, e.g. ``cp312``."""
        return "cp" + self.python.replace(".", "")


def _manylinux(max_glibc_minor: int) -> tuple[str, ...]:
    tags = [f"manylinux_2_{minor}_x86_64" for minor in range(max_glibc_minor, 16, -1)]
    return (*tags, "manylinux2014_x86_64", "manylinux2010_x86_64", "manylinux1_x86_64")


# glibc 2.35 is Ubuntu 22.04; Debian 12 has 2.36. PySide6 6.12 needs 2.34.
LINUX_GLIBC_MINOR = 35
TARGETS = (
    Target("linux-x86_64-cp311", "3.11", _manylinux(LINUX_GLIBC_MINOR)),
    Target("linux-x86_64-cp312", "3.12", _manylinux(LINUX_GLIBC_MINOR)),
    Target("windows-x64-cp311", "3.11", ("win_amd64",)),
    Target("windows-x64-cp312", "3.12", ("win_amd64",)),
)


def pyproject(root: Path = ROOT) -> dict:
    """Return the parsed pyproject.toml of the project."""
    return tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))


def runtime_requirements(root: Path = ROOT) -> list[str]:
    """Return the project's runtime dependencies as written in pyproject.toml."""
    return list(pyproject(root)["project"]["dependencies"])


def build_requirements(root: Path = ROOT) -> list[str]:
    """Return what building the project's own wheel needs (the build backend)."""
    return list(pyproject(root)["build-system"]["requires"])


def installed_closure(requirements: list[str]) -> dict[str, metadata.Distribution]:
    """Return the installed distributions these requirements pull in, by canonical name."""
    env = default_environment()

    def applies(req: Requirement, extras: set[str]) -> bool:
        if req.marker is None:
            return True
        return any(req.marker.evaluate({**env, "extra": e}) for e in {"", *extras})

    found: dict[str, metadata.Distribution] = {}
    done: set[tuple[str, frozenset[str]]] = set()
    todo = [Requirement(r) for r in requirements]
    todo = [r for r in todo if applies(r, set())]
    while todo:
        req = todo.pop()
        key = canonicalize_name(req.name)
        if (key, frozenset(req.extras)) in done:
            continue
        done.add((key, frozenset(req.extras)))
        try:
            dist = found.get(key) or metadata.distribution(req.name)
        except metadata.PackageNotFoundError:
            message = f"{req.name} is not installed in {sys.prefix}; install it first."
            raise SystemExit(message) from None
        found[key] = dist
        children = [Requirement(r) for r in dist.requires or []]
        todo.extend(c for c in children if applies(c, set(req.extras)))
    return dict(sorted(found.items()))


def pins(requirements: list[str]) -> list[str]:
    """Return ``name==version`` for the installed closure, so a bundle holds what was tested."""
    return [f"{key}=={dist.version}" for key, dist in installed_closure(requirements).items()]


def download(
    dest: Path,
    requirements: list[str],
    *,
    target: Target | None = None,
    constraints: list[str] | None = None,
) -> None:
    """Download binary wheels of the requirements (and their dependencies) into dest."""
    dest.mkdir(parents=True, exist_ok=True)
    cmd = [sys.executable, "-m", "pip", "download", "--quiet", "--disable-pip-version-check"]
    cmd += ["--only-binary=:all:", "--dest", str(dest)]
    if target is not None:
        cmd += ["--python-version", target.python, "--implementation", "cp"]
        for abi in (target.abi, "abi3", "none"):
            cmd += ["--abi", abi]
        for platform in target.platforms:
            cmd += ["--platform", platform]
    with tempfile.TemporaryDirectory() as tmp:
        if constraints:
            cfile = Path(tmp) / "constraints.txt"
            cfile.write_text("\n".join(constraints) + "\n", encoding="utf-8")
            cmd += ["--constraint", str(cfile)]
        subprocess.run([*cmd, *requirements], check=True)


def _requirements_digest(requirements: list[str]) -> str:
    text = "\n".join([sys.version.split()[0], *sorted(requirements)])
    return hashlib.sha256(text.encode()).hexdigest()


def prepare_host(dest: Path, root: Path = ROOT) -> bool:
    """Fill dest for this interpreter (runtime + build wheels); return False if already done."""
    requirements = runtime_requirements(root) + build_requirements(root)
    digest = _requirements_digest(requirements)
    stamp = dest / STAMP
    if stamp.is_file() and stamp.read_text().strip() == digest:
        return False
    download(dest, runtime_requirements(root), constraints=pins(runtime_requirements(root)))
    download(dest, build_requirements(root))
    stamp.write_text(digest + "\n")
    return True


def main(argv: list[str] | None = None) -> int:
    """Prepare a wheelhouse for this interpreter (the CLI of this module)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dest", type=Path, help="folder to fill with wheels")
    args = parser.parse_args(argv)
    fresh = prepare_host(args.dest)
    state = "filled" if fresh else "already up to date"
    count = len(list(args.dest.glob("*.whl")))
    print(f"wheelhouse {args.dest}: {state}, {count} wheels")
    return 0


if __name__ == "__main__":
    sys.exit(main())
