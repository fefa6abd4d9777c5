"""Screenshots of the real window, offscreen: every tab and dialog at two screen sizes.

    python -m notadesk.gui.screenshots OUTDIR [--language en|nl] [--sizes 1366x768,1920x1080]

Works on a throw-away data folder: the example nota (Min-BuZa.2022.240) beside a few other
drafts, with some history. Writes ``OUTDIR/<W>x<H>/<nn>-<name>.png`` and prints each path.
Dialogs are drawn over the window as a desktop would show them.
"""

from __future__ import annotations

import argparse
import copy
import datetime as dt
import os
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from notadesk.core.model.nota import Nota
    from notadesk.core.storage.store import DraftStore

DEFAULT_SIZES = ((1366, 768), (1920, 1080))
SHOWN_DATA_FOLDER = Path("/home/medewerker/.local/share/notadesk")


def _wait(ms: int) -> None:
    from notadesk.gui.qt import QtCore

    loop = QtCore.QEventLoop()
    QtCore.QTimer.singleShot(ms, loop.quit)
    loop.exec()


def _wait_for(signal: object, timeout_ms: int) -> None:
    from notadesk.gui.qt import QtCore

    loop = QtCore.QEventLoop()
    signal.connect(loop.quit)  # type: ignore[attr-defined]
    QtCore.QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    signal.disconnect(loop.quit)  # type: ignore[attr-defined]


def _other_drafts() -> list[object]:
    """Return a few plausible drafts so the list looks like a working day."""
    from notadesk.core.drafting import blank_nota
    from notadesk.core.model.nota import RoutingEntry

    rows = [
        (
            "Beantwoording Kamervragen over de evacuatie uit Soedan",
            "ter-beslissing",
            "concept",
            "nl.ongerubriceerd",
            dt.date(2022, 9, 28),
        ),
        (
            "Deelname aan de EU-trainingsmissie in Mozambique",
            "ter-beslissing",
            "ter-parafering",
            "nl.stg-confidentieel",
            dt.date(2022, 10, 4),
        ),
        (
            "Reactie op de motie over exportcontrole van dual-use goederen",
            "ter-advisering",
            "concept",
            "nl.dep-vertrouwelijk",
            dt.date(2022, 10, 12),
        ),
        (
            "Jaarplan 2023 van de ambassade in Bamako",
            "ter-informatie",
            "concept",
            "nl.ongerubriceerd",
            None,
        ),
    ]
    notas = []
    for n, (subject, kind, status, level, due) in enumerate(rows):
        nota = blank_nota(dt.date(2022, 9, 12 + 3 * n))
        nota.subject = subject
        nota.type = kind
        nota.status = status
        nota.classification.level = level
        nota.classification.proposed_by = "DSH/VV" if level != "nl.ongerubriceerd" else ""
        nota.classification.until = dt.date(2032, 12, 31) if level != "nl.ongerubriceerd" else None
        nota.routing.to = [RoutingEntry("M")]
        nota.deadlines.due.date = due
        notas.append(nota)
    return notas


def features_nota() -> object:
    """Return a classified draft with a numbered list, a table and a misspelled word."""
    from notadesk.core.drafting import blank_nota
    from notadesk.core.model.nota import (
        BulletList,
        ListItem,
        Paragraph,
        Run,
        Section,
        Table,
        TableCell,
        TableRow,
    )

    def cell(text: str) -> TableCell:
        return TableCell([Paragraph(runs=[Run(text=text)])])

    nota = blank_nota(dt.date(2022, 10, 3))
    nota.subject = "Voortgang van de Nederlandse bijdrage aan de opleidingsmissie EUTM"
    nota.classification.level = "nl.stg-confidentieel"
    nota.classification.set_by = "DGPZ"
    nota.classification.until = dt.date(2032, 10, 3)
    rows = [TableRow([cell("Onderdeel"), cell("Inzet 2022"), cell("Stand")])]
    for name, count, state in (
        ("Opleiders landmacht", "24", "volgens plan"),
        ("Staf en liaison", "6", "volgens plan"),
        ("Medische ondersteuning", "4", "vertraagd:\nwerving loopt"),
        ("Logistiek", "9", "afgerond"),
    ):
        rows.append(TableRow([cell(name), cell(count), cell(state)]))
    nota.sections = [
        Section(
            "Aanleiding",
            [
                Paragraph(
                    runs=[Run(text="De missie is in 2022 verlengd; deze nota beschrjft de stand.")]
                )
            ],
        ),
        Section(
            "Kernpunten",
            [
                BulletList(
                    numbered=True,
                    items=[
                        ListItem(
                            runs=[Run(text="De opleidingen lopen volgens plan, met twee punten:")],
                            children_numbered=True,
                            children=[
                                ListItem(
                                    runs=[Run(text="de medische ondersteuning is vertraagd;")]
                                ),
                                ListItem(runs=[Run(text="de logistieke steun is afgerond.")]),
                            ],
                        ),
                        ListItem(runs=[Run(text="De kosten blijven binnen het budget.")]),
                    ],
                ),
                Table(rows=rows, widths=[3, 1, 2]),
            ],
        ),
    ]
    return nota


