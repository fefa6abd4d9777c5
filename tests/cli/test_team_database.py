"""Choosing the team database: --database, NOTADESK_DATABASE, the policy; admin commands."""

from __future__ import annotations

from pathlib import Path

import pytest

from notadesk.core.storage.selection import (
    ENV_DATABASE,
    chosen_server,
    database_choice,
    server_conninfo,
    store_database,
    stored_database,
)
from notadesk.errors import StorageError
from tests.helpers import cli_in_process
from tests.postgres import OWNER

Cap = pytest.CaptureFixture[str]


@pytest.fixture
def team(server_database) -> str:
    """The URL of an empty team database on the test server (as the application role)."""
    return server_database()


def _titles(capsys: Cap, *args: str) -> list[str]:
    result = cli_in_process(capsys, *args, "list", "--json")
    assert result.status == 0, result.err
    return [d["subject"] for d in result.json()]


def _local_draft(capsys: Cap) -> None:
    """A draft in the SQLite database of the data folder (which a team database hides)."""
    assert cli_in_process(capsys, "new", "--subject", "lokaal").status == 0


def test_without_a_url_the_data_folder_database_is_used(capsys: Cap) -> None:
    _local_draft(capsys)
    assert chosen_server() is None
    assert _titles(capsys) == ["lokaal"]


def test_database_option_works_in_the_team_database(capsys: Cap, team: str) -> None:
    _local_draft(capsys)
    made = cli_in_process(capsys, "--database", team, "new", "--subject", "team")
    assert made.status == 0, made.err
    # the list, show and search go to the server: the fast path never reads the local file
    assert _titles(capsys, "--database", team) == ["team"]
    shown = cli_in_process(capsys, "--database", team, "show", made.out.strip(), "--json")
    assert shown.json()["nota"]["subject"] == "team"
    assert _titles(capsys) == ["lokaal"]  # and without the option, the local one again


