"""The audit log's action codes and detail sentences show in the window's language."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import notadesk.core
from notadesk.core.examples import example_nota
from notadesk.core.render import RenderOptions, print_on_paper, render_nota
from notadesk.gui import trust
from notadesk.gui.audit_text import ACTIONS, action_text, detail_text
from notadesk.gui.i18n import install_language
from tests.gui import window_fixtures

# where the core names an event's action: (function name, position of the action argument)
ACTION_ARGUMENT = {"record_event": 1, "record_copies": 1, "log": 1, "_audit": 2, "record": 2}


def _core_actions() -> set[str]:
    found: set[str] = set()
    for path in Path(notadesk.core.__file__).parent.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
                position = ACTION_ARGUMENT.get(node.func.attr)
                if position is not None and len(node.args) > position:
                    argument = node.args[position]
                    if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
                        found.add(argument.value)
                elif (  # events.append((id, action, detail, data)) for store.log_events
                    node.func.attr == "append"
                    and isinstance(node.func.value, ast.Name)
                    and node.func.value.id == "events"
                    and node.args
                ):
                    item = node.args[0]
                    if isinstance(item, ast.Tuple) and len(item.elts) == 4:
                        argument = item.elts[1]
                        if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
                            found.add(argument.value)
    return found


def test_every_action_the_core_writes_has_a_name_in_the_window() -> None:
    core = _core_actions()
    assert len(core) >= 15
    assert {"export", "personal-data"} <= core  # the events a package export logs at once
    assert core <= set(ACTIONS), core - set(ACTIONS)


dutch = window_fixtures.dutch


def test_details_read_in_dutch(dutch) -> None:
    assert action_text("print") == "afgedrukt"
    assert action_text("print-failed") == "afdruk mislukt"
    assert (
        detail_text("print", "revision 3, 2 copies, normal, sha256 ab12")
        == "versie 3, 2 exemplaren, normaal, sha256 ab12"
    )
    assert (
        detail_text("print", "revision 3, 1 copies, Woo, sha256 ab12")
        == "versie 3, 1 exemplaar, Woo-publicatieversie, sha256 ab12"
    )
    assert detail_text("save", "7") == "versie 7"
    assert detail_text("status", "ter-parafering") == "ter parafering"
    assert (
        detail_text("personal-data", "before export: 1 likely item(s) of personal data (bsn)")
        == "vóór de export: 1 mogelijk persoonsgegeven (bsn)"
    )
    lowered = "the marking is lowered from Stg. GEHEIM to Ongerubriceerd"
    assert detail_text("downgrade", lowered, trust.change_text) == trust.change_text(lowered)
    assert trust.change_text(lowered) != lowered
    assert detail_text("print", "something new the core says") == "something new the core says"
    assert action_text("some-new-action") == "some-new-action"


def test_the_english_window_keeps_the_words(qapp) -> None:
    install_language("en")
    assert action_text("export-docx") == "saved as Word"
    assert (
        detail_text("print-failed", "revision 2, 1 copies not printed: no paper")
        == "revision 2, 1 copy not printed: no paper"
    )


def test_the_dutch_audit_log_of_a_failed_print(dutch, qtbot, store) -> None:
    nota = example_nota()
    nota.classification.level = "nl.stg-confidentieel"
    draft = store.create(nota)
    options = RenderOptions(copies=2)
    result = render_nota(draft.nota, options)

    def refuse(_pdf: bytes) -> None:
        raise OSError("no paper")

    with pytest.raises(OSError):
        print_on_paper(store, draft, result, options, refuse)
    dialog = trust.AuditDialog(store, draft.id)
    qtbot.addWidget(dialog)
    rows = [
        (dialog.table.item(r, 2).text(), dialog.table.item(r, 5).text())
        for r in range(dialog.table.rowCount())
    ]
    revision = f"versie {draft.revision}, 2 exemplaren"
    assert rows[0][0] == "aangemaakt"
    assert ("afgedrukt", f"{revision}, normaal, sha256 {result.sha256}") in rows
    assert ("afdruk mislukt", f"{revision} niet afgedrukt: no paper") in rows
