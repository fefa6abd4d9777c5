"""Validate draft documents against the JSON Schema and the rules a schema cannot say."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache
from typing import Any

from notadesk.core.model.limits import check_form, one_line
from notadesk.core.model.nota import MAX_CELL_CHARACTERS, MAX_LIST_DEPTH
from notadesk.errors import ValidationError
from notadesk.resources import load_json

FORMAT = "notadesk-draft"
FORMAT_VERSION = 2
"""Version 2 added tables, numbered lists and line breaks in runs (see docs/format.md)."""


@cache
def _validator() -> Any:
    import jsonschema  # imported lazily: start-up time matters for the CLI

    schema = load_json("schemas", "draft.schema.json")
    return jsonschema.Draft202012Validator(schema)


def _path(parts: Iterable[Any]) -> str:
    out = ""
    for part in parts:
        part = part if isinstance(part, int) else one_line(str(part))
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out or "(document)"


def validate_document(data: Any) -> None:
    """Check a draft document; raise with the offending field named.

    Raises:
        ValidationError: the document breaks the schema or a rule; ``field`` names where.
    """
    if not isinstance(data, dict):
        raise ValidationError("The document must be a JSON object.", field="(document)")
    check_form(data)  # depths, control characters, dates: before the (recursive) schema
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


def upgrade_document(data: dict[str, Any]) -> dict[str, Any]:
    """Return a valid draft document of an older format version as the current version.

    Version 2 only added optional fields (tables, numbered lists), so a version-1 document is
    already a version-2 document: only its header changes. The content, and so its hash,
    stays exactly as it was.
    """
    version = data.get("format_version")
    if isinstance(version, int) and version < FORMAT_VERSION:
        return {**data, "format_version": FORMAT_VERSION}
    return data


def _deepest(error: Any) -> Any:
    # For oneOf failures, the most specific sub-error says most about what is wrong; a branch
    # for another kind of block (its "kind" does not match) says nothing about this one.
    while error.context:
        matching = [e for e in error.context if not _wrong_kind(e)]
        error = max(matching or error.context, key=lambda e: len(list(e.absolute_path)))
    return error


def _wrong_kind(error: Any) -> bool:
    path = list(error.absolute_path)
    return bool(path) and path[-1] == "kind" and error.validator in ("const", "enum")


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
        _check_tables(section, f"nota.sections[{s}]")


WALKED_KEYS = ("runs", "blocks", "items", "children", "subsections", "rows", "cells", "paragraphs")
"""The keys under which a section's tree of blocks, entries, table cells and runs nests."""


def table_problem(table: dict[str, Any]) -> tuple[str, str] | None:
    """Return where and what is wrong with a schema-valid table dict, or None.

    The schema limits rows, cells per row and paragraphs per cell; the rules here are those it
    cannot say: every row as wide as the first, no more header rows than rows, one width per
    column, and at most :data:`MAX_CELL_CHARACTERS` characters in a cell.
    """
    rows = table.get("rows", [])
    columns = len(rows[0]["cells"]) if rows else 0
    for r, row in enumerate(rows):
        if len(row["cells"]) != columns:
            return (
                f".rows[{r}].cells",
                f"every row of a table has the same number of cells ({columns} in the first "
                f"row, {len(row['cells'])} here)",
            )
        for c, cell in enumerate(row["cells"]):
            size = sum(
                len(run.get("text", "")) for p in cell["paragraphs"] for run in p.get("runs", [])
            )
            if size > MAX_CELL_CHARACTERS:
                return (
                    f".rows[{r}].cells[{c}]",
                    f"a table cell holds at most {MAX_CELL_CHARACTERS} characters ({size} here)",
                )
    if table.get("header_rows", 1) > len(rows):
        return (
            ".header_rows",
            f"a table of {len(rows)} rows cannot have {table['header_rows']} header rows",
        )
    widths = table.get("widths", [])
    if widths and len(widths) != columns:
        return (
            ".widths",
            f"a table of {columns} columns needs {columns} widths, not {len(widths)}",
        )
    return None


def _check_tables(section: dict[str, Any], where: str) -> None:
    for b, block in enumerate(section.get("blocks", [])):
        if block.get("kind") == "table":
            problem = table_problem(block)
            if problem is not None:
                at, sentence = problem
                field = f"{where}.blocks[{b}]{at}"
                raise ValidationError(f"Field {field}: {sentence}.", field=field)
    for s, sub in enumerate(section.get("subsections", [])):
        _check_tables(sub, f"{where}.subsections[{s}]")


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
        for key in WALKED_KEYS:
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
