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
