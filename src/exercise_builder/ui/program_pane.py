"""The programme pane: patient, date, therapist, frequency, the exercises, aids, advice, options."""

from __future__ import annotations

from PySide6.QtCore import QDate, QItemSelectionModel, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..domain import frequency
from ..domain.models import LAYOUTS
from .aid_note_delegate import AidNoteDelegate
from .checkable_model import CheckableCatalogueModel
from .dosage_delegate import DosageDelegate
from .patient_group_choice import PatientGroupChoice
from .program_model import COLUMN_COUNT, FREQUENCY, NOTE, PER_SIDE, TITLE, ProgramModel
from .program_session import ProgramSession
from .translation import fill

HINT_AFTER = 6


class DateEdit(QDateEdit):
    """Tab leaves the field in one press (QDateEdit's Tab walks day, month, year first)."""

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002 - Qt's name
        return QWidget.focusNextPrevChild(self, next)


class ProgramTable(QTableView):
    """Ctrl+Home and Ctrl+End select the row they go to, so Delete then removes what the cursor
    is on (in an extended selection Qt moves only the cursor with Ctrl held)."""

    def keyPressEvent(self, event) -> None:
        super().keyPressEvent(event)
        if (
            event.modifiers() == Qt.KeyboardModifier.ControlModifier
            and event.key() in (Qt.Key.Key_Home, Qt.Key.Key_End)
            and self.currentIndex().isValid()
        ):
            self.selectionModel().select(
                self.currentIndex(),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )


