"""The paraaf round in the window: comments margin, the Paraaf tab's route, the redline."""

from __future__ import annotations

from notadesk.core.storage import review
from notadesk.core.storage.store import DraftStore
from notadesk.gui.editor import review_panel
from notadesk.gui.qt import Qt, QtGui, QtWidgets
from tests.gui.window_fixtures import errors, host, window

__all__ = ["errors", "host", "window"]
LEFT = Qt.MouseButton.LeftButton


def _open_example(window, qtbot):
    qtbot.mouseClick(window.welcome.example_button, LEFT)
    assert window.editor.draft is not None
    return window.editor


def _select_words(editor, words: str) -> None:
    for view in editor.text.findChildren(QtWidgets.QTextEdit):
        found = view.document().find(words)
        if not found.isNull():
            view.setTextCursor(found)
            return
    raise AssertionError(f"{words!r} is not in the Text tab")


def test_comment_on_selected_words_in_the_margin(window, qtbot, data_dir, monkeypatch, errors):
    editor = _open_example(window, qtbot)
    editor.tabs.setCurrentWidget(editor.text_page)
    assert not editor.margin.isVisible()  # off until asked for
    print_was_on = editor.print_beside_action.isChecked()
    editor.margin_action.trigger()
    assert editor.margin.isVisible()
    if window.width() < 1600 and print_was_on:  # narrow: the comments take the print's place
        assert not editor.print_beside_action.isChecked()
    _select_words(editor, "vooralsnog alleen gedeeld")
    monkeypatch.setattr(review_panel, "ask_text", lambda *_a, **_k: "Welke <b>taal</b>?")
    qtbot.mouseClick(editor.margin.add_button, LEFT)
    assert errors == []
    (thread,) = editor.margin.list.threads
    assert thread.quote_now == "vooralsnog alleen gedeeld"
    assert thread.comment.text == "Welke <b>taal</b>?"  # text is data
    label = editor.margin.list.itemWidget(editor.margin.list.item(0))
    assert "&lt;b&gt;taal&lt;/b&gt;" in label.text()
    # the Paraaf tab lists it too, and a reply and resolve work there
    editor.tabs.setCurrentWidget(editor.review)
    assert not editor.margin.isVisible()
    panel = editor.review.comments
    assert [t.comment.uuid for t in panel.list.threads] == [thread.comment.uuid]
    panel.list.setCurrentRow(0)
    monkeypatch.setattr(review_panel, "ask_text", lambda *_a, **_k: "Frans.")
    qtbot.mouseClick(panel.reply_button, LEFT)
    qtbot.mouseClick(panel.resolve_button, LEFT)
    assert panel.list.threads == []  # resolved threads are hidden until asked for
    panel.show_resolved.setChecked(True)
    (shown,) = panel.list.threads
    assert shown.resolved and [r.text for r in shown.replies] == ["Frans."]


def test_route_panel_records_a_paraaf_and_the_status_follows(
    window, qtbot, data_dir, monkeypatch, errors
):
    editor = _open_example(window, qtbot)
    window.store.set_setting("user.display_name", "DGPZ")
    window.store.set_setting("user.function", "directeur-generaal")
    editor.tabs.setCurrentWidget(editor.review)
    route = editor.review.route
    monkeypatch.setattr(review_panel, "ask_reviewer", lambda _p: ("DGPZ", "directeur-generaal"))
    qtbot.mouseClick(route.add_button, LEFT)
    assert route.table.topLevelItemCount() == 1  # DGPZ; the redacted Via placeholder is no step
    monkeypatch.setattr(review_panel, "ask_text", lambda *_a, **_k: "akkoord")
    qtbot.mouseClick(route.paraaf_button, LEFT)
    assert errors == []
    item = route.table.topLevelItem(0)
    assert item.text(2) == "initialled" and item.text(4) == "akkoord"
    assert editor.draft.nota.status == "ter-parafering"
    store = DraftStore.open(data_dir)
    try:
        assert store.get(editor.draft.id).nota.status == "ter-parafering"
        assert review.draft_route(store, editor.draft.id).step("DGPZ").state == "given"
    finally:
        store.close()


