"""Round trip: export all, import into an empty data folder, everything equal."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from notadesk.core.drafting import create_example
from notadesk.core.interchange import export_package, import_package, verify_package
from notadesk.core.interchange.trust import own_signer
from notadesk.core.storage.tables import AuditRow

from .conftest import StoreFactory, edit, nota_equal, read_entries, rich_draft


def _setup(stores: StoreFactory):
    a = stores("a")
    d1 = rich_draft(a, level="nl.stg-confidentieel", revisions=4)
    d2 = rich_draft(a, revisions=2)
    a.restore(d2.id, 1)
    d3 = rich_draft(a, level="nl.dep-vertrouwelijk", revisions=3)
    return a, [d1, d2, d3]


def test_export_all_then_import_into_empty_store_gives_equal_drafts(stores, tmp_path):
    a, drafts = _setup(stores)
    report = export_package(a, None, tmp_path)
    assert report.path.name.endswith("-stg-confidentieel.nota")
    assert report.path.name.startswith("nota-")
    b = stores("b")
    imported = import_package(b, report.path)
    assert [d.outcome for d in imported.drafts] == ["new"] * 3
    assert sorted(a.list(), key=lambda d: d.id) == sorted(b.list(), key=lambda d: d.id)
    for d in drafts:
        assert a.history(d.id) == b.history(d.id)
        for rev in a.history(d.id):
            old, new = a.revision(d.id, rev.number), b.revision(d.id, rev.number)
            assert nota_equal(old, new)
            assert [f.text for f in old.findings] == [f.text for f in new.findings]
            assert old.commitments == new.commitments
            assert old.findings and old.commitments
        head = b.get(d.id).nota
        for att in head.attachments:
            if att.file:
                assert b.get_blob(att.file.sha256) == a.get_blob(att.file.sha256)


def test_package_layout_manifest_and_order(stores, tmp_path):
    a, drafts = _setup(stores)
    report = export_package(a, None, tmp_path / "uitwisseling.nota")
    assert report.path.name == "uitwisseling-stg-confidentieel.nota"
    entries = read_entries(report.path)
    names = list(entries)
    assert names[0] == "manifest.json"
    draft_names = [n for n in names if n.startswith("drafts/")]
    blob_names = [n for n in names if n.startswith("blobs/")]
    assert draft_names == sorted(f"drafts/{d.id}.json" for d in drafts)
    assert names == ["manifest.json", "signature.json", *draft_names, *blob_names]
    assert len(blob_names) == 3
    manifest = json.loads(entries["manifest.json"])
    assert manifest["format"] == "notadesk-package" and manifest["format_version"] == 2
    assert manifest["workstation"] == a.workstation_id()
    assert manifest["highest_classification"] == {
        "level": "nl.stg-confidentieel",
        "marking": "Stg. CONFIDENTIEEL",
    }
    assert [e["path"] for e in manifest["entries"]] == names[2:]  # not itself, not the signature
    assert manifest["signer"]["public_key"] == own_signer(a).public_key
    first = json.loads(entries[draft_names[0]])
    assert first["revisions"][0]["document"]["format"] == "notadesk-draft"
    with zipfile.ZipFile(report.path) as z:
        assert z.testzip() is None


def test_export_is_logged_and_verify_reports_contents(stores, tmp_path):
    a, drafts = _setup(stores)
    report = export_package(a, [drafts[1].id], tmp_path)
    assert report.path.name.endswith("-ongerubriceerd.nota")
    with a.reading() as s:
        logged = s.query(AuditRow).filter_by(action="export").all()
    assert [r.draft_id for r in logged] == [drafts[1].id]
    assert report.path.name in logged[0].detail
    info = verify_package(report.path)
    assert [d.id for d in info.drafts] == [drafts[1].id]
    assert info.revisions == 3 and info.attachments == 1
    assert info.sha256 == report.sha256
    assert any("Ongerubriceerd" in line for line in info.lines())


def test_folder_export_never_replaces_an_earlier_package(stores, tmp_path):
    a, _ = _setup(stores)
    first = export_package(a, None, tmp_path)
    edit(a, a.list()[0].id, "later")
    second = export_package(a, None, tmp_path)
    assert first.path != second.path and first.path.exists() and second.path.exists()
    assert second.path.name.endswith("-stg-confidentieel-2.nota")


def test_pdf_of_every_imported_revision_is_byte_identical(stores, tmp_path: Path):
    from notadesk.core.render import render_nota

    a, drafts = _setup(stores)
    report = export_package(a, None, tmp_path)
    b = stores("b")
    import_package(b, report.path)
    for d in drafts:
        for rev in a.history(d.id):
            original = render_nota(a.revision(d.id, rev.number)).pdf
            imported = render_nota(b.revision(d.id, rev.number)).pdf
            assert original.startswith(b"%PDF") and imported == original


def test_authors_and_notes_travel_with_the_revisions(stores, tmp_path):
    a = stores("a")
    a.set_setting("user.display_name", "J. de Vries")
    a.set_setting("user.function", "beleidsmedewerker DVB")
    draft, _ = create_example(a)
    nota = draft.nota
    nota.subject = "Naar DGPZ"
    a.save(draft.id, nota, base_revision=1, note="naar DGPZ voor paraaf")
    package = export_package(a, None, tmp_path / "p.nota").path
    entries = read_entries(package)
    (name,) = [n for n in entries if n.startswith("drafts/")]
    data = json.loads(entries[name])
    assert data["format_version"] == 2
    assert "note" not in data["revisions"][0]  # empty parts are left out
    assert data["revisions"][1]["note"] == "naar DGPZ voor paraaf"
    assert data["revisions"][1]["author"]["name"] == "J. de Vries"
    b = stores("b")
    import_package(b, package)
    assert b.history(draft.id) == a.history(draft.id)
    assert b.history(draft.id)[1].author.function == "beleidsmedewerker DVB"
