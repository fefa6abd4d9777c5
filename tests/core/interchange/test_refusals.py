"""Every reason a package is refused: one sentence, and the database exactly as it was."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import struct
import zipfile
from pathlib import Path

import pytest

from notadesk.core.interchange import export_package, import_package, verify_package
from notadesk.core.interchange import format as fmt
from notadesk.errors import PackageError, PackagePolicyError, ValidationError

from .conftest import StoreFactory, dump, edit, read_entries, reseal, rich_draft, write_zip


@pytest.fixture
def setup(stores: StoreFactory, tmp_path: Path):
    """A package from workstation a, and workstation b holding a draft of its own."""
    a = stores("a")
    rich_draft(a, level="nl.dep-vertrouwelijk")
    package = export_package(a, None, tmp_path / "pakket.nota").path
    b = stores("b")
    own = rich_draft(b)
    edit(b, own.id, "b")
    return package, b


def refuse(store, path: Path, match: str) -> None:
    """Assert that verify and import refuse the package and that nothing changed."""
    before = dump(store)
    with pytest.raises(PackageError, match=match) as caught:
        import_package(store, path)
    assert "\n" not in str(caught.value)
    with pytest.raises(PackageError, match=match):
        import_package(store, path, dry_run=True)
    with pytest.raises(PackageError, match=match):
        verify_package(path, store=store)
    assert dump(store) == before


def refuse_by_policy(store, path: Path, match: str) -> None:
    """Assert that verify and import refuse a sound package by this workstation's rules:
    nothing changes but one 'refused' entry in the audit log."""
    before = dump(store)
    with pytest.raises(PackagePolicyError, match=match):
        verify_package(path, store=store)
    with pytest.raises(PackagePolicyError, match=match):
        import_package(store, path, dry_run=True)
    assert dump(store) == before
    with pytest.raises(PackagePolicyError, match=match):
        import_package(store, path)
    after = dump(store)
    assert {t: r for t, r in after.items() if t != "audit_log"} == {
        t: r for t, r in before.items() if t != "audit_log"
    }
    assert after["audit_log"][:-1] == before["audit_log"]
    (refusal,) = [e for e in store.audit_log() if e.action == "refused"][-1:]
    assert path.name in refusal.detail


def crafted(tmp_path: Path, package: Path, change, *, seal: bool = True) -> Path:
    entries = read_entries(package)
    entries = change(entries) or entries
    if seal:
        entries = reseal(entries)
    return write_zip(tmp_path / "crafted.nota", entries)


def first_draft(entries: dict[str, bytes]) -> str:
    return next(n for n in entries if n.startswith("drafts/"))


def patch_json(entries, name, change):
    data = json.loads(entries[name])
    change(data)
    entries[name] = json.dumps(data).encode()


# --- the file and the zip --------------------------------------------------------------------


def test_not_a_zip(setup, tmp_path):
    _, b = setup
    path = tmp_path / "x.nota"
    path.write_bytes(b"this is not a zip file at all" * 10)
    refuse(b, path, "not a readable zip")


def test_missing_file(setup, tmp_path):
    _, b = setup
    refuse(b, tmp_path / "nowhere.nota", "There is no file")


@pytest.mark.parametrize("keep", [0.5, 0.97])
def test_truncated_zip(setup, tmp_path, keep):
    package, b = setup
    data = package.read_bytes()
    cut = tmp_path / "cut.nota"
    cut.write_bytes(data[: int(len(data) * keep)])
    refuse(b, cut, "not a readable zip|damaged")


def test_hash_mismatch(setup, tmp_path):
    package, b = setup

    def flip(entries):
        name = first_draft(entries)
        raw = bytearray(entries[name])
        i = raw.index(b"Kabinetsreactie")
        raw[i] = ord("k")  # same size, other bytes
        entries[name] = bytes(raw)

    refuse(b, crafted(tmp_path, package, flip, seal=False), "does not match its SHA-256")


def test_size_mismatch(setup, tmp_path):
    package, b = setup

    def grow(entries):
        name = first_draft(entries)
        manifest = json.loads(entries["manifest.json"])
        manifest.pop("signer")  # unsigned: what is checked here is the size
        entries.pop("signature.json")
        entries[name] += b" "
        entries["manifest.json"] = json.dumps(manifest).encode()

    refuse(b, crafted(tmp_path, package, grow, seal=False), "is not the .* bytes the manifest")


def test_missing_manifest(setup, tmp_path):
    package, b = setup
    path = crafted(tmp_path, package, lambda e: e.pop("manifest.json") and None, seal=False)
    refuse(b, path, "no manifest.json")


def test_entry_missing_or_unlisted(setup, tmp_path):
    package, b = setup
    entries = read_entries(package)
    name = first_draft(entries)
    path = write_zip(tmp_path / "less.nota", {k: v for k, v in entries.items() if k != name})
    refuse(b, path, "lacks the entry")
    more = reseal(entries)
    extra = "blobs/" + "0" * 64
    path = write_zip(tmp_path / "more.nota", {**more, extra: b"x"})
    refuse(b, path, "its manifest does not list")


# --- the format ------------------------------------------------------------------------------


def test_unknown_format(setup, tmp_path):
    package, b = setup
    change = lambda e: patch_json(e, "manifest.json", lambda m: m.update(format="zip-of-stuff"))  # noqa: E731
    refuse(b, crafted(tmp_path, package, change), "does not name the notadesk-package format")


def test_newer_format_version_is_refused_clearly(setup, tmp_path):
    package, b = setup
    newer = fmt.PACKAGE_FORMAT_VERSION + 1
    change = lambda e: patch_json(e, "manifest.json", lambda m: m.update(format_version=newer))  # noqa: E731
    refuse(b, crafted(tmp_path, package, change), f"format version {newer}, newer than this")


def test_format_version_below_the_first(setup, tmp_path):
    package, b = setup
    change = lambda e: patch_json(e, "manifest.json", lambda m: m.update(format_version=0))  # noqa: E731
    refuse(b, crafted(tmp_path, package, change), "manifest.json is not valid at format_version")


def test_newer_draft_file_version(setup, tmp_path):
    package, b = setup

    def change(e):
        patch_json(e, first_draft(e), lambda d: d.update(format_version=9))

    refuse(b, crafted(tmp_path, package, change), "format version 9, newer")


# --- names and zip bombs ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "match"),
    [
        ("../evil.json", "climbs out"),
        ("drafts/../../etc/passwd", "climbs out"),
        ("/etc/passwd", "absolute path"),
        ("C:/Windows/evil.json", "drive letter"),
        ("c:evil", "drive letter"),
        ("drafts\\evil.json", "backslash"),
        ("notes.txt", "does not belong"),
        ("drafts/\x01.json", "control characters"),
    ],
)
def test_unsafe_entry_names(setup, tmp_path, name, match):
    package, b = setup
    entries = read_entries(package)
    path = write_zip(tmp_path / "names.nota", [*entries.items(), (name, b"{}")])
    refuse(b, path, match)


def test_duplicate_entries(setup, tmp_path):
    package, b = setup
    entries = read_entries(package)
    name = first_draft(entries)
    path = write_zip(tmp_path / "dup.nota", [*entries.items(), (name, entries[name])])
    refuse(b, path, "holds the entry .* twice")


def test_too_many_entries(setup, tmp_path, monkeypatch):
    package, b = setup
    monkeypatch.setattr(fmt, "LIMITS", dataclasses.replace(fmt.LIMITS, entries=2))
    refuse(b, package, "more than 2 entries")


def test_total_uncompressed_size(setup, tmp_path, monkeypatch):
    package, b = setup
    monkeypatch.setattr(fmt, "LIMITS", dataclasses.replace(fmt.LIMITS, total_bytes=10_000))
    refuse(b, package, "unpack to more than 10000 bytes")


def test_oversized_entry(setup, tmp_path, monkeypatch):
    package, b = setup
    monkeypatch.setattr(fmt, "LIMITS", dataclasses.replace(fmt.LIMITS, draft_bytes=1000))
    refuse(b, package, "larger than 1000 bytes")


def test_compression_ratio_bomb(setup, tmp_path):
    package, b = setup
    bomb = "blobs/" + "1" * 64
    entries = {**read_entries(package), bomb: bytes(20 * 1024 * 1024)}
    refuse(b, write_zip(tmp_path / "bomb.nota", reseal(entries)), "compressed .* to 1")


def _patch_sizes(path: Path, name: str, new_size: int) -> None:
    """Rewrite the uncompressed size of one entry in its local header and the directory."""
    data = bytearray(path.read_bytes())
    encoded = name.encode()
    for sig, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        start = 0
        while (i := data.find(sig, start)) >= 0:
            name_at = i + (30 if sig == b"PK\x03\x04" else 46)
            if data[name_at : name_at + len(encoded)] == encoded:
                struct.pack_into("<I", data, i + offset, new_size)
            start = i + 4
    path.write_bytes(bytes(data))


def test_directory_that_lies_about_size_is_caught_while_inflating(setup, tmp_path):
    package, b = setup
    entries = read_entries(package)
    name = first_draft(entries)
    sealed = reseal(entries)
    manifest = json.loads(sealed["manifest.json"])
    for e in manifest["entries"]:
        if e["path"] == name:
            e["size"] = 100  # the manifest agrees with the lying directory
    sealed["manifest.json"] = json.dumps(manifest).encode()
    path = write_zip(tmp_path / "liar.nota", sealed)
    _patch_sizes(path, name, 100)
    refuse(b, path, "inflates to more than its directory says|damaged")


def test_overlapping_entries(setup, tmp_path):
    package, b = setup
    path = tmp_path / "overlap.nota"
    path.write_bytes(package.read_bytes())
    data = bytearray(path.read_bytes())
    first = data.find(b"PK\x01\x02")
    second = data.find(b"PK\x01\x02", first + 4)
    struct.pack_into("<I", data, second + 42, struct.unpack_from("<I", data, first + 42)[0])
    path.write_bytes(bytes(data))
    refuse(b, path, "overlaps another|damaged")


def test_unsupported_compression(setup, tmp_path):
    package, b = setup
    path = write_zip(tmp_path / "bz.nota", read_entries(package), compression=zipfile.ZIP_BZIP2)
    refuse(b, path, "unsupported compression")


# --- content ---------------------------------------------------------------------------------


def test_invalid_json(setup, tmp_path):
    package, b = setup
    change = lambda e: e.update({first_draft(e): b'{"format": "notadesk-package-draft",'})  # noqa: E731
    refuse(b, crafted(tmp_path, package, change), "is not valid JSON")


def test_duplicate_json_keys(setup, tmp_path):
    package, b = setup

    def change(e):
        name = first_draft(e)
        e[name] = e[name].replace(b'{"format":', b'{"format":"x","format":', 1)

    refuse(b, crafted(tmp_path, package, change), "appears twice")


def test_draft_file_breaks_its_schema(setup, tmp_path):
    package, b = setup
    change = lambda e: patch_json(e, first_draft(e), lambda d: d.pop("revisions"))  # noqa: E731
    refuse(b, crafted(tmp_path, package, change), "is not valid at")


def test_revision_content_breaks_the_draft_schema(setup, tmp_path):
    package, b = setup

    def change(e):
        patch_json(
            e, first_draft(e), lambda d: d["revisions"][1]["document"]["nota"].update(type=5)
        )

    refuse(b, crafted(tmp_path, package, change), "Revision 2 .* is not a valid draft")


def test_unknown_classification_level(setup, tmp_path):
    package, b = setup

    def change(e):
        def lvl(d):
            d["revisions"][-1]["document"]["nota"]["classification"]["level"] = "xx.secret"

        patch_json(e, first_draft(e), lvl)

    refuse(b, crafted(tmp_path, package, change), "not known on this workstation")


def test_unknown_level_in_manifest(setup, tmp_path):
    package, b = setup
    change = lambda e: patch_json(  # noqa: E731
        e, "manifest.json", lambda m: m["highest_classification"].update(level="xx.top")
    )
    refuse(b, crafted(tmp_path, package, change), "not known on this workstation")


def test_manifest_that_understates_the_classification(setup, tmp_path):
    package, b = setup
    change = lambda e: patch_json(  # noqa: E731
        e,
        "manifest.json",
        lambda m: m["highest_classification"].update(level="nl.ongerubriceerd", marking=""),
    )
    refuse(b, crafted(tmp_path, package, change), "higher than the .* its manifest declares")


def test_broken_revision_chain(setup, tmp_path):
    package, b = setup
    change = lambda e: patch_json(  # noqa: E731
        e, first_draft(e), lambda d: d["revisions"][1].update(parent_uuid=None)
    )
    refuse(b, crafted(tmp_path, package, change), "does not follow the revision before it")


def test_content_hash_mismatch(setup, tmp_path):
    package, b = setup
    change = lambda e: patch_json(  # noqa: E731
        e, first_draft(e), lambda d: d["revisions"][0].update(content_hash="0" * 64)
    )
    refuse(b, crafted(tmp_path, package, change), "does not match its content hash")


def test_draft_file_named_for_another_draft(setup, tmp_path):
    package, b = setup

    def change(e):
        name = first_draft(e)
        e["drafts/00000000-0000-4000-8000-000000000000.json"] = e.pop(name)

    refuse(b, crafted(tmp_path, package, change), "holds the draft")


def test_missing_attachment_file(setup, tmp_path):
    package, b = setup

    def change(e):
        for name in [n for n in e if n.startswith("blobs/")]:
            del e[name]

    refuse(b, crafted(tmp_path, package, change), "does not hold")


def test_above_the_workstation_ceiling(setup):
    package, b = setup
    b.set_setting("workstation.ceiling", "nl.ongerubriceerd")
    refuse_by_policy(b, package, "above the highest classification this workstation may hold")
    b.set_setting("workstation.ceiling", "nl.dep-vertrouwelijk")
    assert import_package(b, package).drafts[0].outcome == "new"


def test_unknown_ceiling_setting_refuses_imports(setup):
    package, b = setup
    from notadesk.core.storage.tables import SettingRow

    with pytest.raises(ValidationError, match="is not valid"):
        b.set_setting("workstation.ceiling", "nl.bestaat-niet")
    with b.writing() as s:  # stored before settings were checked: it fails closed
        s.merge(SettingRow(key="workstation.ceiling", value=json.dumps("nl.bestaat-niet")))
    refuse_by_policy(b, package, "ceiling 'nl.bestaat-niet' is not valid")


def test_a_package_changed_after_verify_is_checked_again(setup, tmp_path):
    package, b = setup
    copy = tmp_path / "copy.nota"
    copy.write_bytes(package.read_bytes())
    assert verify_package(copy).drafts
    entries = read_entries(copy)
    name = first_draft(entries)
    entries[name] = entries[name].replace(b"Kabinetsreactie", b"kabinetsreactie", 1)
    write_zip(copy, entries)
    refuse(b, copy, "does not match its SHA-256")


def test_without_the_fast_validator_the_same_answers(setup, tmp_path, monkeypatch):
    package, b = setup
    monkeypatch.setitem(__import__("sys").modules, "jsonschema_rs", None)
    fmt._fast_validator.cache_clear()
    try:
        assert fmt._fast_validator("draft.schema.json") is None
        assert verify_package(package).drafts

        def change(e):
            patch_json(
                e, first_draft(e), lambda d: d["revisions"][0]["document"]["nota"].update(type=5)
            )

        refuse(b, crafted(tmp_path, package, change), "Revision 1 .* is not a valid draft")
    finally:
        monkeypatch.undo()
        fmt._fast_validator.cache_clear()


@pytest.mark.parametrize(
    ("part", "value", "match"),
    [
        ("note", "twee\nregels", "at revisions.0.note"),
        ("note", "x" * 501, "at revisions.0.note"),
        ("note", "", "at revisions.0.note"),
        ("author", {"name": "a\u0085b"}, "at revisions.0.author.name"),
        ("author", {"name": "x" * 201}, "at revisions.0.author.name"),
        ("author", {"name": "A", "password": "x"}, "at revisions.0.author"),
        ("author", "J. de Vries", "at revisions.0.author"),
    ],
)
def test_a_revision_author_or_note_of_the_wrong_form_is_refused(
    setup, tmp_path, part, value, match
):
    package, b = setup

    def change(e):
        patch_json(e, first_draft(e), lambda d: d["revisions"][0].update({part: value}))

    refuse(b, crafted(tmp_path, package, change), match)


# --- the form of a document (issue 16, items 6 and 8) ----------------------------------------


def _rehashed(change_nota):
    """Change revision 1's nota and give it the matching content hash (a careful forger)."""
    from notadesk.core.model.jsonform import canonical as _canonical_json

    def change(data):
        nota = data["revisions"][0]["document"]["nota"]
        change_nota(nota)
        canonical = _canonical_json(nota).encode("utf-8", "surrogatepass")
        digest = hashlib.sha256(canonical).hexdigest()
        data["revisions"][0]["content_hash"] = digest

    return change


