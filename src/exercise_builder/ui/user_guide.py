"""Hjælp → Vejledning: the user guide inside the app (the Markdown in docs/, with its pictures)."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout

from ..paths import user_guide


class UserGuide(QDialog):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("userGuide")
        self.setWindowTitle(self.tr("Vejledning"))
        self.resize(760, 640)
        self.browser = QTextBrowser(self, objectName="userGuideText")
        self.browser.setOpenExternalLinks(True)
        self.browser.setAccessibleName(self.tr("Vejledning"))
        path = user_guide()
        if path is None:
            self.browser.setPlainText(self.tr("Vejledningen følger ikke med denne installation."))
        else:
            self.browser.setSearchPaths([str(path.parent)])  # the guide's pictures lie beside it
            self.browser.document().setBaseUrl(QUrl.fromLocalFile(str(path.parent) + "/"))
            self.browser.setMarkdown(path.read_text(encoding="utf-8"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
