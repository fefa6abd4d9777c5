"""The main window: welcome view, list, search, filters, trash, layout memory, language, About."""

from __future__ import annotations

import pytest

from notadesk import __version__
from notadesk.core.drafting import blank_nota
from notadesk.gui import i18n
from notadesk.gui import main_window as main_window_module
from notadesk.gui.app import WindowHost
from notadesk.gui.dialogs.about import AboutDialog
from notadesk.gui.draft_list import DATE, LEVEL, REFERENCE, SUBJECT
from notadesk.gui.qt import Qt, QtCore
from tests.gui.window_fixtures import errors, host, window

__all__ = ["errors", "host", "window"]
LEFT = Qt.MouseButton.LeftButton


def _subjects(window) -> list[str]:
    proxy = window.drafts.proxy
    return [proxy.index(r, SUBJECT).data() for r in range(proxy.rowCount())]


def test_welcome_view_on_an_empty_database_opens_the_example(window, qtbot):
    assert window.stack.currentWidget() is window.welcome
    assert not window.save_action.isEnabled()
    qtbot.mouseClick(window.welcome.example_button, LEFT)
    assert window.stack.currentWidget() is window.editor
    assert window.save_action.isEnabled()
    assert window.drafts.model.rowCount() == 1
    assert window.drafts.proxy.index(0, REFERENCE).data() == "Min-BuZa.2022.240"
    assert "Min-BuZa.2022.240" in window.windowTitle()


def test_list_sorts_filters_and_searches(host, qtbot):
    for subject, level in (("Alfa Mali", "nl.ongerubriceerd"), ("Bravo", "nl.stg-geheim")):
        nota = blank_nota()
        nota.subject = subject
        nota.classification.level = level
        nota.classification.end_event = "einde missie"
        host.store.create(nota)
    window = host.show_window()
    qtbot.addWidget(window)
    assert window.stack.currentIndex() == main_window_module.NOTHING
    window.drafts.view.sortByColumn(SUBJECT, Qt.SortOrder.AscendingOrder)
    assert _subjects(window) == ["Alfa Mali", "Bravo"]
    window.drafts.view.sortByColumn(LEVEL, Qt.SortOrder.DescendingOrder)
    assert _subjects(window) == ["Bravo", "Alfa Mali"]
    assert window.drafts.proxy.index(0, DATE).data()  # a Dutch date like "29 november 2026"

    combo = window.drafts.level_filter
    combo.setCurrentIndex(combo.findData("nl.stg-geheim"))
    assert _subjects(window) == ["Bravo"]
    assert window.drafts.count_label.text() == "1 of 2 drafts"
    combo.setCurrentIndex(0)

    window.find_action.trigger()
    qtbot.keyClicks(window.drafts.search, "Mali")
    qtbot.waitUntil(lambda: window.drafts.proxy.rowCount() == 1, timeout=2000)
    assert _subjects(window) == ["Alfa Mali"]
    window.drafts.search.clear()
    window.drafts.apply_filters()
    assert len(_subjects(window)) == 2


def test_trash_and_restore(window, qtbot):
    qtbot.mouseClick(window.welcome.new_button, LEFT)
    draft_id = window.editor.draft.id
    window.trash_action.trigger()
    assert window.drafts.model.rowCount() == 0
    assert window.stack.currentWidget() is window.welcome
    qtbot.mouseClick(window.drafts.trash_button, LEFT)
    assert window.drafts.showing_trash and window.drafts.restore_button.isVisible()
    assert window.drafts.model.rowCount() == 1
    window.drafts.search.setText("no such words")
    window.drafts.apply_filters()
    assert window.drafts.proxy.rowCount() == 0
    window.drafts.search.setText(window.drafts.model.rows[0].reference)
    window.drafts.apply_filters()
    assert window.drafts.proxy.rowCount() == 1, "the trash is searched by subject and reference"
    window.drafts.select(draft_id)
    assert window.editor.draft.deleted
    assert not window.editor.details.isEnabled(), "a draft in the trash is read-only"
    qtbot.mouseClick(window.drafts.restore_button, LEFT)
    assert not window.drafts.showing_trash
    assert window.editor.draft.id == draft_id and not window.editor.draft.deleted
    assert window.editor.details.isEnabled()


