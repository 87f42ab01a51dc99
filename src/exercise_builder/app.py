"""Composition root: opens the store, seeds it, builds the services and the window."""

from __future__ import annotations

import sys
from pathlib import Path

from .atomic_write import remove_stale_partials
from .paths import shipped_library_dir
from .shipped_library import seed_shipped
from .store import Store
from .store.backups import start_backup


def open_store(data_dir: Path) -> Store:
    """Open the data dir's store and bring the shipped library up to date."""
    store = Store.open(Path(data_dir))
    start_backup(store)
    seed_shipped(store, shipped_library_dir())
    _sweep_media_daily(store)
    remove_stale_partials(store.data_dir / "drafts")
    return store


def _sweep_media_daily(store: Store) -> None:
    """Images left by an import killed before its commit are removed, once a day at start."""
    import datetime as dt

    from .library_sharing import remove_orphan_media

    today = dt.date.today().isoformat()
    if store.settings.get("media_swept") != today:
        remove_orphan_media(store)
        store.settings.set("media_swept", today)


def build_window(data_dir: Path):
    """The main window over `data_dir`, built without showing any dialog."""
    from PySide6.QtWidgets import QApplication

    from .ui.main_window import MainWindow
    from .ui.pyside_workarounds import protect_singletons
    from .ui.settings import UI_LANGUAGE, AppSettings
    from .ui.translation import use_language
    from .ui.worker import TaskRunner

    protect_singletons()
    store = open_store(Path(data_dir))
    settings = AppSettings(store.settings)
    language = settings.get(UI_LANGUAGE)
    app = QApplication.instance()
    if app is not None:
        use_language(app, language)
    return MainWindow(store, settings, TaskRunner(), language)


def run_gui(data_dir: Path) -> int:
    from PySide6.QtWidgets import QApplication

    from .ui.icons import app_icon

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Exercise Builder")
    app.setApplicationDisplayName("Øvelsesprogram")
    app.setDesktopFileName("exercise-builder")
    app.setWindowIcon(app_icon())
    from .ui import render_process

    window = build_window(data_dir)
    window.show()
    window.offer_draft()
    try:
        return app.exec()
    finally:
        render_process.shutdown()
