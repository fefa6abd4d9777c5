"""Gather the licence of every bundled dependency and every font into THIRD-PARTY-NOTICES.txt.

    .venv/bin/python packaging/notices.py OUT.txt [--with-python]

The dependencies are the installed closure of notadesk's runtime requirements (read from
pyproject.toml); each one's licence comes from its distribution metadata and the licence files
its wheel ships (``importlib.metadata``). Fonts and icons come with their licence files under
``resources/``. Where a wheel ships no licence text (PySide6 and shiboken6 do not), the
text of the licence it names is taken from ``packaging/licenses/``. ``--with-python`` adds the
Python interpreter's own licence, for the standalone build that bundles it.
"""

from __future__ import annotations

import argparse
import email
import json
import subprocess
import sys
import zipfile
from importlib import metadata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import wheelhouse
from packaging.utils import canonicalize_name

HERE = Path(__file__).resolve().parent
RESOURCES = wheelhouse.ROOT / "resources"
LICENCE_NAMES = ("licen", "copying", "notice", "authors", "ofl")
FONT_SUFFIXES = {".ttf", ".otf", ".ttc", ".afm", ".pfb", ".woff", ".woff2"}
# Distributions whose wheels carry no licence text: the texts of the licences they name.
FALLBACK_TEXTS = {
    "pyside6-essentials": ("LGPL-3.0.txt", "GPL-3.0.txt"),
    "pyside6-pdf": ("LGPL-3.0.txt", "GPL-3.0.txt"),
    "pyside6-addons": ("LGPL-3.0.txt", "GPL-3.0.txt"),
    "shiboken6": ("LGPL-3.0.txt", "GPL-3.0.txt"),
    "jsonschema-rs": ("MIT.txt",),
}
# Third-party binaries some wheels carry beside their own code (file name -> what it is).
_VC_RUNTIME = (
    "the Microsoft Visual C++ runtime (redistributable; Microsoft Software License Terms "
    "for Microsoft Visual Studio)"
)
PLATFORM_BINARIES = {
    "vcruntime140.dll": _VC_RUNTIME,
    "vcruntime140_1.dll": _VC_RUNTIME,
    "msvcp140.dll": _VC_RUNTIME,
    "concrt140.dll": _VC_RUNTIME,
    "opengl32sw.dll": "Mesa llvmpipe software OpenGL, as shipped by Qt for Windows (MIT)",
}
RULE = "=" * 78


def licence_name(meta: metadata.PackageMetadata) -> str:
    """Return the licence a distribution's metadata declares (expression, field, classifiers)."""
    expression = meta.get("License-Expression")
    if expression:
        return expression
    field = (meta.get("License") or "").strip()
    if field and "\n" not in field and len(field) < 120:
        return field
    classifiers = [
        c.split("::")[-1].strip()
        for c in meta.get_all("Classifier") or []
        if c.startswith("License ::")
    ]
    return "; ".join(classifiers) or "see the licence text below"


def licence_files(dist: metadata.Distribution) -> list[tuple[str, str]]:
    """Return (name, text) of the licence files a distribution ships in its metadata folder."""
    found: list[tuple[str, str]] = []
    for entry in dist.files or []:
        parts = entry.parts
        if not parts or not parts[0].endswith(".dist-info") or parts[-1] in {"RECORD", "METADATA"}:
            continue
        if not any(key in parts[-1].lower() for key in LICENCE_NAMES):
            continue
        path = Path(str(dist.locate_file(entry)))
        if path.is_file():
            found.append(("/".join(parts[1:]), path.read_text(encoding="utf-8", errors="replace")))
    return found


def project_url(meta: metadata.PackageMetadata) -> str:
    """Return a distribution's home page, or its source repository's address."""
    if meta.get("Home-page"):
        return meta["Home-page"]
    urls = {}
    for entry in meta.get_all("Project-URL") or []:
        label, _, url = entry.partition(",")
        urls[label.strip().lower().replace(" ", "")] = url.strip()
    for label in ("homepage", "home", "source", "sourcecode", "repository", "documentation"):
        if label in urls:
            return urls[label]
    return next(iter(urls.values()), "")


def sbom_lines(data: dict) -> list[str]:
    """Return 'name version: licence' of each component in a CycloneDX SBOM."""
    lines = []
    for comp in data.get("components", []):
        licences = [
            lic.get("expression") or lic.get("license", {}).get("id", "")
            for lic in comp.get("licenses", [])
        ]
        name = f"{comp.get('name', '?')} {comp.get('version', '')}".strip()
        lines.append(f"  {name}: {' / '.join(filter(None, licences)) or 'not stated'}")
    return lines


