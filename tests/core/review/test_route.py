"""The paraaf route: Via names plus reviewers, steps, stale parafen, and the status."""

from __future__ import annotations

import pytest

from notadesk.core.review import route as routing
from notadesk.core.storage import review
from notadesk.core.storage.records import Draft
from notadesk.core.storage.store import DraftStore
from notadesk.errors import ConflictError, ValidationError

from .conftest import work_as


def _states(store: DraftStore, draft_id: str) -> list[tuple[str, str]]:
    return [(s.name, s.state) for s in review.draft_route(store, draft_id).steps]


def test_route_is_the_via_names_then_the_added_reviewers(store: DraftStore, routed: Draft) -> None:
    assert _states(store, routed.id) == [("DGPZ", "open"), ("DVB", "open")]
    review.change_reviewers(store, routed.id, routing.ADD, "Juridische Zaken", "jurist")
    review.change_reviewers(store, routed.id, routing.ADD, "DAF")
    assert [s.name for s in review.draft_route(store, routed.id).steps] == [
        "DGPZ",
        "DVB",
        "Juridische Zaken",
        "DAF",
    ]
    review.change_reviewers(store, routed.id, routing.REMOVE, "juridische  zaken")
    steps = review.draft_route(store, routed.id).steps
    assert [(s.name, s.added) for s in steps] == [("DGPZ", False), ("DVB", False), ("DAF", True)]
    with pytest.raises(ValidationError, match="already on the route"):
        review.change_reviewers(store, routed.id, routing.ADD, "dgpz")
    with pytest.raises(ValidationError, match="Via names are changed"):
        review.change_reviewers(store, routed.id, routing.REMOVE, "DGPZ")
    with pytest.raises(ValidationError, match="line break"):
        review.change_reviewers(store, routed.id, routing.ADD, "a\nb")


def test_a_paraaf_records_who_when_and_which_revision(store: DraftStore, routed: Draft) -> None:
    work_as(store, "DGPZ", "directeur-generaal politieke zaken")
    result = review.record_step(store, routed.id, routing.PARAAF, remark="akkoord, mooi stuk")
    step = result.route.step("DGPZ")
    assert step is not None and step.state == routing.GIVEN
    assert step.last is not None
    assert step.last.author.display_name == "DGPZ"
    assert step.last.author.function == "directeur-generaal politieke zaken"
    assert step.last.revision_number == routed.revision
    assert step.last.remark == "akkoord, mooi stuk"
    assert step.function == "directeur-generaal politieke zaken"


def test_the_route_drives_the_status(store: DraftStore, routed: Draft) -> None:
    assert store.get(routed.id).nota.status == "concept"
    work_as(store, "DGPZ")
    first = review.record_step(store, routed.id, routing.PARAAF)
    assert first.status_changed and first.draft.nota.status == "ter-parafering"
    last = store.history(routed.id)[-1]
    assert last.origin == "route" and last.note == "paraaf DGPZ: ter parafering"
    # the status-only revision does not make the paraaf stale
    assert _states(store, routed.id) == [("DGPZ", "given"), ("DVB", "open")]
    work_as(store, "DVB")
    back = review.record_step(store, routed.id, routing.RETURN, remark="graag cijfers toevoegen")
    assert back.status_changed and store.get(routed.id).nota.status == "concept"
    assert _states(store, routed.id) == [("DGPZ", "given"), ("DVB", "returned")]
    again = review.record_step(store, routed.id, routing.PARAAF)
    assert again.draft.nota.status == "ter-parafering"
    route = review.draft_route(store, routed.id)
    assert route.complete and route.open_steps == []
    # a status the officer set later is not touched by the route
    draft = store.get(routed.id)
    assert review.draft_route(store, routed.id).complete
    assert routing.status_after("definitief", route) == "definitief"
    assert draft.nota.status == "ter-parafering"


def test_a_paraaf_goes_stale_after_an_edit_until_renewed(store: DraftStore, routed: Draft) -> None:
    work_as(store, "DGPZ")
    review.record_step(store, routed.id, routing.PARAAF)
    draft = store.get(routed.id)
    nota = draft.nota
    nota.sections[0].title = "Aanleiding (herzien)"
    work_as(store, "A. Opsteller")
    store.save(routed.id, nota, base_revision=draft.revision)
    step = review.draft_route(store, routed.id).step("DGPZ")
    assert step is not None and step.state == routing.STALE
    assert step.words == "paraaf op een eerdere versie"
    # undoing the edit makes the paraaf current again: it vouches for the text, not a number
    draft = store.get(routed.id)
    nota = draft.nota
    nota.sections[0].title = "Aanleiding"
    store.save(routed.id, nota, base_revision=draft.revision)
    assert _states(store, routed.id)[0] == ("DGPZ", "given")
    nota.subject = "nog een wijziging"
    store.save(routed.id, nota, base_revision=store.get(routed.id).revision)
    assert _states(store, routed.id)[0] == ("DGPZ", "stale")
    work_as(store, "DGPZ")
    review.record_step(store, routed.id, routing.PARAAF)
    assert _states(store, routed.id)[0] == ("DGPZ", "given")


def test_who_may_record_a_step(store: DraftStore, routed: Draft) -> None:
    work_as(store, "Iemand Anders")
    with pytest.raises(ValidationError, match="not on the route"):
        review.record_step(store, routed.id, routing.PARAAF)
    # on someone's behalf, naming the step: recorded with the real author
    result = review.record_step(store, routed.id, routing.PARAAF, name="dvb")
    step = result.route.step("DVB")
    assert step is not None and step.last is not None
    assert step.last.author.display_name == "Iemand Anders"
    work_as(store, "")
    with pytest.raises(ValidationError, match="display name"):
        review.record_step(store, routed.id, routing.PARAAF)


