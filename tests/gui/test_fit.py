"""Nothing cut off at 1366×768: every tab and dialog, Dutch and English, 100% and 125% font.

Each state of the window (and each dialog over it) is laid out at its size and searched with
:func:`tests.gui.fit.cut_off` for a label, button, tab, combo box, header or group title whose
text does not fit, and for a toolbar that hides buttons behind "»".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from xml.etree import ElementTree

import pytest

from notadesk.core.drafting import blank_nota
from notadesk.core.interchange.incoming import ConversionReport
from notadesk.core.model.nota import Paragraph, Run, Section
from notadesk.core.policy.checks import readiness_problems
from notadesk.core.policy.personal import personal_data
from notadesk.core.storage.selection import DatabaseChoice
from notadesk.core.templates import templates
from notadesk.gui import printing, trust, word
from notadesk.gui.app import make_application
from notadesk.gui.dialogs.about import AboutDialog
from notadesk.gui.dialogs.conflict import ConflictDialog
from notadesk.gui.dialogs.database import DatabaseDialog
from notadesk.gui.dialogs.preferences import PreferencesDialog
from notadesk.gui.dialogs.readiness import ReadinessDialog
from notadesk.gui.dialogs.templates import TemplateDialog
from notadesk.gui.draft_list import DUE, LEVEL, STATUS, SUBJECT
from notadesk.gui.editor.history_tab import TextDialog
from notadesk.gui.error_text import CONFLICT_EXAMPLE, error_text
from notadesk.gui.main_window import MainWindow
from notadesk.gui.qt import QtCore, QtGui, QtWidgets
from notadesk.gui.richtext.table_dialog import TableDialog
from notadesk.gui.richtext.toolbar import FindingsChooser
from notadesk.gui.screenshots import features_nota, nota_with_problems
from notadesk.resources import resource_path
from tests.gui import window_fixtures
from tests.gui.fit import cut_off, visible_texts

errors = window_fixtures.errors
host = window_fixtures.host
SIZE = (1366, 768)
TRANSLATIONS = resource_path("translations", "notadesk_nl.ts")


def _english_only() -> set[str]:
    """Return the window's English strings whose Dutch differs (none may show in Dutch)."""
    found = set()
    for message in ElementTree.parse(TRANSLATIONS).iter("message"):
        source, translation = message.findtext("source"), message.find("translation")
        dutch = translation.text if translation is not None else None
        if source and dutch and not list(translation) and dutch.strip() != source.strip():
            shown = re.sub(r"&(.)", r"\1", source).strip()
            if "%" not in shown and len(shown) > 3:  # whole strings, not "B" or "%1 of %2"
                found.add(shown)
    return found


@pytest.fixture
def scaled_font(request: pytest.FixtureRequest) -> Iterator[float]:
    """Multiply the application's font size for one test (the desktop's larger text)."""
    app = QtWidgets.QApplication.instance()
    assert isinstance(app, QtWidgets.QApplication)
    before = QtGui.QFont(app.font())
    scale = float(request.param)
    if scale != 1.0:
        font = QtGui.QFont(before)
        font.setPointSizeF(before.pointSizeF() * scale)
        app.setFont(font)
    yield scale
    app.setFont(before)


def _settle(qtbot, ms: int = 30) -> None:
    QtCore.QCoreApplication.processEvents()
    qtbot.wait(ms)


def _window_states(window: MainWindow, qtbot) -> Iterator[str]:
    """Put the window through its states; yield the name of each once it is laid out."""
    yield "welcome"
    window.identity.show()
    _settle(qtbot)
    yield "first start: the name bar"
    window.identity.hide()
    window.open_example()
    editor = window.editor
    for index in range(editor.tabs.count()):
        editor.tabs.setCurrentIndex(index)
        if editor.tabs.currentWidget() is editor.text_page and editor.print_pane is not None:
            pane = editor.print_pane
            qtbot.waitUntil(lambda pane=pane: pane.page_count() > 0, timeout=20_000)
        _settle(qtbot, 100)
        yield f"tab {editor.tabs.tabText(index)}"
    editor.tabs.setCurrentWidget(editor.text_page)
    editor.margin_action.setChecked(True)
    _settle(qtbot)
    yield "text with the comments margin"
    editor.margin_action.setChecked(False)
    editor.show_find(replace=True)
    _settle(qtbot)
    yield "find and replace"
    editor.tabs.setCurrentIndex(0)
    classified = window.store.create(features_nota())  # the label bar, a table, a list
    window.drafts.reload(select_id=classified.id)
    editor.open_draft(classified)
    for page in (editor.details, editor.text_page):
        editor.tabs.setCurrentWidget(page)
        _settle(qtbot, 100)
        yield f"a classified draft: {editor.tabs.tabText(editor.tabs.currentIndex())}"
    editor.tabs.setCurrentIndex(0)
    window.drafts.show_trash(True)
    _settle(qtbot)
    yield "the trash"
    window.drafts.show_trash(False)