def nota_with_problems() -> Nota:
    """Return a draft the readiness check has several things to say about."""
    from notadesk.core.drafting import blank_nota
    from notadesk.core.model.nota import Commitment, Finding

    nota = blank_nota()
    nota.subject = "Reactie op de motie over exportcontrole"
    nota.classification.level = "nl.stg-confidentieel"
    nota.findings = [
        Finding(id="f1", number=1, text="Vergunningverlening duurt te lang."),
        Finding(id="f3", number=3, text="Toezicht is versnipperd."),
    ]
    nota.commitments = [Commitment(id="t1", text="Evaluatie in 2024.")]
    return nota


def _dialog_shot(window: object, dialog: object, path: Path) -> None:
    """Draw a dialog, with a plain title bar and a shadow, centred over the window."""
    from notadesk.gui.qt import QtCore, QtGui

    base = window.grab()  # type: ignore[attr-defined]
    dialog.adjustSize()  # type: ignore[attr-defined]
    dialog.show()  # type: ignore[attr-defined]
    _wait(120)
    body = dialog.grab()  # type: ignore[attr-defined]
    ratio = body.devicePixelRatio() or 1.0
    w, h = body.width() / ratio, body.height() / ratio
    bar = 30
    x = (base.width() / base.devicePixelRatio() - w) / 2
    y = max(40.0, (base.height() / base.devicePixelRatio() - h - bar) / 2)
    painter = QtGui.QPainter(base)
    painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
    painter.fillRect(base.rect(), QtGui.QColor(0, 0, 0, 40))
    for spread, alpha in ((10, 12), (6, 18), (3, 26)):
        painter.setPen(QtCore.Qt.PenStyle.NoPen)
        painter.setBrush(QtGui.QColor(0, 0, 0, alpha))
        painter.drawRoundedRect(
            QtCore.QRectF(x - spread, y - spread + 3, w + 2 * spread, h + bar + 2 * spread), 8, 8
        )
    frame = QtCore.QRectF(x, y, w, h + bar)
    painter.setBrush(QtGui.QColor("#dfe3e8"))
    painter.setPen(QtGui.QPen(QtGui.QColor("#9aa3ad"), 1))
    painter.drawRoundedRect(frame.adjusted(-0.5, -0.5, 0.5, 0.5), 6, 6)
    font = QtGui.QFont(dialog.font())  # type: ignore[attr-defined]
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QtGui.QColor("#22303d"))
    painter.drawText(
        QtCore.QRectF(x, y, w, bar),
        int(QtCore.Qt.AlignmentFlag.AlignCenter),
        dialog.windowTitle(),  # type: ignore[attr-defined]
    )
    painter.drawPixmap(QtCore.QPointF(x, y + bar), body)
    painter.end()
    dialog.close()  # type: ignore[attr-defined]
    base.save(str(path))