@pytest.mark.parametrize(
    ("action", "remark", "match"),
    [
        (routing.RETURN, "", "needs a remark"),
        (routing.RETURN, "   ", "needs a remark"),
        (routing.PARAAF, "x" * (routing.MAX_REMARK + 1), "longer than"),
        (routing.PARAAF, "bel\x07", "control characters"),
        ("sign", "", "paraaf or a return"),
    ],
)
def test_bad_steps_are_refused_and_write_nothing(
    store: DraftStore, routed: Draft, action: str, remark: str, match: str
) -> None:
    work_as(store, "DGPZ")
    with pytest.raises(ValidationError, match=match):
        review.record_step(store, routed.id, action, remark=remark)
    assert review.route_events(store, routed.id) == []
    assert store.get(routed.id).revision == routed.revision


def test_a_step_on_a_text_the_user_has_not_seen_is_refused(
    store: DraftStore, routed: Draft
) -> None:
    draft = store.get(routed.id)
    nota = draft.nota
    nota.subject = "elders gewijzigd"
    store.save(routed.id, nota, base_revision=draft.revision)
    work_as(store, "DGPZ")
    with pytest.raises(ConflictError):
        review.record_step(store, routed.id, routing.PARAAF, base_revision=routed.revision)
    assert review.route_events(store, routed.id) == []


def test_route_rows_are_append_only(store: DraftStore, routed: Draft) -> None:
    from sqlalchemy import text
    from sqlalchemy.exc import IntegrityError

    work_as(store, "DGPZ")
    review.record_step(store, routed.id, routing.PARAAF)
    for sql in ("UPDATE route_events SET remark = 'x'", "DELETE FROM route_events"):
        with pytest.raises(IntegrityError), store.writing() as s:
            s.execute(text(sql))


def _to_definitief(store: DraftStore, draft_id: str) -> Draft:
    draft = store.get(draft_id)
    nota = draft.nota
    nota.status = "definitief"
    return store.save(draft_id, nota, base_revision=draft.revision)


def test_definitief_is_refused_while_route_steps_are_open(store: DraftStore, routed: Draft) -> None:
    work_as(store, "DGPZ")
    review.record_step(store, routed.id, routing.PARAAF)
    with pytest.raises(ValidationError, match=r"DVB \(nog te paraferen\)") as refused:
        _to_definitief(store, routed.id)
    assert "DGPZ" not in str(refused.value)  # only the open steps are named
    assert refused.value.field == "route"
    assert store.get(routed.id).nota.status == "ter-parafering"  # nothing was stored
    work_as(store, "DVB")
    review.record_step(store, routed.id, routing.RETURN, remark="graag cijfers")
    with pytest.raises(ValidationError, match=r"DVB \(terug met opmerkingen\)"):
        _to_definitief(store, routed.id)
    review.record_step(store, routed.id, routing.PARAAF)
    assert _to_definitief(store, routed.id).nota.status == "definitief"


def _initial_all(store: DraftStore, draft_id: str) -> None:
    for name in ("DGPZ", "DVB"):
        work_as(store, name)
        review.record_step(store, draft_id, routing.PARAAF)


def test_definitief_is_refused_while_a_paraaf_is_on_an_earlier_version(
    store: DraftStore, routed: Draft
) -> None:
    _initial_all(store, routed.id)
    draft = store.get(routed.id)
    nota = draft.nota
    nota.subject += " (herzien)"
    store.save(routed.id, nota, base_revision=draft.revision)
    with pytest.raises(ValidationError, match=r"DGPZ \(paraaf op een eerdere versie\); DVB"):
        _to_definitief(store, routed.id)


def test_a_nota_without_a_route_becomes_definitief_when_ready(store: DraftStore) -> None:
    from notadesk.core.drafting import create_example

    draft, _ = create_example(store)
    assert _to_definitief(store, draft.id).nota.status == "definitief"


def test_the_demos_redacted_via_placeholder_is_no_route_step(store: DraftStore) -> None:
    from notadesk.core.drafting import create_example
    from notadesk.core.model.nota import RoutingEntry

    draft, _ = create_example(store)
    assert draft.nota.routing.via[0].name.startswith("[Via")  # the published nota's blank
    assert review.draft_route(store, draft.id).steps == ()
    nota = draft.nota
    nota.routing.via.append(RoutingEntry("[naam]"))
    nota.routing.via.append(RoutingEntry("DGPZ"))
    assert [s.name for s in routing.route_of(nota, []).steps] == ["DGPZ"]
    assert not routing.is_placeholder("DGPZ [plv.]") and routing.is_placeholder(" [x] ")


def test_restoring_a_definitief_revision_needs_the_route_initialled_on_it(
    store: DraftStore, routed: Draft
) -> None:
    _initial_all(store, routed.id)
    final = _to_definitief(store, routed.id)
    nota = final.nota
    nota.status = "concept"
    store.save(routed.id, nota, base_revision=final.revision)
    restored = store.restore(routed.id, final.revision)  # the parafen are on that text
    assert restored.nota.status == "definitief"
    nota = restored.nota
    nota.status = "concept"
    store.save(routed.id, nota, base_revision=restored.revision)
    review.change_reviewers(store, routed.id, routing.ADD, "JZ", "jurist")
    with pytest.raises(ValidationError, match=r"JZ \(nog te paraferen\)"):
        store.restore(routed.id, final.revision)
    assert store.get(routed.id).nota.status == "concept"
