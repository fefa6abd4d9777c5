"""The audit log: who, when, what; append-only; entries that keep their identity."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from notadesk.core import identity
from notadesk.core.drafting import blank_nota
from notadesk.core.storage.store import DraftStore
from tests.postgres import APP, REFUSAL, REFUSED, raw_connection

FROZEN = Path(__file__).resolve().parents[2] / "fixtures" / "schemas"


@pytest.fixture
def store(open_store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> DraftStore:
    monkeypatch.setattr(identity.getpass, "getuser", lambda: "pjansen")
    s = open_store(tmp_path / "ws")
    s.set_setting("user.display_name", "P. Jansen")
    return s


def test_every_event_names_who_and_when(store: DraftStore, engine: str) -> None:
    draft = store.create(blank_nota())
    nota = draft.nota
    nota.subject = "gewijzigd"
    store.save(draft.id, nota, base_revision=draft.revision)
    store.restore(draft.id, 1)
    store.delete(draft.id)
    log = store.audit_log(draft.id)
    assert [e.action for e in log] == ["create", "save", "restore", "delete"]
    account = APP if engine == "postgresql" else "pjansen"  # the role the server authenticated
    assert {(e.account, e.person) for e in log} == {(account, "P. Jansen")}
    assert len({e.uuid for e in log}) == 4
    assert all(e.reference == draft.nota.reference for e in log)
    assert [e.at for e in log] == sorted(e.at for e in log)


def test_a_changed_display_name_shows_in_later_entries(store: DraftStore) -> None:
    draft = store.create(blank_nota())
    store.set_setting("user.display_name", "P. de Vries-Jansen")
    store.delete(draft.id)
    assert [e.person for e in store.audit_log(draft.id)] == ["P. Jansen", "P. de Vries-Jansen"]


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE audit_log SET detail = 'x'",
        "UPDATE audit_log SET person = 'iemand anders'",
        "DELETE FROM audit_log",
    ],
)
def test_rows_cannot_be_changed_or_deleted(store: DraftStore, statement: str) -> None:
    draft = store.create(blank_nota())
    # Through a connection of its own, as the application's role: SQLite's trigger refuses;
    # PostgreSQL refuses the role the right (and, for the owner, its trigger: test_server).
    with raw_connection(store) as con, pytest.raises(REFUSED, match=REFUSAL):
        con.execute(statement)
    assert [e.person for e in store.audit_log(draft.id)] == ["P. Jansen"]


def test_entries_from_before_schema_0002_get_a_stable_identity(tmp_path: Path) -> None:
    # (a frozen SQLite file: what databases made before 0002 hold)
    data_dir = tmp_path / "old"
    data_dir.mkdir()
    shutil.copy(FROZEN / "0001.db", data_dir / "notadesk.db")
    with DraftStore.open(data_dir) as store:
        first = store.audit_log()
        again = store.audit_log()
    assert first, "the frozen database holds audit entries"
    assert [e.uuid for e in first] == [e.uuid for e in again]
    assert len({e.uuid for e in first}) == len(first)
    assert all(e.account == "" for e in first)  # nobody was recorded then; nothing is made up
