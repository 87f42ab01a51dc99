"""The main window: library, programme and preview side by side, with the actions that join them."""

from __future__ import annotations

import base64
import importlib
import importlib.util
from pathlib import Path

from PySide6.QtCore import QByteArray, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (QApplication, QFileDialog, QInputDialog, QLabel, QMainWindow,
                               QMessageBox, QSplitter, QToolBar, QWidget)

from ..domain.models import Program, Template, TemplateAid, TemplateItem, new_id
from ..domain.program_file import ProgramFileError
from ..program_files import read_program_file, write_atomically, write_program_file
from ..store import ConcurrentEditError, Store
from . import settings as app_settings
from .checkable_model import CheckableCatalogueModel
from .handout_job import handout_request
from .icons import app_icon, icon
from .library_pane import LibraryPane
from .preview_pane import PreviewPane
from .printing import print_pdf
from .program_model import ProgramModel
from .program_pane import ProgramPane
from .program_session import Draft, ProgramSession
from .record_cache import RecordCache
from .settings import AppSettings
from .slugs import unique_slug
from .thumbnails import ThumbnailCache, rebuild_thumbnails
from .worker import TaskRunner


def _library_sharing():
    """The colleague's import/export module, when it is installed; None otherwise."""
    try:
        return importlib.import_module("exercise_builder.library_sharing")
    except ImportError:
        return None


