"""The window on a team database: the same choice as the command line, never the local file."""

from __future__ import annotations

from pathlib import Path

from notadesk.core.drafting import blank_nota
from notadesk.core.storage.store import DraftStore
from notadesk.gui.app import WindowHost, make_application
from notadesk.gui.draft_list import SUBJECT
from notadesk.gui.qt import QtCore
from tests.gui.window_fixtures import errors

__all__ = ["errors"]


def _draft(store: DraftStore, subject: str) -> str:
    nota = blank_nota()
    nota.subject = subject
    return store.create(nota).id


def test_the_window_lists_and_saves_in_the_team_database(
    qtbot, data_dir: Path, server_database, errors: list[str]
) -> None:
    team = server_database()
    data_dir.mkdir(parents=True, exist_ok=True)
    with DraftStore.open(data_dir) as local:  # the SQLite file of the data folder
        _draft(local, "lokaal")
    with DraftStore.open(data_dir, server=team) as server:
        team_id = _draft(server, "in het team")
    make_application()
    settings = QtCore.QSettings(str(data_dir / "window.ini"), QtCore.QSettings.Format.IniFormat)
    settings.setValue("ui/language", "en")
    settings.sync()
    host = WindowHost(data_dir, team)
    try:
        window = host.show_window()
        proxy = window.drafts.proxy
        assert [proxy.index(r, SUBJECT).data() for r in range(proxy.rowCount())] == ["in het team"]
        window.open_draft(team_id)
        assert window.editor.draft is not None and window.editor.draft.id == team_id
        window.editor.details.subject.setText("in het team, herzien")
        assert window.editor.save_now()
        assert errors == []
    finally:
        host.close()
        window.deleteLater()
    with DraftStore.open(data_dir, server=team) as server:
        assert [d.subject for d in server.list()] == ["in het team, herzien"]
        assert server.get(team_id).revision == 2
    with DraftStore.open(data_dir) as local:
        assert [d.subject for d in local.list()] == ["lokaal"]
