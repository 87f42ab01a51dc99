"""Finding a saved programme by the patient's name and the date; opening, copying or deleting it."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from ..domain.kinds import ItemKind
from ..domain.models import Program
from ..domain.program_file import ProgramFileError, parse_program_text
from ..store import Store
from ..store.programs import ProgramSummary
from .library_model import ObjectRole, SortRole
from .translation import error_text, fill

_DAY_MONTH_YEAR = re.compile(r"(\d{1,2})[-./ ](\d{1,2})[-./ ](\d{4})")
_MONTH_YEAR = re.compile(r"(\d{1,2})[-./ ](\d{4})")
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def date_search_prefix(text: str) -> str:
    """The ISO prefix the store matches for a date typed the Danish way ('22-11-2026', '22.11.2026',
    '11-2026'); ISO text and anything unrecognised go through as typed."""
    text = text.strip()
    if match := _DAY_MONTH_YEAR.fullmatch(text):
        day, month, year = match.groups()
        return f"{year}-{int(month):02d}-{int(day):02d}"
    if match := _MONTH_YEAR.fullmatch(text):
        month, year = match.groups()
        return f"{year}-{int(month):02d}"
    return text


def display_date(iso: str) -> str:
    """'2026-11-22' as the rest of the app shows it: '22-11-2026'."""
    match = _ISO_DATE.fullmatch(iso)
    return f"{match[3]}-{match[2]}-{match[1]}" if match else iso


def display_saved(iso: str) -> str:
    """When a programme was saved, in local time: '22-11-2026 14:05' ('' if unknown)."""
    try:
        moment = dt.datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return ""
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return moment.strftime("%d-%m-%Y %H:%M")


COLUMNS = 6


class ProgramSummaryModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[ProgramSummary] = []

    def set_rows(self, rows: list[ProgramSummary]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < COLUMNS:
            return (
                self.tr("Patient"),
                self.tr("Dato"),
                self.tr("Gemt"),
                self.tr("Udleveret"),
                self.tr("Udgave"),
                self.tr("Øvelser"),
            )[section]
        return None

    def _patient(self, row: ProgramSummary) -> str:
        name = row.patient_name or self.tr("(uden navn)")
        if not row.parent_id:
            return name
        if row.parent_date:
            return self.tr("%1 · opfølgning af %2").replace("%1", name).replace("%2", display_date(row.parent_date))
        return self.tr("%1 · opfølgning").replace("%1", name)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                self._patient(row),
                display_date(row.date),
                display_saved(row.updated),
                self.tr("Ja") if row.handed_out else self.tr("Nej"),
                str(row.version),
                str(row.items),
            )[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and row.therapist:
            return self.tr("Terapeut: %1").replace("%1", row.therapist)
        if role == ObjectRole:
            return row
        if role == SortRole:
            return (row.patient_name.casefold(), row.date, row.updated, row.handed_out, row.version, row.items)[
                index.column()
            ]
        return None


class OpenProgramDialog(QDialog):
    def __init__(self, store: Store, parent=None) -> None:
        super().__init__(parent)
        self.store = store
        self.chosen_program: Program | None = None
        self.setObjectName("openProgramDialog")
        self.setWindowTitle(self.tr("Åbn program"))
        self.resize(820, 460)

        self.patient = QLineEdit(self, objectName="openPatientSearch", clearButtonEnabled=True)
        self.patient.setPlaceholderText(self.tr("Del af navnet"))
        self.patient.setAccessibleName(self.tr("Søg efter patientens navn"))
        self.date = QLineEdit(self, objectName="openDateSearch", clearButtonEnabled=True)
        self.date.setPlaceholderText(self.tr("fx 22-11-2026 eller 11-2026"))
        self.date.setAccessibleName(self.tr("Søg efter dato"))
        self.model = ProgramSummaryModel(self)
        self.table = QTableView(self, objectName="programList")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Gemte programmer"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()

        buttons = QDialogButtonBox(self)
        self.open_button = buttons.addButton(self.tr("Åbn"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.copy_button = QPushButton(self.tr("Kopiér til opfølgning"), self)
        self.history_button = QPushButton(self.tr("Tidligere udgaver …"), self)
        self.delete_button = QPushButton(self.tr("Slet"), self)
        for button in (self.copy_button, self.history_button, self.delete_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)

        form = QFormLayout()
        form.addRow(self.tr("&Patient:"), self.patient)
        form.addRow(self.tr("&Dato:"), self.date)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

        self.patient.textChanged.connect(self.refresh)
        self.date.textChanged.connect(self.refresh)
        self.table.doubleClicked.connect(lambda _index: self.accept_open())
        self.open_button.clicked.connect(self.accept_open)
        self.copy_button.clicked.connect(self.accept_copy)
        self.history_button.clicked.connect(self.open_history)
        self.delete_button.clicked.connect(self.delete_selected)
        buttons.rejected.connect(self.reject)
        self.table.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        self.refresh()

    def refresh(self) -> None:
        self.model.set_rows(self.store.programs.find(self.patient.text().strip(), date_search_prefix(self.date.text())))
        if self.model.rowCount():
            self.table.selectRow(0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = self.selected() is not None
        for button in (self.open_button, self.copy_button, self.history_button, self.delete_button):
            button.setEnabled(has)

    def selected(self) -> ProgramSummary | None:
        index = self.table.currentIndex()
        return index.data(ObjectRole) if index.isValid() else None

    def accept_open(self) -> None:
        summary = self.selected()
        if summary is not None:
            self.chosen_program = self.store.programs.load(summary.id)
            self.accept()

    def accept_copy(self) -> None:
        summary = self.selected()
        if summary is not None:
            self.chosen_program = self.store.programs.duplicate(summary.id)
            self.accept()

    def open_history(self) -> None:
        summary = self.selected()
        if summary is None:
            return
        history = self.store.programs.history(summary.id)
        if not history:
            QMessageBox.information(
                self, self.tr("Tidligere udgaver"), self.tr("Programmet er ikke ændret, efter det blev udleveret.")
            )
            return
        labels = [
            fill(self.tr("Udgave %1, gemt %2"), str(v), f"{display_date(saved[:10])} {saved[11:16]}".strip())
            for v, saved, _ in history
        ]
        label, ok = QInputDialog.getItem(
            self, self.tr("Tidligere udgaver"), self.tr("Åbn en kopi af:"), labels, len(labels) - 1, False
        )
        if not ok:
            return
        text = history[labels.index(label)][2]
        resolve = self.store.catalogue.resolve
        try:
            old = parse_program_text(
                text,
                lambda r: resolve(ItemKind.EXERCISE, r),
                lambda r: resolve(ItemKind.AID, r),
                lambda r: resolve(ItemKind.ADVICE, r),
            )
        except ProgramFileError as error:
            QMessageBox.warning(self, self.tr("Tidligere udgaver"), error_text(error))
            return
        self.chosen_program = old.with_(id=Program().id, version=0, parent_id=summary.id)
        self.accept()

    def delete_selected(self) -> None:
        summary = self.selected()
        if summary is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Slet program"),
            fill(self.tr("Slet programmet for %1 fra %2?"), summary.patient_name, display_date(summary.date)),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.store.programs.delete(summary.id)
            self.refresh()
