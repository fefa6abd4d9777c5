"""Nota › Record declassification… in the window, and the Woo variant that waits for it."""

from __future__ import annotations

import datetime as dt
import subprocess

from notadesk.core.examples import example_nota
from notadesk.gui import main_window, word
from notadesk.gui.qt import QtWidgets
from tests.gui.window_fixtures import errors, host, window

__all__ = ["errors", "host", "window"]
WOO_FILTER = "Woo publication variant, PDF (*.pdf)"


def _open_classified(window) -> str:
    nota = example_nota()
    nota.classification.level = "nl.stg-confidentieel"
    nota.classification.until = dt.date(2031, 1, 1)
    draft = window.store.create(nota)
    window.open_draft(draft.id)
    return draft.id


def test_the_woo_variant_waits_for_a_decision_recorded_in_the_window(
    window, tmp_path, monkeypatch, errors
):
    draft_id = _open_classified(window)
    target = tmp_path / "woo.pdf"
    monkeypatch.setattr(
        QtWidgets.QFileDialog,
        "getSaveFileName",
        staticmethod(lambda *_a: (str(target), WOO_FILTER)),
    )
    window.save_pdf()
    assert not target.exists()
    assert errors[-1].startswith("The Woo variant of a Stg. CONFIDENTIEEL nota is made only")
    assert "Nota › Record declassification…" in errors[-1]
    docx = tmp_path / "woo.docx"
    monkeypatch.setattr(word, "choose_docx_target", lambda *_a: (docx, True))
    window.word.export_docx()
    assert not docx.exists() and len(errors) == 2

    asked: list[str] = []

    def fake_ask(_parent, marking):
        asked.append(marking)
        return ("Hoofd DJZ", dt.date(2026, 12, 1), "DJZ-2026/117")

    monkeypatch.setattr(main_window, "ask_declassification", fake_ask)
    window.declassify_action.trigger()
    assert asked == ["Stg. CONFIDENTIEEL"] and len(errors) == 2
    decision = window.editor.draft.nota.classification.declassified
    assert (decision.by, decision.date, decision.reference) == (
        "Hoofd DJZ",
        dt.date(2026, 12, 1),
        "DJZ-2026/117",
    )
    stored = window.store.get(draft_id)
    assert stored.nota.classification.declassified == decision
    assert any(
        e.action == "declassified" and "DJZ-2026/117" in e.detail
        for e in window.store.audit_log(draft_id)
    )
    window.save_pdf()
    assert target.exists() and len(errors) == 2
    text = " ".join(
        subprocess.run(
            ["pdftotext", str(target), "-"], capture_output=True, text=True, check=True
        ).stdout.split()
    )
    assert "gederubriceerd op 1 december 2026 (DJZ-2026/117)" in text
    window.word.export_docx()
    assert docx.exists() and len(errors) == 2

    window.declassify_action.trigger()  # a second time: the core refuses, nothing is asked
    assert asked == ["Stg. CONFIDENTIEEL"] and "declassified already" in errors[-1]


def test_an_unclassified_nota_has_nothing_to_declassify(window, monkeypatch, errors):
    window.open_example()
    asked: list[str] = []
    monkeypatch.setattr(main_window, "ask_declassification", lambda *a: asked.append(a))
    window.declassify_action.trigger()
    assert asked == [] and "is not classified" in errors[-1]


def test_the_dialog_asks_who_when_and_the_reference(qtbot):
    from notadesk.gui.dialogs.declassify import DeclassifyDialog

    dialog = DeclassifyDialog("Stg. CONFIDENTIEEL")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.by.setText("Hoofd DJZ")
    assert not ok.isEnabled()  # the reference is needed too
    dialog.reference.setText("DJZ-1")
    assert ok.isEnabled()
    by, date, reference = dialog.decision()
    assert (by, reference) == ("Hoofd DJZ", "DJZ-1") and date == dt.date.today()


def test_an_edit_after_the_decision_keeps_it(window, errors):
    """The window's save passes the gate's rule that only the recording sets a decision: an
    edit in the window keeps the recorded decision as it is."""
    from notadesk.core.declassification import record_declassification

    nota = example_nota()
    nota.classification.level = "nl.stg-confidentieel"
    nota.classification.until = dt.date(2031, 1, 1)
    draft = window.store.create(nota)
    record_declassification(window.store, draft, by="Hoofd DJZ", reference="DJZ-9")
    draft_id = draft.id
    window.open_draft(draft_id)
    window.editor.details.subject.setText("Herzien na derubricering")
    assert window.editor.save_now()
    stored = window.store.get(draft_id)
    assert stored.nota.subject == "Herzien na derubricering" and errors == []
    assert stored.nota.classification.declassified.reference == "DJZ-9"