def sbom_components(dist: metadata.Distribution) -> list[str]:
    """Return the components listed by an installed distribution's CycloneDX SBOMs."""
    lines: list[str] = []
    for entry in dist.files or []:
        if "sboms" in entry.parts and entry.name.endswith(".json"):
            path = Path(str(dist.locate_file(entry)))
            lines += sbom_lines(json.loads(path.read_text(encoding="utf-8")))
    return lines


def _section(title: str, lines: list[str], texts: list[tuple[str, str]]) -> list[str]:
    out = [RULE, title, RULE, *lines, ""]
    for name, text in texts:
        out += [f"--- {name} ---", text.rstrip(), ""]
    return out


def package_section(
    key: str,
    meta: metadata.PackageMetadata,
    texts: list[tuple[str, str]],
    components: list[str],
    extra: list[str] | None = None,
) -> list[str]:
    """Return the notice of one package: its licence, components and licence texts."""
    name = f"{meta['Name']} {meta['Version']}"
    shipped = bool(texts)
    for file_name in FALLBACK_TEXTS.get(key, ()):
        texts = [*texts, (file_name, (HERE / "licenses" / file_name).read_text(encoding="utf-8"))]
    if not texts:
        raise SystemExit(f"{name} ships no licence file; add its licence to notices.py.")
    lines = [f"Licence: {licence_name(meta)}"]
    home = project_url(meta)
    if home:
        lines.append(f"Project: {home}")
    lines += extra or []
    if components:
        lines += ["Components built into it (from its software bill of materials):", *components]
    if not shipped:
        lines.append("The wheel ships no licence text; the text of the licence it names:")
    elif key in FALLBACK_TEXTS:
        lines.append("Besides the files it ships, the text of the licence it names:")
    return _section(name, lines, texts)


def dependency_sections(requirements: list[str]) -> list[str]:
    """Return the notice text of every installed dependency the requirements pull in."""
    out: list[str] = []
    for key, dist in wheelhouse.installed_closure(requirements).items():
        texts, components = licence_files(dist), sbom_components(dist)
        out += package_section(key, dist.metadata, texts, components)
    return out


def wheel_sections(folder: Path, skip: tuple[str, ...] = ("notadesk",)) -> list[str]:
    """Return the notice of every wheel in a wheelhouse, read from the wheels themselves.

    Wheels of one release for several platforms are one entry; files that only some of them
    carry (a Windows wheel's Visual C++ runtime, say) are named with the wheels they come in.
    """
    groups: dict[tuple[str, str], list[Path]] = {}
    for whl in sorted(folder.glob("*.whl")):
        name, version = whl.name.split("-")[:2]
        if canonicalize_name(name) not in skip:
            groups.setdefault((canonicalize_name(name), version), []).append(whl)
    out: list[str] = []
    for (key, _version), wheels in sorted(groups.items()):
        meta: metadata.PackageMetadata | None = None
        texts: dict[str, str] = {}
        components: list[str] = []
        binaries: dict[str, set[str]] = {}
        for whl in wheels:
            platform = whl.stem.rsplit("-", 1)[-1]
            with zipfile.ZipFile(whl) as archive:
                for member in archive.namelist():
                    parts = member.split("/")
                    if parts[-1].lower() in PLATFORM_BINARIES:
                        binaries.setdefault(PLATFORM_BINARIES[parts[-1].lower()], set()).add(
                            platform
                        )
                    if not parts[0].endswith(".dist-info"):
                        continue
                    if parts[-1] == "METADATA" and meta is None:
                        meta = email.message_from_bytes(archive.read(member))  # type: ignore[assignment]
                    elif "sboms" in parts and member.endswith(".json"):
                        found = sbom_lines(json.loads(archive.read(member)))
                        components += [c for c in found if c not in components]
                    elif parts[-1] not in {"RECORD", "METADATA"} and any(
                        k in parts[-1].lower() for k in LICENCE_NAMES
                    ):
                        text = archive.read(member).decode("utf-8", errors="replace")
                        texts.setdefault("/".join(parts[1:]), text)
        if meta is None:
            raise SystemExit(f"{wheels[0].name} has no METADATA; it is not a wheel.")
        extra = [
            f"Also inside ({', '.join(sorted(where))}): {what}" for what, where in binaries.items()
        ]
        out += package_section(key, meta, sorted(texts.items()), components, extra)
    return out


