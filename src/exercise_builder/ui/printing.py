"""Printing the handout: the PDF itself goes to a CUPS printer or to the file the print dialog's PDF
printer names (the same page as the PDF, sharp, and as small as the PDF); elsewhere (Windows) its
pages are rendered by QtPdf into the printer's painter."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPageLayout, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from ..atomic_write import write_atomically

MAX_DPI = 300


def cups_command(printer: QPrinter, pages: int) -> list[str] | None:
    """The `lp` command that prints the PDF as the print dialog chose (None: not a CUPS printer)."""
    lp = shutil.which("lp")
    if (
        sys.platform.startswith("win")
        or lp is None
        or not printer.printerName()
        or printer.outputFormat() != QPrinter.OutputFormat.NativeFormat
    ):
        return None
    command = [
        lp,
        "-d",
        printer.printerName(),
        "-n",
        str(max(1, printer.copyCount())),
        "-t",
        printer.docName() or "handout",
    ]
    if printer.duplex() in (QPrinter.DuplexMode.DuplexLongSide, QPrinter.DuplexMode.DuplexAuto):
        command += ["-o", "sides=two-sided-long-edge"]
    elif printer.duplex() == QPrinter.DuplexMode.DuplexShortSide:
        command += ["-o", "sides=two-sided-short-edge"]
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        command += ["-P", f"{printer.fromPage()}-{min(printer.toPage() or pages, pages)}"]
    return command


def print_pdf(pdf: bytes, printer: QPrinter) -> int:
    """Print every page of `pdf`; returns the number of pages printed. A file that cannot be
    written raises OSError."""
    pages = _page_count(pdf)
    if _to_whole_pdf_file(printer):
        write_atomically(Path(printer.outputFileName()), pdf)
        return pages
    command = cups_command(printer, pages)
    if command is not None and pages:
        done = subprocess.run(command, input=pdf, capture_output=True, timeout=60)
        if done.returncode == 0:
            return pages
    return _print_rendered(pdf, printer)


def _to_whole_pdf_file(printer: QPrinter) -> bool:
    """The print dialog's "print to file" as PDF, all pages: the file is the handout itself."""
    return (
        printer.outputFormat() == QPrinter.OutputFormat.PdfFormat
        and bool(printer.outputFileName())
        and printer.printRange() != QPrinter.PrintRange.PageRange
        and max(1, printer.copyCount()) == 1
    )


def _page_count(pdf: bytes) -> int:
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    try:
        return document.pageCount()
    finally:
        document.close()


def _on_white(page: QImage) -> QImage:
    """QtPdf renders a page on a transparent background: the edge of a figure's white canvas then
    printed as a thin grey frame. Laid on white paper first, the page prints as the PDF shows it."""
    paper = QImage(page.size(), QImage.Format.Format_RGB32)
    paper.fill(Qt.GlobalColor.white)
    painter = QPainter(paper)
    painter.drawImage(0, 0, page)
    painter.end()
    return paper


def _print_rendered(pdf: bytes, printer: QPrinter) -> int:
    """Without CUPS (Windows): each page rendered at up to 300 dpi."""
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
            image = _on_white(document.render(page, size))
            scale = min(target.width() / size.width(), target.height() / size.height())
            width, height = size.width() * scale, size.height() * scale
            painter.drawImage(
                QRectF(
                    target.x() + (target.width() - width) / 2,
                    target.y() + (target.height() - height) / 2,
                    width,
                    height,
                ),
                image,
            )
    finally:
        painter.end()
        document.close()
    return pages