class ProgramPane(QWidget):
    def __init__(
        self,
        session: ProgramSession,
        model: ProgramModel,
        aids: CheckableCatalogueModel,
        advice: CheckableCatalogueModel,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.session, self.model = session, model

        self.patient = QLineEdit(self, objectName="patientName")
        self.patient.setPlaceholderText(self.tr("Patientens navn"))
        self.patient.setAccessibleName(self.tr("Patientens navn"))
        self.patient_group = PatientGroupChoice(self)
        self.date = DateEdit(self, objectName="programDate", calendarPopup=True)
        self.date.setDisplayFormat("dd-MM-yyyy")
        self.date.setAccessibleName(self.tr("Dato"))
        self.therapist = QLineEdit(self, objectName="therapistName")
        self.therapist.setAccessibleName(self.tr("Terapeut"))
        self.therapist.setPlaceholderText(self.tr("Terapeutens navn"))
        self.frequency = QComboBox(self, objectName="programFrequency", editable=True)
        # the handout words a counted frequency in its own language, whichever of these is chosen
        self.frequency.addItems(frequency.choices(model.language))
        self.frequency.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.frequency.setAccessibleName(self.tr("Hyppighed for hele programmet"))
        self.frequency.setToolTip(self.tr("Hvor ofte programmet laves; vælg eller skriv selv"))

        self.view = ProgramTable(self)
        self.view.setObjectName("programView")
        self.view.setAccessibleName(self.tr("Øvelser i programmet"))
        self.view.setModel(model)
        self.view.setItemDelegate(DosageDelegate(self.view))
        self.view.setTabKeyNavigation(False)  # Tab leaves the table; the arrow keys move between cells
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setDragDropOverwriteMode(False)
        self.view.setDropIndicatorShown(True)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(True)  # a long title takes two lines rather than being cut
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        for column in range(1, COLUMN_COUNT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in (FREQUENCY, NOTE):  # free text: a fixed, resizable width; the title gets the rest
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, 74)  # room for the header word; the title column gets the rest
        header.setMinimumSectionSize(36)
        rows = self.view.verticalHeader()
        rows.setMinimumSectionSize(28)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.setMinimumHeight(120)  # four rows: the window stays usable at 1024×560
        self.empty_hint = QLabel(
            self.tr("Tilføj øvelser fra biblioteket: dobbeltklik, Enter eller træk dem hertil."), self
        )
        self.empty_hint.setObjectName("programEmptyHint")
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setEnabled(False)

        # what just happened to the programme (added twice, copied to the journal …), in the pane
        # as well as the status bar: on a small screen the status bar is easily missed
        self.notice = QLabel(self, objectName="programNotice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(
            "QLabel { background: #e8f1fb; border: 1px solid #8fb3dc; "
            "border-radius: 4px; padding: 4px; color: #10304f; }"
        )
        self.notice.setAccessibleName(self.tr("Besked om programmet"))
        self.notice.hide()
        self._notice_timer = QTimer(self, singleShot=True, interval=8000)
        self._notice_timer.timeout.connect(self.notice.hide)

        self.hint = QLabel(self, objectName="programSizeHint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(
            "QLabel { background: #fff6d5; border: 1px solid #e0c060; "
            "border-radius: 4px; padding: 4px; color: #4a3b00; }"
        )
        self.hint.setAccessibleName(self.tr("Råd om programmets længde"))
        self.hint.hide()

        self.aids = QListView(self, objectName="aidsList")
        self.aids.setModel(aids)
        self.aids.setItemDelegate(AidNoteDelegate(self.aids))
        self.aids.setSpacing(3)  # rows a finger's breadth apart: easy to tick in a hurry
        self.aids.setAccessibleName(self.tr("Hjælpemidler"))
        self.aids.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.aids.setToolTip(self.tr("Sæt flueben; dobbeltklik på et valgt hjælpemiddel for at skrive en note"))
        self.advice = QListView(self, objectName="adviceList")
        self.advice.setModel(advice)
        self.advice.setSpacing(3)
        self.advice.setAccessibleName(self.tr("Råd"))
        self.advice.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.message = QPlainTextEdit(self, objectName="programMessage")
        self.message.setPlaceholderText(self.tr("En kort besked til patienten (valgfri)"))
        self.message.setAccessibleName(self.tr("Besked til patienten"))
        self.message.setTabChangesFocus(True)

        self.layout_choice = QComboBox(self, objectName="layoutOption")
        self.layout_choice.addItem(self.tr("Detaljeret"), "detailed")
        self.layout_choice.addItem(self.tr("Kompakt"), "compact")
        self.layout_choice.setAccessibleName(self.tr("Layout"))
        self.large_print = QCheckBox(self.tr("Stor skrift"), self, objectName="largePrintOption")
        self.large_print.setAccessibleName(self.tr("Stor skrift"))
        self.diary = QCheckBox(self.tr("Dagbog (2 uger)"), self, objectName="diaryOption")
        self.diary.setAccessibleName(self.tr("Dagbog"))
        self.language = QComboBox(self, objectName="handoutLanguage")
        self.language.addItem(self.tr("Dansk"), "da")
        self.language.addItem(self.tr("Engelsk"), "en")
        self.language.setAccessibleName(self.tr("Programmets sprog"))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        who = QHBoxLayout()
        who.addWidget(self.patient, 1)
        who.addWidget(self.patient_group)
        patient_label = QLabel(self.tr("&Patient:"), self)
        patient_label.setBuddy(self.patient)
        form.addRow(patient_label, who)
        when = QHBoxLayout()
        when.addWidget(self.date)
        therapist_label = QLabel(self.tr("&Terapeut:"), self)
        therapist_label.setBuddy(self.therapist)
        when.addWidget(therapist_label)
        when.addWidget(self.therapist, 1)
        date_label = QLabel(self.tr("&Dato:"), self)
        date_label.setBuddy(self.date)
        form.addRow(date_label, when)
        form.addRow(self.tr("H&yppighed:"), self.frequency)
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label and isinstance(label.widget(), QLabel) and field and field.widget():
                label.widget().setBuddy(field.widget())

        options = QWidget(self)
        options_layout = QFormLayout(options)
        options_layout.addRow(self.tr("Layout:"), self.layout_choice)
        options_layout.addRow(self.tr("Sprog:"), self.language)
        options_layout.addRow("", self.large_print)
        options_layout.addRow("", self.diary)
        options_layout.addRow(self.tr("Besked:"), self.message)

        self.tabs = QTabWidget(self, objectName="programTabs")
        self.tabs.addTab(self.aids, self.tr("Hjælpemidler"))
        self.tabs.addTab(self.advice, self.tr("Råd"))
        self.tabs.addTab(options, self.tr("Besked og valg"))
        self.tabs.setMinimumHeight(160)  # the pages scroll rather than push the window off a small screen
        self.tabs.setAccessibleName(self.tr("Hjælpemidler, råd og valg"))
        self.tabs.tabBar().setAccessibleName(self.tr("Faner: hjælpemidler, råd, besked og valg"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(QLabel(self.tr("<b>Program</b>"), self))
        layout.addLayout(form)
        layout.addWidget(self.view, 3)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.notice)
        layout.addWidget(self.hint)
        layout.addWidget(self.tabs, 2)

        self.patient.textEdited.connect(lambda text: session.set_field("patient_name", text))
        self.therapist.textEdited.connect(lambda text: session.set_field("therapist", text))
        self.patient_group.chosen.connect(session.set_patient_group)
        self.frequency.editTextChanged.connect(self._frequency_edited)
        self.date.dateChanged.connect(self._date_edited)
        self.message.textChanged.connect(self._message_edited)
        self.layout_choice.currentIndexChanged.connect(
            lambda _i: self._option("layout", self.layout_choice.currentData())
        )
        self.language.currentIndexChanged.connect(lambda _i: self._option("language", self.language.currentData()))
        self.large_print.toggled.connect(lambda on: self._option("large_print", on))
        self.diary.toggled.connect(lambda on: self._option("diary", on))
        session.changed.connect(self.sync_from_program)
        self._syncing = False
        self.sync_from_program()

    # --- widgets → session ---------------------------------------------------------------------

    def _frequency_edited(self, text: str) -> None:
        if not self._syncing:
            self.session.set_field("frequency", text)

    def _date_edited(self, date: QDate) -> None:
        if not self._syncing:
            self.session.set_field("date", date.toString("yyyy-MM-dd"))

    def _message_edited(self) -> None:
        if not self._syncing:
            self.session.set_field("message", self.message.toPlainText())

    def _option(self, name: str, value) -> None:
        if not self._syncing and value is not None:
            self.session.set_option(name, value)

    # --- session → widgets ---------------------------------------------------------------------

    def sync_from_program(self) -> None:
        program = self.session.program
        self._syncing = True
        try:
            for edit, value in ((self.patient, program.patient_name), (self.therapist, program.therapist)):
                if edit.text() != value:
                    edit.setText(value)
            self.patient_group.set_value(program.patient_group)
            if self.frequency.currentText() != program.frequency:
                self.frequency.setEditText(program.frequency)
            date = QDate.fromString(program.date, "yyyy-MM-dd")
            if date.isValid() and self.date.date() != date:
                self.date.setDate(date)
            if self.message.toPlainText() != program.message:
                self.message.setPlainText(program.message)
            options = program.options
            self.layout_choice.setCurrentIndex(
                max(0, LAYOUTS.index(options.layout) if options.layout in LAYOUTS else 0)
            )
            self.language.setCurrentIndex(1 if options.language == "en" else 0)
            self.large_print.setChecked(options.large_print)
            self.diary.setChecked(options.diary)
        finally:
            self._syncing = False
        count = len(program.items)
        self.empty_hint.setVisible(count == 0)
        if count > HINT_AFTER:
            self.hint.setText(
                fill(
                    self.tr(
                        "Programmet har %1 øvelser. Færre øvelser bliver oftere lavet – "
                        "overvej at holde dig til de 6 vigtigste."
                    ),
                    str(count),
                )
            )
            self.hint.show()
        else:
            self.hint.hide()

    def say(self, text: str) -> None:
        """Show `text` under the programme for a few seconds."""
        self.notice.setText(text)
        self.notice.show()
        self._notice_timer.start()

    # --- selection -----------------------------------------------------------------------------

    def selected_rows(self) -> list[int]:
        return sorted(
            {index.row() for index in self.view.selectionModel().selectedRows()}
            or ({self.view.currentIndex().row()} if self.view.currentIndex().isValid() else set())
        )

    def select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            index = self.model.index(row, TITLE)
            self.view.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            )

    def per_side_column(self) -> int:
        return PER_SIDE