def _dialogs(window: MainWindow) -> list[tuple[str, Callable[[], QtWidgets.QWidget]]]:
    store = window.store
    nota = window.editor.current_nota()
    draft_id = window.editor.draft.id
    problem_nota = nota_with_problems()
    personal = blank_nota()
    personal.sections = [
        Section("Aanleiding", [Paragraph(runs=[Run(text="BSN 111222333 van Jan Jansen.")])])
    ]
    report = ConversionReport(sections=2, paragraphs=14)
    report.note("comment", "“Aanleiding”")
    report.note("image", "“Kernpunten”")
    found, problems = templates(window._data_dir())
    return [
        ("about", lambda: AboutDialog(window._data_dir(), window)),
        ("preferences", lambda: PreferencesDialog(window.language_choice, "Min-BuZa", window)),
        (
            "database",
            lambda: DatabaseDialog(DatabaseChoice(None, "default"), window._data_dir(), window),
        ),
        (
            "readiness",
            lambda: ReadinessDialog(readiness_problems(problem_nota), "definitief", window),
        ),
        ("readiness, nothing missing", lambda: ReadinessDialog([], "definitief", window)),
        ("conflict", lambda: ConflictDialog(error_text(CONFLICT_EXAMPLE), window)),
        ("templates", lambda: TemplateDialog(found, problems, window)),
        ("trusted keys", lambda: trust.TrustDialog(store, window)),
        ("audit log of the nota", lambda: trust.AuditDialog(store, draft_id, window)),
        ("audit log of the workstation", lambda: trust.AuditDialog(store, None, window)),
        (
            "justification",
            lambda: trust.JustificationDialog(
                ("the marking is lowered from Stg. CONFIDENTIEEL to Dep. VERTROUWELIJK",),
                5,
                store.person(),
                window,
            ),
        ),
        ("personal data", lambda: trust.PersonalDataDialog(personal_data(personal), window)),
        ("table", lambda: TableDialog(None, window)),
        (
            "choose findings",
            lambda: FindingsChooser(nota.findings, ["bevinding-10"], False, window),
        ),
        (
            "word import report",
            lambda: word.ImportDialog(
                window, "kamerbrief.docx", report, nota.subject, "Kernpunten"
            ),
        ),
        ("text of a revision", lambda: TextDialog(window.tr("Revision 2"), "tekst", window)),
        ("print options", lambda: printing.PrintOptionsTab(True, window)),
    ]


@pytest.mark.parametrize("scaled_font", [1.0, 1.25], indirect=True, ids=["100%", "125%"])
@pytest.mark.parametrize("language", ["nl", "en"])
def test_nothing_is_cut_off_at_1366x768(host, qtbot, language: str, scaled_font: float) -> None:
    host.settings.setValue("ui/language", language)
    window = host.show_window()
    window.resize(*SIZE)
    qtbot.waitExposed(window)
    _settle(qtbot)
    found: list[str] = []
    english = _english_only() if language == "nl" else set()

    def untranslated(where: str, widget: QtWidgets.QWidget) -> list[str]:
        return [f"[{where}] English in the Dutch window: “{t}”" for t in visible_texts(widget)
                if t in english]  # fmt: skip

    for state in _window_states(window, qtbot):
        found.extend(untranslated(state, window))
        if window.size() != QtCore.QSize(*SIZE):
            hint = window.minimumSizeHint()
            found.append(f"[{state}] the window needs {hint.width()}×{hint.height()} px")
            window.resize(*SIZE)
        found.extend(f"[{state}] {line}" for line in cut_off(window))
        if state.startswith("tab") and window.editor.tabs.currentIndex() == 0:
            header = window.drafts.view.horizontalHeader()
            viewport = window.drafts.view.viewport().width()
            for column in (SUBJECT, STATUS, LEVEL, DUE):
                start = header.sectionViewportPosition(column)
                end = start + header.sectionSize(column)
                if header.isSectionHidden(column) or start < 0 or end > viewport:
                    found.append(f"[draft list] column {column} is not in view")
    for name, make in _dialogs(window):
        dialog = make()
        if not isinstance(dialog, QtWidgets.QDialog):
            holder = QtWidgets.QDialog(window)
            QtWidgets.QVBoxLayout(holder).addWidget(dialog)
            dialog = holder
        dialog.show()
        qtbot.waitExposed(dialog)
        _settle(qtbot)
        found.extend(f"[dialog {name}] {line}" for line in cut_off(dialog))
        found.extend(untranslated(f"dialog {name}", dialog))
        dialog.close()
        dialog.deleteLater()
    assert found == [], "\n".join(found)


@pytest.mark.parametrize("scaled_font", [1.25], indirect=True, ids=["125%"])
def test_the_window_follows_the_application_font(host, qtbot, scaled_font: float) -> None:
    app = QtWidgets.QApplication.instance()
    desktop = QtGui.QFont(app.font())
    make_application()  # as at the start: the desktop's font stays
    assert app.font() == desktop
    window = host.show_window()
    size = app.font().pointSizeF()
    assert window.drafts.count_label.font().pointSizeF() == pytest.approx(size)
    assert window.editor.details.font().pointSizeF() == pytest.approx(size)
    assert window.toolbar.font().pointSizeF() == pytest.approx(size)


def test_a_layout_saved_on_a_larger_screen_fits_this_one(host, qtbot) -> None:
    window = host.show_window()
    window.setGeometry(0, 0, 3000, 2000)  # as on a large monitor
    window.save_layout()
    window.resize(640, 480)
    window.restore_layout()
    QtCore.QCoreApplication.processEvents()
    area = window.screen().availableGeometry()
    assert window.width() <= area.width() and window.height() <= area.height()
