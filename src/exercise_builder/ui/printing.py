"""Printing the handout: the same PDF pages, rendered by QtPdf into the printer's painter."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize
from PySide6.QtGui import QPageLayout, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

MAX_DPI = 300


def print_pdf(pdf: bytes, printer: QPrinter) -> int:
    """Print every page of `pdf`; returns the number of pages printed."""
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    pages = document.pageCount()
    if pages == 0:
        return 0
    printer.setFullPage(True)
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        dpi = min(printer.resolution(), MAX_DPI)
        target = QRectF(printer.pageRect(QPrinter.Unit.DevicePixel))
        for page in range(pages):
            if page:
                printer.newPage()
            points = document.pagePointSize(page)
            size = QSize(int(points.width() * dpi / 72), int(points.height() * dpi / 72))
            image = document.render(page, size)
            scale = min(target.width() / size.width(), target.height() / size.height())
            width, height = size.width() * scale, size.height() * scale
            painter.drawImage(QRectF(target.x() + (target.width() - width) / 2,
                                     target.y() + (target.height() - height) / 2, width, height), image)
    finally:
        painter.end()
        document.close()
    return pages
