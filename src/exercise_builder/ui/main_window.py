"""The main window's frame: it paints at once, and holds the workbench once the store is open.

Starting the app (app.GuiStart) shows this frame before the store, sqlite-utils, the panes and
QtPdf are loaded, and attaches the workbench (ui/workbench.py: panes, actions, the programme)
right after the first paint. build_window attaches it before returning, so tests and the GUI
contract see one finished window. Its parts are reached through it, by name: window.workbench.session,
window.workbench.lifecycle.save_program …
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import QMainWindow, QMessageBox

from .window_fit import MINIMUM, first_placement, fits

if TYPE_CHECKING:
    from .workbench import Workbench


class MainWindow(QMainWindow):
    firstPainted = Signal()  # once, after the first paint has been flushed
    workbenchAttached = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.workbench: Workbench | None = None
        self._painted = False
        self._maximise_on_show = False
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Øvelsesprogram"))
        self.fit_to_screen()
        # No text until the workbench arrives: the first text drawn loads the fonts (~40 ms),
        # which would double the time to the first paint. The workbench follows within a blink.

    def restore_geometry(self, saved: str) -> None:
        """Size and place as last time (base64 of saveGeometry, as the splitter's state is kept);
        anything unreadable is ignored by restoreGeometry itself."""
        if not saved or not self.restoreGeometry(QByteArray.fromBase64(saved.encode("ascii", "replace"))):
            return
        self._maximise_on_show = False  # the saved geometry holds its own state
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None or self.isMaximized():
            return
        area = screen.availableGeometry()
        frame = self.frameGeometry()
        if not fits(
            frame.x(), frame.y(), frame.width(), frame.height(), (area.x(), area.y(), area.width(), area.height())
        ):
            self.fit_to_screen()  # saved on a larger screen than this one

    def fit_to_screen(self) -> None:
        """The first start's size: maximised on a small screen, most of a large one."""
        screen = QGuiApplication.primaryScreen()
        if screen is None:
            self.resize(*MINIMUM)
            return
        area = screen.availableGeometry()
        place = first_placement(area.x(), area.y(), area.width(), area.height())
        self.setGeometry(place.x, place.y, place.width, place.height)
        if place.maximised:
            if self.isVisible():
                self.showMaximized()
            else:
                # maximised as it is shown (setVisible): setting the state now would use the Qt
                # namespace, whose first use builds all its ~100 enums (~20 ms) before the first paint
                self._maximise_on_show = True

    def isMaximized(self) -> bool:
        return self._maximise_on_show or super().isMaximized()

    def setWindowState(self, state) -> None:
        self._maximise_on_show = False  # a state set on purpose wins over the first start's fit
        super().setWindowState(state)

    def showNormal(self) -> None:
        self._maximise_on_show = False
        super().showNormal()

    def setVisible(self, visible: bool) -> None:
        if visible and self._maximise_on_show:
            self._maximise_on_show = False
            self.showMaximized()  # which comes back here, the flag cleared
            return
        super().setVisible(visible)

    def saved_geometry(self) -> str:
        return bytes(self.saveGeometry().toBase64()).decode()

    def attach(self, workbench: Workbench) -> None:
        """Called by the workbench as it starts building into this frame."""
        self.workbench = workbench

    def attached(self) -> None:
        """Called by the workbench when it is built."""
        if self.isVisible():
            self.workbench.shown()
        self.workbenchAttached.emit()

    def start_failed(self, error: BaseException) -> None:
        """The store could not be opened: one sentence says why, and the window closes."""
        QMessageBox.critical(self, self.tr("Øvelsesprogram kan ikke starte"), self._start_sentence(error))
        self.close()

    def _start_sentence(self, error: BaseException) -> str:
        import sqlite3

        from ..store import StoreError
        from ..store.migrations import SchemaTooNewError
        from .translation import error_text, fill, reason_text

        if isinstance(error, (StoreError, SchemaTooNewError)):
            return error_text(error)
        if isinstance(error, sqlite3.Error):
            return fill(self.tr("Databasen kunne ikke bruges (%1)."), reason_text(error))
        if isinstance(error, OSError):
            return fill(self.tr("Datamappen kunne ikke bruges (%1)."), reason_text(error))
        return fill(self.tr("Der skete en uventet fejl: %1"), str(error))

    def confirm_discard(self) -> bool:
        """True if the open programme may be let go (saved, or the user agrees); True without one."""
        return self.workbench is None or self.workbench.lifecycle.confirm_discard()

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.firstPainted.emit)  # after this paint reaches the screen

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.workbench is not None:
            self.workbench.shown()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.workbench is not None and not self.workbench.may_close(ask=self.isVisible()):
            event.ignore()
            return
        event.accept()
