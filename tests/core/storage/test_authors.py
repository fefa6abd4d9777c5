"""Every revision records who made it (OS account, display name, function) and a note."""

from __future__ import annotations

import getpass

import pytest

from notadesk.core.drafting import create_example
from notadesk.core.identity import Person, clean_line, signed_label
from notadesk.core.storage.store import MAX_NOTE, DraftStore
from notadesk.errors import ValidationError
from tests.postgres import APP


def _account(engine: str) -> str:
    """Who the server authenticated (the test's application role), or the OS account."""
    return APP if engine == "postgresql" else getpass.getuser()


def _as(store: DraftStore, name: str, function: str = "") -> None:
    store.set_setting("user.display_name", name)
    store.set_setting("user.function", function)


def test_every_way_of_writing_a_revision_records_the_author(store: DraftStore, engine: str) -> None:
    _as(store, "J. de Vries", "beleidsmedewerker DVB")
    draft, _ = create_example(store)
    nota = draft.nota
    nota.subject = "eerste wijziging"
    store.save(draft.id, nota, base_revision=1, note="naar DGPZ voor paraaf")
    _as(store, "A. Bakker", "plv. directeur DVB")
    store.restore(draft.id, 1, note="terug naar het origineel")
    history = store.history(draft.id)
    account = _account(engine)
    assert [(r.origin, r.author, r.note) for r in history] == [
        ("create", Person(account, "J. de Vries", "beleidsmedewerker DVB"), ""),
        ("save", Person(account, "J. de Vries", "beleidsmedewerker DVB"), "naar DGPZ voor paraaf"),
        ("restore", Person(account, "A. Bakker", "plv. directeur DVB"), "terug naar het origineel"),
    ]


def test_without_a_display_name_the_account_is_still_recorded(
    store: DraftStore, engine: str
) -> None:
    assert not store.has_author()
    draft, _ = create_example(store)
    (first,) = store.history(draft.id)
    assert first.author.account == _account(engine) and first.author.display_name == ""
    assert signed_label(first.author) == _account(engine)


@pytest.mark.parametrize(
    "value", ["J. de\nVries", "tab\there", "bell\x07", "nul\x00", "x" * 201, "\u2028"]
)
def test_a_name_that_is_not_one_short_line_is_refused(store: DraftStore, value: str) -> None:
    with pytest.raises(ValidationError):
        store.set_setting("user.display_name", value)
    with pytest.raises(ValidationError):
        store.set_setting("user.function", value)
    assert store.person().display_name == "" and store.person().function == ""


def test_a_name_must_be_text(store: DraftStore) -> None:
    with pytest.raises(ValidationError, match="must be text"):
        store.set_setting("user.display_name", 42)


def test_a_bad_note_is_refused_and_nothing_is_saved(store: DraftStore) -> None:
    draft, _ = create_example(store)
    nota = draft.nota
    nota.subject = "gewijzigd"
    for note in ("twee\nregels", "x" * (MAX_NOTE + 1)):
        with pytest.raises(ValidationError):
            store.save(draft.id, nota, base_revision=1, note=note)
    assert len(store.history(draft.id)) == 1
    # a note that is exactly as long as allowed is kept as typed (text is data)
    note = "<b>&amp;</b> " + "é" * (MAX_NOTE - 13)
    store.save(draft.id, nota, base_revision=1, note=note)
    assert store.history(draft.id)[-1].note == note


def test_clean_line_strips_spaces_but_keeps_the_words() -> None:
    assert clean_line("  J. de Vries  ", "x") == "J. de Vries"
    assert clean_line("Zoë Çelik-Ørsted", "x") == "Zoë Çelik-Ørsted"


def test_a_note_on_unchanged_content_marks_the_version(store: DraftStore) -> None:
    draft, _ = create_example(store)
    again = store.save(draft.id, draft.nota, base_revision=1)
    assert again.revision == 1  # nothing changed, no note: nothing written
    noted = store.save(draft.id, draft.nota, base_revision=1, note="naar DGPZ voor paraaf")
    assert noted.revision == 2 and store.history(draft.id)[-1].note == "naar DGPZ voor paraaf"
    assert store.revision(draft.id, 2) == store.revision(draft.id, 1)
