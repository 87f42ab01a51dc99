"""The handout as it will print: the real PDF, re-rendered in a worker a moment after each change."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, QTimer, Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QLabel, QStackedLayout, QVBoxLayout, QWidget

from .translation import fill
from .worker import TaskRunner

RENDER_DELAY_MS = 400


def render_pdf(request) -> bytes:
    """Worker task: touches no database (the request was gathered on the GUI thread); the
    rendering itself runs in the helper process."""
    from . import render_process

    return render_process.render(request)


class PreviewPane(QWidget):
    rendered = Signal()  # a new PDF is shown

    def __init__(self, runner: TaskRunner, gather: Callable[[], object], parent=None) -> None:
        super().__init__(parent)
        self._runner, self._gather = runner, gather
        self._generation = 0
        self._busy = False
        self._again = False
        self._buffer: QBuffer | None = None
        self.pdf_bytes = b""
        self._scroll = 0

        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setObjectName("pdfPreview")
        self.view.setAccessibleName(self.tr("Forhåndsvisning af programmet"))
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # reachable by Tab; arrows and PgDn scroll it
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        # with fit-to-width, a scrollbar that comes and goes changes the width, which changes the
        # height, which toggles the scrollbar again: a busy loop that froze the window at 1366×768
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.view.setPageSpacing(12)
        self.status = QLabel(self)
        self.status.setObjectName("previewStatus")
        self.status.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.status.setAccessibleName(self.tr("Status for forhåndsvisningen"))
        self.placeholder = QLabel(self.tr("Forhåndsvisningen vises her, når du har valgt øvelser."), self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setAutoFillBackground(True)
        self.placeholder.setStyleSheet("QLabel { background: #e9ecef; color: #5a6470; padding: 24px; }")

        stack_host = QWidget(self)
        self._stack = QStackedLayout(stack_host)
        self._stack.addWidget(self.placeholder)
        self._stack.addWidget(self.view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(stack_host, 1)
        layout.addWidget(self.status)

        self._timer = QTimer(self, singleShot=True, interval=RENDER_DELAY_MS)
        self._timer.timeout.connect(self.render_now)
        # the new document's pages are laid out after it loads: restore the scroll position
        # as soon as the scroll range allows it (and give up after a moment)
        self._pending_scroll: int | None = None
        self._give_up = QTimer(self, singleShot=True, interval=1500)
        self._give_up.timeout.connect(self._drop_pending_scroll)
        self.view.verticalScrollBar().rangeChanged.connect(self._range_changed)
        self.document.statusChanged.connect(self._document_status)

    def schedule(self) -> None:
        """Re-render a moment after the last change (typing never waits for the PDF)."""
        self._timer.start()

    def render_now(self) -> None:
        self._timer.stop()
        if self._busy:
            self._again = True
            return
        request = self._gather()
        program = request.program
        if not program.items and not program.aids and not program.advice:
            self._generation += 1
            self.pdf_bytes = b""
            self._stack.setCurrentWidget(self.placeholder)
            self.status.clear()
            self.rendered.emit()
            return
        self._busy = True
        self._generation += 1
        generation = self._generation
        self.status.setText(self.tr("Opdaterer …"))
        self._runner.run(
            render_pdf, request, on_result=lambda pdf: self._show(generation, pdf), on_error=self._failed, owner=self
        )

    def _failed(self, message: str) -> None:
        self._busy = False
        self.status.setText(fill(self.tr("Forhåndsvisningen kunne ikke laves: %1"), message))
        if self._again:
            self._again = False
            self.schedule()

    def _show(self, generation: int, pdf: bytes) -> None:
        self._busy = False
        if self._again:
            self._again = False
            self.schedule()
        if generation != self._generation:
            return
        self.pdf_bytes = pdf
        self._scroll = self.view.verticalScrollBar().value()
        self.document.close()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(buffer)
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = buffer
        self._stack.setCurrentWidget(self.view)
        pages = self.document.pageCount()
        self.status.setText(fill(self.tr("%1 sider"), str(pages)) if pages != 1 else self.tr("1 side"))
        self.rendered.emit()

    def _document_status(self, status: QPdfDocument.Status) -> None:
        if status == QPdfDocument.Status.Ready and self._scroll:
            self._pending_scroll = self._scroll
            self._give_up.start()
            self._range_changed(0, self.view.verticalScrollBar().maximum())

    def _range_changed(self, _minimum: int, maximum: int) -> None:
        if self._pending_scroll is not None and maximum >= self._pending_scroll:
            self.view.verticalScrollBar().setValue(self._pending_scroll)
            self._drop_pending_scroll()

    def _drop_pending_scroll(self) -> None:
        self._pending_scroll = None
        self._give_up.stop()

    def is_idle(self) -> bool:
        return not self._busy and not self._timer.isActive()