class MainWindow(QMainWindow):
    def __init__(self, store: Store, settings: AppSettings, runner: TaskRunner, language: str = "da") -> None:
        super().__init__()
        self.store, self.settings, self.runner, self.language = store, settings, runner, language
        self.setObjectName("mainWindow")
        self.setWindowIcon(app_icon())
        self.records = RecordCache(store)
        self.thumbnails = ThumbnailCache(store.data_dir / "thumbnails", runner, parent=self)
        self.session = ProgramSession(store, settings, self)

        self.library = LibraryPane(store, self.records, self.thumbnails, language, self)
        self.program_model = ProgramModel(self.session, self.records, self.add_exercises, language, self)
        self.aids_model = CheckableCatalogueModel("aid", store, self.session, language, self)
        self.advice_model = CheckableCatalogueModel("advice", store, self.session, language, self)
        self.program = ProgramPane(self.session, self.program_model, self.aids_model, self.advice_model, self)
        self.preview = PreviewPane(runner, lambda: handout_request(store, self.session.program), self)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self, objectName="mainSplitter")
        for pane in (self.library, self.program, self.preview):
            self.splitter.addWidget(pane)
            self.splitter.setCollapsible(self.splitter.indexOf(pane), False)
        self.library.setMinimumWidth(240)
        self.program.setMinimumWidth(380)
        self.preview.setMinimumWidth(260)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setStretchFactor(2, 4)
        self.setCentralWidget(self.splitter)

        self._make_actions()
        self.shared_folder = None
        if importlib.util.find_spec("exercise_builder.library_sharing") is not None:
            from .shared_folder import SharedFolder

            self.shared_folder = SharedFolder(self, store, runner, self.library_changed)
        self._make_menus()
        self._make_toolbar()
        self.status_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.status_label)

        self.library.addRequested.connect(self.add_exercises)
        self.library.set_view_mode(settings.get(app_settings.LIBRARY_VIEW_MODE))
        self.library.viewModeChanged.connect(lambda mode: settings.set(app_settings.LIBRARY_VIEW_MODE, mode))
        self.session.changed.connect(self._program_changed)
        self.session.dirtyChanged.connect(self._update_title)
        self.program.view.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.library.view.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.library.view.selectionModel().currentChanged.connect(lambda *_: self._update_actions())

        QWidget.setTabOrder(self.library.search, self.library.view)
        QWidget.setTabOrder(self.library.view, self.program.patient)
        self.resize(1366, 768)
        self._restore_layout()
        self._program_changed()

    # --- actions -----------------------------------------------------------------------------------

    def _action(self, name: str, text: str, icon_name: str = "", shortcut=None, tip: str = "") -> QAction:
        action = QAction(icon(icon_name) if icon_name else QAction().icon(), text, self)
        action.setObjectName(name)
        if shortcut is not None:
            shortcuts = shortcut if isinstance(shortcut, list) else [shortcut]
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
        if tip:
            action.setToolTip(tip)
            action.setStatusTip(tip)
        self.addAction(action)
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
        self.actionUndo = stack.createUndoAction(self, self.tr("Fortryd"))
        self.actionUndo.setObjectName("actionUndo")
        self.actionUndo.setIcon(icon("undo"))
        self.actionUndo.setShortcuts([QKeySequence("Ctrl+Z")])
        self.actionRedo = stack.createRedoAction(self, self.tr("Annuller fortryd"))
        self.actionRedo.setObjectName("actionRedo")
        self.actionRedo.setIcon(icon("redo"))
        self.actionRedo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.addActions([self.actionUndo, self.actionRedo])

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
        self.actionExportPdf.triggered.connect(self.export_pdf)
        self.actionPrint.triggered.connect(self.print_program)
        self.actionQuit.triggered.connect(self.close)
        self.actionDeletePatient.triggered.connect(self.delete_patient)
        self.actionAddExercise.triggered.connect(self.library.add_selected)
        self.actionRemoveExercise.triggered.connect(self.remove_selected)
        self.actionMoveUp.triggered.connect(lambda: self.move_selected(-1))
        self.actionMoveDown.triggered.connect(lambda: self.move_selected(+1))
        self.actionFind.triggered.connect(self.library.focus_search)
        self.actionStartFromTemplate.triggered.connect(self.start_from_template)
        self.actionSaveAsTemplate.triggered.connect(self.save_as_template)
        self.actionNewExercise.triggered.connect(lambda: self.edit_exercise(None))
        self.actionEditExercise.triggered.connect(self.edit_selected_exercise)
        self.actionRebuildThumbnails.triggered.connect(self.rebuild_thumbnails)
        self.actionImportLibrary.triggered.connect(self.import_library)
        self.actionExportLibrary.triggered.connect(self.export_library)
        self.actionSettings.triggered.connect(self.open_settings)
        self.actionAbout.triggered.connect(self.about)
        sharing = importlib.util.find_spec("exercise_builder.library_sharing") is not None
        self.actionImportLibrary.setVisible(sharing)
        self.actionExportLibrary.setVisible(sharing)

    def _make_menus(self) -> None:
        bar = self.menuBar()
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
        toolbar = QToolBar(self.tr("Værktøjslinje"), self)
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
        self.addToolBar(toolbar)

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
        self.setWindowTitle(f"{name}[*] – {self.tr('Øvelsesprogram')}")
        self.setWindowModified(self.session.is_dirty)

    def _restore_layout(self) -> None:
        geometry = self.settings.get(app_settings.WINDOW_GEOMETRY)
        if geometry:
            self.restoreGeometry(QByteArray(base64.b64decode(geometry)))
        state = self.settings.get(app_settings.SPLITTER_STATE)
        if state:
            self.splitter.restoreState(QByteArray(base64.b64decode(state)))
        else:
            self.splitter.setSizes([330, 560, 476])

    def _save_layout(self) -> None:
        self.settings.set(app_settings.WINDOW_GEOMETRY, base64.b64encode(bytes(self.saveGeometry())).decode())
        self.settings.set(app_settings.SPLITTER_STATE, base64.b64encode(bytes(self.splitter.saveState())).decode())

    # --- programme edits ---------------------------------------------------------------------------

    def add_exercises(self, ids: list[str], at: int | None = None) -> None:
        entries = []
        for ident in ids:
            exercise = self.records.exercise(ident)
            if exercise is not None:
                entries.append((exercise.id, exercise.dosage, exercise.title_in(self.language)))
        before = len(self.session.program.items)
        self.session.add_exercises(entries, at)
        if entries:
            self.program.select_row(before + len(entries) - 1 if at is None or at < 0 else at)

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
        answer = QMessageBox.question(
            self, self.tr("Gem ændringer?"),
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
            QMessageBox.warning(self, self.tr("Ikke gemt"), str(error) + "\n\n" + self.tr(
                "Brug »Kopiér til opfølgning« for at gemme dine ændringer som et nyt program."))
            return False
        self.statusBar().showMessage(self.tr("Programmet er gemt."), 3000)
        return True

    def open_program(self) -> None:
        from .open_program_dialog import OpenProgramDialog

        if not self.confirm_discard():
            return
        dialog = OpenProgramDialog(self.store, self)
        if dialog.exec() and dialog.chosen_program is not None:
            self.session.replace(dialog.chosen_program, dirty=dialog.chosen_program.version == 0)

    def duplicate_program(self) -> None:
        program = self.session.program
        copy = program.with_(id=new_id(), version=0, handed_out=False, parent_id=program.id if program.version else "",
                             date=Program().date)
        self.session.discard_draft()
        self.session.replace(copy, dirty=True)
        self.statusBar().showMessage(self.tr("En kopi til opfølgningen er klar; den er ikke gemt endnu."), 5000)

    def open_program_file(self) -> None:
        if not self.confirm_discard():
            return
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Åbn programfil"), "",
                                              self.tr("Programfiler (*.ebprog)"))
        if not path:
            return
        try:
            program = read_program_file(self.store, Path(path))
        except ProgramFileError as error:
            QMessageBox.warning(self, self.tr("Filen kunne ikke åbnes"), str(error))
            return
        existing = self.store.programs.load(program.id)
        if existing is not None:
            program = program.with_(id=new_id())
        self.session.replace(program, dirty=True)

    def save_program_file(self) -> None:
        name = (self.session.program.patient_name or self.tr("program")).strip()
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Gem programfil"), f"{name}.ebprog",
                                              self.tr("Programfiler (*.ebprog)"))
        if path:
            if not path.endswith(".ebprog"):
                path += ".ebprog"
            write_program_file(self.session.program, Path(path))

    def delete_patient(self, name: str | None = None) -> bool:
        """Remove every programme, draft and backup holding this patient (privacy.md)."""
        from ..store.privacy import delete_patient

        if name is None:
            name, ok = QInputDialog.getText(self, self.tr("Slet en patients data"),
                                            self.tr("Patientens navn (præcis som i programmerne):"),
                                            text=self.session.program.patient_name)
            if not ok:
                return False
        name = name.strip()
        if not name:
            return False
        answer = QMessageBox.question(
            self, self.tr("Slet en patients data"),
            self.tr("Slet alle programmer, kladder og sikkerhedskopier med »%1«? Det kan ikke fortrydes.")
            .replace("%1", name), QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        if self.session.program.patient_name.strip() == name:
            self.session.forget_changes()
            self.session.new()
        result = delete_patient(self.store, name)
        text = (self.tr("Slettet: %1 programmer, %2 kladder og %3 sikkerhedskopier.")
                .replace("%1", str(result.programs)).replace("%2", str(result.drafts))
                .replace("%3", str(len(result.backups_removed))))
        if result.problems:
            QMessageBox.warning(self, self.tr("Slet en patients data"), text + "\n\n" + "\n".join(result.problems))
        else:
            self.statusBar().showMessage(text, 8000)
        return True

    # --- handing out -------------------------------------------------------------------------------

    def render_pdf_now(self) -> bytes:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            from . import render_process

            return render_process.render(handout_request(self.store, self.session.program))
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
        program = self.session.program
        folder = self.settings.get(app_settings.LAST_EXPORT_DIR)
        name = "-".join(filter(None, (self.tr("Øvelsesprogram"), program.patient_name.strip(), program.date)))
        suggestion = str(Path(folder) / f"{name}.pdf") if folder else f"{name}.pdf"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Eksportér PDF"), suggestion, self.tr("PDF (*.pdf)"))
        if not path:
            return None
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_suffix(".pdf")
        try:
            write_atomically(target, self.render_pdf_now())
        except OSError as error:
            QMessageBox.warning(self, self.tr("PDF ikke gemt"),
                                self.tr("PDF'en kunne ikke gemmes: %1").replace("%1", error.strerror or str(error)))
            return None
        self.settings.set(app_settings.LAST_EXPORT_DIR, str(target.parent))
        self._hand_out()
        self.statusBar().showMessage(self.tr("PDF gemt: %1").replace("%1", target.name), 5000)
        return target

    def print_program(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.windowTitle().replace("[*]", ""))
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        pages = print_pdf(self.render_pdf_now(), printer)
        if pages:
            self._hand_out()
            self.statusBar().showMessage(self.tr("%1 sider sendt til printeren").replace("%1", str(pages)), 5000)

    # --- templates ---------------------------------------------------------------------------------

    def start_from_template(self) -> None:
        templates = self.store.catalogue.all("template")
        if not templates:
            return
        titles = [template.title_in(self.language) for template in templates]
        title, ok = QInputDialog.getItem(self, self.tr("Start fra skabelon"), self.tr("Skabelon:"), titles, 0, False)
        if ok and title in titles:
            self.apply_template(templates[titles.index(title)])

    def apply_template(self, template: Template) -> None:
        resolve = self.store.catalogue.resolve
        missing = self.session.start_from_template(
            template, lambda r: resolve("exercise", r), lambda r: resolve("aid", r),
            lambda r: resolve("advice", r), template.title_in(self.language))
        if missing:
            self.statusBar().showMessage(self.tr("Skabelonen nævner noget, der ikke findes: %1")
                                         .replace("%1", ", ".join(missing)), 8000)

    def save_as_template(self) -> Template | None:
        title, ok = QInputDialog.getText(self, self.tr("Gem som skabelon"), self.tr("Skabelonens navn:"))
        if not ok or not title.strip():
            return None
        return self.save_template(title.strip())

    def save_template(self, title: str) -> Template:
        program = self.session.program
        slug = unique_slug(f"skabelon {title}", self.store.catalogue.resolve)
        template = Template(
            id=new_id(), slug=slug, title={"da": title}, frequency=program.frequency,
            items=tuple(TemplateItem(item.exercise_id, item.dosage, item.note) for item in program.items),
            aids=tuple(TemplateAid(aid.aid_id, aid.note) for aid in program.aids),
            advice=tuple(program.advice))
        self.store.catalogue.save("template", template)
        self.statusBar().showMessage(self.tr("Skabelonen »%1« er gemt.").replace("%1", title), 5000)
        return template

    # --- the library -------------------------------------------------------------------------------

    def edit_selected_exercise(self) -> None:
        ids = self.library.selected_ids()
        if not ids:
            rows = self.program.selected_rows()
            ids = [self.session.program.items[rows[0]].exercise_id] if rows else []
        if ids:
            self.edit_exercise(ids[0])

    def exercise_editor(self, exercise_id: str | None):
        from .exercise_editor import ExerciseEditor

        dialog = ExerciseEditor(self.store, exercise_id, self.language, self)
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

    def rebuild_thumbnails(self):
        jobs = self.thumbnails.rebuild_jobs(self.library.all_picture_paths())
        return self.runner.run_with_progress(
            self, self.tr("Genopbygger miniaturer …"), rebuild_thumbnails, jobs, self.thumbnails.size,
            on_result=lambda _n: self.library_changed(),
            on_error=lambda message: QMessageBox.warning(self, self.tr("Miniaturer"), message))

    def import_library(self, path: Path | None = None):
        sharing = _library_sharing()
        if sharing is None:
            return None
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Importér bibliotek"), "",
                                                    self.tr("Biblioteker (*.eblib)"))
            if not chosen:
                return None
            path = Path(chosen)
        from .library_sharing_task import preview_task

        return self.runner.run_with_progress(
            self, self.tr("Læser biblioteket …"), preview_task, sharing, self.store.data_dir, path,
            on_result=lambda preview: self._confirm_import(sharing, preview),
            on_error=lambda message: QMessageBox.warning(self, self.tr("Importér bibliotek"), message),
            context=True)

    def _confirm_import(self, sharing, preview) -> None:
        policies = {self.tr("Behold mine ændringer"): "keep-mine",
                    self.tr("Tag deres version"): "take-theirs",
                    self.tr("Behold begge"): "keep-both"}
        counts = preview.counts
        question = self.tr("»%1« indeholder %2 elementer: %3 nye, %4 opdaterede, %5 i konflikt med "
                           "dine ændringer.\n\nHvad skal der ske ved konflikter?")
        for number, value in enumerate((preview.meta.name, len(preview.planned), counts.get("new", 0),
                                        counts.get("updated-upstream", 0), counts.get("conflict", 0)), 1):
            question = question.replace(f"%{number}", str(value))
        choice, ok = QInputDialog.getItem(self, self.tr("Importér bibliotek"), question, list(policies), 0, False)
        if not ok:
            return
        from .library_sharing_task import apply_task

        self.runner.run_with_progress(
            self, self.tr("Importerer bibliotek …"), apply_task, sharing, self.store.data_dir, preview,
            policies[choice],
            on_result=lambda _result: (self.library_changed(),
                                       self.statusBar().showMessage(self.tr("Biblioteket er importeret."), 5000)),
            on_error=lambda message: QMessageBox.warning(self, self.tr("Importér bibliotek"), message),
            context=True)

    def export_library(self, path: Path | None = None, scope: str | None = None):
        sharing = _library_sharing()
        if sharing is None:
            return None
        if scope is None:
            scopes = {self.tr("Hele biblioteket"): "all", self.tr("Kun klinikkens egne øvelser"): "custom"}
            choice, ok = QInputDialog.getItem(self, self.tr("Eksportér bibliotek"), self.tr("Hvad skal med?"),
                                              list(scopes), 1, False)
            if not ok:
                return None
            scope = scopes[choice]
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Eksportér bibliotek"), "bibliotek.eblib",
                                                    self.tr("Biblioteker (*.eblib)"))
            if not chosen:
                return None
            path = Path(chosen)
        from .library_sharing_task import export_task

        return self.runner.run_with_progress(
            self, self.tr("Eksporterer bibliotek …"), export_task, sharing, self.store.data_dir, path, scope,
            on_result=lambda _report: self.statusBar().showMessage(
                self.tr("Biblioteket er gemt: %1").replace("%1", path.name), 5000),
            on_error=lambda message: QMessageBox.warning(self, self.tr("Eksportér bibliotek"), message),
            context=True)

    # --- settings and help -------------------------------------------------------------------------

    def open_settings(self) -> None:
        from .settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.store, self.settings, self)
        if dialog.exec():
            if not self.session.program.therapist:
                self.session.set_field("therapist", self.store.settings.clinic().therapist_name)
            self.preview.schedule()

    def about(self) -> None:
        from .. import __version__

        QMessageBox.about(self, self.tr("Om Øvelsesprogram"), self.tr(
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
        answer = QMessageBox.question(
            self, self.tr("Gendan program?"),
            self.tr("Et program (%1) blev ikke gemt, sidst programmet lukkede. Vil du gendanne det?")
            .replace("%1", who),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
        if answer == QMessageBox.StandardButton.Yes:
            self.restore_draft()
        else:
            self.session.drop_pending_draft()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.isVisible() and not self.confirm_discard():
            event.ignore()
            return
        self.session.close()
        self._save_layout()
        event.accept()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self.preview.schedule)
        QTimer.singleShot(1000, self._warm_up_renderer)

    def _warm_up_renderer(self) -> None:
        from . import render_process

        render_process.warm_up()

    def clipboard(self):
        return QGuiApplication.clipboard()
