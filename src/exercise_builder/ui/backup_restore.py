"""Putting a backup of the database back, from the settings: list, confirm, restore, close the program.

After a restore the open window holds data the database no longer has, so the program closes and
is opened again rather than carrying on with stale lists.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..store.backups import (
    BEFORE_MIGRATION,
    BEFORE_RESTORE,
    START,
    BackupError,
    BackupInfo,
    check_backup,
    list_backups,
    restore_backup,
)
from ..store.database import StoreError
from .main_window import MainWindow
from .translation import error_text, fill

NameRole = Qt.ItemDataRole.UserRole


def owning_main_window(widget: QWidget | None) -> QMainWindow | None:
    """The main window a dialog was opened from (through its parents), if any."""
    while widget is not None and not isinstance(widget, QMainWindow):
        widget = widget.parentWidget()
    return widget


class BackupRestoreDialog(QDialog):
    def __init__(
        self, data_dir: Path, parent: QWidget | None = None, quit_application: Callable[[], None] = QApplication.quit
    ) -> None:
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.quit_application = quit_application
        self.restored: str | None = None
        self.setObjectName("backupRestoreDialog")
        self.setWindowTitle(self.tr("Sikkerhedskopier"))
        self.resize(560, 380)

        intro = QLabel(
            self.tr(
                "Øvelsesprogram gemmer en kopi af databasen – øvelser, patienternes programmer og "
                "indstillinger – første gang det startes hver dag. Vælg en kopi for at sætte "
                "databasen tilbage til den."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.list = QTreeWidget(self, objectName="backupList")
        self.list.setAccessibleName(self.tr("Sikkerhedskopier"))
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels([self.tr("Tidspunkt"), self.tr("Taget"), self.tr("Størrelse")])
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.list.header()
        header.setStretchLastSection(False)
        for column, mode in enumerate(
            (
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.Stretch,
                QHeaderView.ResizeMode.ResizeToContents,
            )
        ):
            header.setSectionResizeMode(column, mode)
        self.empty = QLabel(self.tr("Der er ingen sikkerhedskopier endnu."), self, objectName="noBackups")
        self.restore_button = QPushButton(self.tr("&Gendan …"), self, objectName="restoreBackup")
        self.restore_button.setToolTip(self.tr("Sæt databasen tilbage til den valgte kopi"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Luk"))
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.restore_selected)
        self.list.itemSelectionChanged.connect(self._update_button)
        self.list.itemDoubleClicked.connect(lambda *_: self.restore_selected())
        self.refresh()

    # --- the list ----------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.list.clear()
        self.backups = {info.name: info for info in list_backups(self.data_dir)}
        for info in self.backups.values():  # newest first
            item = QTreeWidgetItem(self.list, [self.when(info), self.kind(info), self.size(info)])
            item.setData(0, NameRole, info.name)
            item.setToolTip(0, info.name)
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if self.list.topLevelItemCount():
            self.list.setCurrentItem(self.list.topLevelItem(0))
        self.list.setVisible(bool(self.backups))
        self.empty.setVisible(not self.backups)
        self._update_button()

    def when(self, info: BackupInfo) -> str:
        locale = QLocale()
        stamp = QDateTime(info.created)
        # the date pattern is translated: "22. november 2026" in Danish, "22 November 2026" in English
        return fill(
            self.tr("%1 kl. %2"),
            locale.toString(stamp.date(), self.tr("d. MMMM yyyy")),
            locale.toString(stamp.time(), QLocale.FormatType.ShortFormat),
        )

    def kind(self, info: BackupInfo) -> str:
        return {
            START: self.tr("ved start"),
            BEFORE_MIGRATION: self.tr("før en opdatering"),
            BEFORE_RESTORE: self.tr("før en gendannelse"),
        }.get(info.kind, info.kind)

    @staticmethod
    def size(info: BackupInfo) -> str:
        precision = 0 if info.size < 1024 * 1024 else 1
        return QLocale().formattedDataSize(info.size, precision, QLocale.DataSizeFormat.DataSizeTraditionalFormat)

    def selected(self) -> BackupInfo | None:
        item = self.list.currentItem()
        return self.backups.get(item.data(0, NameRole)) if item is not None else None

    def select(self, name: str) -> None:
        for row in range(self.list.topLevelItemCount()):
            if self.list.topLevelItem(row).data(0, NameRole) == name:
                self.list.setCurrentItem(self.list.topLevelItem(row))

    def _update_button(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)

    # --- restoring ---------------------------------------------------------------------------------

    def restore_selected(self) -> bool:
        """Check, confirm, restore the chosen copy, then close the program; True if it was restored."""
        info = self.selected()
        if info is None:
            return False
        when = self.when(info)
        try:
            check_backup(info.path)
        except (BackupError, OSError):
            self.tell(
                QMessageBox.Icon.Warning,
                self.tr("Kopien kan ikke gendannes"),
                fill(
                    self.tr(
                        "Kopien fra %1 kan ikke gendannes, fordi filen er beskadiget, ufuldstændig eller "
                        "lavet af en nyere udgave af Øvelsesprogram; intet er ændret."
                    ),
                    when,
                ),
                str(info.path),
            )
            return False
        if not self.confirm(when):
            return False
        main = owning_main_window(self)
        if isinstance(main, MainWindow) and not main.confirm_discard():
            return False  # the user kept the unsaved programme open
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            kept = restore_backup(self.data_dir, info.name)
        except (BackupError, StoreError, sqlite3.Error, OSError) as error:
            QApplication.restoreOverrideCursor()
            self.refresh()
            self.select(info.name)
            self.tell(
                QMessageBox.Icon.Warning,
                self.tr("Kopien er ikke gendannet"),
                self.tr(
                    "Kopien kunne ikke gendannes – databasen er måske i brug et andet sted, eller "
                    "disken er fuld; intet er gået tabt, og du kan prøve igen senere."
                ),
                error_text(error),
            )
            return False
        QApplication.restoreOverrideCursor()
        self.restored = info.name
        self.tell(
            QMessageBox.Icon.Information,
            self.tr("Kopien er gendannet"),
            fill(
                self.tr(
                    "Databasen er sat tilbage til kopien fra %1. Øvelsesprogram lukker nu; åbn det igen "
                    "for at arbejde videre."
                ),
                when,
            ),
            fill(self.tr("Databasen fra før gendannelsen er gemt som %1."), kept.name),
        )
        self.close_program(main)
        return True

    def confirm(self, when: str) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Gendan kopien?"),
            fill(
                self.tr(
                    "Databasen sættes tilbage til kopien fra %1. Øvelser, programmer og "
                    "indstillinger, der er ændret siden da, forsvinder."
                ),
                when,
            ),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setObjectName("confirmRestore")
        box.setInformativeText(
            self.tr(
                "Den nuværende database gemmes først som en kopi (»før en gendannelse« "
                "i listen), så du kan skifte tilbage til den. Bagefter lukker "
                "Øvelsesprogram, og du skal åbne det igen."
            )
        )
        restore = box.addButton(self.tr("Gendan og luk"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(self.tr("Annuller"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.exec()
        return box.clickedButton() is restore

    def tell(self, icon: QMessageBox.Icon, title: str, text: str, details: str = "") -> None:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self)
        box.setObjectName("backupMessage")
        if details:
            box.setDetailedText(details)
        box.exec()

    def close_program(self, main: QMainWindow | None) -> None:
        """The window's lists are older than the database now: close it and end the program."""
        self.accept()
        if main is not None:
            main.close()  # asks nothing: the programme was saved or let go before the restore
        self.quit_application()
