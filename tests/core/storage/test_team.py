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


# --- raw SQL over every table ---------------------------------------------------------------

MARK = "zilverreiger"
"""A word only the hidden draft and everything about it holds."""
HIDDEN_FILE = b"%PDF-1.4 bijlage zilverreiger " + bytes(range(256))
OPEN_FILE = b"%PDF-1.4 openbare bijlage " + bytes(range(255, -1, -1))


def _with_file(nota: Any, store: DraftStore, data: bytes, name: str) -> Any:
    from notadesk.core.model.nota import Attachment, AttachmentFile

    digest = store.put_blob(data)
    nota.attachments = [
        Attachment(
            "b1", f"Bijlage {name}", AttachmentFile(name, digest, len(data), "application/pdf")
        )
    ]
    return nota


def _hidden_draft_everywhere(high: DraftStore) -> Any:
    """A secret draft with something of it in every kind of row: two revisions with a file, a
    comment, a reply and a resolved thread, a reviewer on the route, printed copies, audit."""
    from notadesk.core.storage import review

    nota = _with_file(_secret_nota(), high, HIDDEN_FILE, f"{MARK}.pdf")
    nota.subject = f"Operatie {MARK.capitalize()} in de Sahel"
    secret = high.create(nota, note=f"eerste {MARK}-versie")
    nota.subject += " (herzien)"
    secret = high.save(secret.id, nota, base_revision=secret.revision, note=f"{MARK} herzien")
    comment = review.add_comment(high, secret.id, f"Klopt de {MARK}-datum?")
    review.add_comment(high, secret.id, f"Ja, {MARK} bevestigd", parent_uuid=comment.uuid)
    review.set_comment_state(high, secret.id, comment.uuid, "resolve")
    review.change_reviewers(high, secret.id, "add", f"DG{MARK.upper()}", f"{MARK}-directeur")
    high.record_copies(secret.id, "print", f"exemplaar {MARK}", _copies(secret.id))
    high.record_event(secret.id, "printed", f"{MARK} geprint")
    return secret


def _readable_rows(con: Any) -> tuple[dict[str, list[str]], list[str]]:
    """Every row of every table and view of the schema as the connection's role may read it,
    as text (a composite row's text form: bytes as hex); and the tables it may not read."""
    import psycopg

    names = [
        r[0]
        for r in con.execute(
            "SELECT table_name FROM information_schema.tables "
            "WHERE table_schema = current_schema() ORDER BY 1"
        )
    ]
    readable: dict[str, list[str]] = {}
    refused: list[str] = []
    for name in names:
        try:
            rows = con.execute(f'SELECT t::text FROM "{name}" AS t').fetchall()
        except psycopg.errors.InsufficientPrivilege:
            refused.append(name)
            continue
        readable[name] = [str(r[0]).lower() for r in rows]
    return readable, refused


def test_raw_sql_over_every_table_finds_nothing_of_a_hidden_draft(
    team: OpenAs, postgres_server: Any
) -> None:
    import hashlib

    from tests.postgres import OWNER

    owner, high, low = team("owner"), team(HIGH), team(LOW)
    owner.set_clearance(LOW, "nl.dep-vertrouwelijk")
    owner.set_clearance(HIGH, SECRET)
    public = low.create(_with_file(blank_nota(), low, OPEN_FILE, "openbaar.pdf"))
    secret = _hidden_draft_everywhere(high)
    hidden_digest = hashlib.sha256(HIDDEN_FILE).hexdigest()
    needles = {
        "a word of it": MARK,
        "its id": secret.id,
        "its reference": secret.nota.reference.lower(),
        "its file's bytes": HIDDEN_FILE.hex(),
        "its file's hash": hidden_digest,
        **{f"revision {r.number}": r.uuid for r in high.history(secret.id)},
    }
    database = _database_of(low)
    postgres_server.sql("ANALYZE", database=database, user=OWNER)  # statistics too

    with postgres_server.connect(database, LOW) as con:
        readable, refused = _readable_rows(con)
        found = {
            (table, what)
            for table, rows in readable.items()
            for what, needle in needles.items()
            if any(needle in row for row in rows)
        }
        stats = [
            str(r[0]).lower()
            for r in con.execute(
                "SELECT s::text FROM pg_stats s WHERE schemaname = current_schema()"
            )
        ]
        # nor can it get at the file by naming its hash in a revision of its own draft
        con.execute(
            "INSERT INTO revisions (draft_id, number, uuid, created, origin, content_hash, "
            "document) VALUES (%s, 99, 'eigen-revisie', 'nu', 'save', '', %s)",
            (public.id, f'{{"attachments": [{{"file": {{"sha256": "{hidden_digest}"}}}}]}}'),
        )
        named = con.execute("SELECT count(*) FROM blobs WHERE sha256 = %s", (hidden_digest,))
        assert named.fetchone()[0] == 0
        for statement in (  # nor claim to hold it, or link it to a draft of its own
            "INSERT INTO blobs VALUES ('0', 1, '\\x00')",
            f"INSERT INTO blob_holders VALUES ('{hidden_digest}', current_user)",
            f"INSERT INTO blob_links VALUES ('{hidden_digest}', '{public.id}')",
        ):
            with pytest.raises(Exception, match="permission denied"):
                con.execute(statement)
        visible_files = [row for row in readable["blobs"]]

    assert found == set()
    assert not [row for row in stats if any(n in row for n in needles.values())]
    # the scan did read what the role may see: its own draft, its file, the levels
    assert "blobs" in readable and any(OPEN_FILE.hex() in row for row in visible_files)
    assert any(public.id in row for row in readable["drafts"])
    assert set(refused) <= {"role_clearances"}
    # and the colleague cleared for it reads the file, through its draft
    assert high.get_blob(hidden_digest) == HIDDEN_FILE
    with postgres_server.connect(database, HIGH) as con:
        assert con.execute("SELECT count(*) FROM blobs").fetchone()[0] == 2


