"""The live team view: a colleague's save, made by another process on the team database,
reaches the window's list; the open draft says it was saved elsewhere, by whom, and offers
Reload or Compare before any conflict."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from notadesk.core.drafting import blank_nota
from notadesk.core.storage.store import DraftStore
from notadesk.gui.app import WindowHost, make_application
from notadesk.gui.draft_list import SUBJECT
from notadesk.gui.editor import editor as editor_module
from notadesk.gui.main_window import MainWindow
from notadesk.gui.qt import Qt, QtCore
from tests.gui.window_fixtures import errors

__all__ = ["errors"]
COLLEAGUE = "nd_gui_colleague"
REPO = Path(__file__).resolve().parents[2]
SAVE_ELSEWHERE = """
import sys
from pathlib import Path
from notadesk.core.drafting import blank_nota
from notadesk.core.storage.store import DraftStore

url, data, draft_id, subject = sys.argv[1:5]
with DraftStore.open(Path(data), server=url) as store:
    draft = store.get(draft_id)
    nota = draft.nota
    nota.subject = subject
    store.save(draft_id, nota, base_revision=draft.revision)
    extra = blank_nota()
    extra.subject = "Nieuw van een collega"
    store.create(extra)
"""


@pytest.fixture
def team_window(
    qtbot: Any, postgres_server: Any, tmp_path: Path, errors: list[str]
) -> Iterator[tuple[MainWindow, str, str]]:
    """The window on a fresh team database holding one draft; yields it, the database's
    URL for the colleague's role, and the draft's id."""
    from tests.postgres import OWNER, TOP_CLEARANCE

    name = postgres_server.new_database()
    colleague_url = postgres_server.login_role(COLLEAGUE, database=name)
    with DraftStore.open(tmp_path / "admin", server=postgres_server.url(name, OWNER)) as owner:
        owner.set_clearance(COLLEAGUE, TOP_CLEARANCE)
    url = postgres_server.url(name)
    with DraftStore.open(tmp_path / "seed", server=url) as seed:
        nota = blank_nota()
        nota.subject = "Eerste versie"
        draft_id = seed.create(nota).id
    make_application()
    data = tmp_path / "window"
    data.mkdir()
    settings = QtCore.QSettings(str(data / "window.ini"), QtCore.QSettings.Format.IniFormat)
    settings.setValue("ui/language", "en")
    settings.sync()
    host = WindowHost(data, server=url)
    window = host.show_window()
    qtbot.waitExposed(window)
    try:
        yield window, colleague_url, draft_id
        assert errors == []  # nothing went wrong on the way (the start asks for a name too)
    finally:
        host.close()
        window.deleteLater()
        postgres_server.drop_database(name)


def _subjects(window: MainWindow) -> list[str]:
    proxy = window.drafts.proxy
    return [proxy.index(r, SUBJECT).data() for r in range(proxy.rowCount())]


def _save_elsewhere(url: str, data: Path, draft_id: str, subject: str) -> None:
    subprocess.run(
        [sys.executable, "-c", SAVE_ELSEWHERE, url, str(data), draft_id, subject],
        cwd=REPO,
        check=True,
        timeout=120,
    )


def test_a_colleagues_save_reaches_the_list_and_the_open_draft(
    team_window: tuple[MainWindow, str, str], qtbot: Any, tmp_path: Path
) -> None:
    window, colleague_url, draft_id = team_window
    window.open_draft(draft_id)
    assert window.live.active
    assert _subjects(window) == ["Eerste versie"]
    assert not window.editor.elsewhere.isVisible()

    _save_elsewhere(colleague_url, tmp_path / "colleague", draft_id, "Tweede versie")

    # No reload asked for: the notification wakes the window.
    qtbot.waitUntil(lambda: "Tweede versie" in _subjects(window), timeout=10_000)
    qtbot.waitUntil(lambda: "Nieuw van een collega" in _subjects(window), timeout=10_000)
    bar = window.editor.elsewhere
    assert bar.isVisible()
    assert COLLEAGUE in bar.label.text() and "revision 2" in bar.label.text()
    assert window.editor.draft is not None and window.editor.draft.revision == 1  # not yet

    qtbot.mouseClick(bar.compare_button, Qt.MouseButton.LeftButton)
    history = window.editor.history
    assert window.editor.tabs.currentWidget() is history
    assert history.redline_numbers == (1, 2)
    assert "Tweede" in history.redline.toPlainText()

    qtbot.mouseClick(bar.reload_button, Qt.MouseButton.LeftButton)
    assert window.editor.draft.revision == 2
    assert window.editor.details.subject.text() == "Tweede versie"
    assert not bar.isVisible()


def test_unsaved_edits_are_kept_unless_the_person_agrees_to_reload(
    team_window: tuple[MainWindow, str, str],
    qtbot: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window, colleague_url, draft_id = team_window
    window.open_draft(draft_id)
    window.editor.details.subject.setText("Mijn eigen wijziging")
    assert window.editor.dirty
    _save_elsewhere(colleague_url, tmp_path / "colleague", draft_id, "Hun wijziging")
    qtbot.waitUntil(window.editor.elsewhere.isVisible, timeout=10_000)
    assert not window.editor.timer.isActive()  # no autosave into a conflict meanwhile

    asked: list[str] = []
    monkeypatch.setattr(editor_module, "confirm", lambda _p, _t, q: asked.append(q) or False)
    window.editor.elsewhere.reload_button.click()
    assert asked and window.editor.details.subject.text() == "Mijn eigen wijziging"
    monkeypatch.setattr(editor_module, "confirm", lambda _p, _t, _q: True)
    window.editor.elsewhere.reload_button.click()
    assert window.editor.details.subject.text() == "Hun wijziging"
    assert not window.editor.dirty
