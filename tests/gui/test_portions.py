"""A portion above the nota's marking in the window: refused, and the roll-up is offered."""

from __future__ import annotations

import datetime as dt

import pytest

from notadesk.core.examples import example_nota
from notadesk.core.storage.store import DraftStore
from notadesk.gui.editor import editor as editor_module
from tests.gui.window_fixtures import errors, host, window

__all__ = ["errors", "host", "window"]


@pytest.fixture
def nato_draft(data_dir):
    nota = example_nota()
    nota.classification.level = "nato.secret"
    nota.classification.until = dt.date(2031, 1, 1)
    nota.classification.set_by = "Hoofd DVB"
    nota.findings[9].portion = "nato.secret"
    store = DraftStore.open(data_dir)
    try:
        return store.create(nota).id
    finally:
        store.close()


def _stored_level(data_dir, draft_id):
    store = DraftStore.open(data_dir)
    try:
        draft = store.get(draft_id)
        return draft.nota.classification.level, draft.revision
    finally:
        store.close()


@pytest.mark.parametrize("accept", [True, False])
def test_lowering_below_a_portion_offers_the_roll_up(
    window, data_dir, nato_draft, monkeypatch, accept
):
    asked: list[tuple[str, str, str]] = []

    def fake_offer(_parent, portion, marking, target):
        asked.append((portion, marking, target))
        return accept

    monkeypatch.setattr(editor_module, "offer_roll_up", fake_offer)
    window.open_draft(nato_draft)
    editor = window.editor
    combo = editor.details.level_combo
    combo.setCurrentIndex(combo.findData("nato.restricted"))
    editor.details.subject.setText("Herzien onderwerp")
    saved = editor.save_now()
    assert asked == [("NATO Secret", "NATO Restricted", "NATO Secret")]
    level, revision = _stored_level(data_dir, nato_draft)
    if accept:
        assert saved and level == "nato.secret" and revision == 2
        assert combo.currentData() == "nato.secret"
        assert editor.draft.nota.findings[9].portion == "nato.secret"  # kept through the tabs
    else:
        assert not saved and level == "nato.secret" and revision == 1
        assert editor.dirty  # nothing typed is lost
        combo.setCurrentIndex(combo.findData("nato.secret"))  # the person raises it after all
        assert editor.save_now() and not editor.dirty


def test_the_text_tab_keeps_portions_of_paragraphs_and_items(window, data_dir):
    from notadesk.core.model.nota import BulletList, ListItem, Paragraph, Run, Section

    nota = example_nota()
    nota.classification.level = "nato.secret"
    nota.classification.until = dt.date(2031, 1, 1)
    nota.sections.append(
        Section(
            title="Gemarkeerd",
            blocks=[
                Paragraph(runs=[Run(text="Alinea NC.")], portion="nato.confidential"),
                Paragraph(runs=[Run(text="Alinea zonder eigen markering.")]),
                BulletList(
                    items=[ListItem(runs=[Run(text="Punt NR.")], portion="nato.restricted")]
                ),
            ],
        )
    )
    store = DraftStore.open(data_dir)
    try:
        draft_id = store.create(nota).id
    finally:
        store.close()
    window.open_draft(draft_id)
    editor = window.editor
    editor.details.subject.setText("Onderwerp gewijzigd")
    assert editor.save_now()
    store = DraftStore.open(data_dir)
    try:
        saved = store.get(draft_id).nota
    finally:
        store.close()
    blocks = saved.sections[-1].blocks
    assert [getattr(b, "portion", None) for b in blocks[:2]] == ["nato.confidential", None]
    assert blocks[2].items[0].portion == "nato.restricted"
    assert saved.subject == "Onderwerp gewijzigd"