def resource_sections(resources: Path = RESOURCES) -> list[str]:
    """Return the notices of the fonts, icons and other third-party files under resources/."""
    out: list[str] = []
    for folder in sorted(p for p in resources.iterdir() if p.is_dir()):
        files = sorted(p for p in folder.rglob("*") if p.is_file())
        licences = [p for p in files if any(k in p.name.lower() for k in LICENCE_NAMES)]
        fonts = [p for p in files if p.suffix.lower() in FONT_SUFFIXES]
        if fonts and not licences:
            raise SystemExit(f"{folder} holds fonts but no licence file; add the font's licence.")
        if not licences:
            continue
        listing = [f"Font file: {p.relative_to(folder).as_posix()}" for p in fonts]
        texts = [
            (p.relative_to(folder).as_posix(), p.read_text(encoding="utf-8")) for p in licences
        ]
        out += _section(f"Files under resources/{folder.name}", listing, texts)
    return out


def _dpkg_owner(path: Path) -> str | None:
    """Return the Debian package that installed a file, if dpkg knows it."""
    text = str(path)
    candidates = {text, str(path.resolve())}
    for prefix in ("/lib", "/lib64", "/usr/lib"):
        if text.startswith(prefix + "/"):
            candidates |= {"/usr" + text, text.removeprefix("/usr")}
    for candidate in sorted(candidates):
        try:
            done = subprocess.run(
                ["dpkg-query", "-S", candidate], capture_output=True, text=True, check=False
            )
        except FileNotFoundError:
            return None
        if done.returncode == 0 and ":" in done.stdout:
            return done.stdout.split(":", 1)[0].split(",")[0].strip()
    return None


def system_library_sections(paths: list[Path]) -> list[str]:
    """Return the notices of system libraries a frozen build copied from the build machine."""
    owners: dict[str, set[str]] = {}
    unknown: set[str] = set()
    for path in paths:
        owner = _dpkg_owner(path)
        if owner:
            owners.setdefault(owner, set()).add(path.name)
        else:
            unknown.add(path.name)
    out: list[str] = []
    for package, libraries in sorted(owners.items()):
        copyright_file = Path("/usr/share/doc") / package.split(":")[0] / "copyright"
        texts = []
        if copyright_file.is_file():
            texts = [("copyright", copyright_file.read_text(encoding="utf-8", errors="replace"))]
        listing = [f"Library: {name}" for name in sorted(libraries)]
        out += _section(f"{package} (system library of the build machine)", listing, texts)
    if unknown:
        listing = [f"Library: {name}" for name in sorted(unknown)]
        listing.append("Their licences are those of the system that provided them.")
        out += _section("Other system libraries of the build machine", listing, [])
    return out


def python_section() -> list[str]:
    """Return the notice of the Python interpreter a standalone build bundles."""
    candidates = [
        Path(sys.base_prefix) / "lib" / f"python{sys.version_info[0]}.{sys.version_info[1]}",
        Path(sys.base_prefix),
    ]
    for folder in candidates:
        path = folder / "LICENSE.txt"
        if path.is_file():
            text = path.read_text(encoding="utf-8", errors="replace")
            version = sys.version.split()[0]
            return _section(f"Python {version}", ["Licence: PSF-2.0"], [("LICENSE.txt", text)])
    raise SystemExit("Python's LICENSE.txt was not found next to the interpreter.")


def notices_text(
    requirements: list[str],
    *,
    with_python: bool = False,
    wheels: Path | None = None,
    system_libraries: list[Path] | None = None,
) -> str:
    """Return the whole THIRD-PARTY-NOTICES text."""
    head = [
        "notadesk - third-party notices",
        "",
        "notadesk itself is licensed under the EUPL-1.2. It ships with the software below;",
        "each part keeps its own licence, reproduced here in full.",
        "",
    ]
    packages = wheel_sections(wheels) if wheels else dependency_sections(requirements)
    body = packages + resource_sections()
    if system_libraries:
        body += system_library_sections(system_libraries)
    if with_python:
        body += python_section()
        body += _section(
            "PyInstaller bootloader",
            ["Licence: GPL-2.0-or-later with the PyInstaller bootloader exception"],
            [],
        )
    return "\n".join(head + body).rstrip() + "\n"


def write_notices(out: Path, requirements: list[str], **options: object) -> Path:
    """Write THIRD-PARTY-NOTICES.txt (options as for ``notices_text``) and return its path."""
    out.parent.mkdir(parents=True, exist_ok=True)
    text = notices_text(requirements, **options)  # type: ignore[arg-type]
    out.write_text(text, encoding="utf-8", newline="\n")
    return out


def main(argv: list[str] | None = None) -> int:
    """Write the notices file named on the command line."""
    parser = argparse.ArgumentParser(description="Write notadesk's THIRD-PARTY-NOTICES.txt.")
    parser.add_argument("out", type=Path)
    parser.add_argument("--with-python", action="store_true", help="add Python's own licence")
    args = parser.parse_args(argv)
    write_notices(args.out, wheelhouse.runtime_requirements(), with_python=args.with_python)
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
