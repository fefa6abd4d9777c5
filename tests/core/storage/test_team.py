"""The team database's own guarantees, on a real PostgreSQL server: need to know by clearance
(row-level security, also against raw SQL), the administrator's clearance command, and the
notifications of the live view."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from notadesk.core.drafting import blank_nota
from notadesk.core.examples import example_nota
from notadesk.core.storage.store import DraftStore
from notadesk.errors import NotFoundError, PolicyError, StorageError, ValidationError
from tests.team import OpenAs, team_database

LOW, HIGH = "nd_team_low", "nd_team_high"
SECRET = "nl.stg-geheim"


@pytest.fixture
def team(postgres_server: Any, tmp_path: Path) -> Iterator[OpenAs]:
    """A fresh team database; ``team(role)`` opens a store on it as that role (the owner:
    ``team("owner")``)."""
    with team_database(postgres_server, tmp_path) as open_as:
        yield open_as


def _secret_nota() -> Any:
    nota = example_nota()
    nota.reference = ""
    nota.classification.level = SECRET
    return nota


def test_a_role_cannot_see_search_export_or_print_a_draft_above_its_clearance(
    team: OpenAs, postgres_server: Any
) -> None:
    owner, high, low = team("owner"), team(HIGH), team(LOW)
    owner.set_clearance(LOW, "nl.dep-vertrouwelijk")
    owner.set_clearance(HIGH, SECRET)
    secret = high.create(_secret_nota())
    open_nota = blank_nota()
    open_nota.subject = "Openbare MINUSMA-notitie"
    public = high.create(open_nota)
    high.record_event(secret.id, "printed", "exemplaar 1")

    # The colleague cleared for it sees both; the other sees only what it is cleared for.
    assert {d.id for d in high.list()} == {secret.id, public.id}
    assert [d.id for d in low.list()] == [public.id]
    assert {h.draft.id for h in high.search("MINUSMA")} == {secret.id, public.id}
    assert [h.draft.id for h in low.search("MINUSMA")] == [public.id]
    assert low.search("inlichtingenketen") == []  # words only the secret draft holds
    with pytest.raises(NotFoundError):
        low.get(secret.id)
    with pytest.raises(NotFoundError):
        low.resolve(secret.nota.reference)
    with pytest.raises(NotFoundError):
        low.histories([secret.id])  # what an export reads
    assert [d.id for d in low.histories(None)] == [public.id]
    assert low.audit_log(secret.id) == []
    # a print is recorded in the copy register and audit log: refused for a hidden draft
    with pytest.raises(PolicyError):
        low.record_copies(secret.id, "print", "exemplaar 2", _copies(secret.id))

    # Even raw SQL through the role's own connection finds nothing of the secret draft.
    from tests.postgres import OWNER

    database = _database_of(low)
    tables = ("drafts", "revisions", "draft_fts", "audit_log", "copy_register", "comments")
    with postgres_server.connect(database, LOW) as con:
        for table in tables:
            column = "id" if table == "drafts" else "draft_id"
            row = con.execute(f"SELECT count(*) FROM {table} WHERE {column} = %s", (secret.id,))
            assert row.fetchone()[0] == 0, table
        assert con.execute("SELECT count(*) FROM drafts").fetchone()[0] == 1
        # nor can it read or change the clearances
        for statement in (
            "SELECT * FROM role_clearances",
            f"UPDATE role_clearances SET level = '{SECRET}' WHERE role = '{LOW}'",
            "ALTER TABLE drafts DISABLE ROW LEVEL SECURITY",
        ):
            with pytest.raises(Exception, match=r"permission denied|must be owner"):
                con.execute(statement)
    with postgres_server.connect(database, OWNER) as con:  # the rows are there all the same
        assert con.execute("SELECT count(*) FROM drafts").fetchone()[0] == 2


def _database_of(store: DraftStore) -> str:
    with store.engine.connect() as conn:
        return str(conn.exec_driver_sql("SELECT current_database()").scalar())


def _copies(draft_id: str) -> Any:
    from notadesk.core.storage.copies import PrintedCopies

    return PrintedCopies(draft_id, 1, 1, SECRET, "STG GEHEIM", "0" * 64)


def test_a_role_cannot_store_a_draft_above_its_clearance(
    team: OpenAs,
) -> None:
    owner, low = team("owner"), team(LOW)
    owner.set_clearance(LOW, "nl.dep-vertrouwelijk")
    with pytest.raises(PolicyError, match="not cleared"):
        low.create(_secret_nota())
    draft = low.create(blank_nota())
    raised = copy.deepcopy(draft.nota)
    raised.classification.level = SECRET
    with pytest.raises(PolicyError, match="not cleared"):
        low.save(draft.id, raised, base_revision=draft.revision)
    assert [d.level for d in low.list()] == ["nl.ongerubriceerd"]


def test_a_role_without_clearance_sees_unclassified_drafts_only(
    team: OpenAs,
) -> None:
    owner, high = team("owner"), team(HIGH)
    owner.set_clearance(HIGH, SECRET)
    high.create(_secret_nota())
    public = high.create(blank_nota())
    assert [d.id for d in team(LOW).list()] == [public.id]
    owner.set_clearance(LOW, SECRET)  # cleared later: seen from the next query on
    assert len(team(LOW).list()) == 2


def test_only_the_administrator_sets_clearances(team: OpenAs) -> None:
    owner = team("owner")
    with pytest.raises(PolicyError, match="administrator"):
        team(LOW).set_clearance(LOW, SECRET)
    with pytest.raises(NotFoundError, match="no role"):
        owner.set_clearance("nobody_here", SECRET)
    with pytest.raises(ValidationError):
        owner.set_clearance(LOW, "nl.topgeheim")
    done = owner.set_clearance(LOW, SECRET)
    assert (done.role, done.level, done.set_by) == (LOW, SECRET, "notadesk_owner")


@pytest.mark.sqlite_only("about the workstation's own database")
def test_clearances_need_the_team_database(store: DraftStore) -> None:
    with pytest.raises(StorageError, match="team database"):
        store.set_clearance("alice", SECRET)
    assert store.listen() is None


def test_a_listener_hears_a_colleagues_save(team: OpenAs) -> None:
    owner, mine, theirs = team("owner"), team(HIGH), team(HIGH)
    owner.set_clearance(HIGH, SECRET)
    listener = mine.listen()
    assert listener is not None
    try:
        assert listener.changed() == []
        draft = theirs.create(blank_nota())
        assert listener.changed(timeout=10) == [draft.id]
        nota = theirs.get(draft.id).nota
        nota.subject = "Gewijzigd door een collega"
        theirs.save(draft.id, nota, base_revision=draft.revision)
        assert listener.changed(timeout=10) == [draft.id]
        assert mine.history(draft.id)[-1].author.account == HIGH  # by whom: the role
        assert listener.changed() == []
    finally:
        listener.close()


def test_the_newest_drafts_come_first_and_a_limit_keeps_the_newest(store: DraftStore) -> None:
    made = []
    for subject in ("eerste", "tweede", "derde"):
        nota = blank_nota()
        nota.subject = subject
        made.append(store.create(nota).id)
    assert [d.id for d in store.list()] == made[::-1]
    assert [d.id for d in store.list(limit=2)] == made[:0:-1]
    assert store.list(limit=0) == []
