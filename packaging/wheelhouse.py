"""Fill a wheelhouse: the wheels notadesk needs, for this interpreter or for a target platform.

Used by ``build_bundle.py`` (every target) and by the offline install test, which fills a
wheelhouse for this interpreter on its first run::

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
    system: str = "linux"  # or "windows"

    @property
    def abi(self) -> str:
        """Return the CPython ABI tag, e.g. ``cp312``."""
        return "cp" + self.python.replace(".", "")

    def environment(self) -> dict[str, str]:
        """Return the values environment markers see on the target (PEP 508)."""
        windows = self.system == "windows"
        return {
            "python_version": self.python,
            "python_full_version": f"{self.python}.0",
            "implementation_name": "cpython",
            "implementation_version": f"{self.python}.0",
            "platform_python_implementation": "CPython",
            "sys_platform": "win32" if windows else "linux",
            "platform_system": "Windows" if windows else "Linux",
            "os_name": "nt" if windows else "posix",
            "platform_machine": "AMD64" if windows else "x86_64",
            "platform_release": "",
            "platform_version": "",
            "extra": "",
        }

    def requirements(self, requirements: list[str]) -> list[str]:
        """Return the requirements that apply on the target, without their markers.

        pip evaluates markers against the interpreter running it, even with
        ``--python-version``/``--platform``; so they are evaluated here instead.
        """
        kept = []
        for text in requirements:
            req = Requirement(text)
            if req.marker is None or req.marker.evaluate(self.environment()):
                req.marker = None
                kept.append(str(req))
        return kept


def _manylinux(max_glibc_minor: int) -> tuple[str, ...]:
    tags = [f"manylinux_2_{minor}_x86_64" for minor in range(max_glibc_minor, 16, -1)]
    return (*tags, "manylinux2014_x86_64", "manylinux2010_x86_64", "manylinux1_x86_64")


# glibc 2.35 is Ubuntu 22.04; Debian 12 has 2.36. PySide6 6.12 needs 2.34.
LINUX_GLIBC_MINOR = 35
TARGETS = (
    Target("linux-x86_64-cp311", "3.11", _manylinux(LINUX_GLIBC_MINOR)),
    Target("linux-x86_64-cp312", "3.12", _manylinux(LINUX_GLIBC_MINOR)),
    Target("windows-x64-cp311", "3.11", ("win_amd64",), "windows"),
    Target("windows-x64-cp312", "3.12", ("win_amd64",), "windows"),
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


def pins_for(requirements: list[str], python: str) -> list[str]:
    """Return the pins that hold for a target Python version.

    The installed versions were resolved for *this* interpreter; a requirement that depends
    on the Python version (and what it pulls in) is left for pip to resolve for another one.
    """
    if python == f"{sys.version_info[0]}.{sys.version_info[1]}":
        return pins(requirements)
    conditional = [
        r for r in requirements if Requirement(r).marker and "python" in str(Requirement(r).marker)
    ]
    free = {canonicalize_name(Requirement(r).name) for r in conditional}
    free |= set(installed_closure(conditional))
    return [p for p in pins(requirements) if canonicalize_name(p.split("==")[0]) not in free]


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
        if target is not None:
            requirements = target.requirements(requirements)
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
