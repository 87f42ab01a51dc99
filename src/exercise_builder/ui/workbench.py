"""The workbench inside the main window: library, programme and preview side by side, the
actions that join them, and the programme's life (save, open, drafts, closing).

It builds into a MainWindow frame (ui/main_window.py); dialogs and widgets take the window as
their parent, and the window hands its callers the workbench's parts (window.library …).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMessageBox, QSplitter, QToolBar, QWidget

from ..domain.models import Program, new_id
from ..domain.program_file import ProgramFileError
from ..services.handout_jobs import handout_data
from ..services.program_io import read_program_file, write_program_file
from ..store import ConcurrentEditError, Store
from . import settings as app_settings
from .checkable_model import CheckableCatalogueModel
from .handing_out import HandingOut
from .icons import app_icon, icon
from .library_actions import LibraryActions
from .library_pane import LibraryPane
from .main_window import MainWindow
from .patient_data import PatientData
from .preview_pane import PreviewPane
from .program_model import ProgramModel
from .program_pane import ProgramPane
from .program_session import Draft, ProgramSession
from .record_cache import RecordCache
from .settings import AppSettings
from .template_actions import TemplateActions
from .thumbnails import ThumbnailCache
from .worker import TaskRunner


class Workbench(QObject):
    def __init__(self, window: MainWindow, store: Store, settings: AppSettings, runner: TaskRunner,
                 language: str = "da") -> None:
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
        self.aids_model = CheckableCatalogueModel("aid", store, self.session, language, self)
        self.advice_model = CheckableCatalogueModel("advice", store, self.session, language, self)
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

        self.handing_out = HandingOut(window, store, self.session, settings)
        self.templates = TemplateActions(window, store, self.session, language)
        self.library_actions = LibraryActions(window, store, runner)
        self.patient_data = PatientData(window, store, self.session)
        self._make_actions()
        from .shared_folder import SharedFolder

        self.shared_folder = SharedFolder(window, store, runner, self.library_changed)
        self._make_menus()
        self._make_toolbar()
        self.status_label = QLabel(window)
        self.window.statusBar().addPermanentWidget(self.status_label)
        if not store.settings.clinic().name.strip():  # first run: the handout has no clinic header yet
            self.window.statusBar().showMessage(self.tr(
                "Tip: Skriv klinikkens navn, adresse og telefon under Indstillinger, "
                "så står de øverst på udleveringen."))

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
        chain = [library.search, library.view, library.region, library.position, library.tag, library.aid,
                 library.origin, library.grid_button,
                 program.patient, program.date, program.therapist, program.frequency, program.view, program.tabs,
                 program.aids, program.advice, program.layout_choice, program.language, program.large_print,
                 program.diary, program.message, self.preview.view]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    # --- actions -----------------------------------------------------------------------------------

    def _action(self, name: str, text: str, icon_name: str = "", shortcut=None, tip: str = "") -> QAction:
        action = QAction(icon(icon_name) if icon_name else QAction().icon(), text, self.window)
        action.setObjectName(name)
        if shortcut is not None:
            shortcuts = shortcut if isinstance(shortcut, list) else [shortcut]
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
        if tip:
            action.setToolTip(tip)
            action.setStatusTip(tip)
        self.window.addAction(action)
        return action

    def _make_actions(self) -> None:
        self.actionNewProgram = self._action("actionNewProgram", self.tr("&Nyt program"), "new",
                                             QKeySequence.StandardKey.New, self.tr("Start et nyt, tomt program"))
        self.actionOpenProgram = self._action("actionOpenProgram", self.tr("&Åbn program …"), "open",
                                              QKeySequence.StandardKey.Open, self.tr("Find et gemt program"))
        self.actionSaveProgram = self._action("actionSaveProgram", self.tr("&Gem program"), "save",
                                              QKeySequence.StandardKey.Save, self.tr("Gem programmet (Ctrl+S)"))
        self.actionDuplicateProgram = self._action("actionDuplicateProgram", self.tr("&Kopiér til opfølgning"),
                                                   "duplicate", None,
                                                   self.tr("Et nyt program med samme indhold og dagens dato"))
        self.actionOpenFile = self._action("actionOpenFile", self.tr("Åbn program&fil …"), "", None)
        self.actionSaveFile = self._action("actionSaveFile", self.tr("Gem &som programfil …"), "", None)
        self.actionExportPdf = self._action("actionExportPdf", self.tr("&Eksportér PDF …"), "export",
                                            "Ctrl+E", self.tr("Gem programmet som PDF (Ctrl+E)"))
        self.actionPrint = self._action("actionPrint", self.tr("&Udskriv …"), "print",
                                        QKeySequence.StandardKey.Print, self.tr("Udskriv programmet (Ctrl+P)"))
        self.actionDeletePatient = self._action("actionDeletePatient", self.tr("Slet en &patients data …"), "",
                                                None, self.tr("Slet alle programmer, kladder og sikkerhedskopier "
                                                              "med en patients navn"))
        self.actionQuit = self._action("actionQuit", self.tr("&Afslut"), "", QKeySequence.StandardKey.Quit)

        stack = self.session.undo_stack
        self.actionUndo = stack.createUndoAction(self.window, self.tr("Fortryd"))
        self.actionUndo.setObjectName("actionUndo")
        self.actionUndo.setIcon(icon("undo"))
        self.actionUndo.setShortcuts([QKeySequence("Ctrl+Z")])
        self.actionRedo = stack.createRedoAction(self.window, self.tr("Gentag"))
        self.actionRedo.setObjectName("actionRedo")
        self.actionRedo.setIcon(icon("redo"))
        self.actionRedo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.window.addActions([self.actionUndo, self.actionRedo])

        self.actionAddExercise = self._action("actionAddExercise", self.tr("&Tilføj øvelse"), "add", None,
                                              self.tr("Tilføj de valgte øvelser til programmet (Enter)"))
        self.actionRemoveExercise = self._action("actionRemoveExercise", self.tr("&Fjern øvelse"), "remove",
                                                 QKeySequence.StandardKey.Delete,
                                                 self.tr("Fjern de valgte øvelser fra programmet (Delete)"))
        self.actionMoveUp = self._action("actionMoveUp", self.tr("Flyt &op"), "up", "Ctrl+Up")
        self.actionMoveDown = self._action("actionMoveDown", self.tr("Flyt &ned"), "down", "Ctrl+Down")
        self.actionFind = self._action("actionFind", self.tr("&Søg i øvelser"), "search",
                                       QKeySequence.StandardKey.Find)

        self.actionStartFromTemplate = self._action("actionStartFromTemplate", self.tr("&Start fra skabelon …"),
                                                    "template")
        self.actionSaveAsTemplate = self._action("actionSaveAsTemplate", self.tr("&Gem som skabelon …"))
        self.actionNewExercise = self._action("actionNewExercise", self.tr("&Ny øvelse …"), "new-exercise")
        self.actionEditExercise = self._action("actionEditExercise", self.tr("&Redigér øvelse …"), "edit")
        self.actionRebuildThumbnails = self._action("actionRebuildThumbnails", self.tr("Genopbyg &miniaturer"))
        self.actionImportLibrary = self._action("actionImportLibrary", self.tr("&Importér bibliotek …"))
        self.actionExportLibrary = self._action("actionExportLibrary", self.tr("&Eksportér bibliotek …"))
        self.actionSettings = self._action("actionSettings", self.tr("&Indstillinger …"), "settings",
                                           QKeySequence.StandardKey.Preferences)
        self.actionAbout = self._action("actionAbout", self.tr("&Om Øvelsesprogram"))

        self.actionNewProgram.triggered.connect(self.new_program)
        self.actionOpenProgram.triggered.connect(self.open_program)
        self.actionSaveProgram.triggered.connect(self.save_program)
        self.actionDuplicateProgram.triggered.connect(self.duplicate_program)
        self.actionOpenFile.triggered.connect(self.open_program_file)
        self.actionSaveFile.triggered.connect(self.save_program_file)
        self.actionExportPdf.triggered.connect(self.handing_out.export_pdf)
        self.actionPrint.triggered.connect(self.handing_out.print_program)
        self.actionQuit.triggered.connect(self.window.close)
        self.actionDeletePatient.triggered.connect(lambda: self.patient_data.delete_patient())
        self.actionAddExercise.triggered.connect(self.library.add_selected)
        self.actionRemoveExercise.triggered.connect(self.remove_selected)
        # Delete removes from the programme only in the programme's table: never from the library
        # list, and not while ticking aids or advice in the same pane
        self.actionRemoveExercise.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.window.removeAction(self.actionRemoveExercise)  # added to the window by _action: the whole window
        self.program.view.addAction(self.actionRemoveExercise)
        self.actionMoveUp.triggered.connect(lambda: self.move_selected(-1))
        self.actionMoveDown.triggered.connect(lambda: self.move_selected(+1))
        self.actionFind.triggered.connect(self.library.focus_search)
        self.actionStartFromTemplate.triggered.connect(self.templates.start_from_template)
        self.actionSaveAsTemplate.triggered.connect(self.templates.save_as_template)
        self.actionNewExercise.triggered.connect(lambda: self.edit_exercise(None))
        self.actionEditExercise.triggered.connect(self.edit_selected_exercise)
        self.actionRebuildThumbnails.triggered.connect(self.library_actions.rebuild_thumbnails)
        self.actionImportLibrary.triggered.connect(lambda: self.library_actions.import_library())
        self.actionExportLibrary.triggered.connect(lambda: self.library_actions.export_library())
        self.actionSettings.triggered.connect(self.open_settings)
        self.actionAbout.triggered.connect(self.about)

    def _make_menus(self) -> None:
        bar = self.window.menuBar()
        file_menu = bar.addMenu(self.tr("&Filer"))
        file_menu.addActions([self.actionNewProgram, self.actionOpenProgram, self.actionSaveProgram,
                              self.actionDuplicateProgram])
        file_menu.addSeparator()
        file_menu.addActions([self.actionOpenFile, self.actionSaveFile])
        file_menu.addSeparator()
        file_menu.addActions([self.actionExportPdf, self.actionPrint])
        file_menu.addSeparator()
        file_menu.addAction(self.actionDeletePatient)
        file_menu.addSeparator()
        file_menu.addAction(self.actionQuit)
        edit_menu = bar.addMenu(self.tr("&Redigér"))
        edit_menu.addActions([self.actionUndo, self.actionRedo])
        edit_menu.addSeparator()
        edit_menu.addActions([self.actionFind, self.actionAddExercise, self.actionRemoveExercise,
                              self.actionMoveUp, self.actionMoveDown])
        template_menu = bar.addMenu(self.tr("S&kabeloner"))
        template_menu.addActions([self.actionStartFromTemplate, self.actionSaveAsTemplate])
        library_menu = bar.addMenu(self.tr("&Bibliotek"))
        library_menu.addActions([self.actionNewExercise, self.actionEditExercise])
        library_menu.addSeparator()
        library_menu.addActions([self.actionImportLibrary, self.actionExportLibrary])
        if self.shared_folder is not None:
            library_menu.addSeparator()
            library_menu.addActions(self.shared_folder.actions())
        library_menu.addSeparator()
        library_menu.addAction(self.actionRebuildThumbnails)
        settings_menu = bar.addMenu(self.tr("&Indstillinger"))
        settings_menu.addAction(self.actionSettings)
        help_menu = bar.addMenu(self.tr("&Hjælp"))
        help_menu.addAction(self.actionAbout)

    def _make_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Værktøjslinje"), self.window)
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setIconSize(QSize(20, 20))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addActions([self.actionNewProgram, self.actionOpenProgram, self.actionSaveProgram])
        toolbar.addSeparator()
        toolbar.addActions([self.actionUndo, self.actionRedo])
        toolbar.addSeparator()
        toolbar.addActions([self.actionAddExercise, self.actionRemoveExercise])
        toolbar.addSeparator()
        toolbar.addActions([self.actionExportPdf, self.actionPrint])
        for action in (self.actionUndo, self.actionRedo, self.actionRemoveExercise, self.actionOpenProgram):
            button = toolbar.widgetForAction(action)
            if button is not None:
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        for action in toolbar.actions():
            button = toolbar.widgetForAction(action)
            if button is not None and action.text():
                button.setAccessibleName(action.text().replace("&", "").rstrip(" …"))
        self.window.addToolBar(toolbar)

    # --- state -------------------------------------------------------------------------------------

    def _program_changed(self) -> None:
        self.preview.schedule()
        self._update_actions()
        self._update_title()
        count = len(self.session.program.items)
        self.status_label.setText(self.tr("%1 øvelser i programmet").replace("%1", str(count))
                                  if count != 1 else self.tr("1 øvelse i programmet"))

    def _update_actions(self) -> None:
        has_items = bool(self.session.program.items)
        self.actionRemoveExercise.setEnabled(bool(self.program.selected_rows()))
        rows = self.program.selected_rows()
        self.actionMoveUp.setEnabled(len(rows) == 1 and rows[0] > 0)
        self.actionMoveDown.setEnabled(len(rows) == 1 and rows[0] < len(self.session.program.items) - 1)
        self.actionAddExercise.setEnabled(bool(self.library.selected_ids()))
        for action in (self.actionExportPdf, self.actionPrint, self.actionSaveAsTemplate):
            action.setEnabled(has_items)

    def _update_title(self) -> None:
        name = self.session.program.patient_name.strip() or self.tr("Nyt program")
        self.window.setWindowTitle(f"{name}[*] – {self.tr('Øvelsesprogram')}")
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
            text = self.tr("Tilføjet: %1").replace("%1", entries[0][2])
        else:
            text = self.tr("%1 øvelser tilføjet").replace("%1", str(len(entries)))
        if twice:
            text += " " + self.tr("(%1 står nu to gange i programmet)").replace("%1", ", ".join(twice))
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

    # --- programmes --------------------------------------------------------------------------------

    def confirm_discard(self) -> bool:
        """True if the open programme may be replaced (saved, or the user agrees)."""
        if not self.session.is_dirty:
            return True
        answer = QMessageBox.question(self.window, self.tr("Gem ændringer?"),
            self.tr("Programmet har ændringer, der ikke er gemt. Vil du gemme dem først?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return self.save_program()
        if answer == QMessageBox.StandardButton.Discard:
            self.session.forget_changes()
            return True
        return False

    def new_program(self) -> None:
        if self.confirm_discard():
            self.session.new()
            self.program.patient.setFocus()

    def save_program(self) -> bool:
        try:
            self.session.save()
        except ConcurrentEditError as error:
            QMessageBox.warning(self.window, self.tr("Ikke gemt"), str(error) + "\n\n" + self.tr(
                "Brug »Kopiér til opfølgning« for at gemme dine ændringer som et nyt program."))
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

    def duplicate_program(self) -> None:
        program = self.session.program
        copy = program.with_(id=new_id(), version=0, handed_out=False, parent_id=program.id if program.version else "",
                             date=Program().date)
        self.session.discard_draft()
        self.session.replace(copy, dirty=True)
        self.window.statusBar().showMessage(self.tr("En kopi til opfølgningen er klar; den er ikke gemt endnu."), 5000)

    def open_program_file(self) -> None:
        if not self.confirm_discard():
            return
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Åbn programfil"), "",
                                              self.tr("Programfiler (*.ebprog)"))
        if not path:
            return
        try:
            program = read_program_file(self.store, Path(path))
        except ProgramFileError as error:
            QMessageBox.warning(self.window, self.tr("Filen kunne ikke åbnes"), str(error))
            return
        existing = self.store.programs.load(program.id)
        if existing is not None:
            program = program.with_(id=new_id())
        self.session.replace(program, dirty=True)

    def save_program_file(self) -> None:
        name = (self.session.program.patient_name or self.tr("program")).strip()
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Gem programfil"), f"{name}.ebprog",
                                              self.tr("Programfiler (*.ebprog)"))
        if path:
            if not path.endswith(".ebprog"):
                path += ".ebprog"
            try:
                write_program_file(self.session.program, Path(path))
            except OSError as error:
                QMessageBox.warning(self.window, self.tr("Programfilen er ikke gemt"), self.tr(
                    "Programfilen kunne ikke gemmes: %1").replace("%1", error.strerror or str(error)))
                return
            self.window.statusBar().showMessage(self.tr("Programfilen er gemt: %1").replace("%1", Path(path).name), 5000)

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

    def about(self) -> None:
        from .. import __version__

        QMessageBox.about(self.window, self.tr("Om Øvelsesprogram"), self.tr(
            "Øvelsesprogram %1\n\nHjemmeøvelser til patienten på under et minut.\n"
            "Patientens data bliver på klinikkens computer.").replace("%1", __version__))

    # --- drafts and closing ------------------------------------------------------------------------

    def pending_draft(self) -> Draft | None:
        return self.session.pending_draft()

    def restore_draft(self) -> Program | None:
        return self.session.restore_draft()

    def offer_draft(self) -> None:
        """Ask whether to restore a programme left unsaved by a crash (run_gui calls this)."""
        draft = self.pending_draft()
        if draft is None:
            return
        who = draft.patient_name or self.tr("uden navn")
        answer = QMessageBox.question(self.window, self.tr("Gendan program?"),
            self.tr("Et program (%1) blev ikke gemt, sidst programmet lukkede. Vil du gendanne det?")
            .replace("%1", who),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
        if answer == QMessageBox.StandardButton.Yes and self.restore_draft() is not None:
            return
        if answer == QMessageBox.StandardButton.Yes:
            QMessageBox.warning(self.window, self.tr("Gendan program?"),
                                self.tr("Kladden kunne ikke læses (den nævner måske en øvelse, der er slettet)."))
        self.session.drop_pending_draft()

    def may_close(self, ask: bool) -> bool:
        """The window is closing: False keeps it open (the user chose not to lose changes)."""
        if ask and not self.confirm_discard():
            return False
        self.session.close()
        self._save_layout()
        return True

    def shown(self) -> None:
        """The window is on screen with the workbench in it: draw the preview, wake the renderer."""
        QTimer.singleShot(0, self.preview.schedule)
        QTimer.singleShot(1000, self._warm_up_renderer)

    def _warm_up_renderer(self) -> None:
        from . import render_process

        render_process.warm_up()

