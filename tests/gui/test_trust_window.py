"""Trust in the window: a downgrade asks why, the audit log shows it, the trusted keys, and
the personal-data list before a print (with jump-to)."""

from __future__ import annotations

import datetime as dt

from notadesk.core.storage.store import DraftStore
from notadesk.gui import printing, trust
from notadesk.gui.qt import Qt, QtWidgets
from tests.gui.window_fixtures import errors, host, window

__all__ = ["errors", "host", "window"]
LEFT = Qt.MouseButton.LeftButton


def _secret(window, qtbot):
    qtbot.mouseClick(window.welcome.example_button, LEFT)
    editor = window.editor
    details = editor.details
    details._select(details.level_combo, "nl.stg-geheim")
    details.until.set_value(dt.date(2031, 1, 1))
    editor._set_dirty(True)
    assert editor.save_now()
    return editor


def _lower(editor) -> None:
    editor.details._select(editor.details.level_combo, "nl.ongerubriceerd")
    editor._set_dirty(True)


def _stored_level(data_dir, draft_id) -> str:
    with DraftStore.open(data_dir) as store:
        return store.get(draft_id).nota.classification.level


def test_a_downgrade_asks_why_and_is_logged(window, qtbot, data_dir, monkeypatch, errors):
    editor = _secret(window, qtbot)
    asked: list[tuple[str, ...]] = []

    def answer(_parent, changes, _store):
        asked.append(changes)
        return "Het besluit is inmiddels openbaar gemaakt"

    monkeypatch.setattr(trust, "ask_justification", answer)
    _lower(editor)
    assert editor.save_now()
    assert asked and "lowered from Stg. GEHEIM" in asked[0][0]
    assert _stored_level(data_dir, editor.draft.id) == "nl.ongerubriceerd"
    dialog = trust.AuditDialog(window.store, editor.draft.id, window)
    rows = {dialog.table.item(r, 2).text() for r in range(dialog.table.rowCount())}
    assert "marking lowered" in rows  # the action downgrade, named
    assert {dialog.table.item(r, 4).text() for r in range(dialog.table.rowCount())} == {"here"}
    details = [dialog.table.item(r, 5).text() for r in range(dialog.table.rowCount())]
    assert any("Het besluit is inmiddels openbaar gemaakt" in d for d in details)
    dialog.close()
    assert errors == []


def test_a_declined_downgrade_is_not_stored(window, qtbot, data_dir, monkeypatch):
    editor = _secret(window, qtbot)
    monkeypatch.setattr(trust, "ask_justification", lambda *_: None)
    _lower(editor)
    editor.save_now()
    assert _stored_level(data_dir, editor.draft.id) == "nl.stg-geheim"
    assert editor.details.level_combo.currentData() == "nl.stg-geheim"  # shown as stored


def test_the_justification_dialog_wants_words(window, qtbot) -> None:
    dialog = trust.JustificationDialog(("the marking is lowered",), 3, None, window)
    assert not dialog.ok_button.isEnabled()
    dialog.text.setPlainText("ok ok")
    assert not dialog.ok_button.isEnabled()
    dialog.text.setPlainText("  het  besluit is openbaar ")
    assert dialog.ok_button.isEnabled()
    assert dialog.justification() == "het besluit is openbaar"
    dialog.close()


def test_personal_data_is_listed_before_printing_and_jumps(
    window, qtbot, monkeypatch, data_dir
) -> None:
    qtbot.mouseClick(window.welcome.example_button, LEFT)
    editor = window.editor
    editor.details.subject.setText("Bel 06-12345678 voor het dossier")
    editor._set_dirty(True)
    assert editor.save_now()
    shown: list[list[str]] = []

    def stop_and_jump(_parent, hits, go_to):
        shown.append([h.message for h in hits])
        go_to(hits[0].field)
        return False  # the person goes to the place instead of printing

    monkeypatch.setattr(trust, "show_personal_data", stop_and_jump)
    printed: list[object] = []
    monkeypatch.setattr(printing, "print_nota", lambda *a, **k: printed.append(a))
    window.print_draft()
    assert shown == [["Subject: a telephone number (06-12345678)."]]
    assert printed == []  # not printed: the person chose to look first
    assert QtWidgets.QApplication.focusWidget() is editor.details.subject
    with DraftStore.open(data_dir) as store:
        assert [e.action for e in store.audit_log(editor.draft.id)][-1] == "personal-data"
    monkeypatch.setattr(trust, "show_personal_data", lambda *_: True)
    window.print_draft()
    assert len(printed) == 1  # it warns; it never blocks


def test_trusted_keys_dialog_lists_and_adds(window, qtbot, tmp_path) -> None:
    from notadesk.core.interchange.trust import export_public_key

    with DraftStore.open(tmp_path / "other") as other:
        export_public_key(other, tmp_path)
    (key_file,) = tmp_path.glob("notadesk-key-*.json")
    dialog = trust.TrustDialog(window.store, window)
    assert dialog.table.rowCount() == 1  # this workstation's own key
    dialog.add_from_file(key_file)
    assert dialog.table.rowCount() == 2
    dialog.table.setCurrentCell(1, 0)
    dialog.remove_selected()
    assert dialog.table.rowCount() == 1
    dialog.close()


def test_the_cores_downgrade_sentences_are_shown_in_the_windows_language(window) -> None:
    from notadesk.gui.i18n import install_language

    try:
        install_language("nl")
        said = trust.change_text("the marking is lowered from Stg. GEHEIM to Ongerubriceerd")
        assert said == "de rubricering gaat omlaag van Stg. GEHEIM naar Ongerubriceerd"
        assert trust.change_text("iets anders") == "iets anders"
    finally:
        install_language("en")
    assert trust.change_text("a Woo ground is removed (5.1.2e)") == (
        "a Woo ground is removed (5.1.2e)"
    )


def test_personal_data_is_listed_before_exporting(window, qtbot, monkeypatch, tmp_path) -> None:
    from notadesk.gui import exchange

    qtbot.mouseClick(window.welcome.example_button, LEFT)
    editor = window.editor
    editor.details.subject.setText("Mail j.jansen@minbuza.nl")
    editor._set_dirty(True)
    assert editor.save_now()
    monkeypatch.setattr(exchange, "ask_export_scope", lambda _p, _open: "open")
    monkeypatch.setattr(exchange, "choose_export_path", lambda _p, _n: tmp_path / "uit.nota")
    shown: list[str] = []
    monkeypatch.setattr(exchange, "show_text", lambda _p, _t, text: shown.append(text))
    monkeypatch.setattr(trust, "show_personal_data", lambda *_: False)
    window.exchange.export_action.trigger()
    assert list(tmp_path.glob("*.nota")) == []  # the person stopped to look first
    monkeypatch.setattr(trust, "show_personal_data", lambda *_: True)
    window.exchange.export_action.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert len(list(tmp_path.glob("*.nota"))) == 1
    assert "an e-mail address (j.jansen@minbuza.nl)" in shown[0]
