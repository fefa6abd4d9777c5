"""The .nota package format: names, versions, limits, and strict checks of its JSON parts.

See docs/format.md, "The .nota package". Everything read from a package is untrusted: every
check here ends in :class:`PackageError` with one sentence, never in another exception.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from notadesk.core.model import jsonform
from notadesk.core.model.limits import one_line
from notadesk.core.model.schema import WALKED_KEYS, table_problem
from notadesk.core.policy.markings import MarkingLevel
from notadesk.errors import PackageError, ValidationError
from notadesk.resources import load_json

PACKAGE_FORMAT = "notadesk-package"
PACKAGE_FORMAT_VERSION = 2
DRAFT_FILE_FORMAT = "notadesk-package-draft"
DRAFT_FILE_FORMAT_VERSION = 2
SUFFIX = ".nota"
MANIFEST = "manifest.json"

UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
DRAFT_ENTRY = re.compile(rf"drafts/({UUID})\.json")
BLOB_ENTRY = re.compile(r"blobs/([0-9a-f]{64})")
DIRECTORY_ENTRIES = frozenset({"drafts/", "blobs/"})


@dataclass(frozen=True)
class Limits:
    """What a package may hold; checked from the zip directory and again while inflating."""

    package_bytes: int = 2 * 1024**3
    entries: int = 50_000
    total_bytes: int = 512 * 1024**2
    manifest_bytes: int = 8 * 1024**2
    draft_bytes: int = 64 * 1024**2
    blob_bytes: int = 128 * 1024**2
    ratio: int = 200
    ratio_floor: int = 1024**2
    """Entries inflating to less than this are not held to :attr:`ratio`."""


LIMITS = Limits()


def upgrade_manifest(manifest: dict[str, Any]) -> dict[str, Any]:
    """Bring a manifest of an older format version to the current one.

    Version 2 only adds optional parts (authors and notes of revisions in the draft files),
    so a version-1 manifest is a valid version-2 manifest as it is.
    """
    return manifest


def upgrade_draft_file(data: dict[str, Any], version: int) -> dict[str, Any]:
    """Bring a draft file of an older package format version to the current one.

    Version 2 adds optional ``author`` and ``note`` to each revision; version-1 revisions
    have neither (nobody was recorded), which version 2 reads as it is.
    """
    return data


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed in JSON")


def load_strict_json(data: bytes, where: str) -> Any:
    """Parse UTF-8 JSON with no duplicate keys and no NaN or Infinity.

    Raises:
        PackageError: the bytes are not such JSON.
    """
    try:
        text = data.decode("utf-8")
        value = json.loads(text, parse_constant=_refuse_constant)
        if jsonform.compact(value) == text:
            return value  # written the way notadesk writes: no key can be there twice
        return json.loads(
            text, object_pairs_hook=jsonform.refuse_duplicate_keys, parse_constant=_refuse_constant
        )
    except UnicodeDecodeError:
        raise PackageError(f"The package entry {where} is not UTF-8 text.") from None
    except RecursionError:
        raise PackageError(f"The package entry {where} nests too deeply.") from None
    except ValueError as exc:
        raise PackageError(f"The package entry {where} is not valid JSON: {exc}.") from None


@cache
def _python_validator(name: str) -> Any:
    import jsonschema

    return jsonschema.Draft202012Validator(load_json("schemas", name))


@cache
def _fast_validator(name: str) -> Any:
    try:
        import jsonschema_rs

        return jsonschema_rs.validator_for(load_json("schemas", name))
    except Exception:  # missing or too old: the slower, pure-Python validator is always there
        return None


def schema_valid(name: str, data: Any) -> bool:
    """Return whether data passes a schema, using the fast validator when it is installed."""
    fast = _fast_validator(name)
    if fast is not None:
        return bool(fast.is_valid(data))
    return bool(_python_validator(name).is_valid(data))


def check_schema(name: str, data: Any, where: str) -> None:
    """Validate JSON data against a schema under resources/schemas.

    Raises:
        PackageError: the data breaks the schema; the message names the field.
    """
    if schema_valid(name, data):
        return
    errors = sorted(_python_validator(name).iter_errors(data), key=lambda e: list(e.path))
    if not errors:  # the two validators disagree: trust the stricter answer
        raise PackageError(f"The package entry {where} does not have the required form.")
    error = errors[0]
    field = ".".join(one_line(str(p)) for p in error.absolute_path) or "(top)"
    message = str(error.message)
    message = message[:160] + "…" if len(message) > 160 else message
    raise PackageError(f"The package entry {where} is not valid at {field}: {message}.")


def check_draft_document(document: Any, where: str, *, characters_checked: bool = False) -> None:
    """Validate one revision's content as a draft document (form, schema and rules).

    ``characters_checked``: the caller scanned the JSON this came from with
    :func:`notadesk.core.model.limits.text_surely_ok`, so only depths are left of the form.

    Raises:
        PackageError: it is not a valid draft document, or names an unknown level.
    """
    from notadesk.core.model import schema
    from notadesk.core.model.limits import check_form

    try:
        if not characters_checked:
            check_form(document)  # depths, control characters, dates: before the schema
        if isinstance(document, dict) and schema_valid("draft.schema.json", document):
            # The schema passed (fast path); the rules no schema can say still apply.
            version = document.get("format_version")
            if isinstance(version, int) and version > schema.FORMAT_VERSION:
                schema.validate_document(document)  # raises with the version message
            if not _rules_pass(document["nota"]):
                check_form(document)  # names a depth beyond the limits
                schema._check_rules(document["nota"])  # raises, naming the field
        else:
            schema.validate_document(document)
    except ValidationError as exc:
        raise PackageError(f"{where} is not a valid draft: {exc}") from None


def _rules_pass(nota: dict[str, Any]) -> bool:
    """Return True when a schema-valid nota surely passes the draft rules.

    The same checks as ``schema._check_rules`` (known level, unique ids, Woo grounds, list
    and section depth) without building a field path for every node: a package holds
    thousands of revisions. When this says False, the full check runs and names the field.
    """
    from notadesk.core.model.limits import MAX_SECTION_DEPTH, looks_like_id
    from notadesk.core.model.nota import MAX_LIST_DEPTH
    from notadesk.core.policy.markings import is_known_level
    from notadesk.core.policy.woo import woo_grounds

    level = nota.get("classification", {}).get("level")
    if level is not None and not is_known_level(level):
        return False
    if looks_like_id(nota.get("reference", "")):
        return False
    for key in ("findings", "commitments", "attachments"):
        ids = [item["id"] for item in nota.get(key, [])]
        if len(set(ids)) != len(ids):
            return False
    grounds = {g.code for g in woo_grounds()}
    entries = list(nota.get("drafted_by", []))
    for role in nota.get("routing", {}).values():
        entries.extend(role)
    if any(e.get("woo_ground") and e["woo_ground"] not in grounds for e in entries):
        return False
    stack: list[Any] = [nota.get("sections", [])]
    while stack:
        node = stack.pop()
        if isinstance(node, list):
            stack.extend(node)
        elif isinstance(node, dict):
            if node.get("redact") and node["redact"] not in grounds:
                return False
            stack.extend(node[k] for k in WALKED_KEYS if k in node)
    sections = nota.get("sections", [])
    return _depth_ok(sections, MAX_LIST_DEPTH, MAX_SECTION_DEPTH) and all(
        _tables_ok(section) for section in sections
    )


def _tables_ok(section: dict[str, Any]) -> bool:
    for block in section.get("blocks", []):
        if block.get("kind") == "table" and table_problem(block) is not None:
            return False
    return all(_tables_ok(sub) for sub in section.get("subsections", []))


def _depth_ok(sections: list[dict[str, Any]], list_limit: int, section_limit: int) -> bool:
    # Without recursion: a hostile document may nest hundreds of levels deep.
    todo: list[tuple[dict[str, Any], int]] = [(section, 1) for section in sections]
    while todo:
        section, level = todo.pop()
        if level > section_limit:
            return False
        entries = [
            (entry, 1)
            for block in section.get("blocks", [])
            if block.get("kind") == "list"
            for entry in block.get("items", [])
        ]
        while entries:
            entry, depth = entries.pop()
            children = entry.get("children") or []
            if children and depth >= list_limit:
                return False
            entries.extend((child, depth + 1) for child in children)
        todo.extend((sub, level + 1) for sub in section.get("subsections", []))
    return True


def level_slug(level: MarkingLevel) -> str:
    """Return how a level shows in a package's file name (``stg-confidentieel``)."""
    short = level.id.split(".", 1)[1] if level.scheme == "nl" else level.id.replace(".", "-")
    return re.sub(r"[^a-z0-9-]+", "-", short.lower()).strip("-")
