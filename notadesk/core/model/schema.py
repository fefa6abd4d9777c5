"""Validate draft documents against the JSON Schema and the rules a schema cannot say."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache
from typing import Any

from notadesk.core.model.nota import MAX_LIST_DEPTH
from notadesk.errors import ValidationError
from notadesk.resources import load_json

FORMAT = "notadesk-draft"
FORMAT_VERSION = 1


@cache
def _validator() -> Any:
    import jsonschema  # imported lazily: start-up time matters for the CLI

    schema = load_json("schemas", "draft.schema.json")
    return jsonschema.Draft202012Validator(schema)


def _path(parts: Iterable[Any]) -> str:
    out = ""
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(document)"


def validate_document(data: Any) -> None:
    """Check a draft document; raise with the offending field named.

    Raises:
        ValidationError: the document breaks the schema or a rule; ``field`` names where.
    """
    if not isinstance(data, dict):
        raise ValidationError("The document must be a JSON object.", field="(document)")
    version = data.get("format_version")
    if data.get("format") == FORMAT and isinstance(version, int) and version > FORMAT_VERSION:
        raise ValidationError(
            f"This draft uses format version {version}, newer than this notadesk understands "
            f"({FORMAT_VERSION}); update notadesk to read it.",
            field="format_version",
        )
    errors = sorted(_validator().iter_errors(data), key=lambda e: list(e.absolute_path))
    if errors:
        error = _deepest(errors[0])
        where = _path(error.absolute_path)
        raise ValidationError(f"Field {where}: {_describe(error)}.", field=where)
    _check_rules(data["nota"])


def _deepest(error: Any) -> Any:
    # For oneOf failures, the most specific sub-error says most about what is wrong.
    while error.context:
        error = max(error.context, key=lambda e: len(list(e.absolute_path)))
    return error


def _describe(error: Any) -> str:
    message = str(error.message)
    if len(message) > 200:
        message = message[:200] + "…"
    return message


def _check_rules(nota: dict[str, Any]) -> None:
    from notadesk.core.policy.markings import is_known_level
    from notadesk.core.policy.woo import is_woo_ground

    level = nota.get("classification", {}).get("level")
    if level is not None and not is_known_level(level):
        raise ValidationError(
            f"Field nota.classification.level: the level {level!r} is not known on this "
            "workstation.",
            field="nota.classification.level",
        )
    for where, ids in (
        ("findings", nota.get("findings", [])),
        ("commitments", nota.get("commitments", [])),
        ("attachments", nota.get("attachments", [])),
    ):
        seen: set[str] = set()
        for i, item in enumerate(ids):
            if item["id"] in seen:
                raise ValidationError(
                    f"Field nota.{where}[{i}].id: the id {item['id']!r} is used twice.",
                    field=f"nota.{where}[{i}].id",
                )
            seen.add(item["id"])
    for where, code in _woo_codes(nota):
        if not is_woo_ground(code):
            raise ValidationError(f"Field {where}: {code!r} is not a Woo ground.", field=where)
    for s, section in enumerate(nota.get("sections", [])):
        _check_depth(section, f"nota.sections[{s}]")


def _woo_codes(nota: dict[str, Any]) -> Iterator[tuple[str, str]]:
    for i, e in enumerate(nota.get("drafted_by", [])):
        if e.get("woo_ground"):
            yield f"nota.drafted_by[{i}].woo_ground", e["woo_ground"]
    for role, entries in nota.get("routing", {}).items():
        for i, e in enumerate(entries):
            if e.get("woo_ground"):
                yield f"nota.routing.{role}[{i}].woo_ground", e["woo_ground"]
    yield from _run_codes(nota.get("sections", []), "nota.sections")


def _run_codes(node: Any, where: str) -> Iterator[tuple[str, str]]:
    if isinstance(node, list):
        for i, child in enumerate(node):
            yield from _run_codes(child, f"{where}[{i}]")
    elif isinstance(node, dict):
        if node.get("redact"):
            yield f"{where}.redact", node["redact"]
        for key in ("runs", "blocks", "items", "children", "subsections"):
            if key in node:
                yield from _run_codes(node[key], f"{where}.{key}")


def _check_depth(section: dict[str, Any], where: str) -> None:
    def walk(entries: list[dict[str, Any]], depth: int, at: str) -> None:
        for i, entry in enumerate(entries):
            children = entry.get("children") or []
            if children and depth >= MAX_LIST_DEPTH:
                raise ValidationError(
                    f"Field {at}[{i}].children: bullets nest at most {MAX_LIST_DEPTH} deep.",
                    field=f"{at}[{i}].children",
                )
            walk(children, depth + 1, f"{at}[{i}].children")

    for b, block in enumerate(section.get("blocks", [])):
        if block.get("kind") == "list":
            walk(block.get("items", []), 1, f"{where}.blocks[{b}].items")
    for s, sub in enumerate(section.get("subsections", [])):
        _check_depth(sub, f"{where}.subsections[{s}]")