def test_history_shows_authors_and_the_redline(window, qtbot, data_dir):
    window.store.set_setting("user.display_name", "J. de Vries")
    editor = _open_example(window, qtbot)
    nota = editor.draft.nota
    nota.subject = nota.subject.replace("IOB-eindevaluatie", "IOB-evaluatie")
    draft = window.store.save(editor.draft.id, nota, base_revision=editor.draft.revision)
    editor.open_draft(draft)
    editor.tabs.setCurrentWidget(editor.history)
    top = editor.history.tree.topLevelItem(0)
    assert "J. de Vries" in top.text(3)
    editor.history.select_numbers([1, 2])
    editor.history.compare_selected()
    html = editor.history.redline.toHtml()
    assert "IOB-eindevaluatie evaluatie" in editor.history.redline.toPlainText()
    assert "1 to 2" in editor.history.redline_title.text()
    assert QtGui.QColor("#c01c28").name() in html.lower()


def test_name_and_function_are_asked_once_at_the_first_start(window, qtbot, data_dir):
    qtbot.waitUntil(lambda: window.identity.isVisible(), timeout=5000)
    bar = window.identity
    bar.name.setText("J. de Vries")
    bar.function.setText("beleidsmedewerker DVB")
    qtbot.mouseClick(bar.save_button, LEFT)
    assert not bar.isVisible()
    person = window.store.person()
    assert (person.display_name, person.function) == ("J. de Vries", "beleidsmedewerker DVB")
    window.start()  # a later start does not ask again
    qtbot.wait(50)
    assert not bar.isVisible()


def test_the_history_opens_on_what_changed_since_my_paraaf(window, qtbot, data_dir):
    from notadesk.core.review import route as routing

    editor = _open_example(window, qtbot)
    store = window.store
    store.set_setting("user.display_name", "DGPZ")
    draft_id = editor.draft.id
    review.change_reviewers(store, draft_id, routing.ADD, "DGPZ")
    review.record_step(store, draft_id, routing.PARAAF)  # on revision 1; status revision 2
    for subject in ("eerste wijziging", "tweede wijziging"):
        draft = store.get(draft_id)
        draft.nota.subject = subject
        store.save(draft_id, draft.nota, base_revision=draft.revision)
    editor.open_draft(store.get(draft_id))
    editor.tabs.setCurrentWidget(editor.history)
    assert editor.history.redline_numbers == (1, 4)
    assert "tweede wijziging" in editor.history.redline.toPlainText()


def test_name_and_function_can_be_changed_later(window, qtbot):
    window.store.set_setting("user.display_name", "J. de Vries")
    window.identity_action.trigger()
    bar = window.identity
    assert bar.isVisible() and bar.name.text() == "J. de Vries"
    bar.name.setText("J. de Vries-Bakker")
    bar.function.setText("senior beleidsmedewerker")
    qtbot.mouseClick(bar.save_button, LEFT)
    assert window.store.person().display_name == "J. de Vries-Bakker"
    assert not bar.isVisible()


def test_a_comment_takes_the_selected_place_of_repeated_words(window, qtbot, monkeypatch):
    editor = _open_example(window, qtbot)
    editor.tabs.setCurrentWidget(editor.text_page)
    editor.margin_action.setChecked(True)
    views = [
        v for v in editor.text.findChildren(QtWidgets.QTextEdit) if "RDINEV" in v.toPlainText()
    ]
    view = views[0]
    document = view.document()
    first = document.find("RDINEV")
    second = document.find("RDINEV", first)  # the second place of the same word
    view.setTextCursor(second)
    monkeypatch.setattr(review_panel, "ask_text", lambda *_a, **_k: "deze")
    qtbot.mouseClick(editor.margin.add_button, LEFT)
    (thread,) = editor.margin.list.threads
    from notadesk.core.review.reading import reading_text

    text = reading_text(editor.draft.nota)
    assert text[thread.placement.start : thread.placement.end] == "RDINEV"
    assert thread.placement.start != text.index("RDINEV")  # not simply the first one
    block = second.block().text()
    assert text.find(block) <= thread.placement.start < text.find(block) + len(block)


