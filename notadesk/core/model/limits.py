"""The form of a draft document that every way in checks first: depths, text, dates, numbers.

These checks run on the raw JSON value before the JSON Schema (whose validator recurses and
would stop with a RecursionError on a deeply nested document) and before any code reads the
content. They walk the value without recursion, so no input can exhaust the stack:

- the JSON nests at most :data:`MAX_JSON_DEPTH` levels; sections nest at most
  :data:`MAX_SECTION_DEPTH` deep, bullets at most :data:`MAX_LIST_DEPTH` deep;
- no string holds a lone surrogate (``\\ud800``: not text in any encoding);
- single-line fields (subject, reference, names, titles…) hold no control character at all;
  multi-line text (a run's text, a finding's text or comment, a commitment's text) holds no
  control character but a line break (and a tab, printed as a space);
- dates are real calendar dates (``2024-13-45`` and ``0000-00-00`` are not); numbers are
  finite.

The limits are documented in ``docs/format.md``.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from typing import Any, BinaryIO

from notadesk.core.model.nota import MAX_LIST_DEPTH
from notadesk.errors import ValidationError

MAX_JSON_DEPTH = 48
"""How many levels of JSON objects and arrays a draft document may nest."""
MAX_SECTION_DEPTH = 6
"""How deep sections nest (a top-level section is depth 1)."""
MAX_DOCUMENT_BYTES = 64 * 1024**2
"""The largest draft document file read (``new --from-json``)."""

MULTILINE_KEYS = frozenset({"text", "comment"})
"""Keys of multi-line text; ``deadlines.due.text`` is the one single-line ``text``."""
DATE_KEYS = frozenset({"date", "until", "due", "parliament", "received"})
TIMESTAMP_KEYS = frozenset({"created", "updated"})

_SINGLE_LINE_BAD = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
_MULTILINE_BAD = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")

_LINE_CONTROLS = {c: f"\\u{c:04x}" for c in (*range(0x20), *range(0x7F, 0xA0))}


def one_line(text: str) -> str:
    """Return a value as one printable line: every control character (line breaks too) as a
    visible ``\\uXXXX`` escape, so a stored value can never fake a line or steer a terminal."""
    return text.translate(_LINE_CONTROLS)


def read_document_bytes(stream: BinaryIO, limit: int = MAX_DOCUMENT_BYTES) -> bytes:
    """Read a draft document from a file or pipe, at most ``limit`` bytes (never until memory
    runs out: ``/dev/zero`` is refused after ``limit`` bytes).

    Raises:
        ValidationError: there is more than ``limit`` bytes.
    """
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise ValidationError(
            f"The draft document is larger than {limit // 1024**2} MB; this is not a draft "
            "document notadesk wrote.",
            field="(document)",
        )
    return data


# For text_surely_ok: in JSON text a C0 control character must be escaped (\u001b, \n, \r…);
# DEL and C1 controls may be escaped or raw; a surrogate can only be escaped.
_BAD_ESCAPE = re.compile(
    rb"\\(?:u00[01][0-9a-fA-F]|u007[fF]|u00[89][0-9a-fA-F]|u[dD][89a-fA-F]|[bfnrt])"
)
_RAW_C1 = re.compile(rb"\xc2[\x80-\x9f]")  # C1 controls in UTF-8


def text_surely_ok(text: bytes) -> bool:
    """Return True when every string in this UTF-8 JSON surely passes the character checks of
    :func:`check_form` (a fast test over the bytes, for packages of thousands of documents).

    False means "check each document properly", not that something is wrong (a line break,
    allowed in some fields only, is enough to say False). Depths and dates are not covered.
    """
    return not (b"\x7f" in text or _BAD_ESCAPE.search(text) or _RAW_C1.search(text))


def _is_date(value: str) -> bool:
    return bool(_DATE.fullmatch(value)) and _valid_date(value)


# A node on the walk: (value, parent node, key or index, key of the nearest object member,
# JSON depth, section depth, bullet depth).
_Node = tuple[Any, Any, "str | int | None", "str | None", int, int, int]


def check_form(document: Any, *, root: str = "") -> None:
    """Check the form of a JSON value (a draft document, or a nota with ``root="nota"``).

    Raises:
        ValidationError: the first problem found, with the field named.
    """
    stack: list[_Node] = [(document, None, None, None, 0, 0, 0)]
    while stack:
        node = stack.pop()
        value, _parent, _key, member, depth, sections, bullets = node
        if isinstance(value, str):
            _check_string(value, member, node, root)
        elif isinstance(value, dict):
            if depth >= MAX_JSON_DEPTH:
                _fail(node, root, f"the document nests more than {MAX_JSON_DEPTH} levels deep")
            for key, child in value.items():
                if not isinstance(key, str) or _SURROGATE.search(key):
                    _fail(node, root, "a field name is not text")
                stack.append((child, node, key, key, depth + 1, sections, bullets))
        elif isinstance(value, list):
            if depth >= MAX_JSON_DEPTH:
                _fail(node, root, f"the document nests more than {MAX_JSON_DEPTH} levels deep")
            if member == "subsections" or (member == "sections" and depth <= 2):
                sections += 1
                if sections > MAX_SECTION_DEPTH and value:
                    _fail(node, root, f"sections nest at most {MAX_SECTION_DEPTH} deep")
            elif member in ("items", "children"):
                bullets = bullets + 1 if member == "children" else 1
                if bullets > MAX_LIST_DEPTH and value:
                    _fail(node, root, f"bullets nest at most {MAX_LIST_DEPTH} deep")
            for index, child in enumerate(value):
                stack.append((child, node, index, member, depth + 1, sections, bullets))
        elif isinstance(value, float) and not math.isfinite(value):
            _fail(node, root, "a number must be finite")


def _check_string(value: str, member: str | None, node: _Node, root: str) -> None:
    multiline = member in MULTILINE_KEYS and not _under(node, "due")
    bad = (_MULTILINE_BAD if multiline else _SINGLE_LINE_BAD).search(value)
    if bad is not None:
        char = bad.group()
        if "\ud800" <= char <= "\udfff":
            _fail(node, root, f"it holds a lone surrogate (\\u{ord(char):04x}), which is not text")
        what = "a control character" if multiline else "a control character or line break"
        _fail(
            node,
            root,
            f"it holds {what} (\\u{ord(char):04x}); "
            + ("only line breaks are allowed here" if multiline else "it is a single line"),
        )
    if member == "reference" and looks_like_id(value):
        _fail(
            node,
            root,
            f"{value!r} could be taken for a draft's id; a reference holds more than hex "
            "digits and hyphens",
        )
    if member in DATE_KEYS and isinstance(node[2], str):
        if not _is_date(value):
            _fail(node, root, f"{value!r} is not a date (YYYY-MM-DD, a real calendar day)")
    elif member in TIMESTAMP_KEYS and isinstance(node[2], str) and not _valid_timestamp(value):
        _fail(node, root, f"{value!r} is not a date and time (ISO 8601)")


_ID_LIKE = re.compile(r"[0-9a-fA-F-]{4,}")


def looks_like_id(reference: str) -> bool:
    """Return whether a reference could be read as a draft id or id prefix (refused)."""
    return bool(_ID_LIKE.fullmatch(reference.strip()))


def _valid_date(value: str) -> bool:
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _valid_timestamp(value: str) -> bool:
    try:
        dt.datetime.fromisoformat(value)
    except ValueError:
        return False
    return True


def _under(node: _Node, key: str) -> bool:
    parent = node[1]
    return parent is not None and parent[3] == key


def _path(node: _Node, root: str) -> str:
    parts: list[str | int] = []
    while node is not None and node[1] is not None:
        parts.append(node[2])  # type: ignore[arg-type]
        node = node[1]
    out = root
    for part in reversed(parts):
        if isinstance(part, str):
            part = one_line(part)  # a field name is data too: never a line break in a sentence
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out or "(document)"


def _fail(node: _Node, root: str, reason: str) -> None:
    where = _path(node, root)
    raise ValidationError(f"Field {where}: {reason}.", field=where)
