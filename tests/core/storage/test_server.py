"""The same guarantees on the server: what the application role may not do, the author of
every change is the database role, and concurrent writers lose nothing (ten processes)."""

from __future__ import annotations

import itertools
import multiprocessing
import os
import pwd
from pathlib import Path
from typing import Any

import psycopg
import pytest

from notadesk.core.drafting import blank_nota
from notadesk.core.examples import example_nota
from notadesk.core.model.nota import Finding
from notadesk.core.storage import review
from notadesk.core.storage.copies import PrintedCopies
from notadesk.core.storage.selection import server_parts
from notadesk.core.storage.store import DraftStore
from notadesk.core.storage.tables import Base
from notadesk.errors import ConflictError, StorageError
from tests.postgres import APP, OWNER, raw_connection

APPEND_ONLY = tuple(sorted(t.name for t in Base.metadata.sorted_tables if "db_role" in t.c))
"""The logs: the tables whose rows record the role that wrote them (schema 0004)."""


def test_the_logs_are_known_by_their_db_role_column() -> None:
    assert len(APPEND_ONLY) == 6 and {"revisions", "audit_log", "copy_register"} < set(APPEND_ONLY)


def _database(url: str) -> str:
    return server_parts(url)["dbname"]


@pytest.fixture
def team(server_database) -> str:
    return server_database()


def _filled(store: DraftStore) -> str:
    """A draft with a row in every append-only table; return its id."""
    draft = store.create(example_nota())
    comment = review.add_comment(store, draft.id, "Klopt dit getal?")
    review.set_comment_state(store, draft.id, comment.uuid, "resolve")
    review.change_reviewers(store, draft.id, "add", "DGPZ", "directeur")
    store.record_copies(
        draft.id, "print", "1 copy", PrintedCopies(draft.id, 1, 1, "nl.stg-geheim", "x", "0" * 64)
    )
    return draft.id


@pytest.mark.parametrize("table", APPEND_ONLY)
def test_the_application_role_may_not_update_delete_or_truncate(
    team: str, data_dir: Path, table: str
) -> None:
    with DraftStore.open(data_dir, server=team) as store:
        _filled(store)
        with raw_connection(store) as con:
            for statement in (
                f"UPDATE {table} SET draft_id = draft_id",
                f"DELETE FROM {table}",
                f"TRUNCATE {table}",
            ):
                with pytest.raises(psycopg.errors.InsufficientPrivilege, match="permission denied"):
                    con.execute(statement)  # type: ignore[arg-type]
            assert con.execute(f"SELECT count(*) FROM {table}").fetchone()[0] > 0  # type: ignore[arg-type]


@pytest.mark.parametrize("table", APPEND_ONLY)
def test_even_the_owner_is_refused_by_the_triggers(
    postgres_server, team: str, data_dir: Path, table: str
) -> None:
    with DraftStore.open(data_dir, server=team) as store:
        _filled(store)
    with postgres_server.connect(_database(team), OWNER) as con:
        for statement in (
            f"UPDATE {table} SET draft_id = draft_id",
            f"DELETE FROM {table}",
            f"TRUNCATE {table}",
        ):
            with pytest.raises(psycopg.IntegrityError, match=f"{table} is append-only"):
                con.execute(statement)


def test_the_application_role_holds_no_more_than_the_grants(postgres_server, team: str) -> None:
    """What notadesk_app may do, table by table, read from the server's own catalogue."""
    with postgres_server.connect(_database(team)) as con:
        rows = con.execute(
            "SELECT table_name, string_agg(privilege_type, ',' ORDER BY privilege_type) "
            "FROM information_schema.role_table_grants WHERE grantee = %s GROUP BY table_name",
            (APP,),
        ).fetchall()
    rights = dict(rows)
    for table in APPEND_ONLY:
        assert rights[table] == "INSERT,SELECT", table
    assert rights["drafts"] == "INSERT,SELECT,UPDATE"
    assert "DELETE" not in rights["blobs"] and "UPDATE" not in rights["blobs"]


def test_the_author_of_every_change_is_the_database_role(
    postgres_server, team: str, tmp_path: Path
) -> None:
    name = _database(team)
    alice_url = postgres_server.login_role("nd_alice", database=name)
    bob_url = postgres_server.login_role("nd_bob", database=name)
    with DraftStore.open(tmp_path / "a", server=alice_url) as alice:
        alice.set_setting("user.display_name", "A. Lice")
        draft_id = _filled(alice)
    with DraftStore.open(tmp_path / "b", server=bob_url) as bob:
        assert bob.get_setting("user.display_name") == ""  # a person's name is their own
        bob.set_setting("user.display_name", "B. Ob")
        draft = bob.get(draft_id)
        nota = draft.nota
        nota.subject = "door Bob herzien"
        bob.save(draft_id, nota, base_revision=draft.revision)
        authors = [(r.author.account, r.author.display_name) for r in bob.history(draft_id)]
        assert authors == [("nd_alice", "A. Lice"), ("nd_bob", "B. Ob")]
        assert {e.account for e in bob.audit_log(draft_id)} == {"nd_alice", "nd_bob"}
        # Around notadesk, Bob claims to be Alice: the server records Bob all the same.
        with raw_connection(bob) as con:
            con.execute(
                "INSERT INTO audit_log (at, draft_id, action, detail, uuid, workstation, "
                "account, person, data, db_role) VALUES ('2026-01-01', %s, 'save', '', "
                "gen_random_uuid()::text, '', 'nd_alice', 'A. Lice', '', 'nd_alice')",
                (draft_id,),
            )
    with postgres_server.connect(name) as con:
        for table in APPEND_ONLY:
            roles = {r[0] for r in con.execute(f"SELECT db_role FROM {table}")}  # type: ignore[arg-type]
            assert roles and roles <= {"nd_alice", "nd_bob"}, table
        numbers = con.execute(
            "SELECT number, db_role FROM revisions WHERE draft_id = %s ORDER BY number",
            (draft_id,),
        ).fetchall()
        forged = con.execute(
            "SELECT db_role FROM audit_log WHERE account = 'nd_alice' AND at = '2026-01-01'"
        ).fetchone()
    assert numbers == [(1, "nd_alice"), (2, "nd_bob")]
    assert forged == ("nd_bob",)


