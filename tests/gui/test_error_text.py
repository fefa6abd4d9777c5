"""The core's error sentences a person meets while drafting and printing show in Dutch."""

from __future__ import annotations

from notadesk.errors import PolicyError, RenderError, ValidationError
from notadesk.gui import operations
from notadesk.gui.error_text import FORMS, error_text
from notadesk.gui.i18n import install_language
from tests.gui import window_fixtures

dutch = window_fixtures.dutch


def test_errors_read_in_dutch(dutch) -> None:
    printer = RenderError("The printer could not be started; check that it is available.")
    assert operations.error_message(printer) == (
        "De printer kon niet worden gestart; kijk of hij beschikbaar is."
    )
    ceiling = PolicyError(
        "The draft is marked Stg. GEHEIM, above the highest classification this workstation "
        "may hold (Dep. VERTROUWELIJK); nothing was stored."
    )
    assert operations.error_message(ceiling) == (
        "De nota is gerubriceerd als Stg. GEHEIM, hoger dan de hoogste rubricering die dit "
        "werkstation mag bevatten (Dep. VERTROUWELIJK); er is niets opgeslagen."
    )
    unknown = ValidationError("A sentence the window has no form for.")
    assert operations.error_message(unknown) == "A sentence the window has no form for."


def test_every_form_has_its_dutch(dutch) -> None:
    from notadesk.gui.qt import QtCore

    untranslated = [
        form for _p, form in FORMS if QtCore.QCoreApplication.translate("Errors", form) == form
    ]
    assert untranslated == []


def test_the_english_window_shows_the_core_s_sentence(qapp) -> None:
    install_language("en")
    sentence = "The PDF cannot be written to /tmp/x.pdf: disk full."
    assert error_text(sentence) == sentence
