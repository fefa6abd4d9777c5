"""Import passes the same gate: an unready definitief draft arrives as concept, said plainly."""

from __future__ import annotations

import json
from pathlib import Path

from notadesk.core.drafting import create_example
from notadesk.core.interchange import export_package, import_package
from notadesk.core.model.codec import nota_from_dict

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
