"""The programme's life in the window: new, open, save, follow-up versions, programme files and
the draft left by a crash. The questions it asks are the window's; the programme is the session's."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QWidget

from ..domain.models import Program, new_id
from ..domain.program_file import ProgramFileError
from ..services.program_io import open_program_file, write_program_file
from ..store import ConcurrentEditError, Store
from .program_session import ProgramSession
from .translation import error_text, fill, reason_text


class ProgramLifecycle(QObject):
    def __init__(
        self,
        window: QMainWindow,
        store: Store,
        session: ProgramSession,
        patient_field: QWidget,
        library_changed=lambda: None,
        language: str = "da",
    ) -> None:
        super().__init__(window)
        self.window, self.store, self.session, self.patient_field = window, store, session, patient_field
        self.library_changed, self.language = library_changed, language

    def confirm_discard(self) -> bool:
        """True if the open programme may be replaced (saved, or the user agrees)."""
        if not self.session.is_dirty:
            return True
        answer = QMessageBox.question(
            self.window,
            self.tr("Gem ændringer?"),
            self.tr("Programmet har ændringer, der ikke er gemt. Vil du gemme dem først?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save_program()
        if answer == QMessageBox.StandardButton.Discard:
            self.session.forget_changes()
            return True
        return False

    def new_program(self) -> None:
        if self.confirm_discard():
            self.session.new()
            self.patient_field.setFocus()

    def save_program(self) -> bool:
        try:
            self.session.save()
        except ConcurrentEditError as error:
            QMessageBox.warning(
                self.window,
                self.tr("Ikke gemt"),
                error_text(error)
                + "\n\n"
                + self.tr("Brug »Kopiér til opfølgning« for at gemme dine ændringer som et nyt program."),
            )
            return False
        self.window.statusBar().showMessage(self.tr("Programmet er gemt."), 3000)
        return True

    def open_program(self) -> None:
        from .open_program_dialog import OpenProgramDialog

        if not self.confirm_discard():
            return
        dialog = OpenProgramDialog(self.store, self.window)
        if dialog.exec() and dialog.chosen_program is not None:
            self.session.replace(dialog.chosen_program, dirty=dialog.chosen_program.version == 0)

    def open_saved(self, program_id: str) -> None:
        """Open a saved programme by id (Filer → Seneste programmer)."""
        if not self.confirm_discard():
            return
        program = self.store.programs.load(program_id)
        if program is not None:
            self.session.replace(program, dirty=False)

    def duplicate_program(self) -> None:
        program = self.session.program
        copy = program.with_(
            id=new_id(),
            version=0,
            handed_out=False,
            parent_id=program.id if program.version else "",
            date=Program().date,
        )
        self.session.discard_draft()
        self.session.replace(copy, dirty=True)
        self.window.statusBar().showMessage(self.tr("En kopi til opfølgningen er klar; den er ikke gemt endnu."), 5000)

    def open_program_file(self) -> None:
        if not self.confirm_discard():
            return
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Åbn programfil"), "", self.tr("Programfiler (*.ebprog)")
        )
        if not path:
            return
        try:
            opened = open_program_file(self.store, Path(path))
        except ProgramFileError as error:
            QMessageBox.warning(self.window, self.tr("Filen kunne ikke åbnes"), error_text(error))
            return
        program = opened.program
        if opened.imported:
            self.library_changed()
        existing = self.store.programs.load(program.id)
        if existing is not None:
            program = program.with_(id=new_id())
        self.session.replace(program, dirty=True)
        if opened.missing:
            QMessageBox.warning(self.window, self.tr("Noget mangler i biblioteket"), opened.notice(self.language))

    def save_program_file(self) -> None:
        name = (self.session.program.patient_name or self.tr("program")).strip()
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Gem programfil"), f"{name}.ebprog", self.tr("Programfiler (*.ebprog)")
        )
        if path:
            if not path.endswith(".ebprog"):
                path += ".ebprog"
            try:
                write_program_file(self.session.program, Path(path), store=self.store)
            except ProgramFileError as error:
                QMessageBox.warning(self.window, self.tr("Programfilen er ikke gemt"), error_text(error))
                return
            except OSError as error:
                QMessageBox.warning(
                    self.window,
                    self.tr("Programfilen er ikke gemt"),
                    fill(self.tr("Programfilen kunne ikke gemmes: %1"), reason_text(error)),
                )
                return
            self.window.statusBar().showMessage(fill(self.tr("Programfilen er gemt: %1"), Path(path).name), 5000)

    def offer_draft(self) -> None:
        """Ask whether to restore a programme left unsaved by a crash (the app's start calls this)."""
        draft = self.session.pending_draft()
        if draft is None:
            return
        who = draft.patient_name or self.tr("uden navn")
        answer = QMessageBox.question(
            self.window,
            self.tr("Gendan program?"),
            fill(self.tr("Et program (%1) blev ikke gemt, sidst programmet lukkede. Vil du gendanne det?"), who),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer == QMessageBox.StandardButton.Yes and self.session.restore_draft() is not None:
            return
        if answer == QMessageBox.StandardButton.Yes:
            QMessageBox.warning(
                self.window,
                self.tr("Gendan program?"),
                self.tr("Kladden kunne ikke læses (den nævner måske en øvelse, der er slettet)."),
            )
        self.session.drop_pending_draft()

    def may_close(self, ask: bool) -> bool:
        """The window is closing: False keeps it open (the user chose not to lose changes)."""
        if ask and not self.confirm_discard():
            return False
        self.session.close()
        return True
