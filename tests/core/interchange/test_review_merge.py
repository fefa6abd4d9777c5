"""Comments, route steps and revision notes travel in packages and merge without loss."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from notadesk.core.drafting import create_example
from notadesk.core.interchange import export_package, import_package
from notadesk.core.model.nota import RoutingEntry
from notadesk.core.review import route as routing
from notadesk.core.review.anchors import Anchor, find_quote
from notadesk.core.review.comments import RESOLVE
from notadesk.core.review.reading import reading_text
from notadesk.core.storage import review
from notadesk.core.storage.store import DraftStore
from notadesk.errors import PackageError

from .conftest import StoreFactory, read_entries, reseal, write_zip


def _as(store: DraftStore, name: str, function: str = "") -> None:
    store.set_setting("user.display_name", name)
    store.set_setting("user.function", function)


def _sent_for_paraaf(a: DraftStore) -> str:
    _as(a, "A. Opsteller", "beleidsmedewerker")
    draft, _ = create_example(a)
    nota = draft.nota
    nota.routing.via = [RoutingEntry("DGPZ"), RoutingEntry("DVB")]
    nota.status = "ter-parafering"
    a.save(
        draft.id,
        nota,
        base_revision=1,
        note="naar DGPZ en DVB",
        justification="de route krijgt echte namen",
    )
    return draft.id


def _on(store: DraftStore, draft_id: str, words: str) -> Anchor:
    found = find_quote(reading_text(store.get(draft_id).nota), words)
    assert found is not None
    return found


def _carry(source: DraftStore, target: DraftStore, folder: Path, name: str) -> None:
    package = export_package(source, None, folder / f"{name}.nota").path
    import_package(target, package)


def test_two_reviewers_on_two_copies_keep_all_comments_and_parafen(
    stores: StoreFactory, tmp_path: Path
) -> None:
    a, b, c = stores("a"), stores("b"), stores("c")
    draft_id = _sent_for_paraaf(a)
    _carry(a, b, tmp_path, "to-b")
    _carry(a, c, tmp_path, "to-c")
    _as(b, "DGPZ", "directeur-generaal")
    first = review.add_comment(b, draft_id, "Cijfers?", _on(b, draft_id, "taalvaardigheid"))
    review.add_comment(b, draft_id, "Eens.", parent_uuid=first.uuid)
    review.record_step(b, draft_id, routing.PARAAF, remark="akkoord")
    _as(c, "DVB", "directeur")
    second = review.add_comment(c, draft_id, "Over bevinding 3", Anchor("finding", ref="f3"))
    review.set_comment_state(c, draft_id, second.uuid, RESOLVE)
    review.record_step(c, draft_id, routing.PARAAF)
    _carry(b, a, tmp_path, "from-b")
    _carry(c, a, tmp_path, "from-c")
    _carry(c, a, tmp_path, "from-c-again")  # importing twice adds nothing twice
    assert [d.id for d in a.list()] == [draft_id]  # no conflict copy: the text is the same
    threads = review.comment_threads(a, draft_id)
    assert sorted(t.comment.text for t in threads) == ["Cijfers?", "Over bevinding 3"]
    by_text = {t.comment.text: t for t in threads}
    assert [r.text for r in by_text["Cijfers?"].replies] == ["Eens."]
    assert by_text["Over bevinding 3"].resolved
    assert by_text["Cijfers?"].comment.author.display_name == "DGPZ"
    route = review.draft_route(a, draft_id)
    assert [(s.name, s.state) for s in route.steps] == [("DGPZ", "given"), ("DVB", "given")]
    assert route.step("DGPZ").last.remark == "akkoord"  # type: ignore[union-attr]
    assert a.history(draft_id)[1].note == "naar DGPZ en DVB"


def test_a_text_conflict_still_makes_a_copy_and_each_draft_keeps_its_own(
    stores: StoreFactory, tmp_path: Path
) -> None:
    a, b = stores("a"), stores("b")
    draft_id = _sent_for_paraaf(a)
    _carry(a, b, tmp_path, "to-b")
    _as(b, "DGPZ")
    on_shared = review.add_comment(b, draft_id, "op de gedeelde tekst")
    review.record_step(b, draft_id, routing.PARAAF)
    draft = b.get(draft_id)
    nota = draft.nota
    nota.subject = "door DGPZ herschreven"
    b.save(draft_id, nota, base_revision=draft.revision)
    on_own = review.add_comment(b, draft_id, "op mijn eigen versie")
    review.change_reviewers(b, draft_id, routing.ADD, "DAF")
    # meanwhile a changes the text too
    draft = a.get(draft_id)
    nota = draft.nota
    nota.subject = "door de opsteller herschreven"
    a.save(draft_id, nota, base_revision=draft.revision)
    _carry(b, a, tmp_path, "from-b")
    (copy,) = [d for d in a.list() if d.conflict_of == draft_id]
    original = {t.comment.uuid for t in review.comment_threads(a, draft_id)}
    copied = {t.comment.uuid for t in review.comment_threads(a, copy.id)}
    assert original == {on_shared.uuid} and copied == {on_own.uuid}
    # the paraaf was given on the shared revision: it stays with the original draft
    events = review.route_events(a, draft_id)
    assert [e.action for e in events] == [routing.PARAAF]
    assert [e.name for e in review.route_events(a, copy.id)] == ["DAF"]


def test_an_old_format_package_imports_with_no_comments(tmp_path: Path) -> None:
    fixture = Path(__file__).resolve().parents[2] / "fixtures" / "packages" / "format-1.nota"
    with DraftStore.open(tmp_path / "ws") as store:
        import_package(store, fixture)
        for draft in store.list():
            assert review.comment_threads(store, draft.id) == []
            assert review.route_events(store, draft.id) == []


@pytest.mark.parametrize(
    ("change", "match"),
    [
        (lambda d: d["comments"][0].update(text="a\x00b"), "control"),
        (
            lambda d: d["comments"][0].update(anchor={"kind": "text", "start": 5, "end": 1}),
            "impossible",
        ),
        (lambda d: d["comments"][0].update(anchor={"kind": "elsewhere"}), "anchor"),
        (lambda d: d["route"][0].update(action="sign"), "route"),
        (lambda d: d["route"][0].update(remark="x\x07"), "control character"),
    ],
)
def test_forged_comments_or_route_are_refused(
    stores: StoreFactory,
    tmp_path: Path,
    change,
    match: str,  # type: ignore[no-untyped-def]
) -> None:
    a, b = stores("a"), stores("b")
    draft_id = _sent_for_paraaf(a)
    _as(a, "DGPZ")
    review.add_comment(a, draft_id, "opmerking", _on(a, draft_id, "taalvaardigheid"))
    review.record_step(a, draft_id, routing.PARAAF)
    package = export_package(a, None, tmp_path / "p.nota").path
    entries = read_entries(package)
    name = next(n for n in entries if n.startswith("drafts/"))
    data = json.loads(entries[name])
    change(data)
    entries[name] = json.dumps(data).encode()
    forged = write_zip(tmp_path / "forged.nota", reseal(entries))
    with pytest.raises(PackageError, match=match):
        import_package(b, forged)
    assert b.list() == []