def _nested_sections(depth: int) -> list:
    top: dict = {"title": "d", "blocks": [], "subsections": []}
    node = top
    for _ in range(depth - 1):
        child: dict = {"title": "d", "blocks": [], "subsections": []}
        node["subsections"] = [child]
        node = child
    return [top]


@pytest.mark.parametrize(
    ("change_nota", "match"),
    [
        (lambda n: n.update(sections=_nested_sections(300)), "sections nest at most 6 deep"),
        (lambda n: n.update(reference="EVIL\x1b[2J\nFAKE"), "nota.reference: it holds a control"),
        (lambda n: n.update(subject="a\x00b"), "nota.subject: it holds a control"),
        (lambda n: n.update(subject="a\ud800b"), "lone surrogate"),
        (lambda n: n.update(date="2024-13-45"), "'2024-13-45' is not a date"),
    ],
)
def test_a_document_of_the_wrong_form_is_refused_with_a_sentence(
    setup, tmp_path, change_nota, match
):
    package, b = setup
    change = lambda e: patch_json(e, first_draft(e), _rehashed(change_nota))  # noqa: E731
    refuse(b, crafted(tmp_path, package, change), match)


def test_many_blobs_each_just_under_the_ratio_floor_are_refused_as_a_whole(setup, tmp_path):
    """Issue 16 item 5: 480 blobs just under 1 MiB each, in a small package, passed."""
    package, b = setup
    entries = read_entries(package)
    for i in range(40):  # 40 MiB of zeros in ~40 KB: each entry under the floor
        entries[f"blobs/{i:064x}"] = bytes(1024 * 1024 - 1 - i)
    refuse(b, write_zip(tmp_path / "bommen.nota", reseal(entries)), "as a whole")


def test_an_attachment_file_no_draft_refers_to_is_refused(setup, tmp_path):
    """Issue 16 item 5: unreferenced blobs were stored, never exported, never removable."""
    package, b = setup
    entries = read_entries(package)
    stray = b"%PDF-1.4 niemand verwijst hiernaar"
    entries["blobs/" + hashlib.sha256(stray).hexdigest()] = stray
    refuse(b, write_zip(tmp_path / "los.nota", reseal(entries)), "no draft refers to")
