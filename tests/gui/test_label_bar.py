"""The label bar: the open draft's marking above the editor, in the level's colours."""

from __future__ import annotations

import datetime as dt

import pytest

pytest.importorskip("pytestqt")

from notadesk.core.model.nota import Classification
from notadesk.core.policy.markings import all_levels, label_colours
from notadesk.gui.i18n import install_language
from notadesk.gui.label_bar import LabelBar
from notadesk.gui.qt import Qt
from tests.gui.window_fixtures import errors, host, window

__all__ = ["errors", "host", "window"]
LEVELS = all_levels()


@pytest.mark.parametrize("level", LEVELS, ids=[lv.id for lv in LEVELS])
def test_every_level_shows_its_words_and_colours(qtbot, level) -> None:
    bar = LabelBar()
    qtbot.addWidget(bar)
    bar.set_classification(
        Classification(level=level.id, set_by="DGES", until=dt.date(2031, 5, 17))
    )
    assert bar.marking.text() == (level.marking or level.label)
    background, text = label_colours(level)
    assert background in bar.styleSheet() and text in bar.styleSheet()
    assert "DGES" in bar.details.text() and "2031" in bar.details.text()
    grabbed = bar.grab().toImage()
    assert grabbed.pixelColor(2, 2).name() == background  # it is painted in that colour


def test_the_end_date_is_written_in_the_windows_language(qtbot) -> None:
    bar = LabelBar()
    qtbot.addWidget(bar)
    cls = Classification(level="nl.stg-confidentieel", until=dt.date(2032, 10, 3))
    try:
        install_language("nl")
        bar.set_classification(cls)
        assert "3 oktober 2032" in bar.details.text()
        install_language("en")
        bar.set_classification(cls)
        assert "October" in bar.details.text() and "oktober" not in bar.details.text()
    finally:
        install_language("en")


def test_levels_of_different_rank_look_different() -> None:
    by_rank = {lv.rank: label_colours(lv)[0] for lv in LEVELS if lv.scheme == "nl"}
    assert len(set(by_rank.values())) == len(by_rank) == 5


def test_an_end_event_or_an_unknown_level_still_says_something(qtbot) -> None:
    bar = LabelBar()
    qtbot.addWidget(bar)
    bar.set_classification(Classification(level="nl.dep-vertrouwelijk", end_event="na de MR"))
    assert bar.details.text() == "until na de MR"
    bar.set_classification(Classification(level="xx.nergens"))
    assert "xx.nergens" in bar.marking.text()


def test_the_window_shows_the_marking_while_the_draft_is_edited(window, qtbot) -> None:
    assert not window.editor.label_bar.isVisible()
    qtbot.mouseClick(window.welcome.example_button, Qt.MouseButton.LeftButton)
    bar = window.editor.label_bar
    assert bar.isVisible() and bar.marking.text() == "Ongerubriceerd"
    combo = window.editor.details.level_combo
    combo.setCurrentIndex(combo.findData("nl.stg-geheim"))
    assert bar.marking.text() == "Stg. GEHEIM"  # at once, before any save
    window.editor.tabs.setCurrentWidget(window.editor.findings)
    assert bar.isVisible()  # on every tab
    window.editor.details.set_by.setText("pSG")
    assert "pSG" in bar.details.text()
