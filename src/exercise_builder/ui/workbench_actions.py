"""The window's actions (QActions with the object names of the GUI contract), its menus and its
toolbar, and when each action is enabled. What an action does is wired by the workbench."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMainWindow, QToolBar, QWidget

from .icons import icon


class WorkbenchActions(QObject):
    def __init__(
        self, window: QMainWindow, undo_stack: QUndoStack, program_view: QWidget, shared_folder_actions: list[QAction]
    ) -> None:
        super().__init__(window)
        self.window = window
        self._make_actions(undo_stack)
        # Delete removes from the programme only in the programme's table: never from the library
        # list, and not while ticking aids or advice in the same pane
        self.actionRemoveExercise.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.window.removeAction(self.actionRemoveExercise)  # added to the window by _action: the whole window
        program_view.addAction(self.actionRemoveExercise)
        self._make_menus(shared_folder_actions)
        self._make_toolbar()

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

    def _make_actions(self, undo_stack: QUndoStack) -> None:
        self.actionNewProgram = self._action(
            "actionNewProgram",
            self.tr("&Nyt program"),
            "new",
            QKeySequence.StandardKey.New,
            self.tr("Start et nyt, tomt program"),
        )
        self.actionOpenProgram = self._action(
            "actionOpenProgram",
            self.tr("&Åbn program …"),
            "open",
            QKeySequence.StandardKey.Open,
            self.tr("Find et gemt program"),
        )
        self.actionSaveProgram = self._action(
            "actionSaveProgram",
            self.tr("&Gem program"),
            "save",
            QKeySequence.StandardKey.Save,
            self.tr("Gem programmet (Ctrl+S)"),
        )
        self.actionDuplicateProgram = self._action(
            "actionDuplicateProgram",
            self.tr("&Kopiér til opfølgning"),
            "duplicate",
            None,
            self.tr("Et nyt program med samme indhold og dagens dato"),
        )
        self.actionOpenFile = self._action("actionOpenFile", self.tr("Åbn program&fil …"), "", None)
        self.actionSaveFile = self._action("actionSaveFile", self.tr("Gem &som programfil …"), "", None)
        self.actionExportPdf = self._action(
            "actionExportPdf",
            self.tr("&Eksportér PDF …"),
            "export",
            "Ctrl+E",
            self.tr("Gem programmet som PDF (Ctrl+E)"),
        )
        self.actionPrint = self._action(
            "actionPrint",
            self.tr("&Udskriv …"),
            "print",
            QKeySequence.StandardKey.Print,
            self.tr("Udskriv programmet (Ctrl+P)"),
        )
        self.actionCopyJournalNote = self._action(
            "actionCopyJournalNote",
            self.tr("Kopiér til &journal"),
            "",
            "Ctrl+J",
            self.tr("Læg et journalnotat om programmet på udklipsholderen (Ctrl+J)"),
        )
        self.actionDeletePatient = self._action(
            "actionDeletePatient",
            self.tr("Slet en &patients data …"),
            "",
            None,
            self.tr("Slet alle programmer, kladder og sikkerhedskopier med en patients navn"),
        )
        self.actionQuit = self._action("actionQuit", self.tr("&Afslut"), "", QKeySequence.StandardKey.Quit)

        stack = undo_stack
        self.actionUndo = stack.createUndoAction(self.window, self.tr("Fortryd"))
        self.actionUndo.setObjectName("actionUndo")
        self.actionUndo.setIcon(icon("undo"))
        self.actionUndo.setShortcuts([QKeySequence("Ctrl+Z")])
        self.actionRedo = stack.createRedoAction(self.window, self.tr("Gentag"))
        self.actionRedo.setObjectName("actionRedo")
        self.actionRedo.setIcon(icon("redo"))
        self.actionRedo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.window.addActions([self.actionUndo, self.actionRedo])

        self.actionAddExercise = self._action(
            "actionAddExercise",
            self.tr("&Tilføj øvelse"),
            "add",
            None,
            self.tr("Tilføj de valgte øvelser til programmet (Enter)"),
        )
        self.actionRemoveExercise = self._action(
            "actionRemoveExercise",
            self.tr("&Fjern øvelse"),
            "remove",
            QKeySequence.StandardKey.Delete,
            self.tr("Fjern de valgte øvelser fra programmet (Delete)"),
        )
        self.actionMoveUp = self._action("actionMoveUp", self.tr("Flyt &op"), "up", "Ctrl+Up")
        self.actionMoveDown = self._action("actionMoveDown", self.tr("Flyt &ned"), "down", "Ctrl+Down")
        self.actionEasierVariant = self._action(
            "actionEasierVariant",
            self.tr("&Lettere variant"),
            "",
            "Ctrl+Shift+Down",
            self.tr("Skift øvelsen til sin lettere variant; doseringen er den samme"),
        )
        self.actionHarderVariant = self._action(
            "actionHarderVariant",
            self.tr("&Sværere variant"),
            "",
            "Ctrl+Shift+Up",
            self.tr("Skift øvelsen til sin sværere variant; doseringen er den samme"),
        )
        self.actionFind = self._action("actionFind", self.tr("&Søg i øvelser"), "search", QKeySequence.StandardKey.Find)

        self.actionStartFromTemplate = self._action(
            "actionStartFromTemplate", self.tr("&Start fra skabelon …"), "template"
        )
        self.actionSaveAsTemplate = self._action("actionSaveAsTemplate", self.tr("&Gem som skabelon …"))
        self.actionNewExercise = self._action("actionNewExercise", self.tr("&Ny øvelse …"), "new-exercise")
        self.actionEditExercise = self._action("actionEditExercise", self.tr("&Redigér øvelse …"), "edit")
        self.actionRebuildThumbnails = self._action("actionRebuildThumbnails", self.tr("Genopbyg &miniaturer"))
        self.actionImportLibrary = self._action("actionImportLibrary", self.tr("&Importér bibliotek …"))
        self.actionExportLibrary = self._action("actionExportLibrary", self.tr("&Eksportér bibliotek …"))
        self.actionSettings = self._action(
            "actionSettings", self.tr("&Indstillinger …"), "settings", QKeySequence.StandardKey.Preferences
        )
        self.actionUserGuide = self._action(
            "actionUserGuide", self.tr("&Vejledning"), "", QKeySequence.StandardKey.HelpContents
        )
        self.actionAbout = self._action("actionAbout", self.tr("&Om Øvelsesprogram"))

    def _make_menus(self, shared_folder_actions: list[QAction]) -> None:
        bar = self.window.menuBar()
        file_menu = bar.addMenu(self.tr("&Filer"))
        file_menu.addActions([self.actionNewProgram, self.actionOpenProgram])
        self.recent_menu = file_menu.addMenu(self.tr("&Seneste programmer"))
        self.recent_menu.setObjectName("recentProgramsMenu")
        file_menu.addActions([self.actionSaveProgram, self.actionDuplicateProgram])
        file_menu.addSeparator()
        file_menu.addActions([self.actionOpenFile, self.actionSaveFile])
        file_menu.addSeparator()
        file_menu.addActions([self.actionExportPdf, self.actionPrint, self.actionCopyJournalNote])
        file_menu.addSeparator()
        file_menu.addAction(self.actionDeletePatient)
        file_menu.addSeparator()
        file_menu.addAction(self.actionQuit)
        edit_menu = bar.addMenu(self.tr("&Redigér"))
        edit_menu.addActions([self.actionUndo, self.actionRedo])
        edit_menu.addSeparator()
        edit_menu.addActions(
            [self.actionFind, self.actionAddExercise, self.actionRemoveExercise, self.actionMoveUp, self.actionMoveDown]
        )
        edit_menu.addSeparator()
        edit_menu.addActions([self.actionEasierVariant, self.actionHarderVariant])
        template_menu = bar.addMenu(self.tr("S&kabeloner"))
        template_menu.addActions([self.actionStartFromTemplate, self.actionSaveAsTemplate])
        library_menu = bar.addMenu(self.tr("&Bibliotek"))
        library_menu.addActions([self.actionNewExercise, self.actionEditExercise])
        library_menu.addSeparator()
        library_menu.addActions([self.actionImportLibrary, self.actionExportLibrary])
        if shared_folder_actions:
            library_menu.addSeparator()
            library_menu.addActions(shared_folder_actions)
        library_menu.addSeparator()
        library_menu.addAction(self.actionRebuildThumbnails)
        settings_menu = bar.addMenu(self.tr("&Indstillinger"))
        settings_menu.addAction(self.actionSettings)
        help_menu = bar.addMenu(self.tr("&Hjælp"))
        help_menu.addActions([self.actionUserGuide, self.actionAbout])

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

    def update(
        self,
        *,
        program_count: int,
        program_rows: list[int],
        library_selected: bool,
        variants: tuple[bool, bool] = (False, False),
    ) -> None:
        """Enable what applies to the programme and the selections as they are now."""
        self.actionEasierVariant.setEnabled(variants[0])
        self.actionHarderVariant.setEnabled(variants[1])
        self.actionRemoveExercise.setEnabled(bool(program_rows))
        self.actionMoveUp.setEnabled(len(program_rows) == 1 and program_rows[0] > 0)
        self.actionMoveDown.setEnabled(len(program_rows) == 1 and program_rows[0] < program_count - 1)
        self.actionAddExercise.setEnabled(library_selected)
        for action in (self.actionExportPdf, self.actionPrint, self.actionSaveAsTemplate, self.actionCopyJournalNote):
            action.setEnabled(program_count > 0)