class Shooter:
    """Drives the real main window through its tabs and dialogs and saves PNGs."""

    def __init__(self, outdir: Path, data_dir: Path, language: str) -> None:
        """Open the window on ``data_dir`` (empty) in ``language``."""
        from notadesk.gui.app import WindowHost, make_application

        self.app = make_application()
        self.outdir = outdir
        self.host = WindowHost(data_dir)
        self.host.settings.setValue("ui/language", language)
        self.window = self.host.show_window()
        self.written: list[Path] = []

    def path(self, size: tuple[int, int], number: int, name: str) -> Path:
        """Return the file for one shot at one size (its folder is made)."""
        folder = self.outdir / f"{size[0]}x{size[1]}"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{number:02d}-{name}.png"
        self.written.append(path)
        return path

    def resize(self, size: tuple[int, int]) -> None:
        """Give the window one screen size and let it lay out."""
        self.window.resize(*size)
        _wait(150)

    def shoot(self, size: tuple[int, int], number: int, name: str) -> None:
        """Save the window as it is."""
        _wait(80)
        self.window.grab().save(str(self.path(size, number, name)))

    def welcome(self, sizes: Sequence[tuple[int, int]]) -> None:
        """Shoot the first start: the welcome view on an empty database."""
        for size in sizes:
            self.resize(size)
            self.shoot(size, 1, "welcome")

    def fill(self) -> None:
        """Store a few drafts and the example nota with some history, and open it."""
        store = self.host.store
        bar = self.window.identity  # answered as at a first start
        bar.name.setText("J. de Vries")
        bar.function.setText("beleidsmedewerker DVB")
        bar.save()
        for nota in _other_drafts():
            store.create(nota)
        self.window.open_example()
        draft = self.window.editor.draft
        assert draft is not None
        earlier = copy.deepcopy(draft.nota)
        earlier.subject = "Kabinetsreactie op IOB-eindevaluatie MINUSMA"
        first = store.save(draft.id, earlier, base_revision=draft.revision)
        again = store.save(draft.id, copy.deepcopy(draft.nota), base_revision=first.revision)
        self._review(store, again.id)
        self.window.drafts.reload(select_id=again.id)
        self.window.editor.open_draft(store.get(again.id))

    def _review(self, store: DraftStore, draft_id: str) -> None:
        """Give the example a paraaf round: reviewers, a paraaf, comments, a later edit."""
        from notadesk.core.review import route as routing
        from notadesk.core.review.anchors import Anchor, find_quote
        from notadesk.core.review.reading import reading_text
        from notadesk.core.storage import review

        def work_as(name: str, function: str) -> None:
            store.set_setting("user.display_name", name)
            store.set_setting("user.function", function)

        review.change_reviewers(store, draft_id, routing.ADD, "DGPZ", "directeur-generaal")
        review.change_reviewers(store, draft_id, routing.ADD, "DVB", "directeur")
        review.change_reviewers(store, draft_id, routing.ADD, "JZ", "juridisch adviseur")
        text = reading_text(store.get(draft_id).nota)
        for words, remark, who in (
            (
                "vooralsnog alleen gedeeld",
                "Is dit nog actueel? DEF heeft het al doorgestuurd.",
                "DGPZ",
            ),
            ("3 maanden na vaststelling", "Graag de precieze datum noemen.", "DVB"),
        ):
            work_as(who, "")
            anchor = find_quote(text, words) or Anchor()
            review.add_comment(store, draft_id, remark, anchor)
        work_as("DVB", "directeur")
        review.add_comment(
            store, draft_id, "Standpunt 'deels' toelichten.", Anchor("finding", ref="bevinding-2")
        )
        work_as("DGPZ", "directeur-generaal")
        review.record_step(store, draft_id, routing.PARAAF, remark="Akkoord, mits de datum klopt.")
        work_as("DVB", "directeur")
        review.record_step(store, draft_id, routing.PARAAF)
        work_as("J. de Vries", "beleidsmedewerker DVB")
        draft = store.get(draft_id)
        nota = copy.deepcopy(draft.nota)
        for section in nota.sections[:1]:
            for block in section.blocks:
                for item in getattr(block, "items", []):
                    for run in getattr(item, "runs", []):
                        run.text = run.text.replace("3 maanden", "drie maanden")
        store.save(draft_id, nota, base_revision=draft.revision, note="datum verduidelijkt")

    def tabs(self, size: tuple[int, int], start: int) -> int:
        """Shoot every tab of the editor; return the next number."""
        editor = self.window.editor
        number = start
        for index in range(editor.tabs.count()):
            widget = editor.tabs.widget(index)
            if widget is editor.review:
                continue  # shot with the paraaf round, after the dialogs
            name = type(widget).__name__.removesuffix("Tab").removesuffix("Pane").lower()
            rendered = getattr(widget, "rendered", None)
            if widget is editor.text_page:  # the text with its print beside it
                name = "text"
                widget = editor.text
                rendered = getattr(editor.print_pane, "rendered", None)
            editor.tabs.setCurrentIndex(index)
            if name == "text":
                tree = widget.tree
                tree.setCurrentItem(tree.topLevelItem(min(2, tree.topLevelItemCount() - 1)))
                widget.editor.setFocus()
            if rendered is not None:
                _wait_for(rendered, 20_000)
                _wait(250)
            self.shoot(size, number, name)
            number += 1
        editor.tabs.setCurrentIndex(0)
        return number

    def dialogs(self, size: tuple[int, int], start: int) -> int:
        """Shoot every dialog over the window; return the next number."""
        from notadesk.core.policy.checks import readiness_problems
        from notadesk.gui.dialogs.about import AboutDialog
        from notadesk.gui.dialogs.conflict import ConflictDialog
        from notadesk.gui.dialogs.preferences import PreferencesDialog
        from notadesk.gui.dialogs.readiness import ReadinessDialog
        from notadesk.gui.error_text import CONFLICT_EXAMPLE, error_text
        from notadesk.gui.qt import QtPrintSupport
        from notadesk.gui.richtext.toolbar import FindingsChooser

        window = self.window
        nota = window.editor.current_nota()
        problem_nota = nota_with_problems()
        printer = QtPrintSupport.QPrinter()
        makers: list[tuple[str, Callable[[], object]]] = [
            # The About box names the data folder; show a workstation's, not the scratch one.
            ("dialog-about", lambda: AboutDialog(SHOWN_DATA_FOLDER, window)),
            (
                "dialog-preferences",
                lambda: PreferencesDialog(window.language_choice, "Min-BuZa", window),
            ),
            (
                "dialog-readiness",
                lambda: ReadinessDialog(readiness_problems(problem_nota), "definitief", window),
            ),
            (
                "dialog-conflict",
                lambda: ConflictDialog(error_text(CONFLICT_EXAMPLE), window),
            ),
            (
                "dialog-choose-findings",
                lambda: FindingsChooser(
                    nota.findings, ["bevinding-10", "bevinding-11", "bevinding-12"], False, window
                ),
            ),
            ("dialog-print", lambda: self._print_dialog(printer, nota)),
        ]
        number = start
        window.editor.tabs.setCurrentIndex(0)
        _wait(100)
        for name, make in makers:
            dialog = make()
            _dialog_shot(window, dialog, self.path(size, number, name))
            dialog.deleteLater()  # type: ignore[attr-defined]
            number += 1
        return number

    def paraaf_round(self, size: tuple[int, int], start: int) -> int:
        """Shoot the comments margin, the Paraaf tab and the redline; return the next number."""
        editor = self.window.editor
        editor.tabs.setCurrentWidget(getattr(editor, "text_page", editor.text))
        editor.margin_action.setChecked(True)
        tree = getattr(editor.text, "tree", None)
        if tree is not None:
            tree.setCurrentItem(tree.topLevelItem(0))
        _wait(150)
        self.shoot(size, start, "comments-margin")
        editor.margin_action.setChecked(False)
        editor.print_beside_action.setChecked(True)
        editor.tabs.setCurrentWidget(editor.review)
        _wait(150)
        self.shoot(size, start + 1, "paraaf-route")
        editor.tabs.setCurrentWidget(editor.history)
        history = editor.history
        history.refresh()
        numbers = sorted(r.number for r in history.revisions)
        history.select_numbers(numbers[-2:])
        history.compare_selected()
        _wait(150)
        self.shoot(size, start + 2, "history-redline")
        editor.tabs.setCurrentIndex(0)
        return start + 3

    def editor_features(self, size: tuple[int, int], start: int) -> int:
        """Shoot a classified draft with a numbered list and a table (label bar, print beside),
        the table editor and the spelling menu; return the next number."""
        from notadesk.gui.qt import QtCore, QtGui
        from notadesk.gui.richtext.table_dialog import TableDialog

        window = self.window
        editor = window.editor
        store = self.host.store
        if not hasattr(self, "_features_id"):
            self._features_id = store.create(features_nota()).id
            window.drafts.reload(select_id=self._features_id)
        editor.open_draft(store.get(self._features_id))
        editor.tabs.setCurrentWidget(editor.text_page)
        tree = editor.text.tree
        tree.setCurrentItem(tree.topLevelItem(1))
        editor.spelling.wait_until_ready()
        _wait_for(editor.print_pane.rendered, 20_000)
        text = editor.text.editor
        cursor = text.textCursor()
        cursor.movePosition(QtGui.QTextCursor.MoveOperation.End)
        text.setTextCursor(cursor)
        editor.follow_cursor()
        text.refresh_spelling()
        _wait(250)
        self.shoot(size, start, "numbered-list-and-table")
        table = editor.current_nota().sections[1].blocks[-1]
        _dialog_shot(window, TableDialog(table, window), self.path(size, start + 1, "dialog-table"))
        # the spelling menu on the misspelled word of the first section
        tree.setCurrentItem(tree.topLevelItem(0))
        text = editor.text.editor  # each section has its own editor on the page
        text.refresh_spelling()
        words = text.extraSelections()
        if words:
            point = text.cursorRect(words[0].cursor).center()
            menu = text.spelling_menu(point)
            base = window.grab()
            menu.adjustSize()
            menu.show()
            _wait(100)
            body = menu.grab()
            at = text.viewport().mapTo(window, point) + QtCore.QPoint(4, 4)
            # as a real pop-up does, the menu opens leftwards/upwards where it would not fit
            if at.x() + body.width() > base.width():
                at.setX(max(0, at.x() - body.width() - 8))
            if at.y() + body.height() > base.height():
                at.setY(max(0, base.height() - body.height()))
            painter = QtGui.QPainter(base)
            painter.drawPixmap(QtCore.QPointF(at), body)
            painter.end()
            menu.close()
            base.save(str(self.path(size, start + 2, "spelling-menu")))
        editor.tabs.setCurrentIndex(0)
        return start + 3

    def _print_dialog(self, printer: object, nota: object) -> object:
        """Return the print dialog with its options open on the nota's own tab."""
        from notadesk.core.policy.markings import marking_level
        from notadesk.gui.printing import _make_dialog
        from notadesk.gui.qt import QtWidgets

        level = marking_level(nota.classification.level)  # type: ignore[attr-defined]
        printer.setOutputFileName("/home/medewerker/Documenten/Min-BuZa.2022.240.pdf")  # type: ignore[attr-defined]
        dialog, tab = _make_dialog(printer, self.window, level.copy_numbers)  # type: ignore[arg-type]
        dialog.show()
        for button in dialog.findChildren(QtWidgets.QPushButton):
            if ">>" in button.text():
                button.click()
        for tabs in dialog.findChildren(QtWidgets.QTabWidget):
            if tabs.indexOf(tab) >= 0:
                tabs.setCurrentWidget(tab)
        return dialog

    def close(self) -> None:
        """Close the window and the store."""
        self.host.close()


