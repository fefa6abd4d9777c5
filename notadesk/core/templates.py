"""Templates: a section skeleton and a saved routing to start a nota from; duplicating a draft.

Shipped templates are data in ``resources/templates/``; a person's own are saved in the
data folder (``DATA_DIR/templates/``). A template carries structure only (type, routing,
sections' titles, finding groups, level), never text. A nota made from one passes the same
document checks as every other way in (``parse_document``).
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from notadesk.core.drafting import blank_nota
from notadesk.core.model.codec import nota_to_dict
from notadesk.core.model.nota import Nota, Section
from notadesk.core.storage.documents import envelope, parse_document
from notadesk.errors import StorageError, ValidationError
from notadesk.resources import resource_path

FORMAT = "notadesk-template"
FORMAT_VERSION = 1
MAX_TEMPLATE_BYTES = 1024 * 1024
_KEYS = ("type", "routing", "drafted_by", "sections", "finding_groups", "classification")


@dataclass(frozen=True)
class Template:
    """A named structure for new nota's; ``own`` when saved on this workstation."""

    name: str
    directorate: str
    nota: dict[str, Any]
    own: bool = False
    path: Path | None = None


def templates_dir(data_dir: Path) -> Path:
    """Return the folder of this workstation's own templates."""
    return data_dir / "templates"


def _read(path: Path, own: bool) -> Template:
    try:
        if path.stat().st_size > MAX_TEMPLATE_BYTES:
            raise ValidationError(f"The template {path.name} is larger than 1 MB.")
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError) as exc:
        raise ValidationError(f"The template {path.name} cannot be read ({exc}).") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ValidationError(f"The template {path.name} is not a notadesk template.")
    if data.get("format_version") != FORMAT_VERSION or not isinstance(data.get("nota"), dict):
        raise ValidationError(f"The template {path.name} has a form this notadesk cannot read.")
    name, directorate = data.get("name"), data.get("directorate", "")
    if not isinstance(name, str) or not name.strip() or not isinstance(directorate, str):
        raise ValidationError(f"The template {path.name} has no name.")
    template = Template(name.strip(), directorate.strip(), data["nota"], own, path)
    nota_from_template(template, dt.date(2000, 1, 1))  # refuses what no draft may hold
    return template


def templates(data_dir: Path | None) -> tuple[list[Template], list[str]]:
    """Return the shipped and the workstation's templates, and a sentence per unusable file."""
    found: list[Template] = []
    problems: list[str] = []
    folders = [(resource_path("templates"), False)]
    if data_dir is not None:
        folders.append((templates_dir(data_dir), True))
    for folder, own in folders:
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.json")):
            try:
                found.append(_read(path, own))
            except ValidationError as exc:
                problems.append(str(exc))
    found.sort(key=lambda t: (t.own, t.directorate.casefold(), t.name.casefold()))
    return found, problems


def _skeleton(section: dict[str, Any]) -> dict[str, Any]:
    return {
        "title": section.get("title", ""),
        "blocks": [],
        "subsections": [
            _skeleton(s) for s in section.get("subsections", []) if isinstance(s, dict)
        ],
    }


def nota_from_template(template: Template, today: dt.date | None = None) -> Nota:
    """Return a new nota with the template's structure, dated today and otherwise blank.

    Raises:
        ValidationError: the template holds something no draft may (the field is named).
    """
    base = nota_to_dict(blank_nota(today))
    for key in _KEYS:
        if key in template.nota:
            base[key] = copy.deepcopy(template.nota[key])
    if isinstance(base.get("sections"), list):
        base["sections"] = [_skeleton(s) for s in base["sections"] if isinstance(s, dict)]
    routing = base.get("routing")
    if isinstance(routing, dict):
        for role in ("to", "from", "via", "cc", "agreed_with"):
            routing.setdefault(role, [])
    classification = base.get("classification")
    if isinstance(classification, dict):  # who set a level and until when is the draft's own
        level = classification.get("level")
        base["classification"] = nota_to_dict(blank_nota(today))["classification"]
        if level:
            base["classification"]["level"] = level
    _meta, nota = parse_document({"format": "notadesk-draft", "format_version": 2, "nota": base})
    return nota


def template_from_nota(nota: Nota, name: str, directorate: str = "") -> dict[str, Any]:
    """Return the template document of a nota's structure (no text, no dates, no names set)."""

    def skeleton(section: Section) -> dict[str, Any]:
        out: dict[str, Any] = {"title": section.title}
        if section.subsections:
            out["subsections"] = [skeleton(s) for s in section.subsections]
        return out

    content = nota_to_dict(nota)
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "name": name.strip(),
        "directorate": directorate.strip(),
        "nota": {
            "type": content["type"],
            "routing": content["routing"],
            "drafted_by": content["drafted_by"],
            "sections": [skeleton(s) for s in nota.sections],
            "finding_groups": content["finding_groups"],
            "classification": {"level": nota.classification.level},
        },
    }


def save_template(data_dir: Path, nota: Nota, name: str, directorate: str = "") -> Path:
    """Save a nota's structure as this workstation's template; return its file.

    Raises:
        ValidationError: the name is empty or too long.
        StorageError: the file cannot be written.
    """
    name = " ".join(name.split())
    if not name:
        raise ValidationError("A template needs a name.", field="name")
    if len(name) > 120:
        raise ValidationError("A template's name is at most 120 characters.", field="name")
    document = template_from_nota(nota, name, directorate)
    folder = templates_dir(data_dir)
    slug = re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-")[:60] or "template"
    target = folder / f"{slug}.json"
    counter = 2
    while target.exists():
        target = folder / f"{slug}-{counter}.json"
        counter += 1
    part = target.with_name(f".{target.name}.part")
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(document, fh, ensure_ascii=False, indent=1)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(part, target)
    except OSError as exc:
        part.unlink(missing_ok=True)
        raise StorageError(f"The template could not be saved ({exc.strerror}).") from None
    return target


def duplicate_nota(nota: Nota, today: dt.date | None = None) -> Nota:
    """Return a copy of a nota to start a new draft from: its content, a new date, concept.

    The reference is left empty (the store gives the next one) and the status is concept,
    whatever the original's.
    """
    copied = copy.deepcopy(nota)
    copied.reference = ""
    copied.status = "concept"
    copied.date = today or dt.date.today()
    _meta, checked = parse_document(envelope(copied))
    return checked
