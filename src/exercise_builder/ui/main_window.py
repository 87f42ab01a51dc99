"""The main window (a first, plain version: search the library)."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QListWidget, QMainWindow, QVBoxLayout, QWidget

from ..store import Store


class MainWindow(QMainWindow):
    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store
        self.setWindowTitle(self.tr("Øvelsesprogram"))
        central = QWidget(self)
        layout = QVBoxLayout(central)
        self.search = QLineEdit(central, objectName="librarySearch", placeholderText=self.tr("Søg i øvelser …"))
        self.results = QListWidget(central, objectName="libraryView")
        layout.addWidget(self.search)
        layout.addWidget(self.results)
        self.setCentralWidget(central)
        self.search.textChanged.connect(self._refresh)
        self._refresh("")
        self.resize(900, 640)

    def _refresh(self, query: str) -> None:
        self.results.clear()
        self.results.addItems([hit.title for hit in self.store.search(query, limit=200)])
