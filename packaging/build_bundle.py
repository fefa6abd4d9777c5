"""Build the offline bundle: a folder to carry to an air-gapped workstation on removable media.

    .venv/bin/python packaging/build_bundle.py OUTDIR [--target NAME ...]

OUTDIR gets ``wheelhouse/`` (binary wheels of every runtime dependency for Linux x86_64 and
Windows x64, CPython 3.11 and 3.12, plus notadesk's own wheel), ``install.sh``,
``install.ps1`` and ``install.bat`` (which need no network), ``THIRD-PARTY-NOTICES.txt``,
``README.txt`` and ``SHA256SUMS`` over all of it. Building downloads from the package index;
installing never does. Run it from the project's venv: the dependency versions are pinned to
the ones installed there, i.e. the ones the test suite ran against.
"""

from __future__ import annotations

import argparse
import hashlib
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import notices
import resolve
import wheelhouse

HERE = Path(__file__).resolve().parent
INSTALLERS = ("install.sh", "install.ps1", "install.bat")


def build_project_wheel(dest: Path, root: Path = wheelhouse.ROOT) -> Path:
    """Build notadesk's own wheel into dest and return its path."""
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [sys.executable, "-m", "pip", "wheel", "--quiet", "--disable-pip-version-check"]
        subprocess.run([*cmd, "--no-deps", "--wheel-dir", tmp, str(root)], check=True)
        (built,) = Path(tmp).glob("notadesk-*.whl")
        dest.mkdir(parents=True, exist_ok=True)
        return Path(shutil.copy2(built, dest / built.name))


def check_resolves(wheels: Path, target: wheelhouse.Target) -> int:
    """Fail unless the wheelhouse alone can install notadesk on the target; return the count."""
    try:
        return len(resolve.resolve(wheels, target))
    except LookupError as exc:
        raise SystemExit(f"the bundle is incomplete: {exc}") from None


def write_sums(folder: Path) -> Path:
    """Write SHA256SUMS (``sha256sum -c`` format) over every file in folder."""
    lines = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        rel = path.relative_to(folder).as_posix()
        if rel == "SHA256SUMS":
            continue
        digest = hashlib.sha256()
        with path.open("rb") as fh:
            for chunk in iter(lambda fh=fh: fh.read(1 << 20), b""):
                digest.update(chunk)
        lines.append(f"{digest.hexdigest()}  {rel}")
    out = folder / "SHA256SUMS"
    out.write_text("\n".join(lines) + "\n", encoding="utf-8", newline="\n")
    return out


def build(outdir: Path, targets: list[wheelhouse.Target]) -> None:
    """Build the whole bundle into outdir."""
    outdir.mkdir(parents=True, exist_ok=True)
    wheels = outdir / "wheelhouse"
    runtime = wheelhouse.runtime_requirements()
    for target in targets:
        print(f"downloading wheels for {target.name}", flush=True)
        pinned = wheelhouse.pins_for(runtime, target.python)
        wheelhouse.download(wheels, runtime, target=target, constraints=pinned)
    print("building notadesk's wheel", flush=True)
    for old in wheels.glob("notadesk-*.whl"):
        old.unlink()
    build_project_wheel(wheels)
    for target in targets:
        print(f"{target.name}: notadesk and {check_resolves(wheels, target) - 1} dependencies")
    for name in INSTALLERS:
        shutil.copy2(HERE / "installers" / name, outdir / name)
    (outdir / "install.sh").chmod(0o755)
    shutil.copy2(HERE / "installers" / "README.txt", outdir / "README.txt")
    notices.write_notices(outdir / "THIRD-PARTY-NOTICES.txt", runtime, wheels=wheels)
    write_sums(outdir)
    size = sum(p.stat().st_size for p in outdir.rglob("*") if p.is_file())
    count = len(list(wheels.glob("*.whl")))
    print(f"bundle ready: {outdir} ({count} wheels, {size / 1e6:.0f} MB)")


def main(argv: list[str] | None = None) -> int:
    """Parse the command line and build the bundle."""
    names = [t.name for t in wheelhouse.TARGETS]
    parser = argparse.ArgumentParser(description="Build notadesk's offline bundle.")
    parser.add_argument("outdir", type=Path)
    parser.add_argument(
        "--target", action="append", choices=names, help="only this target (repeatable)"
    )
    args = parser.parse_args(argv)
    chosen = [t for t in wheelhouse.TARGETS if not args.target or t.name in args.target]
    build(args.outdir, chosen)
    return 0


if __name__ == "__main__":
    sys.exit(main())
