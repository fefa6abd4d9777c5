"""Migrations: from an empty database, from every frozen schema, and what is refused."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from notadesk.core.storage import database
from notadesk.core.storage.store import DraftStore
from notadesk.core.storage.tables import Base
from notadesk.errors import StorageError
from tests.postgres import APP, OWNER

FROZEN = Path(__file__).resolve().parents[2] / "fixtures" / "schemas"


def _script() -> ScriptDirectory:
    config = Config()
    config.set_main_option("script_location", str(database.MIGRATIONS_DIR))
    return ScriptDirectory.from_config(config)


def test_schema_head_constant_is_alembics_head() -> None:
    from notadesk.core.storage import queries

    assert _script().get_heads() == [database.SCHEMA_HEAD] == [queries.SCHEMA_HEAD]


def test_empty_database_is_migrated_to_the_models(data_dir: Path) -> None:
    store = DraftStore.open(data_dir)
    try:
        with store.engine.connect() as conn:
            context = MigrationContext.configure(conn)
            assert context.get_current_revision() == database.SCHEMA_HEAD
            diffs = [
                d
                for d in compare_metadata(context, Base.metadata)
                if not (d[0] == "remove_table" and d[1].name.startswith("draft_fts"))
            ]
            assert diffs == []
            tables = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master")}
        assert {"drafts", "revisions", "draft_fts", "copy_register", "audit_log"} <= tables
    finally:
        store.close()
    # an empty database needs no copy before migrating
    assert not (data_dir / "backups").exists()


def test_every_frozen_schema_has_a_fixture() -> None:
    revisions = {rev.revision for rev in _script().walk_revisions()}
    assert revisions == {p.stem for p in FROZEN.glob("*.db")}


@pytest.mark.parametrize("frozen", sorted(FROZEN.glob("*.db")), ids=lambda p: p.stem)
def test_frozen_database_upgrades_with_everything_intact(frozen: Path, data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    shutil.copy(frozen, data_dir / "notadesk.db")
    store = DraftStore.open(data_dir)
    try:
        drafts = store.list()
        trash = store.list(deleted=True)
        assert [d.reference for d in drafts] == ["Min-BuZa.2022.240"]
        assert len(trash) == 1
        demo = store.get(drafts[0].id)
        assert demo.nota.subject.endswith("(herzien)")
        assert [r.number for r in store.history(demo.id)] == [1, 2]
        assert len(demo.nota.findings) == 12
        assert store.get_setting("reference.prefix") == "Min-TEST"
        assert [h.draft.id for h in store.search("MINUSMA")] == [demo.id]
        # and the upgraded database goes on working
        nota = demo.nota
        nota.subject = "na de upgrade"
        assert store.save(demo.id, nota, base_revision=2).revision == 3
    finally:
        store.close()


def test_a_database_from_a_newer_program_is_refused_untouched(data_dir: Path) -> None:
    DraftStore.open(data_dir).close()
    db = data_dir / "notadesk.db"
    con = sqlite3.connect(db)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    before = db.read_bytes()
    with pytest.raises(StorageError, match="newer notadesk"):
        DraftStore.open(data_dir)
    assert db.read_bytes() == before


def test_a_copy_is_made_before_migrating(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data_dir.mkdir(parents=True)
    shutil.copy(FROZEN / "0001.db", data_dir / "notadesk.db")
    # Pretend a newer schema exists so that opening must migrate (and so first copy).
    calls: list[str] = []
    monkeypatch.setattr(database, "SCHEMA_HEAD", "0002")
    monkeypatch.setattr(database, "_is_known_revision", lambda v: True)
    monkeypatch.setattr(database, "upgrade", lambda engine: calls.append("upgrade"))
    store = DraftStore.open(data_dir)
    store.close()
    assert calls == ["upgrade"]
    (copy,) = (data_dir / "backups").glob("*.db")
    assert "from-0001" in copy.name
    con = sqlite3.connect(copy)
    try:
        assert con.execute("SELECT count(*) FROM revisions").fetchone()[0] == 3
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        con.close()


def test_a_failed_migration_says_so_and_keeps_the_copy(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data_dir.mkdir(parents=True)
    shutil.copy(FROZEN / "0001.db", data_dir / "notadesk.db")
    monkeypatch.setattr(database, "SCHEMA_HEAD", "0002")
    monkeypatch.setattr(database, "_is_known_revision", lambda v: True)

    def broken(engine: object) -> None:
        raise RuntimeError("disk trouble")

    monkeypatch.setattr(database, "upgrade", broken)
    with pytest.raises(StorageError, match="could not be upgraded"):
        DraftStore.open(data_dir)
    assert len(list((data_dir / "backups").glob("*.db"))) == 1


def test_garbage_database_file_is_a_clear_error(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    (data_dir / "notadesk.db").write_bytes(b"this is not a database" * 100)
    with pytest.raises(StorageError, match=r"is damaged .*notadesk recover"):
        DraftStore.open(data_dir)


# --- the same migrations on PostgreSQL -------------------------------------------------------


def test_a_server_database_is_migrated_to_the_models(postgres_server) -> None:
    name = postgres_server.new_database()  # the template: migrated by the owner role
    try:
        engine = database.make_server_engine(postgres_server.url(name, OWNER))
        with engine.connect() as conn:
            context = MigrationContext.configure(conn)
            assert context.get_current_revision() == database.SCHEMA_HEAD
            # search rows and clearances are the server's own tables (0005), not models
            outside = {
                "draft_fts",
                "clearance_levels",
                "role_clearances",
                "blob_links",  # attachment files under need to know (0007)
                "blob_holders",
            }
            assert [
                d
                for d in compare_metadata(context, Base.metadata)
                if not (d[0] == "remove_table" and d[1].name in outside)
                and not (d[0] == "remove_index" and d[1].table.name in outside)
            ] == []
            triggers = {
                r[0]
                for r in conn.exec_driver_sql(
                    "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal"
                )
            }
        engine.dispose()
        for table in ("revisions", "copy_register", "audit_log", "comments", "route_events"):
            assert {f"{table}_append_only", f"{table}_no_truncate", f"{table}_db_role"} <= triggers
    finally:
        postgres_server.drop_database(name)


def test_an_empty_server_database_is_not_migrated_by_opening_it(postgres_server, data_dir) -> None:
    name = f"empty_{id(data_dir)}"
    postgres_server.sql(f"CREATE DATABASE {name} OWNER {OWNER}")
    try:
        with pytest.raises(StorageError, match=r"holds no notadesk schema yet.*admin upgrade"):
            DraftStore.open(data_dir, server=postgres_server.url(name, OWNER))
        # the owner upgrades it; then it opens, and upgrading again changes nothing
        url = postgres_server.url(name, OWNER)
        assert database.upgrade_server(url) == (None, database.SCHEMA_HEAD)
        assert database.upgrade_server(url) == (database.SCHEMA_HEAD, database.SCHEMA_HEAD)
        with DraftStore.open(data_dir, server=url) as store:
            assert store.list() == []
    finally:
        postgres_server.drop_database(name)


def test_a_server_database_from_a_newer_program_is_refused(postgres_server, data_dir) -> None:
    name = postgres_server.new_database()
    try:
        postgres_server.sql("UPDATE alembic_version SET version_num = '9999'", database=name)
        for url in (postgres_server.url(name), postgres_server.url(name, OWNER)):
            with pytest.raises(StorageError, match="newer notadesk"):
                DraftStore.open(data_dir, server=url)
        with pytest.raises(StorageError, match="newer notadesk"):
            database.upgrade_server(postgres_server.url(name, OWNER))
    finally:
        postgres_server.drop_database(name)


def test_an_older_server_schema_asks_for_a_backup_and_the_administrator(
    postgres_server, data_dir
) -> None:
    name = postgres_server.new_database()
    try:
        postgres_server.sql("UPDATE alembic_version SET version_num = '0003'", database=name)
        with pytest.raises(StorageError, match=r"is at schema 0003.*pg_dump.*admin upgrade"):
            DraftStore.open(data_dir, server=postgres_server.url(name))
    finally:
        postgres_server.drop_database(name)


def test_the_application_role_cannot_migrate(postgres_server) -> None:
    name = f"app_{id(postgres_server)}"
    postgres_server.sql(f"CREATE DATABASE {name} OWNER {OWNER}")
    try:
        postgres_server.sql(f"REVOKE CREATE ON SCHEMA public FROM {APP}", database=name)
        with pytest.raises(StorageError, match=r"could not be upgraded: .*permission denied"):
            database.upgrade_server(postgres_server.url(name, APP))
    finally:
        postgres_server.drop_database(name)
