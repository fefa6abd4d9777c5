"""Edit › Database…: which database is used and who chose it; the person's own team database,
kept only after a connection to it worked; every server refusal one sentence, Dutch in the
Dutch window. Against the real test server."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from notadesk.core.storage.database import check_server
from notadesk.core.storage.selection import DatabaseChoice, stored_database
from notadesk.errors import StorageError
from notadesk.gui.dialogs.database import DatabaseDialog
from notadesk.gui.qt import Qt
from tests.gui.window_fixtures import dutch, errors, host
from tests.postgres import OWNER

__all__ = ["dutch", "errors", "host"]


def _dialog(qtbot: Any, choice: DatabaseChoice, data_dir: Path) -> DatabaseDialog:
    data_dir.mkdir(parents=True, exist_ok=True)
    dialog = DatabaseDialog(choice, data_dir)
    qtbot.addWidget(dialog)
    return dialog


def _use(qtbot: Any, dialog: DatabaseDialog, url: str) -> str:
    dialog.url.setText(url)
    qtbot.mouseClick(dialog.use_button, Qt.MouseButton.LeftButton)
    return dialog.status.text()


def test_it_says_which_database_is_used_and_who_chose_it(qtbot, data_dir: Path) -> None:
    local = _dialog(qtbot, DatabaseChoice(None, "default"), data_dir)
    assert str(data_dir / "notadesk.db") in local.in_use.text()
    assert "nobody" in local.chosen_by.text()
    assert local.url.text() == "" and not local.url.isReadOnly()
    team = _dialog(qtbot, DatabaseChoice("postgresql:///team?host=/x", "environment"), data_dir)
    assert "postgresql:///team?host=/x" in team.in_use.text()
    assert "NOTADESK_DATABASE" in team.chosen_by.text() and "NOTADESK_DATABASE" in team.note.text()


def test_a_working_url_is_checked_then_kept_until_cleared(
    qtbot, data_dir: Path, server_database
) -> None:
    url = server_database()
    dialog = _dialog(qtbot, DatabaseChoice(None, "default"), data_dir)
    said = _use(qtbot, dialog, url)
    assert "notadesk_app" in said and "next start" in said
    assert stored_database(data_dir) == url
    again = _dialog(qtbot, DatabaseChoice(url, "settings"), data_dir)
    assert again.url.text() == url
    qtbot.mouseClick(again.local_button, Qt.MouseButton.LeftButton)
    assert stored_database(data_dir) is None and again.url.text() == ""
    assert "data folder" in again.status.text()


def test_a_url_that_does_not_work_is_not_kept(qtbot, data_dir: Path, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, DatabaseChoice(None, "default"), data_dir)
    said = _use(qtbot, dialog, f"postgresql:///x?host={tmp_path}")
    assert "cannot be reached" in said
    assert stored_database(data_dir) is None


def test_a_role_without_clearance_is_told_it_sees_unclassified_drafts_only(
    qtbot, data_dir: Path, postgres_server
) -> None:
    name = postgres_server.new_database()
    try:
        url = postgres_server.login_role("nd_uncleared", database=name)
        said = _use(qtbot, _dialog(qtbot, DatabaseChoice(None, "default"), data_dir), url)
        assert "nd_uncleared" in said and "unclassified drafts only" in said
        assert stored_database(data_dir) == url
    finally:
        postgres_server.drop_database(name)


def test_when_the_policy_chooses_the_field_is_read_only(qtbot, data_dir: Path, policy_file) -> None:
    ruled = "postgresql:///team?host=/x"
    dialog = _dialog(qtbot, DatabaseChoice(ruled, "policy"), data_dir)
    assert dialog.url.isReadOnly() and dialog.url.text() == ruled
    assert not dialog.use_button.isEnabled() and not dialog.local_button.isEnabled()
    assert "administrator's policy" in dialog.note.text()


def test_the_window_shows_the_choice_it_was_started_with(
    host, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = host.show_window()
    shown: list[DatabaseDialog] = []
    monkeypatch.setattr(DatabaseDialog, "exec", lambda self: shown.append(self) or 0)
    window.database_action.trigger()
    assert [d.choice for d in shown] == [DatabaseChoice(None, "default")]
    assert shown[0].data_dir == host.data_dir


@pytest.fixture
def refusing_databases(postgres_server) -> Iterator[dict[str, str]]:
    """URLs of the test server that each refuse in their own way."""
    made = [postgres_server.new_database() for _ in range(3)]
    old, new, plain = made
    postgres_server.sql("UPDATE alembic_version SET version_num = '0003'", database=old)
    postgres_server.sql("UPDATE alembic_version SET version_num = '9999'", database=new)
    with postgres_server.connect() as con:
        exists = con.execute("SELECT 1 FROM pg_roles WHERE rolname = 'nd_no_rights'").fetchone()
        if exists is None:
            con.execute("CREATE ROLE nd_no_rights LOGIN")
    yield {
        "no such role": postgres_server.url(plain, "nd_nobody_here"),
        "no such database": postgres_server.url("nd_no_such_database"),
        "no rights": postgres_server.url(plain, "nd_no_rights"),
        "schema too old": postgres_server.url(old),
        "schema too new": postgres_server.url(new),
        "a password": f"postgresql://{OWNER}:geheim@/{plain}",
        "not PostgreSQL": "mysql://db/notadesk",
    }
    for name in made:
        postgres_server.drop_database(name)


def test_every_refusal_of_the_server_is_dutch_in_the_dutch_window(
    qtbot, data_dir: Path, tmp_path: Path, refusing_databases: dict[str, str], dutch: None
) -> None:
    cases = {"unreachable": f"postgresql:///x?host={tmp_path}", **refusing_databases}
    dialog = _dialog(qtbot, DatabaseChoice(None, "default"), data_dir)
    seen: dict[str, str] = {}
    for case, url in cases.items():
        with pytest.raises(StorageError) as caught:
            check_server(url)
        english = str(caught.value)
        said = _use(qtbot, dialog, url)
        assert said and said != english, case
        assert not said.startswith(("The ", "Your ")), (case, said)
        assert "geheim" not in said and " on " not in said  # nor the name of its place
        seen[case] = said
    assert len(set(seen.values())) == len(cases)  # each its own sentence
    assert "teamdatabase" in seen["unreachable"] and "bereikbaar" in seen["unreachable"]
    assert stored_database(data_dir) is None


def test_the_live_views_sentences_are_dutch_in_the_dutch_window(host, qtbot, dutch: None) -> None:
    from notadesk.gui.live import ElsewhereBar

    bar = ElsewhereBar()
    qtbot.addWidget(bar)
    bar.show_change("J. de Vries (jdevries)", "14:02", 3)
    assert (
        bar.label.text()
        == "J. de Vries (jdevries) heeft dit concept elders opgeslagen (revisie 3, 14:02)."
    )
    assert (bar.reload_button.text(), bar.compare_button.text()) != ("&Reload", "Co&mpare")
    host.settings.setValue("ui/language", "nl")  # the window installs its own language
    window = host.show_window()
    window._live_lost("The connection to the team database was lost: server closed the connection.")
    shown = window.statusBar().currentMessage()
    assert shown.startswith("Wat collega's opslaan wordt niet meer direct getoond: De verbinding")
    assert "team database" not in shown
