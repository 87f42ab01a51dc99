"""Deleting a patient's data on request (docs/privacy.md): programmes, drafts, backups."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog, QMainWindow, QMessageBox

from ..domain.patient_names import name_key
from ..store import Store
from .program_session import ProgramSession
from .translation import fill, said

log = logging.getLogger(__name__)


class PatientData(QObject):
    def __init__(self, window: QMainWindow, store: Store, session: ProgramSession) -> None:
        super().__init__(window)
        self.window, self.store, self.session = window, store, session

    def delete_patient(self, name: str | None = None) -> bool:
        """Remove every programme, draft and backup holding this patient (privacy.md)."""
        from ..store.privacy import delete_patient

        if name is None:
            name, ok = QInputDialog.getText(
                self.window,
                self.tr("Slet en patients data"),
                self.tr("Patientens navn (præcis som i programmerne):"),
                text=self.session.program.patient_name,
            )
            if not ok:
                return False
        name = name.strip()
        if not name:
            return False
        answer = QMessageBox.question(
            self.window,
            self.tr("Slet en patients data"),
            fill(self.tr("Slet alle programmer, kladder og sikkerhedskopier med »%1«? Det kan ikke fortrydes."), name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        if name_key(self.session.program.patient_name) == name_key(name):
            self.session.forget_changes()
            self.session.new()
        result = delete_patient(self.store, name)
        log.info(
            "Personal data deleted on request: %d programmes, %d drafts, %d backups",
            result.programs,
            result.drafts,
            len(result.backups_removed),
        )
        text = fill(
            self.tr("Slettet: %1 programmer, %2 kladder og %3 sikkerhedskopier."),
            result.programs,
            result.drafts,
            len(result.backups_removed),
        )
        if result.problems:
            QMessageBox.warning(
                self.window,
                self.tr("Slet en patients data"),
                text + "\n\n" + "\n".join(said(problem) for problem in result.problems),
            )
        else:
            self.window.statusBar().showMessage(text, 8000)
        return True
