"""Property-based, signed packages under a signing policy: no forgery imports, nothing crashes,
nothing imports partly, and a refusal changes nothing but one 'refused' audit entry."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from notadesk.core.interchange import export_package, signing
from notadesk.core.interchange.trust import own_signer
from notadesk.core.storage.store import DraftStore

from .conftest import dump, rich_draft
from .strategies import JSON_VALUES, _paths, _replace, check_case, entries_of, zip_bytes
from .test_fuzz import FUZZ


def _resign(items: list[tuple[str, bytes]], forger: Path) -> list[tuple[str, bytes]]:
    """Recompute every hash and sign the new manifest with the forger's own key."""
    import hashlib

    body = [(n, d) for n, d in items if n not in ("manifest.json", "signature.json")]
    manifest = json.loads(dict(items)["manifest.json"])
    manifest["entries"] = [
        {"path": n, "sha256": hashlib.sha256(d).hexdigest(), "size": len(d)} for n, d in body
    ]
    key = signing.own_signer(forger, "")
    manifest["signer"] = {"public_key": key.public_key, "name": manifest["signer"]["name"]}
    raw = json.dumps(manifest).encode()
    sig = signing.signature_entry(signing.sign(forger, raw))
    return [("manifest.json", raw), ("signature.json", sig), *body]


def signed_damage(base: bytes, forger: Path) -> st.SearchStrategy[bytes]:
    """Forgeries of a signed package: content changed and re-signed with another key; the
    signature's hex or JSON edited; the signer's key swapped with the signature kept."""
    items = entries_of(base)
    json_items = [(i, json.loads(d)) for i, (n, d) in enumerate(items) if n.endswith(".json")]

    @st.composite
    def build(draw: Callable[..., Any]) -> bytes:
        how = draw(st.sampled_from(["resign", "signature", "swap"]))
        out = list(items)
        if how == "resign":
            i, doc = draw(st.sampled_from([j for j in json_items if j[1] is not None]))
            doc = json.loads(json.dumps(doc))
            path = draw(st.sampled_from(_paths(doc)))
            delete = bool(path) and isinstance(path[-1], str) and draw(st.booleans())
            doc = _replace(doc, path, draw(JSON_VALUES), delete)
            out[i] = (items[i][0], json.dumps(doc, ensure_ascii=False).encode())
            if items[i][0] in ("manifest.json", "signature.json"):
                return zip_bytes(out)
            return zip_bytes(_resign(out, forger))
        if how == "signature":
            index = next(k for k, (n, _) in enumerate(items) if n == "signature.json")
            raw = bytearray(items[index][1])
            at = draw(st.integers(0, len(raw) - 1))
            raw[at] = draw(st.integers(0, 255).filter(lambda b, old=raw[at]: b != old))
            out[index] = ("signature.json", bytes(raw))
            return zip_bytes(out)
        index = 0
        manifest = json.loads(items[index][1])
        manifest["signer"]["public_key"] = signing.own_signer(forger, "").public_key
        out[index] = ("manifest.json", json.dumps(manifest).encode())
        return zip_bytes(out)

    return build()


@pytest.fixture(scope="module")
def signed_world(tmp_path_factory: pytest.TempPathFactory):
    """A signed package from a, a policy trusting only a's key, and a forger's key folder."""
    root = tmp_path_factory.mktemp("fuzz-signed")
    a = DraftStore.open(root / "a")
    rich_draft(a, level="nl.dep-vertrouwelijk", revisions=3)
    base = export_package(a, None, root / "base.nota").path.read_bytes()
    key = own_signer(a).public_key
    a.close()
    policy = root / "policy.json"
    policy.write_text(
        json.dumps(
            {
                "format": "notadesk-policy",
                "format_version": 1,
                "packages_must_be_signed": True,
                "trusted_keys": [{"name": "a", "public_key": key}],
            }
        )
    )
    b = DraftStore.open(root / "b")
    rich_draft(b)
    yield base, b, root / "case.nota", root / "forger", policy
    b.close()


def _without_refusals(store: DraftStore) -> dict[str, list[Any]]:
    """Every row of every table, minus the audit log's 'refused' entries (a policy refusal
    is written down; nothing else may change)."""
    rows = dump(store)
    rows["audit_log"] = [r for r in rows["audit_log"] if "refused" not in r]
    return rows


def test_forged_signed_packages_never_import(signed_world, monkeypatch):
    base, store, path, forger, policy = signed_world
    monkeypatch.setenv("NOTADESK_POLICY", str(policy))
    outcomes: list[str] = []

    @settings(FUZZ, max_examples=600)
    @given(data=signed_damage(base, forger))
    def run(data: bytes) -> None:
        outcomes.append(check_case(store, data, path, _without_refusals))

    run()
    assert outcomes and set(outcomes) == {"refused"}
    assert check_case(store, base, path, _without_refusals) == "imported"  # the real one
