"""The Preview: the nota as it will print, rendered off the GUI thread and shown with QtPdf.

Edits call :meth:`PreviewPane.set_nota`; the pane waits until typing pauses (~400 ms), renders
on a worker thread, and shows the PDF when it arrives. A result overtaken by a newer refresh
is dropped (a generation counter), and only one render runs at a time. A render overtaken by
newer edits is told to stop (it stops after the paragraph it is setting), and so is a render
still running when the application quits: quitting never waits for a long render.
"""

from __future__ import annotations

import copy
import threading
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from notadesk.core.model.nota import Nota
from notadesk.errors import NotadeskError, RenderCancelled
from notadesk.gui.qt import Qt, QtCore, QtGui, QtPdf, QtPdfWidgets, QtWidgets, Signal

if TYPE_CHECKING:
    from notadesk.core.render.layout import LayoutCache

REFRESH_DELAY_MS = 400
ZOOM_STEP = 1.25


@dataclass(frozen=True)
class PreviewPdf:
    """A rendered preview: the PDF bytes and how many pages one copy has."""

    pdf: bytes
    pages: int


RenderFn = Callable[[Nota, bool, Callable[[], bool]], PreviewPdf]
"""Renders (nota, woo, cancelled): stops with RenderCancelled once ``cancelled()`` is True."""


def render_preview(
    nota: Nota, woo: bool, cancelled: Callable[[], bool] | None = None
) -> PreviewPdf:
    """Render one copy of the nota (the Woo variant if asked), as the printer would get it.

    The laid-out sections are kept between previews (:func:`preview_layout`): after an edit
    only what changed is laid out again, and the bytes are what a full render gives.

    Raises:
        RenderCancelled: ``cancelled()`` became True while rendering.
    """
    from notadesk.core.render import RenderOptions, render_nota

    result = render_nota(
        nota, RenderOptions(copies=1, woo=woo), cancelled=cancelled, cache=preview_layout()
    )
    return PreviewPdf(result.pdf, result.pages_per_copy)


@cache
def preview_layout() -> LayoutCache:
    """Return the layout cache the previews share (one render at a time holds it)."""
    from notadesk.core.render.layout import LayoutCache

    return LayoutCache()


class _Relay(QtCore.QObject):
    done = Signal(int, object)
    failed = Signal(int, object)


class _RenderTask(QtCore.QRunnable):
    def __init__(
        self, generation: int, nota: Nota, woo: bool, render: RenderFn, relay: _Relay
    ) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the pane keeps it while it runs, to tell it to stop
        self.generation = generation
        self.nota = nota
        self.woo = woo
        self.render = render
        self.relay = relay
        self.stop = threading.Event()

    def run(self) -> None:
        try:
            result = self.render(self.nota, self.woo, self.stop.is_set)
        except Exception as exc:  # reported on the GUI thread, never raised in the pool
            self.relay.failed.emit(self.generation, exc)
        else:
            self.relay.done.emit(self.generation, result)