def take_screenshots(
    outdir: Path, language: str = "en", sizes: Sequence[tuple[int, int]] = DEFAULT_SIZES
) -> list[Path]:
    """Write every screenshot under ``outdir``; return the files written."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    outdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="notadesk-shots-") as tmp:
        shooter = Shooter(outdir, Path(tmp) / "data", language)
        try:
            shooter.welcome(sizes)
            shooter.fill()
            for size in sizes:
                shooter.resize(size)
                number = shooter.tabs(size, 2)
                number = shooter.dialogs(size, number)
                number = shooter.paraaf_round(size, number)
                shooter.editor_features(size, number)
        finally:
            shooter.close()
        return shooter.written


def _size(text: str) -> tuple[int, int]:
    width, _, height = text.lower().partition("x")
    return int(width), int(height)


def main(argv: Sequence[str] | None = None) -> int:
    """Parse the options, take the screenshots, print the files written."""
    parser = argparse.ArgumentParser(prog="python -m notadesk.gui.screenshots", description=__doc__)
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--language", choices=("nl", "en"), default="en")
    parser.add_argument(
        "--sizes",
        default=",".join(f"{w}x{h}" for w, h in DEFAULT_SIZES),
        help="comma-separated WIDTHxHEIGHT list",
    )
    args = parser.parse_args(argv)
    try:
        sizes = [_size(s) for s in args.sizes.split(",") if s.strip()]
    except ValueError:
        parser.error("--sizes takes sizes like 1366x768,1920x1080")
    for path in take_screenshots(args.outdir, args.language, sizes):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