# --- ten processes -----------------------------------------------------------------------

WRITERS = 10
ROUNDS = 4


def _writer(
    number: int, data_dir: str, server: str | None, shared: str, own: str, start: Any, out: Any
) -> None:
    """Save the shared draft (retrying on each conflict) and this writer's own, ROUNDS times."""
    saved: list[str] = []
    conflicts, errors = 0, []
    try:
        with DraftStore.open(Path(data_dir), server=server) as store:
            start.wait(timeout=60)
            for n in range(ROUNDS):
                token = f"w{number}r{n}"
                while True:
                    draft = store.get(shared)
                    nota = draft.nota
                    nota.findings.append(
                        Finding(id=token, number=len(nota.findings) + 1, text=f"bevinding {token}")
                    )
                    try:
                        store.save(shared, nota, base_revision=draft.revision)
                    except ConflictError as exc:
                        conflicts += 1
                        if exc.expected != draft.revision or exc.actual <= draft.revision:
                            errors.append(f"odd conflict {exc.expected}/{exc.actual}")
                        continue
                    saved.append(token)
                    break
                mine = store.get(own)
                nota = mine.nota
                nota.subject = f"schrijver {number} ronde {n}"
                store.save(own, nota, base_revision=mine.revision)
    except Exception as exc:  # anything but a ConflictError is a failure the parent reports
        errors.append(f"{type(exc).__name__}: {exc}")
    out.put((number, saved, conflicts, errors))


def test_ten_processes_lose_no_update_and_every_conflict_is_said(
    open_store, tmp_path: Path, engine: str
) -> None:
    store = open_store(tmp_path / "first")
    shared = store.create(blank_nota()).id
    own = [store.create(blank_nota()).id for _ in range(WRITERS)]
    # A process of its own each: on SQLite all on the one file, on the server each with a
    # data folder of its own (as ten workstations would be).
    folders = [tmp_path / ("first" if store.server is None else f"w{i}") for i in range(WRITERS)]
    store.engine.dispose()  # no connection of this process is carried into the others
    context = multiprocessing.get_context("fork")  # (spawn: seconds of imports per process)
    start, out = context.Barrier(WRITERS), context.Queue()
    processes = [
        context.Process(
            target=_writer, args=(i, str(folders[i]), store.server, shared, own[i], start, out)
        )
        for i in range(WRITERS)
    ]
    for p in processes:
        p.start()
    results = [out.get(timeout=240) for _ in processes]
    for p in processes:
        p.join(timeout=60)
    assert [e for r in results for e in r[3]] == []
    saved = [token for r in results for token in r[1]]
    assert len(saved) == WRITERS * ROUNDS == len(set(saved))
    # no lost update: every confirmed save is in the shared draft, in one unbroken history
    final = store.get(shared)
    assert sorted(f.id for f in final.nota.findings) == sorted(saved)
    history = store.history(shared)
    assert [r.number for r in history] == list(range(1, 2 + len(saved)))
    assert all(b.parent_uuid == a.uuid for a, b in itertools.pairwise(history))
    for i, draft_id in enumerate(own):  # the drafts each process had to itself
        assert store.get(draft_id).nota.subject == f"schrijver {i} ronde {ROUNDS - 1}"
        assert store.get(draft_id).revision == 1 + ROUNDS
    conflicts = sum(r[2] for r in results)
    print(
        f"{engine}: {len(saved)} saves of one draft by {WRITERS} processes, {conflicts} conflicts"
    )


def test_a_right_the_role_lacks_is_one_sentence_and_nothing_is_written(
    postgres_server, team: str, tmp_path: Path
) -> None:
    name = _database(team)
    url = postgres_server.login_role("nd_carol", database=name)
    postgres_server.sql("REVOKE INSERT ON audit_log FROM nd_carol", database=name)
    with DraftStore.open(tmp_path / "c", server=url) as carol:
        with pytest.raises(
            StorageError,
            match=r"^The team database cannot be written: .*"
            r"permission denied for table audit_log\.$",
        ):
            carol.create(blank_nota())
        assert carol.list() == []  # the draft went with the refused log row


def test_the_test_server_runs_unprivileged_on_a_unix_socket_only(postgres_server) -> None:
    with postgres_server.connect() as con:
        assert con.execute("SHOW listen_addresses").fetchone() == ("",)
        assert con.execute("SHOW unix_socket_directories").fetchone() == (
            postgres_server.socket_dir,
        )
        pid = con.execute("SELECT pg_backend_pid()").fetchone()[0]
        assert con.info.host == postgres_server.socket_dir  # (a path: a Unix socket)
        # while the connection is open: its server process ends with it
        owner = Path(f"/proc/{pid}").stat().st_uid
    assert owner != 0  # PostgreSQL refuses root; as root the fixture runs it as postgres
    assert owner == (pwd.getpwnam("postgres").pw_uid if os.geteuid() == 0 else os.geteuid())