def test_layout_and_last_draft_are_remembered(host, qtbot, data_dir):
    window = host.show_window()
    qtbot.addWidget(window)
    qtbot.mouseClick(window.welcome.example_button, LEFT)
    window.new_draft()
    example_id = window.drafts.model.rows[-1].id  # oldest last: the example
    window.drafts.select(example_id)
    assert window.editor.draft.id == example_id
    header = window.drafts.view.horizontalHeader()
    assert header.isSectionHidden(REFERENCE)  # not shown at first: the list is narrow
    menu = window.drafts.column_menu()  # right-click on the column titles
    (reference,) = [a for a in menu.actions() if a.text() == "Reference"]
    assert not reference.isChecked() and "Subject" not in [a.text() for a in menu.actions()]
    reference.trigger()
    assert not header.isSectionHidden(REFERENCE)
    header.resizeSection(REFERENCE, 211)
    window.splitter.setSizes([400, 966])
    sizes = window.splitter.sizes()
    window.close()
    assert (data_dir / "window.ini").is_file()

    again = WindowHost(data_dir)
    try:
        second = again.show_window()
        qtbot.addWidget(second)
        assert second.editor.draft.id == example_id
        assert second.drafts.current_id() == example_id
        assert not second.drafts.view.horizontalHeader().isSectionHidden(REFERENCE)
        assert second.drafts.view.horizontalHeader().sectionSize(REFERENCE) == 211
        assert second.splitter.sizes()[0] == sizes[0]
    finally:
        again.close()


def test_switch_to_dutch_and_back(host, qtbot, monkeypatch):
    window = host.show_window()
    qtbot.addWidget(window)
    assert window.file_menu.title() == "&File"
    window.open_example()
    draft_id = window.editor.draft.id
    window.editor.details.subject.setText("Niet weg na het wisselen van taal")
    prefix = host.store.get_setting("reference.prefix")
    monkeypatch.setattr(main_window_module, "ask_preferences", lambda *_a: ("nl", prefix))
    window.prefs_action.trigger()
    dutch = host.window
    qtbot.addWidget(dutch)
    assert dutch is not window
    assert i18n.current_language() == "nl"
    assert dutch.file_menu.title() == "&Bestand"
    assert dutch.welcome.new_button.text() == "&Nieuwe nota"
    assert dutch.editor.draft.id == draft_id, "the open draft stays open"
    assert dutch.editor.details.subject.text() == "Niet weg na het wisselen van taal"
    assert host.settings.value("ui/language") == "nl"

    monkeypatch.setattr(main_window_module, "ask_preferences", lambda *_a: ("en", prefix))
    dutch.prefs_action.trigger()
    english = host.window
    qtbot.addWidget(english)
    assert i18n.current_language() == "en"
    assert english.file_menu.title() == "&File"


def test_system_locale_chooses_the_language(monkeypatch):
    monkeypatch.setattr(QtCore.QLocale, "system", lambda: QtCore.QLocale("nl_NL"))
    assert i18n.resolve_language("system") == "nl"
    monkeypatch.setattr(QtCore.QLocale, "system", lambda: QtCore.QLocale("de_DE"))
    assert i18n.resolve_language("system") == "en"
    assert i18n.resolve_language("nl") == "nl"


def test_preferences_store_the_reference_prefix(window, monkeypatch):
    monkeypatch.setattr(main_window_module, "ask_preferences", lambda *_a: ("en", "Min-DEF"))
    window.prefs_action.trigger()
    assert window.store.get_setting("reference.prefix") == "Min-DEF"


def test_about_names_version_data_location_and_no_network(qtbot, data_dir):
    dialog = AboutDialog(data_dir)
    qtbot.addWidget(dialog)
    assert dialog.path_field.text() == str(data_dir)
    assert "no network connections" in dialog.network_label.text()
    assert __version__ in dialog.findChildren(type(dialog.network_label))[0].text()


def test_about_action_shows_the_store_folder(window, monkeypatch):
    seen = []
    monkeypatch.setattr(main_window_module, "show_about", lambda _p, path: seen.append(path))
    window.about_action.trigger()
    assert seen == [window.store.path.parent]


def test_details_tab_order_follows_the_form(window, qtbot):
    qtbot.mouseClick(window.welcome.new_button, LEFT)
    d = window.editor.details
    chain = [d.type_combo]
    for _ in range(6):
        nxt = chain[-1].nextInFocusChain()
        while not (nxt.focusPolicy() & Qt.FocusPolicy.TabFocus) or not nxt.isEnabled():
            nxt = nxt.nextInFocusChain()
        chain.append(nxt)
    assert chain[:4] == [d.type_combo, d.subject, d.status_combo, d.date.check]
    assert d.reference in chain


