"""Preview refresh of the example nota: an edit's debounce ends -> the new PDF is on screen.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_preview.py [--runs 40]

Each run changes the subject (so nothing is cached), calls ``refresh_now()`` as the debounce
timer would, and stops the clock when the pane has loaded the PDF into its QPdfDocument and
emitted ``rendered``. The render itself (worker thread) is timed separately. The first run
(ReportLab import, font registration) is reported apart and left out of the figures.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.common import machine, summary
from notadesk.core.examples import example_nota
from notadesk.gui.preview import PreviewPane, PreviewPdf, render_preview
from notadesk.gui.qt import QtCore, QtWidgets


def main() -> None:
    """Measure and print the preview refresh figures."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=40)
    args = parser.parse_args()
    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication([])
    render_ms: list[float] = []

    def timed_render(nota, woo, cancelled) -> PreviewPdf:  # runs on the worker thread
        start = time.perf_counter()
        result = render_preview(nota, woo, cancelled)
        render_ms.append((time.perf_counter() - start) * 1000)
        return result

    pane = PreviewPane(render=timed_render)
    pane.resize(900, 1000)
    pane.show()
    loop = QtCore.QEventLoop()
    pages: list[int] = []
    pane.rendered.connect(lambda n: (pages.append(n), loop.quit()))
    pane.failed.connect(lambda message: sys.exit(f"render failed: {message}"))
    nota = example_nota()
    samples: list[float] = []
    first = 0.0
    for i in range(args.runs + 1):
        nota.subject = f"Kabinetsreactie op IOB-eindevaluatie, versie {i}"
        pane.set_nota(nota)
        start = time.perf_counter()
        pane.refresh_now()
        loop.exec()
        elapsed = (time.perf_counter() - start) * 1000
        if i == 0:
            first = elapsed
        else:
            samples.append(elapsed)
    print(f"machine: {machine()}")
    print(f"example nota, {pages[-1]} pages; first refresh (cold imports): {first:.0f} ms")
    print(f"preview refresh (debounce end -> PDF shown): {summary(samples)}")
    print(f"of which render on the worker thread: {summary(render_ms[1:])}")
    del app


if __name__ == "__main__":
    main()
