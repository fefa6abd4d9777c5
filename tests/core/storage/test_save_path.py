"""The save path's round trips (docs/performance.md, "Saves on the team database"): a save is
one transaction, a server keeps its prepared statements, the search row is written once and
only when its text changed, and a save that waited for the row lock still sees a conflict."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import event, text

from notadesk.core.examples import example_nota
from notadesk.core.model.nota import Nota
from notadesk.core.storage.store import DraftStore
from notadesk.errors import ConflictError, JustificationRequired, PolicyError
from tests.postgres import raw_connection


@pytest.fixture
def team_store(server_database, data_dir: Path) -> Iterator[DraftStore]:
    with DraftStore.open(data_dir, server=server_database()) as store:
        yield store


def test_a_save_or_restore_is_one_transaction_on_one_connection(store: DraftStore) -> None:
    # The gate's settings are read inside the write: before, each setting took a connection
    # and a transaction of its own (on a server: four round trips each).
    draft = store.create(example_nota())
    checkouts: list[object] = []
    event.listen(store.engine, "checkout", lambda *args: checkouts.append(args))
    nota = draft.nota
    nota.subject = "Een ander onderwerp"
    saved = store.save(draft.id, nota, base_revision=draft.revision)
    assert len(checkouts) == 1
    assert saved.revision == draft.revision + 1
    checkouts.clear()
    store.restore(draft.id, 1, base_revision=saved.revision)
    assert len(checkouts) == 2  # its write, and the read of the draft it returns


def test_a_stricter_setting_is_in_force_for_a_save(store: DraftStore) -> None:
    # (read inside the write now; a stored ceiling lowers the policy's)
    first = example_nota()
    first.classification.level = "nl.dep-vertrouwelijk"
    draft = store.create(first)
    store.set_setting("workstation.ceiling", "nl.ongerubriceerd")
    nota = draft.nota
    nota.subject = "Een ander onderwerp"
    with pytest.raises(PolicyError, match=r"(?i)ongerubriceerd"):
        store.save(draft.id, nota, base_revision=draft.revision)
    assert store.get(draft.id).revision == draft.revision


def test_reads_keep_the_servers_prepared_statements(team_store: DraftStore) -> None:
    # psycopg forgets its prepared statements at every ROLLBACK and prepares a statement
    # on its fifth run on a connection: reads ending in ROLLBACK kept every statement of a
    # save from ever being prepared.
    draft = team_store.create(example_nota())
    for _ in range(6):
        team_store.get(draft.id)
    with team_store.reading() as s:
        prepared = s.scalar(text("SELECT count(*) FROM pg_prepared_statements"))
    assert prepared and prepared > 0


def _search_row(store: DraftStore, draft_id: str) -> tuple[object, ...]:
    """The search row's text and order columns, and whether its order is its draft's."""
    with raw_connection(store) as con:
        row = con.execute(
            "SELECT f.subject, f.body, f.updated, f.level, f.trashed, "
            "(f.updated, f.level, f.trashed) = (d.updated, d.level, d.deleted_at IS NOT NULL) "
            "FROM draft_fts f JOIN drafts d ON d.id = f.draft_id WHERE f.draft_id = %s",
            (draft_id,),
        ).fetchone()
    assert row is not None
    return tuple(row)


def test_the_search_row_follows_every_save_its_text_when_changed(team_store: DraftStore) -> None:
    draft = team_store.create(example_nota())
    before = _search_row(team_store, draft.id)
    nota = draft.nota
    nota.date = dt.date(2022, 9, 26)  # a field the search row does not hold
    same_text = team_store.save(draft.id, nota, base_revision=draft.revision)
    after = _search_row(team_store, draft.id)
    assert after[:2] == before[:2] and after[2] > before[2] and after[5] is True

    nota.classification.level = "nl.dep-vertrouwelijk"  # the order again (level)
    head = team_store.save(draft.id, nota, base_revision=same_text.revision).revision
    assert _search_row(team_store, draft.id)[3:] == ("nl.dep-vertrouwelijk", False, True)

    for subject, gone in (("Kiwiplantage", "NLse"), ("Ananasteelt", "Kiwiplantage")):
        nota.subject = subject  # the subject changes, the body does not
        head = team_store.save(draft.id, nota, base_revision=head).revision
        found = {word: [h.draft.id for h in team_store.search(word)] for word in (subject, gone)}
        assert found[subject] == [draft.id]
        assert found[gone] == ([draft.id] if gone == "NLse" else [])  # NLse: in the body too
    assert _search_row(team_store, draft.id)[1] == before[1]
    assert [h.draft.id for h in team_store.search("Kamerbrief")] == [draft.id]  # the body's


def _wait_until_blocked(store: DraftStore, holder: int, saving: threading.Thread) -> None:
    """Return once a backend other than the ``holder``'s waits for a lock (or the saving
    thread ended without waiting: the test's checks then say what happened)."""
    with psycopg.connect(store.server, autocommit=True) as con:
        while (
            saving.is_alive()
            and not con.execute(
                "SELECT 1 FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND pid <> %s",
                (holder,),
            ).fetchone()
        ):
            con.execute("SELECT pg_sleep(0.01)")


def _save_in_thread(
    store: DraftStore, draft_id: str, nota: Nota, base: int
) -> tuple[threading.Thread, list[object]]:
    outcome: list[object] = []

    def run() -> None:
        try:
            outcome.append(store.save(draft_id, nota, base_revision=base))
        except Exception as exc:  # handed to the test, which names what it expects
            outcome.append(exc)

    thread = threading.Thread(target=run)
    thread.start()
    return thread, outcome


def test_a_save_that_waited_for_the_row_lock_sees_the_head_that_moved(
    team_store: DraftStore,
) -> None:
    # The row and its head's document are read in one locking statement: when the head
    # moves while the lock is awaited, the save is a conflict, never a missing draft.
    draft = team_store.create(example_nota())
    nota = draft.nota
    nota.subject = "Na het wachten"
    with psycopg.connect(team_store.server) as holder:
        holder.execute("SELECT 1 FROM drafts WHERE id = %s FOR UPDATE", (draft.id,))
        thread, outcome = _save_in_thread(team_store, draft.id, nota, draft.revision)
        _wait_until_blocked(team_store, holder.info.backend_pid, thread)
        holder.execute("UPDATE drafts SET head = head + 1 WHERE id = %s", (draft.id,))
        holder.commit()
    thread.join(timeout=30)
    assert len(outcome) == 1 and isinstance(outcome[0], ConflictError)
    assert outcome[0].actual == draft.revision + 1  # type: ignore[attr-defined]


def test_a_save_that_waited_for_an_unchanged_head_checks_it_against_the_old_content(
    team_store: DraftStore,
) -> None:
    # The head's document read with the lock is the old content the gate compares with: a
    # lower marking still needs a justification after the wait.
    raised = example_nota()
    raised.classification.level = "nl.dep-vertrouwelijk"
    draft = team_store.create(raised)
    nota = draft.nota
    nota.classification.level = "nl.ongerubriceerd"
    with psycopg.connect(team_store.server) as holder:
        holder.execute("SELECT 1 FROM drafts WHERE id = %s FOR UPDATE", (draft.id,))
        thread, outcome = _save_in_thread(team_store, draft.id, nota, draft.revision)
        _wait_until_blocked(team_store, holder.info.backend_pid, thread)
        holder.rollback()
    thread.join(timeout=30)
    assert len(outcome) == 1 and isinstance(outcome[0], JustificationRequired)
    assert team_store.get(draft.id).revision == draft.revision
