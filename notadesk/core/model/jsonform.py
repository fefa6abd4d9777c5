"""The two JSON forms notadesk writes, in one place.

- :func:`compact` is how documents are stored and carried: keys in the order the codec made
  them, no spaces, UTF-8 as is. Revisions, package entries and manifests are written this way.
- :func:`canonical` is what is hashed: the same with keys sorted. A content hash is the
  SHA-256 of a nota's canonical form (:func:`content_hash`).

Both leave out the cycle check: every value written here was just made from data, or parsed
from JSON, and so holds no cycles.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any


def refuse_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """Return an object's pairs as a dict (``json.loads``'s ``object_pairs_hook``).

    Raises:
        ValueError: a key appears twice (readers disagree on which one counts).
    """
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise ValueError(f"the key {key!r} appears twice in one object")
        out[key] = value
    return out


def compact(value: Any) -> str:
    """Return the stored form: insertion order, no spaces, non-ASCII kept."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), check_circular=False)


def compact_bytes(value: Any) -> bytes:
    """Return :func:`compact` as UTF-8 bytes (package entries)."""
    return compact(value).encode("utf-8")


def canonical(value: Any) -> str:
    """Return the hashed form: :func:`compact` with keys sorted."""
    return json.dumps(
        value, sort_keys=True, ensure_ascii=False, separators=(",", ":"), check_circular=False
    )


def content_hash(value: Any) -> str:
    """Return the SHA-256 (hex) of the canonical form of a content dict."""
    return hashlib.sha256(canonical(value).encode("utf-8")).hexdigest()
