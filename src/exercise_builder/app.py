"""Composition root: opens the store, seeds it, builds the services and the window."""

from __future__ import annotations

import sys
from pathlib import Path

from .paths import shipped_library_dir
from .shipped_library import seed_shipped
from .store import Store


def open_store(data_dir: Path) -> Store:
    """Open the data dir's store and bring the shipped library up to date."""
    store = Store.open(Path(data_dir))
    seed_shipped(store, shipped_library_dir())
    return store


def build_window(data_dir: Path):
    """The main window over `data_dir`, built without showing any dialog."""
    from .ui.main_window import MainWindow

    return MainWindow(open_store(Path(data_dir)))


def run_gui(data_dir: Path) -> int:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Exercise Builder")
    app.setApplicationDisplayName("Øvelsesprogram")
    window = build_window(data_dir)
    window.show()
    return app.exec()
