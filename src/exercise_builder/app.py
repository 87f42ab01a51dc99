"""Composition root: opens the store, seeds it, builds the services and the window.

Starting the desktop app paints the window's frame first and opens the store right after (see
GuiStart), so the imports here are made where they are needed, not at the top.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from .services.opening import open_store  # light: the store package loads its parts on first use

if TYPE_CHECKING:
    from .store import Store
    from .ui.main_window import MainWindow


def _attach_workbench(window: MainWindow, store: Store, language: str) -> None:
    from .ui.settings import AppSettings
    from .ui.workbench import Workbench
    from .ui.worker import TaskRunner

    try:
        Workbench(window, store, AppSettings(store.settings), TaskRunner(), language)
    except BaseException:
        window.workbench = None  # half built: the frame closes without asking it anything
        raise


def _use_language(language: str) -> None:
    from PySide6.QtWidgets import QApplication

    from .ui.translation import use_language

    app = QApplication.instance()
    if app is not None:
        use_language(app, language)


def build_window(data_dir: Path) -> MainWindow:
    """The main window over `data_dir`, built whole without showing any dialog (the GUI contract)."""
    from .ui.main_window import MainWindow
    from .ui.pyside_workarounds import protect_singletons
    from .ui.settings import UI_LANGUAGE, WINDOW_GEOMETRY, AppSettings

    protect_singletons()
    store = open_store(Path(data_dir))
    settings = AppSettings(store.settings)
    language = settings.get(UI_LANGUAGE)
    _use_language(language)
    window = MainWindow()
    window.restore_geometry(settings.get(WINDOW_GEOMETRY))
    _attach_workbench(window, store, language)
    return window


class GuiStart:
    """What the user sees on start: the window frame at once, the workbench a moment later.

    The frame is shown in the language and place read cheaply from the database
    (store.early_settings); after its first paint the store opens (migrations, seeding, backup)
    and the workbench is built into it. If the store cannot open, one sentence says why and the
    app ends with `error` set (run_gui hands it on to the command line's reporting).
    """

    def __init__(self, data_dir: Path, offer_draft: bool = True) -> None:
        from .store.early_settings import read_early_settings
        from .ui.main_window import MainWindow
        from .ui.settings import UI_LANGUAGE, WINDOW_GEOMETRY, AppSettings

        self.data_dir = Path(data_dir)
        self.offer_draft = offer_draft
        self.error: BaseException | None = None
        early = AppSettings.read_early(read_early_settings(self.data_dir, [UI_LANGUAGE.key, WINDOW_GEOMETRY.key]))
        _use_language(early.get(UI_LANGUAGE))
        self.window = MainWindow()
        self.window.restore_geometry(early.get(WINDOW_GEOMETRY))
        self.window.firstPainted.connect(self._open)
        self.window.show()

    def _open(self) -> None:
        from PySide6.QtWidgets import QApplication

        from .ui.icons import app_icon
        from .ui.pyside_workarounds import protect_singletons
        from .ui.settings import UI_LANGUAGE, AppSettings

        if not self.window.isVisible() or self.window.workbench is not None:
            return  # closed before the store was open, or already open
        protect_singletons()  # before the first of the many signals and model calls (not needed sooner)
        _log_version()
        try:
            store = open_store(self.data_dir)
            language = AppSettings(store.settings).get(UI_LANGUAGE)
            _use_language(language)
            QApplication.setWindowIcon(app_icon())
            _attach_workbench(self.window, store, language)
        except Exception as error:  # noqa: BLE001 - the user gets one sentence, the CLI the rest
            self.error = error
            self.window.start_failed(error)
            QApplication.exit(2)
            return
        if self.offer_draft and self.window.workbench is not None:
            self.window.workbench.lifecycle.offer_draft()


def _start_logging(data_dir: Path) -> None:
    """The log file and the last-resort error handler; a data dir that cannot hold a log is
    reported by the store's opening, not here."""
    import logging

    from .services.log_file import start_log_file
    from .ui.excepthook import install_excepthook

    try:
        start_log_file(data_dir)
    except OSError:
        pass
    install_excepthook()
    logging.getLogger(__name__).info("Exercise Builder starting (frozen: %s)", bool(getattr(sys, "frozen", False)))


def _log_version() -> None:
    """The version, once the frame is painted: reading it loads importlib.metadata (~35 ms)."""
    import logging

    from . import __version__

    logging.getLogger(__name__).info("Exercise Builder version %s", __version__)


def run_gui(data_dir: Path) -> int:
    from PySide6.QtWidgets import QApplication

    _start_logging(Path(data_dir))
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Exercise Builder")  # the display name follows the UI language (translation.py)
    app.setDesktopFileName("exercise-builder")
    start = GuiStart(data_dir)
    try:
        code = app.exec()
    finally:
        from .ui import render_process

        render_process.shutdown()
    if start.error is not None:
        raise start.error
    return code