def test_bundled_fonts_are_registered_and_the_window_keeps_the_desktop_font(window):
    from notadesk.gui.app import load_fonts
    from notadesk.gui.qt import QtWidgets

    assert "Liberation Sans" in load_fonts()
    assert window.font().family() == QtWidgets.QApplication.font().family()
    assert window.font().pointSizeF() == QtWidgets.QApplication.font().pointSizeF()


def test_every_control_on_the_details_tab_has_an_accessible_name(window, qtbot):
    from notadesk.gui.qt import QtWidgets

    qtbot.mouseClick(window.welcome.new_button, LEFT)
    kinds = (QtWidgets.QLineEdit, QtWidgets.QComboBox, QtWidgets.QAbstractItemView)
    unnamed = [
        type(w).__name__
        for w in window.editor.details.findChildren(QtWidgets.QWidget)
        if isinstance(w, kinds)
        and w.isVisibleTo(window)
        and not w.accessibleName()
        and not isinstance(w, QtWidgets.QHeaderView)
        and not isinstance(w.parentWidget(), (QtWidgets.QComboBox, QtWidgets.QAbstractSpinBox))
    ]
    assert unnamed == []


def test_an_unusable_data_folder_is_one_sentence_in_a_window(tmp_path, qtbot, errors):
    from notadesk.gui.app import run_app

    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    assert run_app(blocker / "data") == 1
    assert len(errors) == 1 and "cannot be created" in errors[0]


def test_a_database_setting_that_cannot_be_read_is_one_sentence_in_a_window(
    data_dir, qtbot, errors
):
    from notadesk.gui.app import run_app

    data_dir.mkdir(parents=True)
    (data_dir / "database.json").write_text('{"database": 7}', encoding="utf-8")
    assert run_app(data_dir) == 1
    assert len(errors) == 1 and "The database setting" in errors[0]
    assert "Edit › Database…" in errors[0]


def test_deferred_start_reads_without_sqlalchemy_then_saves(host, qtbot):
    import sys

    from notadesk.core.drafting import create_example
    from notadesk.core.storage.store import DraftStore

    draft, _ = create_example(host.store)
    host.settings.setValue("window/last_draft", draft.id)
    host.lazy_store.close()  # as at a fresh start: nothing opened yet
    slow_paths = []  # the start must read through sqlite3, not through the store
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(DraftStore, "list", lambda *_a, **_k: slow_paths.append("list"))
        mp.setattr(DraftStore, "get", lambda *_a: slow_paths.append("get"))
        window = host.show_window(defer_start=True)
        assert window.isVisible() and window.drafts.model.rowCount() == 0, "shown before reading"
        with qtbot.waitSignal(window.started, timeout=5000):
            pass
    assert slow_paths == []
    assert window.drafts.model.rowCount() == 1
    assert window.editor.draft is not None and window.editor.draft.id == draft.id
    qtbot.waitUntil(lambda: host.lazy_store._store is not None, timeout=10000)  # warmed up
    window.editor.details.subject.setText("Na de start gewijzigd")
    assert window.editor.save_now()
    assert host.store.get(draft.id).nota.subject == "Na de start gewijzigd"
    assert "notadesk.core.storage.store" in sys.modules


def test_status_offers_only_the_allowed_next_statuses(window, qtbot):
    from notadesk.core.policy.vocabulary import allowed_transitions

    qtbot.mouseClick(window.welcome.new_button, LEFT)
    combo = window.editor.details.status_combo
    model = combo.model()
    offered = {combo.itemData(r) for r in range(combo.count()) if model.item(r).isEnabled()}
    assert offered == {"concept", *allowed_transitions("concept")}
    assert "getekend" not in offered


def test_a_reference_prefix_that_would_make_id_like_references_is_refused(
    host, qtbot, monkeypatch, errors
):
    window = host.show_window()
    qtbot.addWidget(window)
    host.store.set_setting("reference.pattern", "{prefix}{seq}")
    monkeypatch.setattr(main_window_module, "ask_preferences", lambda *_a: ("en", "ABC"))
    window.prefs_action.trigger()
    assert len(errors) == 1 and "could be taken for a draft's id" in errors[0]
    assert host.store.get_setting("reference.prefix") == "Min-BuZa"
    window.new_draft()  # a nota is still made, with a reference the importer takes
    assert window.editor.draft.nota.reference.startswith("Min-BuZa")