def test_a_version_is_saved_with_a_note(window, qtbot, monkeypatch, errors):
    editor = _open_example(window, qtbot)
    editor.tabs.setCurrentWidget(editor.history)
    monkeypatch.setattr(review_panel, "ask_text", lambda *_a, **_k: "naar DGPZ\nvoor paraaf")
    qtbot.mouseClick(editor.history.note_button, LEFT)
    assert errors == []
    last = window.store.history(editor.draft.id)[-1]
    assert last.number == 2 and last.note == "naar DGPZ voor paraaf"
    assert editor.history.tree.topLevelItem(0).text(4) == last.note


def test_definitief_in_the_window_names_the_open_route_steps(window, qtbot, monkeypatch, errors):
    from notadesk.core.review import route as routing
    from notadesk.gui.editor import editor as editor_module

    editor = _open_example(window, qtbot)
    review.change_reviewers(window.store, editor.draft.id, routing.ADD, "DGPZ")
    seen: list[list[str]] = []
    monkeypatch.setattr(
        editor_module,
        "show_readiness",
        lambda _p, problems, _s: seen.append([p.message for p in problems]) or None,
    )
    combo = editor.details.status_combo
    combo.setCurrentIndex(combo.findData("definitief"))
    assert len(seen) == 1 and len(seen[0]) == 1
    assert "The paraaf route has steps still open: DGPZ (nog te paraferen)." in seen[0][0]
    assert combo.currentData() == "concept", "the refused status is taken back"
    window.check_action.trigger()  # Nota › Check before definitief… says it too
    assert "DGPZ (nog te paraferen)" in seen[-1][0]
    assert errors == []
    assert editor.focus_field("route")  # a double-click on the problem goes to the route
    assert editor.tabs.currentWidget() is editor.review


def test_comment_on_a_finding_and_a_commitment_from_their_tabs(window, qtbot, monkeypatch, errors):
    editor = _open_example(window, qtbot)
    nota = editor.draft.nota
    answers = ["Klopt dit cijfer?", "Wie is eigenaar?"]
    monkeypatch.setattr(review_panel, "ask_text", lambda *_a, **_k: answers.pop(0))
    editor.tabs.setCurrentWidget(editor._page(editor.findings))
    menu = editor.findings.context_menu(9)
    (action,) = menu.actions()
    assert action.text() == "Comment on finding 10…"
    action.trigger()
    editor.tabs.setCurrentWidget(editor._page(editor.commitments))
    (action,) = editor.commitments.context_menu(0).actions()
    assert action.text() == "Comment on commitment 1…"
    action.trigger()
    assert errors == [] and answers == []
    editor.tabs.setCurrentWidget(editor.review)
    threads = editor.review.comments.list.threads
    about = {(t.comment.anchor.kind, t.comment.anchor.ref): t.comment.text for t in threads}
    assert about == {
        ("finding", nota.findings[9].id): "Klopt dit cijfer?",
        ("commitment", nota.commitments[0].id): "Wie is eigenaar?",
    }
    shown = [
        editor.review.comments.list.itemWidget(editor.review.comments.list.item(i)).text()
        for i in range(editor.review.comments.list.count())
    ]
    assert any("Finding 10" in s for s in shown) and any("Commitment 1" in s for s in shown)
    stored = review.comment_threads(window.store, editor.draft.id)
    assert len(stored) == 2
