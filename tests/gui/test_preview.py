"""The preview renders off the GUI thread, drops stale results and shows the right pages."""

from __future__ import annotations

import io
import threading

import pytest
from pypdf import PdfReader

from notadesk.core.examples import example_nota
from notadesk.core.model.nota import Nota
from notadesk.errors import RenderCancelled, RenderError
from notadesk.gui.preview import PreviewPane, PreviewPdf, render_preview
from notadesk.gui.qt import QtWidgets


def _pdf(pages: int) -> bytes:
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    c = canvas.Canvas(out)
    for n in range(pages):
        c.drawString(72, 720, f"pagina {n + 1}")
        c.showPage()
    c.save()
    return out.getvalue()


@pytest.fixture
def pane_factory(qtbot):
    def make(**kwargs):
        pane = PreviewPane(**kwargs)
        qtbot.addWidget(pane)
        pane.resize(800, 600)
        pane.show()
        return pane

    return make


def test_example_preview_renders_in_a_worker_thread_with_its_page_count(pane_factory, qtbot):
    threads: list[int] = []
    results: list[PreviewPdf] = []

    def render(nota: Nota, woo: bool, cancelled) -> PreviewPdf:
        threads.append(threading.get_ident())
        result = render_preview(nota, woo, cancelled)
        results.append(result)
        return result

    pane = pane_factory(render=render, delay_ms=10)
    with qtbot.waitSignal(pane.rendered, timeout=60_000) as signal:
        pane.set_nota(example_nota())
    expected = len(PdfReader(io.BytesIO(results[0].pdf)).pages)
    assert signal.args == [expected]
    assert pane.page_count() == expected == results[0].pages
    assert expected >= 2
    assert threads and threads[0] != threading.get_ident()
    assert pane.page_label.text().endswith(str(expected))


def test_typing_is_not_blocked_while_rendering(pane_factory, qtbot):
    release = threading.Event()
    started = threading.Event()

    def slow_render(nota: Nota, woo: bool, cancelled) -> PreviewPdf:
        started.set()
        assert release.wait(30), "the test never released the render"
        return PreviewPdf(_pdf(2), 2)

    pane = pane_factory(render=slow_render, delay_ms=0)
    field = QtWidgets.QLineEdit()
    qtbot.addWidget(field)
    field.show()
    pane.set_nota(Nota(subject="x"))
    qtbot.waitUntil(started.is_set, timeout=10_000)
    # The render is still running (it waits for us): the GUI thread takes typing meanwhile.
    qtbot.keyClicks(field, "typen tijdens het renderen")
    assert field.text() == "typen tijdens het renderen"
    assert pane.page_count() == 0
    with qtbot.waitSignal(pane.rendered, timeout=10_000) as signal:
        release.set()
    assert signal.args == [2]


def test_a_result_overtaken_by_a_newer_edit_is_dropped(pane_factory, qtbot):
    gates = [threading.Event(), threading.Event()]
    calls: list[str] = []

    def render(nota: Nota, woo: bool, cancelled) -> PreviewPdf:
        index = len(calls)
        calls.append(nota.subject)
        assert gates[index].wait(30)
        pages = 1 if nota.subject == "oud" else 3
        return PreviewPdf(_pdf(pages), pages)

    pane = pane_factory(render=render, delay_ms=0)
    shown: list[int] = []
    pane.rendered.connect(shown.append)
    pane.set_nota(Nota(subject="oud"))
    qtbot.waitUntil(lambda: len(calls) == 1, timeout=10_000)
    pane.set_nota(Nota(subject="nieuw"))
    qtbot.wait(50)  # the debounce fires; the first render still runs, so the second waits
    assert calls == ["oud"]
    gates[0].set()
    qtbot.waitUntil(lambda: len(calls) == 2, timeout=10_000)
    assert shown == []  # the old result was dropped, not shown
    with qtbot.waitSignal(pane.rendered, timeout=10_000):
        gates[1].set()
    assert shown == [3]
    assert pane.page_count() == 3


def test_woo_toggle_renders_the_woo_variant(pane_factory, qtbot):
    asked: list[bool] = []

    def render(nota: Nota, woo: bool, cancelled) -> PreviewPdf:
        asked.append(woo)
        return PreviewPdf(_pdf(1), 1)

    pane = pane_factory(render=render, delay_ms=0)
    with qtbot.waitSignal(pane.rendered, timeout=10_000):
        pane.set_nota(Nota(subject="x"))
    with qtbot.waitSignal(pane.rendered, timeout=10_000):
        pane.woo_box.setChecked(True)
    assert asked == [False, True]


