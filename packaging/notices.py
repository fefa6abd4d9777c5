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
import json
import sys
from importlib import metadata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import wheelhouse

HERE = Path(__file__).resolve().parent
RESOURCES = wheelhouse.ROOT / "resources"
LICENCE_NAMES = ("licen", "copying", "notice", "authors", "ofl")
FONT_SUFFIXES = {".ttf", ".otf", ".ttc", ".afm", ".pfb", ".woff", ".woff2"}
# Distributions whose wheels carry no licence text: the texts of the licences they name.
FALLBACK_TEXTS = {
    "pyside6-essentials": ("LGPL-3.0.txt", "GPL-3.0.txt"),
    "pyside6-pdf": ("LGPL-3.0.txt", "GPL-3.0.txt"),
    "shiboken6": ("LGPL-3.0.txt", "GPL-3.0.txt"),
    "jsonschema-rs": ("MIT.txt",),
}
RULE = "=" * 78


def licence_name(dist: metadata.Distribution) -> str:
    """Return the licence a distribution declares (expression, field or classifiers)."""
    meta = dist.metadata
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


def sbom_components(dist: metadata.Distribution) -> list[str]:
    """Return 'name version: licence' of the components a wheel's CycloneDX SBOMs list."""
    lines: list[str] = []
    for entry in dist.files or []:
        if "sboms" not in entry.parts or not entry.name.endswith(".json"):
            continue
        data = json.loads(Path(str(dist.locate_file(entry))).read_text(encoding="utf-8"))
        for comp in data.get("components", []):
            licences = [
                lic.get("expression") or lic.get("license", {}).get("id", "")
                for lic in comp.get("licenses", [])
            ]
            name = f"{comp.get('name', '?')} {comp.get('version', '')}".strip()
            lines.append(f"  {name}: {' / '.join(filter(None, licences)) or 'not stated'}")
    return lines


def _section(title: str, lines: list[str], texts: list[tuple[str, str]]) -> list[str]:
    out = [RULE, title, RULE, *lines, ""]
    for name, text in texts:
        out += [f"--- {name} ---", text.rstrip(), ""]
    return out


def dependency_sections(requirements: list[str]) -> list[str]:
    """Return the notice text of every installed dependency the requirements pull in."""
    out: list[str] = []
    for key, dist in wheelhouse.installed_closure(requirements).items():
        meta = dist.metadata
        texts = licence_files(dist)
        if not texts:
            names = FALLBACK_TEXTS.get(key)
            if not names:
                raise SystemExit(f"{meta['Name']} ships no licence file; add one to notices.py.")
            texts = [(n, (HERE / "licenses" / n).read_text(encoding="utf-8")) for n in names]
        lines = [f"Licence: {licence_name(dist)}"]
        home = project_url(meta)
        if home:
            lines.append(f"Project: {home}")
        components = sbom_components(dist)
        if components:
            lines += ["Components built into it (from its software bill of materials):"]
            lines += components
        if not licence_files(dist):
            lines.append("The wheel ships no licence text; the text of the licence it names:")
        out += _section(f"{meta['Name']} {dist.version}", lines, texts)
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


def notices_text(requirements: list[str], *, with_python: bool = False) -> str:
    """Return the whole THIRD-PARTY-NOTICES text."""
    head = [
        "notadesk - third-party notices",
        "",
        "notadesk itself is licensed under the EUPL-1.2. It ships with the software below;",
        "each part keeps its own licence, reproduced here in full.",
        "",
    ]
    body = dependency_sections(requirements) + resource_sections()
    if with_python:
        body += python_section()
        body += _section(
            "PyInstaller bootloader",
            ["Licence: GPL-2.0-or-later with the PyInstaller bootloader exception"],
            [],
        )
    return "\n".join(head + body).rstrip() + "\n"


def write_notices(out: Path, requirements: list[str], *, with_python: bool = False) -> Path:
    """Write THIRD-PARTY-NOTICES.txt to out and return its path."""
    out.parent.mkdir(parents=True, exist_ok=True)
    text = notices_text(requirements, with_python=with_python)
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
