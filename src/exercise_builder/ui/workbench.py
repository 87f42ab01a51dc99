"""The workbench inside the main window: library, programme and preview side by side, and the
edits that join them. Its actions, menus and toolbar are WorkbenchActions (workbench_actions.py);
the programme's life (new, open, save, versions, drafts) is ProgramLifecycle (program_lifecycle.py).

It builds into a MainWindow frame (ui/main_window.py), which holds it as window.workbench;
dialogs and widgets take the window as their parent.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QByteArray, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QSplitter, QWidget

from ..domain.kinds import ItemKind
from ..services.handout_jobs import handout_data
from ..store import Store
from . import settings as app_settings
from .checkable_model import CheckableCatalogueModel
from .field_shortcuts import FieldShortcuts
from .handing_out import HandingOut
from .icons import app_icon
from .library_actions import LibraryActions
from .library_pane import LibraryPane
from .main_window import MainWindow
from .patient_data import PatientData
from .preview_pane import PreviewPane
from .program_lifecycle import ProgramLifecycle
from .program_model import ProgramModel
from .program_pane import ProgramPane
from .program_session import ProgramSession
from .recent_programs import RecentPrograms
from .record_cache import RecordCache
from .settings import AppSettings
from .template_actions import TemplateActions
from .thumbnails import ThumbnailCache
from .translation import APP_NAMES, fill
from .workbench_actions import WorkbenchActions
from .worker import TaskRunner


class Workbench(QObject):
    def __init__(
        self, window: MainWindow, store: Store, settings: AppSettings, runner: TaskRunner, language: str = "da"
    ) -> None:
        super().__init__(window)
        self.window = window
        window.attach(self)
        self.store, self.settings, self.runner, self.language = store, settings, runner, language
        self.window.setWindowIcon(app_icon())
        self.records = RecordCache(store)
        self.thumbnails = ThumbnailCache(store.data_dir / "thumbnails", runner, parent=self)
        self.session = ProgramSession(store, settings, self)

        self.library = LibraryPane(store, self.records, self.thumbnails, language, window)
        self.program_model = ProgramModel(self.session, self.records, self.add_exercises, language, self)
        self.aids_model = CheckableCatalogueModel(ItemKind.AID, store, self.session, language, self)
        self.advice_model = CheckableCatalogueModel(ItemKind.ADVICE, store, self.session, language, self)
        self.program = ProgramPane(self.session, self.program_model, self.aids_model, self.advice_model, window)
        self.preview = PreviewPane(runner, lambda: handout_data(store, self.session.program), window)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, window, objectName="mainSplitter")
        for pane in (self.library, self.program, self.preview):
            self.splitter.addWidget(pane)
            self.splitter.setCollapsible(self.splitter.indexOf(pane), False)
        self.library.setMinimumWidth(280)  # two filter combos side by side, their texts whole
        self.program.setMinimumWidth(380)
        self.preview.setMinimumWidth(260)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setStretchFactor(2, 4)
        window.setCentralWidget(self.splitter)

        self.lifecycle = ProgramLifecycle(
            window, store, self.session, self.program.patient, lambda: self.library_changed(), language
        )
        self.handing_out = HandingOut(window, store, self.session, settings)
        self.templates = TemplateActions(window, store, self.session, language)
        self.library_actions = LibraryActions(
            window, store, runner, self.thumbnails, self.library, self.library_changed
        )
        self.patient_data = PatientData(window, store, self.session)
        from .shared_folder import SharedFolder

        self.shared_folder = SharedFolder(window, store, runner, self.library_changed)
        self.actions = WorkbenchActions(
            window, self.session.undo_stack, self.program.view, self.shared_folder.actions()
        )
        self._connect_actions(self.actions)
        self.recent_programs = RecentPrograms(self.actions.recent_menu, store, self.lifecycle.open_saved)
        self.field_shortcuts = FieldShortcuts(window)
        self.status_label = QLabel(window)
        self.window.statusBar().addPermanentWidget(self.status_label)
        if not store.settings.clinic().name.strip():  # first run: the handout has no clinic header yet
            self.window.statusBar().showMessage(
                self.tr(
                    "Tip: Skriv klinikkens navn, adresse og telefon under Indstillinger, "
                    "så står de øverst på udleveringen."
                )
            )

        self.library.addRequested.connect(self.add_exercises)
        self.library.set_view_mode(settings.get(app_settings.LIBRARY_VIEW_MODE))
        self.library.viewModeChanged.connect(lambda mode: settings.set(app_settings.LIBRARY_VIEW_MODE, mode))
        self.session.changed.connect(self._program_changed)
        self.session.dirtyChanged.connect(self._update_title)
        self.program.view.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.library.view.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.library.view.selectionModel().currentChanged.connect(lambda *_: self._update_actions())

        self._set_tab_order()
        self._restore_layout()
        self._program_changed()
        window.attached()

    def _set_tab_order(self) -> None:
        """Left to right, as the consultation goes: find, pick, the patient, the programme, the preview.

        Set whole, because setTabOrder on a few pairs leaves the rest in creation order (the
        filters came after the patient's name). Hidden tab pages are skipped by Qt itself."""
        library, program = self.library, self.program
        chain = [
            library.search,
            library.view,
            library.region,
            library.position,
            library.tag,
            library.aid,
            library.origin,
            library.grid_button,
            program.patient,
            program.date,
            program.therapist,
            program.frequency,
            program.view,
            program.tabs,
            program.aids,
            program.advice,
            program.layout_choice,
            program.language,
            program.large_print,
            program.diary,
            program.message,
            self.preview.view,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # --- state -------------------------------------------------------------------------------------

    def _connect_actions(self, actions: WorkbenchActions) -> None:
        lifecycle, library_actions = self.lifecycle, self.library_actions
        actions.actionNewProgram.triggered.connect(lifecycle.new_program)
        actions.actionOpenProgram.triggered.connect(lifecycle.open_program)
        actions.actionSaveProgram.triggered.connect(lifecycle.save_program)
        actions.actionDuplicateProgram.triggered.connect(lifecycle.duplicate_program)
        actions.actionOpenFile.triggered.connect(lifecycle.open_program_file)
        actions.actionSaveFile.triggered.connect(lifecycle.save_program_file)
        actions.actionExportPdf.triggered.connect(self.handing_out.export_pdf)
        actions.actionPrint.triggered.connect(self.handing_out.print_program)
        actions.actionCopyJournalNote.triggered.connect(self.copy_journal_note)
        actions.actionQuit.triggered.connect(self.window.close)
        actions.actionDeletePatient.triggered.connect(lambda: self.patient_data.delete_patient())
        actions.actionAddExercise.triggered.connect(self.library.add_selected)
        actions.actionRemoveExercise.triggered.connect(self.remove_selected)
        actions.actionMoveUp.triggered.connect(lambda: self.move_selected(-1))
        actions.actionMoveDown.triggered.connect(lambda: self.move_selected(+1))
        actions.actionFind.triggered.connect(self.library.focus_search)
        actions.actionEasierVariant.triggered.connect(lambda: self.swap_variant("easier"))
        actions.actionHarderVariant.triggered.connect(lambda: self.swap_variant("harder"))
        actions.actionStartFromTemplate.triggered.connect(self.templates.start_from_template)
        actions.actionSaveAsTemplate.triggered.connect(self.templates.save_as_template)
        actions.actionNewExercise.triggered.connect(lambda: self.edit_exercise(None))
        actions.actionEditExercise.triggered.connect(self.edit_selected_exercise)
        actions.actionRebuildThumbnails.triggered.connect(library_actions.rebuild_thumbnails)
        actions.actionImportLibrary.triggered.connect(lambda: library_actions.import_library())
        actions.actionExportLibrary.triggered.connect(lambda: library_actions.export_library())
        actions.actionSettings.triggered.connect(self.open_settings)
        actions.actionAbout.triggered.connect(self.about)
        actions.actionUserGuide.triggered.connect(self.show_user_guide)

    def _program_changed(self) -> None:
        self.preview.schedule()
        self._update_actions()
        self._update_title()
        count = len(self.session.program.items)
        self.status_label.setText(
            fill(self.tr("%1 øvelser i programmet"), str(count)) if count != 1 else self.tr("1 øvelse i programmet")
        )

    def _update_actions(self) -> None:
        rows = self.program.selected_rows()
        self.actions.update(
            program_count=len(self.session.program.items),
            program_rows=rows,
            library_selected=bool(self.library.selected_ids()),
            variants=(self._variant(rows, "easier") is not None, self._variant(rows, "harder") is not None),
        )

    def _update_title(self) -> None:
        name = self.session.program.patient_name.strip() or self.tr("Nyt program")
        # ends with the app's display name, so Qt does not append it a second time
        self.window.setWindowTitle(f"{name}[*] – {APP_NAMES.get(self.language, APP_NAMES['da'])}")
        self.window.setWindowModified(self.session.is_dirty)

    def _restore_layout(self) -> None:
        """The splitter as last time (the frame has placed and sized the window itself)."""
        state = self.settings.get(app_settings.SPLITTER_STATE)
        if not (state and self.splitter.restoreState(QByteArray.fromBase64(state.encode("ascii", "replace")))):
            self.splitter.setSizes([330, 560, 476])

    def _save_layout(self) -> None:
        self.settings.set(app_settings.WINDOW_GEOMETRY, self.window.saved_geometry())
        self.settings.set(app_settings.SPLITTER_STATE, bytes(self.splitter.saveState().toBase64()).decode())

    # --- programme edits ---------------------------------------------------------------------------

    def add_exercises(self, ids: list[str], at: int | None = None) -> None:
        entries = []
        for ident in ids:
            exercise = self.records.exercise(ident)
            if exercise is not None:
                entries.append((exercise.id, exercise.dosage, exercise.title_in(self.language)))
        before = len(self.session.program.items)
        already = {item.exercise_id for item in self.session.program.items}
        self.session.add_exercises(entries, at)
        if entries:
            self.program.select_row(before + len(entries) - 1 if at is None or at < 0 else at)
            self._say_added(entries, already)

    def _say_added(self, entries: list, already: set[str]) -> None:
        """What was added, in the status bar: Enter in the search adds its first hit unseen."""
        twice = [title for ident, _dosage, title in entries if ident in already]
        if len(entries) == 1:
            text = fill(self.tr("Tilføjet: %1"), entries[0][2])
        else:
            text = fill(self.tr("%1 øvelser tilføjet"), str(len(entries)))
        if twice:
            text += " " + fill(self.tr("(%1 står nu to gange i programmet)"), ", ".join(twice))
            self.program.say(text)  # not only in the status bar: a duplicate is worth seeing
        self.window.statusBar().showMessage(text, 6000)

    def copy_journal_note(self) -> None:
        """The Danish journal note for the patient record, on the clipboard (issue 16, item 10)."""
        from ..services.journal_note import journal_note

        if not self.session.program.items:
            return
        QApplication.clipboard().setText(journal_note(handout_data(self.store, self.session.program)))
        text = self.tr("Journalnotatet er kopieret; sæt det ind i journalen.")
        self.program.say(text)
        self.window.statusBar().showMessage(text, 6000)

    def remove_selected(self) -> None:
        rows = self.program.selected_rows()
        if rows:
            self.session.remove_items(rows, [self.program_model.title(r) for r in rows])
            self.program.select_row(min(rows[0], len(self.session.program.items) - 1))

    def move_selected(self, step: int) -> None:
        rows = self.program.selected_rows()
        if len(rows) != 1:
            return
        row = rows[0]
        target = row + step
        if not 0 <= target < len(self.session.program.items):
            return
        self.session.move_item(row, target + 1 if step > 0 else target, self.program_model.title(row))
        self.program.select_row(target)

    def _variant(self, rows: list[int], direction: str):
        items = self.session.program.items
        if len(rows) != 1 or not 0 <= rows[0] < len(items):
            return None
        return self.records.variant(items[rows[0]].exercise_id, direction)

    def swap_variant(self, direction: str) -> None:
        """The selected row becomes its easier or harder variant, with the same dosage."""
        rows = self.program.selected_rows()
        variant = self._variant(rows, direction)
        if variant is None:
            return
        text = (
            self.tr("Skift «%1» til den lettere «%2»")
            if direction == "easier"
            else self.tr("Skift «%1» til den sværere «%2»")
        )
        text = text.replace("%1", self.program_model.title(rows[0])).replace("%2", variant.title_in(self.language))
        self.session.swap_item(rows[0], variant.id, text)
        self.program.select_row(rows[0])
        self._update_actions()

    # --- the library -------------------------------------------------------------------------------

    def edit_selected_exercise(self) -> None:
        """The exercise selected where the user is working: the programme if focus is there."""
        rows = self.program.selected_rows()
        in_program = self.program.isAncestorOf(QApplication.focusWidget()) if QApplication.focusWidget() else False
        ids = [] if in_program else self.library.selected_ids()
        if not ids and rows:
            ids = [self.session.program.items[rows[0]].exercise_id]
        if not ids:
            ids = self.library.selected_ids()
        if ids:
            self.edit_exercise(ids[0])

    def exercise_editor(self, exercise_id: str | None):
        from .exercise_editor import ExerciseEditor

        dialog = ExerciseEditor(self.store, exercise_id, self.language, self.window)
        dialog.saved.connect(self.library_changed)
        return dialog

    def edit_exercise(self, exercise_id: str | None) -> None:
        self.exercise_editor(exercise_id).exec()

    def library_changed(self, exercise_id: str = "") -> None:
        self.records.invalidate(exercise_id or None)
        self.thumbnails.forget()
        self.library.refresh()
        self.aids_model.reload()
        self.advice_model.reload()
        self.program_model.layoutChanged.emit()
        self.preview.schedule()

    # --- settings and help -------------------------------------------------------------------------

    def open_settings(self) -> None:
        from .settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.store, self.settings, self.window)
        if dialog.exec():
            if not self.session.program.therapist:
                self.session.set_field("therapist", self.store.settings.clinic().therapist_name)
            self.preview.schedule()

    def show_user_guide(self) -> None:
        from .user_guide import UserGuide

        UserGuide(self.window).exec()

    def about(self) -> None:
        from .. import __version__

        QMessageBox.about(
            self.window,
            self.tr("Om Øvelsesprogram"),
            fill(
                self.tr(
                    "Øvelsesprogram %1\n\nHjemmeøvelser til patienten på under et minut.\n"
                    "Patientens data bliver på klinikkens computer."
                ),
                __version__,
            ),
        )

    # --- closing -----------------------------------------------------------------------------------

    def may_close(self, ask: bool) -> bool:
        """The window is closing: False keeps it open (the user chose not to lose changes)."""
        if not self.lifecycle.may_close(ask):
            return False
        self._save_layout()
        return True

    def shown(self) -> None:
        """The window is on screen with the workbench in it: draw the preview, wake the renderer."""
        QTimer.singleShot(0, self.preview.schedule)
        QTimer.singleShot(0, self._focus_at_start)
        QTimer.singleShot(1000, self._warm_up_renderer)

    def _focus_at_start(self) -> None:
        """Typing goes somewhere at start: the search (the frame was shown before these fields existed)."""
        focused = QApplication.focusWidget()
        if focused is None or focused is self.window:
            self.library.search.setFocus(Qt.FocusReason.OtherFocusReason)

    def _warm_up_renderer(self) -> None:
        from . import render_process

        render_process.warm_up()
