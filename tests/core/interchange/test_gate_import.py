"""Import passes the same gate: an unready definitief draft arrives as concept, said plainly."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from notadesk.core.declassification import record_declassification
from notadesk.core.drafting import create_example
from notadesk.core.interchange import export_package, import_package
from notadesk.core.model.codec import nota_from_dict
from notadesk.errors import PackageError, PolicyError

from .conftest import StoreFactory, read_entries, reseal, write_zip


def test_an_unready_definitief_draft_arrives_as_concept(stores: StoreFactory, tmp_path: Path):
    a, b = stores("a"), stores("b")
    draft, _ = create_example(a)
    nota = draft.nota
    nota.status = "definitief"
    a.save(draft.id, nota, base_revision=draft.revision)
    package = export_package(a, None, tmp_path / "p.nota").path
    # Made elsewhere, the head arrives definitief with an empty subject (its hash recomputed).
    entries = read_entries(package)
    name = next(n for n in entries if n.startswith("drafts/"))
    data = json.loads(entries[name])
    head = data["revisions"][-1]
    head["document"]["nota"]["subject"] = ""
    head["content_hash"] = nota_from_dict(head["document"]["nota"]).content_hash()
    entries[name] = json.dumps(data).encode()
    crafted = write_zip(tmp_path / "unready.nota", reseal(entries))

    report = import_package(b, crafted)
    assert report.drafts[0].outcome == "new"
    assert report.notes and "arrived as definitief" in report.notes[0]
    assert "stored as concept" in "\n".join(report.lines())
    here = b.get(draft.id)
    assert here.nota.status == "concept"
    history = b.history(draft.id)
    assert [r.origin for r in history][-1] == "gate"
    assert b.revision(draft.id, history[-2].number).status == "definitief"  # kept as it came
    assert "demoted" in [e.action for e in b.audit_log(draft.id)]
    # a ready definitief draft arrives as it is
    c = stores("c")
    ready = import_package(c, package)
    assert ready.notes == () and c.get(draft.id).nota.status == "definitief"


def _crafted(a, tmp_path: Path, change) -> Path:
    """Export a's drafts and let ``change`` edit the head document's nota (hash recomputed)."""
    package = export_package(a, None, tmp_path / "p.nota").path
    entries = read_entries(package)
    name = next(n for n in entries if n.startswith("drafts/"))
    data = json.loads(entries[name])
    head = data["revisions"][-1]
    change(head["document"]["nota"])
    head["content_hash"] = nota_from_dict(head["document"]["nota"]).content_hash()
    entries[name] = json.dumps(data).encode()
    return write_zip(tmp_path / "crafted.nota", reseal(entries))


def test_a_portion_above_the_nota_or_unknown_is_refused_on_import(
    stores: StoreFactory, tmp_path: Path
):
    a = stores("a")
    create_example(a)
    for level in ("nl.stg-geheim", "bogus.level"):
        b = stores(f"b-{level}")
        crafted = _crafted(a, tmp_path, lambda n, lv=level: n["findings"][3].update(portion=lv))
        with pytest.raises(PackageError, match=r"[Ff]inding 4"):
            import_package(b, crafted)
        assert b.list() == []


def test_an_enclosure_above_the_ceiling_is_refused_on_import(
    stores: StoreFactory, tmp_path: Path, policy_file
):
    a = stores("a")
    create_example(a)

    def enclose(nota: dict) -> None:
        nota["attachments"][0]["level"] = "nl.stg-geheim"

    crafted = _crafted(a, tmp_path, enclose)
    policy_file(ceiling="nl.dep-vertrouwelijk")
    b = stores("b")
    with pytest.raises(PolicyError, match=r"Stg\. GEHEIM"):
        import_package(b, crafted)
    assert b.list() == []


def test_a_forged_declassification_does_not_arrive(stores: StoreFactory, tmp_path: Path):
    a = stores("a")
    draft, _ = create_example(a)
    nota = draft.nota
    nota.classification.level = "nl.stg-confidentieel"
    nota.classification.until = dt.date(2031, 1, 1)
    a.save(draft.id, nota, base_revision=draft.revision)

    def forge(n: dict) -> None:
        n["classification"]["declassified"] = {
            "by": "Forger",
            "date": "2026-01-01",
            "reference": "FAKE-1",
        }

    b = stores("b")
    report = import_package(b, _crafted(a, tmp_path, forge))
    here = b.get(draft.id).nota
    assert here.classification.declassified is None
    assert any("declassif" in note for note in report.notes)


def test_a_recorded_declassification_travels_with_its_audit_entry(
    stores: StoreFactory, tmp_path: Path
):
    a, b = stores("a"), stores("b")
    draft, _ = create_example(a)
    nota = draft.nota
    nota.classification.level = "nl.stg-confidentieel"
    nota.classification.until = dt.date(2031, 1, 1)
    saved = a.save(draft.id, nota, base_revision=draft.revision)
    record_declassification(a, saved, by="Hoofd DJZ", reference="DJZ-2026/7")
    report = import_package(b, export_package(a, None, tmp_path / "p.nota").path)
    assert report.notes == ()
    decided = b.get(draft.id).nota.classification.declassified
    assert decided is not None and decided.reference == "DJZ-2026/7"


def test_a_definitief_draft_with_an_open_paraaf_step_arrives_as_concept(
    stores: StoreFactory, tmp_path: Path
):
    a, b = stores("a"), stores("b")
    draft, _ = create_example(a)

    def final_with_via(n: dict) -> None:
        n["status"] = "definitief"
        n["routing"]["via"] = [{"name": "dir. DJZ"}]

    report = import_package(b, _crafted(a, tmp_path, final_with_via))
    assert "dir. DJZ" in report.notes[0] and "stored as concept" in report.notes[0]
    assert b.get(draft.id).nota.status == "concept"
