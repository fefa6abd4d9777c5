"""The core's error sentences a person meets while drafting and printing show in Dutch."""

from __future__ import annotations

import datetime as dt

import pytest

from notadesk.errors import PolicyError, RenderError, StorageError, ValidationError
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


def test_the_gate_and_logo_refusals_read_in_dutch(dutch, store, tmp_path, policy_file) -> None:
    """The sentences the core writes (not copies of them) for an enclosure above the ceiling,
    a forged declassification and unusable logos come out Dutch, nothing English left."""
    from notadesk.core.drafting import create_example
    from notadesk.core.model.nota import Declassification
    from notadesk.core.render.letterhead import read_logo

    policy_file(ceiling="nl.dep-vertrouwelijk")
    draft, _ = create_example(store)
    nota = draft.nota
    nota.attachments[0].level = "nl.stg-geheim"
    with pytest.raises(PolicyError) as refused:
        store.save(draft.id, nota, base_revision=draft.revision)
    said = operations.error_message(refused.value)
    assert said.startswith("Bijlage 1 van de nota is gerubriceerd als Stg. GEHEIM"), said

    nota = store.get(draft.id).nota
    nota.classification.level = "nl.dep-vertrouwelijk"
    nota.classification.until = dt.date(2031, 1, 1)
    raised = store.save(draft.id, nota, base_revision=draft.revision)
    nota = raised.nota
    nota.classification.declassified = Declassification("X", dt.date(2026, 1, 1), "R")
    with pytest.raises(ValidationError) as forged:
        store.save(draft.id, nota, base_revision=raised.revision)
    assert operations.error_message(forged.value).startswith("Een besluit tot derubricering")

    link = tmp_path / "zero.png"
    link.symlink_to("/dev/zero")
    damaged = tmp_path / "damaged.png"
    damaged.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(40))
    for path, dutch_words in ((link, "geen afbeeldingsbestand"), (damaged, "beschadigd")):
        with pytest.raises(ValidationError) as bad:
            read_logo(str(path))
        assert dutch_words in operations.error_message(bad.value)


def test_a_decision_date_refusal_reads_in_dutch(dutch) -> None:
    from notadesk.core.declassification import check_decision_date
    from notadesk.core.examples import example_nota

    nota = example_nota()
    assert nota.date is not None
    with pytest.raises(ValidationError) as early:
        check_decision_date(nota, nota.date - dt.timedelta(days=1))
    assert operations.error_message(early.value).startswith("De datum van het besluit")
    with pytest.raises(ValidationError) as future:
        check_decision_date(nota, dt.date.today() + dt.timedelta(days=1))
    assert "ligt in de toekomst" in operations.error_message(future.value)


def test_the_team_database_s_need_to_know_reads_in_dutch(dutch) -> None:
    from notadesk.core.storage.store import NOT_CLEARED

    assert operations.error_message(PolicyError(NOT_CLEARED)) == (
        "Uw databaserol is niet gemachtigd voor deze rubricering; vraag de beheerder erom "
        "(notadesk admin clearance) of kies een lagere rubricering."
    )


def test_a_print_above_the_ceiling_reads_in_dutch(dutch, store, policy_file) -> None:
    from notadesk.core.render.register import check_print_level

    policy_file(ceiling="nl.dep-vertrouwelijk")
    with pytest.raises(PolicyError) as refused:
        check_print_level(store, "nl.stg-geheim")
    said = operations.error_message(refused.value)
    assert said.startswith("De afdruk is gerubriceerd als Stg. GEHEIM") and "afgedrukt" in said


def test_a_database_url_with_a_control_character_reads_in_dutch(dutch) -> None:
    from notadesk.core.storage.selection import server_conninfo

    with pytest.raises(StorageError) as caught:
        server_conninfo("postgresql://db.example/\u202eksedaton")
    assert operations.error_message(caught.value) == (
        "De database-URL mag hoogstens 2.000 tekens bevatten en geen stuur-, richtings- of "
        "onzichtbare tekens; typ hem zoals de beheerder hem gaf."
    )
