"""Deleting a patient's data on request (docs/privacy.md): programmes, drafts, backups."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog, QMainWindow, QMessageBox

from ..domain.patient_names import name_key
from ..store import Store
from .program_session import ProgramSession


class PatientData(QObject):
    def __init__(self, window: QMainWindow, store: Store, session: ProgramSession) -> None:
        super().__init__(window)
        self.window, self.store, self.session = window, store, session

    def delete_patient(self, name: str | None = None) -> bool:
        """Remove every programme, draft and backup holding this patient (privacy.md)."""
        from ..store.privacy import delete_patient

        if name is None:
            name, ok = QInputDialog.getText(self.window, self.tr("Slet en patients data"),
                                            self.tr("Patientens navn (præcis som i programmerne):"),
                                            text=self.session.program.patient_name)
            if not ok:
                return False
        name = name.strip()
        if not name:
            return False
        answer = QMessageBox.question(
            self.window, self.tr("Slet en patients data"),
            self.tr("Slet alle programmer, kladder og sikkerhedskopier med »%1«? Det kan ikke fortrydes.")
            .replace("%1", name), QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        if name_key(self.session.program.patient_name) == name_key(name):
            self.session.forget_changes()
            self.session.new()
        result = delete_patient(self.store, name)
        text = (self.tr("Slettet: %1 programmer, %2 kladder og %3 sikkerhedskopier.")
                .replace("%1", str(result.programs)).replace("%2", str(result.drafts))
                .replace("%3", str(len(result.backups_removed))))
        if result.problems:
            QMessageBox.warning(self.window, self.tr("Slet en patients data"), text + "\n\n" + "\n".join(result.problems))
        else:
            self.window.statusBar().showMessage(text, 8000)
        return True
