"""The window's documented shortcuts win over a text field's own keys.

Under X11, KDE and GNOME keyboard schemes a QLineEdit claims Ctrl+E (end of line, as in
Emacs) and more through ShortcutOverride, so Ctrl+E did nothing while the cursor was in the
patient's name. An application-wide filter runs before the field's own handling and lets the
window's shortcut through; the field keeps copy, paste, undo and the other editing keys."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow

# actions whose shortcut is not a text-editing key anywhere, so it may win in a field
WIN_IN_FIELDS = (
    "actionNewProgram",
    "actionOpenProgram",
    "actionSaveProgram",
    "actionExportPdf",
    "actionPrint",
    "actionFind",
    "actionCopyJournalNote",
)


class FieldShortcuts(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        QApplication.instance().installEventFilter(self)

    def _combination(self, event: QKeyEvent) -> QKeySequence:
        return QKeySequence(event.keyCombination())

    def _wins(self, event: QKeyEvent) -> bool:
        pressed = self._combination(event)
        for name in WIN_IN_FIELDS:
            action = self.window.findChild(QAction, name)
            if (
                action is not None
                and action.isEnabled()
                and any(
                    shortcut.matches(pressed) == QKeySequence.SequenceMatch.ExactMatch
                    for shortcut in action.shortcuts()
                )
            ):
                return True
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and self.window.isActiveWindow() and self._wins(event):
            event.ignore()  # not overridden: the shortcut map fires the window's action
            return True
        return False
