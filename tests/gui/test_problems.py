"""The core's readiness sentences show in the window's language."""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from notadesk.core.drafting import blank_nota
from notadesk.core.policy import checks
from notadesk.core.policy.checks import readiness_problems
from notadesk.gui.dialogs.readiness import ReadinessDialog
from notadesk.gui.i18n import install_language
from notadesk.gui.problems import TEMPLATES, problem_text


def _core_templates() -> set[str]:
    tree = ast.parse(Path(checks.__file__).read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "_problem":
            template = node.args[1]
            assert isinstance(template, ast.Constant), "a template must be a literal"
            found.add(template.value)
    return found


def test_every_core_template_is_known_to_the_window() -> None:
    core = _core_templates()
    assert len(core) >= 15
    assert core == set(TEMPLATES)


def _nota():
    nota = blank_nota()
    nota.subject = "x" * 300
    nota.classification.level = "nl.stg-confidentieel"
    nota.classification.until = dt.date(2001, 2, 3)
    return nota


def test_the_dutch_window_shows_dutch_problems(qapp) -> None:
    install_language("nl")
    try:
        texts = [problem_text(p) for p in readiness_problems(_nota())]
        assert "Het onderwerp is 300 tekens lang; er passen er hoogstens 250." in texts
        assert any("2001-02-03" in t and "later" in t for t in texts)
        assert not any(t.startswith(("The ", "Aan names", "Nobody")) for t in texts), texts
        dialog = ReadinessDialog(readiness_problems(_nota()), "definitief")
        shown = [dialog.list.item(i).text() for i in range(dialog.list.count())]
        assert shown == texts
    finally:
        install_language("en")
    english = [problem_text(p) for p in readiness_problems(_nota())]
    assert "The subject is 300 characters long; at most 250 fit." in english