class PreviewPane(QtWidgets.QWidget):
    """The PDF as it will print: page navigation, zoom, and the Woo variant."""

    rendered = Signal(int)
    """Emitted with the page count each time a fresh preview is shown."""
    failed = Signal(str)
    """Emitted with the sentence shown when a preview could not be made."""

    def __init__(
        self,
        parent: QtWidgets.QWidget | None = None,
        render: RenderFn | None = None,
        delay_ms: int = REFRESH_DELAY_MS,
        compact: bool = False,
    ) -> None:
        """Create the pane; ``render`` replaces the renderer (tests, benchmarks).

        ``compact`` is for the narrow pane beside the text: page buttons without words, and
        no Woo switch (the Preview tab has it).
        """
        super().__init__(parent)
        self._render = render or render_preview
        self._nota: Nota | None = None
        self._generation = 0
        self._shown_generation = 0
        self._busy = False
        self._pending = False
        self._running: _RenderTask | None = None
        self._closing = False
        self._buffer: QtCore.QBuffer | None = None
        self._pool = QtCore.QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.done.connect(self._on_done, Qt.ConnectionType.QueuedConnection)
        self._relay.failed.connect(self._on_failed, Qt.ConnectionType.QueuedConnection)
        self._timer = QtCore.QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.refresh_now)
        app = QtCore.QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

        self.document = QtPdf.QPdfDocument(self)
        self.view = QtPdfWidgets.QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QtPdfWidgets.QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QtPdfWidgets.QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.view.setAccessibleName(
            QtCore.QCoreApplication.translate("PreviewPane", "Print preview")
        )
        self.view.pageNavigator().currentPageChanged.connect(self._update_page_label)

        bar = QtWidgets.QHBoxLayout()
        bar.setContentsMargins(6, 4, 6, 4)
        self.prev_button = self._button(
            QtCore.QCoreApplication.translate("PreviewPane", "Previous"),
            QtCore.QCoreApplication.translate("PreviewPane", "Previous page (Page Up)"),
            "go-up",
        )
        self.next_button = self._button(
            QtCore.QCoreApplication.translate("PreviewPane", "Next"),
            QtCore.QCoreApplication.translate("PreviewPane", "Next page (Page Down)"),
            "go-down",
        )
        self.page_label = QtWidgets.QLabel()
        self.page_label.setMinimumWidth(110)
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.zoom_out_button = self._button(
            "−", QtCore.QCoreApplication.translate("PreviewPane", "Zoom out (Ctrl+-)")
        )
        self.zoom_in_button = self._button(
            "+", QtCore.QCoreApplication.translate("PreviewPane", "Zoom in (Ctrl++)")
        )
        self.fit_button = self._button(
            QtCore.QCoreApplication.translate("PreviewPane", "Fit width"),
            QtCore.QCoreApplication.translate("PreviewPane", "Fit the page width (Ctrl+0)"),
        )
        self.woo_box = QtWidgets.QCheckBox(
            QtCore.QCoreApplication.translate("PreviewPane", "Woo publication variant")
        )
        self.woo_box.setToolTip(
            QtCore.QCoreApplication.translate(
                "PreviewPane",
                "Show the nota as it would be published under the Woo, with redactions",
            )
        )
        self.woo_box.setAccessibleName(
            QtCore.QCoreApplication.translate("PreviewPane", "Woo publication variant")
        )
        self.status_label = QtWidgets.QLabel()
        self.status_label.setObjectName("previewStatus")
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for widget in (self.prev_button, self.next_button, self.page_label):
            bar.addWidget(widget)
        bar.addSpacing(12)
        for widget in (self.zoom_out_button, self.zoom_in_button, self.fit_button):
            bar.addWidget(widget)
        bar.addSpacing(12)
        bar.addWidget(self.woo_box)
        bar.addStretch(1)
        bar.addWidget(self.status_label)
        self.prev_button.clicked.connect(lambda: self.go_to_page(self.current_page() - 1))
        self.next_button.clicked.connect(lambda: self.go_to_page(self.current_page() + 1))
        self.zoom_in_button.clicked.connect(lambda: self.zoom(ZOOM_STEP))
        self.zoom_out_button.clicked.connect(lambda: self.zoom(1 / ZOOM_STEP))
        self.fit_button.clicked.connect(self.fit_width)
        self.woo_box.toggled.connect(lambda _on: self.refresh_now())
        for key, slot in (
            ("Ctrl++", lambda: self.zoom(ZOOM_STEP)),
            ("Ctrl+=", lambda: self.zoom(ZOOM_STEP)),
            ("Ctrl+-", lambda: self.zoom(1 / ZOOM_STEP)),
            ("Ctrl+0", self.fit_width),
            ("PgDown", lambda: self.go_to_page(self.current_page() + 1)),
            ("PgUp", lambda: self.go_to_page(self.current_page() - 1)),
        ):
            self._shortcut(key, slot)

        if compact:
            for button in (self.prev_button, self.next_button):
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
            self.woo_box.setVisible(False)
            self.page_label.setMinimumWidth(0)
        self.compact = compact
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self._update_page_label()

    # --- building ------------------------------------------------------------------------

    def _button(self, text: str, tip: str, icon_name: str = "") -> QtWidgets.QToolButton:
        button = QtWidgets.QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setAutoRaise(True)
        if icon_name:
            from notadesk.gui.widgets import icon

            button.setIcon(icon(icon_name))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        return button

    def _shortcut(self, key: str, slot: Callable[[], None]) -> None:
        shortcut = QtGui.QShortcut(QtGui.QKeySequence(key), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)

    # --- refreshing ----------------------------------------------------------------------

    def set_nota(self, nota: Nota, *, handed_over: bool = False) -> None:
        """Show this nota: re-rendered shortly, once edits pause.

        ``handed_over``: the caller built the nota for this pane and never changes it again,
        so it need not be copied (the editor's nota at each typing pause: 50 pages take
        ~20 ms to copy on the GUI thread).
        """
        self._nota = nota if handed_over else copy.deepcopy(nota)
        self._timer.start()

    def woo(self) -> bool:
        """Return whether the Woo publication variant is shown."""
        return self.woo_box.isChecked()

    def set_woo(self, on: bool) -> None:
        """Show the Woo publication variant (or the normal nota)."""
        self.woo_box.setChecked(on)

    def refresh_now(self) -> None:
        """Render the latest nota now (on the worker thread)."""
        self._timer.stop()
        if self._nota is None:
            return
        if self._closing:
            return
        self._generation += 1
        if self._busy:
            self._pending = True
            if self._running is not None:
                self._running.stop.set()  # its result would be dropped: stop it now
            return
        self._start()

    def shutdown(self) -> None:
        """Stop the running render and start no new one (the window closes or the app quits).

        Returns at once; the render stops after the paragraph it is setting, so the thread
        pool's wait when the pane is destroyed is short, however long the nota.
        """
        self._closing = True
        self._timer.stop()
        self._pending = False
        if self._running is not None:
            self._running.stop.set()

    def closeEvent(self, event: QtGui.QCloseEvent) -> None:
        """Stop any render when the pane closes."""
        self.shutdown()
        super().closeEvent(event)

    def _start(self) -> None:
        assert self._nota is not None
        self._busy = True
        self._pending = False
        self.status_label.setText(QtCore.QCoreApplication.translate("PreviewPane", "Updating…"))
        task = _RenderTask(self._generation, self._nota, self.woo(), self._render, self._relay)
        self._running = task
        self._pool.start(task)

    def _finished(self) -> None:
        self._busy = False
        self._running = None
        if self._pending and not self._closing:
            self._start()

    def _on_done(self, generation: int, result: object) -> None:
        stale = generation != self._generation
        self._finished()
        if stale:
            return
        assert isinstance(result, PreviewPdf)
        self._show(result, generation)

    def _on_failed(self, generation: int, exc: object) -> None:
        stale = generation != self._generation
        self._finished()
        if stale or isinstance(exc, RenderCancelled):
            return
        if isinstance(exc, NotadeskError):
            message = str(exc)
        else:
            message = QtCore.QCoreApplication.translate(
                "PreviewPane", "The preview could not be made."
            )
        self.status_label.setText(
            QtCore.QCoreApplication.translate("PreviewPane", "Not up to date: ") + message
        )
        self.status_label.setToolTip(message)
        self.failed.emit(message)

    def _show(self, result: PreviewPdf, generation: int) -> None:
        navigator = self.view.pageNavigator()
        page = navigator.currentPage()
        location = navigator.currentLocation()
        old_buffer = self._buffer
        buffer = QtCore.QBuffer(self)
        buffer.setData(QtCore.QByteArray(result.pdf))
        buffer.open(QtCore.QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(buffer)
        self._buffer = buffer
        if old_buffer is not None:
            old_buffer.close()
            old_buffer.deleteLater()
        pages = self.document.pageCount()
        if 0 < page < pages:
            navigator.jump(page, location, navigator.currentZoom())
        self._shown_generation = generation
        self.view.viewport().update()
        self.status_label.setText("")
        self.status_label.setToolTip("")
        self._update_page_label()
        self.rendered.emit(pages)

    # --- navigation and zoom -------------------------------------------------------------

    def shown_pdf(self) -> bytes:
        """Return the PDF the pane shows (empty before the first render)."""
        return bytes(self._buffer.data().data()) if self._buffer is not None else b""

    def page_count(self) -> int:
        """Return how many pages the shown preview has."""
        return max(0, self.document.pageCount())

    def current_page(self) -> int:
        """Return the page in view (0-based)."""
        return self.view.pageNavigator().currentPage()

    def go_to_page(self, page: int) -> None:
        """Scroll to a page (0-based; clamped to the document)."""
        count = self.page_count()
        if count == 0:
            return
        page = max(0, min(count - 1, page))
        self.view.pageNavigator().jump(page, QtCore.QPointF(), self.view.zoomFactor())
        self._update_page_label()

    def zoom(self, factor: float) -> None:
        """Zoom in (factor > 1) or out, between 25 % and 400 %."""
        current = self.view.zoomFactor()
        self.view.setZoomMode(QtPdfWidgets.QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.25, min(4.0, current * factor)))

    def fit_width(self) -> None:
        """Zoom so the page fills the width of the pane."""
        self.view.setZoomMode(QtPdfWidgets.QPdfView.ZoomMode.FitToWidth)

    def _update_page_label(self, *_args: object) -> None:
        count = self.page_count()
        page = self.current_page() + 1 if count else 0
        text = (
            QtCore.QCoreApplication.translate("PreviewPane", "Page %1 of %2")
            .replace("%1", str(page))
            .replace("%2", str(count))
        )
        self.page_label.setToolTip(text if count else "")
        if self.compact:  # "2 / 4" fits the narrow pane at any font size
            text = f"{page} / {count}"
        self.page_label.setText(text if count else "")
        self.prev_button.setEnabled(count > 0 and page > 1)
        self.next_button.setEnabled(count > 0 and page < count)
