"""Attachments saved back out, and packages exported and imported from the File menu."""

from __future__ import annotations

from notadesk.core.storage.store import DraftStore
from notadesk.gui import exchange
from notadesk.gui.editor import attachments_tab
from notadesk.gui.qt import Qt
from tests.gui.window_fixtures import errors, host, window

__all__ = ["errors", "host", "window"]
LEFT = Qt.MouseButton.LeftButton


def test_attach_a_file_and_save_it_back_out(window, qtbot, tmp_path, monkeypatch):
    source = tmp_path / "bijlage.bin"
    source.write_bytes(bytes(range(256)) * 10)
    target = tmp_path / "out" / "terug.bin"
    target.parent.mkdir()
    monkeypatch.setattr(attachments_tab, "choose_file_to_add", lambda _p: source)
    monkeypatch.setattr(attachments_tab, "choose_save_path", lambda _p, _n: target)
    qtbot.mouseClick(window.welcome.new_button, LEFT)
    tab = window.editor.attachments
    qtbot.mouseClick(tab.add_button, LEFT)
    assert tab.table.item(0, 0).text() == "bijlage"
    assert tab.table.item(0, 2).text() == "2.5 kB"
    qtbot.mouseClick(tab.save_button, LEFT)
    assert target.read_bytes() == source.read_bytes()


def test_unreadable_attachment_is_one_sentence(window, qtbot, tmp_path, monkeypatch, errors):
    monkeypatch.setattr(attachments_tab, "choose_file_to_add", lambda _p: tmp_path / "weg.pdf")
    qtbot.mouseClick(window.welcome.new_button, LEFT)
    qtbot.mouseClick(window.editor.attachments.add_button, LEFT)
    assert window.editor.attachments.table.rowCount() == 0
    assert errors == ["weg.pdf cannot be read: No such file or directory."]


def test_export_then_import_into_another_database(window, qtbot, tmp_path, monkeypatch):
    package = tmp_path / "uit.nota"
    monkeypatch.setattr(exchange, "ask_export_scope", lambda _p, _open: "open")
    monkeypatch.setattr(exchange, "choose_export_path", lambda _p, _n: package)
    shown: list[str] = []
    monkeypatch.setattr(exchange, "show_text", lambda _p, _t, text: shown.append(text))
    qtbot.mouseClick(window.welcome.example_button, LEFT)
    window.exchange.export_action.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    [written] = tmp_path.glob("uit*.nota")  # the core adds the classification to the name
    package = written
    assert "1 draft, 1 revision" in "\n".join(window.exchange.last_report)

    # import into a second, empty database through the same window code
    other_dir = tmp_path / "other"
    other = DraftStore.open(other_dir)
    window.store = other
    monkeypatch.setattr(exchange, "choose_import_path", lambda _p: package)
    monkeypatch.setattr(exchange, "confirm_import", lambda _p, lines: bool(lines))
    window.editor.draft = None
    window.exchange.import_action.trigger()
    try:
        assert [s.reference for s in other.list()] == ["Min-BuZa.2022.240"]
    finally:
        other.close()
