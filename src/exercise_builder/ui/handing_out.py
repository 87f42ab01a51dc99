"""Handing the programme out: export as PDF and print. Both keep the handed-out version."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMainWindow, QMessageBox

from ..atomic_write import write_atomically
from ..services.handout_jobs import handout_data
from ..services.log_file import describe_error
from ..store import ConcurrentEditError, Store
from . import settings as app_settings
from .program_session import ProgramSession
from .settings import AppSettings
from .translation import fill, reason_text

log = logging.getLogger(__name__)


class HandingOut(QObject):
    def __init__(self, window: QMainWindow, store: Store, session: ProgramSession, settings: AppSettings) -> None:
        super().__init__(window)
        self.window, self.store, self.session, self.settings = window, store, session, settings
        self._language_told: set[tuple[str, str]] = set()  # (programme, language) already told once

    def tell_about_typed_language(self) -> bool:
        """Once per programme and handout language: say that typed text is printed as typed.
        Returns whether it was said."""
        from ..domain.typed_language import typed_in_another_language

        program = self.session.program
        key = (program.id, program.options.language)
        if key in self._language_told:
            return False
        phrases = handout_data(self.store, program).phrases
        if not typed_in_another_language(program, phrases):
            return False
        self._language_told.add(key)
        if program.options.language == "en":
            sentence = self.tr(
                "Programmet er på engelsk, men den tekst, du selv har skrevet (besked, noter), "
                "kommer med, som du skrev den."
            )
        else:
            sentence = self.tr(
                "Programmet er på dansk, men den tekst, du selv har skrevet (besked, noter), "
                "kommer med, som du skrev den."
            )
        QMessageBox.information(self.window, self.tr("Sprog i programmet"), sentence)
        return True

    def _render_or_say(self) -> bytes | None:
        """The PDF, or None after one sentence to the user (the error's stack goes to the log)."""
        try:
            return self.render_pdf_now()
        except Exception as error:  # noqa: BLE001 - any renderer failure: the user gets one sentence
            log.error("Rendering the handout failed:\n%s", describe_error(type(error), error.__traceback__))
            QMessageBox.warning(
                self.window,
                self.tr("PDF ikke lavet"),
                self.tr("PDF'en kunne ikke laves; intet er gemt eller udskrevet. Fejlen står i logfilen."),
            )
            return None

    def render_pdf_now(self) -> bytes:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            from . import render_process

            return render_process.render(handout_data(self.store, self.session.program))
        finally:
            QApplication.restoreOverrideCursor()

    def _hand_out(self) -> None:
        """Keep the version that was handed out: save, then mark it."""
        if self.session.is_dirty or self.session.program.version == 0:
            try:
                self.session.save()
            except ConcurrentEditError:
                return
        self.session.mark_handed_out()

    def export_pdf(self) -> Path | None:
        self.tell_about_typed_language()
        program = self.session.program
        folder = self.settings.get(app_settings.LAST_EXPORT_DIR)
        name = "-".join(filter(None, (self.tr("Øvelsesprogram"), program.patient_name.strip(), program.date)))
        suggestion = str(Path(folder) / f"{name}.pdf") if folder else f"{name}.pdf"
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Eksportér PDF"), suggestion, self.tr("PDF (*.pdf)"))
        if not path:
            return None
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_suffix(".pdf")
        pdf = self._render_or_say()
        if pdf is None:
            return None
        try:
            write_atomically(target, pdf)
        except OSError as error:
            self._say_not_saved(error)
            return None
        self.settings.set(app_settings.LAST_EXPORT_DIR, str(target.parent))
        self._hand_out()
        ident = self.session.program.id  # an id only: nothing personal goes to the log
        log.info("Handout exported (%d bytes, programme %s)", len(pdf), ident)
        self.window.statusBar().showMessage(fill(self.tr("PDF gemt: %1"), target.name), 5000)
        return target

    def _say_not_saved(self, error: OSError) -> None:
        QMessageBox.warning(
            self.window,
            self.tr("PDF ikke gemt"),
            fill(self.tr("PDF'en kunne ikke gemmes: %1"), reason_text(error)),
        )

    def print_program(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        self.tell_about_typed_language()
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.window.windowTitle().replace("[*]", ""))
        dialog = QPrintDialog(printer, self.window)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        from .printing import print_pdf  # QtPrintSupport: loaded when printing, not at start

        pdf = self._render_or_say()
        if pdf is None:
            return
        try:
            pages = print_pdf(pdf, printer)
        except OSError as error:  # printing to a PDF file that cannot be written
            self._say_not_saved(error)
            return
        ident = self.session.program.id  # an id only: nothing personal goes to the log
        log.info("Handout printed (%d pages, programme %s)", pages, ident)
        if pages:
            self._hand_out()
            self.window.statusBar().showMessage(fill(self.tr("%1 sider sendt til printeren"), str(pages)), 5000)
