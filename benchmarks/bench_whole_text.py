"""The Text tab's whole-nota page: opening a 50-page nota of 40 sections, and a jump.

Run: ``.venv/bin/python benchmarks/bench_whole_text.py [--runs 9]``. Prints the median and
p95 of each measurement and the machine it ran on. Needs no display (offscreen).

"Open" is ``TextTab.load`` (every section's document and editor made, once per opened draft)
plus the events that lay the page out, until the first section's text can be typed in;
"jump" is a section chosen in the outline until the page has scrolled to it and is laid out;
"keystroke" is a key typed in section 21 until the events it caused ran (the section grown,
the page laid out again) and the section's text repainted.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import machine, sentence, summary
from notadesk.core.model.nota import BulletList, ListItem, Nota, Paragraph, Run, Section


def fifty_pages(sections: int = 40) -> Nota:
    """About 50 printed pages: 40 sections (every fourth with a sub-section) of 600 words."""
    rng = random.Random(11)

    def body() -> list:
        paragraphs = [Paragraph(runs=[Run(text=sentence(rng, 60))]) for _ in range(6)]
        bullets = BulletList(items=[ListItem(runs=[Run(text=sentence(rng, 40))]) for _ in range(6)])
        return [*paragraphs[:3], bullets, *paragraphs[3:]]

    out = []
    for n in range(sections):
        section = Section(title=f"Deel {n + 1}", blocks=body())
        if n % 4 == 3:
            section.subsections = [Section(title=f"Deel {n + 1}a", blocks=body()[:2])]
        out.append(section)
    return Nota(subject="Vijftig bladzijden", sections=out)


def main() -> None:
    """Measure and print."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()

    from notadesk.gui.app import make_application
    from notadesk.gui.editor.text_tab import TextTab
    from notadesk.gui.qt import QtCore, QtGui, QtWidgets

    app = make_application()
    nota = fifty_pages()
    tab = TextTab()
    tab.resize(1000, 700)
    tab.show()
    app.processEvents()
    opened: list[float] = []
    jumped: list[float] = []
    for _ in range(args.runs):
        # The previous run's editors go, as the event loop would take them between drafts.
        QtCore.QCoreApplication.sendPostedEvents(None, QtCore.QEvent.Type.DeferredDelete)
        started = time.perf_counter()
        tab.load(nota)
        app.processEvents()
        opened.append((time.perf_counter() - started) * 1000)
        last = tab.tree.topLevelItem(tab.tree.topLevelItemCount() - 1)
        for item in (last, tab.tree.topLevelItem(20), tab.tree.topLevelItem(0)):
            started = time.perf_counter()
            tab.tree.setCurrentItem(item)
            app.processEvents()
            jumped.append((time.perf_counter() - started) * 1000)
    keys: list[float] = []
    tab.tree.setCurrentItem(tab.tree.topLevelItem(20))
    editor = tab.editor
    editor.moveCursor(QtGui.QTextCursor.MoveOperation.End)
    app.processEvents()
    for ch in ("Het kabinet besluit vandaag " * 8)[:200]:
        started = time.perf_counter()
        for kind in (QtCore.QEvent.Type.KeyPress, QtCore.QEvent.Type.KeyRelease):
            event = QtGui.QKeyEvent(kind, 0, QtCore.Qt.KeyboardModifier.NoModifier, ch)
            QtWidgets.QApplication.sendEvent(editor, event)
        app.processEvents()  # the section grown, the page laid out again
        editor.viewport().repaint()
        keys.append((time.perf_counter() - started) * 1000)
    QtCore.QCoreApplication.sendPostedEvents(None, QtCore.QEvent.Type.DeferredDelete)
    words = sum(len(tab.document(tab.tree.topLevelItem(i)).toPlainText().split())
                for i in range(tab.tree.topLevelItemCount()))  # fmt: skip
    print(machine())
    print(f"nota: {tab.tree.topLevelItemCount()} sections, {words} words")
    print(f"open in the Text tab: {summary(opened)}")
    print(f"jump from the outline: {summary(jumped)}")
    print(f"keystroke to the page laid out and the section drawn: {summary(keys)}")


if __name__ == "__main__":
    main()
