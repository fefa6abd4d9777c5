"""The copy register: one entry per printed copy of a registered level, never edited."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from notadesk.core.examples import example_nota
from notadesk.core.policy.markings import all_levels
from notadesk.core.render import RenderOptions, record_print, render_nota
from notadesk.core.render.register import current_recipients, register_entries, set_recipient
from notadesk.core.storage.tables import AuditRow
from notadesk.errors import NotFoundError, ValidationError


def _draft(store, level_id: str):
    nota = example_nota()
    nota.reference = ""  # the next free one: tests make several drafts
    nota.classification.level = level_id
    nota.classification.until = dt.date(2031, 1, 1)
    return store.create(nota)


def _print(store, draft, copies: int = 1, woo: bool = False) -> tuple[int, str]:
    options = RenderOptions(copies=copies, woo=woo)
    result = render_nota(draft.nota, options)
    return record_print(store, draft, result, options), result.sha256


@pytest.mark.parametrize("level", all_levels(), ids=[lv.id for lv in all_levels()])
def test_one_entry_per_copy_exactly_where_the_level_requires_a_register(store, level):
    draft = _draft(store, level.id)
    recorded, sha = _print(store, draft, copies=3)
    entries = register_entries(store, draft.id)
    if not level.register:
        assert recorded == 0 and entries == []
        return
    assert recorded == 3
    assert [(e.copy_number, e.copies) for e in entries] == [(1, 3), (2, 3), (3, 3)]
    for e in entries:
        assert (e.draft_id, e.revision, e.level, e.marking) == (
            draft.id,
            draft.revision,
            level.id,
            level.marking,
        )
        assert e.pdf_sha256 == sha
        assert e.reference == draft.nota.reference
        assert e.recipient == "" and e.kind == "print"
        assert dt.datetime.fromisoformat(e.printed_at)


def _print_log(store) -> list[str]:
    with store.reading() as s:
        return list(s.scalars(select(AuditRow.detail).where(AuditRow.action == "print")))


def test_prints_of_registered_levels_are_logged_and_others_touch_nothing(store):
    _print(store, _draft(store, "nl.ongerubriceerd"), copies=2)
    _print(store, _draft(store, "nl.dep-vertrouwelijk"))
    assert _print_log(store) == []
    _print(store, _draft(store, "nl.stg-geheim"), copies=2)
    (logged,) = _print_log(store)
    assert "2 copies" in logged


def test_a_recipient_is_a_new_entry_and_the_original_stays(store):
    draft = _draft(store, "nl.stg-confidentieel")
    _print(store, draft, copies=2)
    first, second = register_entries(store, draft.id)
    correction = set_recipient(store, first.id, "  Kabinet   M en R ")
    assert correction.kind == "recipient" and correction.corrects_id == first.id
    assert correction.recipient == "Kabinet M en R"
    again = set_recipient(store, correction.id, "SG")  # a correction of a correction
    assert again.corrects_id == first.id
    entries = register_entries(store, draft.id)
    assert len(entries) == 4
    assert entries[0] == first  # never edited
    assert current_recipients(entries) == {first.id: "SG", second.id: ""}


def test_the_register_refuses_updates_and_deletes(store):
    draft = _draft(store, "nato.secret")
    _print(store, draft)
    for sql in ("UPDATE copy_register SET recipient = 'x'", "DELETE FROM copy_register"):
        with pytest.raises(IntegrityError, match="append-only"), store.writing() as s:
            s.execute(text(sql))
    assert len(register_entries(store)) == 1


def test_bad_recipient_requests_are_refused(store):
    draft = _draft(store, "eu.secret")
    _print(store, draft)
    entry = register_entries(store)[0]
    with pytest.raises(NotFoundError):
        set_recipient(store, entry.id + 100, "Iemand")
    with pytest.raises(ValidationError):
        set_recipient(store, entry.id, "   ")
    with pytest.raises(ValidationError):
        set_recipient(store, entry.id, "x" * 501)
    assert len(register_entries(store)) == 1


def test_register_lists_all_drafts_or_one(store):
    a = _draft(store, "nl.stg-geheim")
    b = _draft(store, "nl.stg-geheim")
    _print(store, a, copies=2)
    _print(store, b, copies=1)
    assert len(register_entries(store)) == 3
    (only_b,) = register_entries(store, b.id)
    assert only_b.copy_number == 1


def test_the_woo_variant_of_a_declassified_nota_is_not_a_registered_copy(store):
    from notadesk.core.declassification import record_declassification

    draft = _draft(store, "nl.stg-geheim")
    draft = record_declassification(
        store, draft, by="Hoofd DJZ", reference="R-9", date=dt.date(2026, 1, 2)
    )
    _print(store, draft, copies=1, woo=True)
    assert register_entries(store, draft.id) == []
    logged = [e for e in store.audit_log(draft.id) if e.action == "print"]
    assert logged and "R-9" in logged[-1].detail


def test_a_print_above_the_ceiling_is_refused_and_nothing_is_recorded(store, policy_file, tmp_path):
    """The window prints the nota as it is in the editor, saved or not: a marking raised above
    the ceiling (or an enclosure marked so) is refused at the print, as at the save."""
    import dataclasses

    from notadesk.core.render import print_on_paper, print_to_file
    from notadesk.errors import PolicyError

    policy_file(ceiling="nl.dep-vertrouwelijk")
    draft = _draft(store, "nl.dep-vertrouwelijk")
    nota = draft.nota
    nota.classification.level = "nl.stg-geheim"  # unsaved, as in the editor
    options = RenderOptions(copies=2)
    result = render_nota(nota, options)
    unsaved = dataclasses.replace(draft, nota=nota)
    sent: list[bytes] = []
    with pytest.raises(PolicyError, match=r"The print is marked Stg\. GEHEIM.*nothing was printed"):
        print_on_paper(store, unsaved, result, options, sent.append)
    target = tmp_path / "n.pdf"
    with pytest.raises(PolicyError, match="nothing was printed"):
        print_to_file(store, unsaved, result, options, target)
    assert sent == [] and not target.exists()
    assert register_entries(store, draft.id) == []
    assert [e.action for e in store.audit_log(draft.id)] == ["create"]
