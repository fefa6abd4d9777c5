"""Signed packages: who signed, whether that key is trusted here, and forgeries refused."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from notadesk.core.interchange import export_package, import_package, signing, verify_package
from notadesk.core.interchange.trust import (
    add_trusted_key,
    all_trusted,
    export_public_key,
    own_signer,
    remove_trusted_key,
)
from notadesk.core.storage.store import DraftStore
from notadesk.errors import PackageError, PackagePolicyError, PolicyError, TrustError

from .conftest import StoreFactory, dump, read_entries, reseal, rich_draft, write_zip

FORMAT_1 = Path(__file__).resolve().parents[2] / "fixtures" / "packages" / "format-1.nota"
PolicyFile = Callable[..., Path]


@pytest.fixture
def world(stores: StoreFactory, tmp_path: Path):
    """Workstation a exports a Stg. GEHEIM draft; b receives it; c is someone else."""
    a, b, c = stores("a"), stores("b"), stores("c")
    draft = rich_draft(a, level="nl.stg-geheim")
    package = export_package(a, None, tmp_path / "pakket.nota").path
    return a, b, c, draft, package


def _forge(tmp_path: Path, package: Path, *, sign_with: DraftStore | None, keep: bool) -> Path:
    """Change the subject and the marking, recompute every hash: a forger's package.

    ``keep``: leave the original signature in place; ``sign_with``: sign the new manifest
    with that workstation's (untrusted) key; neither: leave it unsigned.
    """
    entries = read_entries(package)
    name = next(n for n in entries if n.startswith("drafts/"))
    data = json.loads(entries[name])
    original_signature = entries["signature.json"]
    original_signer = json.loads(entries["manifest.json"])["signer"]
    for rev in data["revisions"]:
        nota = rev["document"]["nota"]
        nota["subject"] = "Vervalst"
        nota["classification"]["level"] = "nl.ongerubriceerd"
        from notadesk.core.model.codec import nota_from_dict

        rev["content_hash"] = nota_from_dict(nota).content_hash()
    entries[name] = json.dumps(data).encode()
    entries = reseal(entries)  # hashes recomputed, signature stripped
    manifest = json.loads(entries["manifest.json"])
    manifest["highest_classification"] = {"level": "nl.ongerubriceerd", "marking": ""}
    if keep:
        manifest["signer"] = original_signer
    if sign_with is not None:
        signer = own_signer(sign_with)
        manifest["signer"] = {"public_key": signer.public_key, "name": "a"}
    raw = json.dumps(manifest).encode()
    entries["manifest.json"] = raw
    ordered = {"manifest.json": raw}
    if keep:
        ordered["signature.json"] = original_signature
    if sign_with is not None:
        sig = signing.sign(sign_with.data_dir, raw)
        ordered["signature.json"] = signing.signature_entry(sig)
    ordered.update({n: d for n, d in entries.items() if n != "manifest.json"})
    return write_zip(tmp_path / "vervalst.nota", ordered)


def test_the_signer_is_reported_with_the_verdict(world) -> None:
    a, b, _c, _draft, package = world
    own = verify_package(package, store=a).provenance
    assert own.verdict == "trusted" and own.trusted_by == "own"
    theirs = verify_package(package, store=b).provenance
    assert theirs.verdict == "untrusted"
    assert theirs.signer.fingerprint == own_signer(a).fingerprint
    assert "does not trust" in verify_package(package, store=b).lines()[1]
    report = import_package(b, package)  # no policy: imported, and said who signed it
    assert report.provenance.verdict == "untrusted"
    entry = next(e for e in b.audit_log() if e.action == "import")
    assert entry.data["verdict"] == "untrusted"
    assert entry.data["fingerprint"] == own_signer(a).fingerprint


def test_a_trusted_key_makes_the_package_trusted(world, tmp_path: Path) -> None:
    a, b, _c, _draft, package = world
    key_file = export_public_key(a, tmp_path)
    assert key_file.fingerprint == own_signer(a).fingerprint
    (written,) = tmp_path.glob("notadesk-key-*.json")
    assert b"PRIVATE" not in written.read_bytes()
    signer, added = add_trusted_key(b, written)
    assert added and not add_trusted_key(b, written)[1]
    found = verify_package(package, store=b).provenance
    assert (found.verdict, found.trusted_by) == ("trusted", "user")
    assert [e.action for e in b.audit_log() if e.action.startswith("trust")] == ["trust-add"]
    remove_trusted_key(b, signer.fingerprint[:12])
    assert verify_package(package, store=b).provenance.verdict == "untrusted"


def test_the_private_key_is_private(world) -> None:
    a, *_ = world
    key = a.data_dir / "keys" / "signing-ed25519.pem"
    assert key.exists()
    assert (key.stat().st_mode & 0o777) == 0o600
    assert (key.parent.stat().st_mode & 0o777) == 0o700
    signer = own_signer(a)
    assert own_signer(a) == signer  # made once, then kept


@pytest.mark.parametrize(
    ("how", "unsigned_verdict"),
    [
        ({"sign_with": None, "keep": True}, None),  # hashes recomputed, signature kept
        ({"sign_with": "c", "keep": False}, "untrusted"),  # re-signed with another key
        ({"sign_with": None, "keep": False}, "unsigned"),  # signature stripped
    ],
    ids=["signature-kept", "re-signed-untrusted", "stripped"],
)
def test_a_forged_package(world, tmp_path, policy_file: PolicyFile, how, unsigned_verdict):
    a, b, c, _draft, package = world
    signer = own_signer(a)
    policy_file(
        packages_must_be_signed=True,
        trusted_keys=[{"name": "a", "public_key": signer.public_key}],
    )
    assert import_package(b, package).provenance.trusted_by == "policy"  # the real one
    fresh = DraftStore.open(tmp_path / "ws-fresh")
    try:
        forged = _forge(
            tmp_path, package, sign_with=c if how["sign_with"] else None, keep=how["keep"]
        )
        before = dump(fresh)
        if unsigned_verdict is None:  # the signature no longer matches: refused outright
            with pytest.raises(PackageError, match="signature does not match"):
                import_package(fresh, forged)
            assert dump(fresh) == before
            policy_file()  # not even without a policy
            with pytest.raises(PackageError, match="signature does not match"):
                verify_package(forged, store=fresh)
            return
        with pytest.raises(PackagePolicyError, match="accepts only packages signed by a trusted"):
            import_package(fresh, forged)
        assert fresh.list() == []
        assert any(e.action == "refused" for e in fresh.audit_log())
        policy_file()  # without a signing policy: reported as what it is, and imported
        report = verify_package(forged, store=fresh)
        assert report.provenance.verdict == unsigned_verdict
        assert import_package(fresh, forged).provenance.verdict == unsigned_verdict
    finally:
        fresh.close()


@pytest.mark.parametrize("where", [0, 31, 63])
def test_a_bit_flipped_in_the_signature_is_refused(world, tmp_path, where: int) -> None:
    _a, b, _c, _draft, package = world
    entries = read_entries(package)
    value = json.loads(entries["signature.json"])
    raw = bytearray(bytes.fromhex(value["signature"]))
    raw[where] ^= 0x01
    value["signature"] = raw.hex()
    entries["signature.json"] = json.dumps(value, separators=(",", ":")).encode()
    flipped = write_zip(tmp_path / "flipped.nota", entries)
    before = dump(b)
    for attempt in (
        lambda: verify_package(flipped),
        lambda: import_package(b, flipped),
    ):
        with pytest.raises(PackageError, match="signature does not match its contents"):
            attempt()
    assert dump(b) == before


def test_a_missing_or_stray_signature_is_refused(world, tmp_path) -> None:
    *_, package = world
    entries = read_entries(package)
    del entries["signature.json"]
    with pytest.raises(PackageError, match="holds no signature"):
        verify_package(write_zip(tmp_path / "zonder.nota", entries))
    stray = reseal(read_entries(package))
    stray["signature.json"] = read_entries(package)["signature.json"]
    with pytest.raises(PackageError, match="names no signer"):
        verify_package(write_zip(tmp_path / "los.nota", stray))


def test_format_1_imports_where_policy_allows(tmp_path, policy_file: PolicyFile) -> None:
    copy = tmp_path / FORMAT_1.name
    shutil.copy(FORMAT_1, copy)
    with DraftStore.open(tmp_path / "ws") as store:
        policy_file(packages_must_be_signed=True)
        with pytest.raises(PackagePolicyError, match="is not signed"):
            import_package(store, copy)
        assert store.list() == []
        policy_file(packages_must_be_signed=False, ceiling="nl.stg-geheim")
        report = import_package(store, copy)
        assert report.provenance.verdict == "unsigned"
        assert len(store.list()) == 2


def test_users_may_not_trust_keys_where_the_policy_says_so(
    world, tmp_path, policy_file: PolicyFile
) -> None:
    a, b, *_ = world
    export_public_key(a, tmp_path)
    (written,) = tmp_path.glob("notadesk-key-*.json")
    add_trusted_key(b, written)
    policy_file(users_may_trust_keys=False)
    with pytest.raises(PolicyError, match="only the administrator"):
        add_trusted_key(b, written)
    # and the user's list no longer counts
    assert [k.source for k in all_trusted(b)] == ["own"]


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"not json",
        b'{"format": "notadesk-public-key"}',
        b"x" * 10_000,
    ],
)
def test_bad_public_key_files_are_refused(world, tmp_path, content: bytes) -> None:
    _a, b, *_ = world
    path = tmp_path / "key.json"
    path.write_bytes(content)
    with pytest.raises(TrustError):
        add_trusted_key(b, path)


def test_a_changed_public_key_file_is_refused(world, tmp_path) -> None:
    a, b, *_ = world
    export_public_key(a, tmp_path)
    (written,) = tmp_path.glob("notadesk-key-*.json")
    value = json.loads(written.read_text())
    value["public_key"] = "00" * 32
    written.write_text(json.dumps(value))
    with pytest.raises(TrustError, match="fingerprint does not match"):
        add_trusted_key(b, written)


def test_a_damaged_signing_key_is_one_sentence(tmp_path) -> None:
    folder = tmp_path / "ws"
    signing.own_signer(folder, "")
    (folder / "keys" / "signing-ed25519.pem").write_bytes(b"-----BEGIN PRIVATE KEY-----\nxx")
    signing._loaded.clear()
    with pytest.raises(TrustError, match="is damaged"):
        signing.own_signer(folder, "")