def test_a_file_of_a_hidden_draft_stays_hidden_from_a_store_that_names_it(
    team: OpenAs,
) -> None:
    import hashlib

    owner, high, low = team("owner"), team(HIGH), team(LOW)
    owner.set_clearance(LOW, "nl.dep-vertrouwelijk")
    owner.set_clearance(HIGH, SECRET)
    _hidden_draft_everywhere(high)
    digest = hashlib.sha256(HIDDEN_FILE).hexdigest()
    assert not low.has_blob(digest)
    with pytest.raises(NotFoundError):
        low.get_blob(digest)
    assert low.blobs([digest]) == {}
    nota = blank_nota()
    from notadesk.core.model.nota import Attachment, AttachmentFile

    nota.attachments = [Attachment("b1", "Geraden", AttachmentFile("x.pdf", digest, 1))]
    with pytest.raises(ValidationError, match="not stored here"):
        low.create(nota)
    # a role that has the bytes itself may attach them: it gains nothing it did not have
    assert low.put_blob(HIDDEN_FILE) == digest
    draft = low.create(nota)
    assert low.get_blob(digest) == HIDDEN_FILE
    assert team(LOW).get_blob(digest) == HIDDEN_FILE  # through its draft, on a new connection
    assert draft.nota.attachments[0].file is not None


def test_the_check_reads_only_what_the_role_may_see(team: OpenAs) -> None:
    from notadesk.core.storage.teamcheck import check_team_database
    from tests.postgres import tamper

    owner, high, low = team("owner"), team(HIGH), team(LOW)
    owner.set_clearance(LOW, "nl.dep-vertrouwelijk")
    owner.set_clearance(HIGH, SECRET)
    secret = high.create(_secret_nota())
    low.create(blank_nota())
    tamper(high, f"UPDATE revisions SET document = '{{}}' WHERE draft_id = '{secret.id}'")
    seen_low = check_team_database(low, "team")
    assert (seen_low.whole, seen_low.drafts, seen_low.revisions) == (True, 1, 1)
    seen_high = check_team_database(high, "team")
    assert seen_high.drafts == 2 and not seen_high.whole
    assert seen_high.problems == [
        f"revision 1 of draft {secret.nota.reference} does not match its content hash"
    ]


def test_the_upgrade_links_the_files_of_stored_drafts_and_takes_insert_away(
    postgres_server: Any, tmp_path: Path
) -> None:
    """Drafts stored before 0007 keep their files readable through them, and only them; a
    role granted INSERT on blobs by an older `admin grant` loses it."""
    import hashlib

    from alembic import command
    from alembic.config import Config

    from notadesk.core.storage import database
    from notadesk.core.storage.clearance import set_clearance
    from tests.postgres import APP, OWNER

    name = postgres_server.new_database()
    try:
        with DraftStore.open(tmp_path / "app", server=postgres_server.url(name)) as app:
            secret = app.create(_with_file(_secret_nota(), app, HIDDEN_FILE, "geheim.pdf"))
            public = app.create(_with_file(blank_nota(), app, OPEN_FILE, "open.pdf"))
        owner = database.make_server_engine(postgres_server.url(name, OWNER))
        try:
            config = Config()
            config.set_main_option("script_location", str(database.MIGRATIONS_DIR))
            with owner.connect() as conn:
                config.attributes["connection"] = conn
                command.downgrade(config, "0006")
                conn.exec_driver_sql(f"GRANT INSERT ON blobs TO {APP}")  # as 0006's grants
                conn.commit()
            database.upgrade(owner)
            low_url = postgres_server.login_role(LOW, database=name)
            set_clearance(owner, LOW, "nl.dep-vertrouwelijk")
            with owner.connect() as conn:
                links = conn.exec_driver_sql("SELECT draft_id FROM blob_links").scalars().all()
                may_insert = conn.exec_driver_sql(
                    f"SELECT has_table_privilege('{APP}', 'blobs', 'INSERT')"
                ).scalar()
        finally:
            owner.dispose()
        assert sorted(links) == sorted([secret.id, public.id]) and may_insert is False
        with DraftStore.open(tmp_path / "low", server=low_url) as low:
            assert low.get_blob(hashlib.sha256(OPEN_FILE).hexdigest()) == OPEN_FILE
            assert not low.has_blob(hashlib.sha256(HIDDEN_FILE).hexdigest())
        with DraftStore.open(tmp_path / "app2", server=postgres_server.url(name)) as app:
            assert app.get_blob(hashlib.sha256(HIDDEN_FILE).hexdigest()) == HIDDEN_FILE
    finally:
        postgres_server.drop_database(name)
