"""Hypothesis strategies that damage a valid package, and the check every damaged one must pass.

Shared by the suite (test_fuzz.py) and the long run (benchmarks/fuzz_packages.py).
"""

from __future__ import annotations

import hashlib
import io
import json
import warnings
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

from notadesk.core.interchange import import_package
from notadesk.core.interchange.reports import OUTCOMES
from notadesk.core.storage.store import DraftStore
from notadesk.errors import PackageError

NAMES = [
    "../x",
    "/abs",
    "C:/x",
    "a\\b",
    "drafts/../manifest.json",
    "manifest.json",
    "drafts/",
    "blobs/",
    "drafts/x.json",
    "blobs/" + "a" * 64,
    "drafts/00000000-0000-4000-8000-000000000000.json",
    "MANIFEST.JSON",
    "drafts/\u00e9.json",
]


def zip_bytes(items: list[tuple[str, bytes]], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    """Return a zip holding the items in order (duplicate names allowed)."""
    buf = io.BytesIO()
    with warnings.catch_warnings(), zipfile.ZipFile(buf, "w", compression=method) as z:
        warnings.simplefilter("ignore")
        for name, data in items:
            z.writestr(name, data)
    return buf.getvalue()


def entries_of(data: bytes) -> list[tuple[str, bytes]]:
    """Return the entries of a (valid) zip in order."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return [(i.filename, z.read(i)) for i in z.infolist()]


def reseal(items: list[tuple[str, bytes]]) -> list[tuple[str, bytes]]:
    """Recompute the manifest's hashes and sizes and strip the signature, as a forger would
    (the package then reads as unsigned)."""
    out = []
    items = [(n, d) for n, d in items if n != "signature.json"]
    for name, data in items:
        if name == "manifest.json":
            try:
                manifest = json.loads(data)
                manifest["entries"] = [
                    {"path": n, "sha256": hashlib.sha256(d).hexdigest(), "size": len(d)}
                    for n, d in items
                    if n != "manifest.json"
                ]
                if isinstance(manifest, dict):
                    manifest.pop("signer", None)
                data = json.dumps(manifest).encode()
            except (ValueError, TypeError, KeyError):
                pass
        out.append((name, data))
    return out


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(value, dict):
        for k, v in value.items():
            found += _paths(v, (*prefix, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            found += _paths(v, (*prefix, i))
    return found


def _replace(doc: Any, path: tuple[Any, ...], new: Any, delete: bool) -> Any:
    if not path:
        return new
    parent = doc
    for key in path[:-1]:
        parent = parent[key]
    if delete:
        del parent[path[-1]]
    else:
        parent[path[-1]] = new
    return doc


JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**70), 2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=30)
    | st.sampled_from(["nl.stg-geheim", "xx.level", "5.1.2e", "2026-13-45", "ter-beslissing"]),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=6,
)


def byte_damage(base: bytes) -> st.SearchStrategy[bytes]:
    """Flip bits, truncate, overwrite, insert or delete bytes anywhere in the file."""
    n = len(base)
    pos = st.integers(0, n - 1)

    def flips(ps: list[tuple[int, int]]) -> bytes:
        b = bytearray(base)
        for p, bit in ps:
            b[p] ^= 1 << bit
        return bytes(b)

    return st.one_of(
        st.lists(st.tuples(pos, st.integers(0, 7)), min_size=1, max_size=8).map(flips),
        pos.map(lambda p: base[:p]),
        st.tuples(pos, st.binary(min_size=1, max_size=64)).map(
            lambda t: base[: t[0]] + t[1] + base[t[0] + len(t[1]) :]
        ),
        st.tuples(pos, st.binary(min_size=1, max_size=64)).map(
            lambda t: base[: t[0]] + t[1] + base[t[0] :]
        ),
        st.tuples(pos, st.integers(1, 256)).map(lambda t: base[: t[0]] + base[t[0] + t[1] :]),
    )


def zip_damage(base: bytes) -> st.SearchStrategy[bytes]:
    """Re-zip the entries after dropping, duplicating, reordering, renaming or editing some."""
    items = entries_of(base)
    index = st.integers(0, len(items) - 1)

    def drop(i: int) -> list[tuple[str, bytes]]:
        return items[:i] + items[i + 1 :]

    def rename(t: tuple[int, str]) -> list[tuple[str, bytes]]:
        out = list(items)
        out[t[0]] = (t[1], out[t[0]][1])
        return out

    def edit_bytes(t: tuple[int, int, bytes]) -> list[tuple[str, bytes]]:
        name, data = items[t[0]]
        p = t[1] % max(len(data), 1)
        out = list(items)
        out[t[0]] = (name, data[:p] + t[2] + data[p + len(t[2]) :])
        return out

    variants = st.one_of(
        index.map(drop),
        index.map(lambda i: [*items, items[i]]),
        st.permutations(range(len(items))).map(lambda order: [items[i] for i in order]),
        st.tuples(
            index,
            st.sampled_from(NAMES)
            | st.text(
                st.characters(codec="utf-8", exclude_characters="\x00"), min_size=1, max_size=20
            ),
        ).map(rename),
        st.tuples(index, st.integers(0, 10**6), st.binary(min_size=1, max_size=16)).map(edit_bytes),
        st.tuples(index, st.sampled_from(NAMES), st.binary(max_size=64)).map(
            lambda t: [*items, (t[1], t[2])]
        ),
    )
    return st.tuples(variants, st.booleans(), st.sampled_from([0, 8])).map(
        lambda t: zip_bytes(reseal(t[0]) if t[1] else t[0], t[2])
    )


def json_damage(base: bytes) -> st.SearchStrategy[bytes]:
    """Change, delete or retype one value anywhere in the manifest or a draft, then reseal."""
    items = entries_of(base)
    json_items = [(i, json.loads(d)) for i, (n, d) in enumerate(items) if n.endswith(".json")]

    @st.composite
    def build(draw: Callable[..., Any]) -> bytes:
        i, doc = draw(st.sampled_from(json_items))
        doc = json.loads(json.dumps(doc))
        path = draw(st.sampled_from(_paths(doc)))
        delete = bool(path) and isinstance(path[-1], str) and draw(st.booleans())
        doc = _replace(doc, path, draw(JSON_VALUES), delete)
        out = list(items)
        out[i] = (items[i][0], json.dumps(doc, ensure_ascii=False).encode())
        return zip_bytes(reseal(out) if draw(st.booleans()) else out)

    return build()


def damaged(base: bytes) -> st.SearchStrategy[bytes]:
    """Every kind of damage."""
    return st.one_of(byte_damage(base), zip_damage(base), json_damage(base))


def check_case(
    store: DraftStore, data: bytes, path: Path, dump: Callable[[DraftStore], Any]
) -> str:
    """Import damaged bytes: either refused with the database unchanged, or a whole import.

    Returns "refused" or "imported"; any other exception or a partial change fails.
    """
    path.write_bytes(data)
    before = dump(store)
    try:
        report = import_package(store, path)
    except PackageError as exc:
        message = str(exc)
        assert message and "\n" not in message and "Traceback" not in message
        assert dump(store) == before, "the database changed after a refusal"
        return "refused"
    assert all(d.outcome in OUTCOMES for d in report.drafts)
    for d in report.drafts:  # whole: every draft the package holds is here with its head
        if d.outcome in ("new", "fast-forward", "conflict copy"):
            target = d.conflict_copy_id or d.id
            assert store.get(target).revision >= d.revisions_added
    return "imported"


# --- hostile shapes a careful forger makes (issue 16): valid hashes, every rule tested --------


def _canonical(nota: dict[str, Any]) -> bytes:
    text = json.dumps(nota, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return text.encode("utf-8", "surrogatepass")


def _nested_sections(depth: int) -> list[dict[str, Any]]:
    top: dict[str, Any] = {"title": "d", "blocks": [], "subsections": []}
    node = top
    for _ in range(depth - 1):
        child: dict[str, Any] = {"title": "d", "blocks": [], "subsections": []}
        node["subsections"] = [child]
        node = child
    return [top]


def _nested_bullets(depth: int) -> list[dict[str, Any]]:
    item: dict[str, Any] = {"kind": "item", "runs": [{"text": "b"}], "children": []}
    for _ in range(depth - 1):
        item = {"kind": "item", "runs": [{"text": "b"}], "children": [item]}
    return [{"title": "S", "blocks": [{"kind": "list", "items": [item]}], "subsections": []}]


def _nested_json(depth: int) -> Any:
    value: Any = "x"
    for _ in range(depth):
        value = [value]
    return value


CONTROL = st.sampled_from(
    ["\x00", "\x1b[2J", "\x1b]0;t\x07", "\r", "\n", "\t", "\x7f", "\x9b", "\ud800", "\udfff"]
)
SINGLE_LINE = st.sampled_from(
    [("subject",), ("reference",), ("routing", "to", 0, "name"), ("classification", "set_by")]
)


def _nota_change(draw: Callable[..., Any]) -> Callable[[dict[str, Any]], None]:
    """Draw one hostile change to a nota dict: depth, size, control characters, dates."""
    kind = draw(
        st.sampled_from(
            ["sections", "bullets", "json", "huge-run", "many-runs", "line", "text", "date"]
        )
    )
    if kind == "sections":
        depth = draw(st.integers(5, 400))
        return lambda n: n.update(sections=_nested_sections(depth))
    if kind == "bullets":
        depth = draw(st.integers(2, 400))
        return lambda n: n.update(sections=_nested_bullets(depth))
    if kind == "json":
        depth = draw(st.integers(30, 900))
        return lambda n: n.update(finding_groups=[_nested_json(depth)])
    if kind == "huge-run":
        size = draw(st.integers(10_000, 300_000))
        text = ("woord " * (size // 6 + 1))[:size]
        return lambda n: n.update(
            sections=[{"title": "T", "blocks": [{"kind": "paragraph", "runs": [{"text": text}]}]}]
        )
    if kind == "many-runs":
        count = draw(st.integers(1_000, 20_000))
        runs = [{"text": f"w{i} ", "bold": i % 2 == 0} for i in range(count)]
        return lambda n: n.update(
            sections=[{"title": "T", "blocks": [{"kind": "paragraph", "runs": runs}]}]
        )
    if kind in ("line", "text"):
        char = draw(CONTROL)
        if kind == "line":
            path = draw(SINGLE_LINE)

            def put(n: dict[str, Any]) -> None:
                _replace(n, path, f"a{char}b", delete=False)

            return put
        return lambda n: n.update(
            sections=[
                {"title": "T", "blocks": [{"kind": "paragraph", "runs": [{"text": f"a{char}"}]}]}
            ]
        )
    value = draw(st.sampled_from(["2024-13-45", "0000-00-00", "2023-02-29", "2024-02-29"]))
    return lambda n: n.update(date=value)


def hostile_shapes(base: bytes) -> st.SearchStrategy[bytes]:
    """Forged packages with valid hashes: deep nesting, huge runs, control characters, odd
    dates, attachment files no draft refers to, and a revision's uuid reused with new content
    (refused by a target that imported ``base`` before)."""
    items = entries_of(base)
    drafts = [i for i, (n, _d) in enumerate(items) if n.startswith("drafts/")]

    @st.composite
    def build(draw: Callable[..., Any]) -> bytes:
        out = list(items)
        what = draw(st.sampled_from(["content", "stray-blobs", "reused-revision"]))
        if what == "stray-blobs":
            count = draw(st.integers(1, 30))
            for k in range(count):
                data = bytes(draw(st.integers(1, 1024 * 1024 - 1))) + k.to_bytes(2, "big")
                out.append((f"blobs/{hashlib.sha256(data).hexdigest()}", data))
            return zip_bytes(reseal(out))
        i = draw(st.sampled_from(drafts))
        data = json.loads(items[i][1])
        rev = data["revisions"][draw(st.integers(0, len(data["revisions"]) - 1))]
        nota = rev["document"]["nota"]
        if what == "reused-revision":
            nota["subject"] = draw(st.text(st.characters(codec="utf-8"), min_size=1, max_size=40))
        else:
            _nota_change(draw)(nota)
        rev["content_hash"] = hashlib.sha256(_canonical(nota)).hexdigest()
        text = json.dumps(data, ensure_ascii=False)
        out[i] = (items[i][0], text.encode("utf-8", "surrogatepass"))
        return zip_bytes(reseal(out))

    return build()