def test_real_woo_variant_hides_redacted_names(pane_factory, qtbot):
    pane = pane_factory(delay_ms=0)
    pane.set_woo(True)
    with qtbot.waitSignal(pane.rendered, timeout=60_000):
        pane.set_nota(example_nota())
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pane.shown_pdf())).pages)
    assert "Kabinetsreactie" in text
    assert "naam weggelakt" not in text


def test_a_failed_render_is_one_sentence_and_keeps_the_last_preview(pane_factory, qtbot):
    fail = {"now": False}

    def render(nota: Nota, woo: bool, cancelled) -> PreviewPdf:
        if fail["now"]:
            raise RenderError("De nota past niet op de pagina.")
        return PreviewPdf(_pdf(2), 2)

    pane = pane_factory(render=render, delay_ms=0)
    with qtbot.waitSignal(pane.rendered, timeout=10_000):
        pane.set_nota(Nota(subject="x"))
    fail["now"] = True
    with qtbot.waitSignal(pane.failed, timeout=10_000) as signal:
        pane.set_nota(Nota(subject="y"))
    assert signal.args == ["De nota past niet op de pagina."]
    assert "De nota past niet op de pagina." in pane.status_label.text()
    assert pane.page_count() == 2


def test_page_navigation_and_zoom(pane_factory, qtbot):
    pane = pane_factory(render=lambda nota, woo, cancelled: PreviewPdf(_pdf(3), 3), delay_ms=0)
    with qtbot.waitSignal(pane.rendered, timeout=10_000):
        pane.set_nota(Nota(subject="x"))
    assert pane.page_label.text() == "Page 1 of 3"
    assert not pane.prev_button.isEnabled()
    pane.next_button.click()
    assert pane.current_page() == 1
    pane.go_to_page(10)
    assert pane.current_page() == 2
    assert pane.page_label.text() == "Page 3 of 3"
    assert not pane.next_button.isEnabled()
    before = pane.view.zoomFactor()
    pane.zoom_in_button.click()
    assert pane.view.zoomFactor() == pytest.approx(before * 1.25)
    pane.fit_button.click()
    assert pane.view.zoomMode() == pane.view.ZoomMode.FitToWidth


def _render_until_cancelled(started: threading.Event, stopped: list[str]):
    def render(nota: Nota, woo: bool, cancelled) -> PreviewPdf:
        started.set()
        # A render far too long to wait for: it ends only when told to stop.
        from notadesk.core.model.nota import Paragraph, Run, Section

        big = Nota(sections=[Section(blocks=[Paragraph(runs=[Run(text="woord " * 10**6)])])])
        for _ in range(1000):
            try:
                render_preview(big, woo, cancelled)
            except RenderCancelled:
                stopped.append(nota.subject)
                raise
        raise AssertionError("the render was never told to stop")

    return render


def test_a_render_overtaken_by_newer_edits_is_stopped(pane_factory, qtbot):
    started = threading.Event()
    stopped: list[str] = []
    slow = _render_until_cancelled(started, stopped)

    def render(nota: Nota, woo: bool, cancelled) -> PreviewPdf:
        if nota.subject == "oud":
            return slow(nota, woo, cancelled)
        return PreviewPdf(_pdf(2), 2)

    pane = pane_factory(render=render, delay_ms=0)
    pane.set_nota(Nota(subject="oud"))
    qtbot.waitUntil(started.is_set, timeout=10_000)
    with qtbot.waitSignal(pane.rendered, timeout=30_000) as signal:
        pane.set_nota(Nota(subject="nieuw"))
    assert stopped == ["oud"]
    assert signal.args == [2]
    assert "stopped" not in pane.status_label.text()


def test_quitting_stops_a_running_render_instead_of_waiting_for_it(qtbot):
    started = threading.Event()
    stopped: list[str] = []
    pane = PreviewPane(render=_render_until_cancelled(started, stopped), delay_ms=0)
    pane.set_nota(Nota(subject="lang"))
    qtbot.waitUntil(started.is_set, timeout=10_000)
    QtWidgets.QApplication.instance().aboutToQuit.emit()  # what quitting the app does
    # The pool's wait (what destroying the pane does) ends because the render stopped.
    assert pane._pool.waitForDone(30_000)
    assert stopped == ["lang"]
    pane.deleteLater()