def test_the_environment_chooses_when_no_option_does(
    capsys: Cap, team: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    _local_draft(capsys)
    monkeypatch.setenv(ENV_DATABASE, team)
    assert cli_in_process(capsys, "new", "--subject", "team").status == 0
    assert _titles(capsys) == ["team"]


def test_the_policy_wins_over_the_option_and_the_environment(
    capsys: Cap, team: str, server_database, policy_file, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = server_database()
    policy_file(database=team)
    monkeypatch.setenv(ENV_DATABASE, other)
    assert chosen_server(other) == team
    assert cli_in_process(capsys, "--database", other, "new", "--subject", "t").status == 0
    assert _titles(capsys) == ["t"]
    monkeypatch.delenv(ENV_DATABASE)
    policy_file()  # the policy no longer sets it: the person's choice holds again
    assert _titles(capsys, "--database", other) == []


@pytest.mark.parametrize(
    "url",
    [
        "postgresql://alice:geheim-wachtwoord@db.example/notadesk",
        "postgresql:///notadesk?password=geheim-wachtwoord",
    ],
)
def test_a_url_with_a_password_is_refused_without_repeating_it(capsys: Cap, url: str) -> None:
    with pytest.raises(StorageError, match="holds a password") as caught:
        server_conninfo(url)
    assert "geheim" not in str(caught.value)
    result = cli_in_process(capsys, "--database", url, "list")
    assert result.status == 1
    assert "holds a password; notadesk stores none" in result.err
    assert "geheim" not in result.out + result.err


@pytest.mark.parametrize(
    "url",
    [
        "postgresql://db.example/nota\x00desk",  # a NUL ends the text libpq reads
        "postgresql://db.example/\u202eksedaton",  # reads 'notadesk' right to left
        "postgresql://db.example/notadesk\u200b",  # an invisible character
        "postgresql://db.example/notadesk\n?host=elders",
        "postgresql://" + "d" * 1_000_000,
    ],
    ids=["nul", "direction", "invisible", "line-break", "a-million"],
)
def test_a_url_with_control_characters_or_a_million_of_them_is_refused(
    capsys: Cap, url: str, data_dir: Path
) -> None:
    with pytest.raises(StorageError, match="at most 2,000 characters and no control"):
        server_conninfo(url)
    with pytest.raises(StorageError, match="no control"):
        store_database(url, data_dir)  # the window's choice: nothing is stored
    assert stored_database(data_dir) is None
    result = cli_in_process(capsys, "--database", url, "list")
    assert result.status == 1
    assert "at most 2,000 characters and no control" in result.err
    assert len(result.err) < 400  # the URL is not repeated


@pytest.mark.parametrize("url", ["mysql://db/notadesk", "/tmp/notadesk.db", "sqlite:///x.db"])
def test_a_url_that_is_not_postgresql_is_refused(capsys: Cap, url: str) -> None:
    result = cli_in_process(capsys, "--database", url, "list")
    assert result.status == 1
    assert "must be given as a PostgreSQL URL" in result.err


def test_a_policy_database_that_is_no_url_breaks_the_policy(capsys: Cap, policy_file) -> None:
    policy_file(database="notadesk.example")
    result = cli_in_process(capsys, "list")
    assert result.status == 1 and "policy" in result.err and "database" in result.err


def test_a_server_that_is_not_there_is_one_sentence(capsys: Cap, tmp_path: Path) -> None:
    result = cli_in_process(capsys, "--database", f"postgresql:///x?host={tmp_path}", "list")
    assert result.status == 1
    assert result.err.startswith("notadesk: The team database 'x' on ")
    assert "cannot be reached" in result.err and "Traceback" not in result.err
    assert len(result.err.strip().splitlines()) == 1


def _team_with_history(team: str, data_dir: Path) -> tuple[str, str]:
    """Two drafts in the team database: one saved twice with a file and a comment on it."""
    from notadesk.core.drafting import blank_nota
    from notadesk.core.model.nota import Attachment, AttachmentFile
    from notadesk.core.storage import review
    from notadesk.core.storage.store import DraftStore

    with DraftStore.open(data_dir, server=team) as store:
        nota = blank_nota()
        digest = store.put_blob(b"%PDF-1.4 bijlage")
        nota.attachments = [Attachment("b1", "Bijlage", AttachmentFile("b.pdf", digest, 16))]
        first = store.create(nota)
        nota.subject = "herzien"
        store.save(first.id, nota, base_revision=1)
        review.add_comment(store, first.id, "Klopt dit?")
        store.create(blank_nota())
    return first.id, digest


def test_check_on_a_team_database_checks_what_the_role_sees(
    capsys: Cap, team: str, data_dir: Path
) -> None:
    from notadesk.core.storage.store import DraftStore
    from tests.postgres import tamper

    draft_id, digest = _team_with_history(team, data_dir)
    whole = cli_in_process(capsys, "--database", team, "check")
    assert whole.status == 0, whole.err
    assert "is whole as far as notadesk can check: 2 drafts and 3 revisions" in whole.out
    assert "that role notadesk_app may see" in whole.out
    with DraftStore.open(data_dir, server=team) as store:
        tamper(
            store,
            f"UPDATE revisions SET document = replace(document, 'herzien', 'vervalst') "
            f"WHERE draft_id = '{draft_id}' AND number = 2",
            "INSERT INTO comments (uuid, draft_id, revision_uuid, created, text, anchor, "
            "author_account, author_name, author_function) "
            "VALUES ('wees', 'geen-concept', '', 'nu', 'verweesd', '{}', '', '', '')",
            f"UPDATE blobs SET data = 'anders'::bytea WHERE sha256 = '{digest}'",
            f"UPDATE drafts SET head = 5 WHERE id = '{draft_id}'",
        )
    damaged = cli_in_process(capsys, "--database", team, "check")
    assert damaged.status == 1
    assert "revision 2 of draft" in damaged.out and "does not match its content hash" in damaged.out
    assert "1 rows of comments belong to no draft" in damaged.out
    assert f"the attachment file {digest[:12]}… does not match its hash" in damaged.out
    assert "current revision is not its last one (5, not 2)" in damaged.out
    assert "holds 4 problems" in damaged.err and "pg_restore" in damaged.err


def test_a_gap_in_a_chain_is_found(capsys: Cap, team: str, data_dir: Path) -> None:
    from notadesk.core.storage.store import DraftStore
    from tests.postgres import tamper

    draft_id, _digest = _team_with_history(team, data_dir)
    with DraftStore.open(data_dir, server=team) as store:
        tamper(store, f"DELETE FROM revisions WHERE draft_id = '{draft_id}' AND number = 1")
    damaged = cli_in_process(capsys, "--database", team, "check")
    assert damaged.status == 1
    assert "are not numbered 1 to 1 without a gap" in damaged.out
    assert "revision 2 of draft" in damaged.out and "follows no earlier revision" in damaged.out


def test_recover_is_for_the_local_file(capsys: Cap, team: str) -> None:
    result = cli_in_process(capsys, "--database", team, "recover")
    assert result.status == 1
    assert "restored by its administrator from a backup (pg_dump, pg_restore)" in result.err


def test_admin_upgrade_then_grant_as_the_owner(capsys: Cap, postgres_server) -> None:
    name = f"admin_{id(capsys)}"
    postgres_server.sql(f"CREATE DATABASE {name} OWNER {OWNER}")
    postgres_server.sql("CREATE ROLE cli_alice LOGIN")
    try:
        owner = postgres_server.url(name, OWNER)
        alice = postgres_server.url(name, "cli_alice")
        refused = cli_in_process(capsys, "--database", alice, "list")
        assert refused.status == 1 and "holds no notadesk schema yet" in refused.err
        done = cli_in_process(capsys, "--database", owner, "admin", "upgrade")
        assert done.status == 0, done.err
        assert "was empty and is now at schema" in done.out
        again = cli_in_process(capsys, "--database", owner, "admin", "upgrade")
        assert "nothing was changed" in again.out
        # before the grant alice may not read; after it she works in it
        denied = cli_in_process(capsys, "--database", alice, "list")
        assert denied.status == 1 and "has no rights in the team database" in denied.err
        granted = cli_in_process(capsys, "--database", owner, "admin", "grant", "cli_alice")
        assert granted.status == 0, granted.err
        assert cli_in_process(capsys, "--database", alice, "new", "--subject", "a").status == 0
        assert _titles(capsys, "--database", alice) == ["a"]
        missing = cli_in_process(capsys, "--database", owner, "admin", "grant", "nobody_here")
        assert missing.status == 1 and "'nobody_here' could not be given its rights" in missing.err
    finally:
        postgres_server.drop_database(name)
        postgres_server.sql("DROP ROLE cli_alice")


def test_admin_needs_a_team_database(capsys: Cap) -> None:
    result = cli_in_process(capsys, "admin", "upgrade")
    assert result.status == 1 and "no team database to administer" in result.err


def test_a_policy_database_url_with_a_password_breaks_the_policy(capsys: Cap, policy_file) -> None:
    policy_file(database="postgresql://alice:geheim@db.example/notadesk")
    result = cli_in_process(capsys, "policy", "--json")
    assert result.status == 1
    assert "its database URL holds a password; notadesk stores none" in result.err
    assert "geheim" not in result.out + result.err


def test_the_policy_command_names_the_team_database(capsys: Cap, team: str, policy_file) -> None:
    assert "Database: the person's choice" in cli_in_process(capsys, "policy").out
    policy_file(database=team)
    shown = cli_in_process(capsys, "policy")
    assert shown.status == 0, shown.err
    assert "Database: the team database 'notadesk_test_" in shown.out
    assert cli_in_process(capsys, "policy", "--json").json()["database"] == team


def test_the_persons_setting_chooses_after_the_option_and_the_environment(
    capsys: Cap,
    team: str,
    server_database,
    policy_file,
    monkeypatch: pytest.MonkeyPatch,
    data_dir: Path,
) -> None:
    _local_draft(capsys)
    other, ruled = server_database(), server_database()
    assert database_choice(None, data_dir).source == "default"
    store_database(team, data_dir)
    assert stored_database(data_dir) == team
    assert (data_dir / "database.json").stat().st_mode & 0o777 == 0o600
    assert (database_choice(None, data_dir).server, database_choice(None, data_dir).source) == (
        team,
        "settings",
    )
    assert cli_in_process(capsys, "new", "--subject", "team").status == 0
    assert _titles(capsys) == ["team"]  # every command uses it, the cold list as well
    monkeypatch.setenv(ENV_DATABASE, other)
    assert database_choice(None, data_dir).source == "environment"
    assert _titles(capsys) == []
    assert database_choice(team, data_dir).source == "option"
    assert _titles(capsys, "--database", team) == ["team"]
    policy_file(database=ruled)
    choice = database_choice(team, data_dir)
    assert (choice.server, choice.source, choice.fixed) == (ruled, "policy", True)
    policy_file()
    monkeypatch.delenv(ENV_DATABASE)
    store_database(None, data_dir)
    assert not (data_dir / "database.json").exists()
    assert database_choice(None, data_dir).source == "default"
    assert _titles(capsys) == ["lokaal"]


def test_a_setting_with_a_password_is_not_stored(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    with pytest.raises(StorageError, match="holds a password"):
        store_database("postgresql://alice:geheim@db/notadesk", data_dir)
    assert not (data_dir / "database.json").exists()


def test_a_broken_setting_is_one_sentence(capsys: Cap, data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    (data_dir / "database.json").write_text("{not json", encoding="utf-8")
    result = cli_in_process(capsys, "list")
    assert result.status == 1
    assert "The database setting" in result.err and "cannot be read" in result.err


@pytest.mark.parametrize(
    ("said", "sentence"),
    [
        ('FATAL:  password authentication failed for user "jdevries"', "refused the login"),
        ('FATAL:  no pg_hba.conf entry for host "10.1.2.3", user "x"', "refused the login"),
        ('could not open certificate file "/h/.postgresql/postgresql.crt": No such file', "login"),
        ("received invalid response to SSL negotiation: H", "cannot be reached"),
        (
            "failed to resolve host 'db.directie.lan': Name or service not known",
            "cannot be reached",
        ),
        ('connection to server at "10.1.2.3", port 5432 failed: timeout expired', "be reached"),
        ('FATAL:  role "jdevries" does not exist', "has no database role 'jdevries'"),
        ('FATAL:  database "notadesk" does not exist', "has no database 'notadesk'"),
        ("permission denied for table alembic_version", "has no rights"),
        ("something else entirely", "cannot be used: something else entirely"),
    ],
)
def test_what_libpq_says_becomes_a_sentence_a_person_can_act_on(said: str, sentence: str) -> None:
    """The server's refusals that the test server (trust, Unix socket) cannot provoke."""
    from notadesk.core.storage.database import unusable_server

    text = str(unusable_server("postgresql://jdevries@db.directie.lan/notadesk", OSError(said)))
    assert sentence in text and ("'notadesk' on db.directie.lan" in text or "no database" in text)
    assert len(text.splitlines()) == 1
