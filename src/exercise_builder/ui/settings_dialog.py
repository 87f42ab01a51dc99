"""Settings: the clinic profile on the handout, the therapist, default frequency, UI language."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from ..domain import frequency
from ..domain.models import ClinicProfile
from ..store import Store
from . import settings as app_settings
from .pictures import PictureError, read_picture_file, store_picture
from .settings import AppSettings
from .translation import error_text


class SettingsDialog(QDialog):
    def __init__(self, store: Store, settings: AppSettings, parent=None) -> None:
        super().__init__(parent)
        self.store, self.settings = store, settings
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Indstillinger"))
        self.resize(560, 580)
        clinic = store.settings.clinic()
        self.logo_sha = clinic.logo_sha256

        self.clinic_name = QLineEdit(clinic.name, self, objectName="clinicName")
        self.address = QPlainTextEdit(clinic.address, self, objectName="clinicAddress", tabChangesFocus=True)
        self.address.setMaximumHeight(70)
        self.phone = QLineEdit(clinic.phone, self, objectName="clinicPhone")
        self.email = QLineEdit(clinic.email, self, objectName="clinicEmail")
        self.therapist = QLineEdit(clinic.therapist_name, self, objectName="therapistDefault")
        self.therapist_title = QLineEdit(clinic.therapist_title, self, objectName="therapistTitle")
        self.logo = QLabel(self, objectName="clinicLogo")
        self.logo.setFixedSize(160, 60)
        self.logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo.setFrameShape(QLabel.Shape.StyledPanel)
        self.choose_logo = QPushButton(self.tr("Vælg logo …"), self, objectName="chooseLogo")
        self.remove_logo = QPushButton(self.tr("Fjern logo"), self, objectName="removeLogo")
        self.frequency = QComboBox(self, objectName="defaultFrequency", editable=True)
        self.frequency.addItems(list(frequency.CHOICES_DA))
        self.frequency.setCurrentText(settings.get(app_settings.DEFAULT_FREQUENCY))
        self.language = QComboBox(self, objectName="uiLanguage")
        self.language.addItem("Dansk", "da")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(settings.get(app_settings.UI_LANGUAGE))))
        for widget, name in (
            (self.clinic_name, self.tr("Klinikkens navn")),
            (self.address, self.tr("Adresse")),
            (self.phone, self.tr("Telefon")),
            (self.email, self.tr("E-mail")),
            (self.therapist, self.tr("Terapeutens navn")),
            (self.therapist_title, self.tr("Terapeutens titel")),
            (self.logo, self.tr("Logo")),
            (self.frequency, self.tr("Standardhyppighed")),
            (self.language, self.tr("Sprog i brugerfladen")),
        ):
            widget.setAccessibleName(name)

        clinic_box = QGroupBox(self.tr("Klinikken (øverst på programmet)"), self)
        form = QFormLayout(clinic_box)
        form.addRow(self.tr("&Navn:"), self.clinic_name)
        form.addRow(self.tr("&Adresse:"), self.address)
        form.addRow(self.tr("&Telefon:"), self.phone)
        form.addRow(self.tr("&E-mail:"), self.email)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo)
        logo_row.addWidget(self.choose_logo)
        logo_row.addWidget(self.remove_logo)
        logo_row.addStretch(1)
        form.addRow(self.tr("Logo:"), logo_row)
        therapist_box = QGroupBox(self.tr("Terapeut"), self)
        therapist_form = QFormLayout(therapist_box)
        therapist_form.addRow(self.tr("Na&vn:"), self.therapist)
        therapist_form.addRow(self.tr("T&itel:"), self.therapist_title)
        app_box = QGroupBox(self.tr("Programmet"), self)
        app_form = QFormLayout(app_box)
        app_form.addRow(self.tr("Standard&hyppighed:"), self.frequency)
        app_form.addRow(self.tr("&Brugerfladens sprog:"), self.language)
        app_form.addRow("", QLabel(self.tr("Et nyt sprog bruges fra næste start."), self))
        backup_box = QGroupBox(self.tr("Sikkerhedskopier"), self)
        backup_row = QHBoxLayout(backup_box)
        backup_note = QLabel(self.tr("En kopi af databasen tages ved første start hver dag."), backup_box)
        backup_note.setWordWrap(True)
        self.open_backups = QPushButton(self.tr("Gendan fra &kopi …"), self, objectName="openBackups")
        backup_row.addWidget(backup_note, 1)
        backup_row.addWidget(self.open_backups)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        layout = QVBoxLayout(self)
        layout.addWidget(clinic_box)
        layout.addWidget(therapist_box)
        layout.addWidget(app_box)
        layout.addWidget(backup_box)
        layout.addStretch(1)
        layout.addWidget(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.choose_logo.clicked.connect(self.pick_logo)
        self.remove_logo.clicked.connect(lambda: self.set_logo(""))
        self.open_backups.clicked.connect(self.show_backups)
        self.set_logo(self.logo_sha)

    def set_logo(self, sha: str) -> None:
        self.logo_sha = sha
        path = self.store.media.path(sha) if sha else None
        if path is not None and path.is_file():
            self.logo.setPixmap(
                QPixmap(str(path)).scaled(
                    self.logo.size(), Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
                )
            )
        else:
            self.logo.setPixmap(QPixmap())
            self.logo.setText(self.tr("(intet logo)"))
        self.remove_logo.setEnabled(bool(sha))

    def pick_logo(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Vælg logo"), "", self.tr("Billeder (*.png *.jpg *.jpeg)")
            )
        if not path:
            return
        try:
            ref = store_picture(self.store, read_picture_file(Path(path)))
        except (PictureError, ValueError) as error:
            QMessageBox.warning(self, self.tr("Logo"), error_text(error))
            return
        self.set_logo(ref.sha256)

    def backup_dialog(self):
        from .backup_restore import BackupRestoreDialog

        return BackupRestoreDialog(self.store.data_dir, self)

    def show_backups(self) -> None:
        self.backup_dialog().exec()

    def profile(self) -> ClinicProfile:
        return replace(
            self.store.settings.clinic(),
            name=self.clinic_name.text().strip(),
            address=self.address.toPlainText().strip(),
            phone=self.phone.text().strip(),
            email=self.email.text().strip(),
            therapist_name=self.therapist.text().strip(),
            therapist_title=self.therapist_title.text().strip(),
            logo_sha256=self.logo_sha,
        )

    def accept(self) -> None:
        self.store.settings.set_clinic(self.profile())
        self.settings.set(app_settings.DEFAULT_FREQUENCY, self.frequency.currentText().strip() or frequency.DEFAULT)
        self.settings.set(app_settings.UI_LANGUAGE, self.language.currentData())
        super().accept()
