"""The draft document: the nota's content in the envelope that gives it identity.

One form serves ``show --json``, ``new --from-json`` and the ``.nota`` packages.
"""

from __future__ import annotations

import json
from typing import Any

from notadesk.core.model import jsonform
from notadesk.core.model.codec import nota_from_dict, nota_to_dict
from notadesk.core.model.nota import Nota
from notadesk.core.model.schema import FORMAT, FORMAT_VERSION, upgrade_document, validate_document
from notadesk.errors import ValidationError


def envelope(nota: Nota, **meta: Any) -> dict[str, Any]:
    """Return a draft document: format header, the given identity fields, and the content."""
    doc: dict[str, Any] = {"format": FORMAT, "format_version": FORMAT_VERSION}
    doc.update({k: v for k, v in meta.items() if v is not None})
    doc["nota"] = nota_to_dict(nota)
    return doc


def parse_document(data: Any) -> tuple[dict[str, Any], Nota]:
    """Validate a draft document; return its identity fields and its nota.

    Raises:
        ValidationError: the document is not a valid draft document (the field is named).
    """
    validate_document(data)
    data = upgrade_document(data)
    meta = {k: v for k, v in data.items() if k not in ("format", "format_version", "nota")}
    return meta, nota_from_dict(data["nota"])


def parse_document_text(text: str | bytes) -> tuple[dict[str, Any], Nota]:
    """Parse JSON text holding a draft document.

    Raises:
        ValidationError: the text is not JSON or not a valid draft document.
    """
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as exc:
        line = getattr(exc, "lineno", None)
        where = f" (line {line})" if line else ""
        raise ValidationError(
            f"The file is not valid JSON{where}: {getattr(exc, 'msg', exc)}.", field="(document)"
        ) from None
    return parse_document(data)


def content_json(nota: Nota) -> str:
    """Return the content JSON stored in a revision."""
    return jsonform.compact(nota_to_dict(nota))


def content_from_json(text: str) -> Nota:
    """Return the nota stored in a revision (written by this program, so trusted)."""
    return nota_from_dict(json.loads(text))
